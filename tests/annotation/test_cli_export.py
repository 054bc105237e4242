"""``slant export`` from pages and from a corpus run, and ``slant eval gold`` / ``train --add-gold`` (issue 16)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import slant
from slant._cli import main
from slant.annotation import read_gold

pytestmark = pytest.mark.issue(16)

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "examples" / "news-page-with-comments.txt"


def test_export_a_page_then_read_it_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "brat"
    assert main(["export", "--format", "brat", str(PAGE), "-o", str(out), "--layer", "quotes"]) == 0
    assert "as brat into" in capsys.readouterr().err
    doc = slant.analyze(PAGE, pipeline=["quotes"])
    expected = {
        f"news-page-with-comments-{part.id}": sorted((s.start, s.end, s.label) for s in part.spans["quotes"])
        for part in doc.parts
        if part.text.strip()
    }
    back = {task.id: sorted((s.start, s.end, s.label) for s in task.spans) for task in read_gold(out)}
    assert back == expected and any(expected.values())


def test_export_refuses_standard_input_and_unknown_layers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "ptc", "-", "-o", str(tmp_path)]) == 2
    code = main(["export", "--format", "ptc", str(PAGE), "-o", str(tmp_path), "--layer", "nope"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 3 and "no annotator writes the span layer 'nope'" in err[-1]


def test_export_the_spans_stored_in_a_corpus_run(tmp_path: Path) -> None:
    pytest.importorskip("duckdb", reason="the corpus extra is not installed")
    from slant.corpus import InProcessEngine, run_corpus

    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(PAGE, pages / "one.txt")
    run = tmp_path / "run"
    run_corpus([pages], run, engine=InProcessEngine(workers=0), pipeline=["quotes"])
    out = tmp_path / "ls"
    assert main(["export", "--format", "label-studio", str(run), "-o", str(out), "--layer", "quotes"]) == 0
    tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    doc = slant.analyze(PAGE, pipeline=["quotes"])
    stored = sorted(
        (task["data"]["part"], r["value"]["start"], r["value"]["end"])
        for task in tasks
        for r in task.get("predictions", [{"result": []}])[0]["result"]
    )
    assert stored == sorted((p.id, s.start, s.end) for p in doc.parts for s in p.spans["quotes"])


@pytest.mark.model
def test_eval_gold_scores_the_model_on_a_corrected_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ptc"
    assert main(["export", "--format", "ptc", str(PAGE), "-o", str(out)]) == 0
    # A team's correction: the first span's technique changed, the last span removed.
    labels = out / "gold.labels"
    lines = labels.read_text(encoding="utf-8").splitlines()
    first = lines[0].split("\t")
    lines[0] = "\t".join([first[0], "Doubt" if first[1] != "Doubt" else "Slogans", *first[2:]])
    labels.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["eval", "gold", str(out)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["gold_spans"] == len(lines) - 1
    assert 0.0 < result["si"]["f1"] <= 1.0 and 0.0 < result["tc"]["micro_f1"] < 1.0
