"""uvicorn's HTTP/1.1 protocol (h11) with the limits it lacks: a connection cap and head/body time limits.

uvicorn bounds a keep-alive connection's idle time after an answer (``timeout_keep_alive``) and
the size of a request head (``h11_max_incomplete_event_size``), but not a new connection that
sends nothing, a head dripped a byte at a time, a body that never ends, or how many connections
are open: each holds a file descriptor until the process runs out of them. This subclass adds:

- ``header_timeout``: a connection must deliver a whole request head within this time of
  connecting, or of its previous answer ending; else 408 and close.
- ``body_timeout``: once the head is in, the whole body must come within this time; else 408
  (if no answer has begun) and close.
- ``max_connections``: at the cap, a new connection closes the longest-idle one (a connection
  waiting for a request head), so idle connections cannot lock out real clients; if every
  connection is busy with a request, the new one is answered 503 and closed.
- ``max_connections_per_client``: connections from one address (trusted proxies exempt) over
  this are answered 503 and closed at once.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import os
import time
import weakref
from collections import Counter
from dataclasses import dataclass
from typing import Any, ClassVar

from uvicorn.protocols.http.h11_impl import H11Protocol

from slant.serve._settings import ServeSettings

__all__ = ["ConnectionLimits", "LimitedH11Protocol", "protocol_class"]


@dataclass(frozen=True, slots=True)
class ConnectionLimits:
    """The connection limits of one server, from :class:`ServeSettings`."""

    max_connections: int
    max_connections_per_client: int
    header_timeout: float
    body_timeout: float
    trusted_proxies: tuple[str, ...] = ()

    @classmethod
    def of(cls, settings: ServeSettings) -> ConnectionLimits:
        return cls(
            max_connections=settings.max_connections,
            max_connections_per_client=settings.max_connections_per_client,
            header_timeout=settings.header_timeout,
            body_timeout=settings.body_timeout,
            trusted_proxies=settings.trusted_proxies,
        )

    def trusts(self, host: str | None) -> bool:
        if host is None or not self.trusted_proxies:
            return False
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return any(address in ipaddress.ip_network(p, strict=False) for p in self.trusted_proxies)


def _raw_answer(status: int, reason: str, code: str, message: str) -> bytes:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n"
    )
    if status == 503:
        head += "retry-after: 1\r\n"
    return head.encode() + b"\r\n" + body


# Per server (one per listening process): how many connections each client address holds.
_PER_CLIENT: weakref.WeakKeyDictionary[Any, Counter[str]] = weakref.WeakKeyDictionary()


class LimitedH11Protocol(H11Protocol):
    """:class:`uvicorn.protocols.http.h11_impl.H11Protocol` with :class:`ConnectionLimits`."""

    limits: ClassVar[ConnectionLimits] = ConnectionLimits.of(ServeSettings())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None
        self._body_timer: asyncio.TimerHandle | None = None
        self._waiting_since = time.monotonic()
        self._timed_cycle: Any = None  # the request cycle current when the head timer was armed
        self._counted_host: str | None = None

    # -- the connection cap --------------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        limits = self.limits
        host = self.client[0] if self.client else None
        counts = _PER_CLIENT.setdefault(self.server_state, Counter())
        if host is not None and not limits.trusts(host):
            if counts[host] >= limits.max_connections_per_client:
                self._refuse("too many open connections from your address; close some and retry")
                return
            counts[host] += 1
            self._counted_host = host
        if len(self.connections) > limits.max_connections and not self._evict_idle():
            self._refuse("the server has too many open connections; retry in a moment")
            return
        self._arm_head_timer(None)

    def _evict_idle(self) -> bool:
        """Close the connection that has waited longest for a request head; False if none waits."""
        oldest: LimitedH11Protocol | None = None
        for other in self.connections:
            if other is self or not isinstance(other, LimitedH11Protocol) or not other._idle():
                continue
            if oldest is None or other._waiting_since < oldest._waiting_since:
                oldest = other
        if oldest is None:
            return False
        oldest._close_now()
        return True

    def _idle(self) -> bool:
        return not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete)

    def _refuse(self, message: str) -> None:
        self.transport.write(_raw_answer(503, "Service Unavailable", "too_many_connections", message))
        self._close_now()

    def _close_now(self) -> None:
        self._cancel_timers()
        self.connections.discard(self)
        self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_timers()
        if self._counted_host is not None:
            counts = _PER_CLIENT.get(self.server_state)
            if counts is not None:
                counts[self._counted_host] -= 1
                if counts[self._counted_host] <= 0:
                    del counts[self._counted_host]
            self._counted_host = None
        super().connection_lost(exc)

    # -- the head and body time limits ------------------------------------------------------------

    def _arm_head_timer(self, finished: Any) -> None:
        """Start the wait for a request head; ``finished`` is the cycle answered last (None at first)."""
        if self._head_timer is not None:
            self._head_timer.cancel()
        self._waiting_since = time.monotonic()
        self._timed_cycle = finished
        self._head_timer = self.loop.call_later(self.limits.header_timeout, self._head_timed_out)

    def _cancel_timers(self) -> None:
        for timer in (self._head_timer, self._body_timer):
            if timer is not None:
                timer.cancel()
        self._head_timer = self._body_timer = None

    def _check_new_request(self) -> None:
        # A new request cycle means a whole head has come: the head timer is done, the body's starts.
        if self._head_timer is not None and self.cycle is not None and self.cycle is not self._timed_cycle:
            self._head_timer.cancel()
            self._head_timer = None
            if self.cycle.more_body:
                cycle = self.cycle
                self._body_timer = self.loop.call_later(
                    self.limits.body_timeout, lambda: self._body_timed_out(cycle)
                )

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._check_new_request()

    def on_response_complete(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None
        finished = self.cycle
        super().on_response_complete()  # may start a pipelined request at once
        if not self.transport.is_closing():
            self._arm_head_timer(finished)
            self._check_new_request()

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or (self.cycle is not None and self.cycle is not self._timed_cycle):
            return
        self.transport.write(
            _raw_answer(408, "Request Timeout", "timeout", "the request head did not come in time")
        )
        self._close_now()

    def _body_timed_out(self, cycle: Any) -> None:
        self._body_timer = None
        if cycle is not self.cycle or not cycle.more_body or self.transport.is_closing():
            return
        if not cycle.response_started:
            self.transport.write(
                _raw_answer(408, "Request Timeout", "timeout", "the request body did not come in time")
            )
        cycle.disconnected = True
        cycle.message_event.set()  # the app's receive() sees the client gone
        self._close_now()


def protocol_class(settings: ServeSettings) -> type[LimitedH11Protocol]:
    """The protocol class uvicorn runs (its ``http`` option), with ``settings``' connection limits."""
    return type("LimitedH11Protocol", (LimitedH11Protocol,), {"limits": ConnectionLimits.of(settings)})


