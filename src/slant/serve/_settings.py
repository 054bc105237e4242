"""What an operator can set for ``slant serve``: address, workers, limits, API keys, CORS."""

from __future__ import annotations

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
        api_keys: keys a client must send (``Authorization: Bearer KEY`` or ``X-API-Key``);
            empty means the API is open, which is fine on loopback.
        rate_limit: requests per minute allowed per API key (per client address when there are no
            keys); 0 turns the limit off. Counted per worker process.
        cors_origins: origins allowed to call the API from a browser; empty (closed) by default.
        allow_private_addresses: let URLs reach private networks; off, because a web service that
            fetches what it is told would otherwise probe the network it sits in.
        pipeline: annotator names ``/v1/analyze`` runs; None for slant's default pipeline.
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
    api_keys: frozenset[str] = field(default_factory=frozenset)
    rate_limit: int = 0
    cors_origins: tuple[str, ...] = ()
    allow_private_addresses: bool = False
    pipeline: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        for name in ("port", "workers", "max_body_bytes", "max_text_chars", "max_batch", "analysis_threads"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < (0 if name == "port" else 1):
                raise InputError(f"serve setting {name} must be a positive integer; got {value!r}")
        if not 0 <= self.port <= 65535:
            raise InputError(f"serve setting port must be between 0 and 65535; got {self.port}")
        for name in ("request_timeout", "fetch_timeout"):
            if not getattr(self, name) > 0:
                raise InputError(
                    f"serve setting {name} must be a positive number of seconds; got {getattr(self, name)!r}"
                )
        if self.rate_limit < 0:
            raise InputError(f"serve setting rate_limit must be 0 (off) or more; got {self.rate_limit}")
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


def parse_keys(text: str) -> list[str]:
    """API keys from a comma-separated string, blanks dropped."""
    return [key.strip() for key in text.split(",") if key.strip()]
