"""The technique classifier's fine-tuning run (issue 15) end to end on a tiny random BERT.

Train, choose the epoch on held-in spans, export, quantise, check ONNX against torch, combine with
the linear classifiers on held-in and measure dev through ``slant train techniques-classifier``.
Needs the train extra's torch and onnx; skipped without them.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from slant.techniques.training._onnx_classifier import FineTunedClassifier

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.issue(15)]

#: The tiny vocabulary's words: "so - called opposition" is Name_Calling, "unaffable" Loaded_Language.
LINES = ["the so - called opposition fled .", "the rebels fled .", "a cafe , b unaffable ."]


def _ptc(root: Path) -> Path:
    """Train and dev articles of the tiny vocabulary, two techniques each."""
    for split, ids in (("train", range(15)), ("dev", range(100, 103))):
        (root / f"{split}-articles").mkdir(parents=True)
        labels = []
        for i in ids:
            text = "\n".join(LINES[i % 3 :] + LINES[: i % 3])
            (root / f"{split}-articles" / f"article{i}.txt").write_text(text, encoding="utf-8")
            start = text.index("so - called")
            labels.append(f"{i}\tName_Calling,Labeling\t{start}\t{start + len('so - called opposition')}")
            start = text.index("unaffable")
            labels.append(f"{i}\tLoaded_Language\t{start}\t{start + len('unaffable')}")
        (root / f"{split}-task-flc-tc.labels").write_text("\n".join(labels) + "\n", encoding="utf-8")
    return root


@pytest.fixture()
def marked_checkpoint(checkpoint: Path, tmp_path: Path) -> Path:
    """The tiny checkpoint with the config keys a model is built from and the two span markers."""
    pytest.importorskip("torch")
    pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime")
    from safetensors.numpy import load_file, save_file

    folder = tmp_path / "bert"
    folder.mkdir()
    vocabulary = [*(checkpoint / "vocab.txt").read_text(encoding="utf-8").split(), "[unused0]", "[unused1]"]
    weights = load_file(str(checkpoint / "model.safetensors"))
    embeddings = weights["embeddings.word_embeddings.weight"]
    extra = np.random.default_rng(1).normal(scale=0.5, size=(2, embeddings.shape[1])).astype(np.float32)
    weights["embeddings.word_embeddings.weight"] = np.vstack([embeddings, extra])
    save_file(weights, str(folder / "model.safetensors"))
    (folder / "vocab.txt").write_text("\n".join(vocabulary) + "\n", encoding="utf-8")
    config = json.loads((checkpoint / "config.json").read_text(encoding="utf-8"))
    config.update(
        vocab_size=len(vocabulary),
        hidden_size=embeddings.shape[1],
        intermediate_size=16,
        max_position_embeddings=512,
    )
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return folder


def test_finetune_exports_a_classifier_that_agrees_with_torch(
    marked_checkpoint: Path, tmp_path: Path
) -> None:
    from slant.techniques.training._finetune_classifier import ClassifierConfig, finetune_classifier

    config = ClassifierConfig(
        layers=2, epochs=3, max_pieces=12, batch_size=2, learning_rate=1e-2, held_in=0.2, threads=1
    )
    out = tmp_path / "run"
    report = finetune_classifier(_ptc(tmp_path / "ptc"), marked_checkpoint, out, config, source="test")
    assert [e["epoch"] for e in report["epochs"]] == [1, 2, 3]
    assert report["onnx_fp32"]["max_abs_diff_vs_torch"] < 1e-4
    # Two techniques, each tied to its own words: the tiny model learns them.
    assert report["onnx_fp32"]["held_in_micro_f1"] == 1.0
    assert FineTunedClassifier.present(out) and (out / "epoch2.safetensors").is_file()
    classifier = FineTunedClassifier.load(out)
    assert classifier.classes_ == ("Loaded_Language", "Name_Calling,Labeling")
    assert classifier.report["held_in_articles"] == report["held_in_articles"]
    # A saved epoch exported again, without training, scores as it did.
    chosen = report["chosen_epoch"]
    again = finetune_classifier(
        _ptc(tmp_path / "ptc2"), marked_checkpoint, tmp_path / "again", config, source="test",
        from_epoch=(chosen, out / f"epoch{chosen}.safetensors"),
    )  # fmt: skip
    assert again["epochs"][0]["held_in_micro_f1"] == next(
        e["held_in_micro_f1"] for e in report["epochs"] if e["epoch"] == chosen
    )


def test_train_classifier_combines_on_held_in_and_measures_dev(
    marked_checkpoint: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slant._cli import main
    from slant.techniques._annotator import TechniqueModel
    from slant.techniques._data import read_split
    from slant.techniques._model import SpanTagger, TechniqueClassifier

    data = _ptc(tmp_path / "ptc")
    train = read_split(data, "train")
    texts = [train.articles[s.article_id] for s in train.spans]
    items = [(t, s.start, s.end) for t, s in zip(texts, train.spans, strict=True)]
    classifier = TechniqueClassifier(n_bits=12, C=1.0).fit(items, [s.technique for s in train.spans])
    tagger = SpanTagger(n_bits=12).fit(
        list(train.articles.values()),
        [[(s.start, s.end) for s in train.spans if s.article_id == a] for a in train.articles],
    )
    TechniqueModel(tagger, classifier).save(tmp_path / "base")
    code = main(
        [
            "train", "techniques-classifier", "--data", str(data), "--out", str(tmp_path / "out"),
            "--base", str(tmp_path / "base"), "--checkpoint", str(marked_checkpoint), "--layers", "2",
            "--epochs", "1", "--threads", "1",
        ]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text(encoding="utf-8"))
    held_in = metrics["held_in"]
    assert set(held_in["micro_f1_by_weight"]) == {str(round(0.1 * k, 1)) for k in range(11)}
    assert held_in["weight"] in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
    assert set(metrics["dev"]) >= {"linear", "finetuned_int8", "combined_int8"}
    assert FineTunedClassifier.load(tmp_path / "out").weight == held_in["weight"]
    assert "dev TC micro-F1 combined" in capsys.readouterr().err


def test_train_classifier_with_a_missing_data_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slant._cli import main

    code = main(
        ["train", "techniques-classifier", "--data", str(tmp_path / "nope"), "--out", str(tmp_path / "m")]
    )
    assert code == 4
    assert "PTC folder" in capsys.readouterr().err
