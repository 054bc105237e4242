"""The words responsible for a toxic score: per-token contributions of the linear heads, as spans.

A token is blamed when it adds at least :data:`SPAN_MIN_CONTRIBUTION` to the toxicity logit (before
calibration) of a text whose toxicity reaches its threshold. Its label is the subtype that the token
pushes most among the subtypes whose own probability reaches their thresholds ("obscene" for a
swear word, "threat" for "hang"), or ``"toxicity"`` when no subtype applies. Adjacent blamed tokens
with the same label merge into one span.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from slant.toxicity._labels import LABELS
from slant.toxicity._model import TokenContributions

if TYPE_CHECKING:
    from slant.toxicity._shipped import AnyToxicityModel

__all__ = ["SPAN_MIN_CONTRIBUTION", "ToxicSpan", "toxic_spans"]

#: Smallest addition to the toxicity logit that makes a token part of a span, for models that do
#: not carry their own: training tunes ``span_threshold_`` for the best SemEval-2021 character F1
#: on the validation split of the Civil Comments spans (never on the SemEval test set).
SPAN_MIN_CONTRIBUTION = 0.25

_SUBTYPES = ("insult", "threat", "identity_attack", "obscene", "dehumanization")
_TOXICITY = LABELS.index("toxicity")


@dataclass(frozen=True, slots=True)
class ToxicSpan:
    """One stretch of original text blamed for a label, with a score in [0, 1]."""

    start: int
    end: int
    label: str
    score: float


def toxic_spans(
    model: AnyToxicityModel,
    text: str,
    probs: npt.NDArray[np.float64],
    *,
    min_contribution: float | None = None,
    explained: TokenContributions | None = None,
) -> list[ToxicSpan]:
    """The spans of ``text`` responsible for its scores ``probs`` (one row of ``predict_proba``).

    Args:
        model: the fitted model.
        text: the original text.
        probs: the text's seven probabilities.
        min_contribution: the smallest logit contribution of a blamed token; None for the model's
            tuned ``span_threshold_`` (or :data:`SPAN_MIN_CONTRIBUTION`).
        explained: ``model.explain(text)``, if already computed.

    Returns an empty list when the text's toxicity is under its threshold.
    """
    if min_contribution is None:
        min_contribution = float(getattr(model, "span_threshold_", SPAN_MIN_CONTRIBUTION))
    if probs[_TOXICITY] < model.thresholds_[_TOXICITY]:
        return []
    found = explained if explained is not None else model.explain(text)
    contributions = found.contributions
    if len(contributions) == 0:
        return []
    toxic = contributions[:, _TOXICITY]
    peak = float(toxic.max())
    active = [k for k in (LABELS.index(s) for s in _SUBTYPES) if probs[k] >= model.thresholds_[k]]
    spans: list[ToxicSpan] = []
    for i in np.flatnonzero(toxic >= min_contribution):
        label_index = _TOXICITY
        if active:
            best = max(active, key=lambda k: contributions[i, k])
            if contributions[i, best] > 0:
                label_index = best
        strength = float(toxic[i]) / peak if peak > 0 else 0.0
        score = float(np.clip(probs[label_index] * strength, 0.0, 1.0))
        start, end = found.normalized.starts[i], found.normalized.ends[i]
        label = LABELS[label_index]
        previous = spans[-1] if spans else None
        if (
            previous is not None
            and previous.label == label
            and _only_space_between(text, previous.end, start)
        ):
            spans[-1] = ToxicSpan(previous.start, end, label, max(previous.score, score))
        else:
            spans.append(ToxicSpan(start, end, label, score))
    return spans


def _only_space_between(text: str, end: int, start: int) -> bool:
    return start >= end and not text[end:start].strip()
