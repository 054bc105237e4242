"""The page's headline: trafilatura's heading, or the right piece of ``<title>`` when it is not it.

A banner ``<h1>`` holding the site's name (old themes; the headline is then an ``<h2>``) gives way to
the longest piece of ``<title>`` ("Headline « Site").

The first ``<h1>`` (or trafilatura's title, which mostly is it) is the headline on most pages. On
some it is not: it is a column's or a course's heading that shares no word with the page's
``<title>`` ("Conversation", "Message", "Biología y Geología 3º ESO"), or it holds the headline
glued to a label or a kicker ("Тема: Зимняя резина…", "RathausVier-Tage-Woche…"). ``<title>``
without its last piece (" | Site name") is then the headline. A ``<title>`` of one piece (the site's
name alone) is never taken.
"""

from __future__ import annotations

import re

__all__ = ["headline_of", "page_headline"]

# The separators between the pieces of <title> ("Headline « Site", "Site | Headline"), for the banner test.
_TITLE_SEPARATORS = re.compile(r"\s+[|«»·–—-]\s+|\s*::\s*|\s+[|«»]\s*|\s*[|«»]\s+")
# The separator before the site's name at the end of <title>, for the headline test: " | X", " - X", " — X", " :: X",
# " · X". Not "«" or "»": in French they quote ("Léa Morin : « … » | pouet.example").
_SITE_SEPARATOR = re.compile(r"\s+[|–—·-]\s+|\s*::\s*")
_WORDS = re.compile(r"[^\W_]+")


def headline_of(title: str | None, head_title: str | None) -> str | None:
    """``title`` (the heading found), or ``head_title`` without the site's name when that is the
    headline and ``title`` is a heading beside it or the headline with a label glued on."""
    if not title or not head_title:
        return title
    pieces = list(_SITE_SEPARATOR.finditer(head_title))
    if not pieces:
        return title
    candidate = head_title[: pieces[-1].start()].strip()
    if not candidate or candidate == title:
        return title
    if candidate in title:
        return candidate  # "Тема: X", "KickerX": the headline with something glued on
    title_words = {word.lower() for word in _WORDS.findall(title)}
    candidate_words = [word.lower() for word in _WORDS.findall(candidate)]
    if len(candidate_words) > len(title_words) and not title_words.intersection(candidate_words):
        return candidate  # a column's or a course's heading, not this page's headline
    return title


def page_headline(extracted: str | None, page_meta: dict[str, str]) -> str | None:
    """The page's headline from trafilatura's title (``extracted``) and the ``<meta>``/``<title>`` facts
    of ``page_meta`` (its ``head_title`` and ``title``)."""
    return headline_of(_title(extracted, page_meta), page_meta.get("head_title"))


def _title(extracted: str | None, page_meta: dict[str, str]) -> str | None:
    """The headline: trafilatura's, unless that is only the site's name from a banner ``<h1>``.

    Old themes put the site name in ``<h1>`` and the headline in ``<h2>``; then the longest piece
    of ``<title>`` ("Headline « Site") is the headline.
    """
    head_title = page_meta.get("head_title")
    pieces = [p.strip() for p in _TITLE_SEPARATORS.split(head_title or "") if p.strip()]
    if extracted and pieces and len(pieces) > 1 and extracted in pieces:
        longest = max(pieces, key=len)
        if extracted != longest:
            return longest
    if extracted:
        return extracted
    if "title" in page_meta:
        return page_meta["title"]
    return max(pieces, key=len) if pieces else None
