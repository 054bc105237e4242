"""The rendered fetch (``--render``): open a URL in headless Chromium, let its comments load, read the DOM.

Most news sites load their comments by script (Disqus, Coral, OpenWeb, their own systems): the HTML
they serve has none. A render opens the page in Debian's ``chromium`` through Playwright (the
``render`` extra; never a downloaded browser build), scrolls down, presses a "load more comments"
control at most ``limits.render_clicks`` times, waits until the page stops changing, and returns the
rendered markup, each frame's document in its ``<iframe srcdoc>`` so that the HTML reader reads
comments of embedded threads (Disqus and the like) as the page's own.

Safety (docs/serve.md says what an operator takes on):

- every connection of the browser crosses :class:`~slant.readers._render_proxy.GuardProxy`, which
  applies slant's address rules to each one, pins each host's address, and counts bytes against
  ``limits.render_max_bytes``;
- WebRTC (the one way a page can send packets around a proxy) is removed before any script runs,
  and Chromium is told not to use non-proxied UDP;
- service workers are blocked, downloads refused, popups closed, every permission denied;
- a fresh profile in a temporary folder, deleted afterwards;
- one deadline for the whole render (``limits.render_timeout``), and a watchdog that kills the
  browser's processes when their memory passes ``limits.render_memory_mb`` or the deadline passes.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from slant._errors import DependencyError, FetchError, ForbiddenURLError, InputTooLargeError
from slant._extras import require_extra
from slant._version import __version__
from slant.readers._fetch import Resolver, checked_url, resolve_host
from slant.readers._limits import ReadLimits
from slant.readers._render_proxy import REFUSED_HEADER, GuardProxy, Refusal
from slant.readers._render_snapshot import (
    network_counter,
    press_load_more,
    scroll_down,
    snapshot,
    wait_until_quiet,
)
from slant.readers._render_watch import TreeWatch

__all__ = ["CHROMIUM", "RenderedPage", "check_render_available", "render_url"]

logger = logging.getLogger(__name__)

#: Debian's chromium; ``SLANT_CHROMIUM`` names another build of it.
CHROMIUM = Path(os.environ.get("SLANT_CHROMIUM", "/usr/bin/chromium"))
USER_AGENT = f"Mozilla/5.0 (X11; Linux x86_64) Chrome (compatible; slant/{__version__}; rendered fetch)"
# Seconds kept for closing the browser and reading the DOM after the page's own time is up.
_WRAP_UP = 3.0
# Seconds the page must stay unchanged (text length, element count) to count as settled.
_QUIET = 0.6
_POLL = 0.25
# Resource types a comment section does not need: not fetched, which saves bytes and time.
_SKIPPED_TYPES = frozenset({"image", "media", "font"})

_CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",  # as the browser test runs it: root in containers has no user namespaces
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--disable-domain-reliability",
    "--disable-quic",
    "--dns-prefetch-disable",
    "--no-first-run",
    "--no-default-browser-check",
    "--no-pings",
    "--mute-audio",
    "--deny-permission-prompts",
    "--disable-client-side-phishing-detection",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
    "--block-new-web-contents",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    # even loopback goes through the proxy (Chromium bypasses proxies for it by default)
    "--proxy-bypass-list=<-loopback>",
)
# Run in every frame before the page's scripts: no WebRTC (UDP around the proxy).
_INIT_SCRIPT = """
for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel']) {
  try { Object.defineProperty(window, name, {value: undefined, configurable: false}); } catch (e) {}
}
"""


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """A rendered page.

    Attributes:
        url: the final URL, after redirects.
        html: the rendered markup, frames inlined as ``srcdoc``.
        seconds: wall time of the render, browser start included.
        bytes_transferred: bytes the browser sent and received, every request together.
        peak_memory: the highest resident memory of the browser's processes seen, in bytes.
        clicks: "load more" controls pressed.
        refused: the requests the address rules refused (``host:port`` and why).
        stopped: why the render stopped early ("time", "bytes", "memory"), or None.
    """

    url: str
    html: str
    seconds: float
    bytes_transferred: int
    peak_memory: int
    clicks: int
    refused: tuple[Refusal, ...]
    stopped: str | None


def check_render_available(*, purpose: str = "--render") -> None:
    """Fail with one line saying what to install when Playwright or Chromium is missing.

    Raises:
        DependencyError: the ``render`` extra or Debian's chromium is not installed.
    """
    require_extra("render", purpose=purpose)
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        raise DependencyError(
            f"{purpose} needs Debian's chromium at {CHROMIUM}, which is not installed",
            hint="install it: apt-get install chromium (or set SLANT_CHROMIUM to a chromium binary)",
        )


def render_url(url: str, *, limits: ReadLimits, resolver: Resolver | None = None) -> RenderedPage:
    """Open ``url`` in headless Chromium and return its rendered markup once its comments have loaded.

    Args:
        url: a http(s) URL.
        limits: the address rules, and the render's time, byte, memory and click limits.
        resolver: how host names become addresses (a fake one in tests); None for the system's.

    Returns:
        The rendered page.

    Raises:
        DependencyError: Playwright or Chromium is missing.
        ForbiddenURLError: the URL is not allowed (checked before the browser starts).
        FetchError: the page could not be opened, or the render was stopped before any DOM was read.
        InputTooLargeError: the rendered markup is over ``limits.max_bytes``.
    """
    check_render_available()
    resolve = resolver or resolve_host
    checked_url(url, limits=limits, resolve=resolve)  # fail before starting a browser
    started = time.monotonic()
    deadline = started + limits.render_timeout
    profile = tempfile.mkdtemp(prefix="slant-render-")
    try:
        with (
            GuardProxy(limits=limits, resolver=resolve) as proxy,
            TreeWatch(
                profile, max_rss_bytes=limits.render_memory_mb << 20, deadline=deadline + _WRAP_UP
            ) as watch,
        ):
            asked: set[str] = set()
            final_url, html, clicks = _drive(
                url, profile=profile, proxy=proxy, watch=watch, limits=limits, deadline=deadline, asked=asked
            )
        stopped = watch.killed or ("bytes" if proxy.over_budget else None)
        if stopped is None and time.monotonic() > deadline:
            stopped = "time"  # the page never settled (or never finished loading): read as it was
        if html is None:
            raise _stopped_error(url, stopped, limits)
        if len(html.encode("utf-8", "surrogatepass")) > limits.max_bytes:
            raise InputTooLargeError(
                f"{url} rendered to more than {limits.max_bytes:,} bytes of markup, the limit; "
                "raise the limit (--max-bytes) if the page is genuine"
            )
        return RenderedPage(
            url=final_url,
            html=html,
            seconds=time.monotonic() - started,
            bytes_transferred=proxy.bytes_relayed,
            peak_memory=watch.peak_rss,
            clicks=clicks,
            # Chromium's own background requests (update checks, sign-in) cross the proxy too; what
            # a render reports is what the page asked for.
            refused=tuple(refusal for refusal in proxy.refusals if refusal.target in asked),
            stopped=stopped,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _stopped_error(url: str, stopped: str | None, limits: ReadLimits) -> FetchError:
    if stopped == "memory":
        return FetchError(
            f"{url} made the browser use over {limits.render_memory_mb:,} MB, the render's memory cap; "
            "the render was stopped (raise --render-memory if the page is genuine)"
        )
    if stopped == "time":
        return FetchError(
            f"{url} did not render within {limits.render_timeout:g} s; try again later or raise --render-timeout"
        )
    if stopped == "bytes":
        return FetchError(
            f"{url} transferred over {limits.render_max_bytes:,} bytes while rendering, the cap; the render was stopped"
        )
    return FetchError(f"{url} could not be rendered; try without --render")


def _drive(
    url: str,
    *,
    profile: str,
    proxy: GuardProxy,
    watch: TreeWatch,
    limits: ReadLimits,
    deadline: float,
    asked: set[str],
) -> tuple[str, str | None, int]:
    """Start the browser, open the page, bring its comments in; the final URL, the markup, the clicks.

    ``asked`` receives the ``host:port`` of every request the page and its frames make (WebSockets too).

    The markup is None when the browser was killed (or failed) before any snapshot could be taken;
    a snapshot is taken after every step, so a later failure keeps the last one.
    """
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    html: str | None = None
    final_url = url
    clicks = 0
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                profile,
                executable_path=str(CHROMIUM),
                args=[*_CHROMIUM_ARGS, f"--proxy-server=http://{proxy.address}"],
                headless=True,
                accept_downloads=False,
                service_workers="block",
                permissions=[],
                user_agent=USER_AGENT,
                viewport={"width": 1280, "height": 1600},
                java_script_enabled=True,
                timeout=_ms(deadline),
            )
            try:
                context.add_init_script(_INIT_SCRIPT)
                page = context.pages[0] if context.pages else context.new_page()
                # Chromium blocks popups (--block-new-web-contents); any page that still opens is closed
                # between steps (closing it inside Playwright's event callback would wait on itself).
                popups: list[Any] = []
                context.on("page", lambda other: popups.append(other))
                page.route("**/*", _skip_heavy)
                inflight = network_counter(page)
                page.on("request", lambda request: asked.add(_target(request.url)))
                page.on("websocket", lambda socket: asked.add(_target(socket.url)))
                final_url, opened = _open(page, url, deadline, proxy)
                if opened:
                    html = snapshot(page)
                    for step in _settle_steps(page, inflight=inflight, limits=limits, deadline=deadline):
                        _close_all(popups, keep=page)
                        clicks += step
                        html = snapshot(page)
                        final_url = page.url
            finally:
                if watch.killed is None:
                    context.close()
    except PlaywrightError as error:
        # The watchdog's kill, the byte cap's cut, or a browser that would not start: say which.
        if watch.killed is None and not proxy.over_budget and html is None:
            raise FetchError(f"rendering {url} failed: {_first_line(error)}") from error
        logger.info("render of %s stopped (%s): %s", url, watch.killed or "bytes", _first_line(error))
    return final_url, html, clicks


def _open(page: Any, url: str, deadline: float, proxy: GuardProxy) -> tuple[str, bool]:
    """Navigate to ``url``; a page that never finishes loading is read as far as it came."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        response = page.goto(url, wait_until="domcontentloaded", timeout=_ms(deadline))
    except PlaywrightTimeout:
        logger.info("render: %s did not finish loading in time; reading what came", url)
        return page.url, True
    except PlaywrightError as error:
        message = _first_line(error)
        if "Download is starting" in message:
            raise FetchError(f"{url} is a download, not a page; slant renders web pages only") from None
        if proxy.refusals and "ERR_TUNNEL_CONNECTION_FAILED" in message:
            refusal = _refusal_of(proxy, page.url)
            raise ForbiddenURLError(
                f"{url} led the browser to {refusal.target}, which slant refuses: {refusal.reason}"
            ) from None
        raise FetchError(f"{url} could not be opened in the browser: {message}") from None
    if response is not None and response.headers.get(REFUSED_HEADER.lower()):
        refusal = _refusal_of(proxy, response.url)
        raise ForbiddenURLError(
            f"{url} led the browser to {refusal.target}, which slant refuses: {refusal.reason}"
        )
    if response is not None and response.status >= 400:
        raise FetchError(f"{url} returned HTTP {response.status} {response.status_text or 'error'}")
    return page.url, True


