"""Every example of docs/integrations.md runs (issue 16): Python blocks in order, and the slant command lines."""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import pytest

from slant._cli import main

pytestmark = [pytest.mark.issue(16), pytest.mark.model]

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "integrations.md"
_BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)


def _blocks() -> list[tuple[str, str]]:
    return [(kind, body) for kind, body in _BLOCK.findall(DOC.read_text(encoding="utf-8"))]


def test_the_page_has_examples_of_each_integration() -> None:
    kinds = [kind for kind, _ in _blocks()]
    assert kinds.count("python") >= 3 and kinds.count("sh") >= 2


def test_every_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("spacy", reason="the spacy extra is not installed")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    ran = 0
    for kind, body in _blocks():
        if kind == "python":
            exec(compile(body, f"{DOC}:python", "exec"), namespace)  # the documented example, verbatim
            ran += 1
            continue
        for line in body.splitlines():
            words = shlex.split(line, comments=True)
            if not words or words[0] != "slant" or words[1] == "train":
                continue
            assert main(words[1:]) == 0, f"{line}: {capsys.readouterr().err}"
            ran += 1
    assert ran >= 8
    assert os.path.isfile("corrections/label-studio/labeling-config.xml")
