"""Corpus inputs: folders, JSON Lines and WARC files, streamed with stable page ids."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from slant import MissingInputError
from slant.corpus import iter_tasks, make_page_id
from slant.readers import ReadLimits

# The helper modules sit next to this file; worker processes import them by name too, so they
# must be on sys.path (pytest's importlib mode does not put them there).
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_pages import page_text, write_pages


def test_folder_is_read_recursively_in_a_stable_order(tmp_path: Path) -> None:
    paths = write_pages(tmp_path, 5)
    (tmp_path / "part0" / "notes.csv").write_text("a,b\n", encoding="utf-8")  # not a page suffix
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    tasks = list(iter_tasks([tmp_path]))
    assert sorted(t.source for t in tasks) == sorted(str(p) for p in paths)
    assert [t.source for t in tasks] == [t.source for t in iter_tasks([tmp_path])]
    assert all(t.data == Path(t.source).read_bytes() for t in tasks)


def test_page_id_depends_on_source_and_content() -> None:
    assert make_page_id("a.txt", b"x") == make_page_id("a.txt", b"x")
    assert make_page_id("a.txt", b"x") != make_page_id("b.txt", b"x")
    assert make_page_id("a.txt", b"x") != make_page_id("a.txt", b"y")
    assert len(make_page_id("a.txt", b"x")) == 16


def test_jsonl_gives_one_task_per_non_blank_line(tmp_path: Path) -> None:
    lines = [json.dumps({"text": page_text(n), "url": f"https://example.com/{n}"}) for n in range(3)]
    path = tmp_path / "crawl.jsonl"
    path.write_text(lines[0] + "\n\n" + lines[1] + "\n" + lines[2] + "\n", encoding="utf-8")
    tasks = list(iter_tasks([path]))
    assert [t.source for t in tasks] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    assert all(t.format == "json" for t in tasks)
    assert json.loads(tasks[2].data)["url"] == "https://example.com/2"


def _warc(records: list[tuple[str, bytes, str, str]], *, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for url, body, content_type, status in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
            )
        )
    writer.write_record(
        writer.create_warc_record("urn:x", "warcinfo", payload=io.BytesIO(b"software: test"), length=14)
    )
    return buffer.getvalue()


@pytest.mark.parametrize("gz", [True, False])
def test_warc_yields_page_responses_only(tmp_path: Path, gz: bool) -> None:
    data = _warc(
        [
            ("https://a.example/1", page_text(1).encode(), "text/plain; charset=utf-8", "200 OK"),
            ("https://a.example/logo.png", b"\x89PNG", "image/png", "200 OK"),
            ("https://a.example/gone", b"not found", "text/html", "404 Not Found"),
            ("https://b.example/2", b"<html><body><p>Hi</p></body></html>", "text/html", "200 OK"),
        ],
        gz=gz,
    )
    path = tmp_path / ("news.warc.gz" if gz else "news.warc")
    path.write_bytes(data)
    tasks = list(iter_tasks([path]))
    assert [t.url for t in tasks] == ["https://a.example/1", "https://b.example/2"]
    assert tasks[0].data == page_text(1).encode()
    assert tasks[0].content_type == "text/plain; charset=utf-8"
    assert all(t.source.startswith(f"{path}@") for t in tasks)
    assert len({t.page_id for t in tasks}) == 2


def test_corrupt_warc_keeps_good_records_and_reports_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    good = _warc([("https://a.example/1", page_text(1).encode(), "text/plain", "200 OK")], gz=True)
    path.write_bytes(good + b"garbage that is neither gzip nor WARC\r\n\r\n")
    tasks = list(iter_tasks([path]))
    assert tasks[0].data == page_text(1).encode() and tasks[0].error is None
    errors = [t for t in tasks if t.error is not None]
    assert len(errors) == 1 and "WARC" in errors[0].error and "\n" not in errors[0].error


def test_folder_also_streams_jsonl_and_warc_files(tmp_path: Path) -> None:
    write_pages(tmp_path, 2)
    (tmp_path / "more.jsonl").write_text(json.dumps({"text": page_text(9)}) + "\n", encoding="utf-8")
    (tmp_path / "crawl.warc.gz").write_bytes(
        _warc([("https://c.example/", page_text(8).encode(), "text/plain", "200 OK")], gz=True)
    )
    assert len(list(iter_tasks([tmp_path]))) == 4


def test_oversized_page_is_an_error_task_not_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 1000, encoding="utf-8")
    (task,) = iter_tasks([path], limits=ReadLimits(max_bytes=100))
    assert task.data == b"" and task.error is not None and "100-byte" in task.error


def test_missing_input_fails_before_anything_is_yielded(tmp_path: Path) -> None:
    with pytest.raises(MissingInputError, match="no such file or folder"):
        next(iter_tasks([tmp_path, tmp_path / "nope"]))
