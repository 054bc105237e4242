"""Throughput of slant's page readers (MB/s), per reader and per input.

Each reader contributes a function that returns its :class:`Case` list, registered in
``CASE_BUILDERS``; ``main()`` times every case and prints one Markdown table. To add a reader (HTML,
JSON), write ``<reader>_cases() -> list[Case]`` and append it to ``CASE_BUILDERS``.

A case is timed as the median of repeated calls after one warm-up call, so lazy imports and regex
compilation are not counted (start-up is bench/bench_analyze.py's job).

Run: ``.venv/bin/python bench/bench_readers.py`` (``BENCH_SECONDS`` sets the time per case, default 1).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "news-page-with-comments.txt"
MB = 1_000_000


@dataclass(frozen=True)
class Case:
    """One timed input.

    Attributes:
        reader: the reader's name ("text", "html", "json").
        input: what the input is, for the table.
        size: the input's size in bytes (UTF-8).
        run: reads the input once.
    """

    reader: str
    input: str
    size: int
    run: Callable[[], object]


# --- the plain-text reader ---------------------------------------------------------------------------


def synthetic_text_dump(target_bytes: int = MB) -> str:
    """A plain-text page dump of about ``target_bytes``: the example's head and article, then comments
    in the example's layouts (author lines, no author, empty, several paragraphs) until the size is reached."""
    example = EXAMPLE.read_text(encoding="utf-8")
    head, _, _ = example.partition("So, what now?")
    head += "So, what now?\n\n"
    bodies = [
        "Good. Teach them a lesson the hard way.",
        "The pauses are a P.R. ploy. Operations are hard to sustain around the clock.\n\n"
        "Time is needed to rest, rearm and regroup between operations.",
        "That would make sense. There is no point in further delay.",
        "",
        "What does this word mean? I cannot find it in any dictionary I own.",
    ]
    parts = [head]
    size = len(head.encode("utf-8"))
    number = 0
    while size < target_bytes:
        body = bodies[number % len(bodies)]
        if number % 3 == 2:
            block = f"{body}\n\n\n"  # no author line
        else:
            author = f"Reader Number{number}" if number % 2 else f"handle{number} ."
            block = f"{author}\n\n{body}\n\n" if body else f"{author}\n\n\n"
        parts.append(block)
        size += len(block.encode("utf-8"))
        number += 1
    return "".join(parts)


def text_cases() -> list[Case]:
    from slant.readers import read_bytes
    from slant.readers._text import read_text_page

    example = EXAMPLE.read_text(encoding="utf-8")
    synthetic = synthetic_text_dump()
    cases = []
    for name, text in (("example page", example), ("synthetic 1 MB dump", synthetic)):
        data = text.encode("utf-8")
        cases.append(
            Case("text", name, len(data), lambda text=text: read_text_page(text, source="<bench>", url=None))
        )
        cases.append(
            Case(
                "text via read_bytes (decode + sniff)",
                name,
                len(data),
                lambda data=data: read_bytes(data, source="<bench>"),
            )
        )
    return cases


CASE_BUILDERS: list[Callable[[], list[Case]]] = [text_cases]


# --- timing and the table ----------------------------------------------------------------------------


def time_case(case: Case, *, seconds: float) -> float:
    """Return the median seconds per call of ``case.run``, over about ``seconds`` of calls."""
    case.run()  # warm-up
    times: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(times) < 3:
        start = time.perf_counter()
        case.run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    seconds = float(os.environ.get("BENCH_SECONDS", "1"))
    print("| reader | input | size | time per page | MB/s |")
    print("|---|---|---:|---:|---:|")
    for build in CASE_BUILDERS:
        for case in build():
            per_call = time_case(case, seconds=seconds)
            print(
                f"| {case.reader} | {case.input} | {case.size / 1000:,.1f} kB | {per_call * 1000:.2f} ms "
                f"| {case.size / MB / per_call:.1f} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
