"""What an operator can set for ``slant serve``: address, workers, limits, API keys, CORS."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from slant._errors import InputError

__all__ = ["API_KEYS_ENV", "ServeSettings", "parse_keys"]

#: Environment variable holding API keys, comma-separated (keeps keys out of ``ps`` output).
API_KEYS_ENV = "SLANT_API_KEYS"


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """Settings of one ``slant serve`` app; every limit is answered with a status code and a JSON error.

    Attributes:
        host: the address to listen on; loopback by default, so nothing is exposed by accident.
        port: the TCP port.
        workers: uvicorn worker processes; each loads its own models (about 100 MB each).
        max_body_bytes: largest request body accepted (413 beyond). A news page saved as HTML is
            rarely over 2 MB; 5 MB leaves room for inline images without inviting memory abuse.
        max_text_chars: largest text (a page's text or HTML, one comment, one text to tag) accepted (413).
        max_batch: most comments or texts in one ``/v1/toxicity`` or ``/v1/techniques`` call (413).
        request_timeout: seconds of analysis one request may take before it is answered with 504.
        fetch_timeout: seconds to wait for a URL given to ``/v1/analyze``.
        analysis_threads: analyses run at once per worker; more only queue for the same 2 cores.
        analysis_processes: run each analysis in one of ``analysis_threads`` worker processes, which
            is killed (and replaced) when the analysis is answered 504, so timed-out work stops; off
            runs analyses in threads of the server process, where a timed-out analysis runs to its end.
        analysis_memory_mb: most memory (MB, beyond what the models take) one analysis worker process
            may allocate; over it the analysis is answered 413 and the worker replaced; 0 for no cap.
        api_keys: keys a client must send (``Authorization: Bearer KEY`` or ``X-API-Key``);
            empty means the API is open, which is fine on loopback.
        rate_limit: requests per minute allowed per API key (per client address when there are no
            keys); 0 turns the limit off. Counted per worker process.
        auth_failures_per_minute: requests with a missing or wrong key allowed per client address a
            minute (bursts of the same number) when the server has keys; past it the address gets 429
            (valid key or not) until its allowance refills. 0 turns the limit off.
        trusted_proxies: addresses or networks (``10.0.0.5``, ``10.0.0.0/8``) of reverse proxies
            whose ``X-Forwarded-For`` / ``Forwarded`` headers name the client; from any other peer
            those headers are ignored. None by default.
        max_connections: open connections per worker process. At the cap a new connection takes the
            place of the longest-idle one (one waiting for a request); when every connection is busy
            it is answered 503 and closed.
        max_connections_per_client: open connections from one client address (trusted proxies exempt);
            more are answered 503 and closed.
        header_timeout: seconds a client has to send a whole request head, from the moment it
            connects (or its previous answer ends); then the connection is closed (408).
        body_timeout: seconds a client has to send the whole request body once its head has come (408).
        keep_alive_timeout: seconds an idle keep-alive connection stays open after an answer.
        max_header_bytes: largest request head (request line and headers) in bytes (400 beyond).
        backlog: connections the kernel queues before the server accepts them.
        cors_origins: origins allowed to call the API from a browser; empty (closed) by default.
        allow_private_addresses: let URLs reach private networks; off, because a web service that
            fetches what it is told would otherwise probe the network it sits in.
        pipeline: annotator names ``/v1/analyze`` runs; None for slant's default pipeline.
        render: let clients ask for a rendered fetch of a URL (``"render": true``): the page is opened
            in headless Chromium (the ``render`` extra), so comments loaded by script are read. Off by
            default: docs/serve.md says what an operator takes on by enabling it.
        max_renders: renders run at once per worker process; one more is answered 503 at once.
            Each holds a browser (0.3-0.5 GB here, docs/benchmarks.md) while it runs.
        render_timeout: seconds one render may take, all of it.
        render_memory_mb: most memory (MB) one render's browser may use; past it the browser is killed.
        allowed_addresses: ``"address:port"`` pairs URLs may reach although not public (tests with a
            loopback server); empty by default.
    """

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    max_body_bytes: int = 5_000_000
    max_text_chars: int = 2_000_000
    max_batch: int = 256
    request_timeout: float = 30.0
    fetch_timeout: float = 10.0
    analysis_threads: int = 2
    analysis_processes: bool = True
    analysis_memory_mb: int = 2_000
    api_keys: frozenset[str] = field(default_factory=frozenset)
    rate_limit: int = 0
    auth_failures_per_minute: int = 10
    trusted_proxies: tuple[str, ...] = ()
    max_connections: int = 1_000
    max_connections_per_client: int = 100
    header_timeout: float = 10.0
    body_timeout: float = 60.0
    keep_alive_timeout: float = 5.0
    max_header_bytes: int = 16_384
    backlog: int = 1_024
    cors_origins: tuple[str, ...] = ()
    allow_private_addresses: bool = False
    pipeline: tuple[str, ...] | None = None
    render: bool = False
    max_renders: int = 1
    render_timeout: float = 30.0
    render_memory_mb: int = 1_500
    allowed_addresses: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in _POSITIVE:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < (0 if name == "port" else 1):
                raise InputError(f"serve setting {name} must be a positive integer; got {value!r}")
        if not 0 <= self.port <= 65535:
            raise InputError(f"serve setting port must be between 0 and 65535; got {self.port}")
        for name in _SECONDS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < float("inf"):
                raise InputError(f"serve setting {name} must be a positive number of seconds; got {value!r}")
        for name in ("rate_limit", "auth_failures_per_minute", "analysis_memory_mb"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InputError(f"serve setting {name} must be 0 (off) or more; got {value!r}")
        if self.max_connections_per_client > self.max_connections:
            raise InputError(
                f"serve setting max_connections_per_client ({self.max_connections_per_client}) must not be "
                f"over max_connections ({self.max_connections})"
            )
        for proxy in self.trusted_proxies:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError:
                raise InputError(
                    f"serve setting trusted_proxies: {proxy!r} is not an IP address or network "
                    "such as 10.0.0.5 or 10.0.0.0/8"
                ) from None
        if "*" in self.cors_origins and self.api_keys:
            raise InputError(
                "CORS origin '*' with API keys would let any web site use a visitor's key; name the origins instead"
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> ServeSettings:
        """Settings with API keys from ``SLANT_API_KEYS`` added to any given in ``overrides``."""
        environ = os.environ if environ is None else environ
        keys = set(parse_keys(environ.get(API_KEYS_ENV, "")))
        given = overrides.pop("api_keys", ())
        keys.update(given if isinstance(given, set | frozenset | list | tuple) else ())
        return cls(api_keys=frozenset(keys), **overrides)  # type: ignore[arg-type]


_POSITIVE = (
    "port",
    "workers",
    "max_body_bytes",
    "max_text_chars",
    "max_batch",
    "analysis_threads",
    "max_connections",
    "max_connections_per_client",
    "max_header_bytes",
    "backlog",
    "max_renders",
    "render_memory_mb",
)
_SECONDS = (
    "request_timeout",
    "fetch_timeout",
    "header_timeout",
    "body_timeout",
    "keep_alive_timeout",
    "render_timeout",
)


def parse_keys(text: str) -> list[str]:
    """API keys from a comma-separated string, blanks dropped."""
    return [key.strip() for key in text.split(",") if key.strip()]
