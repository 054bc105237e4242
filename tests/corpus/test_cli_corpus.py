"""The `slant corpus` command line, and a run killed with SIGKILL that resumes to every page exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from slant._cli import main
from slant.corpus import query

# The helper modules sit next to this file; worker processes import them by name too, so they
# must be on sys.path (pytest's importlib mode does not put them there).
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_annotators import PIPELINE
from corpus_pages import write_pages

HERE = Path(__file__).resolve().parent


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def _slant(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "slant._cli", *args],
        capture_output=True,
        text=True,
        env=_env(**env),
        timeout=300,
    )


def test_run_query_report_through_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pages(tmp_path / "in", 4)
    run = tmp_path / "run"
    code = main(
        [
            "corpus",
            "run",
            str(tmp_path / "in"),
            "--out",
            str(run),
            "--workers",
            "0",
            "--pipeline",
            ",".join(PIPELINE),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert "4 pages analysed, 0 failed" in captured.err
    assert captured.out == ""  # progress and summary go to standard error
    assert main(["corpus", "query", str(run), "select count(*) as n from pages", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out) == {"n": 4}
    html = tmp_path / "dash.html"
    assert main(["corpus", "report", str(run), "--html", str(html)]) == 0
    assert html.read_text().startswith("<!DOCTYPE html>")


def test_errors_are_one_line_with_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", "run", str(tmp_path / "missing"), "--out", str(tmp_path / "run")]) == 4
    assert main(["corpus", "query", str(tmp_path / "nope"), "select 1"]) == 4
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "ledger").mkdir()
    assert main(["corpus", "query", str(tmp_path / "run"), "select * from nothing"]) == 3
    err = capsys.readouterr().err
    assert err.count("slant: error:") == 3 and "Traceback" not in err
    # A usage error: exit 2, one line (issue 13: argparse printed the usage first).
    assert (
        main(["corpus", "run", str(tmp_path), "--out", str(tmp_path / "r2"), "--address", "ray://x:1"]) == 2
    )
    (line,) = capsys.readouterr().err.splitlines()
    assert line == "slant: error: --address is for the ray engine; add --engine ray"


def test_plain_progress_lines_when_not_a_tty(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 3)
    done = _slant(
        "corpus",
        "run",
        str(tmp_path / "in"),
        "--out",
        str(tmp_path / "run"),
        "--workers",
        "1",
        "--batch-size",
        "1",
        "--pipeline",
        ",".join(PIPELINE),
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("slant: ") and "pages/s" in lines[0] and "\r" not in done.stderr
    assert "3 pages analysed" in lines[-1]


@pytest.mark.slow
@pytest.mark.issue(5)
def test_kill_9_at_any_moment_then_resume_stores_every_page_exactly_once(tmp_path: Path) -> None:
    pages = 60
    write_pages(tmp_path / "in", pages)
    run = tmp_path / "run"
    args = [
        "corpus",
        "run",
        str(tmp_path / "in"),
        "--out",
        str(run),
        "--workers",
        "2",
        "--batch-size",
        "3",
        "--pipeline",
        ",".join((*PIPELINE, "corpus_annotators:SlowDown")),
        "--quiet",
    ]
    kills = 0
    for wait_for in (2, 6, 11):  # kill after this many committed batches: three different moments
        process = subprocess.Popen(
            [sys.executable, "-m", "slant._cli", *args],
            env=_env(SLANT_TEST_DELAY="0.05"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            ledger = run / "ledger"
            if ledger.is_dir() and len(list(ledger.glob("batch-*.json"))) >= wait_for:
                break
            time.sleep(0.01)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)  # the driver and its workers, mid-write or not
            kills += 1
        process.wait()
    assert kills >= 2, "the run finished before it could be killed; slow it down"
    done = _slant(*args)
    assert done.returncode == 0, done.stderr
    assert query(run, "select count(*), count(distinct page_id) from pages").rows == [(pages, pages)]
    assert query(run, "select count(*) from comments").rows == [(2 * pages,)]
    assert (
        query(run, "select count(*) from (select distinct * exclude (annotator) from spans)").rows
        == query(run, "select count(*) from spans").rows
    )
    assert query(run, "select count(*) from errors").rows == [(0,)]
    # Each page has exactly its spans: 2 techniques and 2 sources in the article, plus toxic insults.
    assert query(run, "select count(*) from spans where layer = 'sources'").rows == [(2 * pages,)]


@pytest.mark.slow
def test_sigterm_stops_the_workers_too_and_the_run_resumes(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    write_pages(tmp_path / "in", 30)
    run = tmp_path / "run"
    args = [
        "corpus",
        "run",
        str(tmp_path / "in"),
        "--out",
        str(run),
        "--workers",
        "2",
        "--batch-size",
        "2",
        "--pipeline",
        ",".join((*PIPELINE, "corpus_annotators:SlowDown")),
        "--quiet",
    ]
    process = subprocess.Popen(
        [sys.executable, "-m", "slant._cli", *args],
        env=_env(SLANT_TEST_DELAY="0.2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(run.glob("ledger/batch-*.json")):
        time.sleep(0.02)
    workers = psutil.Process(process.pid).children(recursive=True)
    assert workers, "the run should have worker processes"
    process.terminate()
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "interrupted" in err and "Traceback" not in err
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, f"orphaned workers: {alive}"
    done = _slant(*args)
    assert done.returncode == 0, done.stderr
    assert query(run, "select count(*), count(distinct page_id) from pages").rows == [(30, 30)]


@pytest.mark.issue(13)
def test_a_run_folder_that_cannot_be_made_exits_11_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slant._cli import main

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(
        "A headline\n\n" + "The council met on Monday and voted to repair the bridge. " * 5, encoding="utf-8"
    )
    code = main(["corpus", "run", str(page), "--out", str(blocker / "run"), "--pipeline", "sentences", "-q"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 11, err
    assert len(err) == 1 and "cannot make the run folder" in err[0]
