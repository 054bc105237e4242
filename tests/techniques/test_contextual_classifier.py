"""The fine-tuned technique classifier's run-time side (issue 15): marked spans, an ONNX graph, the combination, the best route.

The graph here is built by hand (the technique logits of the span's first piece looked up in a
table), so the tests check the span marking, the column alignment, the combination, persistence
and the route without torch or the real weights.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from slant._errors import ModelError
from slant.techniques._annotator import TechniqueModel
from slant.techniques._contextual_classifier import (
    CombinedClassifier,
    FineTunedClassifier,
    combine_log_proba,
)
from slant.techniques._encoder import WordPiece
from slant.techniques._marked_spans import mark_span
from slant.techniques._model import SpanTagger, TechniqueClassifier

pytestmark = [pytest.mark.model, pytest.mark.issue(15)]

VOCABULARY = [
    "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[unused0]", "[unused1]", "the", "corrupt", "regime", "fell",
    "traitors", "rats", ".",
]  # fmt: skip
#: The fine-tuned graph's classes, on purpose in another order than the linear classifier's.
CLASSES = ("Name_Calling,Labeling", "Loaded_Language")
#: Logits per vocabulary id (the span's first piece): "corrupt" Loaded_Language, "traitors" and
#: "rats" Name_Calling, the rest undecided.
TABLE = [[0.0, 0.0]] * 7 + [[-3.0, 3.0], [0.0, 0.0], [0.0, 0.0], [3.0, -3.0], [2.0, -2.0], [0.0, 0.0]]


def _graph() -> bytes:
    pytest.importorskip("onnx")
    from onnx import TensorProto, helper

    table = helper.make_tensor(
        "table", TensorProto.FLOAT, [len(TABLE), 2], np.asarray(TABLE).ravel().tolist()
    )
    one = helper.make_tensor("one", TensorProto.INT64, [], [1])
    first = helper.make_tensor("first", TensorProto.INT64, [1], [0])
    nodes = [
        helper.make_node("Add", ["markers", "one"], ["after"]),
        helper.make_node("GatherElements", ["input_ids", "after"], ["pieces"], axis=1),
        helper.make_node("Gather", ["pieces", "first"], ["piece"], axis=1),
        helper.make_node("Gather", ["table", "piece"], ["looked_up"], axis=0),
        helper.make_node("Squeeze", ["looked_up", "first_axis"], ["logits"]),
    ]
    axis = helper.make_tensor("first_axis", TensorProto.INT64, [1], [1])
    graph = helper.make_graph(
        nodes,
        "lookup",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "pieces"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "pieces"]),
            helper.make_tensor_value_info("markers", TensorProto.INT64, ["batch", 2]),
        ],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 2])],
        initializer=[table, one, first, axis],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return bytes(model.SerializeToString())


@pytest.fixture(scope="module")
def finetuned() -> FineTunedClassifier:
    pytest.importorskip("onnxruntime")
    return FineTunedClassifier(_graph(), VOCABULARY, CLASSES, max_pieces=12, report={"note": "test"})


@pytest.fixture(scope="module")
def linear() -> TechniqueClassifier:
    """A linear classifier that calls "corrupt" and "traitors" Loaded_Language, "rats" Name_Calling."""
    texts = ["the corrupt regime fell.", "the traitors fell.", "the rats fell."] * 4
    labels = ["Loaded_Language", "Loaded_Language", "Name_Calling,Labeling"] * 4
    items = [(t, 4, t.index(" ", 4)) for t in texts]
    return TechniqueClassifier(n_bits=12, C=10.0).fit(items, labels)


def test_a_span_is_marked_in_its_line_within_the_budget() -> None:
    tokenizer = WordPiece(VOCABULARY)
    text = "the regime fell.\nthe corrupt regime fell the regime fell.\nthe rats."
    start = text.index("corrupt")
    marked = mark_span(text, start, start + len("corrupt regime"), tokenizer, max_pieces=64)
    words = [VOCABULARY[i] for i in marked.ids]
    # The span's line only, the markers around the span, the markers' positions recorded.
    assert words == [
        "[CLS]", "the", "[unused0]", "corrupt", "regime", "[unused1]", "fell", "the", "regime", "fell", ".",
        "[SEP]",
    ]  # fmt: skip
    assert [words[p] for p in marked.markers] == ["[unused0]", "[unused1]"]
    short = mark_span(text, start, start + len("corrupt regime"), tokenizer, max_pieces=7)
    # 3 pieces of room: the span's 2, one of context, taken where there is more (the right).
    assert [VOCABULARY[i] for i in short.ids] == [
        "[CLS]", "[unused0]", "corrupt", "regime", "[unused1]", "fell", "[SEP]",
    ]  # fmt: skip
    long = mark_span(text, start, text.index("fell.", start) + 4, tokenizer, max_pieces=8)
    # A span longer than the room keeps its first and last pieces.
    assert [VOCABULARY[i] for i in long.ids] == [
        "[CLS]", "[unused0]", "corrupt", "regime", "regime", "fell", "[unused1]", "[SEP]",
    ]  # fmt: skip


def test_log_probabilities_come_from_the_marked_span(finetuned: FineTunedClassifier) -> None:
    text = "the corrupt regime fell.\nthe traitors fell."
    items = [(text, 4, 18), (text, text.index("traitors"), text.index("traitors") + 8), (text, 0, 3)]
    log_proba = finetuned.log_proba(items)
    assert np.exp(log_proba).sum(axis=1) == pytest.approx([1.0, 1.0, 1.0], abs=1e-5)
    assert [CLASSES[i] for i in log_proba[:2].argmax(axis=1)] == ["Loaded_Language", "Name_Calling,Labeling"]
    assert np.exp(log_proba[2]) == pytest.approx([0.5, 0.5], abs=1e-5)
    assert finetuned.log_proba([]).shape == (0, 2)


def test_the_combination_mixes_log_probabilities_at_its_weight() -> None:
    finetuned = np.log(np.asarray([[0.9, 0.1], [0.2, 0.8]], dtype=np.float32))
    linear = np.log(np.asarray([[0.3, 0.7], [0.4, 0.6]], dtype=np.float32))
    assert combine_log_proba(finetuned, linear, weight=1.0, temperature=1.0) == pytest.approx(
        finetuned, abs=1e-5
    )
    assert combine_log_proba(finetuned, linear, weight=0.0, temperature=1.0) == pytest.approx(
        linear, abs=1e-5
    )
    half = np.exp(combine_log_proba(finetuned, linear, weight=0.5, temperature=2.0))
    expected = np.sqrt(np.sqrt([0.9 * 0.3, 0.1 * 0.7]))
    assert half[0] == pytest.approx(expected / expected.sum(), abs=1e-5)


def _with_weight(finetuned: FineTunedClassifier, weight: float) -> FineTunedClassifier:
    return FineTunedClassifier(
        finetuned.graph, VOCABULARY, CLASSES, max_pieces=12, report={}, weight=weight, temperature=1.0
    )


def test_combined_columns_follow_the_linear_classifier(
    finetuned: FineTunedClassifier, linear: TechniqueClassifier
) -> None:
    text = "the traitors fell."
    items = [(text, 4, 12)]
    assert linear.predict(items) == ["Loaded_Language"]
    alone = CombinedClassifier(linear, _with_weight(finetuned, 1.0))
    assert alone.classes_ == linear.classes_
    assert alone.predict(items) == ["Name_Calling,Labeling"]  # the fine-tuned graph's choice, columns mapped
    assert CombinedClassifier(linear, _with_weight(finetuned, 0.0)).predict(items) == ["Loaded_Language"]
    assert alone.predict_proba(items).sum() == pytest.approx(1.0, abs=1e-5)


def test_a_classifier_of_other_techniques_is_refused(finetuned: FineTunedClassifier) -> None:
    other = TechniqueClassifier(n_bits=12).fit(
        [("the rats fell.", 4, 8), ("the regime fell.", 4, 10)], ["Doubt", "Slogans"]
    )
    with pytest.raises(ModelError, match="same techniques"):
        CombinedClassifier(other, finetuned)


def test_save_load_round_trip(finetuned: FineTunedClassifier, tmp_path: Path) -> None:
    _with_weight(finetuned, 0.4).save(tmp_path)
    assert FineTunedClassifier.present(tmp_path)
    loaded = FineTunedClassifier.load(tmp_path)
    assert (loaded.weight, loaded.temperature, loaded.classes_) == (0.4, 1.0, CLASSES)
    items = [("the corrupt regime fell.", 4, 18)]
    assert loaded.log_proba(items) == pytest.approx(finetuned.log_proba(items))


def test_a_damaged_classifier_file_is_a_model_error(tmp_path: Path) -> None:
    (tmp_path / "contextual_classifier.json").write_text('{"__cls__": "span_tagger"}', encoding="utf-8")
    (tmp_path / "contextual_classifier.onnx").write_bytes(b"")
    with pytest.raises(ModelError):
        FineTunedClassifier.load(tmp_path)


def _model(linear: TechniqueClassifier, finetuned: FineTunedClassifier | None) -> TechniqueModel:
    texts = ["the corrupt regime fell.", "the traitors fell.", "the regime fell."] * 4
    spans = [[(4, 18)], [(4, 12)], []] * 4
    tagger = SpanTagger(n_bits=12, C=10.0, high=0.5, low=0.5, max_gap=0).fit(texts, spans)
    return TechniqueModel(tagger, linear, finetuned_classifier=finetuned)


def test_best_quality_names_spans_with_the_combination(
    finetuned: FineTunedClassifier, linear: TechniqueClassifier, tmp_path: Path
) -> None:
    from slant.techniques._annotator import load_model

    _model(linear, _with_weight(finetuned, 1.0)).save(tmp_path)
    model = load_model(tmp_path)
    assert model.finetuned_classifier is not None
    text = "the traitors fell."
    (fast,) = model.raw_spans([text])
    (best,) = model.raw_spans([text], quality="best")
    # Spans found the fast way in both (no fine-tuned tagger), named differently.
    assert [(s, e, t) for s, e, t, _, _ in fast] == [(4, 12, "Loaded_Language")]
    assert [(s, e, t, route) for s, e, t, _, route in best] == [(4, 12, "Name_Calling,Labeling", "tagged")]


def test_best_quality_with_no_fine_tuned_part_says_so(linear: TechniqueClassifier) -> None:
    with pytest.raises(ModelError, match="quality 'best' needs"):
        _model(linear, None).technique_classifier("best")
    assert _model(linear, None).technique_classifier("fast") is linear


def test_eval_ptc_tc_uses_the_combination_at_best_quality(
    finetuned: FineTunedClassifier, linear: TechniqueClassifier, tmp_path: Path
) -> None:
    from slant.techniques._ptc import evaluate_ptc

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "article1.txt").write_text("the traitors fell.\nthe corrupt regime fell.", encoding="utf-8")
    gold = tmp_path / "gold.labels"
    gold.write_text("1\tName_Calling,Labeling\t4\t12\n1\tLoaded_Language\t23\t37\n", encoding="utf-8")
    model = _model(linear, _with_weight(finetuned, 1.0))
    fast = evaluate_ptc(model, folder, gold, task="tc")
    best = evaluate_ptc(model, folder, gold, task="tc", quality="best")
    assert (fast["micro_f1"], best["micro_f1"]) == (0.5, 1.0)
    assert best["quality"] == "best"
