"""Issue 12, the service's part: every input has a bounded cost, and abuse does not stop /healthz.

Most tests run a real uvicorn server (with the options ``slant serve`` gives it) on 127.0.0.1 in a
thread of the test process, because connections, time limits and keep-alive only exist there.
"""

from __future__ import annotations

import contextlib
import functools
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import uvicorn

from slant.serve import ServeSettings, _routes_analyze, _tasks, create_app
from slant.serve._protocol import server_options
from slant.serve._workers import AnalysisWorkers

from .conftest import TEST_PIPELINE, ApiClient, assert_error

PAGE = "A Headline\n\nThe minister said the reforms would be finished by the end of the year, and more.\n"


@contextlib.contextmanager
def running_server(**settings: Any) -> Iterator[str]:
    """A real uvicorn server with ``settings`` on 127.0.0.1, in a thread; yields its base URL."""
    settings.setdefault("pipeline", TEST_PIPELINE)
    serve_settings = ServeSettings(**settings)
    app = create_app(serve_settings, preload=False)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, **server_options(serve_settings), lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _connect(base: str, source: str = "127.0.0.1") -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    conn = socket.create_connection((host, int(port)), timeout=5, source_address=(source, 0))
    return conn


def _closed_within(conn: socket.socket, seconds: float) -> bytes | None:
    """What the server sent before closing ``conn``, or None if it is still open after ``seconds``."""
    conn.settimeout(seconds)
    received = b""
    try:
        while chunk := conn.recv(65536):
            received += chunk
    except TimeoutError:
        return None
    except ConnectionResetError:
        pass
    return received


def _healthz_seconds(base: str) -> float:
    started = time.perf_counter()
    response = httpx.get(base + "/healthz", timeout=5)
    assert response.status_code == 200
    return time.perf_counter() - started


# -- finding 12: an unexpected error is a clean JSON 500 and the connection lives on ------------------


def test_an_unexpected_error_is_a_json_500_and_the_keep_alive_connection_survives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(names: object) -> object:
        raise ValueError("Invalid IPv6 URL")  # what urlsplit raised for a page url of 'http://[::1'

    monkeypatch.setattr(_tasks, "analysis_pipeline", broken)
    with running_server(analysis_processes=False) as base, httpx.Client(base_url=base, timeout=10) as client:
        response = client.post("/v1/analyze", json={"text": PAGE})
        assert_error(response, 500, "internal_error")
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
        assert client.get("/healthz").status_code == 200  # the same connection: it was not reset
        assert client.post("/v1/analyze", json={"text": PAGE}).status_code == 500


def test_a_page_url_python_cannot_parse_never_breaks_the_next_request() -> None:
    page = {"url": "http://[::1", "title": "T", "article": PAGE * 3, "comments": []}
    with running_server() as base, httpx.Client(base_url=base, timeout=30) as client:
        response = client.post("/v1/analyze", json={"page": page})
        # The reader keeps a url it cannot parse aside (meta.invalid_url) and analyses the page.
        assert response.status_code == 200, response.text
        assert response.json()["url"] is None
        assert response.json()["meta"]["invalid_url"] == "http://[::1"
        assert client.get("/healthz").status_code == 200


# -- finding 10: an upload is held to the same text length as JSON ----------------------------------


def test_an_uploaded_file_over_the_text_limit_is_413_as_json_text_is(
    make_client: Callable[..., ApiClient],
) -> None:
    client = make_client(max_text_chars=100)
    text = PAGE * 3
    assert_error(client.post("/v1/analyze", json={"text": text}), 413, "text_too_long")
    response = client.post("/v1/analyze/file", files={"file": ("page.txt", text.encode())})
    assert "100-character limit" in assert_error(response, 413, "text_too_long")
    # The characters count, not the bytes: a UTF-16 file of the same text is as long.
    utf16 = client.post("/v1/analyze/file", files={"file": ("page.txt", text.encode("utf-16"))})
    assert_error(utf16, 413, "text_too_long")
    assert client.post("/v1/analyze/file", files={"file": ("page.txt", PAGE.encode())}).status_code == 200


# -- finding 13: failed keys count, and forwarding headers are believed only from trusted proxies ----


def test_wrong_keys_are_rate_limited_per_address(make_client: Callable[..., ApiClient]) -> None:
    client = make_client(api_keys=frozenset({"right"}), auth_failures_per_minute=3)
    body = {"comments": ["hello"]}
    for key in ("wrong-1", "wrong-2", "wrong-3"):
        assert_error(client.post("/v1/toxicity", json=body, headers={"X-API-Key": key}), 401, "unauthorized")
    refused = client.post("/v1/toxicity", json=body, headers={"X-API-Key": "wrong-4"})
    assert "missing or wrong API key" in assert_error(refused, 429, "rate_limited")
    assert int(refused.headers["retry-after"]) >= 1
    # Guessing stops: even the right key is not looked at from this address until it refills.
    assert_error(client.post("/v1/toxicity", json=body, headers={"X-API-Key": "right"}), 429, "rate_limited")


