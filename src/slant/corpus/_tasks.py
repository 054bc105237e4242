"""A page to analyse as plain data (:class:`PageTask`), and its stable id."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

__all__ = ["PageTask", "error_task", "make_page_id"]


@dataclass(frozen=True, slots=True)
class PageTask:
    """One page to analyse, as plain data that crosses process and machine boundaries.

    Attributes:
        page_id: stable id, a hash of ``source`` and the page's bytes (see :func:`make_page_id`).
        source: where the page came from: a file path, ``path:LINE`` for JSON Lines, ``path@OFFSET``
            for a WARC record.
        data: the page's bytes.
        format: how to read ``data``: ``"auto"``, ``"text"``, ``"html"`` or ``"json"``.
        url: the page's URL when the container knows it (a WARC record's target URI).
        content_type: an HTTP Content-Type when known.
        name: the file name the page was saved under, when it is a file's (the reader decides the
            format from it as ``slant.read`` does for a path: an ``.html`` name without markup is text).
        error: set when the page could not even be taken out of its container (a file over the size
            limit, not a regular file, an unreadable folder, a truncated WARC record); the worker
            then records it as an error.
        fetch: a URL of a ``.urls`` list, still to be fetched (``source`` is the URL, ``data`` empty);
            the run fetches it politely (:mod:`slant.corpus._polite`) once it knows it is not done yet.
    """

    page_id: str
    source: str
    data: bytes
    format: str = "auto"
    url: str | None = None
    content_type: str | None = None
    error: str | None = None
    name: str | None = None
    fetch: bool = False


def make_page_id(source: str, data: bytes) -> str:
    """A stable 16-hex-digit id from a page's source and content.

    Both matter: the same file analysed twice is the same page, and a file edited between runs is a
    new page (its old rows stay under the old id).
    """
    digest = hashlib.blake2b(source.encode("utf-8", "surrogateescape"), digest_size=8)
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


def error_task(source: str, reason: str, fmt: str = "auto") -> PageTask:
    """A task that only carries why ``source`` could not be taken out of its container.

    Its id hashes the reason, so a resumed run skips the same failure instead of recording it twice.
    """
    return PageTask(make_page_id(source, reason.encode()), source, b"", fmt, error=reason)
