"""The cost curve of every stage, from 10 KB to 5 MB, on ordinary and adversarial pages (issue 12).

Usage: python bench/bench_stage_costs.py [--sizes 10000,50000,500000,5000000] [--shapes a,b]
       [--timeout 120] [--memory-gb 4] [--json results.jsonl]

Each (shape, size) runs in a fresh interpreter under a CPU-time and address-space limit, so a
super-linear stage shows as a time-out or a memory error instead of taking the machine down. A run
times reading the page, each annotator of the default pipeline, and the three views (JSON, terminal,
HTML), on one thread (wall-clock time in a child that runs alone), and records the process's peak RSS. The last table gives each stage's growth
from 50 KB to 5 MB: linear work would be 100x; slant's analysis budget (``slant.AnalysisLimits``)
caps the text a page's models read, so past it a stage grows only with the reading.

The pages are generated here (nothing is read from disk but the bundled example page):
prose (the example article repeated), words ("a " repeated), longword (one word), capword (one
capitalised token), dashes/pluses/dots (punctuation runs), comments (tiny comments in a JSON page),
same_comments (identical comments), html_comments (an HTML page with a comment list), html_nested
(deeply nested elements), html_attrs (huge attributes).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from _machine import describe

ROOT = Path(__file__).resolve().parent.parent
SHAPES = (
    "prose",
    "words",
    "longword",
    "capword",
    "dashes",
    "pluses",
    "dots",
    "quotes",
    "sentences",
    "urls",
    "comments",
    "same_comments",
    "html_comments",
    "html_nested",
    "html_attrs",
)
STAGES = ("read", "sentences", "language", "spelling", "links", "quotes", "techniques", "toxicity")
VIEWS = ("json", "terminal", "html")


def make_page(shape: str, size: int) -> tuple[bytes, str]:
    """A page of about ``size`` bytes of the given shape, and the format to read it as."""
    example = (ROOT / "examples" / "news-page-with-comments.txt").read_text(encoding="utf-8")
    article = example.split("\n\n", 3)[-1][:1500]
    head = "A headline for the test page\n\n"
    filler = (article + "\n\n") * 2

    def text_page(body: str) -> tuple[bytes, str]:
        return (head + filler + body + "\n").encode(), "text"

    if shape == "prose":
        return (head + (article + "\n\n") * max(1, size // (len(article) + 2))).encode()[:size], "text"
    if shape == "words":
        return text_page("a " * (size // 2))
    if shape == "longword":
        return text_page("x" * size)
    if shape == "capword":
        return text_page("X" + "y" * (size - 1))
    # Punctuation shapes: a third one hostile line, two thirds prose, so that the page is still
    # mostly letters (slant refuses a page of symbols as "not a news page").
    prose = (article + "\n\n") * max(1, 2 * size // 3 // (len(article) + 2))
    if shape in {"dashes", "pluses", "dots"}:
        char = {"dashes": "-", "pluses": "+", "dots": "."}[shape]
        return (head + prose + char * (size // 3) + "\n").encode(), "text"
    if shape == "quotes":
        third = size // 3
        marks = "“so-called” " * (third // 24) + "\n" + '"' * (third // 4) + "\n" + "« " * (third // 4)
        return (head + prose + marks + "\n").encode(), "text"
    if shape == "sentences":
        return text_page("A. b. U.S. Mr. It is. " * (size // 22))
    if shape == "urls":
        return text_page("see https://example.org/a-b.c?d=e www.x.y, mail me@x.org; " * (size // 60))
    if shape in {"comments", "same_comments"}:
        n = max(1, size // 60)
        comments = [
            {
                "id": f"c{i}",
                "author": f"user{i % 97}",
                "text": "Finish the job, they said." if shape == "same_comments" else f"ok {i} fine",
            }
            for i in range(n)
        ]
        return json.dumps({"title": "Test page", "text": filler, "comments": comments}).encode(), "json"
    if shape == "html_comments":
        n = max(1, size // 200)
        items = "".join(
            f'<li class="comment" id="comment-{i}"><div class="comment-author">user{i % 97}</div>'
            f'<div class="comment-content"><p>Comment number {i} says fine.</p></div></li>'
            for i in range(n)
        )
        paragraphs = "".join(f"<p>{p}</p>" for p in article.split(". "))
        return (
            f"<html><head><title>Test</title></head><body><article><h1>Test page</h1>{paragraphs}</article>"
            f'<ol class="comment-list">{items}</ol></body></html>'
        ).encode(), "html"
    if shape == "html_nested":
        depth = max(1, size // 11)
        return (
            f"<html><body><article><h1>Test</h1><p>{article}</p></article>"
            + "<div>" * depth
            + "deep"
            + "</div>" * depth
            + "</body></html>"
        ).encode()[: max(size, 200)], "html"
    if shape == "html_attrs":
        return (
            f'<html><body><article data-x="{"a" * size}"><h1>Test</h1><p>{article}</p></article></body></html>'
        ).encode(), "html"
    raise ValueError(f"unknown shape {shape!r}")


def run_one(shape: str, size: int) -> dict[str, object]:
    """Read and annotate one generated page, timing each stage (runs inside the child process)."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from slant import read
    from slant._analyze import default_pipeline
    from slant.reports import render_html, render_summary, to_dict

    pipeline = default_pipeline()  # models load before the clock starts
    data, fmt = make_page(shape, size)
    times: dict[str, float] = {}
    start = time.perf_counter()
    doc = read(data, format=fmt)  # type: ignore[arg-type]
    times["read"] = time.perf_counter() - start
    for annotator in pipeline.annotators:
        start = time.perf_counter()
        annotator(doc)
        doc.annotated_by.append(annotator.name)
        times[annotator.name.split(".")[1] if "." in annotator.name else annotator.name] = (
            time.perf_counter() - start
        )
    for view, render in (("json", to_dict), ("terminal", render_summary), ("html", render_html)):
        start = time.perf_counter()
        render(doc)
        times[view] = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "shape": shape,
        "bytes": len(data),
        "comments": len(doc.comments),
        "seconds": {k: round(v, 4) for k, v in times.items()},
        "total_s": round(sum(times.values()), 3),
        "peak_mb": round(peak_mb),
    }


