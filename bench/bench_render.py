"""What a rendered fetch (``--render``, issue 18) costs per page: wall time, browser memory, bytes.

Serves the loopback test site of ``tests/readers/render_site.py`` (pages whose comments arrive by
script, in an iframe, after "load more" clicks, and a page that tries to escape) and reads each page
``BENCH_REPEATS`` times (default 3) both ways: fetched (its HTML as served, plus the comments API it
names) and rendered (Debian's chromium, a fresh browser and profile per page, as in production).
Prints one Markdown table of medians, and the machine line of ``bench/_machine.py``.

Memory is the browser's process tree at its highest, as the render's watchdog measures it (the sum
of proportional resident memory, PSS, over Chromium's processes), sampled every 0.2 s. Nothing
leaves loopback: the site is allowed by address and port, and everything else is refused.

Run: ``OMP_NUM_THREADS=1 .venv/bin/python bench/bench_render.py``
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "readers"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _machine import describe  # noqa: E402
from render_site import Site, Trap  # noqa: E402

from slant.readers import ReadLimits, read_bytes  # noqa: E402
from slant.readers._obtain import obtain_url  # noqa: E402
from slant.readers._render import render_url  # noqa: E402

PAGES = {
    "/script": "comments fetched by a script",
    "/iframe": "comments in an iframe",
    "/more": "3 'load more' clicks",
    "/escape": "9 escape attempts + comments",
    "/state-page": "comments as page state (no browser needed)",
}


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> None:
    repeats = int(os.environ.get("BENCH_REPEATS", "3"))
    trap = Trap()
    site = Site(trap.port)
    limits = ReadLimits(allowed_addresses=frozenset({f"127.0.0.1:{site.port}"}))
    print(describe())
    print(f"repeats per page: {repeats}; medians\n")
    print(
        "| page | fetched: s / comments | rendered: s | browser peak MB (PSS) | bytes | clicks | comments |"
    )
    print("|---|---|---|---|---|---|---|")
    try:
        for path, what in PAGES.items():
            fetch_seconds, render_seconds, memory, sizes = [], [], [], []
            fetched_comments = rendered_comments = clicks = 0
            for _ in range(repeats):
                started = time.perf_counter()
                page = obtain_url(site.url(path), limits=limits)
                fetched_comments = len(
                    read_bytes(page.content, url=page.url, content_type=page.content_type).comments
                )
                fetch_seconds.append(time.perf_counter() - started)

                started = time.perf_counter()
                rendered = render_url(site.url(path), limits=limits)
                rendered_comments = len(
                    read_bytes(rendered.html.encode(), format="html", url=rendered.url).comments
                )
                render_seconds.append(time.perf_counter() - started)
                memory.append(rendered.peak_memory / 2**20)
                sizes.append(rendered.bytes_transferred)
                clicks = rendered.clicks
            print(
                f"| `{path}` ({what}) | {_median(fetch_seconds):.3f} / {fetched_comments} | "
                f"{_median(render_seconds):.2f} | {_median(memory):.0f} | {int(_median(sizes)):,} | {clicks} | "
                f"{rendered_comments} |"
            )
    finally:
        site.close()
        trap.close()
    if trap.hits:
        raise SystemExit(f"the trap server was reached: {trap.hits}")
    print("\ntrap server: no connection")


if __name__ == "__main__":
    main()
