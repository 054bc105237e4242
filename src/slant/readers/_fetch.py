"""Fetch a page from a http(s) URL safely: allowed schemes and addresses only, bounded time and size.

slant will sit behind a web service, so a URL is untrusted input. Every hop of a redirect chain is
checked before it is requested: the scheme must be http or https, and every address its host
resolves to must be public (not private, loopback, link-local, multicast, reserved or unspecified,
IPv4-mapped IPv6 included). Redirects are followed here, one by one, rather than by httpx, so each
hop is re-checked. The body is streamed and cut at ``limits.max_bytes``.

The connection goes to the very address that was checked: the request is sent to that IP, with
the host name in the ``Host`` header and in TLS's server name (SNI, and so the certificate check).
A DNS server that answers once with a public address and then with a private one (DNS rebinding)
therefore gains nothing.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from slant._errors import FetchError, ForbiddenURLError, InputTooLargeError
from slant.readers._limits import ReadLimits

__all__ = ["FetchedPage", "Resolver", "fetch_url", "non_public_reason", "resolve_host"]

#: ``resolver(host, port)`` returns the IP addresses ``host`` resolves to.
Resolver = Callable[[str, int], list[str]]

_ALLOWED_SCHEMES = frozenset({"http", "https"})
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
# The whole fetch (all hops and the body) may take this many times ``limits.timeout``: httpx's
# timeouts bound each wait, and this bounds a server that drips one byte just inside each of them.
_TOTAL_TIMEOUT_FACTOR = 3.0
_ACCEPT = "text/html,application/xhtml+xml,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.1"


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
    from slant import __version__

    resolve = resolver or resolve_host
    deadline = time.monotonic() + limits.timeout * _TOTAL_TIMEOUT_FACTOR
    headers = {"User-Agent": f"slant/{__version__}", "Accept": _ACCEPT}
    with httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(limits.timeout),
        follow_redirects=False,
        headers=headers,
        trust_env=False,  # a proxy from the environment would make the address checks meaningless
    ) as client:
        current = url
        for _hop in range(limits.max_redirects + 1):
            request_url, address = _checked_url(current, limits=limits, resolve=resolve)
            response = _send(client, request_url, address=address, timeout=limits.timeout)
            try:
                if response.status_code in _REDIRECT_CODES and "location" in response.headers:
                    current = urljoin(str(request_url), response.headers["location"])
                    continue
                if response.status_code >= 400:
                    reason = response.reason_phrase or "error"
                    raise FetchError(f"{current} returned HTTP {response.status_code} {reason}")
                content = _read_body(response, current, limits=limits, deadline=deadline)
                return FetchedPage(
                    url=str(request_url), content=content, content_type=response.headers.get("content-type")
                )
            finally:
                response.close()
    raise FetchError(f"{url} redirected more than {limits.max_redirects} times; give the final URL instead")


def _checked_url(url: str, *, limits: ReadLimits, resolve: Resolver) -> tuple[httpx.URL, str]:
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
    addresses = resolve(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}; check the URL")
    for address in addresses if not limits.allow_private_addresses else ():
        reason = non_public_reason(address)
        if reason is not None:
            raise ForbiddenURLError(
                f"{url} points to {address}, a {reason} address; slant fetches only public addresses"
            )
    # IPv4 first: httpx tries one address only, and many machines have no IPv6 route
    chosen = min(addresses, key=lambda address: ":" in address)
    return parsed, chosen.split("%")[0]


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


def _read_body(response: httpx.Response, url: str, *, limits: ReadLimits, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise InputTooLargeError(
            f"{url} is {int(declared):,} bytes, over the {limits.max_bytes:,}-byte limit; "
            "raise the limit (--max-bytes) if the page is genuine"
        )
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limits.max_bytes:
                raise InputTooLargeError(
                    f"{url} sent more than {limits.max_bytes:,} bytes, the limit; "
                    "raise the limit (--max-bytes) if the page is genuine"
                )
            if time.monotonic() > deadline:
                raise FetchError(
                    f"{url} took over {limits.timeout * _TOTAL_TIMEOUT_FACTOR:g} s to send the page; "
                    "try again later or raise --timeout"
                )
            chunks.append(chunk)
    except httpx.TimeoutException as error:
        raise FetchError(f"{url} stopped sending within {limits.timeout:g} s; try again later") from error
    except httpx.HTTPError as error:
        raise FetchError(f"reading {url} failed: {_reason(error)}") from error
    return b"".join(chunks)


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
