"""Cutting a text into transformer windows of whole lines, and reading piece outputs back as words.

The fine-tuned tagger (:mod:`slant.techniques._contextual`) and its training
(:mod:`slant.techniques.training._finetune`) see a text the same way: WordPiece pieces of its words,
packed line by line into windows of at most ``max_pieces`` pieces (a line longer than that is cut
between words), each window framed by ``[CLS]`` and ``[SEP]``. A PTC article has one sentence a
line, so a window holds whole sentences and their neighbours. A word's probability is the mean of
its pieces' probabilities.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from slant.techniques._encoder import WordPiece

__all__ = ["Window", "Words", "split_words", "windows", "word_proba"]

FloatArray = NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Words:
    """A text's words: character spans, line numbers and WordPiece ids."""

    spans: list[tuple[int, int]]
    line_of: list[int]
    pieces: list[tuple[int, ...]]


@dataclass(frozen=True, slots=True)
class Window:
    """One window: piece ids with ``[CLS]`` and ``[SEP]``, and the word each inner piece belongs to."""

    ids: NDArray[np.int64]
    word_of: NDArray[np.int64]


def split_words(text: str, tokenizer: WordPiece) -> Words:
    """The words of ``text`` (the tokenizer's rule), the line each is on and their pieces."""
    spans = tokenizer.words(text)
    line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    line_of = (np.searchsorted(np.asarray(line_starts), [s for s, _ in spans], side="right") - 1).tolist()
    pieces = [tokenizer.pieces(text[s:e]) for s, e in spans]
    return Words(spans, line_of, pieces)


def _cut(words: Sequence[int], pieces: Sequence[tuple[int, ...]], max_pieces: int) -> list[list[int]]:
    """Cut a run of words into chunks of at most ``max_pieces`` pieces (a longer word is truncated)."""
    chunks: list[list[int]] = [[]]
    size = 0
    for w in words:
        n = min(len(pieces[w]), max_pieces)
        if size + n > max_pieces and chunks[-1]:
            chunks.append([])
            size = 0
        chunks[-1].append(w)
        size += n
    return [c for c in chunks if c]


def windows(words: Words, tokenizer: WordPiece, *, max_pieces: int) -> list[Window]:
    """Pack the lines of ``words`` into windows of at most ``max_pieces`` inner pieces."""
    lines: dict[int, list[int]] = {}
    for index, (line, pieces) in enumerate(zip(words.line_of, words.pieces, strict=True)):
        if pieces:
            lines.setdefault(line, []).append(index)
    groups: list[list[int]] = []
    size = 0
    for line_words in lines.values():
        n = sum(min(len(words.pieces[w]), max_pieces) for w in line_words)
        if n > max_pieces:
            groups.extend(_cut(line_words, words.pieces, max_pieces))
            size = max_pieces  # the next line starts a window of its own
            continue
        if not groups or size + n > max_pieces:
            groups.append([])
            size = 0
        groups[-1].extend(line_words)
        size += n
    out = []
    for group in groups:
        ids = [tokenizer.cls_id]
        word_of = []
        for w in group:
            for piece in words.pieces[w][:max_pieces]:
                ids.append(piece)
                word_of.append(w)
        ids.append(tokenizer.sep_id)
        out.append(Window(np.asarray(ids, dtype=np.int64), np.asarray(word_of, dtype=np.int64)))
    return out


def word_proba(n_words: int, batch: Sequence[Window], piece_proba: Sequence[FloatArray]) -> FloatArray:
    """Each word's probability: the mean over its pieces (``piece_proba`` per window, inner pieces only)."""
    sums = np.zeros(n_words, dtype=np.float64)
    counts = np.zeros(n_words, dtype=np.float64)
    for window, proba in zip(batch, piece_proba, strict=True):
        np.add.at(sums, window.word_of, proba)
        np.add.at(counts, window.word_of, 1.0)
    return (sums / np.maximum(counts, 1.0)).astype(np.float32)