def test_right_keys_are_not_counted_as_failures(make_client: Callable[..., ApiClient]) -> None:
    client = make_client(api_keys=frozenset({"right"}), auth_failures_per_minute=2)
    for _ in range(5):
        assert (
            client.post("/v1/toxicity", json={"comments": ["hi"]}, headers={"X-API-Key": "right"}).status_code
            == 200
        )


def test_a_rotating_x_forwarded_for_does_not_escape_the_limit() -> None:
    with running_server(rate_limit=2) as base, httpx.Client(base_url=base, timeout=30) as client:
        statuses = [
            client.post(
                "/v1/toxicity", json={"comments": ["hi"]}, headers={"X-Forwarded-For": f"203.0.113.{i}"}
            ).status_code
            for i in range(4)
        ]
        forwarded = client.post(
            "/v1/toxicity", json={"comments": ["hi"]}, headers={"Forwarded": "for=198.51.100.7"}
        )
    assert statuses == [200, 200, 429, 429]
    assert forwarded.status_code == 429


def test_forwarding_headers_name_the_client_only_from_a_trusted_proxy(
    make_client: Callable[..., ApiClient],
) -> None:
    # httpx's ASGI transport calls from 127.0.0.1: here it plays the reverse proxy.
    client = make_client(rate_limit=1, trusted_proxies=("127.0.0.0/8",))
    body = {"comments": ["hi"]}

    def status(forwarded_for: str) -> int:
        return client.post("/v1/toxicity", json=body, headers={"X-Forwarded-For": forwarded_for}).status_code

    assert status("203.0.113.1") == 200 and status("203.0.113.2") == 200  # two clients behind the proxy
    assert status("203.0.113.1") == 429
    # A client that sends its own header gets the proxy's entry for it appended: the rightmost counts.
    assert status("198.51.100.9, 203.0.113.2") == 429
    # IPv6 clients count per /64, so rotating through one's own network does not help.
    assert status("2001:db8::1") == 200 and status("2001:db8::2") == 429
    untrusted = make_client(rate_limit=1, trusted_proxies=("10.0.0.0/8",))
    assert [
        untrusted.post("/v1/toxicity", json=body, headers={"X-Forwarded-For": f"203.0.113.{i}"}).status_code
        for i in range(2)
    ] == [200, 429]


@pytest.mark.parametrize("proxy", ["not-an-address", "10.0.0.0/33"])
def test_a_bad_trusted_proxy_is_a_clear_error(proxy: str) -> None:
    from slant._errors import InputError

    with pytest.raises(InputError, match="trusted_proxies"):
        ServeSettings(trusted_proxies=(proxy,))


# -- finding 6: connections are capped and heads and bodies must come in time ----------------------


def test_a_connection_that_sends_nothing_is_closed_after_the_header_timeout() -> None:
    with running_server(header_timeout=0.5) as base, _connect(base) as conn:
        started = time.monotonic()
        answer = _closed_within(conn, 5)
        assert answer is not None and b"408" in answer
        assert 0.4 < time.monotonic() - started < 2


def test_a_dripped_head_is_closed_after_the_header_timeout() -> None:
    with running_server(header_timeout=0.6) as base, _connect(base) as conn:
        started = time.monotonic()
        closed = False
        for byte in b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200:
            try:
                conn.send(bytes([byte]))
            except OSError:
                closed = True
                break
            time.sleep(0.05)
            if time.monotonic() - started > 3:
                break
        assert closed or _closed_within(conn, 2) is not None
        assert time.monotonic() - started < 3


def test_the_header_timeout_restarts_after_each_answer_on_a_keep_alive_connection() -> None:
    with running_server(header_timeout=0.8, keep_alive_timeout=5) as base, _connect(base) as conn:
        for _ in range(3):
            conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            conn.settimeout(5)
            answer = b""
            while not answer.endswith(b"}"):
                answer += conn.recv(65536)
            assert answer.startswith(b"HTTP/1.1 200")
            time.sleep(0.4)  # under the limit each time: the connection stays
        assert _closed_within(conn, 3) is not None  # then idle past it: closed


def test_a_body_that_never_comes_is_408() -> None:
    with running_server(body_timeout=0.5) as base, _connect(base) as conn:
        conn.sendall(
            b"POST /v1/toxicity HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100\r\n\r\n{"
        )
        answer = _closed_within(conn, 5)
        assert answer is not None and answer.startswith(b"HTTP/1.1 408")


