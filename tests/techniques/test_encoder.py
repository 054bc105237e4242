"""The span encoder: WordPiece as BERT does it, the numpy transformer against a naive reference, save/load."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from slant._errors import ModelError
from slant.techniques._encoder import SpanEncoder, WordPiece, _gelu, export
from slant.techniques._model import TechniqueClassifier

from .conftest import TINY_BERT_SHAPE
from .conftest import TINY_BERT_VOCABULARY as VOCABULARY

HIDDEN, HEADS, LAYERS = TINY_BERT_SHAPE


def _reference(folder: Path, ids: list[int]) -> np.ndarray:
    """BERT's forward pass written plainly, one token and one head at a time, from the raw checkpoint."""
    from safetensors.numpy import load_file

    w = {k: v.astype(np.float64) for k, v in load_file(str(folder / "model.safetensors")).items()}

    def norm(x: np.ndarray, name: str) -> np.ndarray:
        return (x - x.mean()) / math.sqrt(x.var() + 1e-12) * w[name + ".weight"] + w[name + ".bias"]

    def linear(x: np.ndarray, name: str) -> np.ndarray:
        return w[name + ".weight"] @ x + w[name + ".bias"]

    states = [
        norm(
            w["embeddings.word_embeddings.weight"][i]
            + w["embeddings.position_embeddings.weight"][pos]
            + w["embeddings.token_type_embeddings.weight"][0],
            "embeddings.LayerNorm",
        )
        for pos, i in enumerate(ids)
    ]
    size = HIDDEN // HEADS
    for n in range(LAYERS):
        p = f"encoder.layer.{n}."
        q = [linear(s, p + "attention.self.query") for s in states]
        k = [linear(s, p + "attention.self.key") for s in states]
        v = [linear(s, p + "attention.self.value") for s in states]
        out = []
        for t, state in enumerate(states):
            context = np.zeros(HIDDEN)
            for h in range(HEADS):
                cut = slice(h * size, (h + 1) * size)
                logits = np.array([q[t][cut] @ k[u][cut] / math.sqrt(size) for u in range(len(states))])
                attention = np.exp(logits - logits.max()) / np.exp(logits - logits.max()).sum()
                context[cut] = sum(a * v[u][cut] for u, a in enumerate(attention))
            x = norm(state + linear(context, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            inner = linear(x, p + "intermediate.dense")
            inner = np.array([z * 0.5 * (1 + math.erf(z / math.sqrt(2))) for z in inner])
            out.append(norm(x + linear(inner, p + "output.dense"), p + "output.LayerNorm"))
        states = out
    return np.array(states)


def test_wordpiece_splits_punctuation_lowercases_strips_accents_and_keeps_word_offsets() -> None:
    pieces = WordPiece(VOCABULARY)
    text = "The so-called “Opposition” unaffable Café $500 zzz."
    ids, offsets = pieces.tokenize(text)
    assert [VOCABULARY[i] for i in ids] == [
        "the", "so", "-", "called", "“", "opposition", "”", "un", "##aff", "##able", "cafe", "$", "5", "##00",
        "[UNK]", ".",
    ]  # fmt: skip
    # Every piece carries the span of the word it came from.
    assert [text[s:e] for s, e in offsets[7:10]] == ["unaffable"] * 3
    assert text[offsets[14][0] : offsets[14][1]] == "zzz"


def test_gelu_is_close_to_the_exact_erf_form() -> None:
    x = np.linspace(-6, 6, 241).astype(np.float32)
    expected = np.array([z * 0.5 * (1 + math.erf(z / math.sqrt(2))) for z in x.astype(np.float64)])
    assert np.abs(_gelu(x.copy()) - expected).max() < 1e-3


def test_hidden_states_match_a_plain_reference_implementation(encoder: SpanEncoder, checkpoint: Path) -> None:
    ids = [2, 4, 5, 6, 7, 8, 13, 3]
    got = encoder.hidden_states([ids])[0]
    expected = _reference(checkpoint, ids)
    # The word embeddings are stored as int8 rows and the rest as float16: close, not equal.
    cosine = (got * expected).sum(axis=1) / np.linalg.norm(got, axis=1) / np.linalg.norm(expected, axis=1)
    assert cosine.min() > 0.99


def test_sequences_encoded_together_do_not_see_each_other(encoder: SpanEncoder) -> None:
    first, second = [2, 4, 17, 18, 3], [2, 22, 23, 3]
    together = encoder.hidden_states([first, [], second])
    assert together[1].shape == (0, HIDDEN)
    np.testing.assert_allclose(together[0], encoder.hidden_states([first])[0], atol=1e-5)
    np.testing.assert_allclose(together[2], encoder.hidden_states([second])[0], atol=1e-5)


def test_span_vectors_are_unit_length_and_read_the_span_alone(encoder: SpanEncoder) -> None:
    text = "the rebels fled.\nthe so-called opposition fled."
    start = text.index("so-called")
    span = (start, start + len("so-called opposition"))
    with_other = encoder.span_vectors(text, [(4, 10), span])
    np.testing.assert_allclose(np.linalg.norm(with_other, axis=1), 1.0, atol=1e-5)
    ids, _ = encoder.tokenizer.tokenize("so-called opposition")
    states = encoder.hidden_states([[encoder.tokenizer.cls_id, *ids, encoder.tokenizer.sep_id]])[0][1:-1]
    expected = states.mean(axis=0) / np.linalg.norm(states.mean(axis=0))
    np.testing.assert_allclose(with_other[1], expected, atol=1e-5)
    # The same phrase anywhere, in any company, gets the same vector.
    elsewhere = "a b. so-called opposition"
    moved = (elsewhere.index("so-called"), len(elsewhere))
    np.testing.assert_allclose(encoder.span_vectors(elsewhere, [moved])[0], with_other[1], atol=1e-5)


def test_long_and_empty_spans_still_get_unit_vectors(encoder: SpanEncoder) -> None:
    text = " ".join(["the rebels fled"] * 200)
    vectors = encoder.span_vectors(text, [(0, len(text)), (3, 4), (7, 7)])
    assert vectors.shape == (3, HIDDEN)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # A span without pieces (a space, nothing) reads as [CLS] [SEP]: the same vector whatever it is.
    np.testing.assert_allclose(vectors[1], vectors[2], atol=1e-6)


def test_phrases_met_again_are_not_encoded_again(checkpoint: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = export(checkpoint, layers=LAYERS)
    first = fresh.phrase_vectors(["the rebels", "fled"])
    encoded: list[int] = []
    forward = fresh._forward
    monkeypatch.setattr(
        fresh, "_forward", lambda sequences: encoded.append(len(sequences)) or forward(sequences)
    )
    again = fresh.phrase_vectors(["fled", "the rebels fled", "the rebels"])
    assert encoded == [1]  # only the new phrase
    np.testing.assert_allclose(again[[0, 2]], first[[1, 0]])
    again[0] = 0.0  # a caller's changes do not reach the remembered vectors
    np.testing.assert_allclose(fresh.phrase_vectors(["fled"])[0], first[1])
    assert encoded == [1]
    fresh.forget()
    fresh.phrase_vectors(["fled"])
    assert encoded == [1, 1]


def test_save_and_load_round_trip(encoder: SpanEncoder, tmp_path: Path) -> None:
    encoder.save(tmp_path)
    again = SpanEncoder.load(tmp_path)
    assert again.layers == LAYERS
    assert again.provenance["layers_kept"] == f"{LAYERS} of {LAYERS}"
    text = "the so-called opposition fled"
    np.testing.assert_array_equal(again.span_vectors(text, [(4, 13)]), encoder.span_vectors(text, [(4, 13)]))


def test_loading_a_folder_without_an_encoder_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"encoder\.json. is missing; reinstall slant"):
        SpanEncoder.load(tmp_path)


def test_the_classifier_saves_and_reloads_its_encoder(encoder: SpanEncoder, tmp_path: Path) -> None:
    texts = ["the rebels fled", "the so-called opposition", "un cafe", "the rebels fled a b"] * 3
    items = [(t, 0, len(t)) for t in texts]
    labels = ["Loaded_Language", "Name_Calling,Labeling", "Doubt", "Repetition"] * 3
    model = TechniqueClassifier(n_bits=12, C=10.0, encoder=encoder, encoder_weight=2.0).fit(items, labels)
    assert model.dense_weights_.shape == (HIDDEN, 4)
    model.save(tmp_path)
    again = TechniqueClassifier.load(tmp_path)
    assert again.encoder is not None and again.vectors is None
    assert again.encoder_weight == 2.0
    np.testing.assert_allclose(again.decision_function(items), model.decision_function(items), atol=1e-2)


@pytest.mark.model
def test_the_shipped_encoder_tokenizes_like_bert_base_uncased() -> None:
    from slant.techniques._annotator import shipped_model_dir

    shipped = SpanEncoder.load(shipped_model_dir())
    ids, _ = shipped.tokenizer.tokenize("The so-called opposition")
    # bert-base-uncased ids, which MiniLM shares.
    assert ids == [1996, 2061, 1011, 2170, 4559]
    assert (shipped.tokenizer.cls_id, shipped.tokenizer.sep_id) == (101, 102)
    assert shipped.layers == 3 and shipped.dims == 384
