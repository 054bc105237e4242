"""The rendered fetch's gatekeeper: a small forward proxy on loopback that every browser request crosses.

Chromium is started with ``--proxy-server`` pointing here and ``--proxy-bypass-list=<-loopback>``
(without it, Chromium would reach loopback addresses directly). So every connection the page makes
(the document, its subresources, frames, redirects, ``fetch``/XHR from scripts, WebSockets, which
Chromium tunnels with CONNECT) arrives here first, and this proxy:

- takes the host and port from the request (``CONNECT host:port`` or an absolute ``http://`` URL);
- resolves the host once per render and pins the address (:func:`~slant.readers._fetch.checked_address`,
  the same rules as slant's own fetch: no private, loopback or link-local address, unless the rules
  object allows exactly that ``address:port``);
- connects to that pinned address only, and relays bytes, counting them against the render's cap;
- refuses everything else (any other method form, a forbidden address, traffic past the cap) with
  an error answer, and records what it refused and why.

It never reads inside TLS: an https request is one CONNECT tunnel to a checked address. A plain http
request is sent on with ``Connection: close``, so a kept-alive browser connection cannot carry a
second request, for another host, to the first one's address.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import socketserver
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from slant._errors import FetchError
from slant.readers._fetch import Resolver, checked_address, resolve_host
from slant.readers._limits import ReadLimits

__all__ = ["REFUSED_HEADER", "GuardProxy", "Refusal"]

logger = logging.getLogger(__name__)

# A request head longer than this is refused: browsers send a few kilobytes at most.
_MAX_HEAD = 32_768
_RELAY_CHUNK = 65_536
# Seconds a connection may sit idle (no byte either way) before it is closed.
_IDLE_TIMEOUT = 15.0
_HOP_BY_HOP = frozenset({b"proxy-connection", b"connection", b"keep-alive", b"proxy-authorization"})


@dataclass(frozen=True, slots=True)
class Refusal:
    """One request the proxy refused: ``target`` (``host:port``) and why."""

    target: str
    reason: str


@dataclass(slots=True)
class _State:
    """What one render's proxy has seen: bytes relayed, pinned addresses, refusals, open sockets."""

    max_bytes: int
    bytes: int = 0
    over_budget: bool = False
    closed: bool = False
    pinned: dict[tuple[str, int], str] = field(default_factory=dict)
    refusals: list[Refusal] = field(default_factory=list)
    sockets: set[socket.socket] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


