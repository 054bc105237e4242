"""Guards shared by the routes: API keys, the per-key rate limit, and the time limit on analysis."""

from __future__ import annotations

import contextlib
import hmac
import math
import threading
import time
from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.from_thread
import anyio.to_thread
from fastapi import Request

from slant.serve._errors import ApiError
from slant.serve._settings import ServeSettings

__all__ = ["RateLimiter", "guard", "run_limited", "settings_of"]

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

    def acquire(self, client: str) -> float:
        """Take one request for ``client``; return 0 if allowed, else the seconds to wait."""
        if self.per_minute <= 0:
            return 0.0
        rate = self.per_minute / 60.0
        with self._lock:
            now = self._clock()
            tokens, last = self._buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                if len(self._buckets) > 100_000:  # forget idle clients so memory stays bounded
                    self._forget_full(now, rate)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) / rate

    def _forget_full(self, now: float, rate: float) -> None:
        full = [c for c, (t, last) in self._buckets.items() if t + (now - last) * rate >= self.per_minute]
        for client in full:
            del self._buckets[client]


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


async def guard(request: Request) -> None:
    """Check the API key (when keys are set) and the rate limit of the caller.

    Raises:
        ApiError: 401 without a valid key, 429 over the rate limit (with ``Retry-After``).
    """
    settings = settings_of(request)
    client = request.client.host if request.client else "unknown"
    if settings.api_keys:
        presented = _presented_key(request)
        if presented is None or not _known_key(presented, settings.api_keys):
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
        seconds = max(1, math.ceil(wait))
        raise ApiError(
            429,
            "rate_limited",
            f"over the limit of {limiter.per_minute} requests a minute; retry in {seconds} s",
            headers={"Retry-After": str(seconds)},
        )


async def run_limited(request: Request, work: Callable[[], T], *, what: str) -> T:
    """Run blocking ``work`` in a worker thread, answering 504 when it takes over the time limit.

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
        raise ApiError(
            504,
            "timeout",
            f"{what} took over the {settings.request_timeout:g}-second limit; send a shorter page or fewer items",
        ) from None
