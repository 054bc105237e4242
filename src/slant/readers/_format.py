"""Which reader takes a page: the one decision of its format, for every way a page comes in.

``slant analyze``, ``slant corpus run`` and the web service's upload all decide here, so the same
bytes under the same name read the same everywhere (issue 13). The evidence, strongest first:

1. a format the caller forces;
2. a file name's suffix: ``.json`` is JSON, and ``.html`` is HTML unless its text has no markup at
   all near the start (a text dump saved under an ``.html`` name reads as what it is);
3. for a page without a file name (a fetched URL, a WARC record), a Content-Type that names a
   format. A file's own Content-Type (an upload's) is guessed from its name by the client, so it
   says nothing the name does not and is not asked;
4. the content itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePath
from types import MappingProxyType
from typing import Literal

from slant._errors import InputError
from slant.readers._limits import InputFormat

__all__ = [
    "PAGE_SUFFIXES",
    "ReaderFormat",
    "content_type_format",
    "decide_format",
    "suffix_format",
]

#: A format a reader exists for: what :func:`decide_format` always answers.
ReaderFormat = Literal["text", "html", "json"]

#: What a page file's suffix says of its format; ``"auto"`` where only the content can tell.
SUFFIX_FORMATS: Mapping[str, InputFormat] = MappingProxyType(
    {".txt": "auto", ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json"}
)
#: The suffixes of page files (a corpus folder's scan picks up these).
PAGE_SUFFIXES: frozenset[str] = frozenset(SUFFIX_FORMATS)

# Media types (the part of a Content-Type before ";") that name a page format.
_CONTENT_TYPE_FORMATS: Mapping[str, ReaderFormat] = MappingProxyType(
    {
        "text/html": "html",
        "application/xhtml+xml": "html",
        "application/json": "json",
        "application/ld+json": "json",
        "text/plain": "text",
    }
)
# A saved HTML page has a tag within its first characters (a doctype, <html>, <head>); a text dump
# saved under an .html name has none in this many. The figure is the one slant.read used first.
_MARKUP_HEAD_CHARS = 8192

_HTML_START = re.compile(r"\A\s*(<!doctype html|<html|<head|<body|<\?xml|<!--)", re.IGNORECASE)
_HTML_TAGS = re.compile(r"<(p|div|article|body|span|h1|h2|a|br|li|ol|ul|section|meta)\b[^>]*>", re.IGNORECASE)


def decide_format(
    text: str,
    *,
    name: str | None = None,
    content_type: str | None = None,
    format: InputFormat = "auto",
) -> ReaderFormat:
    """The format to read a page's decoded ``text`` as.

    Args:
        text: the page's decoded text (only its start is looked at).
        name: the name of the file the page was saved as, if it came as a file (an upload, a file
            in a folder); a path works too.
        content_type: an HTTP Content-Type, if the page came as a response.
        format: ``"auto"`` to decide, or the format the caller forces.

    Raises:
        InputError: ``format`` is none of auto, text, html, json.
    """
    if format != "auto":
        if format not in ("text", "html", "json"):
            raise InputError(f"format must be one of auto, text, html, json; got {format!r}")
        return format
    if name is not None:
        hinted = suffix_format(name)
        if hinted == "json" or (hinted == "html" and "<" in text[:_MARKUP_HEAD_CHARS]):
            return hinted
    else:
        stated = content_type_format(content_type)
        if stated is not None:
            return stated
    return _sniff(text)


def suffix_format(name: str) -> InputFormat:
    """What the suffix of the file name (or path) ``name`` says of its format; ``"auto"`` if nothing."""
    return SUFFIX_FORMATS.get(PurePath(name).suffix.lower(), "auto")


def content_type_format(content_type: str | None) -> ReaderFormat | None:
    """The format a Content-Type names (``"text/html; charset=utf-8"`` is HTML); None if none."""
    if not content_type:
        return None
    return _CONTENT_TYPE_FORMATS.get(content_type.split(";")[0].strip().lower())


def _sniff(text: str) -> ReaderFormat:
    start = text.lstrip()[:200]
    # A page as JSON is an object; a list of objects is JSON too (and is refused with a clear
    # message by the JSON reader). "[Photo] Headline" is text.
    if start.startswith("{") or (start.startswith("[") and start[1:].lstrip().startswith(("{", "]"))):
        return "json"
    if _HTML_START.match(text):
        return "html"
    if len(_HTML_TAGS.findall(text[:20000])) >= 3:
        return "html"
    return "text"
