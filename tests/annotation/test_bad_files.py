"""Corrected files that are wrong: one line naming the file and line, exit 3, never a traceback (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slant._cli import main

pytestmark = pytest.mark.issue(16)


def _fails(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> str:
    code = main(["eval", "gold", str(path), "--task", "si", *extra])
    err = capsys.readouterr().err.strip()
    assert code == 3, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    return err


def test_label_studio_not_json_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "export.json"
    file.write_text('[\n {"data": {"text": "a"}},\n {"data": {"text": "b",}}\n]\n', encoding="utf-8")
    assert f"{file}:3: not valid JSON" in _fails(capsys, file)


def test_label_studio_region_off_the_text_names_the_task_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = {"data": {"text": "fine"}, "annotations": [{"result": []}]}
    bad = {
        "data": {"text": "short text"},
        "annotations": [
            {
                "result": [
                    {"type": "labels", "value": {"start": 6, "end": 40, "text": "text!", "labels": ["Doubt"]}}
                ]
            }
        ],
    }
    file = tmp_path / "export.json"
    file.write_text(json.dumps([good, bad], indent=1), encoding="utf-8")
    starts = [n for n, text in enumerate(json.dumps([good, bad], indent=1).splitlines(), 1) if text == " {"]
    line = starts[1]  # where the second task starts
    assert f"{file}:{line}: region [6, 40) does not match" in _fails(capsys, file)


def test_label_studio_without_annotations_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "tasks.json"
    file.write_text(json.dumps([{"data": {"text": "a"}, "predictions": []}]), encoding="utf-8")
    assert "has a finished annotation" in _fails(capsys, file, "--format", "label-studio")


def test_brat_bad_offsets_and_changed_text_name_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("The corrupt regime.", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tLoaded_Language 4 11\tcorrupt\nT2\tDoubt 4 x\tcorrupt\n", encoding="utf-8"
    )
    assert f"{tmp_path / 'a.ann'}:2: expected offsets" in _fails(capsys, tmp_path)
    (tmp_path / "a.ann").write_text("#1\tnote\nT1\tLoaded_Language 4 11\tregime\n", encoding="utf-8")
    assert f"{tmp_path / 'a.ann'}:2: the annotation's text 'regime'" in _fails(capsys, tmp_path)
    (tmp_path / "a.ann").write_text("T1\tLoaded_Language 4 99\tcorrupt\n", encoding="utf-8")
    assert "lies outside the text" in _fails(capsys, tmp_path)


def test_brat_unknown_label_is_named_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("The corrupt regime.", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tLoaded_Language 4 11\tcorrupt\nT2\tPerson 12 18\tregime\n", encoding="utf-8"
    )
    assert f"{tmp_path / 'a.ann'}:2: label 'Person' is not one of the 14 techniques" in _fails(
        capsys, tmp_path
    )


def test_ptc_bad_lines_name_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "article7.txt").write_text("The corrupt regime.", encoding="utf-8")
    labels = tmp_path / "gold.labels"
    labels.write_text("7\tLoaded_Language\t4\t11\n7\tDoubt\t4\t5\t6\n", encoding="utf-8")
    assert f"{labels}:2: expected ID<TAB>technique" in _fails(capsys, tmp_path)
    labels.write_text("7\tLoaded_Language\t4\t11\n\n8\tDoubt\t0\t3\n", encoding="utf-8")
    assert f"{labels}:3: names article 8" in _fails(capsys, tmp_path)
    labels.write_text("7\tLoaded_Language\t4\t110\n", encoding="utf-8")
    assert f"{labels}:1: span [4, 110) lies outside article7.txt" in _fails(capsys, tmp_path)


def test_a_path_of_no_known_format_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("nothing", encoding="utf-8")
    assert "cannot tell the format" in _fails(capsys, tmp_path)
    code = main(["eval", "gold", str(tmp_path / "missing.json")])
    assert code == 4 and "does not exist" in capsys.readouterr().err
