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
The same lines tell a standfirst (a dek, a chapo: "Shoppers face a park and ride while the car park
is rebuilt.") from the article: a sentence between the headline and the dateline, in the page's
head, while the running text begins after the dateline in a box of its own. Extractors keep it as
the article's first paragraph when they take the whole ``<article>``. A standfirst may be a list of
key points instead (elDiario's entradilla: two or three sentences as ``<li>``): the list, whole, in
the same place; its items are returned as paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from slant.readers._dates import find_date
from slant.readers._html_edges import has_running_text
from slant.readers._words import word_count

__all__ = ["dateline_after_headline", "standfirst_above_dateline"]

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
# A standfirst is a sentence or two; a longer text above the dateline is the article's own.
_MAX_STANDFIRST_WORDS = 60
_LISTS = frozenset({"ul", "ol"})
# A standfirst of key points: a few sentences, each closed by its full stop.
_MIN_KEY_POINTS = 2
_MAX_KEY_POINTS = 5
_SENTENCE_END = re.compile(r"[.!?。！？]$")


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
    own = _own_text(element)
    if word_count(own) > _MAX_DATELINE_WORDS:
        return False, None
    found = find_date(own)
    return True, found[0][:10] if found is not None else None


def _elements_after(root: Any, headline: Any) -> Iterator[Any]:
    """The first :data:`_MAX_ELEMENTS` elements after ``headline`` in document order (the dateline
    may sit in the headline's parent's sibling), scripts and templates left out."""
    started, seen = False, 0
    for element in root.iter():
        if element is headline:
            started = True
            continue
        if not started or not isinstance(element.tag, str) or element.tag in _SKIPPED:
            continue
        seen += 1
        if seen > _MAX_ELEMENTS:
            return
        yield element


def _after(root: Any, headline: Any) -> str | None:
    for element in _elements_after(root, headline):
        short, found = _own_line(element)
        if not short:
            return None
        if found is not None:
            return found
    return None


def standfirst_above_dateline(root: Any) -> str | None:
    """The text of the one sentence-like line between the first ``<h1>`` and the dated line under
    it, when the first running text after that line lies in a box that does not hold it (the
    standfirst in the head, the body in its own box); None otherwise (no dateline under the
    headline, two texts above it, or the text and the body side by side: then it may be the
    article's first paragraph)."""
    headline = next(root.iter("h1"), None)
    if headline is None:
        return None
    standfirst: Any | None = None
    dated = False
    for element in _elements_after(root, headline):
        if standfirst is not None and any(box is standfirst for box in element.iterancestors()):
            continue  # a key point of the standfirst's list
        short, found = _own_line(element)
        if dated:
            if short:
                continue  # the byline's other parts, a picture's caption, share buttons
            body = element.getparent()
            if body is None or standfirst is None or any(box is body for box in standfirst.iterancestors()):
                return None
            return _standfirst_text(standfirst)
        if found is not None or element.tag == "time":
            if standfirst is None:
                return None
            dated = True
        elif standfirst is None and _is_key_points(element):
            standfirst = element
        elif not short or has_running_text(_own_text(element)):
            if standfirst is not None or word_count(element.text_content()) > _MAX_STANDFIRST_WORDS:
                return None
            standfirst = element
    return None


def _is_key_points(element: Any) -> bool:
    """A list of a few sentences ("Los centros públicos empezarán en septiembre."), each item one,
    no longer than a standfirst: not a menu or a list of links, whose items end in no full stop."""
    if element.tag not in _LISTS:
        return False
    items = [" ".join(item.text_content().split()) for item in element if item.tag == "li"]
    if not _MIN_KEY_POINTS <= len(items) <= _MAX_KEY_POINTS or len(items) != len(element):
        return False
    words = sum(word_count(item) for item in items)
    return words <= _MAX_STANDFIRST_WORDS and all(_SENTENCE_END.search(item) for item in items)


def _standfirst_text(standfirst: Any) -> str:
    """The standfirst's text on one line, or a list's items as paragraphs."""
    if standfirst.tag in _LISTS:
        return "\n\n".join(" ".join(item.text_content().split()) for item in standfirst)
    return " ".join(standfirst.text_content().split())


def _own_text(element: Any) -> str:
    return " ".join([element.text or "", *((child.tail or "") for child in element)]).strip()
