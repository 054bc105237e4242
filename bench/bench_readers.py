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


# --- the HTML and JSON readers -------------------------------------------------------------------------

PAGES = ROOT / "tests" / "pages"


def synthetic_wordpress_page(comments: int = 500) -> str:
    """The hand-made WordPress test page with ``comments`` comments: every third a reply to the one before
    (threads three deep), each with author, time and two paragraphs, in WordPress's own markup."""
    page = (PAGES / "html" / "wordpress-nested-replies.html").read_text(encoding="utf-8")
    head, _, rest = page.partition('<ol class="comment-list">')
    _, _, tail = rest.partition("</ol><!-- .comment-list -->")

    def item(number: int, inner: str) -> str:
        return (
            f'<li id="comment-{number}" class="comment even depth-1"><article id="div-comment-{number}" class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{number}?s=60" class="avatar avatar-60 photo" height="60" width="60"/>'
            f'<b class="fn">Reader {number}</b> <span class="says">says:</span></div><div class="comment-metadata">'
            f'<a href="#comment-{number}"><time datetime="2024-03-14T19:{number % 60:02d}:00+00:00">March 14, 2024 at 7:{number % 60:02d} pm</time></a></div></footer>'
            f'<div class="comment-content"><p>Comment number {number}: the council should have asked the east end first.</p>'
            f"<p>Closing a library to save $410,000 is a choice, not a necessity.</p></div>"
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{number}">Reply</a></div></article>'
            f"{inner}</li>"
        )

    threads = []
    number = 0
    while number < comments:
        depth = min(3, comments - number)
        inner = ""
        for offset in reversed(range(1, depth)):
            inner = f'<ol class="children">{item(number + offset, inner)}</ol>'
        threads.append(item(number, inner))
        number += depth
    return head + '<ol class="comment-list">' + "\n".join(threads) + "</ol><!-- .comment-list -->" + tail


def synthetic_json_page(comments: int = 500) -> str:
    """A structured JSON page with ``comments`` comments, every third a reply by id."""
    import json

    body = (PAGES / "json" / "forum-export.json").read_text(encoding="utf-8")
    page = json.loads(body)
    page["comments"] = [
        {
            "id": f"n{number}",
            "author": f"reader{number}",
            "published": "2023-08-02T16:41:00+03:00",
            "parent": f"n{number - 1}" if number % 3 else None,
            "text": f"Comment {number}. Within days, they said. They said the same thing in July.",
        }
        for number in range(comments)
    ]
    return json.dumps(page, ensure_ascii=False)


def _page_cases(reader: str, label: str, pages: list[tuple[str, bytes]], format: str) -> list[Case]:
    from slant.readers import read_bytes

    total = sum(len(data) for _, data in pages)

    def read_all() -> None:
        for name, data in pages:
            read_bytes(data, format=format, source=name)  # type: ignore[arg-type]

    return [Case(reader, label, total, read_all)]


def html_cases() -> list[Case]:
    hand_made = [(path.name, path.read_bytes()) for path in sorted((PAGES / "html").glob("*.html"))]
    synthetic = synthetic_wordpress_page().encode("utf-8")
    return _page_cases(
        "html", f"{len(hand_made)} hand-made pages (tests/pages/html), together", hand_made, "html"
    ) + _page_cases("html", "synthetic WordPress page, 500 comments", [("synthetic", synthetic)], "html")


def json_cases() -> list[Case]:
    hand_made = [
        (path.name, path.read_bytes())
        for path in sorted((PAGES / "json").glob("*.json"))
        if not path.name.endswith(".expected.json")
    ]
    synthetic = synthetic_json_page().encode("utf-8")
    return _page_cases(
        "json", f"{len(hand_made)} hand-made pages (tests/pages/json), together", hand_made, "json"
    ) + _page_cases("json", "synthetic JSON page, 500 comments", [("synthetic", synthetic)], "json")


CASE_BUILDERS: list[Callable[[], list[Case]]] = [text_cases, html_cases, json_cases]


# --- timing and the table ----------------------------------------------------------------------------


def time_case(case: Case, *, seconds: float) -> tuple[float, float]:
    """Return the median wall-clock and CPU seconds per call of ``case.run``, over about ``seconds``.

    CPU time is the steadier figure on a shared machine: other processes lengthen wall time only.
    """
    case.run()  # warm-up
    walls: list[float] = []
    cpus: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(walls) < 3:
        start, start_cpu = time.perf_counter(), time.process_time()
        case.run()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - start_cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    seconds = float(os.environ.get("BENCH_SECONDS", "1"))
    print("| reader | input | size | time per page | MB/s | CPU time per page | MB/s of CPU |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for build in CASE_BUILDERS:
        for case in build():
            wall, cpu = time_case(case, seconds=seconds)
            print(
                f"| {case.reader} | {case.input} | {case.size / 1000:,.1f} kB | {wall * 1000:.2f} ms "
                f"| {case.size / MB / wall:.1f} | {cpu * 1000:.2f} ms | {case.size / MB / max(cpu, 1e-9):.1f} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
