"""Guards shared by the routes: API keys, the rate limits, the client's address, and the time limit on analysis."""

from __future__ import annotations

import contextlib
import functools
import hmac
import ipaddress
import math
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.from_thread
import anyio.to_thread
from fastapi import Request

from slant.serve._errors import ApiError
from slant.serve._settings import ServeSettings

__all__ = ["RateLimiter", "client_address", "guard", "run_limited", "run_task", "settings_of"]

T = TypeVar("T")


def settings_of(request: Request) -> ServeSettings:
    """The settings of the app serving ``request``."""
    settings: ServeSettings = request.app.state.settings
    return settings


class RateLimiter:
    """A token bucket per client: ``per_minute`` requests a minute, bursts up to the same number.

    Counts live in this process, so with several workers each worker counts on its own.
    """

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, last refill time)
        self._lock = threading.Lock()

    def wait(self, client: str) -> float:
        """The seconds until ``client`` may make a request (0: now), taking nothing."""
        if self.per_minute <= 0:
            return 0.0
        with self._lock:
            tokens, _ = self._refilled(client)
            return 0.0 if tokens >= 1.0 else (1.0 - tokens) * 60.0 / self.per_minute

    def acquire(self, client: str) -> float:
        """Take one request for ``client``; return 0 if allowed, else the seconds to wait."""
        if self.per_minute <= 0:
            return 0.0
        with self._lock:
            tokens, now = self._refilled(client)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                if len(self._buckets) > 100_000:  # forget idle clients so memory stays bounded
                    self._forget_full(now, self.per_minute / 60.0)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) * 60.0 / self.per_minute

    def _refilled(self, client: str) -> tuple[float, float]:
        """``client``'s tokens now (its bucket refilled since its last request), and the time; under the lock."""
        now = self._clock()
        tokens, last = self._buckets.get(client, (float(self.per_minute), now))
        return min(float(self.per_minute), tokens + (now - last) * self.per_minute / 60.0), now

    def _forget_full(self, now: float, rate: float) -> None:
        full = [c for c, (t, last) in self._buckets.items() if t + (now - last) * rate >= self.per_minute]
        for client in full:
            del self._buckets[client]


@functools.lru_cache(maxsize=64)
def _networks(proxies: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(p, strict=False) for p in proxies)


