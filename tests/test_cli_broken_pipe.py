"""The CLI's BrokenPipeError handling: a closed standard output is success, any other broken pipe is not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import slant.corpus
from slant._cli import main


def _empty_run(folder: Path) -> Path:
    (folder / "ledger").mkdir(parents=True)
    return folder


def test_a_reader_that_goes_away_is_not_an_error(tmp_path: Path) -> None:
    run = _empty_run(tmp_path / "run")
    process = subprocess.Popen(
        [sys.executable, "-m", "slant._cli", "corpus", "query", str(run), "select * from range(300000)"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    process.stdout.close()  # `slant ... | head -0`: the reader is gone before the first write
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert err == ""


@pytest.mark.issue(12)
def test_a_broken_pipe_elsewhere_is_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run = _empty_run(tmp_path / "run")

    def broken(*args: object, **kwargs: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")  # as from a pipe to a worker process

    monkeypatch.setattr(slant.corpus, "query", broken)
    code = main(["corpus", "query", str(run), "select 1"])
    err = capsys.readouterr().err
    assert code == 1  # before the fix: 0, as if `| head` had closed standard output
    (line,) = err.splitlines()
    assert line.startswith("slant: error: a pipe to another process broke")
