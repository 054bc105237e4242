"""SpanTagger and TechniqueClassifier: the estimator contract, save/load round trips, on tiny data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from slant._errors import ModelError, NotFittedError
from slant.techniques._model import (
    LexiconTagger,
    SpanTagger,
    TechniqueClassifier,
    decode_spans,
    merge_candidates,
)
from slant.techniques._vectors import WordVectors

pytestmark = pytest.mark.model

Corpus = tuple[list[str], list[list[tuple[str, int, int]]]]


@pytest.fixture(scope="module")
def tagger(tiny_corpus: Corpus) -> SpanTagger:
    texts, spans = tiny_corpus
    return SpanTagger(n_bits=14, C=1.0, high=0.5, low=0.5, max_gap=0).fit(
        texts, [[(s, e) for _, s, e in found] for found in spans]
    )


@pytest.fixture(scope="module")
def classifier(tiny_corpus: Corpus) -> TechniqueClassifier:
    texts, spans = tiny_corpus
    items = [(text, s, e) for text, found in zip(texts, spans, strict=True) for _, s, e in found]
    labels = [t for found in spans for t, _, _ in found]
    return TechniqueClassifier(n_bits=14, C=10.0).fit(items, labels)


def test_tagger_finds_the_loaded_phrases_and_not_the_plain_sentences(tagger: SpanTagger) -> None:
    text = "The council met on Tuesday.\nThe corrupt regime launched a brutal crackdown on protesters.\n"
    found = {text[s:e] for s, e, _ in tagger.predict(text)}
    assert any("corrupt regime" in f for f in found)
    assert not any("council" in f for f in found)
    assert all(0.0 <= score <= 1.0 for _, _, score in tagger.predict(text))


def test_tagger_save_load_round_trip(tagger: SpanTagger, tiny_corpus: Corpus, tmp_path: Path) -> None:
    tagger.save(tmp_path)
    loaded = SpanTagger.load(tmp_path)
    assert loaded.get_params() == tagger.get_params()
    text = tiny_corpus[0][3]
    _, _, before = tagger.token_proba(text)
    _, _, after = loaded.token_proba(text)
    # Weights are stored as float16: probabilities agree to a few thousandths.
    np.testing.assert_allclose(before, after, atol=5e-3)
    assert [s[:2] for s in loaded.predict(text)] == [s[:2] for s in tagger.predict(text)]


def test_classifier_learns_and_round_trips(classifier: TechniqueClassifier, tmp_path: Path) -> None:
    text = "These traitors want to destroy our great nation."
    start = text.find("traitors")
    items = [(text, start, start + len("traitors"))]
    assert classifier.predict(items) == ["Name_Calling,Labeling"]
    proba = classifier.predict_proba(items)
    assert proba.shape == (1, len(classifier.classes_))
    assert proba.sum() == pytest.approx(1.0, abs=1e-5)
    classifier.save(tmp_path)
    loaded = TechniqueClassifier.load(tmp_path)
    assert loaded.classes_ == classifier.classes_
    np.testing.assert_allclose(loaded.predict_proba(items), proba, atol=5e-3)


def test_unfitted_models_raise_not_fitted_error() -> None:
    with pytest.raises(NotFittedError):
        SpanTagger().predict("Some text.")
    with pytest.raises(NotFittedError):
        TechniqueClassifier().predict_proba([("Some text.", 0, 4)])
    with pytest.raises(NotFittedError):
        SpanTagger().save("unused")


def test_fit_validates_its_input() -> None:
    with pytest.raises(ValueError, match="same length"):
        SpanTagger().fit(["a"], [])
    with pytest.raises(ValueError, match="technique names"):
        TechniqueClassifier().fit([("a b", 0, 1)], ["Not_A_Technique"])
    with pytest.raises(ValueError, match="unknown SpanTagger parameter"):
        SpanTagger().set_params(colour="red")


def test_load_from_an_empty_folder_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="slant train techniques"):
        SpanTagger.load(tmp_path)
    with pytest.raises(ModelError):
        TechniqueClassifier.load(tmp_path)


def test_init_only_stores_parameters() -> None:
    tagger = SpanTagger(n_bits=12, C=1.5, random_state=7)
    assert tagger.get_params()["C"] == 1.5
    assert not hasattr(tagger, "weights_")


def test_decode_spans_bridges_gaps_within_a_sentence_only() -> None:
    tokens = [(0, 1), (2, 3), (4, 5), (6, 7), (8, 9)]
    proba = np.array([0.9, 0.1, 0.6, 0.9, 0.9], dtype=np.float32)
    one_sentence = [0, 0, 0, 1, 1]
    spans = decode_spans(tokens, one_sentence, proba, high=0.8, low=0.5, max_gap=1)
    # tokens 0..2 join across the weak token 1 (gap 1); tokens 3..4 are another sentence.
    assert [(s, e) for s, e, _ in spans] == [(0, 5), (6, 9)]
    assert decode_spans(tokens, one_sentence, proba, high=0.95, low=0.5, max_gap=1) == []


def test_models_with_word_vectors_round_trip(tiny_corpus: Corpus, tmp_path: Path) -> None:
    texts, spans = tiny_corpus
    words = sorted({w.lower() for t in texts for w in t.split()})
    vectors = WordVectors(words, np.random.default_rng(0).normal(size=(len(words), 8)))
    tagger = SpanTagger(n_bits=12, C=1.0, vectors=vectors).fit(
        texts, [[(s, e) for _, s, e in found] for found in spans]
    )
    assert tagger.dense_weights_.shape == (3 * 8,)
    items = [(text, s, e) for text, found in zip(texts, spans, strict=True) for _, s, e in found]
    labels = [t for found in spans for t, _, _ in found]
    classifier = TechniqueClassifier(n_bits=12, vectors=vectors).fit(items, labels)
    tagger.save(tmp_path)
    classifier.save(tmp_path)
    assert (tmp_path / "word_vectors.safetensors").is_file()
    loaded_tagger, loaded_classifier = SpanTagger.load(tmp_path), TechniqueClassifier.load(tmp_path)
    assert loaded_tagger.vectors is not None and loaded_tagger.vectors.vocabulary == words
    np.testing.assert_allclose(
        loaded_tagger.token_proba(texts[0])[2], tagger.token_proba(texts[0])[2], atol=5e-3
    )
    np.testing.assert_allclose(
        loaded_classifier.predict_proba(items[:3]), classifier.predict_proba(items[:3]), atol=5e-3
    )


def test_word_vectors_lookup_and_unknown_words() -> None:
    vectors = WordVectors(["brutal", "regime"], np.array([[1.0, 0.0], [0.0, 1.0]]))
    np.testing.assert_array_equal(vectors.lookup(["Brutal", "unknown"]), [[1.0, 0.0], [0.0, 0.0]])
    np.testing.assert_array_equal(vectors.mean(["brutal", "regime", "zzz"]), [0.5, 0.5])
    np.testing.assert_array_equal(vectors.mean(["zzz"]), [0.0, 0.0])
    with pytest.raises(ValueError, match="same length"):
        WordVectors(["a"], np.zeros((2, 2)))


def test_lexicon_learns_words_mostly_inside_loaded_spans(tmp_path: Path) -> None:
    texts = [
        "The evil regime lied. The regime met.",
        "An evil plan. The plan worked.",
        "Evil again.",
    ]
    spans = [[(4, 8)], [(3, 7)], []]  # "evil" is inside a span 2 times out of 3; "regime" never
    lexicon = LexiconTagger(min_count=2, min_ratio=0.6).fit(texts, spans)
    assert lexicon.words_ == {"evil": pytest.approx(2 / 3)}
    found = lexicon.predict("So evil, so EVIL.")
    assert [(s, e) for s, e, _ in found] == [(3, 7), (12, 16)]
    assert all(score == pytest.approx(2 / 3) for _, _, score in found)
    lexicon.save(tmp_path)
    loaded = LexiconTagger.load(tmp_path)
    assert loaded.words_ == lexicon.words_
    assert LexiconTagger(min_ratio=0.9).fit(texts, spans).words_ == {}
    with pytest.raises(NotFittedError):
        _ = LexiconTagger().words_


def test_merge_candidates_keeps_extra_spans_outside_tagged_ones() -> None:
    tagged = [(10, 20, 0.5)]
    extra = [(12, 15, 0.9), (25, 30, 0.7), (0, 11, 0.6)]
    assert merge_candidates(tagged, extra) == [(10, 20, 0.5), (25, 30, 0.7)]
