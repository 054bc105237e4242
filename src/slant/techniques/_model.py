"""The two trained models: :class:`SpanTagger` (SI, where) and :class:`TechniqueClassifier` (TC, which).

Both follow scikit-learn's estimator contract (``__init__`` stores parameters, ``fit`` learns state
ending in ``_`` and returns ``self``, ``random_state`` seeds, :class:`NotFittedError` before ``fit``)
but predict with numpy alone: scikit-learn is needed only to ``fit`` (the ``train`` extra). Learned
weights are stored compactly, only for the hashed feature buckets seen in training, and saved as
safetensors plus a JSON config: nothing that runs code when loaded.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from slant import _models
from slant._errors import DependencyError
from slant._params import Estimator
from slant.techniques._encoder import SpanEncoder
from slant.techniques._explain import TECHNIQUES
from slant.techniques._features import (
    TOKEN_FEATURES,
    PhraseCounter,
    hash_features,
    normalise_phrase,
    sentence_features,
    sentence_spans,
    span_features,
    token_feature_crcs,
    token_spans,
)
from slant.techniques._vectors import WordVectors

__all__ = [
    "LexiconTagger",
    "SpanTagger",
    "TechniqueClassifier",
    "decode_spans",
    "merge_candidates",
    "token_runs",
]

logger = logging.getLogger(__name__)

FloatArray = NDArray[np.float32]


def _sklearn_logistic(**params: Any) -> Any:
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise DependencyError(
            "training needs scikit-learn, which is not installed; install it with: pip install 'slant[train]'"
        ) from error
    return LogisticRegression(**params)


def _compact(weights: NDArray[Any]) -> tuple[NDArray[np.int64], FloatArray]:
    """Keep only the rows (hash buckets) with a non-zero weight."""
    matrix = weights.reshape(weights.shape[0], -1)
    used = np.flatnonzero(np.any(matrix != 0, axis=1))
    return used.astype(np.int64), matrix[used].astype(np.float32)


def _lookup(rows: NDArray[np.int64], weights: FloatArray, indices: NDArray[np.int64]) -> FloatArray:
    """Weight rows for ``indices`` (zeros for buckets never seen in training)."""
    if len(rows) == 0:
        return np.zeros((len(indices), weights.shape[1]), dtype=np.float32)
    position = np.minimum(np.searchsorted(rows, indices), len(rows) - 1)
    found = rows[position] == indices
    out = weights[position]
    out[~found] = 0.0
    return out


def _sparse(
    rows: Sequence[NDArray[np.int64]], n_bits: int, *, values: Sequence[FloatArray] | None = None
) -> Any:
    import scipy.sparse as sp  # type: ignore[import-untyped]

    indptr = np.cumsum([0, *(len(r) for r in rows)])
    indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    data = np.concatenate(values) if values is not None else np.ones(len(indices), dtype=np.float32)
    matrix = sp.csr_matrix((data, indices, indptr), shape=(len(rows), 1 << n_bits), dtype=np.float32)
    matrix.sum_duplicates()
    return matrix


#: The model kind techniques files belong to (for error messages: ``slant train techniques``).
KIND = "techniques"


def _save(
    path: Path,
    kind: str,
    params: dict[str, Any],
    arrays: dict[str, NDArray[Any]],
    extra: dict[str, Any],
    *,
    labels: Sequence[str] = (),
    thresholds: Mapping[str, float] | None = None,
) -> None:
    """Write ``{kind}.safetensors`` and ``{kind}.json`` (the shared model header, ``params`` and ``extra``)."""
    from safetensors.numpy import save_file

    path.mkdir(parents=True, exist_ok=True)
    save_file({k: np.ascontiguousarray(v) for k, v in arrays.items()}, str(path / f"{kind}.safetensors"))
    config = {**_models.header(kind, labels=labels, thresholds=thresholds), "params": params, **extra}
    (path / f"{kind}.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _load(path: Path, kind: str) -> tuple[dict[str, Any], dict[str, NDArray[Any]]]:
    """The checked settings and the arrays of ``{kind}.json`` and ``{kind}.safetensors`` in ``path``."""
    config_file = path / f"{kind}.json"
    config = _models.read_json(config_file, kind=KIND)
    _models.read_header(config, config_file, cls=kind, kind=KIND)
    return config, _models.read_tensors(path / f"{kind}.safetensors", kind=KIND)


class _HashedTokens(NamedTuple):
    tokens: list[tuple[int, int]]
    sentence_of: list[int]
    local: NDArray[np.int64]  # (tokens, TOKEN_FEATURES): each token's own feature indices
    shared: list[NDArray[np.int64]]  # each sentence's feature indices, shared by its tokens
    dense: FloatArray | None


class SpanTagger(Estimator):
    """Propaganda span identification: a per-token logistic model decoded into spans.

    Each token gets a probability of lying inside a propaganda span from its own, its neighbours'
    and its sentence's features; spans are runs of tokens at or above ``low`` that contain a token
    at or above ``high``, bridging up to ``max_gap`` weaker tokens, within one sentence. ``high``,
    ``low`` and ``max_gap`` are tuned on held-out data (see :mod:`slant.techniques.training._train`).

    Args:
        n_bits: hashed feature space size, ``2**n_bits`` buckets.
        C: inverse L2 regularisation strength of the logistic regression.
        high: a span must contain a token at least this probable.
        low: a span extends over tokens at least this probable.
        max_gap: weaker tokens bridged inside one span.
        vectors: static word vectors; each token then also gets its own, its neighbours' and its
            sentence's mean vector as dense features (None: hashed features only).
        random_state: seed for the solver.
    """

    _PARAMS = ("n_bits", "C", "high", "low", "max_gap", "random_state")

    def __init__(
        self,
        *,
        n_bits: int = 20,
        C: float = 0.05,
        high: float = 0.3,
        low: float = 0.2,
        max_gap: int = 1,
        vectors: WordVectors | None = None,
        random_state: int | None = 0,
    ) -> None:
        self.n_bits = n_bits
        self.C = C
        self.high = high
        self.low = low
        self.max_gap = max_gap
        self.vectors = vectors
        self.random_state = random_state

    # -- features -------------------------------------------------------------------------------
    def _hashed(self, text: str) -> _HashedTokens:
        """Tokens of ``text`` with their hashed features: each token's own, and each sentence's shared ones."""
        tokens: list[tuple[int, int]] = []
        sentence_of: list[int] = []
        local: list[int] = []
        shared: list[NDArray[np.int64]] = []
        for number, sentence in enumerate(sentence_spans(text)):
            found = token_spans(text, *sentence)
            # Sentence-wide features are hashed (and weighed) once per sentence, not once per token.
            shared.append(hash_features(sentence_features(text, sentence, found), self.n_bits))
            local.extend(token_feature_crcs(text, sentence, found))
            tokens.extend(found)
            sentence_of.extend([number] * len(found))
        mask = (1 << self.n_bits) - 1
        dense = None if self.vectors is None else token_dense(text, tokens, sentence_of, self.vectors)
        return _HashedTokens(
            tokens,
            sentence_of,
            (np.array(local, dtype=np.int64) & mask).reshape(len(tokens), TOKEN_FEATURES),
            shared,
            dense,
        )

    def _token_rows(
        self, text: str
    ) -> tuple[list[tuple[int, int]], list[int], list[NDArray[np.int64]], FloatArray | None]:
        """Tokens, their sentence numbers, each token's full row of feature indices, dense features."""
        hashed = self._hashed(text)
        rows = [
            np.concatenate([hashed.local[i], hashed.shared[sentence]])
            for i, sentence in enumerate(hashed.sentence_of)
        ]
        return hashed.tokens, hashed.sentence_of, rows, hashed.dense

    def _weight_table(self) -> FloatArray:
        """The token weights as one array over all ``2**n_bits`` buckets (4 MB at 20 bits): direct indexing."""
        cached = self.__dict__.get("_table")
        if cached is None or cached[0] is not self.weights_:
            table = np.zeros(1 << self.n_bits, dtype=np.float32)
            table[self.rows_] = self.weights_[:, 0]
            cached = self.__dict__["_table"] = (self.weights_, table)
        table_array: FloatArray = cached[1]
        return table_array

    # -- fit / predict --------------------------------------------------------------------------
    def fit(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]) -> SpanTagger:
        """Learn token weights from texts and their gold propaganda spans.

        Args:
            texts: the articles.
            spans: for each text, its gold ``(start, end)`` spans.
        """
        if len(texts) != len(spans):
            raise ValueError(
                f"texts and spans must have the same length. Got {len(texts)} and {len(spans)} instead."
            )
        all_rows: list[NDArray[np.int64]] = []
        all_dense: list[FloatArray] = []
        labels: list[bool] = []
        for text, gold in zip(texts, spans, strict=True):
            inside = np.zeros(len(text) + 1, dtype=bool)
            for start, end in gold:
                inside[start:end] = True
            tokens, _, rows, dense = self._token_rows(text)
            all_rows.extend(rows)
            if dense is not None:
                all_dense.append(dense)
            labels.extend(bool(inside[s:e].mean() > 0.5) for s, e in tokens)
        y = np.asarray(labels)
        if len(set(labels)) < 2:
            raise ValueError(
                "fit needs tokens both inside and outside propaganda spans. Got only one kind instead."
            )
        logger.info("span tagger: %d tokens, %.1f%% inside spans", len(y), 100 * y.mean())
        model = _sklearn_logistic(C=self.C, solver="liblinear", random_state=self.random_state)
        matrix = _sparse(all_rows, self.n_bits)
        if all_dense:
            import scipy.sparse as sp

            matrix = sp.hstack([matrix, sp.csr_matrix(np.vstack(all_dense))], format="csr")
        model.fit(matrix, y)
        coef = model.coef_.ravel()
        hashed = 1 << self.n_bits
        self.rows_, self.weights_ = _compact(coef[:hashed])
        self.dense_weights_ = coef[hashed:].astype(np.float32)
        self.intercept_ = float(model.intercept_[0])
        return self

    def token_proba(self, text: str) -> tuple[list[tuple[int, int]], list[int], FloatArray]:
        """Tokens of ``text``, their sentence numbers, and each token's propaganda probability."""
        self._check_fitted("weights_")
        hashed = self._hashed(text)
        if not hashed.tokens:
            return hashed.tokens, hashed.sentence_of, np.zeros(0, dtype=np.float32)
        table = self._weight_table()
        scores = table[hashed.local].sum(axis=1)
        sentence_scores = np.array([table[indices].sum() for indices in hashed.shared], dtype=np.float32)
        scores += sentence_scores[np.asarray(hashed.sentence_of)] + self.intercept_
        if hashed.dense is not None and len(self.dense_weights_):
            scores += hashed.dense @ self.dense_weights_
        return hashed.tokens, hashed.sentence_of, (1.0 / (1.0 + np.exp(-scores))).astype(np.float32)

    def predict(self, text: str) -> list[tuple[int, int, float]]:
        """Propaganda spans of ``text`` as ``(start, end, score)``; score = the span's mean token probability."""
        tokens, sentence_of, proba = self.token_proba(text)
        return decode_spans(tokens, sentence_of, proba, high=self.high, low=self.low, max_gap=self.max_gap)

    # -- persistence ----------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write ``span_tagger.json`` and ``span_tagger.safetensors`` into the folder ``path``."""
        self._check_fitted("weights_")
        params = {k: getattr(self, k) for k in self._PARAMS}
        arrays = {
            "rows": self.rows_,
            "weights": self.weights_.astype(np.float16),
            "dense_weights": self.dense_weights_,
        }
        thresholds = {"high": self.high, "low": self.low}
        _save(
            Path(path),
            "span_tagger",
            params,
            arrays,
            {"intercept": self.intercept_},
            labels=("propaganda",),
            thresholds=thresholds,
        )
        if self.vectors is not None:
            self.vectors.save(path)

    @classmethod
    def load(cls, path: str | Path) -> SpanTagger:
        """Read a tagger written by :meth:`save` (with its word vectors, if it uses them)."""
        config, arrays = _load(Path(path), "span_tagger")
        with _models.reading(Path(path) / "span_tagger.json", kind=KIND):
            params, intercept = dict(config["params"]), float(config["intercept"])
            cls(**params)
        with _models.reading(Path(path) / "span_tagger.safetensors", kind=KIND):
            dense_weights = arrays.get("dense_weights", np.zeros(0, dtype=np.float32)).astype(np.float32)
            vectors = _load_vectors(Path(path)) if len(dense_weights) else None
            tagger = cls(**params, vectors=vectors)
            tagger.rows_ = arrays["rows"].astype(np.int64)
            tagger.weights_ = arrays["weights"].astype(np.float32)
            tagger.dense_weights_ = dense_weights
            tagger.intercept_ = intercept
            if tagger.weights_.ndim != 2 or len(tagger.rows_) != len(tagger.weights_):
                raise ValueError(f"{len(tagger.rows_)} rows for {tagger.weights_.shape} weights")
        return tagger


