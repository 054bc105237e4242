"""Issue 12: one writer per run folder; a lock left by a run that is gone is taken over."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from slant import InputError
from slant._cli import main
from slant.corpus import InProcessEngine, query, run_corpus

# The helper modules sit next to this file; worker processes import them by name too, so they
# must be on sys.path (pytest's importlib mode does not put them there).
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_annotators import PIPELINE
from corpus_pages import write_pages

HERE = Path(__file__).resolve().parent


def _args(folder: Path, run: Path, *extra: str) -> list[str]:
    return ["corpus", "run", str(folder), "--out", str(run), "--workers", "0", "--quiet", *extra]


@pytest.mark.issue(12)
def test_a_second_run_on_the_same_folder_is_refused_while_the_first_writes(tmp_path: Path) -> None:
    pages = 12
    write_pages(tmp_path / "in", pages)
    run = tmp_path / "run"
    env = dict(os.environ, SLANT_TEST_DELAY="0.25")
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")])
    # Both runs alike, so that before the lock the second one simply ran too.
    args = [sys.executable, "-m", "slant._cli"]
    args += _args(
        tmp_path / "in",
        run,
        "--batch-size",
        "2",
        "--pipeline",
        ",".join((*PIPELINE, "corpus_annotators:SlowDown")),
    )
    first = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(run.glob("ledger/batch-*.json")):
            time.sleep(0.02)
        assert first.poll() is None, "the first run ended before the second could start; slow it down"
        second = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
        _, first_err = first.communicate(timeout=120)
    finally:
        first.kill()
    assert second.returncode == 3, second.stderr
    (line,) = second.stderr.splitlines()
    assert line.startswith("slant: error: ") and f"pid {first.pid} on host {socket.gethostname()}" in line
    assert "give another --out folder" in line
    assert first.returncode == 0, first_err
    # Before the lock, both runs stored their own batches: pages doubled or lost.
    assert query(run, "select count(*), count(distinct page_id) from pages").rows == [(pages, pages)]
    assert not (run / "run.lock").exists()


@pytest.mark.issue(12)
def test_the_lock_of_a_run_that_is_gone_is_taken_over_with_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_pages(tmp_path / "in", 2)
    run = tmp_path / "run"
    run.mkdir()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead_pid = int(gone.stdout)
    lock = {"pid": dead_pid, "host": socket.gethostname(), "started": "2026-12-01T00:00:00+00:00"}
    (run / "run.lock").write_text(json.dumps(lock))  # as a run killed with -9 leaves it
    with caplog.at_level(logging.WARNING, logger="slant.corpus"):
        summary = run_corpus([tmp_path / "in"], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE)
    assert summary.pages == 2
    assert any(
        f"pid {dead_pid}" in r.getMessage() and "taking over" in r.getMessage() for r in caplog.records
    )
    assert not (run / "run.lock").exists()


@pytest.mark.issue(12)
def test_a_lock_from_another_host_is_refused_with_how_to_proceed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pages(tmp_path / "in", 1)
    run = tmp_path / "run"
    run.mkdir()
    lock = {"pid": 4242, "host": "other-node.example", "started": "2026-12-01T00:00:00+00:00"}
    (run / "run.lock").write_text(json.dumps(lock))
    with pytest.raises(InputError, match="another host"):
        run_corpus([tmp_path / "in"], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE)
    assert main(_args(tmp_path / "in", run, "--pipeline", ",".join(PIPELINE))) == 3
    (line,) = capsys.readouterr().err.splitlines()
    assert "pid 4242 on host other-node.example" in line and f"delete {run / 'run.lock'}" in line
    assert json.loads((run / "run.lock").read_text()) == lock  # left as it was
    assert not (run / "ledger").exists()
