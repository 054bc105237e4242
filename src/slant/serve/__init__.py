"""``slant serve``: a local web page and HTTP API over the same library functions as the CLI.

::

    from slant.serve import ServeSettings, create_app
    app = create_app(ServeSettings(api_keys=frozenset({"secret"})))   # any ASGI server runs it

Routes: ``/`` (the page), ``POST /v1/analyze``, ``POST /v1/analyze/file``, ``POST /v1/toxicity``,
``POST /v1/techniques``, ``GET /v1/labels``, ``GET /healthz``, ``/docs`` and ``/openapi.json``. Every
error is JSON ``{"error": {"code", "message"}}``; see docs/serve.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from slant.serve._settings import API_KEYS_ENV, ServeSettings

if TYPE_CHECKING:
    from slant.serve._app import create_app

__all__ = ["API_KEYS_ENV", "ServeSettings", "create_app"]


def __getattr__(name: str) -> Any:
    # FastAPI is imported only when the app is built, so `slant --help` stays fast without it.
    if name == "create_app":
        from slant._extras import require_extra

        require_extra("serve", purpose="slant's web service", modules=("fastapi", "uvicorn"))
        from slant.serve._app import create_app

        return create_app
    raise AttributeError(f"module 'slant.serve' has no attribute {name!r}")
