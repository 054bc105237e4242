"""Limits that keep reading safe on hostile input (and, later, behind a web service)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["DEFAULT_LIMITS", "InputFormat", "ReadLimits"]

InputFormat = Literal["auto", "text", "html", "json"]


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """How much slant reads, and how long it waits, before it gives up.

    Attributes:
        max_bytes: the largest page accepted, from a file, standard input or a URL. News pages are
            well under 5 MB even with inline scripts; 20 MB leaves room for saved pages with data URIs.
        timeout: seconds to wait for a URL (connect, and each read).
        max_redirects: redirects followed, each re-checked against the address rules.
        allow_private_addresses: let URLs reach private, loopback and link-local addresses. Off by
            default because slant may sit behind a web service (server-side request forgery).
    """

    max_bytes: int = 20_000_000
    timeout: float = 10.0
    max_redirects: int = 5
    allow_private_addresses: bool = False


DEFAULT_LIMITS = ReadLimits()
