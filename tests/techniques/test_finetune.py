"""The fine-tuning run (issue 15) end to end on a tiny random BERT: train, choose, export, quantise, check.

Needs the train extra's torch and onnx; skipped without them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from slant.techniques._contextual import ContextualTagger

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.issue(15)]

LINES = ["the so - called opposition fled .", "the rebels fled .", "a cafe , b ."]


def _ptc(root: Path) -> Path:
    """Six train articles of the tiny vocabulary's words, "so - called opposition" a span in each."""
    (root / "train-articles").mkdir(parents=True)
    labels = []
    for i in range(6):
        text = "\n".join(LINES[i % 3 :] + LINES[: i % 3])
        (root / "train-articles" / f"article{i}.txt").write_text(text, encoding="utf-8")
        start = text.index("so - called")
        labels.append(f"{i}\t{start}\t{start + len('so - called opposition')}")
    (root / "train-task-si.labels").write_text("\n".join(labels) + "\n", encoding="utf-8")
    return root


@pytest.fixture()
def full_checkpoint(checkpoint: Path, tmp_path: Path) -> Path:
    """The tiny checkpoint with the config keys a tagger is built from."""
    pytest.importorskip("torch")
    pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime")
    folder = tmp_path / "bert"
    shutil.copytree(checkpoint, folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").split()
    config.update(
        vocab_size=len(vocabulary), hidden_size=8, intermediate_size=16, max_position_embeddings=512
    )
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return folder


def test_finetune_exports_a_tagger_that_agrees_with_torch(full_checkpoint: Path, tmp_path: Path) -> None:
    from slant.techniques.training._finetune import FinetuneConfig, finetune

    config = FinetuneConfig(
        layers=2, epochs=2, max_pieces=8, batch_size=2, learning_rate=1e-3, held_in=0.34, threads=1
    )
    out = tmp_path / "run"
    report = finetune(_ptc(tmp_path / "ptc"), full_checkpoint, out, config, source="test")
    assert [e["epoch"] for e in report["epochs"]] == [1, 2]
    assert report["onnx_fp32"]["max_abs_diff_vs_torch"] < 1e-4
    assert ContextualTagger.present(out) and (out / "epoch2.safetensors").is_file()
    tagger = ContextualTagger.load(out)
    assert tagger.report["held_in_articles"] == report["held_in_articles"]
    # Resuming from a saved epoch reproduces the export of that epoch without training.
    again = finetune(
        _ptc(tmp_path / "ptc2"), full_checkpoint, tmp_path / "again", config, source="test",
        from_epoch=(report["chosen_epoch"], out / f"epoch{report['chosen_epoch']}.safetensors"),
    )  # fmt: skip
    assert again["epochs"][0]["held_in_si"] == next(
        e["held_in_si"] for e in report["epochs"] if e["epoch"] == report["chosen_epoch"]
    )
