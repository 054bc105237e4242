"""`slant toxicity INPUT`: one JSON object per input row, in order; one-line errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from slant._cli import main
from slant.toxicity import LABELS

pytestmark = [pytest.mark.model, pytest.mark.issue(3)]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, object]], str]:
    code = main(["toxicity", *argv])
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    return code, rows, captured.err


def test_plain_text_one_row_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "comments.txt"
    path.write_text("you are a pathetic idiot\n\nthanks for the article\n", encoding="utf-8")
    code, rows, _ = _run(capsys, str(path))
    assert code == 0
    assert len(rows) == 3
    for row in rows:
        assert list(row) == list(LABELS)
        assert all(isinstance(v, float) and 0.0 <= v <= 1.0 for v in row.values())
    assert rows[0]["insult"] > rows[2]["insult"]
    assert all(v == 0.0 for v in rows[1].values())  # a blank line keeps its row and scores 0


def test_csv_with_text_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.csv"
    path.write_text('id,body\n1,"shut up, moron"\n2,"Lovely photos, thank you"\n', encoding="utf-8")
    code, rows, _ = _run(capsys, str(path), "--text-column", "body")
    assert code == 0 and len(rows) == 2
    assert rows[0]["toxicity"] > rows[1]["toxicity"]


def test_csv_without_column_lists_the_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.csv"
    path.write_text("id,body\n1,hi\n", encoding="utf-8")
    code, rows, err = _run(capsys, str(path))
    assert code == 3 and rows == []
    assert err.count("\n") == 1 and "'id', 'body'" in err and "Traceback" not in err
    code, _, err = _run(capsys, str(path), "--text-column", "text")
    assert code == 3 and "no column 'text'" in err


def test_jsonl_from_stdin_with_spans(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = '{"text": "what a f@cking idiot"}\n{"text": "see you tomorrow"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    code, rows, _ = _run(capsys, "-", "--spans")
    assert code == 0 and len(rows) == 2
    spans = rows[0]["spans"]
    assert isinstance(spans, list) and {s["text"] for s in spans} & {"f@cking", "idiot", "f@cking idiot"}
    assert rows[1]["spans"] == []


def test_format_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "data.dat"
    path.write_text('{"text": "hello"}\n', encoding="utf-8")
    code, rows, _ = _run(capsys, str(path), "--format", "text")
    assert code == 0 and len(rows) == 1  # read as one line of text, not as JSON


@pytest.mark.parametrize(
    ("content", "code", "needle"),
    [(b"", 3, "empty"), (b"\x89PNG\r\n\x1a\n\x00", 3, "binary"), (b"caf\xe9\n", 3, "UTF-8")],
)
def test_bad_input_exits_non_zero_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, code: int, needle: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    got, rows, err = _run(capsys, str(path))
    assert got == code and rows == []
    assert needle in err and err.count("\n") == 1


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "/nonexistent/comments.txt")
    assert code == 4 and "does not exist" in err
