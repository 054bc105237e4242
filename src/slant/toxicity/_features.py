"""Hashed word and character n-gram features of normalised texts, computed with numpy alone.

A text (the normaliser's tokens joined by single spaces) is read as an array of code points. Every
character n-gram (``char_ngrams``, padded with a space at both ends, so "fuck" yields " fu" and "ck ")
and every word n-gram (``word_ngrams``) gets a 64-bit polynomial hash, mixed (splitmix64) and folded
into ``2**n_bits`` buckets. A text's features are ``1 + log(count)`` per bucket, L2-normalised.

Everything is vectorised over a whole batch, so featurising costs microseconds per comment and needs
no vocabulary file: the model is its weight matrix. Word hashes come from prefix hashes, which need
the inverse of the multiplier modulo 2**64 (it is odd, so it has one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["FeatureMatrix", "Grams", "HashingFeaturizer", "Marker"]

U64 = npt.NDArray[np.uint64]
#: A named feature over a stretch of normalised text: (name, start, end).
Marker = tuple[str, int, int]

_MULT = np.uint64(0x100000001B3)
_MULT_INV = np.uint64(pow(0x100000001B3, -1, 2**64))
_SPACE = 32
_SEPARATOR = 1  # between texts of a batch; normalised text never contains it
# Namespaces keep a word and a character n-gram with the same letters apart.
_WORD_SEED = np.uint64(0x5BD1E9955BD1E995)
_BIGRAM_SEED = np.uint64(0x27D4EB2F165667C5)


@dataclass(frozen=True, slots=True)
class FeatureMatrix:
    """Sparse features of a batch in CSR form (the layout scipy's ``csr_matrix`` takes).

    Attributes:
        indptr: row ``i`` holds entries ``indptr[i]:indptr[i+1]``.
        indices: the bucket of each entry.
        data: the value of each entry (float32).
        n_features: the number of buckets.
    """

    indptr: npt.NDArray[np.int64]
    indices: npt.NDArray[np.int64]
    data: npt.NDArray[np.float32]
    n_features: int

    @property
    def n_rows(self) -> int:
        """How many texts the matrix holds."""
        return len(self.indptr) - 1

    def dot(self, weights: npt.NDArray[np.floating]) -> npt.NDArray[np.float64]:
        """Multiply by a ``(n_features, k)`` weight matrix: one ``k``-vector per text."""
        products = weights[self.indices] * self.data[:, None]
        out = np.zeros((self.n_rows, weights.shape[1]), dtype=np.float64)
        _segment_sum(out, products, self.indptr)
        return out


@dataclass(frozen=True, slots=True)
class Grams:
    """Every n-gram occurrence of a batch, before counting.

    Attributes:
        rows: which text each occurrence belongs to.
        buckets: its hash bucket.
        starts: its first character in the batch string (for words: of the first word).
        ends: one past its last character in the batch string.
        offsets: where each text starts in the batch string (length ``n_texts + 1``).
    """

    rows: npt.NDArray[np.int64]
    buckets: npt.NDArray[np.int64]
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]
    offsets: npt.NDArray[np.int64]


class HashingFeaturizer:
    """Turn normalised texts into hashed n-gram features.

    Args:
        n_bits: log2 of the number of buckets.
        char_ngrams: smallest and largest character n-gram length.
        word_ngrams: smallest and largest word n-gram length (1 or 2).
        within_words: keep only character n-grams inside one word (with its edge spaces), as
            scikit-learn's ``char_wb`` does; otherwise n-grams also run across word boundaries.
    """

    def __init__(
        self,
        *,
        n_bits: int = 18,
        char_ngrams: tuple[int, int] = (2, 5),
        word_ngrams: tuple[int, int] = (1, 2),
        within_words: bool = False,
    ) -> None:
        self.n_bits = n_bits
        self.char_ngrams = char_ngrams
        self.word_ngrams = word_ngrams
        self.within_words = within_words

    @property
    def n_features(self) -> int:
        """The number of hash buckets."""
        return 1 << self.n_bits

    def transform(
        self, texts: Sequence[str], markers: Sequence[Sequence[Marker]] | None = None
    ) -> FeatureMatrix:
        """Features of ``texts`` (normalised: lower-case tokens joined by single spaces).

        Args:
            texts: the normalised texts.
            markers: per text, named features that hold over a stretch of it (``("violent_call", 10, 22)``,
                offsets into the normalised text); each adds one feature of its own.
        """
        return self.count(self.grams(texts, markers), len(texts))

    def count(self, grams: Grams, n_texts: int) -> FeatureMatrix:
        """Count n-gram occurrences per text into ``1 + log(count)`` values, L2-normalised."""
        keys = (grams.rows << self.n_bits) | grams.buckets
        unique, counts = np.unique(keys, return_counts=True)
        rows = unique >> self.n_bits
        indices = unique & (self.n_features - 1)
        data = (1.0 + np.log(counts)).astype(np.float32)
        indptr = np.zeros(n_texts + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=n_texts), out=indptr[1:])
        norms = np.sqrt(np.bincount(rows, weights=data.astype(np.float64) ** 2, minlength=n_texts))
        norms[norms == 0] = 1.0
        data = (data / norms[rows]).astype(np.float32)
        return FeatureMatrix(indptr, indices.astype(np.int64), data, self.n_features)

    def grams(self, texts: Sequence[str], markers: Sequence[Sequence[Marker]] | None = None) -> Grams:
        """Every n-gram (and marker) occurrence of ``texts``, with positions (for explaining scores)."""
        padded = [f" {t} " for t in texts]
        offsets = np.zeros(len(padded) + 1, dtype=np.int64)
        np.cumsum([len(p) + 1 for p in padded], out=offsets[1:])
        batch = "\x01".join(padded) + "\x01"
        codes = np.frombuffer(batch.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        is_sep = codes == _SEPARATOR
        row_of = np.cumsum(is_sep) - is_sep  # the text each position belongs to
        parts: list[tuple[npt.NDArray[np.int64], ...]] = []
        with np.errstate(over="ignore"):
            parts.extend(self._char_grams(codes, is_sep, row_of))
            parts.extend(self._word_grams(codes, row_of))
        if markers is not None:
            parts.append(self._markers(markers, offsets))
        rows = np.concatenate([p[0] for p in parts])
        return Grams(
            rows=rows,
            buckets=np.concatenate([p[1] for p in parts]),
            starts=np.concatenate([p[2] for p in parts]),
            ends=np.concatenate([p[3] for p in parts]),
            offsets=offsets,
        )

    def _markers(
        self, markers: Sequence[Sequence[Marker]], offsets: npt.NDArray[np.int64]
    ) -> tuple[npt.NDArray[np.int64], ...]:
        """One feature per marker, positioned over the stretch of text it covers (+1: the padding space)."""
        rows, hashes, starts, ends = [], [], [], []
        for row, found in enumerate(markers):
            for name, start, end in found:
                rows.append(row)
                hashes.append(_name_hash(name))
                starts.append(int(offsets[row]) + 1 + start)
                ends.append(int(offsets[row]) + 1 + end)
        with np.errstate(over="ignore"):
            buckets = self._fold(np.array(hashes, dtype=np.uint64)) if hashes else np.zeros(0, dtype=np.int64)
        return (
            np.array(rows, dtype=np.int64),
            buckets,
            np.array(starts, dtype=np.int64),
            np.array(ends, dtype=np.int64),
        )

    def _fold(self, hashes: U64) -> npt.NDArray[np.int64]:
        """Mix 64-bit hashes (splitmix64's finaliser) and keep ``n_bits`` of them."""
        x = hashes ^ (hashes >> np.uint64(30))
        x = x * np.uint64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> np.uint64(27))
        x = x * np.uint64(0x94D049BB133111EB)
        x = x ^ (x >> np.uint64(31))
        folded: npt.NDArray[np.int64] = (x & np.uint64(self.n_features - 1)).astype(np.int64)
        return folded

    def _char_grams(
        self, codes: U64, is_sep: npt.NDArray[np.bool_], row_of: npt.NDArray[np.int64]
    ) -> list[tuple[npt.NDArray[np.int64], ...]]:
        lo, hi = self.char_ngrams
        length = len(codes)
        seps = np.concatenate([[0], np.cumsum(is_sep)])
        spaces = np.concatenate([[0], np.cumsum(codes == _SPACE)])
        out: list[tuple[npt.NDArray[np.int64], ...]] = []
        rolling = codes.copy()
        for n in range(1, hi + 1):
            if n > 1:
                rolling = rolling[:-1] * _MULT + codes[n - 1 :]
            if n < lo:
                continue
            starts = np.arange(length - n + 1, dtype=np.int64)
            valid = (seps[starts + n] - seps[starts]) == 0
            if self.within_words and n > 2:
                # Like scikit-learn's "char_wb": a gram may start or end at a word's edge, not span two words.
                valid &= (spaces[starts + n - 1] - spaces[starts + 1]) == 0
            # A gram of spaces only ("  " cannot occur) or a lone padding space carries nothing.
            valid &= ~((codes[starts] == _SPACE) & (codes[starts + n - 1] == _SPACE) & (n <= 2))
            starts = starts[valid]
            hashes = rolling[valid] ^ np.uint64(n * 0x9E3779B97F4A7C15 % 2**64)
            out.append((row_of[starts], self._fold(hashes), starts, starts + n))
        return out

    def _word_grams(
        self, codes: U64, row_of: npt.NDArray[np.int64]
    ) -> list[tuple[npt.NDArray[np.int64], ...]]:
        lo, hi = self.word_ngrams
        is_char = (codes != _SPACE) & (codes != _SEPARATOR)
        edges = np.diff(np.concatenate([[False], is_char, [False]]).astype(np.int8))
        starts = np.flatnonzero(edges == 1).astype(np.int64)
        ends = np.flatnonzero(edges == -1).astype(np.int64)
        if len(starts) == 0:
            return []
        # prefix[i] = sum_{k<i} codes[k] * MULT^(i-1-k); a word's hash is prefix[end] - prefix[start] * MULT^len.
        n = len(codes)
        powers = np.cumprod(np.concatenate([[np.uint64(1)], np.full(n, _MULT, dtype=np.uint64)]))
        inverse = np.cumprod(np.concatenate([[np.uint64(1)], np.full(n, _MULT_INV, dtype=np.uint64)]))
        scaled = np.concatenate([[np.uint64(0)], np.cumsum(codes * inverse[:n])])
        prefix = scaled * powers[np.maximum(np.arange(n + 1) - 1, 0)]
        prefix[0] = np.uint64(0)
        # prefix[i] above equals sum_{k<i} codes[k] * MULT^(i-1-k) for i >= 1.
        words = prefix[ends] - prefix[starts] * powers[ends - starts]
        rows = row_of[starts]
        out: list[tuple[npt.NDArray[np.int64], ...]] = []
        if lo <= 1:
            out.append((rows, self._fold(words ^ _WORD_SEED), starts, ends))
        if hi >= 2 and len(words) > 1:
            same = rows[:-1] == rows[1:]
            pairs = (words[:-1] * _BIGRAM_SEED + words[1:]) ^ _BIGRAM_SEED
            out.append((rows[:-1][same], self._fold(pairs[same]), starts[:-1][same], ends[1:][same]))
        return out


def _name_hash(name: str) -> int:
    """A fixed 64-bit hash of a marker's name, in its own namespace."""
    value = 0x6A09E667F3BCC908
    for char in name:
        value = (value * 0x100000001B3 + ord(char)) % 2**64
    return value


def _segment_sum(
    out: npt.NDArray[np.float64], products: npt.NDArray[np.floating], indptr: npt.NDArray[np.int64]
) -> None:
    """Sum ``products`` over each row's segment into ``out`` (empty rows stay zero)."""
    nonempty = np.flatnonzero(np.diff(indptr) > 0)
    if len(nonempty) == 0:
        return
    sums = np.add.reduceat(products, indptr[:-1][nonempty], axis=0)
    out[nonempty] = sums
