"""Fetch a page from a http(s) URL safely: allowed schemes and addresses only, bounded time and size.

slant will sit behind a web service, so a URL is untrusted input. Every hop of a redirect chain is
checked before it is requested: the scheme must be http or https, and every address its host
resolves to must be public (not private, loopback, link-local, multicast, reserved or unspecified,
IPv4-mapped IPv6 included). Redirects are followed here, one by one, rather than by httpx, so each
hop is re-checked. The body is streamed and cut at ``limits.max_bytes``, after every content-encoding
layer has been undone chunk by chunk (a few kilobytes of stacked gzip would otherwise inflate to
gigabytes before any size check), and the whole fetch (connecting, every hop's headers, the body)
ends at one deadline, ``limits.timeout`` after it began: a server that drips its headers a byte at
a time stays inside every per-read timeout, so the connection is cut when the deadline passes.

The connection goes to the very address that was checked: the request is sent to that IP, with
the host name in the ``Host`` header and in TLS's server name (SNI, and so the certificate check).
A DNS server that answers once with a public address and then with a private one (DNS rebinding)
therefore gains nothing.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import httpcore
import httpx

from slant._errors import FetchError, ForbiddenURLError, InputTooLargeError
from slant._version import __version__
from slant.readers._limits import ReadLimits

__all__ = [
    "FetchedPage",
    "Resolver",
    "checked_address",
    "checked_url",
    "fetch_url",
    "non_public_reason",
    "resolve_host",
]

#: ``resolver(host, port)`` returns the IP addresses ``host`` resolves to.
Resolver = Callable[[str, int], list[str]]

_ALLOWED_SCHEMES = frozenset({"http", "https"})
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "text/html,application/xhtml+xml,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.1"
# Only encodings undone here, in bounded steps; a server sending another one is refused.
_ACCEPT_ENCODING = "gzip, deflate"
# Most bytes one decompression step may produce: memory per encoding layer stays this small.
_INFLATE_STEP = 65_536


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched page.

    Attributes:
        url: the final URL, after redirects.
        content: the body's bytes, at most ``limits.max_bytes`` of them.
        content_type: the response's Content-Type header, if it had one.
    """

    url: str
    content: bytes
    content_type: str | None


def resolve_host(host: str, port: int) -> list[str]:
    """Every IP address ``host`` resolves to, through the system resolver.

    Raises:
        FetchError: the name does not resolve.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"cannot resolve host {host!r}: {error}; check the URL") from error
    return [str(info[4][0]) for info in infos]


def fetch_url(
    url: str,
    *,
    limits: ReadLimits,
    transport: httpx.BaseTransport | None = None,
    resolver: Resolver | None = None,
) -> FetchedPage:
    """Fetch ``url``, following redirects up to ``limits.max_redirects``, each hop re-checked.

    Args:
        url: a http or https URL.
        limits: timeout, size cap, redirect count and whether private addresses are allowed.
        transport: an httpx transport (``httpx.MockTransport`` in tests); None for the network.
        resolver: how host names become addresses (a fake one in tests); None for the system's.

    Returns:
        The final URL, the body and its Content-Type.

    Raises:
        ForbiddenURLError: a scheme other than http(s), or a host with a non-public address.
        FetchError: unresolvable host, connection failure, timeout, HTTP error, too many redirects.
        InputTooLargeError: the body is over ``limits.max_bytes``.
    """
    resolve = resolver or resolve_host
    deadline = time.monotonic() + limits.timeout
    headers = {"User-Agent": f"slant/{__version__}", "Accept": _ACCEPT, "Accept-Encoding": _ACCEPT_ENCODING}
    watchdog = _Watchdog(deadline)
    try:
        with httpx.Client(
            transport=transport or _WatchedTransport(watchdog),
            timeout=httpx.Timeout(limits.timeout),
            follow_redirects=False,
            headers=headers,
            trust_env=False,  # a proxy from the environment would make the address checks meaningless
        ) as client:
            return _follow(client, url, limits=limits, resolve=resolve, watchdog=watchdog)
    except (FetchError, InputTooLargeError):
        if watchdog.fired:
            raise _too_slow(url, limits) from None
        raise
    finally:
        watchdog.cancel()


def _follow(
    client: httpx.Client, url: str, *, limits: ReadLimits, resolve: Resolver, watchdog: _Watchdog
) -> FetchedPage:
    current = url
    for _hop in range(limits.max_redirects + 1):
        request_url, address = checked_url(current, limits=limits, resolve=resolve)
        watchdog.check(url, limits)
        response = _send(client, request_url, address=address, timeout=limits.timeout)
        try:
            if response.status_code in _REDIRECT_CODES and "location" in response.headers:
                current = urljoin(str(request_url), response.headers["location"])
                continue
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise FetchError(f"{current} returned HTTP {response.status_code} {reason}")
            content = _read_body(response, current, limits=limits, watchdog=watchdog)
            return FetchedPage(
                url=str(request_url), content=content, content_type=response.headers.get("content-type")
            )
        finally:
            response.close()
    raise FetchError(f"{url} redirected more than {limits.max_redirects} times; give the final URL instead")


def _too_slow(url: str, limits: ReadLimits) -> FetchError:
    return FetchError(
        f"{url} did not send the whole page within {limits.timeout:g} s; try again later or raise --timeout"
    )


class _Watchdog:
    """The deadline of one fetch: when it passes, every connection the fetch opened is shut down.

    httpx's timeouts bound each wait; this bounds their sum, which a server sending one byte just
    inside each of them would otherwise stretch without end. Shutting a socket down wakes the thread
    blocked on it, which then fails with a network error that :func:`fetch_url` reports as too slow.
    """

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket | None) -> None:
        """Shut ``sock`` down at the deadline (at once if it has passed)."""
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            fired = self.fired
        if fired:
            _shut(sock)

    def remaining(self) -> float:
        """Seconds left before the deadline (at least a millisecond, for the socket calls)."""
        return max(0.001, self.deadline - time.monotonic())

    def check(self, url: str, limits: ReadLimits) -> None:
        """Fail when the deadline has passed (between redirect hops, between body chunks)."""
        if self.fired or time.monotonic() > self.deadline:
            self.fired = True
            raise _too_slow(url, limits)

    def cancel(self) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


class _WatchedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, handing every connection it opens to the fetch's watchdog."""

    def __init__(self, watchdog: _Watchdog) -> None:
        self._watchdog = watchdog

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        remaining = self._watchdog.remaining()
        stream = super().connect_tcp(
            host,
            port,
            timeout=remaining if timeout is None else min(timeout, remaining),
            local_address=local_address,
            socket_options=socket_options,
        )
        self._watchdog.watch(stream.get_extra_info("socket"))
        return stream


