"""The model layer (issue 13): one header, one loader whose failures are ModelError, one cache, model_info,
and estimators that scikit-learn can clone."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import slant
from slant import ModelError, NotFittedError, _models
from slant._cli import main
from slant._params import Estimator
from slant.corpus._manifest import annotator_versions
from slant.paraphrase import ParaphraseModel
from slant.techniques import TechniqueAnnotator
from slant.techniques import load_model as load_techniques
from slant.techniques import shipped_model_dir as techniques_dir
from slant.techniques._model import LexiconTagger, SpanTagger, TechniqueClassifier
from slant.techniques._verifier import SpanVerifier
from slant.toxicity import StackedToxicityModel, ToxicityAnnotator, ToxicityModel
from slant.toxicity import load_model as load_toxicity
from slant.toxicity import shipped_model_dir as toxicity_dir

pytestmark = pytest.mark.issue(13)

ESTIMATORS: dict[str, Callable[[], Estimator]] = {
    "SpanTagger": lambda: SpanTagger(n_bits=16, C=0.1, high=0.4),
    "TechniqueClassifier": lambda: TechniqueClassifier(n_bits=16, temperature=0.5),
    "LexiconTagger": lambda: LexiconTagger(min_count=3, candidate_min_ratio=0.5),
    "SpanVerifier": lambda: SpanVerifier(threshold=0.4, max_gap=3),
    "ToxicityModel": lambda: ToxicityModel(n_bits=12, lexicon=("idiot",)),
    "StackedToxicityModel": lambda: StackedToxicityModel(C=2.0, unsure_below=0.05),
    "ParaphraseModel": lambda: ParaphraseModel(C=0.5, precision_target=0.9),
}


def _shipped_copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


# -- estimators --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ESTIMATORS))
def test_sklearn_clone_gives_an_unfitted_estimator_with_the_same_parameters(name: str) -> None:
    base = pytest.importorskip("sklearn.base", reason="scikit-learn (the train extra) is not installed")
    estimator = ESTIMATORS[name]()
    copy = base.clone(estimator)
    assert type(copy) is type(estimator) and copy is not estimator
    assert copy.get_params(deep=False) == estimator.get_params(deep=False)


@pytest.mark.model
def test_sklearn_clone_works_on_every_shipped_part() -> None:
    base = pytest.importorskip("sklearn.base", reason="scikit-learn (the train extra) is not installed")
    model = load_techniques()
    assert model.lexicon is not None and model.verifier is not None
    contextual = model.classifier.contextual  # type: ignore[union-attr]
    parts = [model.tagger, contextual, model.lexicon, model.verifier, load_toxicity()]
    for part in parts:
        copy = base.clone(part)
        assert copy.get_params(deep=False).keys() == part.get_params(deep=False).keys()
        assert not hasattr(copy, "coef_") and not hasattr(copy, "weights_") and not hasattr(copy, "counts_")
    assert base.clone(contextual).encoder is contextual.encoder  # fixed weights are shared, not copied


@pytest.mark.parametrize("name", sorted(ESTIMATORS))
def test_get_params_lists_the_constructor_arguments_as_scikit_learn_does(name: str) -> None:
    estimator = ESTIMATORS[name]()
    params = estimator.get_params(deep=True)
    assert list(params) == sorted(params)
    assert set(params) == set(type(estimator)._get_param_names())
    assert type(estimator)(**estimator.get_params(deep=False)).get_params() == params


def test_set_params_reaches_into_nested_estimators() -> None:
    class Pair(Estimator):
        def __init__(self, *, inner: Estimator | None = None, weight: float = 1.0) -> None:
            self.inner = inner
            self.weight = weight

    pair = Pair(inner=LexiconTagger())
    assert pair.get_params()["inner__min_count"] == 2
    assert pair.set_params(inner__min_count=5, weight=2.0) is pair
    assert (pair.inner.min_count, pair.weight) == (5, 2.0)  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="unknown Pair parameter 'nope'"):
        pair.set_params(nope__x=1)


@pytest.mark.parametrize(
    ("make", "use"),
    [
        (SpanTagger, lambda e: e.predict("Some text.")),
        (TechniqueClassifier, lambda e: e.predict([("Some text.", 0, 4)])),
        (LexiconTagger, lambda e: e.predict("Some text.")),
        (SpanVerifier, lambda e: e.predict_proba(np.zeros((1, 25)), np.zeros((1, 0), dtype=np.float32))),
        (ToxicityModel, lambda e: e.predict_proba(["Some text."])),
    ],
    ids=["SpanTagger", "TechniqueClassifier", "LexiconTagger", "SpanVerifier", "ToxicityModel"],
)
def test_every_estimator_refuses_to_predict_before_fit(
    make: Callable[[], Any], use: Callable[[Any], Any]
) -> None:
    estimator = make()
    with pytest.raises(NotFittedError, match=f"this {type(estimator).__name__} is not fitted yet"):
        use(estimator)


# -- files -------------------------------------------------------------------------------------


def test_shipped_techniques_files_without_a_format_version_read_as_format_1() -> None:
    file = techniques_dir() / "span_tagger.json"
    config = _models.read_json(file, kind="techniques")
    assert "format_version" not in config
    assert _models.read_header(config, file, cls="span_tagger", kind="techniques") == 1


def test_a_newer_format_or_another_class_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "span_tagger.json"
    with pytest.raises(ModelError, match="model format 2, this slant reads formats 1 to 1; upgrade slant"):
        _models.read_header(
            {"__cls__": "span_tagger", "format_version": 2}, file, cls="span_tagger", kind="t"
        )
    with pytest.raises(ModelError, match="holds a 'lexicon' model, expected 'span_tagger'"):
        _models.read_header({"__cls__": "lexicon"}, file, cls="span_tagger", kind="t")


def _truncate(file: Path) -> None:
    file.write_bytes(file.read_bytes()[:1000])


def _drop_key(key: str) -> Callable[[Path], None]:
    def damage(file: Path) -> None:
        config = json.loads(file.read_text())
        del config[key]
        file.write_text(json.dumps(config))

    return damage


def _garbage(file: Path) -> None:
    file.write_text("{not json")


TECHNIQUE_DAMAGES = [
    ("span_tagger.safetensors", _truncate),
    ("technique_classifier.safetensors", _truncate),
    ("technique_classifier_contextual.json", _drop_key("classes")),
    ("span_tagger.json", _drop_key("params")),
    ("span_verifier.json", _drop_key("intercept")),
    ("lexicon.json", _garbage),
    ("cascade.json", _drop_key("route_below")),
    ("encoder.safetensors", _truncate),
    ("word_vectors.json", _garbage),
]


@pytest.mark.model
@pytest.mark.parametrize(("file", "damage"), TECHNIQUE_DAMAGES, ids=[f for f, _ in TECHNIQUE_DAMAGES])
def test_a_damaged_techniques_file_is_a_model_error_naming_it(
    tmp_path: Path, file: str, damage: Callable[[Path], None]
) -> None:
    folder = _shipped_copy(techniques_dir(), tmp_path / "model")
    damage(folder / file)
    with pytest.raises(
        ModelError, match=r"damaged .*; reinstall slant .* or retrain it with `slant train techniques"
    ) as caught:
        load_techniques(folder)
    assert file in str(caught.value) and "\n" not in str(caught.value)


TOXICITY_DAMAGES = [
    ("stack.safetensors", _truncate),
    ("ngram/model.safetensors", _truncate),  # issue 17: the n-gram model the default one stacks
    ("config.json", _garbage),
    ("config.json", _drop_key("params")),
]


@pytest.mark.model
@pytest.mark.parametrize(("file", "damage"), TOXICITY_DAMAGES, ids=["weights", "ngram", "config", "params"])
def test_a_damaged_toxicity_file_is_a_model_error_naming_it(
    tmp_path: Path, file: str, damage: Callable[[Path], None]
) -> None:
    folder = _shipped_copy(toxicity_dir(), tmp_path / "model")
    damage(folder / file)
    with pytest.raises(
        ModelError, match=r"damaged .*; reinstall slant .* or retrain it with `slant train toxicity"
    ) as caught:
        load_toxicity(folder)
    assert file in str(caught.value)


@pytest.mark.model
def test_damaged_model_files_exit_8_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = Path(__file__).parent.parent / "examples" / "news-page-with-comments.txt"
    techniques = _shipped_copy(techniques_dir(), tmp_path / "techniques")
    _truncate(techniques / "span_tagger.safetensors")
    assert main(["techniques", str(page), "--model", str(techniques)]) == 8
    assert "span_tagger.safetensors" in capsys.readouterr().err
    toxicity = _shipped_copy(toxicity_dir(), tmp_path / "toxicity")
    _truncate(toxicity / "stack.safetensors")
    comments = tmp_path / "comments.txt"
    comments.write_text("you idiot\n")
    assert main(["toxicity", str(comments), "--model", str(toxicity)]) == 8
    assert "stack.safetensors" in capsys.readouterr().err


# -- cache and model_info ----------------------------------------------------------------------


@pytest.mark.model
def test_reset_caches_really_drops_the_loaded_models() -> None:
    toxicity, techniques = load_toxicity(), load_techniques()
    assert load_toxicity() is toxicity and load_techniques() is techniques
    assert {m.name for m in _models.loaded_models()} >= {"toxicity", "techniques"}
    slant.reset_caches()
    assert _models.loaded_models() == []
    assert load_toxicity() is not toxicity
    reloaded = load_techniques()
    assert reloaded is not techniques
    assert reloaded.classifier.encoder is not techniques.classifier.encoder  # shared parts too


@pytest.mark.model
def test_model_info_names_the_folder_that_runs_and_digests_its_files(tmp_path: Path) -> None:
    shipped = ToxicityAnnotator().model_info()
    assert (shipped.name, shipped.version, shipped.format_version) == ("toxicity", "slant.toxicity.v2", 1)
    assert {"stack.safetensors", "ngram/model.safetensors"} <= set(shipped.files) and len(
        shipped.sha256
    ) == 16
    folder = _shipped_copy(toxicity_dir(), tmp_path / "mine")
    assert ToxicityAnnotator(model_dir=folder).model_info().sha256 == shipped.sha256
    (folder / "MODEL_CARD.md").write_text("retrained\n")
    mine = ToxicityAnnotator(model_dir=folder).model_info()
    assert mine.sha256 != shipped.sha256 and mine.path == str(folder.resolve())
    assert TechniqueAnnotator().model_info().version == "slant.techniques.v1"


@pytest.mark.model
def test_the_corpus_manifest_records_the_model_that_ran_not_the_shipped_one(tmp_path: Path) -> None:
    folder = _shipped_copy(toxicity_dir(), tmp_path / "mine")
    (folder / "MODEL_CARD.md").write_text("retrained\n")
    pipeline = slant.Pipeline(["sentences", ToxicityAnnotator(model_dir=folder)])
    entries = annotator_versions(pipeline)
    assert entries[1]["model"]["sha256"] == ToxicityAnnotator(model_dir=folder).model_info().sha256
    assert entries[1]["model"]["sha256"] != ToxicityAnnotator().model_info().sha256
    assert entries[1]["model"]["version"] == "slant.toxicity.v2"
    assert "model" not in entries[0]  # rule-based: no trained model


@pytest.mark.model
def test_saved_models_carry_the_shared_header(tmp_path: Path) -> None:
    TechniqueAnnotator().save(tmp_path / "techniques")
    ToxicityAnnotator().save(tmp_path / "toxicity")
    tagger = json.loads((tmp_path / "techniques" / "span_tagger.json").read_text())
    toxicity = json.loads((tmp_path / "toxicity" / "config.json").read_text())
    for config in (tagger, toxicity):
        assert {"__cls__", "format_version", "labels", "thresholds", "provenance"} <= set(config)
        assert config["format_version"] == _models.FORMAT_VERSION
    assert tagger["thresholds"] == {"high": 0.35, "low": 0.25}
    assert toxicity["thresholds"]["toxicity"] == pytest.approx(float(load_toxicity().thresholds_[0]))
    assert (tmp_path / "techniques" / "MODEL_CARD.md").is_file()
    assert (tmp_path / "toxicity" / "MODEL_CARD.md").is_file()
