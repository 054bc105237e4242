"""``create_app(settings)``: the FastAPI application of ``slant serve``."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import httpx
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from slant._version import __version__
from slant.readers._fetch import Resolver
from slant.serve import (
    _routes_analyze,
    _routes_health,
    _routes_labels,
    _routes_map,
    _routes_techniques,
    _routes_toxicity,
)
from slant.serve._dependencies import RateLimiter
from slant.serve._errors import install_error_handlers
from slant.serve._middleware import BodyLimitMiddleware, InternalErrorMiddleware, SecurityHeadersMiddleware
from slant.serve._pipelines import analysis_pipeline, warm_up
from slant.serve._routes_page import install_page
from slant.serve._settings import ServeSettings
from slant.serve._workers import shared_workers

__all__ = ["create_app"]

logger = logging.getLogger(__name__)

_DESCRIPTION = """Shows how a news page tries to persuade: propaganda-technique spans, sources, quotations
and toxic comments, computed on this machine; no text leaves it.

Errors are JSON `{"error": {"code": ..., "message": ...}}`. When the server has API keys, send one as
`Authorization: Bearer KEY` or `X-API-Key: KEY`."""


def create_app(
    settings: ServeSettings | None = None,
    *,
    url_transport: httpx.BaseTransport | None = None,
    url_resolver: Resolver | None = None,
    preload: bool = True,
) -> FastAPI:
    """Build the web application.

    Args:
        settings: limits, keys and CORS; None for :class:`ServeSettings` defaults (plus keys from
            ``SLANT_API_KEYS``).
        url_transport: the httpx transport URLs are fetched through (a mock in tests); None for the network.
        url_resolver: how URL host names become addresses (a fake in tests); None for the system's.
        preload: build the analysis pipeline (load the models) at start-up, so the first request is fast.

    Returns:
        A FastAPI (ASGI) application.

    Raises:
        DependencyError: ``settings.render`` without the render extra or Chromium.
    """
    settings = settings if settings is not None else ServeSettings.from_env()
    if settings.render:
        from slant.readers._render import check_render_available

        check_render_available(purpose="slant serve --allow-render")

    workers = shared_workers(
        settings.analysis_threads, names=settings.pipeline, memory_mb=settings.analysis_memory_mb
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if preload and settings.analysis_processes:
            workers.start()  # each worker loads the models itself; this process needs none of them
        elif preload:
            try:
                warm_up(analysis_pipeline(settings.pipeline))
            except Exception as error:  # a broken annotator answers 503 per request; the page still serves
                logger.warning("analysis pipeline not loaded at start-up: %s", error)
        yield

    app = FastAPI(
        title="slant",
        version=__version__,
        description=_DESCRIPTION,
        docs_url=None,  # served from local files by _routes_page: the default pulls Swagger UI from a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.rate_limiter = RateLimiter(settings.rate_limit)
    app.state.auth_failure_limiter = RateLimiter(settings.auth_failures_per_minute)
    app.state.analysis_limiter = anyio.CapacityLimiter(settings.analysis_threads)
    app.state.analysis_workers = workers
    app.state.url_transport = url_transport
    app.state.url_resolver = url_resolver
    app.state.render_slots = anyio.CapacityLimiter(settings.max_renders)
    install_error_handlers(app)
    for module in (
        _routes_health,
        _routes_analyze,
        _routes_toxicity,
        _routes_techniques,
        _routes_labels,
        _routes_map,
    ):
        app.include_router(module.router)
    install_page(app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
            max_age=600,
        )
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(InternalErrorMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
