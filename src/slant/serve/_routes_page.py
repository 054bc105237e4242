"""The web page (``/``), its static files, and the API documentation (``/docs``), all served locally."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

__all__ = ["install_page", "router", "static_dir"]

router = APIRouter(include_in_schema=False)


def static_dir() -> Path:
    """The folder of the page's HTML, CSS and JavaScript, inside the package."""
    return Path(str(resources.files("slant.serve") / "static"))


def _swagger_dir() -> Path | None:
    # Swagger UI's files come from the fastapi-offline package (serve extra), so /docs needs no CDN.
    try:
        import fastapi_offline
    except ImportError:
        return None
    folder = Path(fastapi_offline.__file__).parent / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


@router.get("/")
async def page() -> FileResponse:
    """The analysis page."""
    return FileResponse(static_dir() / "index.html", media_type="text/html; charset=utf-8")


@router.get("/docs")
async def docs() -> Response:
    """Swagger UI over /openapi.json, from local files only."""
    if _swagger_dir() is None:
        return HTMLResponse(
            "<!doctype html><title>slant API</title><p>Interactive docs need the fastapi-offline package "
            "(pip install 'slant[serve]'); the schema is at <a href='/openapi.json'>/openapi.json</a>.</p>"
        )
    return FileResponse(static_dir() / "docs.html", media_type="text/html; charset=utf-8")


def install_page(app: FastAPI) -> None:
    """Add the page, its static files and the docs to ``app``."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    swagger = _swagger_dir()
    if swagger is not None:
        app.mount("/docs-assets", StaticFiles(directory=swagger), name="docs-assets")
