"""Quotations and scare quotes.

A scare quote puts a writer's distance around someone else's word: the so-called “moderate
opposition”. Quotation marks in crawled pages are often mis-paired (“lover“) or mixed (‘...’ beside
“...”), so opening and closing marks are paired leniently, but never across a line break, and
apostrophes (it’s, Americas’) are never taken for quotes.
"""

from __future__ import annotations

import re
from typing import ClassVar

from slant._document import Document, Part, Span
from slant._pipeline import PartAnnotator

__all__ = ["QuoteAnnotator", "find_quotes"]

# Opening mark -> the marks that may close it (lenient: crawled text often repeats the opener).
_CLOSERS: dict[str, str] = {"“": '”“"', '"': '"”“', "«": "»", "„": '“”"', "‘": "’‘", "‹": "›", "'": "'’"}
#: Quoted passages longer than this are not one quotation (a stray mark, most likely).
MAX_QUOTE_CHARS = 1500
#: Quoted phrases of at most this many words can be scare quotes.
MAX_SCARE_WORDS = 4

_DISTANCING = re.compile(
    r"(?:so[- ]called|self[- ](?:styled|proclaimed|declared)|supposed|alleged|would-be|pseudo)\s*$",
    re.IGNORECASE,
)
_SPEECH_BEFORE = re.compile(
    r"(?:\b(?:said|says|say|told|wrote|writes|announced|declared|stated|added|asked|tweeted|claimed|"
    r"called it|according to)\b[^.!?]{0,15}|[:,])\s*$",
    re.IGNORECASE,
)
_MENTION_BEFORE = re.compile(r"\b(?:word|term|phrase|actually|spelled|means?)\s*$", re.IGNORECASE)
_MENTION_AFTER = re.compile(r"^\s*(?:means?|stands? for|is a typo)\b", re.IGNORECASE)


def _is_apostrophe(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    # it’s, don’t, Americas’ (a plural possessive after s), ’90s
    return (before.isalnum() and after.isalnum()) or (before in "sS" and not after.isalnum() and index > 0)


def _opens(text: str, index: int) -> bool:
    """A straight single quote opens a quotation only between a non-letter and a letter ('moderate')."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not before.isalnum() and after.isalpha()  # not '90s


def find_quotes(text: str) -> list[tuple[int, int, int, int]]:
    """Return ``(start, end, inner_start, inner_end)`` for each quoted passage, marks included in start-end."""
    quotes = []
    # Per opening mark, a stretch known to hold none of its closers and no line break: an opener inside
    # it starts its search at the stretch's end, so a page of unclosed marks costs linear time, not
    # MAX_QUOTE_CHARS per mark.
    clear: dict[str, tuple[int, int]] = {}
    i, n = 0, len(text)
    while i < n:
        mark = text[i]
        closers = _CLOSERS.get(mark)
        if (
            closers is None
            or (mark in "‘'" and _is_apostrophe(text, i))
            or (mark == "'" and not _opens(text, i))
        ):
            i += 1
            continue
        found = _closing_mark(text, i, closers, clear)
        if found < 0:
            i += 1
            continue
        if mark == "'" and found - i < 3:
            i += 1  # rock 'n' roll: a one-letter "quotation" in straight quotes is an elision
            continue
        quotes.append((i, found + 1, i + 1, found))
        i = found + 1
    return quotes


def _closing_mark(text: str, opener: int, closers: str, clear: dict[str, tuple[int, int]]) -> int:
    """Where the quotation opened at ``opener`` closes, or -1: within MAX_QUOTE_CHARS, on its line."""
    n = len(text)
    limit = min(n, opener + MAX_QUOTE_CHARS)
    pattern = _STOPS[closers]
    clear_from, clear_to = clear.get(closers, (0, 0))
    position = clear_to if clear_from <= opener + 1 < clear_to else opener + 1
    searched_from = opener + 1
    while True:
        match = pattern.search(text, position, limit)
        if match is None:
            clear[closers] = (searched_from, limit)
            return -1
        j = match.start()
        if text[j] == "\n":
            clear[closers] = (searched_from, j)
            return -1
        inside_word = 0 < j < n - 1 and text[j - 1].isalnum() and text[j + 1].isalnum()
        if not (text[j] in "’‘'" and inside_word) and j > opener + 1:
            return j
        position = j + 1
        # Only the stretch before this skipped closer is known to be clear.
        clear[closers] = (searched_from, j)
        searched_from = j + 1


# Per set of closing marks: the characters that end a search (one of the marks, or a line break).
_STOPS: dict[str, re.Pattern[str]] = {
    closers: re.compile("[" + re.escape(closers) + "\n]") for closers in set(_CLOSERS.values())
}


class QuoteAnnotator(PartAnnotator):
    """Quotations, scare quotes and mentions of words, in ``spans.quotes``.

    Labels: ``quotation`` (someone's words), ``scare_quote`` (distancing quotes around a short phrase;
    score 0.9 after "so-called" and the like, 0.6 for a short phrase used inside a sentence), and
    ``mention`` (a word talked about: what does “ingore” mean?).
    """

    name = "quotes"
    assigns: ClassVar[tuple[str, ...]] = ("spans.quotes",)

    def annotate_part(self, part: Part, doc: Document) -> None:
        """Find the quoted passages of ``part`` and label each."""
        text = part.text
        spans = []
        for start, end, inner_start, inner_end in find_quotes(text):
            inner = text[inner_start:inner_end].strip()
            words = len(inner.split())
            before = text[max(0, start - 60) : start]
            after = text[end : end + 30]
            attrs = {"content": inner, "words": words}
            distancing = _DISTANCING.search(before)
            if distancing and words <= MAX_SCARE_WORDS + 2:
                span_start = start - (len(before) - distancing.start())
                spans.append(Span(span_start, end, "scare_quote", 0.9, self.name, attrs))
            elif words <= 2 and (_MENTION_BEFORE.search(before) or _MENTION_AFTER.search(after)):
                spans.append(Span(start, end, "mention", 0.8, self.name, attrs))
            elif (
                words <= MAX_SCARE_WORDS
                and not re.search(r"[.!?]", inner)
                and not inner.endswith(",")  # “freedom of religion,” he said: a partial quotation
                and not _SPEECH_BEFORE.search(before)
            ):
                spans.append(Span(start, end, "scare_quote", 0.6, self.name, attrs))
            else:
                spans.append(Span(start, end, "quotation", 0.9, self.name, attrs))
        part.spans.set("quotes", spans)
