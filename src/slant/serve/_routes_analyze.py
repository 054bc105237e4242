"""``POST /v1/analyze`` (a page as JSON) and ``POST /v1/analyze/file`` (an uploaded file)."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Annotated, Any, Literal

import anyio
import anyio.to_thread
import httpx
from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response

from slant.readers import InputFormat, ReadLimits
from slant.readers._obtain import ObtainedPage, obtain_url
from slant.serve._dependencies import guard, run_task, settings_of
from slant.serve._errors import ApiError
from slant.serve._models import AnalyzeRequest, ErrorBody
from slant.serve._settings import ServeSettings
from slant.serve._tasks import analyze_page, text_too_long

__all__ = ["router"]

router = APIRouter(tags=["analyze"], dependencies=[Depends(guard)])

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in (
        (401, "missing or wrong API key"),
        (413, "body, text or file over the server's limit"),
        (422, "not a page, bad request fields, or a forbidden URL (private, loopback, link-local)"),
        (429, "over the rate limit; see Retry-After"),
        (502, "the URL could not be fetched"),
        (503, "an annotator is not available"),
        (504, "the analysis took over the time limit"),
    )
}
_REPORT = Query(
    "json", description="'json' for the same JSON as `slant analyze --json`, 'html' for the report"
)


def _limits(settings: ServeSettings) -> ReadLimits:
    return ReadLimits(
        max_bytes=settings.max_body_bytes,
        timeout=settings.fetch_timeout,
        allow_private_addresses=settings.allow_private_addresses,
        allowed_addresses=frozenset(settings.allowed_addresses),
        render_timeout=settings.render_timeout,
        render_memory_mb=settings.render_memory_mb,
    )


def _check_length(what: str, text: str, settings: ServeSettings) -> None:
    if len(text) > settings.max_text_chars:
        raise text_too_long(what, len(text), settings.max_text_chars)


def _checked_url(text: str) -> str:
    # A URL that cannot even be parsed is the client's mistake (422), not a failed fetch (502).
    url = text.strip()
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as error:
        raise ApiError(
            422,
            "invalid_input",
            f"url is not a valid URL ({error}); give a full address such as https://example.org/story",
        ) from None
    if parsed.scheme in {"http", "https"} and not parsed.host:
        raise ApiError(
            422,
            "invalid_input",
            "url has no host name; give a full address such as https://example.org/story",
        )
    return url


class _Page:
    """A page's bytes and what is known of them, ready for :func:`~slant.serve._tasks.analyze_page`."""

    def __init__(
        self,
        data: bytes,
        *,
        format: InputFormat,
        source: str,
        url: str | None = None,
        content_type: str | None = None,
        name: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> None:
        self.data, self.format, self.source, self.url, self.content_type, self.name = (
            data,
            format,
            source,
            url,
            content_type,
            name,
        )
        # how a URL's page was obtained (doc.meta "obtained", "render", "comments_api")
        self.meta = meta or {}


async def _page_of(body: AnalyzeRequest, request: Request) -> _Page:
    """The page ``body`` names; a URL is fetched here (in a thread), within its own time limit."""
    settings = settings_of(request)
    if body.url is not None:
        url = _checked_url(body.url)
        if body.render:
            return await _rendered(url, request)
        transport = request.app.state.url_transport
        resolver = request.app.state.url_resolver
        limits = _limits(settings)

        def fetch() -> ObtainedPage:
            return obtain_url(url, limits=limits, transport=transport, resolver=resolver)

        # fetch_url bounds each wait by fetch_timeout; the whole fetch (and a comments API it names,
        # fetched under the same limits) is bounded here too.
        try:
            with anyio.fail_after(settings.fetch_timeout * (limits.max_redirects + 2) * 2):
                fetched = await anyio.to_thread.run_sync(fetch, abandon_on_cancel=True)
        except TimeoutError:
            raise ApiError(
                502, "fetch_failed", f"{url} did not answer in time; check the address or try again later"
            ) from None
        return _Page(
            fetched.content,
            format="auto",
            source=url,
            url=fetched.url,
            content_type=fetched.content_type,
            meta=fetched.meta,
        )
    fmt: InputFormat
    if body.page is not None:
        content, fmt, source = json.dumps(body.page, ensure_ascii=False), "json", "<page>"
    elif body.html is not None:
        content, fmt, source = body.html, "html", "<html>"
    else:
        content, fmt, source = body.text or "", "text", "<text>"
    _check_length(source.strip("<>"), content, settings)
    return _Page(content.encode("utf-8", "surrogatepass"), format=fmt, source=source)


async def _rendered(url: str, request: Request) -> _Page:
    """The page at ``url`` rendered in headless Chromium, when the operator allows it and a slot is free."""
    settings = settings_of(request)
    if not settings.render:
        raise ApiError(
            422,
            "render_disabled",
            "this server does not render pages; send the url without render, or ask its operator to "
            "start it with slant serve --allow-render",
        )
    limiter: anyio.CapacityLimiter = request.app.state.render_slots
    try:
        limiter.acquire_nowait()
    except anyio.WouldBlock:
        raise ApiError(
            503,
            "render_busy",
            f"the server is rendering {settings.max_renders} page(s) already, its limit; try again shortly",
            headers={"Retry-After": str(max(1, round(settings.render_timeout / 2)))},
        ) from None
    limits = _limits(settings)
    resolver = request.app.state.url_resolver

    def render() -> ObtainedPage:
        return obtain_url(url, limits=limits, render=True, resolver=resolver)

    try:
        # render_url ends itself at render_timeout (its watchdog kills the browser); this is a backstop.
        with anyio.fail_after(settings.render_timeout + 15):
            rendered = await anyio.to_thread.run_sync(render, abandon_on_cancel=True)
    except TimeoutError:
        raise ApiError(502, "fetch_failed", f"{url} could not be rendered in time; try again later") from None
    finally:
        limiter.release()
    return _Page(
        rendered.content,
        format="auto",
        source=url,
        url=rendered.url,
        content_type=rendered.content_type,
        meta=rendered.meta,
    )


async def _analyze(request: Request, page: _Page, report: str, with_tokens: bool) -> Response:
    settings = settings_of(request)
    result = await run_task(
        request,
        analyze_page,
        settings.pipeline,
        page.data,
        format=page.format,
        source=page.source,
        url=page.url,
        content_type=page.content_type,
        name=page.name,
        meta=page.meta,
        max_bytes=settings.max_body_bytes,
        max_text_chars=settings.max_text_chars,
        report=report,
        with_tokens=with_tokens,
        what="the analysis",
    )
    if isinstance(result, str):
        return HTMLResponse(
            result, headers={"Content-Disposition": 'attachment; filename="slant-report.html"'}
        )
    return JSONResponse(result)


@router.post(
    "/v1/analyze",
    summary="Analyse one page",
    response_description="the same JSON as `slant analyze --json` (or the HTML report with ?report=html)",
    responses=_ERRORS,
)
async def analyze(
    body: AnalyzeRequest, request: Request, report: Literal["json", "html"] = _REPORT
) -> Response:
    """Analyse one page given as ``text``, ``html``, ``url`` or a structured ``page``.

    Returns the same JSON as ``slant analyze --json``: the article and comments with their spans and scores.
    """
    return await _analyze(request, await _page_of(body, request), report, body.with_tokens)


@router.post(
    "/v1/analyze/file",
    summary="Analyse an uploaded page file",
    response_description="the same JSON as `slant analyze --json` (or the HTML report with ?report=html)",
    responses=_ERRORS,
)
async def analyze_file(
    request: Request,
    file: Annotated[UploadFile, File(description="a saved page: .html, .txt or .json, any encoding")],
    report: Literal["json", "html"] = _REPORT,
) -> Response:
    """Analyse a page file uploaded as ``multipart/form-data`` (field ``file``); the format is guessed."""
    settings = settings_of(request)
    data = await file.read(settings.max_body_bytes + 1)
    # Only the file's base name is kept: the client's path is not ours to log or echo.
    name = PurePath((file.filename or "").replace("\\", "/")).name[:200] or None
    # The reader decides the format from the file's name and content, as for `slant analyze FILE`.
    # The decoded text is held to --max-text-chars in the task, as a JSON text is here.
    page = _Page(data, format="auto", source=name or "upload", content_type=file.content_type, name=name)
    return await _analyze(request, page, report, False)
