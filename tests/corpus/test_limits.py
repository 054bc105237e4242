"""Issue 12, corpus runs: no entry of a corpus can hang a run, exhaust memory or stop the run.

FIFOs, devices, unreadable folders, cut WARC files and over-long JSON lines each become one row of
``errors``, and the pages around them are still analysed.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from slant.corpus import InProcessEngine, iter_tasks, query, run_corpus
from slant.readers import ReadLimits

# The helper modules sit next to this file; worker processes import them by name too, so they
# must be on sys.path (pytest's importlib mode does not put them there).
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_annotators import PIPELINE
from corpus_pages import page_text, write_pages

HERE = Path(__file__).resolve().parent


def _child(code: str, *, memory: int | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh Python, so a hang is a timeout and a runaway read hits ``memory`` bytes."""
    limit = ""
    if memory is not None:
        limit = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))\n"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]))
    return subprocess.run(
        [sys.executable, "-c", limit + code], capture_output=True, text=True, env=env, timeout=timeout
    )


def _errors(run: Path) -> dict[str, tuple[str, str]]:
    rows = query(run, "select source, stage, reason from errors").rows
    return {str(source): (str(stage), str(reason)) for source, stage, reason in rows}


def _warc(count: int, *, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for number in range(count):
        body = page_text(number).encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://a.example/{number}",
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
            )
        )
    return buffer.getvalue()


