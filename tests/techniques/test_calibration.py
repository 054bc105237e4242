"""Calibrated technique span scores (issue 15): Platt scaling per route, its file, its fitting."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pytest

from slant import ModelError
from slant.techniques._calibration import SpanCalibration, logit
from slant.techniques.training._calibrate import (
    DISPLAY_PRECISION,
    SpanRecord,
    _platt,
    calibration_metrics,
    fit_calibration,
)

pytestmark = pytest.mark.issue(15)


def _calibration() -> SpanCalibration:
    return SpanCalibration(
        slopes={"verified": 0.5, "tagged": 1.0},
        intercepts={"verified": 0.2, "tagged": -1.0},
        display_thresholds={"article": 0.4, "comment": 0.6},
        report={"note": "hand-made"},
    )


def test_calibrate_is_platt_scaling_of_the_raw_logit_per_route() -> None:
    calibration = _calibration()
    expected = 1 / (1 + math.exp(-(0.5 * logit(0.1) + 0.2)))
    assert calibration.calibrate(0.1, "verified") == pytest.approx(expected)
    assert calibration.calibrate(0.1, "tagged") == pytest.approx(1 / (1 + math.exp(-(logit(0.1) - 1.0))))
    # A route the calibration was not fitted for keeps its raw score.
    assert calibration.calibrate(0.1, "scare_quote") == 0.1
    # A raw score of exactly 0 or 1 (a product of probabilities) stays finite.
    assert 0.0 < calibration.calibrate(0.0, "verified") < calibration.calibrate(1.0, "verified") < 1.0


def test_calibration_keeps_the_order_of_scores_within_a_route() -> None:
    calibration = _calibration()
    raw = [0.01, 0.05, 0.1, 0.3, 0.5, 0.9]
    calibrated = [calibration.calibrate(r, "verified") for r in raw]
    assert calibrated == sorted(calibrated)


def test_save_and_load_give_the_same_calibration(tmp_path: Path) -> None:
    calibration = _calibration()
    calibration.save(tmp_path)
    loaded = SpanCalibration.load(tmp_path)
    assert loaded == calibration
    assert SpanCalibration.present(tmp_path)
    header = json.loads((tmp_path / "calibration.json").read_text(encoding="utf-8"))
    assert header["__cls__"] == "span_calibration"


@pytest.mark.parametrize(
    "damage",
    [
        lambda config: config.pop("slopes"),
        lambda config: config.update(display_thresholds={"article": 1.5}),
        lambda config: config.update({"__cls__": "lexicon"}),
    ],
)
def test_a_damaged_calibration_file_is_a_model_error(tmp_path: Path, damage: object) -> None:
    _calibration().save(tmp_path)
    file = tmp_path / "calibration.json"
    config = json.loads(file.read_text(encoding="utf-8"))
    damage(config)  # type: ignore[operator]
    file.write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(ModelError, match=r"calibration\.json"):
        SpanCalibration.load(tmp_path)


def test_platt_recovers_the_parameters_that_made_the_data() -> None:
    rng = random.Random(0)
    raw, correct = [], []
    for _ in range(20000):
        r = rng.uniform(0.01, 0.99)
        truth = 1 / (1 + math.exp(-(0.6 * logit(r) + 0.8)))
        raw.append(r)
        correct.append(rng.random() < truth)
    slope, intercept = _platt(raw, correct)
    assert slope == pytest.approx(0.6, abs=0.05)
    assert intercept == pytest.approx(0.8, abs=0.05)


def test_calibration_metrics_by_hand() -> None:
    # Two bins: 0.15 (two spans, one right) and 0.85 (two spans, both right).
    result = calibration_metrics([0.12, 0.18, 0.82, 0.88], [True, False, True, True])
    assert result["spans"] == 4
    assert result["ece"] == pytest.approx((2 * abs(0.15 - 0.5) + 2 * abs(0.85 - 1.0)) / 4, abs=1e-4)
    assert result["brier"] == pytest.approx((0.88**2 + 0.18**2 + 0.18**2 + 0.12**2) / 4, abs=1e-4)
    assert result["share_right"] == 0.75


def _records(n: int, mode: str, route: str, seed: int) -> list[SpanRecord]:
    """Spans whose raw scores are too low: the truth is sigmoid(logit(raw) + 1.5)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        raw = rng.uniform(0.01, 0.6)
        truth = 1 / (1 + math.exp(-(logit(raw) + 1.5)))
        out.append(SpanRecord(f"a{i % 50}", mode, route, "Loaded_Language", raw, rng.random() < truth))
    return out


def test_fit_calibration_lowers_the_calibration_error_and_meets_the_display_precision() -> None:
    train = _records(4000, "article", "verified", 1) + _records(4000, "comment", "tagged", 2)
    dev = _records(2000, "article", "verified", 3) + _records(2000, "comment", "tagged", 4)
    folds = [[f"a{i}" for i in range(fold, 50, 5)] for fold in range(5)]
    calibration = fit_calibration(train, folds, dev)
    for kind in ("article", "comment"):
        report = calibration.report[kind]
        assert report["dev"]["after"]["ece"] < report["dev"]["before"]["ece"] / 3
        assert report["dev"]["after"]["brier"] < report["dev"]["before"]["brier"]
        shown = report["cross_fitted_train"]["shown"]
        assert shown["precision"] >= DISPLAY_PRECISION
        # The lowest such threshold: one step lower no longer reaches the precision (or shows all).
        assert 0.0 < calibration.display_thresholds[kind] < 1.0
    assert set(calibration.slopes) == {"verified", "tagged"}
    assert calibration.slopes["verified"] == pytest.approx(1.0, abs=0.15)
