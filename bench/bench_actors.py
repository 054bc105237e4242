"""Cost of the actors annotator (issue 19, part 4): CPU and memory per page, with and without it, on one core.

Usage: python bench/bench_actors.py [--ptc ../shared/data/ptc/dev-articles] [--repeat 2]

Pages: the example page, the PTC dev articles (English news, no comments) and the Russian pages of
bench/pages/html-real (forum and news comment threads). For each page: the CPU time (process time,
pinned to one core, one BLAS thread) of the default pipeline, and of the actors annotator run after it,
best of ``--repeat``; the first call of each (which loads models) is timed apart. Memory (peak and
resident at the end) is measured in fresh processes: reading and annotating every page with the default
pipeline, then with the default pipeline and the actors annotator.
Prints JSON; the figures go into docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _machine import describe

ROOT = Path(__file__).resolve().parent.parent


def _pages(ptc: Path) -> dict[str, list[Path]]:
    return {
        "example": [ROOT / "examples" / "news-page-with-comments.txt"],
        "ptc_dev": sorted(ptc.glob("*.txt")) if ptc.is_dir() else [],
        "russian": sorted((ROOT / "bench" / "pages" / "html-real").rglob("*-ru.html")),
    }


def _per_page(paths: list[Path], repeat: int) -> dict[str, object]:
    import slant
    from slant._pipeline import Pipeline, create_annotator
    from slant._registrations import DEFAULT_PIPELINE

    default = Pipeline(list(DEFAULT_PIPELINE))
    actors = create_annotator("actors")
    base, added, chars, comments = [], [], [], []
    for path in paths:
        best_base = best_added = float("inf")
        for _ in range(repeat):
            doc = slant.read(path)
            started = time.process_time()
            default(doc)
            best_base = min(best_base, time.process_time() - started)
            started = time.process_time()
            actors(doc)
            best_added = min(best_added, time.process_time() - started)
        base.append(best_base)
        added.append(best_added)
        chars.append(sum(len(p.text) for p in doc.parts))
        comments.append(len(doc.comments))
    total_base, total_added = sum(base), sum(added)
    return {
        "pages": len(paths),
        "chars_mean": round(statistics.mean(chars)),
        "comments_mean": round(statistics.mean(comments), 1),
        "default_ms_per_page": round(1000 * total_base / len(paths), 1),
        "actors_ms_per_page": round(1000 * total_added / len(paths), 1),
        "actors_ms_per_page_max": round(1000 * max(added), 1),
        "actors_added_share": round(total_added / total_base, 3) if total_base else None,
        "actors_chars_per_s": round(sum(chars) / total_added) if total_added else None,
    }


def _first_calls() -> dict[str, float]:
    """CPU of building the annotator (imports) and of the first English and Russian calls (model loads)."""
    from slant import Document, Part
    from slant._pipeline import create_annotator

    started = time.process_time()
    annotator = create_annotator("actors")
    build = time.process_time() - started
    started = time.process_time()
    annotator(Document(article=Part("Sergey Lavrov spoke in Geneva.", kind="article", id="a")))
    english = time.process_time() - started
    started = time.process_time()
    annotator(Document(article=Part("Сергей Лавров выступил в Женеве.", kind="article", id="a")))
    russian = time.process_time() - started
    return {
        "build_s": round(build, 2),
        "first_english_s": round(english, 2),
        "first_russian_s": round(russian, 2),
    }


# Peak (VmHWM) and resident (VmRSS) memory after every page: the peak includes what model loading holds
# for a moment; the resident size at the end is what a worker keeps.
_MEMORY_CHILD = """
import sys, slant
from slant._pipeline import Pipeline
from slant._registrations import DEFAULT_PIPELINE
names = list(DEFAULT_PIPELINE) + (["actors"] if sys.argv[1] == "with" else [])
pipeline = Pipeline(names)
for path in sys.argv[2:]:
    pipeline(slant.read(path))
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
print(int(status["VmHWM"].split()[0]), int(status["VmRSS"].split()[0]))
"""


def _memory_mb(paths: list[Path], *, with_actors: bool) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_CHILD, "with" if with_actors else "without", *map(str, paths)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    ).stdout
    peak, resident = (int(v) for v in out.split()[-2:])
    return {"peak": round(peak / 1024, 1), "resident_at_end": round(resident / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ptc", type=Path, default=ROOT.parent / "shared" / "data" / "ptc" / "dev-articles")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    os.environ["OMP_NUM_THREADS"] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    groups = _pages(args.ptc)
    result: dict[str, object] = {"machine": describe(), "first_calls": _first_calls()}
    for name, paths in groups.items():
        if paths:
            result[name] = _per_page(paths, args.repeat)
    every = [p for paths in groups.values() for p in paths]
    result["memory_mb"] = {
        "default": _memory_mb(every, with_actors=False),
        "default_and_actors": _memory_mb(every, with_actors=True),
    }
    result["this_process_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
