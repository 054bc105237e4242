"""The cascade of the fast and the contextual technique classifier: routing, calibration, save/load."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from slant._errors import ModelError
from slant.techniques._annotator import load_model
from slant.techniques._cascade import CascadeClassifier
from slant.techniques._encoder import SpanEncoder
from slant.techniques._model import TechniqueClassifier, softmax

Corpus = tuple[list[str], list[list[tuple[str, int, int]]]]


def _items(corpus: Corpus) -> tuple[list[tuple[str, int, int]], list[str]]:
    texts, spans = corpus
    items = [(text, s, e) for text, found in zip(texts, spans, strict=True) for _, s, e in found]
    return items, [t for found in spans for t, _, _ in found]


@pytest.fixture(scope="module")
def pair(tiny_corpus: Corpus, encoder: SpanEncoder) -> tuple[TechniqueClassifier, TechniqueClassifier]:
    items, labels = _items(tiny_corpus)
    fast = TechniqueClassifier(n_bits=12, C=0.05, temperature=0.5).fit(items, labels)
    contextual = TechniqueClassifier(n_bits=12, C=0.05, temperature=0.7, encoder=encoder).fit(items, labels)
    return fast, contextual


def test_route_below_zero_is_the_fast_classifier_and_above_one_the_contextual(
    pair: tuple[TechniqueClassifier, TechniqueClassifier], tiny_corpus: Corpus
) -> None:
    fast, contextual = pair
    items, _ = _items(tiny_corpus)
    never = CascadeClassifier(fast, contextual, route_below=0.0).predict_proba(items)
    always = CascadeClassifier(fast, contextual, route_below=1.01).predict_proba(items)
    np.testing.assert_allclose(never, softmax(fast.decision_function(items), 0.5), atol=1e-5)
    np.testing.assert_allclose(always, softmax(contextual.decision_function(items), 0.7), atol=1e-5)


def test_only_uncertain_spans_go_to_the_contextual_classifier(
    pair: tuple[TechniqueClassifier, TechniqueClassifier], tiny_corpus: Corpus
) -> None:
    fast, contextual = pair
    items, _ = _items(tiny_corpus)
    confidence = fast.predict_proba(items).max(axis=1)
    threshold = float(np.median(confidence))
    mixed = CascadeClassifier(fast, contextual, route_below=threshold).predict_proba(items)
    np.testing.assert_allclose(mixed.sum(axis=1), 1.0, atol=1e-5)
    routed = confidence < threshold
    assert 0 < routed.sum() < len(items)
    np.testing.assert_allclose(mixed[~routed], fast.predict_proba(items)[~routed], atol=1e-5)
    np.testing.assert_allclose(mixed[routed], contextual.predict_proba(items)[routed], atol=1e-5)


def test_save_and_load_round_trip_through_the_model_loader(
    pair: tuple[TechniqueClassifier, TechniqueClassifier], tiny_corpus: Corpus, tmp_path: Path
) -> None:
    from slant.techniques._model import SpanTagger

    fast, contextual = pair
    texts, spans = tiny_corpus
    SpanTagger(n_bits=12).fit(texts, [[(s, e) for _, s, e in found] for found in spans]).save(tmp_path)
    cascade = CascadeClassifier(fast, contextual, route_below=0.6)
    cascade.save(tmp_path)
    assert CascadeClassifier.present(tmp_path)
    loaded = load_model(tmp_path).classifier
    assert isinstance(loaded, CascadeClassifier)
    assert loaded.route_below == 0.6 and loaded.encoder is not None and loaded.fast.encoder is None
    items, _ = _items(tiny_corpus)
    np.testing.assert_allclose(loaded.predict_proba(items), cascade.predict_proba(items), atol=1e-2)


def test_classifiers_of_different_techniques_cannot_be_cascaded(tiny_corpus: Corpus) -> None:
    items, labels = _items(tiny_corpus)
    fast = TechniqueClassifier(n_bits=12).fit(items, labels)
    keep = [i for i, label in enumerate(labels) if label != "Doubt"]
    other = TechniqueClassifier(n_bits=12).fit([items[i] for i in keep], [labels[i] for i in keep])
    with pytest.raises(ModelError, match="same techniques"):
        CascadeClassifier(fast, other)
