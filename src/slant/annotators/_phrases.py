"""Phrases shared between the parts of a page: normalisation and a counter (issue 19).

The techniques model counts how often a span's phrase recurs on its page (repetition); the echo and
repeats annotators ask the same question of comments. The counter lives here, under both, so it is
written once.
"""

from __future__ import annotations

import re

import numpy as np

__all__ = ["PhraseCounter", "count_phrase", "normalise_phrase"]

_WORD = re.compile(r"\w+")


def normalise_phrase(text: str) -> str:
    """Lower-case words of ``text`` joined by one space: the key for finding repeated phrases."""
    return " ".join(_WORD.findall(text)).lower()


class PhraseCounter:
    """How often phrases occur on one page: :func:`count_phrase`'s answers, in time that does not grow
    with the page for every span.

    A page's spans each ask how often their phrase occurs on the whole page; scanning the page per
    span made 10,000 identical comments cost 46 s (quadratic). Here the page's words are indexed once;
    a phrase is looked for only where its rarest word stands (a vectorised check of the other words),
    and each distinct phrase is counted once.

    Args:
        page: the page's words as :func:`normalise_phrase` gives them (spaces around them are fine).
    """

    def __init__(self, page: str) -> None:
        words = page.split()
        vocabulary: dict[str, int] = {}
        self._ids = np.fromiter(
            (vocabulary.setdefault(w, len(vocabulary)) for w in words), dtype=np.int64, count=len(words)
        )
        self._vocabulary = vocabulary
        order = np.argsort(self._ids, kind="stable")
        bounds = np.searchsorted(self._ids[order], np.arange(len(vocabulary) + 1))
        self._positions = order  # positions of word id i: order[bounds[i]:bounds[i + 1]], ascending
        self._bounds = bounds
        self._counts: dict[str, int] = {}

    def count(self, phrase: str) -> int:
        """Non-overlapping whole-word occurrences of ``phrase`` (words joined by single spaces)."""
        known = self._counts.get(phrase)
        if known is None:
            known = self._counts[phrase] = self._count(phrase.split())
        return known

    def _count(self, words: list[str]) -> int:
        ids = [self._vocabulary.get(w) for w in words]
        if not words or any(i is None for i in ids):
            return 0
        frequency = [int(self._bounds[i + 1] - self._bounds[i]) for i in ids if i is not None]
        anchor = int(np.argmin(frequency))
        anchor_id = ids[anchor]
        assert anchor_id is not None
        starts = self._positions[self._bounds[anchor_id] : self._bounds[anchor_id + 1]] - anchor
        starts = starts[(starts >= 0) & (starts + len(words) <= len(self._ids))]
        for offset, word_id in enumerate(ids):
            if offset != anchor and len(starts):
                starts = starts[self._ids[starts + offset] == word_id]
        if len(starts) <= 1 or int(np.diff(starts).min()) >= len(words):
            return len(starts)
        count, free_from = 0, 0  # matches that overlap an earlier counted one do not count
        for start in starts.tolist():
            if start >= free_from:
                count += 1
                free_from = start + len(words)
        return count


def count_phrase(page: str, phrase: str) -> int:
    """Non-overlapping occurrences of ``phrase`` as whole words in ``page`` (words joined by single spaces).

    As ``re.findall`` with whitespace boundaries counts them, without compiling a pattern per phrase.
    """
    count = 0
    position = page.find(phrase)
    while position >= 0:
        end = position + len(phrase)
        if (position == 0 or page[position - 1].isspace()) and (end == len(page) or page[end].isspace()):
            count += 1
            position = page.find(phrase, end)
        else:
            position = page.find(phrase, position + 1)
    return count