class EnvironmentLimitedH11Protocol(LimitedH11Protocol):
    """The protocol of ``slant serve --workers N``: limits from ``SLANT_SERVE_SETTINGS``.

    Worker processes load uvicorn's settings anew, so the class is named by import path and reads
    the server's settings from the environment the command set.
    """

    _loaded: ClassVar[bool] = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cls = EnvironmentLimitedH11Protocol
        if not cls._loaded:
            from slant.serve._factory import SETTINGS_ENV, settings_from_json

            text = os.environ.get(SETTINGS_ENV)
            cls.limits = ConnectionLimits.of(settings_from_json(text) if text else ServeSettings())
            cls._loaded = True
        super().__init__(*args, **kwargs)


#: File descriptors kept free beyond ``max_connections``: the listening socket, worker pipes,
#: model and log files, and the sockets of URL fetches.
FD_RESERVE = 64


def raise_fd_limit(settings: ServeSettings) -> int:
    """Raise this process's open-file limit to what ``max_connections`` needs (up to the hard limit).

    Returns:
        The soft limit now in force.

    Raises:
        InputError: even the hard limit cannot hold ``max_connections`` connections.
    """
    from slant._errors import InputError

    try:
        import resource
    except ImportError:  # not Unix: nothing to raise
        return settings.max_connections + FD_RESERVE
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    needed = settings.max_connections + FD_RESERVE
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    if soft != resource.RLIM_INFINITY and soft < needed:
        raise InputError(
            f"serve setting max_connections ({settings.max_connections:,}) needs {needed:,} open files, over "
            f"this system's limit of {soft:,} (ulimit -n); lower --max-connections or raise the limit"
        )
    return int(soft)


def server_options(settings: ServeSettings, *, by_name: bool = False) -> dict[str, Any]:
    """uvicorn's options for ``settings``: the limited protocol, time limits, head size, backlog.

    uvicorn's own ``limit_concurrency`` is left off: it counts idle connections too and answers
    every request 503 (``/healthz`` included) while they are open; ``max_connections`` closes the
    idle ones instead. uvicorn's ``proxy_headers`` is off: it would believe ``X-Forwarded-For``
    from 127.0.0.1 by default; slant reads it only from ``trusted_proxies`` (for the rate limits).

    Args:
        by_name: name the protocol class by import path (for ``--workers N``, whose processes read
            the limits from ``SLANT_SERVE_SETTINGS``).
    """
    return {
        "http": "slant.serve._protocol:EnvironmentLimitedH11Protocol"
        if by_name
        else protocol_class(settings),
        "timeout_keep_alive": settings.keep_alive_timeout,
        "h11_max_incomplete_event_size": settings.max_header_bytes,
        "backlog": settings.backlog,
        "limit_concurrency": None,
        "proxy_headers": False,
        "server_header": False,
        "log_level": "warning",
    }