class _WatchedTransport(httpx.HTTPTransport):
    """httpx's transport over :class:`_WatchedBackend` (httpx offers no other way to reach the sockets)."""

    def __init__(self, watchdog: _Watchdog) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=_WatchedBackend(watchdog),
        )


def checked_url(url: str, *, limits: ReadLimits, resolve: Resolver) -> tuple[httpx.URL, str]:
    """The parsed URL and the checked address to connect to."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as error:
        raise FetchError(f"{url!r} is not a valid URL: {error}") from error
    if parsed.scheme not in _ALLOWED_SCHEMES:
        raise ForbiddenURLError(
            f"{url} uses the {parsed.scheme or 'empty'} scheme; only http:// and https:// URLs can be fetched"
        )
    host = parsed.host
    if not host:
        raise FetchError(f"{url} has no host name; give a full URL such as https://example.org/story")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    return parsed, checked_address(host, port, url=url, limits=limits, resolve=resolve)


def checked_address(host: str, port: int, *, url: str, limits: ReadLimits, resolve: Resolver) -> str:
    """The address to connect to for ``host:port``, after slant's address rules: every address the
    name resolves to must be public, unless private ones are allowed or the address and port are in
    ``limits.allowed_addresses`` (tests). The rendered fetch's proxy applies the same rules here.

    Raises:
        FetchError: the name does not resolve.
        ForbiddenURLError: it resolves to a non-public address.
    """
    addresses = resolve(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}; check the URL")
    for address in addresses if not limits.allow_private_addresses else ():
        reason = non_public_reason(address)
        if reason is not None and _joined(address, port) not in limits.allowed_addresses:
            raise ForbiddenURLError(
                f"{url} points to {address}, a {reason} address; slant fetches only public addresses"
            )
    # IPv4 first: httpx tries one address only, and many machines have no IPv6 route
    chosen = min(addresses, key=lambda address: ":" in address)
    return chosen.split("%")[0]


def _joined(address: str, port: int) -> str:
    """``address:port`` as written in ``ReadLimits.allowed_addresses`` (IPv6 in brackets)."""
    bare = address.split("%")[0]
    return f"[{bare}]:{port}" if ":" in bare else f"{bare}:{port}"


def non_public_reason(address: str) -> str | None:
    """Why ``address`` is not a public internet address (``"loopback"``...), or None when it is."""
    try:
        ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return "malformed"
    if isinstance(ip, ipaddress.IPv6Address):
        # ::ffff:127.0.0.1 and the tunnelling forms reach IPv4 hosts: judge the IPv4 address they carry.
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            return non_public_reason(str(embedded))
    for reason, flag in (
        # the specific names first: Python counts link-local and 0.0.0.0 as private too
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    ):
        if flag:
            return reason
    if not ip.is_global:
        return "non-global"  # shared address space (100.64.0.0/10) and the like
    return None


def _send(client: httpx.Client, url: httpx.URL, *, address: str, timeout: float) -> httpx.Response:
    # connect to the checked address; the name goes in the Host header and in TLS's SNI
    request = client.build_request(
        "GET",
        url.copy_with(host=address),
        headers={"Host": url.netloc.decode("ascii")},
        extensions={"sni_hostname": url.raw_host.decode("ascii")},
    )
    try:
        return client.send(request, stream=True)
    except httpx.TimeoutException as error:
        raise FetchError(
            f"{url} did not answer within {timeout:g} s; try again later or raise --timeout"
        ) from error
    except httpx.ConnectError as error:
        raise FetchError(
            f"cannot connect to {url.host}: {_reason(error)}; check the URL and the network"
        ) from error
    except httpx.HTTPError as error:
        raise FetchError(f"fetching {url} failed: {_reason(error)}") from error


def _read_body(response: httpx.Response, url: str, *, limits: ReadLimits, watchdog: _Watchdog) -> bytes:
    declared = response.headers.get("content-length", "")
    encodings = _content_encodings(response, url)
    if not encodings and declared.isdigit() and int(declared) > limits.max_bytes:
        raise InputTooLargeError(
            f"{url} is {int(declared):,} bytes, over the {limits.max_bytes:,}-byte limit; "
            "raise the limit (--max-bytes) if the page is genuine"
        )
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in _decoded(_raw_chunks(response), encodings, url):
            size += len(chunk)
            if size > limits.max_bytes:
                raise InputTooLargeError(
                    f"{url} sent more than {limits.max_bytes:,} bytes (decompressed), the limit; "
                    "raise the limit (--max-bytes) if the page is genuine"
                )
            watchdog.check(url, limits)
            chunks.append(chunk)
    except httpx.TimeoutException as error:
        raise FetchError(f"{url} stopped sending within {limits.timeout:g} s; try again later") from error
    except httpx.HTTPError as error:
        raise FetchError(f"reading {url} failed: {_reason(error)}") from error
    # A body without a length ends when the connection does, as it does when the deadline cuts it.
    watchdog.check(url, limits)
    return b"".join(chunks)


def _raw_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body as it came over the wire, still encoded."""
    try:
        yield from response.iter_raw()
    except httpx.StreamConsumed:
        # A response made in memory (httpx.MockTransport) holds its body already; it is not decoded.
        yield response.content


