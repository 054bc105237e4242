"""The reports as ``slant analyze`` writes them: JSON on stdout, the HTML file, the summary."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from slant._cli import main
from slant.reports import document_schema

from .test_html_report import assert_safe


def test_analyze_json_validates(example_page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(example_page), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator(document_schema()).validate(data)
    assert len(data["comments"]) == 17
    assert "tokens" not in data["article"]["spans"]


def test_analyze_json_with_tokens(example_page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(example_page), "--json", "--with-tokens"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator(document_schema()).validate(data)
    assert data["article"]["spans"]["tokens"]


def test_analyze_html_writes_a_safe_report(
    example_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.html"
    assert main(["analyze", str(example_page), "--html", str(report)]) == 0
    page = assert_safe(report.read_text(encoding="utf-8"))
    assert len([a for a in page.all("article") if "comment" in (a.get("class") or "")]) == 17
    # the summary still goes to the terminal
    assert "Govt Forces Renew Military Operation" in capsys.readouterr().out


def test_summary_is_plain_off_a_terminal_and_coloured_on_request(
    example_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(example_page)]) == 0
    plain = capsys.readouterr().out
    assert "\x1b[" not in plain
    assert len(plain.splitlines()) <= 40
    assert main(["analyze", str(example_page), "--color", "always"]) == 0
    assert "\x1b[" in capsys.readouterr().out
