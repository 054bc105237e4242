"""The numpy metrics agree with hand-computed values."""

from __future__ import annotations

import math

import pytest

from slant.toxicity.training._metrics import precision_recall, roc_auc, span_f1


def test_roc_auc_counts_ties_half() -> None:
    assert roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == pytest.approx(0.75)
    assert roc_auc([0, 1], [0.5, 0.5]) == pytest.approx(0.5)
    assert roc_auc([1, 1], [0.2, 0.3]) != roc_auc([1, 1], [0.2, 0.3])  # NaN with one class
    assert math.isnan(roc_auc([0, 0], [0.1, 0.2]))


def test_precision_recall() -> None:
    assert precision_recall([1, 0, 1, 0], [0.9, 0.8, 0.2, 0.1], 0.5) == (0.5, 0.5)
    assert precision_recall([1, 0], [0.1, 0.2], 0.5) == (0.0, 0.0)


def test_span_f1_follows_semeval_2021() -> None:
    assert span_f1([{1, 2, 3}], [frozenset({2, 3, 4, 5})]) == pytest.approx(
        2 * (2 / 3) * (2 / 4) / (2 / 3 + 2 / 4)
    )
    assert span_f1([set()], [frozenset()]) == 1.0
    assert span_f1([{1}], [frozenset()]) == 0.0
    assert span_f1([set()], [frozenset({1})]) == 0.0
