"""A span marked in its line, as WordPiece ids: the input of the fine-tuned technique classifier.

The fine-tuned classifier's torch training (:mod:`._finetune_classifier`) and its ONNX graph
(:mod:`._onnx_classifier`) see a span the same way:
``[CLS] left context [unused0] span [unused1] right context [SEP]``, the context being the rest of
the line(s) the span lies in (a PTC article has one sentence a line). At most ``max_pieces`` pieces
in all: a long span keeps its first and last pieces, and the context is trimmed from its far ends,
shared between left and right. The classifier reads the states at the two markers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from slant.techniques._encoder import WordPiece

__all__ = ["MARKERS", "MarkedSpan", "mark_span", "pad_marked"]

#: The two vocabulary entries that mark the span's start and end (unused in BERT's pre-training).
MARKERS = ("[unused0]", "[unused1]")


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """Piece ids with ``[CLS]``/``[SEP]`` and the positions of the two markers."""

    ids: NDArray[np.int64]
    markers: tuple[int, int]


def _ids(tokenizer: WordPiece, text: str) -> list[int]:
    return tokenizer.tokenize(text)[0]


def mark_span(text: str, start: int, end: int, tokenizer: WordPiece, *, max_pieces: int) -> MarkedSpan:
    """The span ``text[start:end]`` marked in its line(s), at most ``max_pieces`` pieces in all."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = _ids(tokenizer, text[line_start:start])
    span = _ids(tokenizer, text[start:end])
    right = _ids(tokenizer, text[end:line_end])
    room = max_pieces - 4  # [CLS], the two markers, [SEP]
    if len(span) > room:
        head = (room + 1) // 2
        span = span[:head] + span[len(span) - (room - head) :]
    context = room - len(span)
    keep_left = min(len(left), max(context // 2, context - len(right)))
    keep_right = min(len(right), context - keep_left)
    left = left[len(left) - keep_left :] if keep_left else []
    right = right[:keep_right]
    begin, finish = (tokenizer._ids[m] for m in MARKERS)
    ids = [tokenizer.cls_id, *left, begin, *span, finish, *right, tokenizer.sep_id]
    return MarkedSpan(np.asarray(ids, dtype=np.int64), (len(left) + 1, len(left) + len(span) + 2))


def pad_marked(
    batch: Sequence[MarkedSpan],
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """``input_ids``, ``attention_mask`` and ``markers`` (batch x 2) for a batch, padded with 0."""
    n = max(len(m.ids) for m in batch)
    ids = np.zeros((len(batch), n), dtype=np.int64)
    mask = np.zeros((len(batch), n), dtype=np.int64)
    for row, m in enumerate(batch):
        ids[row, : len(m.ids)] = m.ids
        mask[row, : len(m.ids)] = 1
    markers = np.asarray([m.markers for m in batch], dtype=np.int64)
    return ids, mask, markers
