"""The estimator contract of ToxicityModel on tiny hand-made data."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from slant import ModelError, NotFittedError
from slant.toxicity import LABELS, ToxicityModel

pytest.importorskip("sklearn")

_TOXIC = [
    "you are a stupid idiot",
    "shut up you moron",
    "what an idiot",
    "idiot moron loser",
    "fuck you idiot",
    "you stupid loser",
    "go away moron",
    "such a pathetic idiot",
]
_CLEAN = [
    "thanks for the article",
    "i agree with the minister",
    "what a lovely day",
    "the vote is on tuesday",
    "good point well made",
    "i read it yesterday",
    "see you at the meeting",
    "the numbers look right",
]


def _data() -> tuple[list[str], np.ndarray]:
    texts = _TOXIC + _CLEAN
    Y = np.zeros((len(texts), len(LABELS)))
    Y[: len(_TOXIC), :] = 1.0
    Y[: len(_TOXIC), LABELS.index("obscene")] = [1.0 if "fuck" in t else 0.0 for t in _TOXIC]
    Y[0, LABELS.index("threat")] = math.nan  # unknown labels are skipped by that head
    return texts, Y


@pytest.fixture(scope="module")
def fitted() -> ToxicityModel:
    texts, Y = _data()
    return ToxicityModel(n_bits=12, C=10.0).fit(texts, Y, eval_set=(texts, Y))


def test_init_only_stores_parameters() -> None:
    model = ToxicityModel(n_bits=99, C=-1.0)  # invalid, but __init__ does not check (scikit-learn's contract)
    assert model.get_params()["n_bits"] == 99
    assert not hasattr(model, "coef_")


def test_fit_returns_self_and_learns_underscore_attributes(fitted: ToxicityModel) -> None:
    assert fitted.coef_.shape == (len(LABELS), 2**12)
    assert fitted.intercept_.shape == fitted.thresholds_.shape == (len(LABELS),)
    assert fitted.calibration_.shape == (len(LABELS), 2)


def test_probabilities_are_in_range_and_separate_the_classes(fitted: ToxicityModel) -> None:
    probs = fitted.predict_proba(["you moron", "thanks for the lovely article", ""])
    assert probs.shape == (3, len(LABELS))
    assert ((probs >= 0) & (probs <= 1)).all()
    toxicity = LABELS.index("toxicity")
    assert probs[0, toxicity] > probs[1, toxicity]
    assert fitted.predict(["you moron"]).shape == (1, len(LABELS))
    assert fitted.predict_proba([]).shape == (0, len(LABELS))


def test_not_fitted_error_before_fit() -> None:
    with pytest.raises(NotFittedError, match="not fitted"):
        ToxicityModel().predict_proba(["hello"])
    with pytest.raises(AttributeError):  # NotFittedError is also an AttributeError, as in scikit-learn
        ToxicityModel().explain("hello")


@pytest.mark.parametrize(
    ("params", "message"),
    [({"n_bits": 99}, "n_bits must be"), ({"C": 0}, "C must be"), ({"word_ngrams": (1, 3)}, "word_ngrams")],
)
def test_fit_validates_parameters(params: dict[str, object], message: str) -> None:
    texts, Y = _data()
    with pytest.raises(ValueError, match=message):
        ToxicityModel(**params).fit(texts, Y)  # type: ignore[arg-type]


def test_fit_rejects_targets_of_the_wrong_shape() -> None:
    with pytest.raises(ValueError, match="Y must have shape"):
        ToxicityModel(n_bits=10).fit(["a", "b"], np.zeros((2, 3)))


def test_save_load_round_trip_gives_the_same_predictions(fitted: ToxicityModel, tmp_path: Path) -> None:
    fitted.save(tmp_path, model_card="# card\n", metrics={"x": 1})
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["MODEL_CARD.md", "config.json", "metrics.json", "model.safetensors"]
    loaded = ToxicityModel.load(tmp_path)
    texts = ["you stupid idiot", "a lovely day", "f@ck you"]
    # Weights are stored as float16, so probabilities agree to a few decimals.
    assert np.allclose(loaded.predict_proba(texts), fitted.predict_proba(texts), atol=2e-3)
    assert loaded.get_params()["n_bits"] == 12
    assert loaded.model_card_ == "# card\n"


def test_load_refuses_other_folders(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no toxicity model"):
        ToxicityModel.load(tmp_path)
    (tmp_path / "config.json").write_text('{"__cls__": "something.Else"}')
    (tmp_path / "model.safetensors").write_bytes(b"not weights")
    with pytest.raises(ModelError, match=r"holds a 'something\.Else' model, expected"):
        ToxicityModel.load(tmp_path)


def test_load_refuses_broken_weights(fitted: ToxicityModel, tmp_path: Path) -> None:
    fitted.save(tmp_path)
    (tmp_path / "model.safetensors").write_bytes(b"\x00" * 16)
    with pytest.raises(ModelError, match=r"model\.safetensors. is damaged .*; reinstall slant"):
        ToxicityModel.load(tmp_path)


def test_explain_contributions_add_up_to_the_logit(fitted: ToxicityModel) -> None:
    text = "you stupid idiot, thanks"
    explained = fitted.explain(text)
    logit = fitted.decision_function([text])[0]
    assert explained.contributions.shape == (len(explained.normalized.tokens), len(LABELS))
    assert np.allclose(explained.contributions.sum(axis=0) + fitted.intercept_, logit, atol=1e-3)
    toxicity = LABELS.index("toxicity")
    tokens = explained.normalized.tokens
    assert (
        explained.contributions[tokens.index("idiot"), toxicity]
        > explained.contributions[tokens.index("thanks"), toxicity]
    )


def test_same_seed_same_model() -> None:
    texts, Y = _data()
    a = ToxicityModel(n_bits=10, random_state=3).fit(texts, Y)
    b = ToxicityModel(n_bits=10, random_state=3).fit(texts, Y)
    assert np.array_equal(a.coef_, b.coef_)
