"""A URL's page as bytes, fetched or rendered, with its comments API followed: one function for every caller.

``slant analyze URL``, ``POST /v1/analyze {"url": ...}`` and corpus runs over URL lists all call
:func:`obtain_url`, then read the bytes; what it says of how the page was obtained goes into the
document's ``meta`` (:attr:`ObtainedPage.meta`): ``obtained`` is ``"fetched"`` or ``"rendered"``.

A fetched HTML page that holds no comments but names its comments API (``data-comments-url``,
``"commentsUrl"`` in its state) gets that API fetched too, under the same address rules and limits,
and its answer added to the page as JSON state (:func:`slant.readers._embedded.with_api_comments`),
which the HTML reader then reads. A failure there is logged and the page read as it came.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from slant._errors import FetchError, InputError
from slant.readers import _fetch
from slant.readers._decode import decode
from slant.readers._fetch import Resolver
from slant.readers._limits import ReadLimits

__all__ = ["ObtainedPage", "obtain_url"]

logger = logging.getLogger(__name__)

Obtained = Literal["fetched", "rendered"]


@dataclass(frozen=True, slots=True)
class ObtainedPage:
    """A URL's page, ready for :func:`slant.readers.read_bytes`.

    Attributes:
        url: the final URL, after redirects.
        content: the page's bytes (the rendered DOM, for a render).
        content_type: its Content-Type.
        meta: what to add to the document's ``meta``: ``obtained`` (``"fetched"`` or ``"rendered"``),
            for a render ``render`` (clicks, requests refused, why it stopped early), and
            ``comments_api`` when the page's comments came from its API.
    """

    url: str
    content: bytes
    content_type: str | None
    meta: dict[str, Any] = field(default_factory=dict)


def obtain_url(
    url: str,
    *,
    limits: ReadLimits,
    render: bool = False,
    transport: httpx.BaseTransport | None = None,
    resolver: Resolver | None = None,
) -> ObtainedPage:
    """Fetch ``url`` (or render it in headless Chromium) and follow its comments API when it names one.

    Args:
        url: a http(s) URL.
        limits: address rules and limits of the fetch and of the render.
        render: open the page in Chromium (the ``render`` extra) instead of fetching its HTML.
        transport: an httpx transport for the fetch (tests); None for the network.
        resolver: how host names become addresses (tests); None for the system's.

    Raises:
        DependencyError: ``render`` without Playwright or Chromium.
        FetchError: the page could not be fetched or rendered, or is not allowed.
        InputTooLargeError: over ``limits.max_bytes``.
    """
    if render:
        from slant.readers._render import render_url

        page = render_url(url, limits=limits, resolver=resolver)
        render_meta: dict[str, Any] = {"clicks": page.clicks, "refused": len(page.refused)}
        if page.stopped is not None:
            render_meta["stopped"] = page.stopped
        return ObtainedPage(
            url=page.url,
            content=page.html.encode("utf-8", "surrogatepass"),
            content_type="text/html; charset=utf-8",
            meta={"obtained": "rendered", "render": render_meta},
        )
    fetched = _fetch_url(url, limits=limits, transport=transport, resolver=resolver)
    obtained = ObtainedPage(fetched.url, fetched.content, fetched.content_type, {"obtained": "fetched"})
    return _with_comments_api(obtained, limits=limits, transport=transport, resolver=resolver)


def _fetch_url(
    url: str, *, limits: ReadLimits, transport: httpx.BaseTransport | None, resolver: Resolver | None
) -> _fetch.FetchedPage:
    """:func:`slant.readers._fetch.fetch_url`, looked up when called (tests replace it), given only
    the injections that were made."""
    injected: dict[str, Any] = {"transport": transport, "resolver": resolver}
    return _fetch.fetch_url(url, limits=limits, **{k: v for k, v in injected.items() if v is not None})


def _with_comments_api(
    page: ObtainedPage,
    *,
    limits: ReadLimits,
    transport: httpx.BaseTransport | None,
    resolver: Resolver | None,
) -> ObtainedPage:
    """``page`` with the answer of the comments API it names added, when it holds no comments itself."""
    import lxml.etree
    import lxml.html

    from slant.readers._embedded import read_embedded, with_api_comments
    from slant.readers._format import decide_format
    from slant.readers._html_text import xml_safe

    try:
        text = decode(page.content, source=page.url, content_type=page.content_type)
    except InputError:
        return page  # the reader will say what is wrong with it
    if decide_format(text, name=None, content_type=page.content_type, format="auto") != "html":
        return page
    try:
        root = lxml.html.document_fromstring(xml_safe(text), parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError):
        return page
    embedded = read_embedded(root, url=page.url)
    if embedded.api_url is None or embedded.comments:
        return page
    try:
        answer = _fetch_url(embedded.api_url, limits=limits, transport=transport, resolver=resolver)
    except (FetchError, InputError) as error:
        logger.warning("%s: its comments API %s could not be fetched: %s", page.url, embedded.api_url, error)
        return page
    html = with_api_comments(text, answer.content)
    if html is None:
        logger.info("%s: its comments API %s answered no comments", page.url, embedded.api_url)
        return page
    return ObtainedPage(
        page.url,
        html.encode("utf-8", "surrogatepass"),
        "text/html; charset=utf-8",
        {**page.meta, "comments_api": embedded.api_url},
    )
