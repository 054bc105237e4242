"""The fine-tuned technique classifier's ONNX side (issue 15): marked spans, the graph run by onnxruntime, the combination.

The graph here is built by hand (the technique logits of the span's first piece looked up in a
table), so the tests check the span marking, the log probabilities, the combination and
persistence without torch or the real weights.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from slant._errors import ModelError
from slant.techniques._encoder import WordPiece
from slant.techniques.training._marked_spans import mark_span
from slant.techniques.training._onnx_classifier import FineTunedClassifier, combine_log_proba

pytestmark = [pytest.mark.model, pytest.mark.issue(15)]

VOCABULARY = [
    "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[unused0]", "[unused1]", "the", "corrupt", "regime", "fell",
    "traitors", "rats", ".",
]  # fmt: skip
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
