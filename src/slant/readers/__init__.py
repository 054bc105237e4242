"""Readers: turn a page (a file, a URL, bytes, text, HTML or JSON) into a :class:`~slant.Document`.

:func:`read` decides what ``source`` is and hands it to the reader for its format:

- plain-text page dumps (:mod:`slant.readers._text`),
- HTML pages (:mod:`slant.readers._html`), article through trafilatura, comments from their markup,
- JSON of an already-structured page (:mod:`slant.readers._json`),
- URLs, fetched safely first (:mod:`slant.readers._fetch`).
"""

from __future__ import annotations

from pathlib import Path

from slant._document import Document
from slant.readers._limits import InputFormat, ReadLimits
from slant.readers._source import read, read_bytes

__all__ = ["InputFormat", "ReadLimits", "read", "read_bytes", "read_path"]


def read_path(
    path: str | Path, *, format: InputFormat = "auto", limits: ReadLimits | None = None
) -> Document:
    """Read the page stored in the file at ``path``."""
    return read(Path(path), format=format, limits=limits)