@pytest.mark.issue(12)
def test_fifos_in_a_corpus_folder_are_error_rows_not_a_hang(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_pages(folder, 3)
    for name in ("pipe.txt", "feed.jsonl", "crawl.warc"):  # each kind of input the folder reader opens
        os.mkfifo(folder / name)
    run = tmp_path / "run"
    # In a child: before the fix, open() on the FIFO waited for a writer forever.
    done = _child(
        "from slant.corpus import InProcessEngine, run_corpus\n"
        "from corpus_annotators import PIPELINE\n"
        f"s = run_corpus([{str(folder)!r}], {str(run)!r}, engine=InProcessEngine(workers=0), pipeline=PIPELINE)\n"
        "print(s.pages, s.errors)\n",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["3", "3"]
    errors = _errors(run)
    for name in ("pipe.txt", "feed.jsonl", "crawl.warc"):
        stage, reason = errors[str(folder / name)]
        assert stage == "input" and "a FIFO (named pipe)" in reason, reason


@pytest.mark.issue(12)
def test_a_link_to_dev_zero_is_an_error_row_not_a_memory_error(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    folder = tmp_path / "in"
    write_pages(folder, 2)
    for name in ("zero.txt", "zero.jsonl", "zero.warc"):
        (folder / name).symlink_to("/dev/zero")
    # Before the fix /dev/zero (st_size 0, so "small") was read until MemoryError: cap the child's
    # memory so that failure comes in a second instead of after filling the machine.
    done = _child(
        "from slant.corpus import iter_tasks\n"
        f"for t in iter_tasks([{str(folder)!r}]): print(t.source.rsplit('/', 1)[-1], '|', t.error)\n",
        memory=2 << 30,
    )
    assert done.returncode == 0, done.stderr[-500:]
    lines = dict(line.split(" | ") for line in done.stdout.splitlines())
    assert lines["page00000.txt"] == lines["page00001.txt"] == "None"
    for name in ("zero.txt", "zero.jsonl", "zero.warc"):
        assert "a symbolic link to a character device" in lines[name], lines


@pytest.mark.issue(12)
def test_size_cap_does_not_trust_st_size(tmp_path: Path) -> None:
    status = Path("/proc/self/status")
    if not status.is_file() or status.stat().st_size != 0:
        pytest.skip("needs Linux's /proc, whose files report a size of 0")
    (tmp_path / "status.txt").symlink_to(status)  # a regular file of ~1 kB whose st_size says 0
    (task,) = iter_tasks([tmp_path], limits=ReadLimits(max_bytes=100))
    assert task.data == b"" and task.error == "over the 100-byte page limit"


def _deny(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``folder`` unreadable to this process: chmod 000, or its effect where root ignores it."""
    folder.chmod(0)
    if os.access(folder, os.R_OK):
        # Root reads a chmod-000 folder anyway: fail what the kernel would fail for anyone else,
        # listing it and looking at what is inside it.
        real_scandir, real_stat = os.scandir, os.stat

        def scandir(path: object = ".") -> object:
            if Path(os.fsdecode(path)) == folder:  # type: ignore[arg-type]
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)  # type: ignore[arg-type]

        def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
            if isinstance(path, str | Path) and Path(path).parent == folder:
                raise PermissionError(13, "Permission denied", str(path))
            return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "scandir", scandir)
        monkeypatch.setattr(os, "stat", stat)


@pytest.mark.issue(12)
def test_an_unreadable_subfolder_is_an_error_row_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    write_pages(folder, 4)
    locked = folder / "locked"
    write_pages(locked, 2, start=10)
    run = tmp_path / "run"
    _deny(monkeypatch, locked)
    try:
        summary = run_corpus(
            [folder], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE, count_total=False
        )
    finally:
        monkeypatch.undo()
        locked.chmod(0o755)
    assert (summary.pages, summary.errors) == (4, 1)
    assert _errors(run) == {str(locked): ("input", "cannot read the folder: Permission denied")}


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("gz", "kept"),
    [
        (True, -30),  # inside the last record's payload
        (True, 60),  # inside the last record's headers: warcio stops as if the file had ended
        (False, -30),  # Content-Length larger than what is left in the file
        (False, 20),  # inside the last record's WARC headers, before its type: warcio yields no type
        (False, 100),  # inside the last record's WARC headers, after its type: warcio fails
        (False, 400),  # between the last record's WARC and HTTP headers
    ],
)
def test_a_truncated_warc_record_is_an_error_row_not_a_partial_page(
    tmp_path: Path, gz: bool, kept: int
) -> None:
    data = _warc(2, gz=gz)
    # kept < 0: that many bytes cut off the end; else: the first record and `kept` bytes of the second.
    end = len(data) + kept if kept < 0 else len(_warc(1, gz=gz)) + kept
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[:end])
    tasks = list(iter_tasks([path]))
    assert tasks[0].error is None and tasks[0].data == page_text(0).encode()
    assert len(tasks) == 2, [(t.source, t.error) for t in tasks]
    assert tasks[1].data == b"" and tasks[1].error is not None and "truncated" in tasks[1].error
    assert "\n" not in tasks[1].error


@pytest.mark.issue(12)
def test_a_truncated_warc_is_stored_in_errors(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(_warc(3, gz=True)[:-30])
    run = tmp_path / "run"
    summary = run_corpus([path], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE)
    assert (summary.pages, summary.errors) == (2, 1)
    ((stage, reason),) = _errors(run).values()
    assert stage == "input" and reason.startswith("truncated WARC record:")
    assert query(run, "select count(*) from pages where url = 'https://a.example/2'").rows == [(0,)]


def test_a_whole_warc_gives_no_error(tmp_path: Path) -> None:
    for gz in (True, False):
        path = tmp_path / ("whole.warc.gz" if gz else "whole.warc")
        path.write_bytes(_warc(3, gz=gz))
        tasks = list(iter_tasks([path]))
        assert [t.error for t in tasks] == [None, None, None]
        assert [t.data for t in tasks] == [page_text(n).encode() for n in range(3)]


@pytest.mark.issue(12)
def test_an_over_long_json_line_is_an_error_row_read_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    good = json.dumps({"text": page_text(1)}).encode()
    with path.open("wb") as stream:
        stream.write(good + b"\n")
        stream.write(b'{"text": "' + b"x" * 32_000_000 + b'"}\n')  # one 32 MB line, no page
        stream.write(good + b"\n")
    limits = ReadLimits(max_bytes=10_000)
    tracemalloc.start()
    try:
        tasks = list(iter_tasks([path], limits=limits))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [t.source for t in tasks] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert tasks[0].data == tasks[2].data == good + b"\n"
    assert tasks[1].data == b"" and tasks[1].error is not None
    assert "over the 10,000-byte page limit" in tasks[1].error and "32,000,013 bytes" in tasks[1].error
    # The line was skipped in small chunks: never held whole (it was, before the fix: 32 MB).
    assert peak < 2_000_000, peak


@pytest.mark.issue(12)
def test_a_gzip_member_cut_inside_the_first_line_is_a_truncated_record(tmp_path: Path) -> None:
    # A cut inside a gzip member's headers can decompress to a part of "WARC/1.0" alone (the
    # cut above hits it when the record's random id and date compress so): the file ends there.
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(_warc(1, gz=True) + gzip.compress(b"W"))
    tasks = list(iter_tasks([path]))
    assert [task.error is None for task in tasks] == [True, False]
    assert "truncated" in str(tasks[1].error) and "\n" not in str(tasks[1].error)


@pytest.mark.issue(12)
def test_a_corrupt_record_before_the_files_end_is_unreadable_not_truncated(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(_warc(1, gz=True) + gzip.compress(b"W" * 40_000) + _warc(1, gz=True))
    tasks = list(iter_tasks([path]))
    assert tasks[1].error is not None and tasks[1].error.startswith("unreadable WARC record")
    # warcio quotes the whole corrupt line; the row keeps 200 characters of its message
    assert len(tasks[1].error) <= len("unreadable WARC record: ") + 200
