"""The shipped technique model's calibrated scores (issue 15): applied at inference, and a pinned quality gate.

The gate re-runs the shipped model on PTC dev (whole articles, and their short lines as comments) and
fails when the calibration error or the precision of the spans shown by default falls behind what
``calibration.json`` recorded when it was shipped (re-pinning means recalibrating and shipping).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from slant._labels import display_threshold
from slant.techniques._annotator import load_model, shipped_model_dir
from slant.techniques._calibration import SpanCalibration
from slant.techniques._data import read_split
from slant.techniques.training._calibrate import DISPLAY_PRECISION, calibration_metrics, model_records

pytestmark = [pytest.mark.model, pytest.mark.issue(15)]

RECORDED = SpanCalibration.load(shipped_model_dir())
# ECE moves with a few spans changing bins; the precision of ~90 dev spans by one or two spans.
ECE_TOLERANCE = 0.005
PRECISION_TOLERANCE = 0.02


def test_the_labels_table_reads_the_shipped_thresholds() -> None:
    assert display_threshold("techniques", "article") == RECORDED.display_thresholds["article"]
    assert display_threshold("techniques", "comment") == RECORDED.display_thresholds["comment"]


def test_the_annotator_scores_are_the_calibrated_raw_scores() -> None:
    model = load_model()
    assert model.calibration == RECORDED
    texts = [
        "The corrupt regime launched a brutal crackdown on the so-called “opposition” again.",
        "These traitors want to destroy our great nation, you idiots!",
    ]
    raw = model.raw_spans(texts, contextual=[True, False])
    calibrated = model.spans(texts, contextual=[True, False])
    assert [len(part) for part in raw] == [len(part) for part in calibrated] and any(raw)
    for raw_part, part in zip(raw, calibrated, strict=True):
        for (start, end, technique, score, route), found in zip(raw_part, part, strict=True):
            assert found == (start, end, technique, pytest.approx(RECORDED.calibrate(score, route)))
            assert route in {"verified", "tagged", "scare_quote"}


@pytest.mark.quality
@pytest.mark.slow
def test_calibration_on_dev_holds(shared_data: Path) -> None:
    folder = shared_data / "ptc"
    if not (folder / "dev-articles").is_dir():
        pytest.skip(f"the PTC dev split is absent under {folder}")
    dev = read_split(folder, "dev")
    model = load_model()
    records = model_records(model, dev.articles, dev.spans)
    for kind in ("article", "comment"):
        mine = [r for r in records if r.mode == kind]
        scores = [RECORDED.calibrate(r.raw, r.route) for r in mine]
        correct = [r.correct for r in mine]
        recorded = RECORDED.report[kind]["dev"]
        assert calibration_metrics(scores, correct)["ece"] <= recorded["after"]["ece"] + ECE_TOLERANCE
        # Calibration must beat the raw scores it replaces.
        assert calibration_metrics(scores, correct)["brier"] < recorded["before"]["brier"]
        shown = [c for s, c in zip(scores, correct, strict=True) if s >= RECORDED.display_thresholds[kind]]
        assert abs(len(shown) - recorded["shown"]["shown"]) <= 2
        if kind == "article":
            # The article's shown spans are about half right on dev, as chosen on cross-fitted train.
            precision = sum(shown) / len(shown)
            assert precision >= recorded["shown"]["precision"] - PRECISION_TOLERANCE
            assert precision >= DISPLAY_PRECISION - 0.05
