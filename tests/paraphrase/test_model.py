"""The paraphrase model (issue 19): scikit-learn's contract, the threshold rule, save and load."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from slant import ModelError, NotFittedError
from slant.paraphrase import ParaphraseModel
from slant.paraphrase._model import threshold_for_precision

pytestmark = pytest.mark.issue(19)


def _claims() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    right = rng.random(400) < 0.4
    similarity = np.where(right, rng.normal(0.7, 0.1, 400), rng.normal(0.45, 0.1, 400))
    return similarity, right


def test_fit_returns_self_and_learns_a_rising_probability() -> None:
    pytest.importorskip("sklearn", reason="fitting needs scikit-learn (the train extra)")
    similarity, right = _claims()
    model = ParaphraseModel(precision_target=0.9)
    assert model.fit(similarity, right) is model
    probability = model.predict_proba(np.array([0.2, 0.5, 0.8]))
    assert np.all(np.diff(probability) > 0)
    kept = model.predict(similarity)
    assert kept.any() and right[kept].mean() >= 0.9  # the threshold keeps the stated precision


def test_threshold_is_the_deepest_cut_that_keeps_the_precision() -> None:
    probabilities = np.array([0.9, 0.8, 0.7, 0.6, 0.5])
    right = np.array([True, True, False, True, False])
    assert threshold_for_precision(probabilities, right, 0.75) == 0.6  # 3 of 4 down to 0.6
    assert threshold_for_precision(probabilities, right, 1.0) == 0.8
    assert threshold_for_precision(probabilities, ~right, 0.9) == 1.0  # nothing meets it: claim nothing


def test_unfitted_and_bad_parameters_fail_clearly() -> None:
    with pytest.raises(NotFittedError):
        ParaphraseModel().predict_proba([0.5])
    with pytest.raises(
        ValueError, match=re.escape("precision_target must be a number in (0, 1]. Got 2 instead.")
    ):
        ParaphraseModel(precision_target=2).fit([0.1, 0.9], [False, True])
    with pytest.raises(ValueError, match="one class only"):
        ParaphraseModel().fit([0.1, 0.9], [True, True])


def test_save_and_load_give_the_same_probabilities(tmp_path: Path) -> None:
    pytest.importorskip("sklearn", reason="fitting needs scikit-learn (the train extra)")
    similarity, right = _claims()
    model = ParaphraseModel().fit(similarity, right)
    model.save(tmp_path / "model.json", model_card={"data": "synthetic"})
    loaded = ParaphraseModel.load(tmp_path / "model.json")
    assert np.allclose(loaded.predict_proba(similarity), model.predict_proba(similarity))
    assert loaded.threshold_ == model.threshold_ and loaded.model_card_ == {"data": "synthetic"}
    assert loaded.get_params() == model.get_params()


def test_a_file_of_another_model_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "model.json"
    file.write_text(
        json.dumps({"__cls__": "slant.toxicity.ToxicityModel", "format_version": 1}), encoding="utf-8"
    )
    with pytest.raises(ModelError, match=re.escape("expected 'slant.paraphrase.ParaphraseModel'")):
        ParaphraseModel.load(file)
    with pytest.raises(ModelError):
        ParaphraseModel.load(tmp_path / "missing.json")
