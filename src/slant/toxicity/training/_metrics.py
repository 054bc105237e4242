"""The measures reported for the toxicity model, in numpy alone (the quality gate needs no scikit-learn)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

__all__ = ["precision_recall", "roc_auc", "span_f1"]


def roc_auc(y: npt.ArrayLike, scores: npt.ArrayLike) -> float:
    """Area under the ROC curve (the Mann-Whitney statistic, ties counted half); NaN with one class."""
    truth = np.asarray(y, dtype=bool)
    values = np.asarray(scores, dtype=np.float64)
    positives, negatives = int(truth.sum()), int((~truth).sum())
    if positives == 0 or negatives == 0:
        return float("nan")
    order = np.argsort(values, kind="mergesort")
    ranks = np.empty(len(values), dtype=np.float64)
    sorted_values = values[order]
    # Average ranks over ties.
    boundaries = np.flatnonzero(np.r_[True, sorted_values[1:] != sorted_values[:-1], True])
    for start, end in itertools.pairwise(boundaries):
        ranks[order[start:end]] = (start + end + 1) / 2.0
    rank_sum = float(ranks[truth].sum())
    return (rank_sum - positives * (positives + 1) / 2.0) / (positives * negatives)


def precision_recall(y: npt.ArrayLike, probs: npt.ArrayLike, threshold: float) -> tuple[float, float]:
    """Precision and recall of ``probs >= threshold`` against ``y``."""
    truth = np.asarray(y, dtype=bool)
    predicted = np.asarray(probs, dtype=np.float64) >= threshold
    true_pos = int((truth & predicted).sum())
    precision = true_pos / int(predicted.sum()) if predicted.any() else 0.0
    recall = true_pos / int(truth.sum()) if truth.any() else 0.0
    return precision, recall


def span_f1(
    predicted: Iterable[frozenset[int] | set[int]], gold: Iterable[frozenset[int] | set[int]]
) -> float:
    """SemEval-2021 Task 5 score: the mean over texts of character-offset F1 (1.0 when both are empty)."""
    scores = []
    for pred, truth in zip(predicted, gold, strict=True):
        if not truth:
            scores.append(1.0 if not pred else 0.0)
            continue
        if not pred:
            scores.append(0.0)
            continue
        overlap = len(set(pred) & set(truth))
        precision, recall = overlap / len(pred), overlap / len(truth)
        scores.append(0.0 if overlap == 0 else 2 * precision * recall / (precision + recall))
    return float(np.mean(scores)) if scores else float("nan")
