"""The Ray engine gives the same rows as the in-process engine (a local Ray, on loopback only)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from slant.corpus import InProcessEngine, RayEngine, query, run_corpus

# The helper modules sit next to this file; worker processes import them by name too, so they
# must be on sys.path (pytest's importlib mode does not put them there).
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_annotators import PIPELINE
from corpus_pages import page_text, write_pages

pytest.importorskip("ray", reason="the ray extra is not installed")

HERE = Path(__file__).resolve().parent


@pytest.fixture
def ray_temp_dir() -> Iterator[str]:
    # Ray's socket paths must stay under ~100 characters: a short folder, not pytest's tmp_path.
    folder = tempfile.mkdtemp(prefix="slray", dir="/tmp")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _table(run: Path, sql: str) -> list[tuple[object, ...]]:
    return sorted(query(run, sql).rows, key=repr)


@pytest.mark.slow
@pytest.mark.issue(5)
def test_ray_engine_gives_the_same_rows_as_in_process(tmp_path: Path, ray_temp_dir: str) -> None:
    folder = tmp_path / "in"
    write_pages(folder, 12)
    (folder / "empty.txt").write_bytes(b"")
    local = tmp_path / "local"
    on_ray = tmp_path / "ray"
    run_corpus([folder], local, engine=InProcessEngine(workers=2), pipeline=PIPELINE, batch_size=4)
    engine = RayEngine(
        workers=2,
        temp_dir=ray_temp_dir,
        # Ray's workers import the test annotators from this folder, as the in-process workers do.
        runtime_env={
            "env_vars": {"PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
        },
    )
    summary = run_corpus([folder], on_ray, engine=engine, pipeline=PIPELINE, batch_size=4)
    assert (summary.pages, summary.errors) == (12, 1)
    for sql in (
        "select * from pages",
        "select * from spans",
        "select * from comments",
        "select page_id, stage, error_type, reason from errors",
    ):
        assert _table(on_ray, sql) == _table(local, sql), sql
    assert len(_table(on_ray, "select * from spans")) > 12


@pytest.mark.slow
@pytest.mark.issue(12)
def test_ray_engine_records_unreadable_entries_as_in_process(tmp_path: Path, ray_temp_dir: str) -> None:
    folder = tmp_path / "in"
    write_pages(folder, 2)
    # Entries that fail in the driver, which reads the inputs for every engine (a FIFO or /dev/zero
    # would too, but would hang or fill the memory of the code before issue 12 instead of failing).
    (folder / "null.txt").symlink_to("/dev/null")
    (folder / "cut.warc.gz").write_bytes(_cut_warc())
    local, on_ray = tmp_path / "local", tmp_path / "ray"
    run_corpus([folder], local, engine=InProcessEngine(workers=0), pipeline=PIPELINE)
    engine = RayEngine(
        workers=1,
        temp_dir=ray_temp_dir,
        runtime_env={
            "env_vars": {"PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
        },
    )
    summary = run_corpus([folder], on_ray, engine=engine, pipeline=PIPELINE)
    assert (summary.pages, summary.errors) == (2, 2)
    sql = "select page_id, source, stage, reason from errors"
    assert _table(on_ray, sql) == _table(local, sql)
    assert not (on_ray / "run.lock").exists()


def _cut_warc() -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    body = page_text(5).encode()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
    WARCWriter(buffer, gzip=True).write_record(
        WARCWriter(buffer).create_warc_record(
            "https://a.example/", "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
        )
    )
    return buffer.getvalue()[:-30]  # inside the payload: a partial page before issue 12