def _target(url: str) -> str:
    """``host:port`` of ``url``, as the proxy names what it refuses ("" when it has none)."""
    try:
        parts = urlsplit(url)
        default = 443 if parts.scheme in {"https", "wss"} else 80
        return f"{parts.hostname}:{parts.port or default}" if parts.hostname else ""
    except ValueError:
        return ""


def _refusal_of(proxy: GuardProxy, url: str) -> Refusal:
    """The proxy's refusal of ``url``'s host and port (Chromium's own background requests are refused
    too, so the last refusal need not be this one); the last refusal when none matches."""
    target = _target(url)
    refusals = proxy.refusals
    for refusal in reversed(refusals):
        if refusal.target == target:
            return refusal
    return refusals[-1] if refusals else Refusal(url, "not allowed")


def _settle_steps(page: Any, *, inflight: list[int], limits: ReadLimits, deadline: float) -> Iterator[int]:
    """Scroll, wait, press "load more" while there is one; yield 1 after each press, 0 after the wait.

    Ends when the page is settled and offers no more control to press, at ``limits.render_clicks``
    presses, or at the deadline.
    """
    scroll_down(page)
    wait_until_quiet(page, inflight=inflight, deadline=deadline, quiet=_QUIET, poll=_POLL)
    yield 0
    for _press in range(limits.render_clicks):
        if time.monotonic() > deadline or not press_load_more(page):
            return
        scroll_down(page)
        wait_until_quiet(page, inflight=inflight, deadline=deadline, quiet=_QUIET, poll=_POLL)
        yield 1


def _close_all(pages: list[Any], *, keep: Any) -> None:
    """Close every page in ``pages`` but ``keep`` (popups the page opened despite Chromium's block)."""
    from playwright.sync_api import Error as PlaywrightError

    while pages:
        other = pages.pop()
        if other is not keep:
            try:
                other.close()
            except PlaywrightError:
                continue  # closed already


def _skip_heavy(route: Any) -> None:
    """Images, media and fonts are not fetched: they hold no comments, and cost bytes and time."""
    if route.request.resource_type in _SKIPPED_TYPES:
        route.abort()
    else:
        route.continue_()


def _ms(deadline: float) -> float:
    """Milliseconds left before ``deadline`` (at least one: Playwright takes 0 as "no timeout")."""
    return max(1.0, (deadline - time.monotonic()) * 1000)


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
