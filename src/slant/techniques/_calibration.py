"""Calibrated span scores: the probability that a found span is a propaganda span of its technique.

The model's raw score of a span is P(span) x P(technique), two probabilities from different models
(the verifier, or the tagger's token probabilities in comments; the technique classifier), whose
product is not itself a probability of anything checked: on unseen articles a raw 0.10 is right
more often than one time in ten, a raw 0.9 less often than nine. A :class:`SpanCalibration` maps
each raw score to the share of such spans that touch a gold span of the same technique, by Platt
scaling (a logistic regression on the raw score's logit), one per *route* a span comes by, since
each route's raw score means something else:

- ``"verified"``: title and article spans kept by the span verifier;
- ``"tagged"``: spans of the tagger and the lexicon without the verifier (comments);
- ``"scare_quote"``: ``so-called X`` spans of the rule, scored by the classifier alone;
- ``"contextual"``: spans of the fine-tuned tagger (``quality="best"``, issue 15), fitted on the
  tagger's held-in train articles by ``slant.techniques.training._tagger_route``.

It is fitted by ``slant.techniques.training._calibrate`` on spans that models fitted without their
articles found (cross-fitting over the PTC train articles), checked on dev, and saved in the model
folder as ``calibration.json`` with the display thresholds chosen on the same data.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slant import _models

__all__ = ["ROUTES", "SpanCalibration", "logit"]

#: The routes a technique span can come by (see the module's docstring).
ROUTES: tuple[str, ...] = ("verified", "tagged", "scare_quote", "contextual")

_KIND = "techniques"
_FILE = "calibration.json"
# Raw scores are clipped this far from 0 and 1 before the logit: a product of two probabilities can be
# 0.0 in float arithmetic, and the logit of 0 is minus infinity.
_EPSILON = 1e-4


def logit(probability: float) -> float:
    """The log-odds of ``probability``, clipped to [1e-4, 1 - 1e-4] first."""
    clipped = min(1.0 - _EPSILON, max(_EPSILON, probability))
    return math.log(clipped / (1.0 - clipped))


@dataclass(frozen=True, slots=True)
class SpanCalibration:
    """Platt scaling of raw span scores per route, and the display thresholds chosen with it.

    Attributes:
        slopes: route -> slope on the raw score's logit.
        intercepts: route -> intercept.
        display_thresholds: part kind (``"article"``: title and article; ``"comment"``) -> the
            calibrated score from which views show a span by default.
        report: how it was fitted and what it measured (written to ``calibration.json`` as is).
    """

    slopes: Mapping[str, float]
    intercepts: Mapping[str, float]
    display_thresholds: Mapping[str, float]
    report: Mapping[str, Any] = field(default_factory=dict)

    def calibrate(self, raw: float, route: str) -> float:
        """The calibrated probability of a span of ``route`` with raw score ``raw``.

        A route without its own fit (a model trained without a verifier has no ``"verified"`` spans)
        keeps its raw score.
        """
        if route not in self.slopes:
            return raw
        z = self.slopes[route] * logit(raw) + self.intercepts[route]
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def save(self, path: str | Path) -> None:
        """Write ``calibration.json`` into the folder ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        config = {
            **_models.header(
                "span_calibration",
                labels=list(self.slopes),
                thresholds={f"display_{kind}": value for kind, value in self.display_thresholds.items()},
            ),
            "slopes": dict(self.slopes),
            "intercepts": dict(self.intercepts),
            "display_thresholds": dict(self.display_thresholds),
            "report": dict(self.report),
        }
        (folder / _FILE).write_text(json.dumps(config, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @staticmethod
    def present(path: str | Path) -> bool:
        """Whether the folder ``path`` holds a span calibration."""
        return (Path(path) / _FILE).is_file()

    @classmethod
    def load(cls, path: str | Path) -> SpanCalibration:
        """Read ``calibration.json`` from the folder ``path``.

        Raises:
            ModelError: the file is missing, damaged, or holds something else.
        """
        file = Path(path) / _FILE
        config = _models.read_json(file, kind=_KIND)
        _models.read_header(config, file, cls="span_calibration", kind=_KIND)
        with _models.reading(file, kind=_KIND):
            slopes = {str(k): float(v) for k, v in config["slopes"].items()}
            intercepts = {str(k): float(config["intercepts"][k]) for k in slopes}
            thresholds = {str(k): float(v) for k, v in config["display_thresholds"].items()}
            if not all(0.0 <= value <= 1.0 for value in thresholds.values()):
                raise ValueError("display thresholds must lie in [0, 1]")
            report = dict(config.get("report", {}))
        return cls(slopes, intercepts, thresholds, report)