def _content_encodings(response: httpx.Response, url: str) -> list[str]:
    """The response's content-encoding layers, in the order they were applied."""
    layers = [
        token.strip().lower()
        for header in response.headers.get_list("content-encoding")
        for token in header.split(",")
        if token.strip() and token.strip().lower() != "identity"
    ]
    for layer in layers:
        if layer not in _WBITS:
            raise FetchError(
                f"{url} sent its page in the {layer!r} content encoding, which slant does not read; "
                f"it asks for {_ACCEPT_ENCODING} only"
            )
    return layers


# zlib window settings per encoding: gzip's header, or zlib's (raw deflate is tried if that fails).
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


def _decoded(raw: Iterator[bytes], encodings: list[str], url: str) -> Iterator[bytes]:
    """The body with every encoding layer undone, the last applied first, in bounded pieces."""
    stream: Iterator[bytes] = raw
    for layer in reversed(encodings):
        stream = _inflate(stream, layer, url)
    return stream


def _inflate(chunks: Iterator[bytes], layer: str, url: str) -> Iterator[bytes]:
    """Undo one encoding layer, never producing more than ``_INFLATE_STEP`` bytes at a time."""
    wbits = _WBITS[layer]
    decompressor = zlib.decompressobj(wbits)
    started = False
    try:
        for chunk in chunks:
            data = chunk
            while data:
                try:
                    out = decompressor.decompress(data, _INFLATE_STEP)
                except zlib.error:
                    if started or layer != "deflate":
                        raise
                    # "deflate" is often sent raw, without zlib's header (as browsers accept).
                    decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
                    out = decompressor.decompress(data, _INFLATE_STEP)
                started = True
                if out:
                    yield out
                data = decompressor.unconsumed_tail
                if decompressor.eof and decompressor.unused_data:
                    # gzip members one after another make one body
                    data = decompressor.unused_data
                    decompressor = zlib.decompressobj(wbits)
        # Every input byte went through decompress() above, so what is left is at most one window.
        rest = decompressor.flush()
        if rest:
            yield rest
    except zlib.error as error:
        raise FetchError(f"{url} sent a damaged {layer} body ({error}); try again later") from error


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
