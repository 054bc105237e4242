"""Limits that keep reading safe on hostile input (and, later, behind a web service)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO, Literal

from slant._errors import InputError, InputTooLargeError

__all__ = ["DEFAULT_LIMITS", "InputFormat", "ReadLimits", "read_at_most"]

InputFormat = Literal["auto", "text", "html", "json"]


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """How much slant reads, and how long it waits, before it gives up.

    Attributes:
        max_bytes: the largest page accepted, from a file, standard input or a URL. News pages are
            well under 5 MB even with inline scripts; 20 MB leaves room for saved pages with data URIs.
        timeout: seconds a URL may take, all of it: connecting, every redirect, headers and body.
        max_redirects: redirects followed, each re-checked against the address rules.
        allow_private_addresses: let URLs reach private, loopback and link-local addresses. Off by
            default because slant may sit behind a web service (server-side request forgery).
        allowed_addresses: ``"address:port"`` pairs (``"127.0.0.1:8765"``, ``"[::1]:80"``) allowed
            although not public, and nothing else beside them: for tests with a loopback server.
            Empty by default.
        render_timeout: seconds a rendered fetch (``--render``) may take, all of it: starting the
            browser, loading the page and what it loads, pressing "more comments", reading the DOM.
        render_max_bytes: bytes the browser may transfer in one render, every request together
            (scripts, frames, comment APIs); past it the browser's traffic is cut.
        render_memory_mb: most memory (resident, MB, summed over the browser's processes) one render
            may use; past it the browser is killed.
        render_clicks: how many times a render presses a "load more comments" control.
        max_part_chars: the longest text of one part (the article, a comment) that is analysed; a
            longer one is cut at a word boundary. 100,000 characters is about 16,000 words, longer
            than nearly any news article; it bounds the memory of the models' per-part work.
        max_comments: the most comments analysed; later ones are left out.
        max_analysed_chars: the most text analysed on one page, all parts together; comments past
            it are left out. With the two limits above it keeps any page within about 10 s of CPU
            and 1 GB of memory (docs/benchmarks.md), however large the file it came in.

    What a page loses to the last three limits is recorded in ``doc.meta["truncated"]`` and said by
    every view; a user who needs the whole of a larger page raises them (``--max-part-chars``...).
    """

    max_bytes: int = 20_000_000
    timeout: float = 10.0
    max_redirects: int = 5
    allow_private_addresses: bool = False
    allowed_addresses: frozenset[str] = frozenset()
    # Measured in docs/benchmarks.md ("Rendered fetch"): a page with script-loaded comments renders in
    # 1-3 s and 300-500 MB here; the caps leave room for real news pages, which load far more scripts.
    render_timeout: float = 30.0
    render_max_bytes: int = 30_000_000
    render_memory_mb: int = 1_500
    render_clicks: int = 10
    max_part_chars: int = 100_000
    max_comments: int = 10_000
    max_analysed_chars: int = 500_000

    def __post_init__(self) -> None:
        if isinstance(self.max_bytes, bool) or not isinstance(self.max_bytes, int) or self.max_bytes < 1:
            raise InputError(
                f"the size limit (max_bytes, --max-bytes) must be a whole number of bytes, at least 1; got {self.max_bytes!r}"
            )
        if not isinstance(self.timeout, int | float) or not 0 < self.timeout < float("inf"):
            raise InputError(
                f"the URL timeout (timeout, --timeout) must be a number of seconds above 0; got {self.timeout!r}"
            )
        for name, flag in (
            ("max_part_chars", "--max-part-chars"),
            ("max_comments", "--max-comments"),
            ("max_analysed_chars", "--max-analysed-chars"),
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InputError(f"{name} ({flag}) must be a whole number, at least 1; got {value!r}")
        if not isinstance(self.render_timeout, int | float) or not 0 < self.render_timeout < float("inf"):
            raise InputError(
                f"the render timeout (render_timeout, --render-timeout) must be a number of seconds above 0; got {self.render_timeout!r}"
            )
        for name in ("render_max_bytes", "render_memory_mb", "render_clicks"):
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, int)
                or value < (0 if name == "render_clicks" else 1)
            ):
                raise InputError(
                    f"{name} must be a whole number, at least 1 (0 for render_clicks); got {value!r}"
                )
        if not isinstance(self.allowed_addresses, frozenset):
            raise InputError(
                f"allowed_addresses must be a frozenset of 'address:port' strings; got {type(self.allowed_addresses).__name__}"
            )
        if (
            isinstance(self.max_redirects, bool)
            or not isinstance(self.max_redirects, int)
            or self.max_redirects < 0
        ):
            raise InputError(
                f"max_redirects must be a whole number of redirects, 0 or more; got {self.max_redirects!r}"
            )


DEFAULT_LIMITS = ReadLimits()


def read_at_most(stream: BinaryIO, max_bytes: int, *, source: str) -> bytes:
    """All of ``stream``, or :class:`InputTooLargeError` once it is over ``max_bytes``.

    Never trusts a size the file system states (``/dev/zero`` and ``/proc`` files say 0): at most
    ``max_bytes + 1`` bytes are read, and the extra byte means "over the limit".
    """
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"{source} is over the {max_bytes:,}-byte limit; split it or raise the limit (--max-bytes)"
        )
    return data