class GuardProxy:
    """A forward proxy on ``127.0.0.1`` that lets through only what slant's address rules allow.

    Use it as a context manager; :attr:`address` is what Chromium's ``--proxy-server`` names.

    Args:
        limits: the address rules (``allow_private_addresses``, ``allowed_addresses``) and the byte
            cap of a render (``render_max_bytes``).
        resolver: how host names become addresses (a fake one in tests); None for the system's.
    """

    def __init__(self, *, limits: ReadLimits, resolver: Resolver | None = None) -> None:
        self._limits = limits
        self._resolve = resolver or resolve_host
        self._state = _State(max_bytes=limits.render_max_bytes)
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.proxy = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="slant-render-proxy", daemon=True
        )

    @property
    def address(self) -> str:
        """``127.0.0.1:PORT``, where the proxy listens."""
        port = self._server.server_address[1]
        return f"127.0.0.1:{port}"

    @property
    def bytes_relayed(self) -> int:
        """Bytes relayed so far, both ways, every connection together."""
        return self._state.bytes

    @property
    def over_budget(self) -> bool:
        """Whether the render's byte cap was reached (and the browser's traffic cut)."""
        return self._state.over_budget

    @property
    def refusals(self) -> list[Refusal]:
        """Every request refused, in order."""
        with self._state.lock:
            return list(self._state.refusals)

    def __enter__(self) -> GuardProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop accepting, and cut every connection still open."""
        with self._state.lock:
            self._state.closed = True
            sockets = list(self._state.sockets)
        for sock in sockets:
            _shut(sock)
        self._server.shutdown()
        self._server.server_close()

    # --- used by the handler -----------------------------------------------------------------

    def pinned_address(self, host: str, port: int) -> str:
        """The checked address of ``host:port``, resolved on first use and the same afterwards.

        Raises:
            FetchError: not allowed (ForbiddenURLError) or not resolvable.
        """
        key = (host.lower(), port)
        with self._state.lock:
            known = self._state.pinned.get(key)
        if known is not None:
            return known
        address = checked_address(
            host, port, url=f"{host}:{port}", limits=self._limits, resolve=self._resolve
        )
        with self._state.lock:
            return self._state.pinned.setdefault(key, address)

    def refuse(self, target: str, reason: str) -> None:
        with self._state.lock:
            self._state.refusals.append(Refusal(target, reason))
        logger.info("render proxy refused %s: %s", target, reason)

    def track(self, sock: socket.socket) -> bool:
        """Register an open socket, to be cut at close or at the byte cap; False when closed already."""
        with self._state.lock:
            if self._state.closed or self._state.over_budget:
                return False
            self._state.sockets.add(sock)
            return True

    def untrack(self, sock: socket.socket) -> None:
        with self._state.lock:
            self._state.sockets.discard(sock)

    def count(self, size: int) -> bool:
        """Count ``size`` relayed bytes; False (and every connection cut) once over the cap."""
        with self._state.lock:
            self._state.bytes += size
            if self._state.bytes <= self._state.max_bytes:
                return True
            first = not self._state.over_budget
            self._state.over_budget = True
            sockets = list(self._state.sockets)
        if first:
            self.refuse(
                "*", f"over the render's {self._state.max_bytes:,}-byte cap; the browser's traffic was cut"
            )
        for sock in sockets:
            _shut(sock)
        return False


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    proxy: GuardProxy


class _Handler(socketserver.BaseRequestHandler):
    """One browser connection: read the request head, check the target, relay."""

    server: _Server

    def handle(self) -> None:
        proxy = self.server.proxy
        client: socket.socket = self.request
        if not proxy.track(client):
            return
        try:
            client.settimeout(_IDLE_TIMEOUT)
            head, rest = _read_head(client)
            if head is None:
                return
            self._serve(proxy, client, head, rest)
        except OSError as error:
            logger.debug("render proxy connection ended: %s", error)
        finally:
            proxy.untrack(client)
            with contextlib.suppress(OSError):
                client.close()

    def _serve(self, proxy: GuardProxy, client: socket.socket, head: bytes, rest: bytes) -> None:
        request_line, _, header_block = head.partition(b"\r\n")
        parts = request_line.split()
        if len(parts) != 3:
            _answer(client, 400, "bad request")
            return
        method, target, version = parts
        text_target = target.decode("latin-1")
        connect = method.upper() == b"CONNECT"
        if connect:
            host, port = _split_host_port(text_target, default=443)
            path = b""
        else:
            split = urlsplit(text_target)
            if split.scheme != "http" or not split.hostname:
                # Only http:// in absolute form reaches a proxy; anything else (file:, ftp:) is refused.
                proxy.refuse(text_target[:200], "not an http:// URL")
                _answer(client, 403, "slant refuses this scheme", refused=True)
                return
            host, port = split.hostname, split.port or 80
            path = (split.path or "/").encode("latin-1") + (
                b"?" + split.query.encode("latin-1") if split.query else b""
            )
        label = f"{host}:{port}"
        if not host:
            _answer(client, 400, "no host")
            return
        try:
            address = proxy.pinned_address(host, port)
        except FetchError as error:
            proxy.refuse(label, str(error))
            _answer(client, 403, "slant refuses this address", refused=True)
            return
        try:
            upstream = socket.create_connection((address, port), timeout=_IDLE_TIMEOUT)
        except OSError as error:
            _answer(client, 502, f"cannot connect: {error}")
            return
        if not proxy.track(upstream):
            upstream.close()
            return
        try:
            if connect:
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                first = rest
            else:
                first = _origin_request(method, path, version, header_block) + rest
            if first and not proxy.count(len(first)):
                return
            if first:
                upstream.sendall(first)
            _relay(proxy, client, upstream)
        finally:
            proxy.untrack(upstream)
            with contextlib.suppress(OSError):
                upstream.close()


def _read_head(client: socket.socket) -> tuple[bytes | None, bytes]:
    """The request head (up to the blank line) and whatever bytes came after it."""
    data = b""
    while b"\r\n\r\n" not in data:
        if len(data) > _MAX_HEAD:
            _answer(client, 431, "request head too large")
            return None, b""
        chunk = client.recv(8192)
        if not chunk:
            return None, b""
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def _split_host_port(target: str, *, default: int) -> tuple[str, int]:
    """``host:port`` (``[v6]:port``) of a CONNECT target."""
    host, sep, port = target.rpartition(":")
    if not sep or not port.isdigit():
        return target.strip("[]"), default
    return host.strip("[]"), int(port)


def _origin_request(method: bytes, path: bytes, version: bytes, header_block: bytes) -> bytes:
    """The request as the origin server expects it: a path, no proxy headers, and ``Connection: close``."""
    lines = [method + b" " + path + b" " + version]
    for line in header_block.split(b"\r\n"):
        name = line.partition(b":")[0].strip().lower()
        if line and name not in _HOP_BY_HOP:
            lines.append(line)
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n"


def _relay(proxy: GuardProxy, client: socket.socket, upstream: socket.socket) -> None:
    """Copy bytes both ways until one side closes, counting them; stop at the byte cap or when idle."""
    peers = {client: upstream, upstream: client}
    while True:
        readable, _, _ = select.select(list(peers), [], [], _IDLE_TIMEOUT)
        if not readable:
            return
        for sock in readable:
            try:
                chunk = sock.recv(_RELAY_CHUNK)
            except OSError:
                return
            if not chunk or not proxy.count(len(chunk)):
                return
            try:
                peers[sock].sendall(chunk)
            except OSError:
                return


#: The header of the proxy's own refusals, so the render can tell them from a server's 403.
REFUSED_HEADER = "X-Slant-Refused"


def _answer(client: socket.socket, status: int, reason: str, *, refused: bool = False) -> None:
    body = f"{reason}\n".encode()
    mark = f"{REFUSED_HEADER}: 1\r\n" if refused else ""
    with contextlib.suppress(OSError):
        client.sendall(
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\n"
            f"{mark}Connection: close\r\n\r\n".encode()
            + body
        )


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
