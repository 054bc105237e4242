"""Issue 14's cost targets for the HTML reader: a 400 kB page with 500 comments in at most 60 ms of CPU,
and hostile HTML (10,000 nested elements; 5 MB with 20,000 comments) answered within 5 s.

    .venv/bin/python bench/bench_hostile_html.py
    .venv/bin/python bench/bench_hostile_html.py --against /tmp/base/src   # this tree against another

Each case is read with ``slant.read_bytes`` (decoding, sniffing, the reader); the figures are the
median of ``--repeat`` reads after one warm-up read (one read for the hostile pages).

With ``--against SRC`` (a ``src`` folder of another checkout, e.g. ``git archive <commit> src | tar
-x -C /tmp/base``), each case is read in two long-lived worker processes, one importing slant from
this tree and one from SRC, in alternating rounds (``--rounds``, the order swapped every round), so
that both meet the same load on a shared machine; the table gives CPU time (``time.process_time``)
median and minimum for both and their ratio.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
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


def addressed_comments(count: int = 20_000) -> str:
    """WordPress markup whose comments open by addressing someone ("Well, ..."), as many do: each
    is a name to look for among the earlier commenters (about 5 MB)."""
    return wordpress_comments(count).replace("<p>Comment ", "<p>Well, comment ")


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


def _cases(repeat: int) -> list[tuple[str, Callable[[], str], int]]:
    return [
        ("WordPress page, 500 comments", lambda: synthetic_wordpress_page(500), repeat),
        ("10,000 nested elements", nested_elements, 1),
        ("10,000 nested comments", nested_comments, 1),
        ("20,000 comments in unknown markup", flat_unnamed_comments, 1),
        ("20,000 comments in WordPress markup", wordpress_comments, 1),
        ('20,000 comments in WordPress markup, each opening "Well, ..."', addressed_comments, 1),
    ]


def _worker(case: int) -> None:
    """Read case ``case`` as often as each line of standard input says; print each round's CPU times."""
    logging.getLogger("slant").setLevel(logging.ERROR)  # the budget's warning, once a read
    _, make, _ = _cases(1)[case]
    html = make().encode()
    read_bytes(html, format="html", source="<bench>")  # warm-up
    for line in sys.stdin:
        times = []
        for _ in range(int(line)):
            cpu = time.process_time()
            read_bytes(html, format="html", source="<bench>")
            times.append(time.process_time() - cpu)
        print(json.dumps(times), flush=True)


def _compare(against: Path, repeat: int, rounds: int) -> None:
    """Each case in this tree and in ``against``, in alternating rounds (see the module's docstring)."""
    here = Path(__file__).resolve().parents[1] / "src"
    print(describe())
    print(f"this tree: {here}; against: {against}; {rounds} rounds, order swapped every round")
    print(
        "| page | CPU here, median (min) | CPU against, median (min) | ratio of medians (of minima) | reads each |"
    )
    print("|---|---:|---:|---:|---:|")
    for case, (name, _, reads) in enumerate(_cases(repeat)):
        workers = {}
        for label, src in (("here", here), ("against", against)):
            env = dict(os.environ, PYTHONPATH=str(src), OMP_NUM_THREADS="1")
            command = [sys.executable, __file__, "--worker", str(case)]
            workers[label] = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
            )
        times: dict[str, list[float]] = {"here": [], "against": []}
        for round_ in range(rounds):
            for label in ("here", "against") if round_ % 2 == 0 else ("against", "here"):
                worker = workers[label]
                assert worker.stdin is not None and worker.stdout is not None
                worker.stdin.write(f"{reads}\n")
                worker.stdin.flush()
                times[label] += json.loads(worker.stdout.readline())
        for worker in workers.values():
            assert worker.stdin is not None
            worker.stdin.close()
            worker.wait()
        here_t, against_t = times["here"], times["against"]
        print(
            f"| {name} | {statistics.median(here_t) * 1000:,.0f} ms ({min(here_t) * 1000:,.0f}) "
            f"| {statistics.median(against_t) * 1000:,.0f} ms ({min(against_t) * 1000:,.0f}) "
            f"| {statistics.median(here_t) / statistics.median(against_t):.2f} ({min(here_t) / min(against_t):.2f}) "
            f"| {len(here_t)} |",
            flush=True,
        )
    print(f"load average after the run: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--against", type=Path, help="a src folder to compare with, read in alternating rounds"
    )
    parser.add_argument(
        "--rounds", type=int, default=6, help="rounds of --against (each reads --repeat times)"
    )
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        _worker(args.worker)
        return
    if args.against is not None:
        _compare(args.against.resolve(), args.repeat, args.rounds)
        return
    cases = _cases(args.repeat)
    print(describe())
    print("| page | size | wall time | CPU time | result |")
    print("|---|---:|---:|---:|---|")
    for name, make, repeat in cases:
        size, wall, cpu, outcome = _measure(make, repeat)
        print(f"| {name} | {size / 1e6:.1f} MB | {wall * 1000:,.0f} ms | {cpu * 1000:,.0f} ms | {outcome} |")


if __name__ == "__main__":
    main()
