"""Sentence-like units of a comment: the model scores each and a comment gets its worst unit's score.

Toxicity is local: one insult in a long, civil comment makes it toxic, but in a single bag of
n-grams that insult is diluted by everything around it, and a long civil comment piles up small
suspicions. Scoring units and taking the maximum keeps both honest.
"""

from __future__ import annotations

import re

__all__ = ["split_units"]

# A unit ends at sentence punctuation (with closing quotes/brackets) followed by a space, or at a line break,
# or, as many commenters type, with no space before the next sentence's capital letter when the
# punctuation follows a word of two or more letters or a closing quote ("soldiers.Hezbollah and
# Iran.He behaves like Kerry's wife.RUssians are not guys", "to his“lover“.Assad is not" on the
# example page, issue 17): run together, such sentences were one long unit whose n-gram features
# diluted the insult in it. "U.S.Army", "e.g.The", "3.5" and "tass.com/Defense" stay whole.
_UNIT = re.compile(
    r"[^\n]+?(?:[.!?…]+[\"'”’)\]]*(?=\s)|(?:(?<=[^\W\d_]{2})|(?<=[\"“”’]))[.!?…]+(?=[^\W\d_][^\W\d_])(?=[^\W\d_]*[\s,;:.!?]|[^\W\d_]*$)(?=[A-ZА-ЯЁ])|$)",
    re.MULTILINE,
)
#: Units shorter than this many characters are joined to the next one ("Good." + "Teach them...").
MIN_UNIT_CHARS = 25


def split_units(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` offsets of the units of ``text``, covering every non-blank stretch of it."""
    units: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    for match in _UNIT.finditer(text):
        start, end = match.span()
        chunk = match.group()
        stripped = chunk.strip()
        if not stripped:
            continue
        start += len(chunk) - len(chunk.lstrip())
        end = start + len(stripped)
        if pending is not None:
            start = pending[0]
            pending = None
        if end - start < MIN_UNIT_CHARS:
            pending = (start, end)
            continue
        units.append((start, end))
    if pending is not None:
        if units:
            units[-1] = (units[-1][0], pending[1])
        else:
            units.append(pending)
    return units
