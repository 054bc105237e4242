"""Two technique classifiers in a cascade: the fast one decides where it is sure, the contextual one elsewhere.

The contextual classifier (the span encoder's vector among its features) is the more accurate, but
its encoder costs more than everything else in the techniques annotator. On dev and on held-out
train articles, sending only the spans the fast classifier gives less than ``route_below`` of
probability (a third to a half of them) to the contextual one keeps all of its gain
(docs/models/techniques.md): the spans the fast classifier is sure of, it mostly gets right.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from slant import _models
from slant._errors import ModelError
from slant.techniques._model import KIND, FloatArray, TechniqueClassifier, softmax

__all__ = ["CascadeClassifier"]

_CONFIG = "cascade.json"
#: File-name stem of the contextual classifier inside a model folder.
CONTEXTUAL = "technique_classifier_contextual"


def _log_proba(scores: FloatArray, temperature: float) -> FloatArray:
    return np.log(np.maximum(softmax(scores, temperature), 1e-12)).astype(np.float32)


class CascadeClassifier:
    """Route each span to ``fast`` or ``contextual`` by the fast classifier's confidence.

    It has the classifier interface the annotator and the PTC commands use (``classes_``,
    ``decision_function``, ``predict_proba``, ``predict``); its decision values are log
    probabilities, each from the classifier that decided, calibrated by that classifier's temperature.

    Args:
        fast: the classifier without the span encoder.
        contextual: the classifier with it; same techniques as ``fast``.
        route_below: spans whose top ``fast`` probability is below this go to ``contextual``.
    """

    temperature = 1.0  # decision values are already log probabilities

    def __init__(
        self, fast: TechniqueClassifier, contextual: TechniqueClassifier, *, route_below: float = 0.6
    ) -> None:
        if tuple(fast.classes_) != tuple(contextual.classes_):
            raise ModelError(
                "the cascade's two classifiers must know the same techniques; "
                f"got {fast.classes_} and {contextual.classes_}; retrain both"
            )
        if (fast.n_bits, fast.char_weight, fast.vectors is None) != (
            contextual.n_bits,
            contextual.char_weight,
            contextual.vectors is None,
        ) or fast.encoder is not None:
            raise ModelError(
                "the cascade's contextual classifier must be the fast one plus the span encoder (same n_bits, "
                "char_weight and word vectors; the fast one without encoder); retrain both"
            )
        self.fast = fast
        self.contextual = contextual
        self.route_below = route_below

    @property
    def classes_(self) -> tuple[str, ...]:
        """The techniques, in the order of the score columns."""
        return self.fast.classes_

    @property
    def encoder(self) -> Any:
        """The contextual classifier's span encoder."""
        return self.contextual.encoder

    def get_params(self) -> dict[str, Any]:
        """The cascade's settings and each classifier's parameters (without vectors and encoder)."""

        def plain(model: TechniqueClassifier) -> dict[str, Any]:
            return {k: v for k, v in model.get_params().items() if k not in ("vectors", "encoder")}

        return {
            "route_below": self.route_below,
            "fast": plain(self.fast),
            "contextual": plain(self.contextual),
        }

    def decision_function(
        self,
        items: Sequence[tuple[str, int, int]],
        *,
        contexts: Sequence[str] | None = None,
        routable: Sequence[bool] | None = None,
    ) -> FloatArray:
        """Log probabilities, one row per span, one column per technique in ``classes_``.

        Args:
            items: the spans, each with the text it lies in.
            contexts: the whole page each span's text belongs to (for Repetition).
            routable: per span, whether it may go to the contextual classifier (default: all may).
        """
        if not items:
            return np.zeros((0, len(self.classes_)), dtype=np.float32)
        # One set of span features for both classifiers: the spans' page-level features (peers,
        # repetition) stay computed over all the spans, not over the routed ones only.
        rows, values, dense = self.fast._matrix(items, contexts)
        out = _log_proba(self.fast._scores(rows, values, dense), self.fast.temperature)
        unsure = [int(i) for i in np.flatnonzero(np.exp(out.max(axis=1)) < self.route_below)]
        uncertain = [i for i in unsure if routable is None or routable[i]]
        if uncertain:
            encoded = self.contextual._encoded([items[i] for i in uncertain]) * np.float32(
                self.contextual.encoder_weight
            )
            extra = encoded if dense is None else np.hstack([dense[uncertain], encoded])
            scores = self.contextual._scores(
                [rows[i] for i in uncertain], [values[i] for i in uncertain], extra
            )
            out[uncertain] = _log_proba(scores, self.contextual.temperature)
        return out

    def predict_proba(
        self,
        items: Sequence[tuple[str, int, int]],
        *,
        contexts: Sequence[str] | None = None,
        routable: Sequence[bool] | None = None,
    ) -> FloatArray:
        """Probabilities, one row per span, one column per technique in ``classes_`` (arguments as above)."""
        return np.exp(self.decision_function(items, contexts=contexts, routable=routable)).astype(np.float32)

    def predict(
        self, items: Sequence[tuple[str, int, int]], *, contexts: Sequence[str] | None = None
    ) -> list[str]:
        """The most probable technique for each span."""
        return [self.classes_[i] for i in self.decision_function(items, contexts=contexts).argmax(axis=1)]

    def save(self, path: str | Path) -> None:
        """Write both classifiers and ``cascade.json`` into the folder ``path``."""
        folder = Path(path)
        self.fast.save(folder)
        self.contextual.save(folder, name=CONTEXTUAL)
        config = {"kind": "cascade", "route_below": self.route_below, "contextual": CONTEXTUAL}
        (folder / _CONFIG).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")

    @staticmethod
    def present(path: str | Path) -> bool:
        """Whether the folder ``path`` holds a cascade (else a single classifier)."""
        return (Path(path) / _CONFIG).is_file()

    @classmethod
    def load(cls, path: str | Path) -> CascadeClassifier:
        """Read a cascade written by :meth:`save`."""
        folder = Path(path)
        config = _models.read_json(folder / _CONFIG, kind=KIND)
        if config.get("kind") != "cascade":
            raise ModelError(
                f"{str(folder / _CONFIG)!r} does not describe a cascade; point at a techniques model folder"
            )
        with _models.reading(folder / _CONFIG, kind=KIND):
            contextual, route_below = str(config["contextual"]), float(config["route_below"])
        return cls(
            TechniqueClassifier.load(folder),
            TechniqueClassifier.load(folder, name=contextual),
            route_below=route_below,
        )