def _parse_ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip().strip('"')
    if text.startswith("["):  # Forwarded: for="[2001:db8::1]:4711"
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:  # 192.0.2.1:4711
        text = text.partition(":")[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _forwarded_chain(request: Request) -> list[str]:
    """The addresses a trusted proxy names, client first: ``X-Forwarded-For``, else ``Forwarded``."""
    values = request.headers.getlist("x-forwarded-for")
    if values:
        return [item.strip() for value in values for item in value.split(",") if item.strip()]
    chain: list[str] = []
    for value in request.headers.getlist("forwarded"):
        for element in value.split(","):
            for pair in element.split(";"):
                name, _, given = pair.strip().partition("=")
                if name.lower() == "for" and given:
                    chain.append(given)
    return chain


def _bucket_of(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    # One IPv6 host holds a whole /64 and can rotate through it, so the /64 is the client.
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def client_address(request: Request) -> str:
    """The address the rate limits count: the peer's, or, from a trusted proxy, the client it names.

    ``X-Forwarded-For`` (or ``Forwarded``) is read only when the peer is one of
    ``trusted_proxies``; the chain is walked from the right past every trusted proxy, so a client
    cannot choose its own address by sending the header itself. IPv6 clients count per /64.
    """
    peer = request.client.host if request.client else "unknown"
    trusted = _networks(settings_of(request).trusted_proxies)
    address = _parse_ip(peer)
    if address is None:
        return peer
    if trusted and any(address in net for net in trusted):
        for hop in reversed(_forwarded_chain(request)):
            hop_address = _parse_ip(hop)
            if hop_address is None:
                break  # garbage or "unknown": the last trusted hop is all we know
            address = hop_address
            if not any(hop_address in net for net in trusted):
                break
    return _bucket_of(address)


def _presented_key(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    key = request.headers.get("x-api-key", "").strip()
    return key or None


def _known_key(presented: str, keys: frozenset[str]) -> bool:
    # Compare against every key in constant time, so timing does not tell how much of a key matched.
    found = False
    for key in keys:
        found |= hmac.compare_digest(presented.encode(), key.encode())
    return found


def _too_many(wait: float, message: str) -> ApiError:
    seconds = max(1, math.ceil(wait))
    return ApiError(
        429, "rate_limited", f"{message}; retry in {seconds} s", headers={"Retry-After": str(seconds)}
    )


async def guard(request: Request) -> None:
    """Check the API key (when keys are set) and the rate limits of the caller.

    With keys, every missing or wrong key costs its client address one of
    ``auth_failures_per_minute``; an address that has none left is answered 429 before its key is
    even looked at, so keys cannot be guessed at speed. Valid keys are then limited per key.

    Raises:
        ApiError: 401 without a valid key, 429 over a rate limit (with ``Retry-After``).
    """
    settings = settings_of(request)
    client = client_address(request)
    if settings.api_keys:
        failures: RateLimiter = request.app.state.auth_failure_limiter
        wait = failures.wait(client)
        if wait > 0:
            raise _too_many(
                wait,
                f"over the limit of {failures.per_minute} requests a minute with a missing or wrong API key "
                "from this address",
            )
        presented = _presented_key(request)
        if presented is None or not _known_key(presented, settings.api_keys):
            failures.acquire(client)
            raise ApiError(
                401,
                "unauthorized",
                "a valid API key is required; send it as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'",
                headers={"WWW-Authenticate": "Bearer"},
            )
        # Rate-limit by key, not address: several clients behind one proxy share an address.
        client = "key:" + hmac.new(b"slant", presented.encode(), "sha256").hexdigest()[:16]
    limiter: RateLimiter = request.app.state.rate_limiter
    wait = limiter.acquire(client)
    if wait > 0:
        raise _too_many(wait, f"over the limit of {limiter.per_minute} requests a minute")


async def run_task(request: Request, function: Callable[..., T], *args: Any, what: str, **kwargs: Any) -> T:
    """Run ``function(*args, **kwargs)`` (a function of :mod:`slant.serve._tasks`) within the time limit.

    With ``analysis_processes`` (the default) it runs in an analysis worker process, which is
    killed when the time is up, so work answered 504 stops; otherwise in a thread (see
    :func:`run_limited`). Either way at most ``analysis_threads`` run at once, and the time limit
    counts from the request's arrival, the wait for a free slot included.

    Raises:
        ApiError: 504 over the time limit; 413 when the analysis needed more than ``analysis_memory_mb``.
    """
    settings = settings_of(request)
    if not settings.analysis_processes:
        return await run_limited(request, functools.partial(function, *args, **kwargs), what=what)
    from slant.serve._workers import AnalysisWorkers

    slots: anyio.CapacityLimiter = request.app.state.analysis_limiter
    workers: AnalysisWorkers = request.app.state.analysis_workers
    try:
        with anyio.fail_after(settings.request_timeout):
            async with slots:
                result: T = await workers.run(function, *args, **kwargs)
                return result
    except TimeoutError:
        raise _timed_out(settings, what) from None
    except MemoryError:
        raise ApiError(
            413,
            "input_too_large",
            f"{what} needed more than the server's {settings.analysis_memory_mb:,} MB; send a shorter page "
            "or fewer items",
        ) from None


def _timed_out(settings: ServeSettings, what: str) -> ApiError:
    return ApiError(
        504,
        "timeout",
        f"{what} took over the {settings.request_timeout:g}-second limit; send a shorter page or fewer items",
    )


async def run_limited(request: Request, work: Callable[[], T], *, what: str) -> T:
    """Run blocking ``work`` in a thread of the server, answering 504 when it takes over the time limit.

    The time limit counts from the request's arrival, waiting for a free analysis slot included.
    A Python thread cannot be killed, so a timed-out analysis finishes in the background; it keeps
    its slot (of ``analysis_threads``) until it does, so timed-out work cannot pile up and starve
    the process: new requests wait, and time out in their turn, instead.
    """
    settings = settings_of(request)
    slots: anyio.CapacityLimiter = request.app.state.analysis_limiter
    borrower = object()
    lock = threading.Lock()
    state = {"started": False, "abandoned": False}

    def work_then_free_slot() -> T | None:
        with lock:
            if state["abandoned"]:  # timed out before the thread began: the request freed the slot
                return None
            state["started"] = True
        try:
            return work()
        finally:
            # RuntimeError: the event loop is gone (shutting down), so there is nothing left to free.
            with contextlib.suppress(RuntimeError):
                anyio.from_thread.run_sync(slots.release_on_behalf_of, borrower)

    try:
        with anyio.fail_after(settings.request_timeout):
            await slots.acquire_on_behalf_of(borrower)
            try:
                result = await anyio.to_thread.run_sync(work_then_free_slot, abandon_on_cancel=True)
            except BaseException:
                with lock:
                    if not state["started"]:
                        state["abandoned"] = True
                        slots.release_on_behalf_of(borrower)
                raise
            return result  # type: ignore[return-value]  # None only when abandoned, which raised above
    except TimeoutError:
        raise _timed_out(settings, what) from None
