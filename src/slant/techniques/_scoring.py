"""The official scorers of SemEval-2020 Task 11, reimplemented from the task's rules.

SI (span identification): overlapping spans are merged per article, separately for the gold and the
predicted spans. Precision sums ``|s ∩ t| / |s|`` over every pair of predicted ``s`` and gold ``t``
in the same article and divides by the number of predicted spans; recall sums ``|s ∩ t| / |t|`` and
divides by the number of gold spans; F1 is their harmonic mean, over the whole set (micro).

TC (technique classification): one prediction per gold span (template line); micro-F1 over all
lines, which equals accuracy. When the same span carries several gold techniques, the predictions
for it are matched to them in the best order, i.e. the count of correct lines for a span is the size
of the multiset intersection of its gold and predicted techniques.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from slant._errors import InputError

__all__ = ["merge_spans", "score_si", "score_tc"]


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping ``[start, end)`` spans (touching spans stay apart); drop empty ones."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _by_article(spans: Iterable[tuple[str, int, int]]) -> dict[str, list[tuple[int, int]]]:
    grouped: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for article_id, start, end in spans:
        grouped[article_id].append((start, end))
    return {article_id: merge_spans(found) for article_id, found in grouped.items()}


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def score_si(
    predicted: Iterable[tuple[str, int, int]], gold: Iterable[tuple[str, int, int]]
) -> dict[str, float]:
    """Score predicted propaganda spans against gold ones under the official SI rules.

    Args:
        predicted: ``(article_id, start, end)`` triples.
        gold: ``(article_id, start, end)`` triples.

    Returns:
        ``{"precision", "recall", "f1", "predicted_spans", "gold_spans"}`` (span counts after merging).
    """
    predicted_by = _by_article(predicted)
    gold_by = _by_article(gold)
    precision_sum = recall_sum = 0.0
    for article_id, predicted_spans in predicted_by.items():
        gold_spans = gold_by.get(article_id, [])
        for s_start, s_end in predicted_spans:
            for t_start, t_end in gold_spans:
                overlap = min(s_end, t_end) - max(s_start, t_start)
                if overlap > 0:
                    precision_sum += overlap / (s_end - s_start)
                    recall_sum += overlap / (t_end - t_start)
    n_predicted = sum(len(v) for v in predicted_by.values())
    n_gold = sum(len(v) for v in gold_by.values())
    precision = precision_sum / n_predicted if n_predicted else 0.0
    recall = recall_sum / n_gold if n_gold else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "predicted_spans": float(n_predicted),
        "gold_spans": float(n_gold),
    }


def score_tc(
    predicted: Sequence[tuple[str, str, int, int]],
    gold: Sequence[tuple[str, str, int, int]],
    *,
    techniques: Sequence[str] = (),
) -> dict[str, object]:
    """Score technique predictions for gold spans under the official TC rules.

    Args:
        predicted: ``(article_id, technique, start, end)``, one per gold line.
        gold: ``(article_id, technique, start, end)``.
        techniques: the classes to report F1 for (default: every class seen).

    Returns:
        ``{"micro_f1", "accuracy", "spans", "f1_per_technique": {technique: f1}}``.

    Raises:
        InputError: the predictions do not cover exactly the gold spans.
    """
    gold_at: dict[tuple[str, int, int], Counter[str]] = defaultdict(Counter)
    predicted_at: dict[tuple[str, int, int], Counter[str]] = defaultdict(Counter)
    for article_id, technique, start, end in gold:
        gold_at[(article_id, start, end)][technique] += 1
    for article_id, technique, start, end in predicted:
        predicted_at[(article_id, start, end)][technique] += 1
    for key, found in predicted_at.items():
        expected = sum(gold_at.get(key, Counter()).values())
        if sum(found.values()) != expected:
            raise InputError(
                f"expected one prediction per gold line; span {key[0]} [{key[1]}, {key[2]}) has "
                f"{sum(found.values())} predictions for {expected} gold lines; predict from the gold template"
            )
    correct: Counter[str] = Counter()
    gold_count: Counter[str] = Counter()
    predicted_count: Counter[str] = Counter()
    for key, gold_techniques in gold_at.items():
        predicted_techniques = predicted_at.get(key, Counter())
        correct.update(gold_techniques & predicted_techniques)
        gold_count.update(gold_techniques)
        predicted_count.update(predicted_techniques)
    n_gold = sum(gold_count.values())
    n_predicted = sum(predicted_count.values())
    n_correct = sum(correct.values())
    precision = n_correct / n_predicted if n_predicted else 0.0
    recall = n_correct / n_gold if n_gold else 0.0
    classes = list(techniques) or sorted(set(gold_count) | set(predicted_count))
    per_class = {
        c: _f1(
            correct[c] / predicted_count[c] if predicted_count[c] else 0.0,
            correct[c] / gold_count[c] if gold_count[c] else 0.0,
        )
        for c in classes
    }
    return {
        "micro_f1": _f1(precision, recall),
        "accuracy": n_correct / n_gold if n_gold else 0.0,
        "spans": n_gold,
        "f1_per_technique": per_class,
    }
