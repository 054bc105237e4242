"""``POST /v1/analyze`` and ``/v1/analyze/file``: the same JSON as ``slant analyze --json``, and every refusal."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import ClassVar

import pytest

import slant
from slant._document import Document
from slant._pipeline import BaseAnnotator
from slant.serve import _tasks

from .conftest import TEST_PIPELINE, ApiClient, assert_error

PAGE = """Minister Says Reforms Will Save the Nation

The so-called "experts" were wrong again, according to local sources. The minister told
reporters on Monday that the reforms would be finished by the end of the year.

Comments

ann_k
You are all idiots, every one of you.

bob
Thanks for the report, very clear.
"""


def expected_json(text: str, *, fmt: slant.readers.InputFormat = "text") -> dict[str, object]:
    from slant.reports import to_dict

    doc = slant.default_pipeline(TEST_PIPELINE)(
        slant.readers.read_bytes(text.encode(), format=fmt, source="<text>")
    )
    return to_dict(doc)


def test_text_gives_the_same_json_as_the_library(client: ApiClient) -> None:
    response = client.post("/v1/analyze", json={"text": PAGE})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body == json.loads(json.dumps(expected_json(PAGE)))
    assert body["article"]["title"].startswith("Minister Says")
    assert [c["author"] for c in body["comments"]] == ["ann_k", "bob"]
    assert body["comments"][0]["toxicity"]["insult"] > body["comments"][1]["toxicity"]["insult"]


def test_example_page_is_analysed(client: ApiClient, example_page: Path) -> None:
    response = client.post("/v1/analyze", json={"text": example_page.read_text(encoding="utf-8")})
    assert response.status_code == 200, response.text
    assert len(response.json()["comments"]) == len(slant.read(example_page).comments)


def test_html_and_structured_page_are_read(client: ApiClient) -> None:
    paragraph = "<p>Officials said the plan works well for everyone involved, according to the ministry.</p>"
    html = f"<html><head><title>Big news</title></head><body><article><h1>Big news</h1>{paragraph * 5}</article></body></html>"
    response = client.post("/v1/analyze", json={"html": html})
    assert response.status_code == 200, response.text
    assert response.json()["reader"] == "html" and "plan works" in response.json()["article"]["text"]
    page = {
        "title": "A title",
        "text": "The article text, long enough to be read as the article of a real news page today.",
        "comments": [
            {"id": "a", "author": "ann", "text": "You idiot."},
            {"author": "bob", "text": "Calm down.", "parent": "a"},
        ],
    }
    response = client.post("/v1/analyze", json={"page": page})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["reader"] == "json" and body["article"]["title"] == "A title"
    assert [(c["author"], c["parent"]) for c in body["comments"]] == [("ann", None), ("bob", "a")]
    bad = {"title": "no text", "comments": [{"text": "x", "parent": "nobody"}]}
    assert_error(client.post("/v1/analyze", json={"page": bad}), 422, "invalid_input")


def test_uploaded_file_is_analysed_and_its_path_not_echoed(client: ApiClient) -> None:
    files = {"file": ("C:\\Users\\me\\secret\\page.txt", PAGE.encode("utf-8"), "text/plain")}
    response = client.post("/v1/analyze/file", files=files)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["source"] == "page.txt"
    assert body["article"] == expected_json(PAGE)["article"]


def test_html_report_is_a_download(client: ApiClient) -> None:
    response = client.post("/v1/analyze?report=html", json={"text": PAGE})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "attachment" in response.headers["content-disposition"]
    assert "Minister Says" in response.text


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({}, "exactly one of"),
        ({"text": "a", "url": "https://example.org/"}, "got text, url"),
        ({"txt": "typo"}, "txt"),
        ({"text": 42}, "text"),
        ({"text": "ok", "with_tokens": "maybe"}, "with_tokens"),
    ],
)
def test_malformed_requests_are_422(client: ApiClient, body: object, needle: str) -> None:
    assert needle in assert_error(client.post("/v1/analyze", json=body), 422, "invalid_input")


def test_body_that_is_not_json_is_422(client: ApiClient) -> None:
    response = client.post("/v1/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert_error(response, 422, "invalid_input")


def test_empty_or_binary_page_is_422(client: ApiClient) -> None:
    assert_error(client.post("/v1/analyze", json={"text": "   \n "}), 422, "invalid_input")
    files = {"file": ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png")}
    assert_error(client.post("/v1/analyze/file", files=files), 422, "invalid_input")


def test_a_text_path_is_never_read_from_the_server_disk(client: ApiClient) -> None:
    # slant.read() treats a one-line str that names a file as a path; the API must not.
    response = client.post("/v1/analyze", json={"text": "/etc/passwd"})
    assert response.status_code in (200, 422)
    assert "root:" not in response.text


def test_body_over_the_limit_is_413_by_declared_length_and_when_streamed(make_client: object) -> None:
    client = make_client(max_body_bytes=1_000)  # type: ignore[operator]
    big = json.dumps({"text": "x" * 2_000}).encode()
    assert "1,000-byte limit" in assert_error(
        client.post("/v1/analyze", content=big, headers={"content-type": "application/json"}),
        413,
        "input_too_large",
    )

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: the limit must hold while streaming
        for start in range(0, len(big), 256):
            yield big[start : start + 256]

    response = client.post("/v1/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert_error(response, 413, "input_too_large")
    files = {"file": ("page.txt", b"y" * 5_000, "text/plain")}
    assert_error(client.post("/v1/analyze/file", files=files), 413, "input_too_large")


def test_text_over_the_length_limit_is_413(make_client: object) -> None:
    client = make_client(max_text_chars=100)  # type: ignore[operator]
    message = assert_error(client.post("/v1/analyze", json={"text": PAGE}), 413, "text_too_long")
    assert "100-character limit" in message


class _Slow(BaseAnnotator):
    name: ClassVar[str] = "slow"

    def __call__(self, doc: Document) -> Document:
        time.sleep(1.0)
        return doc


def test_analysis_over_the_time_limit_is_504(make_client: object, monkeypatch: pytest.MonkeyPatch) -> None:
    # In threads of the server, where a patched pipeline reaches (workers: tests/serve/test_limits.py).
    monkeypatch.setattr(_tasks, "analysis_pipeline", lambda names: slant.Pipeline([_Slow()]))
    client = make_client(request_timeout=0.2, analysis_processes=False)  # type: ignore[operator]
    started = time.monotonic()
    assert "0.2-second limit" in assert_error(client.post("/v1/analyze", json={"text": PAGE}), 504, "timeout")
    assert time.monotonic() - started < 0.9


def test_timed_out_work_keeps_its_slot_until_it_ends(
    make_client: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = [0]
    most = [0]
    lock = threading.Lock()

    class Counting(BaseAnnotator):
        name: ClassVar[str] = "counting"

        def __call__(self, doc: Document) -> Document:
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            time.sleep(0.6)
            with lock:
                running[0] -= 1
            return doc

    monkeypatch.setattr(_tasks, "analysis_pipeline", lambda names: slant.Pipeline([Counting()]))
    client = make_client(request_timeout=0.2, analysis_threads=1, analysis_processes=False)  # type: ignore[operator]
    assert_error(client.post("/v1/analyze", json={"text": PAGE}), 504, "timeout")
    # The first analysis still runs in the background and holds the only slot: this one waits, times out.
    assert_error(client.post("/v1/analyze", json={"text": PAGE}), 504, "timeout")
    time.sleep(1.0)
    assert most[0] == 1 and running[0] == 0
    assert client.app.state.analysis_limiter.borrowed_tokens == 0  # type: ignore[attr-defined]  # freed when it ended


def test_unavailable_annotator_is_503(make_client: object) -> None:
    client = make_client(pipeline=("no_such_annotator",))  # type: ignore[operator]
    message = assert_error(client.post("/v1/analyze", json={"text": PAGE}), 503, "annotator_unavailable")
    assert "no_such_annotator" in message


def test_internal_errors_reveal_nothing(make_client: object, monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(BaseAnnotator):
        name: ClassVar[str] = "broken"

        def __call__(self, doc: Document) -> Document:
            raise RuntimeError("secret detail in /srv/slant/private/config.py")

    monkeypatch.setattr(_tasks, "analysis_pipeline", lambda names: slant.Pipeline([Broken()]))
    client = make_client(analysis_processes=False)  # type: ignore[operator]
    response = client.post("/v1/analyze", json={"text": PAGE})
    assert_error(response, 500, "internal_error")
    assert "secret" not in response.text and "private" not in response.text
