"""What text browsers and copies add before a line's words: link numbers ("[17]March 5, 2024" in a
``lynx -dump``), list markers ("* ", "+ ", "• " before nested items), and the "References" list of
URLs a text browser prints at the end (used by :mod:`slant.readers._text_prepare`, before any line
is classified, so that "says:" headers and dates are recognised whatever precedes them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["is_reference_line", "numbers_links", "references_start", "without_links", "without_markers"]

# "[17]" before a link's words, as lynx and w3m number links; "[IMG]" and "[ ]" are not numbers.
_LINK_NUMBER = re.compile(r"\[\d{1,5}\]")
# A bullet before a list item: lynx marks nesting levels with "*", "+", "o", "#", "@"; copies of
# rendered lists use "•", "◦", "▪", "‣", "–". Only the unambiguous ones are taken alone; "o", "#"
# and "@" stand for words and handles ("o sea", "#1", "@jane") unless the page numbers its links.
_BULLET = re.compile(r"^[*+•◦▪‣]\s+(?=\S)")
_LYNX_BULLET = re.compile(r"^[o#@]\s+(?=\S)")
# A page numbers its links when at least this many "[n]" markers run in increasing order.
MIN_LINK_NUMBERS = 3
# "1. https://example.org/path", "12. mailto:...": one entry of the references list.
_REFERENCE = re.compile(r"^\d{1,5}\.\s+(?:[a-z][a-z0-9+.-]{1,15}:)\S*$", re.IGNORECASE)
# A references list has at least this many entries in a row.
MIN_REFERENCES = 2


def numbers_links(lines: Sequence[str]) -> bool:
    """Tell a text browser's dump: "[n]" link numbers that count up (1, 2, 3, ...) over the page."""
    expected = 1
    for line in lines:
        for match in _LINK_NUMBER.finditer(line):
            if int(match.group()[1:-1]) == expected:
                expected += 1
                if expected > MIN_LINK_NUMBERS:
                    return True
    return False


def without_links(line: str, *, numbered_links: bool) -> str:
    """Return ``line`` (stripped) without the link numbers of a page that numbers its links."""
    return _LINK_NUMBER.sub("", line).strip() if numbered_links and "[" in line else line


def without_markers(line: str, *, numbered_links: bool) -> str:
    """Return ``line`` (stripped) without its list marker and, on a page that numbers its links,
    without the link numbers: "+ [19]Gareth Lloyd says:" is "Gareth Lloyd says:"."""
    line = without_links(line, numbered_links=numbered_links)
    stripped = _BULLET.sub("", line, count=1)
    if numbered_links:
        stripped = _LYNX_BULLET.sub("", stripped, count=1)
    return stripped


def is_reference_line(line: str) -> bool:
    """Tell one entry of a text browser's references list ("12. https://example.org/")."""
    return _REFERENCE.match(line) is not None


def references_start(lines: Sequence[str]) -> int:
    """Return the index of the references list's heading (or first entry) at the page's end: a run
    of at least two URL entries that nothing but blank lines follows; len(lines) when there is none.
    The heading is the one short line right over the run ("References", "Links", "Verweise")."""
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and (not lines[start - 1].strip() or is_reference_line(lines[start - 1].strip())):
        start -= 1
    while start < end and not lines[start].strip():
        start += 1
    entries = sum(1 for line in lines[start:end] if line.strip())
    if entries < MIN_REFERENCES:
        return len(lines)
    above = start - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if (
        above >= 0
        and len(lines[above].split()) <= 2
        and not lines[above].strip().endswith((".", ":", "!", "?"))
    ):
        return above
    return start
