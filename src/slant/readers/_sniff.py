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
    head = text.lstrip()[:1]
    if head in "{[" and head:
        return "json"
    if _HTML_START.match(text):
        return "html"
    if len(_HTML_TAGS.findall(text[:20000])) >= 3:
        return "html"
    return "text"
