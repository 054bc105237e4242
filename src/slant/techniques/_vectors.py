"""Static word vectors: a vocabulary and a matrix, looked up with numpy alone.

The shipped vectors are distilled from all-MiniLM-L6-v2 by :mod:`slant.techniques.training._distill`; they let
the linear models generalise from words seen in training to similar words they never saw
("bloodthirsty" near "brutal").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["WordVectors"]


class WordVectors:
    """Vectors for lower-cased words; unknown words get zeros.

    Args:
        vocabulary: the words, one per row of ``vectors``.
        vectors: a ``(len(vocabulary), dims)`` matrix.
        provenance: where the vectors come from (teacher model, licence, method).
    """

    def __init__(
        self, vocabulary: Sequence[str], vectors: NDArray[Any], *, provenance: dict[str, Any] | None = None
    ) -> None:
        if len(vocabulary) != len(vectors):
            raise ValueError(
                f"vocabulary and vectors must have the same length. Got {len(vocabulary)} and {len(vectors)} instead."
            )
        self.vocabulary = list(vocabulary)
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.provenance = dict(provenance or {})
        self._index = {word: row for row, word in enumerate(self.vocabulary)}
        # One extra zero row for unknown words, so lookups are a single fancy-index.
        self._table = np.vstack([self.vectors, np.zeros((1, self.dims), dtype=np.float32)])

    @property
    def dims(self) -> int:
        """How many numbers each vector has."""
        return int(self.vectors.shape[1])

    def rows(self, words: Sequence[str]) -> NDArray[np.int64]:
        """Row numbers of ``words`` (lower-cased); unknown words point at the zero row."""
        unknown = len(self.vocabulary)
        return np.fromiter(
            (self._index.get(w.lower(), unknown) for w in words), dtype=np.int64, count=len(words)
        )

    def lookup(self, words: Sequence[str]) -> NDArray[np.float32]:
        """A ``(len(words), dims)`` matrix of the words' vectors."""
        return self._table[self.rows(words)]

    def mean(self, words: Sequence[str]) -> NDArray[np.float32]:
        """The mean vector of the known ``words`` (zeros when none is known)."""
        rows = self.rows(words)
        rows = rows[rows < len(self.vocabulary)]
        if len(rows) == 0:
            return np.zeros(self.dims, dtype=np.float32)
        mean: NDArray[np.float32] = self._table[rows].mean(axis=0)
        return mean

    def save(self, path: str | Path) -> None:
        """Write ``word_vectors.safetensors`` and ``word_vectors.json`` into the folder ``path``."""
        from safetensors.numpy import save_file

        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        save_file({"vectors": self.vectors.astype(np.float16)}, str(folder / "word_vectors.safetensors"))
        meta = {"vocabulary": self.vocabulary, "provenance": self.provenance}
        (folder / "word_vectors.json").write_text(
            json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8"
        )

    @classmethod
    def load(cls, path: str | Path) -> WordVectors:
        """Read vectors written by :meth:`save` (or by the distillation tool)."""
        from slant import _models

        folder = Path(path)
        meta = _models.read_json(folder / "word_vectors.json", kind="techniques")
        arrays = _models.read_tensors(folder / "word_vectors.safetensors", kind="techniques")
        with _models.reading(folder / "word_vectors.safetensors", kind="techniques"):
            return cls(meta["vocabulary"], arrays["vectors"], provenance=meta.get("provenance"))
