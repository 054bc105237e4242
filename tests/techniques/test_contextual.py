"""The fine-tuned tagger's run-time side (issue 15): windows, an ONNX graph run by onnxruntime, the best route.

The graph here is built by hand (each piece's logit looked up in a table), so the tests check the
windowing, the piece-to-word pooling, the decoding, persistence and the route without torch or the
real weights.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from slant import Document, Part
from slant._errors import ModelError, UsageError
from slant.techniques._annotator import TechniqueAnnotator, TechniqueModel
from slant.techniques._contextual import ContextualTagger, DecodingGrid
from slant.techniques._encoder import WordPiece
from slant.techniques._model import SpanTagger, TechniqueClassifier
from slant.techniques._windows import split_words, windows

pytestmark = [pytest.mark.model, pytest.mark.issue(15)]

VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "corrupt", "regime", "fell", "traitor", "##s", "."]
#: Logits per vocabulary id: "corrupt", "regime", "traitor" and "##s" are propaganda, the rest not.
LOGITS = [-5.0, -5.0, -5.0, -5.0, -4.0, 4.0, 3.0, -4.0, 4.0, 2.0, -5.0]


def _graph() -> bytes:
    pytest.importorskip("onnx")
    from onnx import TensorProto, helper

    table = helper.make_tensor("table", TensorProto.FLOAT, [len(LOGITS)], LOGITS)
    node = helper.make_node("Gather", ["table", "input_ids"], ["logits"], axis=0)
    graph = helper.make_graph(
        [node],
        "lookup",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "pieces"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "pieces"]),
        ],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "pieces"])],
        initializer=[table],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return bytes(model.SerializeToString())


@pytest.fixture(scope="module")
def tagger() -> ContextualTagger:
    pytest.importorskip("onnxruntime")
    return ContextualTagger(
        _graph(), VOCABULARY, max_pieces=4, decoding=DecodingGrid(0.5, 0.5, 0), report={"note": "test"}
    )


def test_windows_pack_whole_lines_and_cut_long_ones() -> None:
    tokenizer = WordPiece(VOCABULARY)
    words = split_words("the regime fell.\nthe traitors\nthe corrupt regime fell the regime", tokenizer)
    assert words.line_of == [0, 0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 2]
    found = windows(words, tokenizer, max_pieces=4)
    inner = [w.word_of.tolist() for w in found]
    # line 0 (4 pieces) fills a window; line 1 (3 pieces: the traitor ##s) gets its own; line 2 (6) is cut.
    assert inner == [[0, 1, 2, 3], [4, 5, 5], [6, 7, 8, 9], [10, 11]]
    assert all(w.ids[0] == tokenizer.cls_id and w.ids[-1] == tokenizer.sep_id for w in found)


def test_word_probabilities_pool_pieces_and_decode_to_spans(tagger: ContextualTagger) -> None:
    text = "the corrupt regime fell.\nthe traitors fell."
    spans, _, proba = tagger.token_proba(text)
    assert [text[s:e] for s, e in spans][:4] == ["the", "corrupt", "regime", "fell"]
    traitors = spans.index((text.index("traitors"), text.index("traitors") + 8))
    # "traitors" is two pieces (4 and 2): its probability is their mean.
    expected = (1 / (1 + np.exp(-4.0)) + 1 / (1 + np.exp(-2.0))) / 2
    assert proba[traitors] == pytest.approx(expected, rel=1e-5)
    found = [text[s:e] for s, e, _ in tagger.predict(text)]
    assert found == ["corrupt regime", "traitors"]


def test_empty_text_has_no_words(tagger: ContextualTagger) -> None:
    assert tagger.predict("") == []
    assert tagger.token_proba(" \n ")[2].shape == (0,)


def test_save_load_round_trip(tagger: ContextualTagger, tmp_path: Path) -> None:
    with_lexicon = ContextualTagger(
        tagger.graph, VOCABULARY, max_pieces=4, decoding=tagger.decoding, report={}, with_lexicon=True
    )
    with_lexicon.save(tmp_path)
    assert ContextualTagger.present(tmp_path)
    loaded = ContextualTagger.load(tmp_path)
    text = "the corrupt regime fell.\nthe traitors fell."
    assert loaded.predict(text) == tagger.predict(text)
    assert loaded.with_lexicon and loaded.decoding == tagger.decoding


def test_a_damaged_tagger_file_is_a_model_error(tmp_path: Path) -> None:
    (tmp_path / "contextual_tagger.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "contextual_tagger.onnx").write_bytes(b"")
    with pytest.raises(ModelError):
        ContextualTagger.load(tmp_path)


Corpus = tuple[list[str], list[list[tuple[str, int, int]]]]


@pytest.fixture(scope="module")
def tiny_model(tiny_corpus: Corpus) -> TechniqueModel:
    """A tagger and a classifier fitted on the tiny corpus (the fast route's parts)."""
    texts, spans = tiny_corpus
    tagger = SpanTagger(n_bits=14, C=1.0, high=0.5, low=0.5, max_gap=0).fit(
        texts, [[(s, e) for _, s, e in found] for found in spans]
    )
    items = [(text, s, e) for text, found in zip(texts, spans, strict=True) for _, s, e in found]
    classifier = TechniqueClassifier(n_bits=14, C=10.0).fit(
        items, [t for found in spans for t, _, _ in found]
    )
    return TechniqueModel(tagger, classifier)


def _model(base: TechniqueModel, contextual: ContextualTagger | None) -> TechniqueModel:
    return TechniqueModel(base.tagger, base.classifier, base.lexicon, None, None, contextual)


def test_best_quality_finds_spans_by_the_contextual_route(
    tagger: ContextualTagger, tiny_model: TechniqueModel
) -> None:
    model = _model(tiny_model, tagger)
    text = "the corrupt regime fell."
    (spans,) = model.raw_spans([text], quality="best")
    assert {(text[s:e], route) for s, e, _, _, route in spans} == {("corrupt regime", "contextual")}
    assert model.find_spans(text, quality="best")[0][:2] == (4, 18)


def test_best_quality_without_a_tagger_says_so(tiny_model: TechniqueModel) -> None:
    with pytest.raises(ModelError, match="quality 'best' needs"):
        _model(tiny_model, None).find_spans("the regime fell.", quality="best")


def _doc() -> Document:
    return Document(
        title=Part("the regime fell.", kind="title", id="title"),
        article=Part("the corrupt regime fell.", kind="article", id="article"),
        comments=[Part("the traitors fell.", kind="comment", id="c1")],
    )


def test_the_annotator_runs_the_best_route_from_a_saved_model(
    tagger: ContextualTagger, tiny_model: TechniqueModel, tmp_path: Path
) -> None:
    _model(tiny_model, tagger).save(tmp_path)
    doc = _doc()
    TechniqueAnnotator(model_dir=tmp_path, quality="best")(doc)
    found = [part.span_text(s) for part in doc.parts for s in part.spans["techniques"]]
    assert "corrupt regime" in found and "traitors" in found


def test_annotator_rejects_an_unknown_quality(tiny_model: TechniqueModel, tmp_path: Path) -> None:
    tiny_model.save(tmp_path)
    annotator = TechniqueAnnotator(model_dir=tmp_path, quality="finest")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="quality must be one of fast, best"):
        annotator(_doc())


