"""The headline from ``<title>`` when the page's heading is not it (issue 14).

The first ``<h1>`` (or trafilatura's title, which mostly is it) is the headline on most pages. On
some it is not: it is a column's or a course's heading that shares no word with the page's
``<title>`` ("Conversation", "Message", "Biología y Geología 3º ESO"), or it holds the headline
glued to a label or a kicker ("Тема: Зимняя резина…", "RathausVier-Tage-Woche…"). ``<title>``
without its last piece (" | Site name") is then the headline. A ``<title>`` of one piece (the site's
name alone) is never taken.
"""

from __future__ import annotations

import re

__all__ = ["headline_of"]

# The separator before the site's name at the end of <title>: " | X", " - X", " — X", " :: X",
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
