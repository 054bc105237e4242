"""URLs a page gives about itself, checked once so that no later stage trips on a malformed one."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

__all__ = ["host_of", "usable_url"]

logger = logging.getLogger(__name__)


def usable_url(url: str | None, *, source: str) -> str | None:
    """``url`` if the standard parser can take it apart, else None (logged).

    A page's own "url" field is data from the page, not slant's input: a malformed one
    (``http://[::1``) must not fail the analysis, nor every view that later shows the URL's host.
    """
    if not url:
        return None
    try:
        urlsplit(url).hostname  # noqa: B018 - the port and IPv6 checks run only when the host is read
        urlsplit(url).port  # noqa: B018
    except ValueError as error:
        logger.warning(
            "%s: the page's url %r is not a valid URL (%s); it is kept only in meta", source, url, error
        )
        return None
    return url


def host_of(url: str | None) -> str | None:
    """The lower-case host of ``url`` without ``www.``, or None when there is none or it cannot be parsed."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.lower().removeprefix("www.") or None
