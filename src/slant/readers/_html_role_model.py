"""The learned line-role model: body, author or chrome for each line of a comment block (issue 14).

A multinomial logistic regression over :data:`slant.readers._html_role_features.FEATURE_NAMES`,
fitted with numpy alone (full-batch gradient descent on standardised features with an L2 penalty:
deterministic, so the same pages give the same weights) and saved as JSON with a model card. The
probabilities are the regression's own; the thresholds that act on them are chosen by
leave-one-batch-out reading (docs/bench-readers-html.md, "Sixth reading").

Follows scikit-learn's estimator contract: ``__init__`` stores parameters, ``fit`` validates them and
returns ``self``, learned attributes end in ``_``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Self

import numpy as np
import numpy.typing as npt

from slant._errors import ModelError
from slant._models import header, read_header, read_json
from slant._params import Estimator
from slant.readers._html_role_features import FEATURE_NAMES

__all__ = ["LABELS", "MODEL_CLASS", "LineRoleModel"]

#: The ``__cls__`` tag of the saved model.
MODEL_CLASS = "slant.readers.LineRoleModel"
#: The roles, in the order of the probability columns.
LABELS = ("body", "author", "chrome")

Floats = npt.NDArray[np.float64]
_HAND_COLUMNS = [
    FEATURE_NAMES.index(name)
    for name in ("in_hand", "hand_first", "hand_last", "before_hand", "after_hand", "hand_empty")
]


class LineRoleModel(Estimator):
    """Softmax regression from line features to line roles.

    Args:
        l2: the L2 penalty on the weights (not on the bias), per training row.
        iterations: gradient steps.
        learning_rate: the step size.
        use_hand: whether the model reads where the hand-written signs put the text (the ``in_hand``,
            ``hand_*``, ``before_hand`` and ``after_hand`` features); without, it reads the lines alone.
        random_state: kept for the estimator contract; the solver starts at zero and draws nothing.
    """

    # What a subclass for other lines (the text reader's) changes: its features, roles, tag and script.
    FEATURES: tuple[str, ...] = FEATURE_NAMES
    LABELS: tuple[str, ...] = LABELS
    MODEL_CLASS: str = MODEL_CLASS
    HAND_COLUMNS: tuple[int, ...] = tuple(_HAND_COLUMNS)
    KIND = "reader roles"
    SCRIPT = "scripts/train_reader_roles.py"

    coef_: Floats
    mean_: Floats
    scale_: Floats
    n_lines_: int
    model_card_: dict[str, Any]
    thresholds_: dict[str, float]

    def __init__(
        self,
        *,
        l2: float = 1e-3,
        iterations: int = 1500,
        learning_rate: float = 0.5,
        use_hand: bool = True,
        random_state: int | None = 0,
    ) -> None:
        self.l2 = l2
        self.use_hand = use_hand
        self.iterations = iterations
        self.learning_rate = learning_rate
        self.random_state = random_state

    def _check_params(self) -> None:
        if not (isinstance(self.l2, int | float) and self.l2 >= 0):
            raise ValueError(f"l2 must be a number >= 0. Got {self.l2!r} instead.")
        if not (isinstance(self.iterations, int) and self.iterations > 0):
            raise ValueError(f"iterations must be a positive integer. Got {self.iterations!r} instead.")
        if not (isinstance(self.learning_rate, int | float) and self.learning_rate > 0):
            raise ValueError(f"learning_rate must be a positive number. Got {self.learning_rate!r} instead.")

    def fit(self, features: Floats, roles: Sequence[int] | npt.NDArray[np.int64]) -> Self:
        """Fit on a feature matrix (rows of :data:`FEATURE_NAMES`) and each row's role index in :data:`LABELS`.

        Raises:
            ValueError: bad parameters, a matrix of other columns, or lengths that differ.
        """
        self._check_params()
        x = self._columns(np.asarray(features, dtype=np.float64))
        y = np.asarray(roles, dtype=np.int64)
        if x.ndim != 2 or x.shape[1] != len(self.FEATURES):
            raise ValueError(f"features must have {len(self.FEATURES)} columns. Got shape {x.shape} instead.")
        if len(x) != len(y) or not len(y):
            raise ValueError(
                f"features and roles must have one non-zero length. Got {len(x)} and {len(y)} instead."
            )
        self.mean_ = x.mean(axis=0)
        self.scale_ = x.std(axis=0)
        bias = self.FEATURES.index("bias")
        self.mean_[bias], self.scale_[bias] = 0.0, 1.0
        self.scale_[self.scale_ == 0] = 1.0
        z = (x - self.mean_) / self.scale_
        target = np.zeros((len(y), len(self.LABELS)))
        target[np.arange(len(y)), y] = 1.0
        weights = np.zeros((x.shape[1], len(self.LABELS)))
        penalty = np.full((x.shape[1], 1), float(self.l2))
        penalty[bias] = 0.0
        for _ in range(self.iterations):
            gradient = z.T @ (_softmax(z @ weights) - target) / len(y) + penalty * weights
            weights -= self.learning_rate * gradient
        self.coef_ = weights
        self.n_lines_ = len(y)
        self.thresholds_ = {}
        self.model_card_ = {}
        return self

    def predict_proba(self, features: Floats) -> Floats:
        """Each row's probability of each role (columns in :data:`LABELS` order)."""
        self._check_fitted()
        if not len(features):
            return np.zeros((0, len(self.LABELS)))
        return _softmax(((self._columns(features) - self.mean_) / self.scale_) @ self.coef_)

    def _columns(self, features: Floats) -> Floats:
        if self.use_hand or features.ndim != 2 or features.shape[1] != len(self.FEATURES):
            return features
        out = features.copy()
        out[:, list(self.HAND_COLUMNS)] = 0.0
        return out

    def save(self, file: str | Path, *, thresholds: Mapping[str, float], model_card: dict[str, Any]) -> None:
        """Write the fitted model, the thresholds the reader applies and its ``model_card`` as JSON."""
        self._check_fitted()
        settings = {
            **header(
                self.MODEL_CLASS,
                labels=self.LABELS,
                thresholds=thresholds,
                provenance={"random_state": self.random_state, "n_lines": self.n_lines_},
            ),
            "params": self.get_params(),
            "features": list(self.FEATURES),
            "mean": [round(float(v), 8) for v in self.mean_],
            "scale": [round(float(v), 8) for v in self.scale_],
            "coef": [[round(float(v), 8) for v in row] for row in self.coef_],
            "model_card": model_card,
        }
        Path(file).write_text(json.dumps(settings, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, file: str | Path) -> Self:
        """Read a model :meth:`save` wrote.

        Raises:
            ModelError: the file is missing, damaged, of another model, or of other features.
        """
        settings = read_json(file, kind=cls.KIND)
        read_header(settings, file, cls=cls.MODEL_CLASS, kind=cls.KIND)
        width = len(cls.FEATURES)
        coef = np.asarray(settings.get("coef", ()), dtype=np.float64)
        if settings.get("features") != list(cls.FEATURES) or coef.shape != (width, len(cls.LABELS)):
            raise ModelError(
                f"{str(file)!r} reads other line features than this slant computes; retrain it with "
                f"{cls.SCRIPT}"
            )
        model = cls(**settings["params"])
        model.coef_ = coef
        model.mean_ = np.asarray(settings["mean"], dtype=np.float64)
        model.scale_ = np.asarray(settings["scale"], dtype=np.float64)
        model.n_lines_ = int(settings["provenance"]["n_lines"])
        model.thresholds_ = {k: float(v) for k, v in settings["thresholds"].items()}
        model.model_card_ = dict(settings.get("model_card", {}))
        return model


def _softmax(scores: Floats) -> Floats:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    out: Floats = shifted / shifted.sum(axis=1, keepdims=True)
    return out
