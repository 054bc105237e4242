"""Fetching the URLs of a corpus run politely: per-host concurrency and delay, robots.txt, a named user agent.

A ``.urls`` input (one URL a line) yields tasks without content (``PageTask.fetch``); the run hands
them to :meth:`PoliteFetcher.stream` *after* it has skipped the pages already done, so a resumed run
fetches only what is left. Each page is obtained by :func:`slant.readers._obtain.obtain_url`, fetched
or rendered (``render``), under the same address rules and limits as ``slant analyze URL``:

- at most ``per_host`` requests to one host at a time (1 by default), ``concurrency`` in all;
- ``host_delay`` seconds between two requests to one host, or the host's robots.txt ``Crawl-delay``
  when that is longer;
- a host's robots.txt is fetched once and honoured for slant's user agent (``slant``); a robots.txt
  that is missing (HTTP 4xx) allows everything, one that cannot be fetched otherwise allows nothing;
- the user agent names slant and its version (``slant/X.Y``; the rendered fetch's says it renders).

A page that cannot be fetched, or that robots.txt forbids, becomes a task with ``error`` set: an
``errors`` row, as any unreadable input.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from slant._errors import InputError, SlantError, UsageError
from slant.corpus._tasks import PageTask
from slant.readers import ReadLimits
from slant.readers._obtain import ObtainedPage

__all__ = ["FetchPolicy", "PoliteFetcher"]

logger = logging.getLogger(__name__)

#: The product token robots.txt rules are matched against.
ROBOTS_AGENT = "slant"
_HTTP_STATUS = re.compile(r"returned HTTP (\d{3})")


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How a corpus run fetches the URLs of its ``.urls`` inputs.

    Attributes:
        render: open each page in headless Chromium (the ``render`` extra) instead of fetching its HTML.
        concurrency: pages fetched at once, all hosts together. A render holds a browser (about
            0.3-0.5 GB) while it runs, so keep it low on a small machine.
        per_host: pages fetched at once from one host.
        host_delay: seconds between two requests to the same host (robots.txt may ask for more).
        robots: honour robots.txt.
    """

    render: bool = False
    concurrency: int = 2
    per_host: int = 1
    host_delay: float = 1.0
    robots: bool = True

    def __post_init__(self) -> None:
        for name in ("concurrency", "per_host"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise UsageError(f"{name} must be 1 or more; got {value!r}")
        if not isinstance(self.host_delay, int | float) or not 0 <= self.host_delay < float("inf"):
            raise UsageError(f"host_delay must be 0 or more seconds; got {self.host_delay!r}")


class _Host:
    """One host's share of the run: how many fetches may run, when the next may start, its robots.txt."""

    def __init__(self, per_host: int) -> None:
        self.slots = threading.Semaphore(per_host)
        self.lock = threading.Lock()
        self.next_start = 0.0
        self.robots: RobotFileParser | None = None
        self.robots_error: str | None = None
        self.robots_read = False


class PoliteFetcher:
    """Turns the URL tasks of a stream into tasks with their pages, politely, in the stream's order.

    Args:
        policy: concurrency, delays, robots.txt, render.
        limits: address rules and limits of each fetch or render.
        obtain: the function that fetches a URL (:func:`slant.readers._obtain.obtain_url`; tests give
            one with a fake transport).
    """

    def __init__(
        self, policy: FetchPolicy, *, limits: ReadLimits, obtain: Callable[..., ObtainedPage] | None = None
    ) -> None:
        from slant.readers._obtain import obtain_url

        self.policy = policy
        self.limits = limits
        self._obtain = obtain or obtain_url
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

    def stream(self, tasks: Iterator[PageTask]) -> Iterator[PageTask]:
        """``tasks`` in order, each URL task replaced by one holding its page (or its error)."""
        window: deque[Future[PageTask]] = deque()
        with ThreadPoolExecutor(self.policy.concurrency, thread_name_prefix="slant-fetch") as pool:
            for task in tasks:
                if task.fetch:
                    window.append(pool.submit(self.fetch, task))
                else:
                    done: Future[PageTask] = Future()
                    done.set_result(task)
                    window.append(done)
                # A look-ahead of a few tasks per fetch slot keeps every slot busy across hosts.
                while len(window) > 4 * self.policy.concurrency or (window and window[0].done()):
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()

    def fetch(self, task: PageTask) -> PageTask:
        """``task`` with its URL's page, or with ``error`` set."""
        url = task.source
        try:
            host_name = (urlsplit(url).hostname or "").lower()
        except ValueError:
            host_name = ""
        if not host_name:
            return _failed(task, f"{url!r} is not a http(s) URL; a .urls file holds one URL a line")
        host = self._host(host_name)
        with host.slots:
            refusal = self._robots_refusal(host, url)
            if refusal is not None:
                return _failed(task, refusal)
            delay = self._wait_turn(host)
            try:
                page = self._obtain(url, limits=self.limits, render=self.policy.render)
            except SlantError as error:
                return _failed(task, str(error))
            finally:
                # the delay runs from the end of this request too: a slow host is asked less often
                with host.lock:
                    host.next_start = max(host.next_start, time.monotonic() + delay)
        return PageTask(task.page_id, url, page.content, "auto", url=page.url, content_type=page.content_type)

    def _host(self, name: str) -> _Host:
        with self._hosts_lock:
            return self._hosts.setdefault(name, _Host(self.policy.per_host))

    def _wait_turn(self, host: _Host) -> float:
        """Sleep until this host may be asked again; book the next turn; return the host's delay."""
        delay = self.policy.host_delay
        if host.robots is not None:
            asked = host.robots.crawl_delay(ROBOTS_AGENT)
            if asked is not None:
                delay = max(delay, float(asked))
        with host.lock:
            now = time.monotonic()
            start = max(now, host.next_start)
            host.next_start = start + delay
        if start > now:
            time.sleep(start - now)
        return delay

    def _robots_refusal(self, host: _Host, url: str) -> str | None:
        """Why robots.txt forbids ``url`` (or could not be read), or None when it may be fetched."""
        if not self.policy.robots:
            return None
        with host.lock:
            if not host.robots_read:
                host.robots, host.robots_error = self._read_robots(url)
                host.robots_read = True
                # the robots.txt request counts as one to the host
                host.next_start = time.monotonic() + self.policy.host_delay
        if host.robots_error is not None:
            return host.robots_error
        if host.robots is not None and not host.robots.can_fetch(ROBOTS_AGENT, url):
            return f"{url} is disallowed for {ROBOTS_AGENT} by its site's robots.txt; not fetched"
        return None

    def _read_robots(self, url: str) -> tuple[RobotFileParser | None, str | None]:
        from slant.readers._fetch import fetch_url

        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            fetched = fetch_url(robots_url, limits=self.limits)
        except SlantError as error:
            status = _HTTP_STATUS.search(str(error))
            if status is not None and status.group(1).startswith("4"):
                return None, None  # no robots.txt: everything is allowed
            return None, f"{robots_url} could not be read ({error}); the site's pages are not fetched"
        parser = RobotFileParser(robots_url)
        try:
            parser.parse(fetched.content.decode("utf-8", "replace").splitlines())
        except (InputError, ValueError) as error:
            logger.warning(
                "%s: unreadable robots.txt (%s); treated as allowing everything", robots_url, error
            )
            return None, None
        return parser, None


def _failed(task: PageTask, reason: str) -> PageTask:
    """``task`` as an error row under its own id: a resumed run counts the URL as done, as it does a
    file that could not be read (run it with a new --out, or remove the rows, to try again)."""
    return PageTask(task.page_id, task.source, b"", "auto", url=task.source, error=reason)
