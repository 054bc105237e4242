"""The two trained models: :class:`SpanTagger` (SI, where) and :class:`TechniqueClassifier` (TC, which).

Both follow scikit-learn's estimator contract (``__init__`` stores parameters, ``fit`` learns state
ending in ``_`` and returns ``self``, ``random_state`` seeds, :class:`NotFittedError` before ``fit``)
but predict with numpy alone: scikit-learn is needed only to ``fit`` (the ``train`` extra). Learned
weights are stored compactly, only for the hashed feature buckets seen in training, and saved as
safetensors plus a JSON config: nothing that runs code when loaded.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from slant._errors import DependencyError, ModelError, NotFittedError
from slant.techniques._explain import TECHNIQUES
from slant.techniques._features import (
    hash_features,
    normalise_phrase,
    sentence_spans,
    span_features,
    token_features,
    token_spans,
)

__all__ = ["SpanTagger", "TechniqueClassifier"]

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


def _save(
    path: Path, kind: str, params: dict[str, Any], arrays: dict[str, NDArray[Any]], extra: dict[str, Any]
) -> None:
    from safetensors.numpy import save_file

    path.mkdir(parents=True, exist_ok=True)
    save_file({k: np.ascontiguousarray(v) for k, v in arrays.items()}, str(path / f"{kind}.safetensors"))
    config = {"__cls__": kind, "params": params, **extra}
    (path / f"{kind}.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _load(path: Path, kind: str) -> tuple[dict[str, Any], dict[str, NDArray[Any]]]:
    from safetensors.numpy import load_file

    config_file, weights_file = path / f"{kind}.json", path / f"{kind}.safetensors"
    if not config_file.is_file() or not weights_file.is_file():
        raise ModelError(
            f"expected {kind}.json and {kind}.safetensors in {str(path)!r}; train a model with "
            "`slant train techniques --data DIR --out DIR`"
        )
    try:
        config = json.loads(config_file.read_text(encoding="utf-8"))
        arrays = load_file(str(weights_file))
    except (OSError, ValueError) as error:
        raise ModelError(
            f"the model files in {str(path)!r} are unreadable ({error}); retrain or reinstall"
        ) from error
    if config.get("__cls__") != kind:
        raise ModelError(f"expected a {kind} model in {str(path)!r}; found {config.get('__cls__')!r}")
    return config, arrays


class SpanTagger:
    """Propaganda span identification: a per-token logistic model decoded into spans.

    Each token gets a probability of lying inside a propaganda span from its own, its neighbours'
    and its sentence's features; spans are runs of tokens at or above ``low`` that contain a token
    at or above ``high``, bridging up to ``max_gap`` weaker tokens, within one sentence. ``high``,
    ``low`` and ``max_gap`` are tuned on held-out data (see :mod:`slant.techniques._train`).

    Args:
        n_bits: hashed feature space size, ``2**n_bits`` buckets.
        C: inverse L2 regularisation strength of the logistic regression.
        high: a span must contain a token at least this probable.
        low: a span extends over tokens at least this probable.
        max_gap: weaker tokens bridged inside one span.
        random_state: seed for the solver.
    """

    def __init__(
        self,
        *,
        n_bits: int = 20,
        C: float = 0.05,
        high: float = 0.3,
        low: float = 0.2,
        max_gap: int = 1,
        random_state: int | None = 0,
    ) -> None:
        self.n_bits = n_bits
        self.C = C
        self.high = high
        self.low = low
        self.max_gap = max_gap
        self.random_state = random_state

    def get_params(self) -> dict[str, Any]:
        """The constructor parameters (scikit-learn's contract)."""
        return {k: getattr(self, k) for k in ("n_bits", "C", "high", "low", "max_gap", "random_state")}

    def set_params(self, **params: Any) -> SpanTagger:
        """Change constructor parameters (the decoding thresholds need no refit)."""
        for key, value in params.items():
            if key not in self.get_params():
                raise ValueError(
                    f"unknown SpanTagger parameter {key!r}; expected one of {sorted(self.get_params())}"
                )
            setattr(self, key, value)
        return self

    # -- features -------------------------------------------------------------------------------
    def _token_rows(self, text: str) -> tuple[list[tuple[int, int]], list[int], list[NDArray[np.int64]]]:
        tokens: list[tuple[int, int]] = []
        sentence_of: list[int] = []
        rows: list[NDArray[np.int64]] = []
        for number, sentence in enumerate(sentence_spans(text)):
            found = token_spans(text, *sentence)
            for token, features in zip(found, token_features(text, sentence, found), strict=True):
                tokens.append(token)
                sentence_of.append(number)
                rows.append(hash_features(features, self.n_bits))
        return tokens, sentence_of, rows

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
        labels: list[bool] = []
        for text, gold in zip(texts, spans, strict=True):
            inside = np.zeros(len(text) + 1, dtype=bool)
            for start, end in gold:
                inside[start:end] = True
            tokens, _, rows = self._token_rows(text)
            all_rows.extend(rows)
            labels.extend(bool(inside[s:e].mean() > 0.5) for s, e in tokens)
        y = np.asarray(labels)
        if len(set(labels)) < 2:
            raise ValueError(
                "fit needs tokens both inside and outside propaganda spans. Got only one kind instead."
            )
        logger.info("span tagger: %d tokens, %.1f%% inside spans", len(y), 100 * y.mean())
        model = _sklearn_logistic(C=self.C, solver="liblinear", random_state=self.random_state)
        model.fit(_sparse(all_rows, self.n_bits), y)
        self.rows_, self.weights_ = _compact(model.coef_.ravel())
        self.intercept_ = float(model.intercept_[0])
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "weights_"):
            raise NotFittedError("this SpanTagger is not fitted yet; call fit() or load() first")

    def token_proba(self, text: str) -> tuple[list[tuple[int, int]], list[int], FloatArray]:
        """Tokens of ``text``, their sentence numbers, and each token's propaganda probability."""
        self._check_fitted()
        tokens, sentence_of, rows = self._token_rows(text)
        if not rows:
            return tokens, sentence_of, np.zeros(0, dtype=np.float32)
        lengths = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
        weights = _lookup(self.rows_, self.weights_, np.concatenate(rows))[:, 0]
        scores = np.add.reduceat(weights, np.concatenate([[0], np.cumsum(lengths)[:-1]])) + self.intercept_
        return tokens, sentence_of, (1.0 / (1.0 + np.exp(-scores))).astype(np.float32)

    def predict(self, text: str) -> list[tuple[int, int, float]]:
        """Propaganda spans of ``text`` as ``(start, end, score)``; score = the span's mean token probability."""
        tokens, sentence_of, proba = self.token_proba(text)
        return decode_spans(tokens, sentence_of, proba, high=self.high, low=self.low, max_gap=self.max_gap)

    # -- persistence ----------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write ``span_tagger.json`` and ``span_tagger.safetensors`` into the folder ``path``."""
        self._check_fitted()
        _save(
            Path(path),
            "span_tagger",
            self.get_params(),
            {"rows": self.rows_, "weights": self.weights_.astype(np.float16)},
            {"intercept": self.intercept_},
        )

    @classmethod
    def load(cls, path: str | Path) -> SpanTagger:
        """Read a tagger written by :meth:`save`."""
        config, arrays = _load(Path(path), "span_tagger")
        tagger = cls(**config["params"])
        tagger.rows_ = arrays["rows"].astype(np.int64)
        tagger.weights_ = arrays["weights"].astype(np.float32)
        tagger.intercept_ = float(config["intercept"])
        return tagger


