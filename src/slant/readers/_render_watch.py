"""The rendered fetch's watchdog: kills the browser's process tree over its memory cap or past its deadline.

Chromium runs a browser process and many children (renderers, the network service, the GPU
process). The watchdog finds the browser process by its profile folder (a fresh temporary folder
per render, named on its command line), sums the proportional resident memory (PSS) of it and every descendant from
``/proc`` a few times a second, and sends SIGKILL to the whole tree when the sum passes the cap or
the render's deadline has passed. Playwright's calls then fail, and the render reports why.
A page running ``while (true) {}`` cannot stop this: it is outside the browser.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from pathlib import Path

__all__ = ["TreeWatch"]

logger = logging.getLogger(__name__)

_PROC = Path("/proc")
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
# Seconds between two looks at /proc: a page allocating 1 GB/s overshoots the cap by at most ~200 MB.
_INTERVAL = 0.2


class TreeWatch:
    """Watch the processes of the browser whose command line names ``marker``.

    Args:
        marker: a string only this render's browser process has on its command line (its profile folder).
        max_rss_bytes: the memory cap, resident bytes summed over the tree.
        deadline: a ``time.monotonic()`` instant past which the tree is killed.
    """

    def __init__(self, marker: str, *, max_rss_bytes: int, deadline: float) -> None:
        self._marker = marker.encode()
        self._max = max_rss_bytes
        self._deadline = deadline
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="slant-render-watch", daemon=True)
        #: why the tree was killed ("memory", "time"), or None.
        self.killed: str | None = None
        #: the highest memory sum seen, in bytes.
        self.peak_rss = 0

    def __enter__(self) -> TreeWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)

    def kill_now(self, reason: str) -> None:
        """Kill the tree at once (the render gives up)."""
        tree = self._tree()
        if tree:
            self._kill(tree, reason)

    def _run(self) -> None:
        while not self._stop.wait(_INTERVAL):
            tree = self._tree()
            if not tree:
                continue
            rss = sum(_rss(pid) for pid in tree)
            self.peak_rss = max(self.peak_rss, rss)
            if rss > self._max:
                self._kill(tree, "memory")
                return
            if time.monotonic() > self._deadline:
                self._kill(tree, "time")
                return

    def _kill(self, tree: list[int], reason: str) -> None:
        if self.killed is None:
            self.killed = reason
            logger.warning("render: killing the browser (%d processes): %s", len(tree), reason)
        for pid in tree:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)

    def _tree(self) -> list[int]:
        """The browser process and all its descendants (pids), or [] before it starts / after it ends."""
        parents: dict[int, int] = {}
        roots: list[int] = []
        for entry in _PROC.iterdir():
            if not entry.name.isdigit():
                continue
            pid = int(entry.name)
            try:
                stat = (entry / "stat").read_bytes()
                parents[pid] = int(stat.rsplit(b")", 1)[1].split()[1])
                if self._marker in (entry / "cmdline").read_bytes():
                    roots.append(pid)
            except (OSError, IndexError, ValueError):
                continue  # the process ended while we looked
        children: dict[int, list[int]] = {}
        for pid, parent in parents.items():
            children.setdefault(parent, []).append(pid)
        # The browser's own helpers (zygotes) carry the marker too: keep the top-most ones as roots.
        marked = set(roots)
        tree: list[int] = []
        stack = [pid for pid in roots if parents.get(pid) not in marked]
        while stack:
            pid = stack.pop()
            tree.append(pid)
            stack.extend(children.get(pid, ()))
        return tree


def _rss(pid: int) -> int:
    """A process's proportional resident memory (PSS): pages shared between Chromium's processes count
    once over the tree, not once per process (plain RSS would count the shared libraries ten times)."""
    try:
        for line in (_PROC / str(pid) / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    try:  # no smaps_rollup (an old kernel): resident pages, an over-count
        return int((_PROC / str(pid) / "statm").read_text().split()[1]) * _PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0
