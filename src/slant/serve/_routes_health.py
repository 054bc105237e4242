"""``GET /healthz``: is the service up, and which annotators does it run."""

from __future__ import annotations

from fastapi import APIRouter, Request

from slant._pipeline import annotator_names
from slant._registrations import DEFAULT_PIPELINE
from slant._version import __version__
from slant.serve._dependencies import settings_of
from slant.serve._models import Health

__all__ = ["router"]

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Health check")
async def healthz(request: Request) -> Health:
    """Answer 200 while the service runs; no API key needed, so load balancers can call it."""
    settings = settings_of(request)
    return Health(
        status="ok",
        version=__version__,
        pipeline=list(settings.pipeline if settings.pipeline is not None else DEFAULT_PIPELINE),
        annotators=sorted({name.split(".")[1] for name in annotator_names()}),
        render=settings.render,
    )
