"""``slant techniques`` and ``slant eval ptc``: the SemEval submission formats on a tiny folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slant._cli import main
from slant.techniques import TECHNIQUES

pytestmark = pytest.mark.model


def test_ptc_si_prints_id_start_end_for_articles_in_the_folder(
    articles_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["techniques", "--format", "ptc-si", str(articles_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines, "the loaded sentences must give spans"
    texts = {i: (articles_dir / f"article{i}.txt").read_text(encoding="utf-8") for i in ("111", "222")}
    for line in lines:
        article_id, start, end = line.split("\t")
        assert article_id in texts
        assert 0 <= int(start) < int(end) <= len(texts[article_id])


def test_ptc_si_is_the_default_for_a_folder(articles_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["techniques", "--format", "ptc-si", str(articles_dir)])
    explicit = capsys.readouterr().out
    main(["techniques", str(articles_dir)])
    assert capsys.readouterr().out == explicit


def test_ptc_tc_prints_one_line_per_template_line_in_order(
    articles_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = articles_dir.parent / "template.labels"
    assert main(["techniques", "--format", "ptc-tc", "--template", str(template), str(articles_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    expected = template.read_text(encoding="utf-8").splitlines()
    assert len(out) == len(expected)
    for got, want in zip(out, expected, strict=True):
        g, w = got.split("\t"), want.split("\t")
        assert (g[0], g[2], g[3]) == (w[0], w[2], w[3])
        assert g[1] in TECHNIQUES


def test_ptc_tc_without_template_is_a_one_line_error(
    articles_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["techniques", "--format", "ptc-tc", str(articles_dir)]) == 3
    err = capsys.readouterr().err
    assert "--template" in err and "Traceback" not in err


def test_missing_folder_exits_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["techniques", "--format", "ptc-si", str(tmp_path / "nope")]) == 4
    assert capsys.readouterr().err.count("\n") == 1


def test_explain_one_and_all(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["techniques", "--explain", "Doubt"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Doubt (Doubt)") and "Example:" in out
    assert main(["techniques", "--explain"]) == 0
    assert capsys.readouterr().out.count("Example:") == len(TECHNIQUES)
    assert main(["techniques", "--explain", "Nope"]) == 3


def test_eval_ptc_prints_official_metrics(articles_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = articles_dir.parent / "gold-tc.labels"
    assert main(["eval", "ptc", "--task", "si", "--articles", str(articles_dir), "--gold", str(gold)]) == 0
    si = json.loads(capsys.readouterr().out)
    assert {"precision", "recall", "f1"} <= set(si) and 0.0 <= si["f1"] <= 1.0
    assert main(["eval", "ptc", "--task", "tc", "--articles", str(articles_dir), "--gold", str(gold)]) == 0
    tc = json.loads(capsys.readouterr().out)
    assert 0.0 <= tc["micro_f1"] <= 1.0
    assert set(tc["f1_per_technique"]) == set(TECHNIQUES)


def test_page_spans_as_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Traitors everywhere\n\nThe corrupt regime launched a brutal crackdown on protesters, "
        "and these traitors want to destroy our great nation.\n",
        encoding="utf-8",
    )
    assert main(["techniques", str(page)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records
    assert all(r["technique"] in TECHNIQUES and 0 <= r["score"] <= 1 for r in records)