def decode_spans(
    tokens: Sequence[tuple[int, int]],
    sentence_of: Sequence[int],
    proba: FloatArray,
    *,
    high: float,
    low: float,
    max_gap: int,
) -> list[tuple[int, int, float]]:
    """Turn token probabilities into spans: hysteresis thresholds, gap bridging, never across sentences."""
    spans: list[tuple[int, int, float]] = []
    n = len(tokens)
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
        window = proba[first : last + 1]
        if float(window.max()) >= high:
            spans.append((tokens[first][0], tokens[last][1], float(window.mean())))
        i = last + 1
    return spans


class TechniqueClassifier:
    """Technique classification of a given span: multinomial logistic regression on hashed features.

    Features are the span's words, word pairs and character n-grams, its left and right context, its
    length, punctuation around it, and how often its words recur in the whole page (Repetition).

    Args:
        n_bits: hashed feature space size.
        C: inverse L2 regularisation strength.
        random_state: seed for the solver.
    """

    def __init__(self, *, n_bits: int = 18, C: float = 5.0, random_state: int | None = 0) -> None:
        self.n_bits = n_bits
        self.C = C
        self.random_state = random_state

    def get_params(self) -> dict[str, Any]:
        """The constructor parameters (scikit-learn's contract)."""
        return {"n_bits": self.n_bits, "C": self.C, "random_state": self.random_state}

    def _row(
        self, text: str, start: int, end: int, counts: Counter[str]
    ) -> tuple[NDArray[np.int64], FloatArray]:
        features = span_features(text, start, end, counts)
        indices = hash_features(features, self.n_bits)
        unique, inverse = np.unique(indices, return_inverse=True)
        values = np.bincount(inverse).astype(np.float32)
        values = np.log1p(values)
        values /= max(float(np.sqrt((values**2).sum())), 1e-9)
        return unique, values.astype(np.float32)

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
        rows, values = self._rows(items, contexts)
        model = _sklearn_logistic(C=self.C, max_iter=300, random_state=self.random_state)
        model.fit(_sparse(rows, self.n_bits, values=values), np.asarray(labels))
        self.classes_ = tuple(str(c) for c in model.classes_)
        self.rows_, self.weights_ = _compact(model.coef_.T)
        self.intercept_ = model.intercept_.astype(np.float32)
        return self

    def _rows(
        self, items: Sequence[tuple[str, int, int]], contexts: Sequence[str] | None
    ) -> tuple[list[NDArray[np.int64]], list[FloatArray]]:
        rows: list[NDArray[np.int64]] = []
        values: list[FloatArray] = []
        cache: dict[int, Counter[str]] = {}
        for number, (text, start, end) in enumerate(items):
            context = contexts[number] if contexts is not None else text
            key = id(context)
            if key not in cache:
                cache[key] = word_counts(context)
            row, value = self._row(text, start, end, cache[key])
            rows.append(row)
            values.append(value)
        return rows, values

    def predict_proba(
        self, items: Sequence[tuple[str, int, int]], *, contexts: Sequence[str] | None = None
    ) -> FloatArray:
        """Probabilities, one row per span, one column per technique in ``classes_``."""
        if not hasattr(self, "weights_"):
            raise NotFittedError("this TechniqueClassifier is not fitted yet; call fit() or load() first")
        if not items:
            return np.zeros((0, len(self.classes_)), dtype=np.float32)
        rows, values = self._rows(items, contexts)
        scores = np.empty((len(rows), len(self.classes_)), dtype=np.float32)
        for i, (row, value) in enumerate(zip(rows, values, strict=True)):
            scores[i] = value @ _lookup(self.rows_, self.weights_, row) + self.intercept_
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def predict(
        self, items: Sequence[tuple[str, int, int]], *, contexts: Sequence[str] | None = None
    ) -> list[str]:
        """The most probable technique for each span."""
        proba = self.predict_proba(items, contexts=contexts)
        return [self.classes_[i] for i in proba.argmax(axis=1)]

    def save(self, path: str | Path) -> None:
        """Write ``technique_classifier.json`` and ``.safetensors`` into the folder ``path``."""
        if not hasattr(self, "weights_"):
            raise NotFittedError("this TechniqueClassifier is not fitted yet; call fit() before save()")
        _save(
            Path(path),
            "technique_classifier",
            self.get_params(),
            {"rows": self.rows_, "weights": self.weights_.astype(np.float16), "intercept": self.intercept_},
            {"classes": list(self.classes_)},
        )

    @classmethod
    def load(cls, path: str | Path) -> TechniqueClassifier:
        """Read a classifier written by :meth:`save`."""
        config, arrays = _load(Path(path), "technique_classifier")
        model = cls(**config["params"])
        model.classes_ = tuple(config["classes"])
        model.rows_ = arrays["rows"].astype(np.int64)
        model.weights_ = arrays["weights"].astype(np.float32)
        model.intercept_ = arrays["intercept"].astype(np.float32)
        if model.weights_.shape[1] != len(model.classes_) or not math.isfinite(float(model.weights_.sum())):
            raise ModelError(
                f"the technique classifier in {str(path)!r} is inconsistent; retrain or reinstall"
            )
        return model


def word_counts(text: str) -> Counter[str]:
    """How often each lower-cased word and word pair occurs in ``text`` (for Repetition features)."""
    words = normalise_phrase(text).split()
    counts: Counter[str] = Counter(words)
    counts.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return counts
