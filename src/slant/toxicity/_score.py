"""``score_texts``: the seven scores (and optionally the blamed spans) for a list of texts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

import numpy as np
import numpy.typing as npt

from slant.toxicity._labels import LABELS
from slant.toxicity._shipped import AnyToxicityModel, load_model
from slant.toxicity._spans import ToxicSpan, toxic_spans

__all__ = ["iter_scores", "score_texts"]


def score_texts(
    texts: Sequence[str], *, model: AnyToxicityModel | None = None, spans: bool = False
) -> list[dict[str, Any]]:
    """Score ``texts`` with ``model`` (default: the shipped one).

    Returns:
        One dict per text, in order: the seven labels as floats in [0, 1], and with ``spans=True`` a
        ``"spans"`` list of ``{"start", "end", "label", "score", "text"}`` over the original text.
    """
    if model is None:
        model = load_model()
    if not texts:
        return []
    probs = model.predict_proba(texts)
    blamed = spans_of(model, texts, probs) if spans else {}
    out: list[dict[str, Any]] = []
    for i, (text, row) in enumerate(zip(texts, probs, strict=True)):
        if not text.strip():
            # An empty comment says nothing, so it is not toxic (the model alone would give its prior).
            row = np.zeros(len(LABELS))
        record: dict[str, Any] = {label: round(float(row[k]), 4) for k, label in enumerate(LABELS)}
        if spans:
            record["spans"] = [
                {
                    "start": s.start,
                    "end": s.end,
                    "label": s.label,
                    "score": round(s.score, 4),
                    "text": text[s.start : s.end],
                }
                for s in blamed.get(i, [])
            ]
        out.append(record)
    return out


def iter_scores(
    texts: Iterable[str], *, model: AnyToxicityModel | None = None, spans: bool = False, batch_size: int = 512
) -> Iterator[dict[str, Any]]:
    """Like :func:`score_texts`, lazily over a stream, in batches, keeping the order."""
    iterator = iter(texts)
    while batch := list(islice(iterator, batch_size)):
        yield from score_texts(batch, model=model, spans=spans)


def spans_of(
    model: AnyToxicityModel, texts: Sequence[str], probs: npt.NDArray[np.float64]
) -> dict[int, list[ToxicSpan]]:
    """The blamed spans of every text whose toxicity reaches its threshold, explained in one batch."""
    threshold = model.thresholds_[LABELS.index("toxicity")]
    toxic = [
        i for i, row in enumerate(probs) if row[LABELS.index("toxicity")] >= threshold and texts[i].strip()
    ]
    explained = model.explain_many([texts[i] for i in toxic])
    return {
        i: toxic_spans(model, texts[i], probs[i], explained=e) for i, e in zip(toxic, explained, strict=True)
    }
