"""Pinned quality gate of the shipped technique model (issue 4), on PTC dev.

Runs the shipped model on ptc/dev-articles and fails when SI F1 or TC micro-F1 falls below the
figures recorded in src/slant/data/techniques/metrics.json when the model was shipped (minus a
tiny epsilon for float16 weights and platform rounding). Re-pinning means retraining and shipping.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slant.techniques._annotator import load_model, shipped_model_dir
from slant.techniques._ptc import evaluate_ptc

pytestmark = [pytest.mark.quality, pytest.mark.slow, pytest.mark.model, pytest.mark.issue(4)]

EPSILON = 0.002
RECORDED = json.loads((shipped_model_dir() / "metrics.json").read_text(encoding="utf-8"))
# The issue's floor: the shipped model may never be below it, whatever was recorded.
ISSUE_FLOOR = {"si": 0.38, "tc": 0.60}


@pytest.fixture(scope="module")
def ptc(shared_data: Path) -> Path:
    folder = shared_data / "ptc"
    if not (folder / "dev-articles").is_dir():
        pytest.skip(f"the PTC dev split is absent under {folder}")
    return folder


def test_si_f1_on_dev_holds(ptc: Path) -> None:
    result = evaluate_ptc(load_model(), ptc / "dev-articles", ptc / "dev-task-si.labels", task="si")
    assert result["f1"] >= RECORDED["dev"]["si"]["f1"] - EPSILON


def test_tc_micro_f1_on_dev_holds(ptc: Path) -> None:
    result = evaluate_ptc(load_model(), ptc / "dev-articles", ptc / "dev-task-flc-tc.labels", task="tc")
    assert result["micro_f1"] >= RECORDED["dev"]["tc"]["micro_f1"] - EPSILON


def test_recorded_si_meets_the_issue_floor() -> None:
    assert RECORDED["dev"]["si"]["f1"] >= ISSUE_FLOOR["si"]


def test_recorded_tc_meets_the_issue_floor() -> None:
    assert RECORDED["dev"]["tc"]["micro_f1"] >= ISSUE_FLOOR["tc"]


def test_recorded_unseen_article_tc_meets_the_issue_floor() -> None:
    # "The same level on unseen articles": every fold of train scored by classifiers fitted without it.
    assert RECORDED["cross_fitted_train"]["tc"]["micro_f1_mean"] >= ISSUE_FLOOR["tc"]


def test_recorded_unseen_article_si_meets_the_issue_floor() -> None:
    # Every fold of train scored by a tagger, lexicon and verifier fitted without it (nobody tuned on it).
    assert RECORDED["cross_fitted_train"]["si"]["f1_mean"] >= ISSUE_FLOOR["si"]
