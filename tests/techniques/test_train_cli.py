"""``slant train techniques`` end to end on a tiny PTC-style folder made by the test, then ``eval ptc``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from slant._cli import main
from slant.techniques import TECHNIQUES
from slant.techniques._calibration import SpanCalibration

pytestmark = [pytest.mark.model, pytest.mark.slow]


Maker = Callable[[int], tuple[str, list[tuple[str, int, int]]]]


def _write_split(root: Path, split: str, variants: range, make_article: Maker) -> None:
    folder = root / f"{split}-articles"
    folder.mkdir(parents=True)
    lines: list[str] = []
    for variant in variants:
        article_id = str(1000 + variant)
        text, spans = make_article(variant)
        (folder / f"article{article_id}.txt").write_text(text, encoding="utf-8")
        lines.extend(f"{article_id}\t{technique}\t{s}\t{e}" for technique, s, e in spans)
    (root / f"{split}-task-flc-tc.labels").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_train_then_eval_on_a_tiny_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], article_maker: Maker
) -> None:
    data, out = tmp_path / "ptc", tmp_path / "model"
    _write_split(data, "train", range(12), article_maker)
    _write_split(data, "dev", range(12, 16), article_maker)
    assert main(["train", "techniques", "--data", str(data), "--out", str(out), "--vectors", "none"]) == 0
    err = capsys.readouterr().err
    assert "dev: SI F1" in err and "cross-fitted train (5 folds): SI F1" in err
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["training"]["train_articles"] == 12  # every train article is fitted on
    unseen = metrics["cross_fitted_train"]
    assert (unseen["articles"], unseen["folds"]) == (12, 5)
    for name in ("si", "si_without_verifier"):
        assert len(unseen[name]["f1_folds"]) == 5
        assert 0.0 <= unseen[name]["f1_mean"] <= 1.0
        assert 0.0 <= unseen[name]["pooled"]["f1"] <= 1.0
    for name in ("tc", "tc_fast"):
        assert len(unseen[name]["micro_f1_folds"]) == 5
    # Each fold's articles repeat the other folds' sentences: refitted classifiers name most spans.
    assert unseen["tc_fast"]["micro_f1_mean"] >= 0.5
    assert metrics["training"]["peak_memory_mb"] > 0
    assert 0.0 <= metrics["dev"]["si"]["f1"] <= 1.0
    for name in ("span_tagger.safetensors", "technique_classifier.safetensors", "lexicon.json"):
        assert (out / name).is_file()
    # Issue 15: training calibrates the span scores and chooses the display thresholds, and the
    # separate calibration step on the trained model reproduces them.
    written = SpanCalibration.load(out)
    assert set(written.display_thresholds) == {"article", "comment"}
    assert all(0.0 < t < 1.0 for t in written.display_thresholds.values())
    assert metrics["calibration"]["display_thresholds"] == dict(written.display_thresholds)
    again = tmp_path / "calibration"
    assert (
        main(
            ["train", "techniques-calibration", "--data", str(data), "--model", str(out), "--out", str(again)]
        )
        == 0
    )
    assert "articles on dev: ECE" in capsys.readouterr().err
    redone = SpanCalibration.load(again)
    assert (redone.slopes, redone.intercepts, redone.display_thresholds) == (
        written.slopes,
        written.intercepts,
        written.display_thresholds,
    )
    gold = data / "dev-task-flc-tc.labels"
    args = ["eval", "ptc", "--task", "tc", "--articles", str(data / "dev-articles"), "--gold", str(gold)]
    assert main([*args, "--model", str(out)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["f1_per_technique"]) == set(TECHNIQUES)
    # The dev articles repeat the training sentences, so a working pipeline gets most of them right.
    assert result["micro_f1"] >= 0.6


def test_train_with_fewer_train_articles_than_folds_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], article_maker: Maker
) -> None:
    data = tmp_path / "ptc"
    _write_split(data, "train", range(3), article_maker)
    _write_split(data, "dev", range(3, 5), article_maker)
    code = main(
        ["train", "techniques", "--data", str(data), "--out", str(tmp_path / "m"), "--vectors", "none"]
    )
    assert code != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert "has 3 train articles" in err[-1] and "Traceback" not in "\n".join(err)


def test_train_with_a_missing_data_folder_exits_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train", "techniques", "--data", str(tmp_path / "nope"), "--out", str(tmp_path / "m")]) == 4
    assert "PTC folder" in capsys.readouterr().err


@pytest.mark.issue(16)
def test_train_adds_a_teams_corrected_spans(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], article_maker: Maker
) -> None:
    data, out, gold = tmp_path / "ptc", tmp_path / "model", tmp_path / "corrected"
    _write_split(data, "train", range(10), article_maker)
    _write_split(data, "dev", range(10, 13), article_maker)
    # Two corrected texts as 'slant export --format ptc' writes them (ids of a page and its parts).
    gold.mkdir()
    lines = []
    for number, task_id in enumerate(("page-article", "page-c1")):
        text, spans = article_maker(20 + number)
        (gold / f"article{task_id}.txt").write_text(text, encoding="utf-8")
        lines += [f"{task_id}\t{technique}\t{s}\t{e}\n" for technique, s, e in spans]
    (gold / "gold.labels").write_text("".join(lines), encoding="utf-8")
    args = [
        "train",
        "techniques",
        "--data",
        str(data),
        "--out",
        str(out),
        "--vectors",
        "none",
        "--encoder",
        "none",
    ]
    assert main([*args, "--add-gold", str(gold)]) == 0
    training = json.loads((out / "metrics.json").read_text(encoding="utf-8"))["training"]
    assert (training["train_articles"], training["added_gold_texts"], training["added_gold_spans"]) == (
        12,
        2,
        len(lines),
    )
    (gold / "gold.labels").write_text("page-article\tPerson\t0\t4\n", encoding="utf-8")
    assert main([*args, "--add-gold", str(gold)]) == 3
    assert "label 'Person' is not one of the 14 techniques" in capsys.readouterr().err
