"""Fitting and scoring the paraphrase model on the labelled set (issue 19); nothing here runs on a page.

A *claim* is what the annotator makes: a comment sentence (of at least ``MIN_WORDS`` words) with its
most similar article sentence. It is right when that is the sentence the comment line was written to
paraphrase. Precision is the share of claims passing the threshold that are right; recall the share
of the set's paraphrase lines (long enough to be compared) that are claimed and right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from slant.paraphrase._annotator import Encode, long_enough, similarities
from slant.paraphrase._model import ParaphraseModel
from slant.paraphrase._set import ParaphrasePage

__all__ = ["Claims", "claims_of", "fit_model", "score_claims"]


@dataclass(frozen=True)
class Claims:
    """Every claim of some pages: its cosine, whether it is right, and how many paraphrases there are."""

    similarity: npt.NDArray[np.float64]
    right: npt.NDArray[np.bool_]
    paraphrases: int


def claims_of(pages: Sequence[ParaphrasePage], *, encode: Encode) -> Claims:
    """The claims the annotator would make on ``pages``, right or wrong."""
    similarity: list[float] = []
    right: list[bool] = []
    paraphrases = 0
    for page in pages:
        lines = [(text, target) for text, target in page.comments if long_enough(text)]
        paraphrases += sum(target is not None for _, target in lines)
        if not lines or not page.article:
            continue
        matrix = similarities([text for text, _ in lines], page.article, encode=encode)
        best = matrix.argmax(axis=1)
        for row, (_, target) in enumerate(lines):
            similarity.append(float(matrix[row, best[row]]))
            right.append(target is not None and int(best[row]) == target)
    return Claims(np.asarray(similarity), np.asarray(right, dtype=bool), paraphrases)


def fit_model(claims: Claims, *, precision_target: float = 0.8, random_state: int = 0) -> ParaphraseModel:
    """A :class:`ParaphraseModel` fitted on ``claims``."""
    return ParaphraseModel(precision_target=precision_target, random_state=random_state).fit(
        claims.similarity, claims.right
    )


def score_claims(model: ParaphraseModel, claims: Claims) -> dict[str, float | int]:
    """Precision, recall and counts of the claims ``model`` keeps, and its Brier score on all claims."""
    probability = model.predict_proba(claims.similarity)
    kept = probability >= model.threshold_
    hits = int((kept & claims.right).sum())
    return {
        "claims_kept": int(kept.sum()),
        "right": hits,
        "paraphrases": claims.paraphrases,
        "precision": round(hits / int(kept.sum()), 4) if kept.any() else 0.0,
        "recall": round(hits / claims.paraphrases, 4) if claims.paraphrases else 0.0,
        "brier": round(float(np.mean((probability - claims.right) ** 2)), 4),
    }
