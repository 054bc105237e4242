"""Issue 12: a fetch's cost is bounded whatever the server does: every encoding layer is undone in
bounded steps and checked against the size limit, and one deadline covers connecting, headers and body.

Real exchanges with a server on loopback that this test starts (nothing else is reached).
"""

from __future__ import annotations

import gzip
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from slant import FetchError, InputTooLargeError, ReadLimits
from slant.readers._fetch import fetch_url

pytestmark = pytest.mark.issue(12)

PAGE = b"<html><body><article><p>" + b"A story worth reading. " * 40 + b"</p></article></body></html>"


def _stacked_bomb() -> bytes:
    # 200 MB of zeros, gzipped three times over: a few kilobytes on the wire.
    inner = gzip.compress(b"\0" * 200_000_000, compresslevel=9)
    return gzip.compress(gzip.compress(inner, compresslevel=9), compresslevel=9)


BOMB = _stacked_bomb()
STOP = threading.Event()


class _Hostile(BaseHTTPRequestHandler):
    """Pages that try to cost the client: a stacked gzip bomb, dripped headers, a dripped body."""

    def do_GET(self) -> None:
        if self.path == "/bomb":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip, gzip")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(BOMB)))
            self.end_headers()
            self.wfile.write(BOMB)
        elif self.path in {"/gzip-members", "/deflate-raw", "/deflate-zlib"}:
            if self.path == "/gzip-members":
                half = len(PAGE) // 2
                body, encoding = gzip.compress(PAGE[:half]) + gzip.compress(PAGE[half:]), "gzip"
            elif self.path == "/deflate-raw":
                packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
                body, encoding = packer.compress(PAGE) + packer.flush(), "deflate"
            else:
                body, encoding = zlib.compress(PAGE), "deflate"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/brotli":
            self.send_response(200)
            self.send_header("Content-Encoding", "br")
            self.end_headers()
            self.wfile.write(b"\x0b\x02\x80hello\x03")
        elif self.path == "/drip-headers":
            # A status line, then one header byte every 0.2 s, for up to 30 s: inside every per-read
            # timeout, never done.
            try:
                self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                self.wfile.flush()
                for _ in range(150):
                    if STOP.wait(0.2):
                        return
                    self.wfile.write(b"a")
                    self.wfile.flush()
            except OSError:
                return
        elif self.path == "/drip-body":
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(150):
                    if STOP.wait(0.2):
                        return
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
            except OSError:
                return
        else:
            self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def hostile_server() -> Iterator[str]:
    STOP.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        STOP.set()
        server.shutdown()
        server.server_close()


def test_a_stacked_gzip_bomb_is_cut_at_the_limit_with_bounded_memory(hostile_server: str) -> None:
    # Before: every layer was inflated before the size was checked (3,477 bytes on the wire: 4.3 GB).
    assert len(BOMB) < 10_000
    limits = ReadLimits(allow_private_addresses=True, timeout=20, max_bytes=1_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(InputTooLargeError, match="decompressed"):
            fetch_url(f"{hostile_server}/bomb", limits=limits)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000


@pytest.mark.parametrize("path", ["/gzip-members", "/deflate-raw", "/deflate-zlib"])
def test_ordinary_encodings_are_read_whole(hostile_server: str, path: str) -> None:
    limits = ReadLimits(allow_private_addresses=True, timeout=10)
    assert fetch_url(f"{hostile_server}{path}", limits=limits).content == PAGE


def test_an_encoding_slant_does_not_read_is_one_clear_error(hostile_server: str) -> None:
    limits = ReadLimits(allow_private_addresses=True, timeout=10)
    with pytest.raises(FetchError, match="'br' content encoding"):
        fetch_url(f"{hostile_server}/brotli", limits=limits)


@pytest.mark.parametrize("path", ["/drip-headers", "/drip-body"])
def test_one_deadline_covers_headers_and_body(hostile_server: str, path: str) -> None:
    # Before: the deadline was checked only between body chunks, so dripped headers held a fetch
    # 130 s against a 9 s timeout; a dripped body got three times the timeout.
    limits = ReadLimits(allow_private_addresses=True, timeout=1.5)
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"within 1.5 s"):
        fetch_url(f"{hostile_server}{path}", limits=limits)
    assert time.monotonic() - start < 4