def test_add_route_chooses_the_lexicon_and_fits_the_contextual_route(
    tagger: ContextualTagger, tiny_model: TechniqueModel
) -> None:
    from slant.techniques._data import LabelledSpan, PtcSplit
    from slant.techniques.training._tagger_route import add_route

    texts = {
        str(i): "the corrupt regime fell.\nthe traitors fell.\nthe regime fell."
        if i % 2
        else "the regime fell."
        for i in range(12)
    }
    spans = []
    for aid, text in texts.items():
        if "corrupt" in text:
            spans.append(LabelledSpan(aid, "Name_Calling,Labeling", 4, 18))
            # The tagger finds "traitors" too, but only half of them are gold: something to calibrate.
            if int(aid) % 4 == 1:
                start = text.index("traitors")
                spans.append(LabelledSpan(aid, "Loaded_Language", start, start + 8))
    train = PtcSplit(texts, tuple(spans))
    chosen, calibration, report = add_route(tiny_model, tagger, train, ["1", "3", "0"])
    assert "contextual" in calibration.slopes
    assert report["held_in_si_f1"]["chosen"] is chosen.with_lexicon is False  # the tiny model has no lexicon
    assert 0.0 < calibration.calibrate(0.5, "contextual") < 1.0
    assert report["held_in"]["before"]["spans"] > 0


def test_cli_best_quality_without_a_tagger_is_one_line(
    tiny_model: TechniqueModel, articles_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slant._cli import main

    tiny_model.save(tmp_path / "model")
    code = main(["techniques", "--quality", "best", "--model", str(tmp_path / "model"), str(articles_dir)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0 and len(err) == 1 and "quality 'best' needs" in err[0]


def test_train_tagger_with_a_missing_data_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slant._cli import main

    code = main(
        ["train", "techniques-tagger", "--data", str(tmp_path / "nope"), "--out", str(tmp_path / "m")]
    )
    assert code == 4
    assert "PTC folder" in capsys.readouterr().err


def _ptc_folder(root: Path) -> Path:
    """A PTC-style folder (train and dev) of the lookup graph's words: Name_Calling on "corrupt regime", some "traitors"."""
    for split, ids in (("train", range(12)), ("dev", range(100, 106))):
        (root / f"{split}-articles").mkdir(parents=True)
        lines = []
        for i in ids:
            text = (
                "the corrupt regime fell.\nthe traitors fell.\nthe regime fell."
                if i % 2
                else "the regime fell."
            )
            (root / f"{split}-articles" / f"article{i}.txt").write_text(text, encoding="utf-8")
            if i % 2:
                lines.append(f"{i}\tName_Calling,Labeling\t4\t18")
                if i % 4 == 1:
                    start = text.index("traitors")
                    lines.append(f"{i}\tLoaded_Language\t{start}\t{start + 8}")
        (root / f"{split}-task-flc-tc.labels").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_train_tagger_from_a_run_adds_the_route_and_measures_dev(
    tagger: ContextualTagger, tiny_model: TechniqueModel, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from slant._cli import main

    data = _ptc_folder(tmp_path / "ptc")
    tiny_model.save(tmp_path / "base")
    run = tmp_path / "run"
    ContextualTagger(
        tagger.graph,
        VOCABULARY,
        max_pieces=4,
        decoding=tagger.decoding,
        report={"held_in_articles": ["1", "3", "0"]},
    ).save(run)
    code = main(
        [
            "train", "techniques-tagger", "--data", str(data), "--out", str(tmp_path / "out"),
            "--base", str(tmp_path / "base"), "--from-run", str(run),
        ]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["best"]["dev"]["si_int8"]["f1"] > 0.5
    assert ContextualTagger.present(tmp_path / "out")
    assert "dev SI F1 with --quality best" in capsys.readouterr().err