def run_child(shape: str, size: int, *, timeout: float, memory_gb: float) -> dict[str, object]:
    """Run :func:`run_one` in a fresh interpreter under CPU-time and memory limits."""
    limit = int(memory_gb * 2**30)
    code = (
        "import json, resource, sys; sys.path.insert(0, 'bench');"
        f"resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}));"
        f"resource.setrlimit(resource.RLIMIT_CPU, ({int(timeout)}, {int(timeout) + 5}));"
        "import bench_stage_costs as b;"
        f"print(json.dumps(b.run_one({shape!r}, {size})))"
    )
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout * 2,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return {"shape": shape, "bytes": size, "failed": f"wall-clock time-out after {timeout * 2:.0f} s"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        why = "CPU time limit" if done.returncode in (-24, 152) else last[:200]
        return {"shape": shape, "bytes": size, "failed": why}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,500000,5000000")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument(
        "--timeout", type=float, default=120.0, help="CPU seconds per run before it is stopped"
    )
    parser.add_argument("--memory-gb", type=float, default=4.0, help="address-space limit per run")
    parser.add_argument("--json", type=Path, help="also append every run as a JSON line here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(json.dumps({"machine": describe()}))
    results: list[dict[str, object]] = []
    for shape in args.shapes.split(","):
        for size in sizes:
            result = run_child(shape, size, timeout=args.timeout, memory_gb=args.memory_gb)
            results.append(result)
            print(json.dumps(result), flush=True)
            if args.json:
                with args.json.open("a", encoding="utf-8") as out:
                    out.write(json.dumps(result) + "\n")
    print_growth(results, low=50_000, high=5_000_000)
    return 0


def print_growth(results: list[dict[str, object]], *, low: int, high: int) -> None:
    """Each stage's time at ``high`` bytes over its time at ``low`` bytes, per shape."""
    by_key = {(r["shape"], r["bytes"] if "failed" in r else _nominal(r)): r for r in results}
    print(f"\ngrowth {high // 1000} KB / {low // 1000} KB (time ratio; linear = {high // low}x)")
    for shape in dict.fromkeys(str(r["shape"]) for r in results):
        small, large = by_key.get((shape, low)), by_key.get((shape, high))
        if not small or not large:
            continue
        if "failed" in large or "failed" in small:
            print(f"  {shape:14s} failed: {large.get('failed') or small.get('failed')}")
            continue
        s_small, s_large = small["seconds"], large["seconds"]
        assert isinstance(s_small, dict) and isinstance(s_large, dict)
        # Stages under 5 ms at the small size are timer noise: compare against 5 ms instead.
        ratios = {k: s_large[k] / max(s_small[k], 0.005) for k in s_large}
        worst = max(ratios, key=lambda k: ratios[k])
        print(
            f"  {shape:14s} worst {worst} {ratios[worst]:.0f}x; total {large['total_s']} s, "
            f"peak {large['peak_mb']} MB"
        )


def _nominal(result: dict[str, object]) -> int:
    # Generated pages are about, not exactly, the asked size: file each under the nearest asked size.
    size = int(str(result["bytes"]))
    return min((10_000, 50_000, 500_000, 5_000_000), key=lambda s: abs(s - size) / s)


if __name__ == "__main__":
    raise SystemExit(main())