def _load_encoder(folder: Path) -> SpanEncoder:
    """The span encoder of a model folder, read once per process (the model layer's cache)."""
    return _models.load("span_encoder", folder, SpanEncoder.load, kind=KIND)


def _load_vectors(folder: Path) -> WordVectors:
    """Word vectors of a model folder, read once per process (all its models share them)."""
    return _models.load("word_vectors", folder, WordVectors.load, kind=KIND)


def token_dense(
    text: str, tokens: Sequence[tuple[int, int]], sentence_of: Sequence[int], vectors: WordVectors
) -> FloatArray:
    """Dense features per token: its vector, its neighbours' mean vector, its sentence's mean vector."""
    n = len(tokens)
    if n == 0:
        return np.zeros((0, 3 * vectors.dims), dtype=np.float32)
    own = vectors.lookup([text[s:e] for s, e in tokens])
    padded = np.vstack(
        [np.zeros((1, vectors.dims), np.float32), own, np.zeros((1, vectors.dims), np.float32)]
    )
    neighbours = (padded[:-2] + padded[2:]) / 2
    sentence_ids = np.asarray(sentence_of)
    known = (np.abs(own).sum(axis=1) > 0).astype(np.float32)
    sums = np.zeros((int(sentence_ids.max()) + 1, vectors.dims), dtype=np.float32)
    np.add.at(sums, sentence_ids, own)
    counts = np.bincount(sentence_ids, weights=known, minlength=len(sums))
    sentence_mean = sums / np.maximum(counts, 1.0)[:, None]
    return np.hstack([own, neighbours, sentence_mean[sentence_ids]]).astype(np.float32)


