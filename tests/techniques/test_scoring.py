"""The official SI and TC scorers, on tiny hand-made cases worked out by hand."""

from __future__ import annotations

import pytest

from slant._errors import InputError
from slant.techniques._scoring import merge_spans, score_si, score_tc


def test_merge_spans_joins_overlaps_only() -> None:
    assert merge_spans([(5, 10), (0, 3), (8, 12), (12, 14), (4, 4)]) == [(0, 3), (5, 12), (12, 14)]


def test_si_perfect_prediction() -> None:
    gold = [("1", 0, 10), ("2", 5, 9)]
    result = score_si(gold, gold)
    assert result["precision"] == result["recall"] == result["f1"] == 1.0


def test_si_partial_overlap_gives_partial_credit() -> None:
    # predicted [0, 10) vs gold [5, 25): overlap 5 -> precision 5/10, recall 5/20.
    result = score_si([("1", 0, 10)], [("1", 5, 25)])
    assert result["precision"] == pytest.approx(0.5)
    assert result["recall"] == pytest.approx(0.25)
    assert result["f1"] == pytest.approx(2 * 0.5 * 0.25 / 0.75)


def test_si_merges_overlapping_predictions_before_counting() -> None:
    # Two overlapping predictions become one span [0, 10), which covers the gold span exactly.
    result = score_si([("1", 0, 6), ("1", 4, 10)], [("1", 0, 10)])
    assert result["predicted_spans"] == 1
    assert result["f1"] == pytest.approx(1.0)


def test_si_spans_only_match_within_their_article() -> None:
    result = score_si([("1", 0, 10), ("2", 0, 10)], [("1", 0, 10)])
    # precision: (1 + 0) / 2 predicted spans; recall 1 / 1.
    assert result["precision"] == pytest.approx(0.5)
    assert result["recall"] == pytest.approx(1.0)


def test_si_one_prediction_covering_two_gold_spans() -> None:
    # predicted [0, 20) over gold [0, 5) and [10, 20): precision (5 + 10) / 20, recall (1 + 1) / 2.
    result = score_si([("1", 0, 20)], [("1", 0, 5), ("1", 10, 20)])
    assert result["precision"] == pytest.approx(0.75)
    assert result["recall"] == pytest.approx(1.0)


def test_si_no_predictions_scores_zero() -> None:
    result = score_si([], [("1", 0, 5)])
    assert result["f1"] == 0.0


def test_tc_accuracy_and_per_technique_f1() -> None:
    gold = [("1", "Doubt", 0, 5), ("1", "Slogans", 6, 9), ("2", "Doubt", 0, 4)]
    predicted = [("1", "Doubt", 0, 5), ("1", "Doubt", 6, 9), ("2", "Doubt", 0, 4)]
    result = score_tc(predicted, gold, techniques=["Doubt", "Slogans"])
    assert result["micro_f1"] == pytest.approx(2 / 3)
    per = result["f1_per_technique"]
    assert isinstance(per, dict)
    # Doubt: precision 2/3, recall 2/2 -> F1 0.8; Slogans never predicted -> 0.
    assert per["Doubt"] == pytest.approx(0.8)
    assert per["Slogans"] == 0.0


def test_tc_matches_a_span_with_two_gold_techniques_in_the_best_order() -> None:
    gold = [("1", "Doubt", 0, 5), ("1", "Repetition", 0, 5)]
    swapped = [("1", "Repetition", 0, 5), ("1", "Doubt", 0, 5)]
    assert score_tc(swapped, gold)["micro_f1"] == pytest.approx(1.0)
    twice = [("1", "Doubt", 0, 5), ("1", "Doubt", 0, 5)]
    assert score_tc(twice, gold)["micro_f1"] == pytest.approx(0.5)


def test_tc_rejects_predictions_for_spans_not_in_the_gold() -> None:
    with pytest.raises(InputError, match="one prediction per gold line"):
        score_tc([("1", "Doubt", 0, 6)], [("1", "Doubt", 0, 5)])
