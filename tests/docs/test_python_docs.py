"""docs/python.md runs as written: its Python blocks, in order, in one namespace (issue 16).

Like FastAPI's docs_src tests: an example that stops working fails the suite instead of misleading a
reader. The blocks run from a temporary folder holding a copy of examples/, as a reader's would.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "python.md"

pytestmark = [pytest.mark.issue(16), pytest.mark.model]


def python_blocks(markdown: str) -> list[str]:
    """The code of every fenced ```python block, in order."""
    return re.findall(r"^```python\n(.*?)^```$", markdown, flags=re.S | re.M)


def test_the_page_has_an_example_for_each_integration() -> None:
    text = DOC.read_text(encoding="utf-8")
    code = "\n".join(python_blocks(text))
    for used in (
        "_repr_html_",
        "slant.frames.to_pandas",
        "slant.frames.to_arrow",
        "slant.toxicity.score(df[",
        "slant.frames.analyze_column",
        "slant.corpus.open",
        ".sql(",
        "write_dashboard",
    ):
        assert used in code, used


def test_the_examples_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pandas", reason="needs the pandas extra")
    pytest.importorskip("duckdb", reason="needs the corpus extra")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "docs_python"}
    blocks = python_blocks(DOC.read_text(encoding="utf-8"))
    assert len(blocks) >= 6
    for number, block in enumerate(blocks, start=1):
        code = compile(block, f"docs/python.md block {number}", "exec")
        exec(code, namespace)  # the documentation's own code, run as a reader would
    printed = capsys.readouterr().out
    assert "toxicity" in printed and "alpha.example" in printed
    assert (tmp_path / "dashboard.html").is_file()