def token_runs(
    sentence_of: Sequence[int], proba: FloatArray, *, high: float, low: float, max_gap: int
) -> list[tuple[int, int]]:
    """Runs of tokens ``(first, last)`` (inclusive) by hysteresis: tokens >= ``low`` holding one >= ``high``.

    A run bridges up to ``max_gap`` weaker tokens and never crosses a sentence.
    """
    runs: list[tuple[int, int]] = []
    n = len(proba)
    i = 0
    while i < n:
        if proba[i] < low:
            i += 1
            continue
        first = last = i
        j = i + 1
        while j < n and sentence_of[j] == sentence_of[first] and j - last - 1 <= max_gap:
            if proba[j] >= low:
                last = j
            j += 1
        if float(proba[first : last + 1].max()) >= high:
            runs.append((first, last))
        i = last + 1
    return runs


def decode_spans(
    tokens: Sequence[tuple[int, int]],
    sentence_of: Sequence[int],
    proba: FloatArray,
    *,
    high: float,
    low: float,
    max_gap: int,
) -> list[tuple[int, int, float]]:
    """Turn token probabilities into spans ``(start, end, mean token probability)`` (see :func:`token_runs`)."""
    return [
        (tokens[first][0], tokens[last][1], float(proba[first : last + 1].mean()))
        for first, last in token_runs(sentence_of, proba, high=high, low=low, max_gap=max_gap)
    ]


