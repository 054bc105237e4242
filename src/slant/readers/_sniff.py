"""Tell HTML, JSON and plain text apart from the content itself."""

from __future__ import annotations

import re

from slant.readers._limits import InputFormat

__all__ = ["sniff_format"]

_HTML_START = re.compile(r"\A\s*(<!doctype html|<html|<head|<body|<\?xml|<!--)", re.IGNORECASE)
_HTML_TAGS = re.compile(r"<(p|div|article|body|span|h1|h2|a|br|li|ol|ul|section|meta)\b[^>]*>", re.IGNORECASE)


def sniff_format(text: str, *, content_type: str | None = None) -> InputFormat:
    """Guess whether ``text`` is HTML, JSON or plain text.

    An HTTP Content-Type decides when it names one of them; otherwise the content does.
    """
    if content_type:
        kind = content_type.split(";")[0].strip().lower()
        if kind in {"text/html", "application/xhtml+xml"}:
            return "html"
        if kind in {"application/json", "application/ld+json"}:
            return "json"
        if kind == "text/plain":
            return "text"
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
