"""Issue 14's cost targets for the HTML reader: a 400 kB page with 500 comments in at most 60 ms of CPU,
and hostile HTML (10,000 nested elements; 5 MB with 20,000 comments) answered within 5 s.

    .venv/bin/python bench/bench_hostile_html.py

Each case is read with ``slant.read_bytes`` (decoding, sniffing, the reader); the figures are the
median of ``--repeat`` reads after one warm-up read (one read for the hostile pages).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _machine import describe
from bench_readers import synthetic_wordpress_page

from slant import SlantError
from slant.readers import read_bytes

ARTICLE = "<h1>Title of the story</h1>" + "<p>Running text of the article goes on here for a while.</p>" * 20


def nested_elements(depth: int = 10_000) -> str:
    return f"<html><body>{ARTICLE}{'<div>' * depth}deep{'</div>' * depth}</body></html>"


def nested_comments(depth: int = 10_000) -> str:
    items = "".join(
        f"<div class='comment'><span class='author'>Ann {i % 50}</span><p class='text'>Reply text {i} here.</p>"
        for i in range(depth)
    )
    return f"<html><body>{ARTICLE}<div id='comments'>{items}{'</div>' * (depth + 1)}</body></html>"


def flat_unnamed_comments(count: int = 20_000) -> str:
    """Comments in markup no family knows (the shape finder's work), about 5 MB."""
    items = "".join(
        f"<div class='talk-item' id='k{i}'><a href='/people/u{i}'>User {i % 97}</a>"
        f"<time datetime='2024-05-02T10:00:00Z'>2 May</time>"
        f"<p>{'Some words of the comment body here. ' * 3}number {i}</p><a href='#'>Reply</a></div>"
        for i in range(count)
    )
    return f"<html><body>{ARTICLE}<section id='talk'>{items}</section></body></html>"


def wordpress_comments(count: int = 20_000) -> str:
    """WordPress's own comment markup, about 5 MB for 20,000 comments (every third a reply)."""
    items = []
    for i in range(count):
        reply = "<ol class='children'>" if i % 3 == 1 else ""
        items.append(
            f"{reply}<li class='comment' id='comment-{i}'><article class='comment-body'><footer class='comment-meta'>"
            f"<div class='comment-author vcard'><b class='fn'>Reader {i}</b></div>"
            f"<time datetime='2024-05-02T10:{i % 60:02d}:00Z'>May 2</time></footer>"
            f"<div class='comment-content'><p>Comment {i}: the council should have asked us first.</p></div>"
            f"</article></li>{'</ol>' if i % 3 == 2 else ''}"
        )
    return f"<html><body>{ARTICLE}<ol class='comment-list'>{''.join(items)}</ol></body></html>"


def _read(html: str) -> str:
    try:
        doc = read_bytes(html.encode(), format="html", source="<bench>")
    except SlantError as error:
        return f"error: {str(error)[:60]}"
    return f"{len(doc.comments)} comments"


def _measure(make: Callable[[], str], repeat: int) -> tuple[int, float, float, str]:
    html = make()
    outcome = _read(html)  # warm-up (imports trafilatura once)
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        outcome = _read(html)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return len(html.encode()), statistics.median(walls), statistics.median(cpus), outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    cases: list[tuple[str, Callable[[], str], int]] = [
        ("WordPress page, 500 comments", lambda: synthetic_wordpress_page(500), args.repeat),
        ("10,000 nested elements", nested_elements, 1),
        ("10,000 nested comments", nested_comments, 1),
        ("20,000 comments in unknown markup", flat_unnamed_comments, 1),
        ("20,000 comments in WordPress markup", wordpress_comments, 1),
    ]
    print(describe())
    print("| page | size | wall time | CPU time | result |")
    print("|---|---:|---:|---:|---|")
    for name, make, repeat in cases:
        size, wall, cpu, outcome = _measure(make, repeat)
        print(f"| {name} | {size / 1e6:.1f} MB | {wall * 1000:,.0f} ms | {cpu * 1000:,.0f} ms | {outcome} |")


if __name__ == "__main__":
    main()