class TechniqueClassifier(Estimator):
    """Technique classification of a given span: a linear SVM on hashed features, softmax-calibrated.

    Features are the span's words, word pairs and character n-grams (down-weighted by
    ``char_weight``, since they are many), its left and right context, its length, punctuation
    around it, how often its words recur in the whole page (Repetition), with ``vectors`` the
    mean word vectors of the span and of its context and, with ``encoder``, the span's contextual
    vector (see :mod:`slant.techniques._encoder`). Probabilities are a softmax of the SVM's
    decision values divided by ``temperature``, which training fits on held-out data.

    Args:
        n_bits: hashed feature space size.
        C: inverse L2 regularisation strength of the SVM.
        char_weight: weight of each character n-gram relative to a word feature.
        temperature: softmax temperature turning decision values into probabilities.
        vectors: static word vectors (None: hashed features only).
        encoder: contextual span encoder (None: none).
        encoder_weight: scale of the encoder's (unit-length) span vector among the features.
        random_state: seed for the solver.
    """

    _PARAMS = ("n_bits", "C", "char_weight", "temperature", "encoder_weight", "random_state")

    def __init__(
        self,
        *,
        n_bits: int = 18,
        C: float = 0.3,
        char_weight: float = 0.25,
        temperature: float = 0.3,
        vectors: WordVectors | None = None,
        encoder: SpanEncoder | None = None,
        encoder_weight: float = 1.0,
        random_state: int | None = 0,
    ) -> None:
        self.n_bits = n_bits
        self.C = C
        self.char_weight = char_weight
        self.temperature = temperature
        self.vectors = vectors
        self.encoder = encoder
        self.encoder_weight = encoder_weight
        self.random_state = random_state

    def _row(
        self,
        text: str,
        start: int,
        end: int,
        counts: Counter[str],
        phrases: PhraseCounter,
        peers: tuple[int, int],
    ) -> tuple[NDArray[np.int64], FloatArray]:
        features = span_features(text, start, end, counts, phrases=phrases, peers=peers)
        indices = hash_features(features, self.n_bits)
        weights = np.fromiter(
            (self.char_weight if f[0] == "c" and f[1] in "345" else 1.0 for f in features),
            dtype=np.float64,
            count=len(features),
        )
        unique, inverse = np.unique(indices, return_inverse=True)
        values = np.log1p(np.bincount(inverse, weights=weights))
        values /= max(float(np.sqrt((values**2).sum())), 1e-9)
        return unique, values.astype(np.float32)

    def _dense(self, text: str, start: int, end: int) -> FloatArray:
        assert self.vectors is not None
        words = normalise_phrase(text[start:end]).split()
        left = normalise_phrase(text[max(0, start - 60) : start]).split()[-5:]
        right = normalise_phrase(text[end : end + 60]).split()[:5]
        return np.concatenate([self.vectors.mean(words), self.vectors.mean(left + right)])

    def _matrix(self, items: Sequence[tuple[str, int, int]], contexts: Sequence[str] | None) -> Any:
        rows: list[NDArray[np.int64]] = []
        values: list[FloatArray] = []
        peers = _peer_ranks(items)
        for number, (text, start, end) in enumerate(items):
            counts, phrases = _page_features(contexts[number] if contexts is not None else text)
            row, value = self._row(text, start, end, counts, phrases, peers[number])
            rows.append(row)
            values.append(value)
        blocks = []
        if self.vectors is not None:
            blocks.append(np.vstack([self._dense(text, s, e) for text, s, e in items]).astype(np.float32))
        if self.encoder is not None:
            blocks.append(self._encoded(items) * np.float32(self.encoder_weight))
        dense = np.hstack(blocks) if blocks else None
        return rows, values, dense

    def _encoded(self, items: Sequence[tuple[str, int, int]]) -> FloatArray:
        """The encoder's span vectors, all spans of all texts in one batch."""
        assert self.encoder is not None
        return self.encoder.phrase_vectors([text[start:end] for text, start, end in items])

    def fit(
        self,
        items: Sequence[tuple[str, int, int]],
        labels: Sequence[str],
        *,
        contexts: Sequence[str] | None = None,
    ) -> TechniqueClassifier:
        """Learn from ``(text, start, end)`` spans and their technique labels.

        Args:
            items: the spans, each with the text it lies in.
            labels: one technique name per span.
            contexts: the whole page each span's text belongs to (for Repetition); default: the text.
        """
        if len(items) != len(labels):
            raise ValueError(
                f"items and labels must have the same length. Got {len(items)} and {len(labels)} instead."
            )
        unknown = sorted(set(labels) - set(TECHNIQUES))
        if unknown:
            raise ValueError(
                f"labels must be technique names from techniques.txt. Got {unknown[:3]} instead."
            )
        if len(set(labels)) < 2:
            raise ValueError(f"fit needs at least two techniques. Got {sorted(set(labels))} instead.")
        try:
            import scipy.sparse as sp
            from sklearn.svm import LinearSVC
        except ImportError as error:  # pragma: no cover - depends on the environment
            raise DependencyError(
                "training needs scikit-learn, which is not installed; install it with: pip install 'slant[train]'"
            ) from error
        rows, values, dense = self._matrix(items, contexts)
        matrix = _sparse(rows, self.n_bits, values=values)
        if dense is not None:
            matrix = sp.hstack([matrix, sp.csr_matrix(dense)], format="csr")
        model = LinearSVC(C=self.C, random_state=self.random_state).fit(matrix, np.asarray(labels))
        self.classes_ = tuple(str(c) for c in model.classes_)
        coef = np.atleast_2d(model.coef_)
        intercept = np.atleast_1d(model.intercept_)
        if len(self.classes_) == 2:  # a binary SVM has one row: score the first class as its negation
            coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
        hashed = 1 << self.n_bits
        self.rows_, self.weights_ = _compact(coef[:, :hashed].T)
        self.dense_weights_ = coef[:, hashed:].T.astype(np.float32)
        self.intercept_ = intercept.astype(np.float32)
        return self

    def decision_function(
        self, items: Sequence[tuple[str, int, int]], *, contexts: Sequence[str] | None = None
    ) -> FloatArray:
        """The SVM's decision values, one row per span, one column per technique in ``classes_``."""
        self._check_fitted("weights_")
        if not items:
            return np.zeros((0, len(self.classes_)), dtype=np.float32)
        return self._scores(*self._matrix(items, contexts))

    def _scores(
        self, rows: Sequence[NDArray[np.int64]], values: Sequence[FloatArray], dense: FloatArray | None
    ) -> FloatArray:
        """Decision values from features made by :meth:`_matrix` (a cascade reuses them)."""
        lengths = np.fromiter((len(row) for row in rows), dtype=np.int64, count=len(rows))
        if lengths.sum():
            # One lookup for all spans' features, then each span's weighted sum of its rows.
            weighted = (
                _lookup(self.rows_, self.weights_, np.concatenate(rows)) * np.concatenate(values)[:, None]
            )
            scores = np.add.reduceat(weighted, np.concatenate([[0], np.cumsum(lengths)[:-1]]), axis=0)
            scores[lengths == 0] = 0.0
        else:
            scores = np.zeros((len(rows), len(self.classes_)), dtype=np.float32)
        scores += self.intercept_
        if dense is not None and self.dense_weights_.size:
            scores += dense @ self.dense_weights_
        return scores

    def predict_proba(
        self, items: Sequence[tuple[str, int, int]], *, contexts: Sequence[str] | None = None
    ) -> FloatArray:
        """Probabilities, one row per span, one column per technique in ``classes_``."""
        return softmax(self.decision_function(items, contexts=contexts), self.temperature)

    def predict(
        self, items: Sequence[tuple[str, int, int]], *, contexts: Sequence[str] | None = None
    ) -> list[str]:
        """The most probable technique for each span."""
        scores = self.decision_function(items, contexts=contexts)
        return [self.classes_[i] for i in scores.argmax(axis=1)]

    def save(self, path: str | Path, *, name: str = "technique_classifier") -> None:
        """Write ``{name}.json`` and ``{name}.safetensors`` (and the vectors and encoder) into the folder ``path``."""
        self._check_fitted("weights_")
        arrays: dict[str, NDArray[Any]] = {
            "rows": self.rows_,
            "weights": self.weights_.astype(np.float16),
            "dense_weights": self.dense_weights_,
            "intercept": self.intercept_,
        }
        params = {k: getattr(self, k) for k in self._PARAMS}
        extra = {"classes": list(self.classes_), "encoder": self.encoder is not None}
        _save(Path(path), name, params, arrays, extra, labels=self.classes_)
        if self.vectors is not None:
            self.vectors.save(path)
        if self.encoder is not None:
            self.encoder.save(path)

    @classmethod
    def load(cls, path: str | Path, *, name: str = "technique_classifier") -> TechniqueClassifier:
        """Read a classifier written by :meth:`save` (with its word vectors and encoder, if it uses them)."""
        config, arrays = _load(Path(path), name)
        with _models.reading(Path(path) / f"{name}.json", kind=KIND):
            classes = tuple(str(c) for c in config["classes"])
            params, uses_encoder = dict(config["params"]), bool(config.get("encoder"))
            cls(**params)
        with _models.reading(Path(path) / f"{name}.safetensors", kind=KIND):
            dense_weights = arrays.get("dense_weights", np.zeros((0, len(classes)), dtype=np.float32))
            encoder = _load_encoder(Path(path)) if uses_encoder else None
            encoded = encoder.dims if encoder is not None else 0
            vectors = _load_vectors(Path(path)) if dense_weights.shape[0] > encoded else None
            model = cls(**params, vectors=vectors, encoder=encoder)
            model.classes_ = classes
            model.rows_ = arrays["rows"].astype(np.int64)
            model.weights_ = arrays["weights"].astype(np.float32)
            model.dense_weights_ = dense_weights.astype(np.float32)
            model.intercept_ = arrays["intercept"].astype(np.float32)
            if model.weights_.ndim != 2 or model.weights_.shape[1] != len(model.classes_):
                raise ValueError(f"weights of shape {model.weights_.shape} for {len(classes)} techniques")
            if not math.isfinite(float(model.weights_.sum())):
                raise ValueError("weights that are not finite")
        return model


