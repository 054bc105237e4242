"""The dateline under a page's headline, when nothing else dates the article (issue 14).

JSON-LD, ``<meta>`` and trafilatura's date search read machine dates; many pages give the date only
as words beside the headline: "2025年06月18日 07:45", "3 марта 2025", "2. Feb. 2025", "Feb 11, 2025".
The first absolute date in the short lines after the first ``<h1>`` and before the first running
text (a line of more than a dateline's words) is the article's. Some themes put the byline above
the headline (Wix: the author, then "3 mar 2025", then the title): failing a date below it, the
nearest one in the few elements just before it, in the same box (a masthead's "today" is further
up, outside it), is.

A page with no ``<h1>`` (a journal entry's title in an ``<h3>``) has its headline in the first lower
heading that ``<title>`` repeats whole, as its first or last piece ("The allotment in February |
larkspur_lane").
"""

from __future__ import annotations

from typing import Any

from slant.readers._dates import find_date
from slant.readers._words import word_count

__all__ = ["dateline_after_headline"]

# The elements after the headline looked at: the byline block of a news page fits well inside.
_MAX_ELEMENTS = 40
# The elements before it looked at: a byline above a headline is a few elements (name, badge, date).
_MAX_ELEMENTS_BEFORE = 8
# A line this long is the article's running text, and the dateline, if any, is above it.
_MAX_DATELINE_WORDS = 12
_SKIPPED = frozenset({"script", "style", "noscript", "template"})
_LOWER_HEADINGS = ("h2", "h3", "h4")
# A heading of fewer words may repeat a piece of <title> by chance ("Home", "Blog").
_MIN_HEADLINE_WORDS = 2


def dateline_after_headline(root: Any) -> str | None:
    """The ISO date (YYYY-MM-DD) of the first dated short line after the first ``<h1>`` (on a page
    with none, the lower heading ``<title>`` repeats), else of the nearest one in the headline's elder
    siblings, or None."""
    headline = next(root.iter("h1"), None)
    if headline is None:
        headline = _lower_headline(root)
    if headline is None:
        return None
    return _after(root, headline) or _before(headline)


def _lower_headline(root: Any) -> Any | None:
    """The first ``<h2>``-``<h4>`` whose text ``<title>`` opens or closes with, whole, or None."""
    title = " ".join((root.findtext("head/title") or "").split())
    if not title:
        return None
    for heading in root.iter(*_LOWER_HEADINGS):
        text = " ".join(heading.text_content().split())
        if word_count(text) < _MIN_HEADLINE_WORDS or text not in title:
            continue
        rest = title.replace(text, "", 1).strip()
        # the headline alone, or with the site's name after a separator ("X | Site", "Site - X")
        if not rest or not rest[:1].isalnum() or not rest[-1:].isalnum():
            return heading
    return None


def _before(headline: Any) -> str | None:
    seen = 0
    for sibling in headline.itersiblings(preceding=True):
        for element in reversed(list(sibling.iter())):  # the nearest line first
            if not isinstance(element.tag, str) or element.tag in _SKIPPED:
                continue
            seen += 1
            if seen > _MAX_ELEMENTS_BEFORE:
                return None
            short, found = _own_line(element)
            if not short:
                return None  # running text: the byline, if any, is below it
            if found is not None:
                return found
    return None


def _own_line(element: Any) -> tuple[bool, str | None]:
    """Whether the element's own text is a short line (not running text), and the date in it."""
    own = " ".join([element.text or "", *((child.tail or "") for child in element)]).strip()
    if word_count(own) > _MAX_DATELINE_WORDS:
        return False, None
    found = find_date(own)
    return True, found[0][:10] if found is not None else None


def _after(root: Any, headline: Any) -> str | None:
    started, seen = False, 0
    for element in root.iter():  # in document order: the dateline may sit in the headline's parent's sibling
        if element is headline:
            started = True
            continue
        if not started or not isinstance(element.tag, str) or element.tag in _SKIPPED:
            continue
        seen += 1
        if seen > _MAX_ELEMENTS:
            return None
        short, found = _own_line(element)
        if not short:
            return None
        if found is not None:
            return found
    return None