def test_connections_over_the_per_client_cap_are_refused_at_once() -> None:
    with running_server(max_connections=50, max_connections_per_client=3) as base:
        kept = [_connect(base, "127.0.0.2") for _ in range(3)]
        with _connect(base, "127.0.0.2") as extra:
            answer = _closed_within(extra, 2)
        assert answer is not None and b"503" in answer and b"too_many_connections" in answer
        assert _healthz_seconds(base) < 1  # another address is not affected
        for conn in kept:
            conn.close()


def test_idle_connections_at_the_cap_make_way_for_new_ones() -> None:
    with running_server(max_connections=20, max_connections_per_client=20) as base:
        idle = [_connect(base, f"127.0.0.{2 + i % 4}") for i in range(20)]
        time.sleep(0.2)
        for _ in range(5):
            assert _healthz_seconds(base) < 1
        assert _closed_within(idle[0], 2) is not None  # the longest idle went first
        for conn in idle:
            conn.close()


def test_connections_cannot_exhaust_the_file_descriptors() -> None:
    # The attack of the finding, scaled down: many idle connections from many addresses.
    with running_server(max_connections=100, max_connections_per_client=50) as base:
        # what the test process holds already (its count grows with what earlier tests loaded)
        before = len(os.listdir("/proc/self/fd"))
        opened: list[socket.socket] = []
        try:
            for i in range(400):
                with contextlib.suppress(OSError):
                    opened.append(_connect(base, f"127.0.1.{1 + i % 40}"))
            assert _healthz_seconds(base) < 1
            added = len(os.listdir("/proc/self/fd")) - before
            # This process holds both ends: ours (400) and the server's (at most 100 and a few).
            assert added < 400 + 100 + 20, added
        finally:
            for conn in opened:
                conn.close()


# -- 504 stops the work --------------------------------------------------------------------------


class _SleepsInTheWorker:
    """A task that keeps its worker busy: unpickling it in the worker sleeps (the worker cannot
    see a test's monkeypatch, but it does unpickle what it is sent)."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (time.sleep, (60,))


def test_work_answered_504_is_stopped_by_killing_its_worker(
    make_client: Callable[..., ApiClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_routes_analyze, "analyze_page", _SleepsInTheWorker())
    # 3 s: the fresh worker that answers the second request loads its models first, which takes
    # over a second on a machine whose two cores are shared with other work
    client = make_client(request_timeout=3.0, analysis_threads=1)
    workers: AnalysisWorkers = client.app.state.analysis_workers
    killed_before = workers.killed
    started = time.monotonic()
    assert_error(client.post("/v1/analyze", json={"text": PAGE}), 504, "timeout")
    assert time.monotonic() - started < 6
    assert workers.killed == killed_before + 1
    monkeypatch.undo()
    # The slot is free again at once, and a fresh worker answers the next request.
    assert client.post("/v1/analyze", json={"text": PAGE}).status_code == 200


def test_a_killed_worker_process_is_gone() -> None:
    import anyio

    pool = AnalysisWorkers(1, names=TEST_PIPELINE)
    try:

        async def timed_out() -> None:
            with anyio.move_on_after(0.5):
                await pool.run(time.sleep, 60)

        pool.start()
        (pid,) = pool.pids()
        anyio.run(timed_out)
        deadline = time.monotonic() + 5
        while _alive(pid):
            assert time.monotonic() < deadline, "the timed-out worker still runs"
            time.sleep(0.05)
        assert pool.killed == 1
        assert anyio.run(functools.partial(pool.run, sum, [1, 2, 3])) == 6
    finally:
        pool.close()


def test_an_analysis_over_the_memory_cap_is_refused_and_its_worker_replaced() -> None:
    import anyio

    pool = AnalysisWorkers(1, names=TEST_PIPELINE, memory_mb=100)
    try:
        with pytest.raises(MemoryError):
            anyio.run(functools.partial(pool.run, bytearray, 400_000_000))
        assert anyio.run(functools.partial(pool.run, len, "abc")) == 3
    finally:
        pool.close()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


# -- the analysis budget holds for batch items as for a page's parts ---------------------------------


def test_batch_items_are_held_to_the_analysis_budget(make_client: Callable[..., ApiClient]) -> None:
    # Before: one /v1/techniques text of up to 2,000,000 characters was tagged as one part (about
    # 1 GB of memory per 500,000 characters).
    client = make_client(max_body_bytes=5_000_000, max_text_chars=2_000_000)
    long_text = "word " * 20_001
    response = client.post("/v1/techniques", json={"texts": [long_text]})
    assert "100,000-character limit" in assert_error(response, 413, "text_too_long")
    many = ["word " * 19_000] * 6  # each under the part limit, 570,000 characters together
    response = client.post("/v1/toxicity", json={"comments": many})
    assert "analysis budget" in assert_error(response, 413, "batch_too_large")