def _peer_ranks(items: Sequence[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """For each span, how many spans of the same text share its phrase, and which of them it is.

    Counted over distinct positions among the spans classified together (the template's lines,
    the gold spans of an article, the spans found in one part of a page): in the PTC a phrase marked
    at three or more places of an article is mostly Repetition, and its first mark mostly not.
    """
    positions: dict[tuple[int, str], set[int]] = {}
    keys = []
    for text, start, end in items:
        key = (id(text), normalise_phrase(text[start:end]))
        positions.setdefault(key, set()).add(start)
        keys.append(key)
    ordered = {key: sorted(starts) for key, starts in positions.items()}
    return [
        (len(ordered[key]), ordered[key].index(start)) for key, (_, start, _) in zip(keys, items, strict=True)
    ]


def softmax(scores: FloatArray, temperature: float) -> FloatArray:
    """Row-wise softmax of ``scores / temperature``."""
    scaled: FloatArray = (scores / max(temperature, 1e-6)).astype(np.float32)
    scaled -= scaled.max(axis=1, keepdims=True)
    np.exp(scaled, out=scaled)
    scaled /= scaled.sum(axis=1, keepdims=True)
    return scaled


@functools.lru_cache(maxsize=4)
def _page_features(context: str) -> tuple[Counter[str], PhraseCounter]:
    """A page's word counts and phrase counter, made once per page: an annotator classifies a page's
    spans in several batches (the parts' spans, each part's scare quotes). Callers only read them."""
    return word_counts(context), PhraseCounter(normalise_phrase(context))


def word_counts(text: str) -> Counter[str]:
    """How often each lower-cased word and word pair occurs in ``text`` (for Repetition features)."""
    words = normalise_phrase(text).split()
    counts: Counter[str] = Counter(words)
    counts.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return counts


class LexiconTagger(Estimator):
    """Loaded words and labels, learned from the training spans: a high-recall complement to the tagger.

    A word (lower-cased, hyphenated compounds kept whole) joins the lexicon when it occurs at least
    ``min_count`` times in the training articles and at least ``min_ratio`` of those occurrences lie
    inside a Loaded_Language or Name_Calling span. Each occurrence of a lexicon word on a page is then
    a candidate span, scored by that ratio. The token tagger rarely fires on a single loaded word in
    an otherwise plain sentence; the lexicon does.

    Args:
        min_count: fewest training occurrences of a word.
        min_ratio: smallest share of its occurrences inside loaded-language or name-calling spans.
        candidate_min_ratio: the same share for the words offered to the span verifier as candidates
            (:attr:`candidate_words_`; it filters them, so it can take more); None: ``min_ratio``.
    """

    #: The techniques whose spans teach the lexicon.
    TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")

    def __init__(
        self, *, min_count: int = 2, min_ratio: float = 0.6, candidate_min_ratio: float | None = None
    ) -> None:
        self.min_count = min_count
        self.min_ratio = min_ratio
        self.candidate_min_ratio = candidate_min_ratio

    def fit(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]) -> LexiconTagger:
        """Count, for every word, its occurrences and those inside the given (loaded-language) spans."""
        if len(texts) != len(spans):
            raise ValueError(
                f"texts and spans must have the same length. Got {len(texts)} and {len(spans)} instead."
            )
        total: Counter[str] = Counter()
        inside: Counter[str] = Counter()
        for text, found in zip(texts, spans, strict=True):
            covered = np.zeros(len(text) + 1, dtype=bool)
            for start, end in found:
                covered[start:end] = True
            for match in _LEXICON_WORD.finditer(text):
                word = match.group().lower()
                total[word] += 1
                if covered[match.start() : match.end()].all():
                    inside[word] += 1
        self.counts_ = {w: (total[w], inside[w]) for w in inside}
        return self

    @property
    def words_(self) -> dict[str, float]:
        """The lexicon under the current ``min_count`` and ``min_ratio``: word -> share inside spans."""
        return self.words_at(self.min_ratio)

    @property
    def candidate_ratio(self) -> float:
        """The share the span verifier's candidate words need: ``candidate_min_ratio``, else ``min_ratio``."""
        return self.min_ratio if self.candidate_min_ratio is None else self.candidate_min_ratio

    @property
    def candidate_words_(self) -> dict[str, float]:
        """The words offered to the span verifier: the lexicon at :attr:`candidate_ratio`."""
        return self.words_at(self.candidate_ratio)

    def words_at(self, min_ratio: float) -> dict[str, float]:
        """The words seen ``min_count`` times with at least ``min_ratio`` of them inside spans -> that share."""
        self._check_fitted("counts_")
        # Built once per (counts, min_count, min_ratio): predict asks for it on every text.
        key = (id(self.counts_), self.min_count, min_ratio)
        cache: dict[tuple[int, int, float], dict[str, float]] = self.__dict__.setdefault("_words", {})
        if key not in cache:
            cache[key] = {
                w: n_in / n
                for w, (n, n_in) in self.counts_.items()
                if n >= self.min_count and n_in / n >= min_ratio and len(w) > 2
            }
        return cache[key]

    def predict(self, text: str, *, words: Mapping[str, float] | None = None) -> list[tuple[int, int, float]]:
        """Every occurrence of a lexicon word in ``text`` as ``(start, end, score)``."""
        lexicon = self.words_ if words is None else words
        return [
            (m.start(), m.end(), lexicon[m.group().lower()])
            for m in _LEXICON_WORD.finditer(text)
            if m.group().lower() in lexicon
        ]

    def save(self, path: str | Path) -> None:
        """Write ``lexicon.json`` (the lexicon's words only, not every count) into the folder ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        words = self.words_at(min(self.min_ratio, self.candidate_ratio))  # both lists' words
        thresholds = {"min_ratio": self.min_ratio, "candidate_min_ratio": self.candidate_ratio}
        config = {
            **_models.header("lexicon", labels=self.TECHNIQUES, thresholds=thresholds),
            "params": self.get_params(deep=False),
            "counts": {w: list(self.counts_[w]) for w in sorted(words)},
        }
        (folder / "lexicon.json").write_text(
            json.dumps(config, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )

    @classmethod
    def load(cls, path: str | Path) -> LexiconTagger:
        """Read a lexicon written by :meth:`save`."""
        file = Path(path) / "lexicon.json"
        config = _models.read_json(file, kind=KIND)
        _models.read_header(config, file, cls="lexicon", kind=KIND)
        with _models.reading(file, kind=KIND):
            lexicon = cls(**config["params"])
            lexicon.counts_ = {w: (int(n), int(n_in)) for w, (n, n_in) in config["counts"].items()}
        return lexicon


_LEXICON_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def merge_candidates(
    tagged: Sequence[tuple[int, int, float]], extra: Sequence[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """The tagger's spans plus the ``extra`` spans that do not overlap any of them, by position."""
    kept = list(tagged)
    for start, end, score in extra:
        if not any(s < end and start < e for s, e, _ in tagged):
            kept.append((start, end, score))
    return sorted(kept)
