"""The toxicity model: one calibrated logistic head per label over hashed n-grams of de-obfuscated text.

It follows scikit-learn's estimator contract (``__init__`` stores parameters, ``fit`` learns the
attributes ending in ``_`` and returns ``self``, ``random_state`` seeds it, :class:`NotFittedError`
before ``fit``), but predicts with numpy alone: scikit-learn is needed only to train (the ``train``
extra). Saved as safetensors weights plus JSON settings and a model card; nothing that runs code
when loaded.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from slant import _models
from slant._errors import DependencyError, ModelError
from slant._params import Estimator
from slant.toxicity._features import FeatureMatrix, HashingFeaturizer, Marker
from slant.toxicity._folder import CONFIG_FILE, read_card, read_config, write_texts
from slant.toxicity._labels import LABELS
from slant.toxicity._normalize import Normalized, Normalizer
from slant.toxicity._units import split_units
from slant.toxicity._weak import rule_hits

__all__ = ["MODEL_CLASS_TAG", "TokenContributions", "ToxicityModel"]

logger = logging.getLogger(__name__)

#: Written into config.json; :meth:`ToxicityModel.load` refuses other kinds of model.
MODEL_CLASS_TAG = "slant.toxicity.ToxicityModel"
_WEIGHTS_FILE = "model.safetensors"

Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class TokenContributions:
    """How much each normalised token of one text pushes each label's score.

    Attributes:
        normalized: the text's tokens and their offsets in the original text.
        contributions: ``(n_tokens, n_labels)`` additions to each label's logit (before calibration).
    """

    normalized: Normalized
    contributions: Floats


def _sigmoid(z: Floats) -> Floats:
    out: Floats = 1.0 / (1.0 + np.exp(-np.clip(z, -35.0, 35.0)))
    return out


class ToxicityModel(Estimator):
    """Seven calibrated toxicity heads (see :data:`~slant.toxicity.LABELS`) over hashed n-grams.

    Args:
        n_bits: log2 of the number of hashed features (18 keeps the shipped model near 4 MB).
        char_ngrams: smallest and largest character n-gram length.
        word_ngrams: smallest and largest word n-gram length.
        C: inverse L2 regularisation strength of each logistic head.
        lexicon: swear words and slurs the normaliser resolves obfuscations against (most common first).
        rule_features: add one feature per hit of the weak rules for calls for violence and
            dehumanization (:func:`~slant.toxicity._weak.rule_hits`).
        aggregate: ``"units"`` scores each sentence-like unit of a text (:func:`~slant.toxicity._units.split_units`)
            and keeps each label's highest logit; ``"text"`` scores the whole text as one bag of n-grams.
        char_within_words: character n-grams stay inside words (scikit-learn's ``char_wb``).
        random_state: seed for the solver.
    """

    # Learned state, set by fit (or load); declared for type checkers only.
    coef_: npt.NDArray[np.float32]
    intercept_: npt.NDArray[np.float32]
    calibration_: npt.NDArray[np.float32]
    thresholds_: npt.NDArray[np.float32]
    span_threshold_: float
    model_card_: str

    def __init__(
        self,
        *,
        n_bits: int = 18,
        char_ngrams: tuple[int, int] = (2, 5),
        word_ngrams: tuple[int, int] = (1, 2),
        C: float = 4.0,
        lexicon: Sequence[str] = (),
        rule_features: bool = True,
        aggregate: str = "units",
        char_within_words: bool = True,
        random_state: int | None = 0,
    ) -> None:
        self.n_bits = n_bits
        self.char_ngrams = char_ngrams
        self.word_ngrams = word_ngrams
        self.C = C
        self.lexicon = lexicon
        self.rule_features = rule_features
        self.aggregate = aggregate
        self.char_within_words = char_within_words
        self.random_state = random_state

    # -- scikit-learn style parameters -------------------------------------------------------

    def _check_params(self) -> None:
        if not isinstance(self.n_bits, int) or not 8 <= self.n_bits <= 24:
            raise ValueError(f"n_bits must be an int in [8, 24]. Got {self.n_bits!r} instead.")
        for name, (lo, hi) in (("char_ngrams", self.char_ngrams), ("word_ngrams", self.word_ngrams)):
            if not 1 <= lo <= hi:
                raise ValueError(f"{name} must be (min, max) with 1 <= min <= max. Got {(lo, hi)!r} instead.")
        if self.word_ngrams[1] > 2:
            raise ValueError(f"word_ngrams must not go beyond 2. Got {self.word_ngrams!r} instead.")
        if not (isinstance(self.C, int | float) and self.C > 0):
            raise ValueError(f"C must be a positive number. Got {self.C!r} instead.")
        if self.aggregate not in ("units", "text"):
            raise ValueError(f"aggregate must be 'units' or 'text'. Got {self.aggregate!r} instead.")

    # -- helpers -----------------------------------------------------------------------------

    @property
    def normalizer_(self) -> Normalizer:
        """The normaliser built from ``lexicon`` (made once per model)."""
        cached: Normalizer | None = getattr(self, "_normalizer", None)
        if cached is None:
            cached = Normalizer(self.lexicon)
            self._normalizer = cached
        return cached

    @property
    def featurizer_(self) -> HashingFeaturizer:
        """The featuriser these parameters describe."""
        return HashingFeaturizer(
            n_bits=self.n_bits,
            char_ngrams=(self.char_ngrams[0], self.char_ngrams[1]),
            word_ngrams=(self.word_ngrams[0], self.word_ngrams[1]),
            within_words=self.char_within_words,
        )

    def features(self, texts: Sequence[str]) -> FeatureMatrix:
        """Normalise and featurise ``texts``."""
        normalizer = self.normalizer_
        flat = [normalizer(t).text for t in texts]
        return self.featurizer_.transform(flat, self._markers(flat))

    def _markers(self, flat: Sequence[str]) -> list[list[Marker]] | None:
        """The weak rules' hits as extra features, when ``rule_features`` is on."""
        if not self.rule_features:
            return None
        return [rule_hits(text) for text in flat]

    # -- learning ----------------------------------------------------------------------------

    def fit(
        self,
        texts: Sequence[str],
        Y: npt.ArrayLike,
        *,
        sample_weight: npt.ArrayLike | None = None,
        eval_set: tuple[Sequence[str], npt.ArrayLike] | None = None,
    ) -> ToxicityModel:
        """Learn one logistic head per label, then calibrate and pick thresholds on ``eval_set``.

        Args:
            texts: raw comment texts.
            Y: ``(n_texts, 7)`` targets in [0, 1] in :data:`LABELS` order; NaN where a data set says
                nothing about a label (that row is left out of that head). Targets >= 0.5 are positive.
            sample_weight: per-text weights (to balance data sets), or None.
            eval_set: held-in ``(texts, Y)`` for Platt calibration and thresholds; without it the
                heads stay uncalibrated and thresholds are 0.5.

        Returns:
            self.
        """
        self._check_params()
        targets = np.asarray(Y, dtype=np.float64)
        if targets.shape != (len(texts), len(LABELS)):
            raise ValueError(
                f"Y must have shape (n_texts, {len(LABELS)}) = ({len(texts)}, {len(LABELS)}). "
                f"Got {targets.shape} instead."
            )
        weights = (
            np.ones(len(texts)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        )
        try:
            from scipy.sparse import csr_matrix  # type: ignore[import-untyped]
            from sklearn.linear_model import LogisticRegression
        except ImportError as error:
            raise DependencyError(
                "training the toxicity model needs scikit-learn; install it with: pip install 'slant[train]'"
            ) from error
        matrix = self._features_in_chunks(texts)
        X = csr_matrix((matrix.data, matrix.indices, matrix.indptr), shape=(matrix.n_rows, matrix.n_features))
        coef = np.zeros((len(LABELS), matrix.n_features), dtype=np.float32)
        intercept = np.zeros(len(LABELS), dtype=np.float32)
        for k, label in enumerate(LABELS):
            known = ~np.isnan(targets[:, k])
            y = (targets[known, k] >= 0.5).astype(np.int64)
            if len(np.unique(y)) < 2:
                raise ValueError(
                    f"label {label!r} needs positive and negative examples to be learnt; got only {set(y.tolist())}"
                )
            head = LogisticRegression(
                C=self.C, solver="liblinear", random_state=self.random_state, max_iter=200
            )
            head.fit(X[known], y, sample_weight=weights[known])
            coef[k] = head.coef_[0]
            intercept[k] = head.intercept_[0]
            logger.info(
                "toxicity head %-16s trained on %d texts (%d positive)", label, int(known.sum()), int(y.sum())
            )
        self.coef_ = coef
        self.intercept_ = intercept
        self.calibration_ = np.tile(np.array([1.0, 0.0], dtype=np.float32), (len(LABELS), 1))
        self.thresholds_ = np.full(len(LABELS), 0.5, dtype=np.float32)
        self._set_inference_weights()
        if eval_set is not None:
            self._calibrate(eval_set[0], np.asarray(eval_set[1], dtype=np.float64))
        return self

    def _features_in_chunks(self, texts: Sequence[str], chunk: int = 4000) -> FeatureMatrix:
        """Featurise a large list in pieces, so the hashing arrays stay small in memory."""
        parts = [self.features(texts[i : i + chunk]) for i in range(0, len(texts), chunk)]
        indptr = [np.zeros(1, dtype=np.int64)]
        offset = 0
        for part in parts:
            indptr.append(part.indptr[1:] + offset)
            offset += int(part.indptr[-1])
        return FeatureMatrix(
            np.concatenate(indptr),
            np.concatenate([p.indices for p in parts]),
            np.concatenate([p.data for p in parts]),
            self.featurizer_.n_features,
        )

    def _calibrate(self, texts: Sequence[str], targets: Floats) -> None:
        """Platt-scale each head on held-in data, then pick the threshold with the best F1."""
        from sklearn.linear_model import LogisticRegression

        logits = self.decision_function(texts)
        for k, label in enumerate(LABELS):
            known = ~np.isnan(targets[:, k])
            y = (targets[known, k] >= 0.5).astype(np.int64)
            if len(np.unique(y)) < 2:
                logger.warning("cannot calibrate %s: the evaluation set has one class only", label)
                continue
            platt = LogisticRegression(C=1e4, solver="lbfgs")
            platt.fit(logits[known, k : k + 1], y)
            self.calibration_[k] = (platt.coef_[0, 0], platt.intercept_[0])
            probs = _sigmoid(self.calibration_[k, 0] * logits[known, k] + self.calibration_[k, 1])
            self.thresholds_[k] = best_f1_threshold(probs, y)

    def _set_inference_weights(self) -> None:
        # (n_features, n_labels) float32: gathering rows is what inference does per n-gram.
        self._weights = np.ascontiguousarray(self.coef_.T, dtype=np.float32)

    # -- prediction --------------------------------------------------------------------------

    def decision_function(self, texts: Sequence[str]) -> Floats:
        """Uncalibrated logits, ``(n_texts, 7)``: per label, the highest over the text's units."""
        self._check_fitted()
        if len(texts) == 0:
            return np.zeros((0, len(LABELS)))
        if self.aggregate == "text":
            return self._logits(texts)
        pieces: list[str] = []
        owners: list[int] = []
        for i, text in enumerate(texts):
            units = split_units(text) or [(0, len(text))]
            pieces.extend(text[s:e] for s, e in units)
            owners.extend([i] * len(units))
        unit_logits = self._logits(pieces)
        out: Floats = np.full((len(texts), len(LABELS)), -np.inf)
        np.maximum.at(out, np.asarray(owners), unit_logits)
        return out

    def _logits(self, texts: Sequence[str]) -> Floats:
        """Logits of each text as one bag of n-grams."""
        out: Floats = self.features(texts).dot(self._weights) + self.intercept_.astype(np.float64)
        return out

    def predict_proba(self, texts: Sequence[str]) -> Floats:
        """Calibrated probabilities, ``(n_texts, 7)`` in :data:`LABELS` order."""
        return self.calibrate(self.decision_function(texts))

    def calibrate(self, logits: Floats) -> Floats:
        """Calibrated probabilities from logits of :meth:`decision_function` (Platt scaling per label)."""
        return _sigmoid(logits * self.calibration_[:, 0] + self.calibration_[:, 1])

    def predict(self, texts: Sequence[str]) -> npt.NDArray[np.bool_]:
        """Whether each label's probability reaches its chosen threshold, ``(n_texts, 7)``."""
        return self.predict_proba(texts) >= self.thresholds_

    def explain(self, text: str) -> TokenContributions:
        """How much each normalised token of ``text`` adds to each label's logit; see :meth:`explain_many`."""
        return self.explain_many([text])[0]

    def explain_many(self, texts: Sequence[str]) -> list[TokenContributions]:
        """How much each normalised token of each text adds to each label's logit.

        Each n-gram's weight times its feature value is shared equally among the tokens it touches;
        within each unit (the whole text when ``aggregate="text"``) the contributions of its tokens
        plus the intercept add up to the unit's logit. Token offsets point into the original texts.
        All texts are explained in one vectorised pass.
        """
        self._check_fitted()
        unit_spans: list[list[tuple[int, int]]] = []
        for text in texts:
            units = split_units(text) if self.aggregate == "units" else []
            unit_spans.append(units if len(units) > 1 else [(0, len(text))])
        pieces = [text[s:e] for text, units in zip(texts, unit_spans, strict=True) for s, e in units]
        normalized = [self.normalizer_(piece) for piece in pieces]
        flat = [n.text for n in normalized]
        featurizer = self.featurizer_
        grams = featurizer.grams(flat, self._markers(flat))
        # Each token's place in the batch string: unit offset + 1 (padding space) + its place in the unit.
        lengths = np.array([len(t) for n in normalized for t in n.tokens], dtype=np.int64)
        n_tokens = np.array([len(n.tokens) for n in normalized], dtype=np.int64)
        token_unit = np.repeat(np.arange(len(pieces)), n_tokens)
        first_token = np.concatenate([[0], np.cumsum(n_tokens)])
        within = np.concatenate([[0], np.cumsum(lengths + 1)])[:-1]
        within = within - within[first_token[:-1][token_unit]] if len(lengths) else within
        token_starts = grams.offsets[token_unit] + 1 + within
        token_ends = token_starts + lengths
        contributions = np.zeros((len(lengths), len(LABELS)))
        if len(lengths):
            keys = (grams.rows << featurizer.n_bits) | grams.buckets
            unique, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
            values = 1.0 + np.log(counts)
            norms = np.sqrt(
                np.bincount(unique >> featurizer.n_bits, weights=values**2, minlength=len(pieces))
            )
            norms[norms == 0] = 1.0
            # Each occurrence carries its feature's value / count, so a text's occurrences add up to it.
            per_value = values[inverse] / counts[inverse] / norms[grams.rows]
            per_occurrence = self._weights[grams.buckets] * per_value.astype(np.float32)[:, None]
            lo = first_token[grams.rows]
            hi = first_token[grams.rows + 1] - 1
            has_tokens = hi >= lo
            first = np.clip(np.searchsorted(token_ends, grams.starts, side="right"), lo, np.maximum(hi, lo))
            last = np.clip(
                np.searchsorted(token_starts, grams.ends, side="left") - 1, first, np.maximum(hi, lo)
            )
            # Most n-grams lie inside one token; only the few that span several are shared out.
            single = (last == first) & has_tokens
            indices, shares = [first[single]], [per_occurrence[single]]
            spread = np.flatnonzero((last > first) & has_tokens)
            width = (last[spread] - first[spread] + 1)[:, None]
            for offset in range(int(width.max(initial=1))):
                keep = offset < width[:, 0]
                indices.append(first[spread][keep] + offset)
                shares.append(per_occurrence[spread][keep] / width[keep])
            index, weight = np.concatenate(indices), np.concatenate(shares)
            for k in range(len(LABELS)):
                contributions[:, k] = np.bincount(index, weights=weight[:, k], minlength=len(lengths))
        out: list[TokenContributions] = []
        unit = 0
        for units in unit_spans:
            tokens: list[str] = []
            starts: list[int] = []
            ends: list[int] = []
            rows: list[npt.NDArray[np.float64]] = []
            for start, _ in units:
                n = normalized[unit]
                tokens.extend(n.tokens)
                starts.extend(start + s for s in n.starts)
                ends.extend(start + e for e in n.ends)
                rows.append(contributions[first_token[unit] : first_token[unit + 1]])
                unit += 1
            merged = Normalized(tuple(tokens), tuple(starts), tuple(ends))
            out.append(
                TokenContributions(merged, np.concatenate(rows) if rows else np.zeros((0, len(LABELS))))
            )
        return out

    # -- persistence -------------------------------------------------------------------------

    def save(
        self, folder: str | Path, *, model_card: str = "", metrics: dict[str, Any] | None = None
    ) -> None:
        """Write ``model.safetensors``, ``config.json``, ``MODEL_CARD.md`` (and ``metrics.json``) to ``folder``."""
        self._check_fitted()
        from safetensors.numpy import save_file

        path = Path(folder)
        path.mkdir(parents=True, exist_ok=True)
        save_file(
            {
                "coef": self.coef_.astype(np.float16),
                "intercept": self.intercept_.astype(np.float32),
                "calibration": self.calibration_.astype(np.float32),
                "thresholds": self.thresholds_.astype(np.float32),
                "span_threshold": np.array([getattr(self, "span_threshold_", 0.25)], dtype=np.float32),
            },
            str(path / _WEIGHTS_FILE),
        )
        params = self.get_params(deep=False)
        params["lexicon"] = list(self.lexicon)
        thresholds = {label: float(t) for label, t in zip(LABELS, self.thresholds_, strict=True)}
        thresholds["span"] = float(getattr(self, "span_threshold_", 0.25))
        provenance: dict[str, Any] = {
            k: metrics[k] for k in ("seed", "data_digest") if metrics and k in metrics
        }
        config = {
            **_models.header(MODEL_CLASS_TAG, labels=LABELS, thresholds=thresholds, provenance=provenance),
            "params": params,
        }
        write_texts(path, config, model_card=model_card, metrics=metrics)

    @classmethod
    def load(cls, folder: str | Path) -> ToxicityModel:
        """Load a model written by :meth:`save`.

        Raises:
            ModelError: the folder lacks the files, or they hold another kind of model.
        """
        path = Path(folder)
        config = read_config(path, weights_file=_WEIGHTS_FILE, cls=MODEL_CLASS_TAG, what="toxicity model")
        config_path, weights_path = path / CONFIG_FILE, path / _WEIGHTS_FILE
        with _models.reading(config_path, kind="toxicity"):
            params = dict(config["params"])
            params["char_ngrams"] = tuple(params["char_ngrams"])
            params["word_ngrams"] = tuple(params["word_ngrams"])
            params["lexicon"] = tuple(params["lexicon"])
            model = cls(**params)
            model._check_params()
        tensors = _models.read_tensors(weights_path, kind="toxicity")
        expected = (len(LABELS), 1 << model.n_bits)
        if tensors.get("coef") is None or tensors["coef"].shape != expected:
            raise ModelError(
                f"{weights_path} holds weights of the wrong shape (expected {expected}); retrain the model"
            )
        with _models.reading(weights_path, kind="toxicity"):
            model.coef_ = tensors["coef"].astype(np.float32)
            model.intercept_ = tensors["intercept"].astype(np.float32)
            model.calibration_ = tensors["calibration"].astype(np.float32)
            model.thresholds_ = tensors["thresholds"].astype(np.float32)
            n = len(LABELS)
            shapes = (model.intercept_.shape, model.calibration_.shape, model.thresholds_.shape)
            if shapes != ((n,), (n, 2), (n,)):
                raise ValueError(f"intercept, calibration and thresholds of shapes {shapes}")
            if "span_threshold" in tensors:
                model.span_threshold_ = float(tensors["span_threshold"][0])
            model._set_inference_weights()
        model.model_card_ = read_card(path)
        return model


def best_f1_threshold(probs: Floats, y: npt.NDArray[np.int64]) -> float:
    """The probability threshold with the highest F1 on ``(probs, y)``."""
    order = np.argsort(-probs, kind="stable")
    sorted_probs, sorted_y = probs[order], y[order]
    true_pos = np.cumsum(sorted_y)
    predicted = np.arange(1, len(y) + 1)
    f1 = 2 * true_pos / (predicted + max(int(y.sum()), 1))
    # Only cut between distinct probabilities.
    distinct = np.r_[sorted_probs[1:] != sorted_probs[:-1], True]
    f1 = np.where(distinct, f1, -1.0)
    best = int(np.argmax(f1))
    return float(sorted_probs[best]) if not math.isnan(float(sorted_probs[best])) else 0.5
