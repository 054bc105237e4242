"""The paraphrase model: a calibrated probability that a comment sentence restates an article sentence.

One feature, the cosine of the two sentences' multilingual USE embeddings (the encoder the toxicity
model already loads). On the dev pages of the labelled set, a logistic regression on it alone was as
good as every richer candidate measured (all-MiniLM-L6-v2, content-word overlap, negation, the
margin to the second-best sentence, and their combinations: docs/benchmarks.md, "Paraphrase
echoes"), so the model is Platt scaling of that cosine, fitted on *claims* (each comment sentence
with its most similar article sentence, right or wrong): the probability shown is the chance that
such a claim is a true paraphrase. ``threshold_`` is the lowest probability at which the claims of
the training pages keep ``precision_target`` precision.

Follows scikit-learn's estimator contract: ``__init__`` stores parameters, ``fit`` validates them and
returns ``self``, learned attributes end in ``_``; fitting needs scikit-learn (``slant[train]``),
predicting numpy alone. Saved as JSON with a model card (:meth:`save`, :meth:`load`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from slant._errors import ModelError
from slant._extras import require_extra
from slant._models import header, read_header, read_json
from slant._params import Estimator

__all__ = ["MODEL_CLASS", "ParaphraseModel", "threshold_for_precision"]

logger = logging.getLogger(__name__)

#: The ``__cls__`` tag of the saved model.
MODEL_CLASS = "slant.paraphrase.ParaphraseModel"
#: The one feature, in the order of ``coef_``.
FEATURES = ("use_cosine",)

Floats = npt.NDArray[np.float64]


def threshold_for_precision(probabilities: Floats, right: npt.NDArray[np.bool_], target: float) -> float:
    """The lowest probability at which the claims scored at or above it are at least ``target`` precise.

    The deepest cut that meets the target, read down the claims from the most probable; 1.0 (claim
    nothing) when no cut does.
    """
    order = np.argsort(-probabilities, kind="stable")
    hits = np.cumsum(right[order])
    precision = hits / np.arange(1, len(order) + 1)
    meeting = np.flatnonzero(precision >= target)
    if not len(meeting):
        return 1.0
    return float(probabilities[order][meeting.max()])


class ParaphraseModel(Estimator):
    """Platt-scaled sentence similarity with a threshold for a stated precision.

    Args:
        C: inverse regularisation strength of the logistic regression.
        precision_target: the precision the threshold keeps on the training claims.
        random_state: seed for the solver.
    """

    coef_: Floats
    intercept_: float
    threshold_: float
    n_claims_: int
    model_card_: dict[str, Any]

    def __init__(
        self, *, C: float = 1.0, precision_target: float = 0.8, random_state: int | None = 0
    ) -> None:
        self.C = C
        self.precision_target = precision_target
        self.random_state = random_state

    def _check_params(self) -> None:
        if not (isinstance(self.C, int | float) and self.C > 0):
            raise ValueError(f"C must be a positive number. Got {self.C!r} instead.")
        if not (isinstance(self.precision_target, int | float) and 0.0 < self.precision_target <= 1.0):
            raise ValueError(
                f"precision_target must be a number in (0, 1]. Got {self.precision_target!r} instead."
            )

    def fit(
        self, similarity: Sequence[float] | Floats, right: Sequence[bool] | npt.NDArray[np.bool_]
    ) -> ParaphraseModel:
        """Fit on claims: each comment sentence's cosine to its best article sentence, and whether
        that article sentence is the one it paraphrases.

        Raises:
            ValueError: bad parameters, or inputs of different lengths or of one class only.
            DependencyError: scikit-learn is not installed.
        """
        self._check_params()
        x = np.asarray(similarity, dtype=np.float64).reshape(-1, 1)
        y = np.asarray(right, dtype=bool)
        if len(x) != len(y):
            raise ValueError(f"similarity and right must have one length. Got {len(x)} and {len(y)} instead.")
        if y.all() or not y.any():
            raise ValueError("right must hold both true and false claims. Got one class only instead.")
        require_extra("train", purpose="fitting the paraphrase model", modules=("sklearn",))
        from sklearn.linear_model import LogisticRegression

        regression = LogisticRegression(C=self.C, random_state=self.random_state, max_iter=1000).fit(x, y)
        self.coef_ = regression.coef_.ravel().astype(np.float64)
        self.intercept_ = float(regression.intercept_[0])
        self.threshold_ = threshold_for_precision(self.predict_proba(x[:, 0]), y, self.precision_target)
        self.n_claims_ = len(y)
        return self

    def predict_proba(self, similarity: Sequence[float] | Floats) -> Floats:
        """The probability that each claim (a cosine) is a true paraphrase."""
        self._check_fitted()
        x = np.asarray(similarity, dtype=np.float64)
        z = x * float(self.coef_[0]) + self.intercept_
        out: Floats = 1.0 / (1.0 + np.exp(-z))
        return out

    def predict(self, similarity: Sequence[float] | Floats) -> npt.NDArray[np.bool_]:
        """Whether each claim passes the threshold."""
        out: npt.NDArray[np.bool_] = self.predict_proba(similarity) >= self.threshold_
        return out

    def save(self, file: str | Path, *, model_card: dict[str, Any]) -> None:
        """Write the fitted model and its ``model_card`` (data, metrics, encoder) as one JSON file."""
        self._check_fitted()
        settings = {
            **header(
                MODEL_CLASS,
                labels=["paraphrase"],
                thresholds={"paraphrase": self.threshold_},
                provenance={"random_state": self.random_state, "n_claims": self.n_claims_},
            ),
            "params": {
                "C": self.C,
                "precision_target": self.precision_target,
                "random_state": self.random_state,
            },
            "features": list(FEATURES),
            "coef": [float(c) for c in self.coef_],
            "intercept": self.intercept_,
            "model_card": model_card,
        }
        Path(file).write_text(json.dumps(settings, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, file: str | Path) -> ParaphraseModel:
        """Read a model :meth:`save` wrote.

        Raises:
            ModelError: the file is missing, damaged, of another model, or of other features.
        """
        settings = read_json(file, kind="paraphrase")
        read_header(settings, file, cls=MODEL_CLASS, kind="paraphrase")
        if settings.get("features") != list(FEATURES) or len(settings.get("coef", ())) != len(FEATURES):
            raise ModelError(
                f"{str(file)!r} reads features {settings.get('features')!r}, expected {list(FEATURES)!r}"
            )
        model = cls(**settings["params"])
        model.coef_ = np.asarray(settings["coef"], dtype=np.float64)
        model.intercept_ = float(settings["intercept"])
        model.threshold_ = float(settings["thresholds"]["paraphrase"])
        model.n_claims_ = int(settings["provenance"]["n_claims"])
        model.model_card_ = dict(settings.get("model_card", {}))
        return model
