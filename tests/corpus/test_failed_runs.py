"""Issue 12: a corpus run whose workers cannot run fails (non-zero exit) and loses no page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from slant._cli import main
from slant.corpus import InProcessEngine, query

# The helper modules sit next to this file; worker processes import them by name too, so they
# must be on sys.path (pytest's importlib mode does not put them there).
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_annotators import PIPELINE
from corpus_pages import write_pages

HERE = Path(__file__).resolve().parent

# Imported by every Python started with it on PYTHONPATH: kills worker processes as they start.
_BROKEN_WORKERS = """import os, sys
if "--multiprocessing-fork" in sys.argv:
    os._exit(3)
"""


def _slant(args: list[str], *, pythonpath: list[str]) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([*pythonpath, str(HERE), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.run(
        [sys.executable, "-m", "slant._cli", *args], capture_output=True, text=True, env=env, timeout=180
    )


@pytest.mark.issue(12)
def test_workers_that_die_as_they_start_fail_the_run_and_lose_no_page(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 4)
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(_BROKEN_WORKERS, encoding="utf-8")
    run = tmp_path / "run"
    args = ["corpus", "run", str(tmp_path / "in"), "--out", str(run), "--workers", "1", "--quiet"]
    args += ["--pipeline", ",".join(PIPELINE)]
    broken = _slant(args, pythonpath=[str(site)])
    # Before the fix: exit 0, "0 pages analysed, 4 failed", every page marked done for good.
    assert broken.returncode != 0, broken.stderr
    assert "slant: error: the inprocess engine's workers fail even without a page" in broken.stderr
    assert "Traceback" not in broken.stderr
    assert query(run, "select count(*) from errors").rows == [(0,)]
    fixed = _slant(args, pythonpath=[])
    assert fixed.returncode == 0, fixed.stderr
    assert query(run, "select count(*), count(distinct page_id) from pages").rows == [(4, 4)]


@pytest.mark.issue(12)
def test_a_broken_pipe_to_a_starting_worker_is_an_error_not_a_closed_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pages(tmp_path / "in", 2)

    class PoolThatCannotStart:
        def submit(self, fn: Any, batch: Any) -> Any:
            raise BrokenPipeError(32, "Broken pipe")  # a worker died as its start-up data was sent

    monkeypatch.setattr(InProcessEngine, "_pool", lambda self: PoolThatCannotStart())
    run = tmp_path / "run"
    code = main(["corpus", "run", str(tmp_path / "in"), "--out", str(run), "--workers", "1", "--quiet"])
    err = capsys.readouterr().err
    # Before issue 12's fix: 0, taken for `| head` closing standard output; before issue 13's: 1,
    # the code the help calls an internal error.
    assert code == 10, err
    (line,) = err.splitlines()
    assert line.startswith("slant: error: cannot start the worker processes (BrokenPipeError")
    assert not list(run.glob("ledger/batch-*.json"))
