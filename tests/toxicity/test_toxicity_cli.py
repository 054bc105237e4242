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


@pytest.mark.issue(17)
def test_rows_with_an_id_carry_it_and_keep_seven_floats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "c.csv"
    csv_path.write_text('id,body\nA7,"shut up, moron"\n8,"Lovely photos, thank you"\n', encoding="utf-8")
    code, rows, _ = _run(capsys, str(csv_path), "--text-column", "body")
    assert code == 0 and [row["id"] for row in rows] == ["A7", "8"]
    for row in rows:
        assert list(row) == ["id", *LABELS]
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text(
        '{"comment_id": 12, "text": "idiot"}\n{"text": "hello"}\n{"id": "x", "text": "hi"}\n',
        encoding="utf-8",
    )
    code, rows, _ = _run(capsys, str(jsonl))
    assert code == 0 and [row.get("id") for row in rows] == [12, None, "x"]
    assert list(rows[1]) == list(LABELS)  # a row without an id stays as it was


@pytest.mark.issue(17)
def test_fast_scores_with_the_ngram_model_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from slant.toxicity import load_fast_model

    path = tmp_path / "comments.txt"
    texts = ["you are a pathetic idiot", "thanks for the article", "Ты тупой идиот"]
    path.write_text("\n".join(texts) + "\n", encoding="utf-8")
    code, rows, _ = _run(capsys, str(path), "--fast")
    assert code == 0 and len(rows) == 3 and all(list(row) == list(LABELS) for row in rows)
    expected = load_fast_model().predict_proba(texts)
    for row, probs in zip(rows, expected, strict=True):
        assert [row[label] for label in LABELS] == pytest.approx(
            [round(float(p), 4) for p in probs], abs=1e-4
        )
    code, default_rows, _ = _run(capsys, str(path))
    # Russian: the n-gram model reads English only; the default model reads the meaning.
    assert default_rows[2]["toxicity"] > rows[2]["toxicity"]
