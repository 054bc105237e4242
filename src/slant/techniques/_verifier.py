"""Span verification: a second look at the span tagger's candidates, with the span encoder.

The token tagger sees words and their neighbours; about half of the spans it finds on unseen PTC
articles overlap no gold span, and half of the gold spans overlap none of its spans. The verifier
decodes the tagger's token probabilities with looser thresholds (more candidates, more recall),
describes each candidate by how the tagger saw it (its token probabilities, length, place in the
sentence, whether it came from the loaded-word lexicon) and by the span encoder's vector of the
candidate's text, and keeps the candidates a logistic regression gives at least ``threshold`` of
probability that they overlap a propaganda span. It is trained on candidates that taggers fitted
without their articles produced (cross-fitting, see :mod:`slant.techniques.training._train`), so it learns
how the tagger errs on text it has not seen.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from slant import _models
from slant._params import Estimator
from slant.techniques._encoder import SpanEncoder
from slant.techniques._model import KIND, _load, _load_encoder, _save, _sklearn_logistic, token_runs

__all__ = ["CANDIDATE_FEATURES", "SpanVerifier", "candidate_features"]

logger = logging.getLogger(__name__)

FloatArray = NDArray[np.float32]

#: How many numbers :func:`candidate_features` gives each candidate.
CANDIDATE_FEATURES = 25


def _runs_with_lexicon(
    tokens: Sequence[tuple[int, int]],
    runs: Sequence[tuple[int, int]],
    lexicon_spans: Sequence[tuple[int, int, float]],
) -> list[tuple[int, int, float]]:
    """Token runs (lexicon score 0) plus each lexicon span that overlaps no run, as token indices."""
    found = [(first, last, 0.0) for first, last in runs]
    starts = np.fromiter((s for s, _ in tokens), dtype=np.int64, count=len(tokens))
    ends = np.fromiter((e for _, e in tokens), dtype=np.int64, count=len(tokens))
    for start, end, score in lexicon_spans:
        first = int(np.searchsorted(ends, start, side="right"))
        last = int(np.searchsorted(starts, end, side="left")) - 1
        if first > last or any(not (last < a or b < first) for a, b in runs):
            continue
        found.append((first, last, score))
    return found


def candidate_features(
    text: str,
    tokens: Sequence[tuple[int, int]],
    sentence_of: Sequence[int],
    proba: FloatArray,
    candidates: Sequence[tuple[int, int, float]],
    *,
    high: float,
) -> NDArray[np.float64]:
    """How the tagger saw each candidate ``(first token, last token, lexicon score)``: one row of
    :data:`CANDIDATE_FEATURES` numbers each (token probabilities inside, at and around its edges; its
    length; its sentence's length, strongest and mean token, and place in the text; its punctuation)."""
    rows = np.zeros((len(candidates), CANDIDATE_FEATURES), dtype=np.float64)
    if not candidates:
        return rows
    sentence = np.asarray(sentence_of)
    p = np.asarray(proba, dtype=np.float64)
    n_sentences = int(sentence.max()) + 1
    sentence_max = np.zeros(n_sentences)
    np.maximum.at(sentence_max, sentence, p)
    sentence_len = np.bincount(sentence, minlength=n_sentences)
    sentence_mean = np.bincount(sentence, weights=p, minlength=n_sentences) / np.maximum(sentence_len, 1)
    sentence_first = np.searchsorted(sentence, np.arange(n_sentences))  # tokens are in sentence order
    for row, (first, last, lexicon_score) in enumerate(candidates):
        inside = p[first : last + 1]
        k = sentence[first]
        length = last - first + 1
        mean = float(inside.mean())
        start, end = tokens[first][0], tokens[last][1]
        segment = text[start:end]
        clipped = min(max(mean, 1e-6), 1 - 1e-6)
        rows[row] = (
            mean,
            inside.max(),
            inside.min(),
            p[first],
            p[last],
            np.log(clipped / (1 - clipped)),
            length,
            np.log(length),
            np.log(max(end - start, 1)),
            sentence_len[k],
            length / sentence_len[k],
            first == sentence_first[k],
            last == sentence_first[k] + sentence_len[k] - 1,
            p[first - 1] if first > 0 and sentence[first - 1] == k else 0.0,
            p[last + 1] if last + 1 < len(p) and sentence[last + 1] == k else 0.0,
            lexicon_score > 0,
            lexicon_score,
            sentence_max[k],
            sentence_mean[k],
            k / n_sentences,
            k == 0,
            '"' in segment or "“" in segment,
            segment[:1].isupper(),
            segment.count(",") / length,
            float((inside >= high).mean()),
        )
    return rows


class SpanVerifier(Estimator):
    """Candidate spans from loose decoding of the tagger, kept by a logistic model over tagger and encoder.

    Args:
        high: a candidate must contain a token at least this probable (looser than the tagger's own).
        low: a candidate extends over tokens at least this probable.
        max_gap: weaker tokens bridged inside one candidate.
        C: inverse L2 regularisation strength of the logistic regression.
        encoder_weight: scale of the encoder's (unit-length) span vector next to the standardised
            tagger features.
        threshold: candidates at or above this probability are kept.
        encoder: the span encoder (None: tagger features only).
        random_state: seed for the solver.
    """

    _PARAMS = ("high", "low", "max_gap", "C", "encoder_weight", "threshold", "random_state")

    def __init__(
        self,
        *,
        high: float = 0.25,
        low: float = 0.2,
        max_gap: int = 8,
        C: float = 0.03,
        encoder_weight: float = 5.0,
        threshold: float = 0.5,
        encoder: SpanEncoder | None = None,
        random_state: int | None = 0,
    ) -> None:
        self.high = high
        self.low = low
        self.max_gap = max_gap
        self.C = C
        self.encoder_weight = encoder_weight
        self.threshold = threshold
        self.encoder = encoder
        self.random_state = random_state

    # -- candidates -----------------------------------------------------------------------------
    def candidates(
        self,
        text: str,
        tokens: Sequence[tuple[int, int]],
        sentence_of: Sequence[int],
        proba: FloatArray,
        lexicon_spans: Sequence[tuple[int, int, float]] = (),
    ) -> tuple[list[tuple[int, int]], NDArray[np.float64], FloatArray]:
        """The candidate spans ``(start, end)`` of ``text``, their tagger features and their encoder vectors."""
        runs = token_runs(sentence_of, proba, high=self.high, low=self.low, max_gap=self.max_gap)
        found = _runs_with_lexicon(tokens, runs, lexicon_spans)
        spans = [(tokens[first][0], tokens[last][1]) for first, last, _ in found]
        features = candidate_features(text, tokens, sentence_of, proba, found, high=self.high)
        dims = self.encoder.dims if self.encoder is not None else 0
        vectors = (
            self.encoder.span_vectors(text, spans)
            if self.encoder is not None and spans
            else np.zeros((len(spans), dims), dtype=np.float32)
        )
        return spans, features, vectors

    def _design(self, features: NDArray[np.float64], vectors: FloatArray) -> NDArray[np.float64]:
        scaled: NDArray[np.float64] = (features - self.mean_) / self.scale_
        if vectors.shape[1] == 0:
            return scaled
        return np.hstack([scaled, vectors.astype(np.float64) * self.encoder_weight])

    # -- fit / predict --------------------------------------------------------------------------
    def fit(
        self, features: NDArray[np.float64], vectors: FloatArray, overlaps: Sequence[bool] | NDArray[np.bool_]
    ) -> SpanVerifier:
        """Learn which candidates overlap a propaganda span.

        Args:
            features: the candidates' tagger features (:func:`candidate_features`), one row each.
            vectors: their encoder vectors (zero columns without an encoder).
            overlaps: for each candidate, whether it overlaps a gold span.
        """
        y = np.asarray(overlaps, dtype=bool)
        if not (len(features) == len(vectors) == len(y)):
            raise ValueError(
                "features, vectors and overlaps must have the same length. "
                f"Got {len(features)}, {len(vectors)} and {len(y)} instead."
            )
        if len(set(y.tolist())) < 2:
            raise ValueError(
                "fit needs candidates that overlap a span and candidates that do not. Got one kind."
            )
        self.mean_ = features.mean(axis=0)
        self.scale_ = np.where(features.std(axis=0) > 0, features.std(axis=0), 1.0)
        model = _sklearn_logistic(C=self.C, max_iter=3000, random_state=self.random_state)
        model.fit(self._design(features, vectors), y)
        self.coef_ = model.coef_.ravel().astype(np.float64)
        self.intercept_ = float(model.intercept_[0])
        logger.info("span verifier: %d candidates, %.1f%% overlap a span", len(y), 100 * y.mean())
        return self

    def predict_proba(self, features: NDArray[np.float64], vectors: FloatArray) -> NDArray[np.float64]:
        """Each candidate's probability of overlapping a propaganda span."""
        self._check_fitted("coef_")
        if len(features) == 0:
            return np.zeros(0)
        scores = self._design(features, vectors) @ self.coef_ + self.intercept_
        proba: NDArray[np.float64] = 1.0 / (1.0 + np.exp(-scores))
        return proba

    def verify(
        self,
        text: str,
        tokens: Sequence[tuple[int, int]],
        sentence_of: Sequence[int],
        proba: FloatArray,
        lexicon_spans: Sequence[tuple[int, int, float]] = (),
    ) -> list[tuple[int, int, float]]:
        """The candidates kept, as ``(start, end, probability)`` in text order."""
        spans, features, vectors = self.candidates(text, tokens, sentence_of, proba, lexicon_spans)
        kept = self.predict_proba(features, vectors)
        return sorted((s, e, float(p)) for (s, e), p in zip(spans, kept, strict=True) if p >= self.threshold)

    # -- persistence ----------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write ``span_verifier.json`` and ``span_verifier.safetensors`` into the folder ``path``."""
        self._check_fitted("coef_")
        params = {k: getattr(self, k) for k in self._PARAMS}
        arrays = {"coef": self.coef_, "mean": self.mean_, "scale": self.scale_}
        thresholds = {"threshold": self.threshold, "high": self.high, "low": self.low}
        _save(
            Path(path),
            "span_verifier",
            params,
            arrays,
            {"intercept": self.intercept_},
            labels=("propaganda",),
            thresholds=thresholds,
        )
        if self.encoder is not None:
            self.encoder.save(path)

    @staticmethod
    def present(path: str | Path) -> bool:
        """Whether the folder ``path`` holds a span verifier."""
        return (Path(path) / "span_verifier.json").is_file()

    @classmethod
    def load(cls, path: str | Path) -> SpanVerifier:
        """Read a verifier written by :meth:`save` (with the span encoder, if it uses one)."""
        config, arrays = _load(Path(path), "span_verifier")
        with _models.reading(Path(path) / "span_verifier.json", kind=KIND):
            verifier = cls(**config["params"])
            intercept = float(config["intercept"])
        with _models.reading(Path(path) / "span_verifier.safetensors", kind=KIND):
            verifier.coef_ = arrays["coef"].astype(np.float64)
            verifier.mean_ = arrays["mean"].astype(np.float64)
            verifier.scale_ = arrays["scale"].astype(np.float64)
            verifier.intercept_ = intercept
            if len(verifier.mean_) != CANDIDATE_FEATURES or len(verifier.scale_) != CANDIDATE_FEATURES:
                raise ValueError(f"{len(verifier.mean_)} feature means, expected {CANDIDATE_FEATURES}")
            if len(verifier.coef_) > CANDIDATE_FEATURES:
                verifier.encoder = _load_encoder(Path(path))
                if len(verifier.coef_) != CANDIDATE_FEATURES + verifier.encoder.dims:
                    raise ValueError(
                        f"{len(verifier.coef_)} weights for an encoder of {verifier.encoder.dims}"
                    )
        return verifier
