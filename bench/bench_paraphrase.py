"""Cost of the opt-in paraphrase echoes (issue 19) against the default pipeline.

Usage: python bench/bench_paraphrase.py pages [--pages tests/pages] [--repeat 3]
       python bench/bench_paraphrase.py corpus [--pages tests/pages] [--repeat 3]
       python bench/bench_paraphrase.py encoder

``pages``: CPU time (process time, one core) of the default pipeline's annotators and of the
``paraphrase`` annotator on every page under ``--pages`` and the example page, summed; the added
share is the paraphrase annotator's time over the default pipeline's.

``corpus``: the same pages as corpus runs (``run_corpus`` in this process), default pipeline with and
without ``paraphrase``, alternately ``--repeat`` times; the workers' CPU per page (``cpu_total``),
best of the repeats, and the added share: the figure issue 19's 15 % target is about.

``encoder``: sentences per CPU second of the shared USE encoder on the labelled set's sentences
(short news and comment sentences), its load time, and the resident memory it adds.
Prints JSON; the figures go into docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

from _machine import describe

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent


def _paths(folder: Path) -> list[Path]:
    paths = [ROOT / "examples" / "news-page-with-comments.txt"]
    return paths + sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix in {".txt", ".html", ".json"}
    )


def bench_pages(folder: Path, repeat: int) -> dict[str, object]:
    import slant
    from slant._analyze import pipeline_names
    from slant._pipeline import create_annotator

    paths = _paths(folder)
    annotators = [create_annotator(name) for name in pipeline_names(paraphrase=True)]
    warm = slant.read(paths[0])
    for annotator in annotators:  # first calls load models: not a page's cost
        annotator(warm)
    cpu: Counter[str] = Counter()
    pages = comments = 0
    for _ in range(repeat):
        for path in paths:
            try:
                doc = slant.read(path)
            except slant.SlantError:
                continue
            pages += 1
            comments += len(doc.comments)
            for annotator in annotators:
                tick = time.process_time()
                annotator(doc)
                cpu[annotator.name] += time.process_time() - tick
    rest = sum(cpu.values()) - cpu["paraphrase"]
    return {
        "pages": pages,
        "comments": comments,
        "cpu_ms_per_page": {name: round(1000 * s / pages, 3) for name, s in cpu.items()},
        "paraphrase_ms_per_page": round(1000 * cpu["paraphrase"] / pages, 3),
        "default_pipeline_ms_per_page": round(1000 * rest / pages, 3),
        "added_share": round(cpu["paraphrase"] / rest, 4),
    }


def bench_corpus(folder: Path, repeat: int) -> dict[str, object]:
    from slant._analyze import pipeline_names
    from slant.corpus import InProcessEngine, run_corpus

    paths = _paths(folder)
    work = Path(tempfile.mkdtemp(prefix="slant-paraphrase-bench-"))
    inputs = work / "in"
    inputs.mkdir()
    for number, path in enumerate(paths):
        shutil.copy(path, inputs / f"{number:04d}{path.suffix}")
    runs = {"default": pipeline_names(), "with_paraphrase": pipeline_names(paraphrase=True)}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    try:
        engine = InProcessEngine(workers=0)
        run_corpus(
            [inputs], work / "warm", engine=engine, pipeline=runs["with_paraphrase"], count_total=False
        )
        for round_ in range(repeat):
            for name, pipeline in runs.items():
                summary = run_corpus(
                    [inputs], work / f"{name}-{round_}", engine=engine, pipeline=pipeline, count_total=False
                )
                cpu[name].append(summary.worker_seconds["cpu_total"] / max(1, summary.pages))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    best = {name: min(values) for name, values in cpu.items()}
    return {
        "pages": len(paths),
        "cpu_ms_per_page_best_of_repeats": {name: round(1000 * v, 3) for name, v in best.items()},
        "added_share": round(best["with_paraphrase"] / best["default"] - 1, 4),
    }


def bench_encoder() -> dict[str, object]:
    from slant.paraphrase import read_pages
    from slant.toxicity._encoder import shared_encoder

    pages = read_pages(ROOT / "tests" / "annotators" / "data" / "paraphrase_pairs.txt")
    texts = [t for p in pages for t in p.article] + [t for p in pages for t, _ in p.comments]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tick = time.perf_counter()
    encoder = shared_encoder()
    encoder.check()
    load_s = time.perf_counter() - tick
    encoder.encode(texts[:8])
    tick = time.process_time()
    encoder.encode(texts)
    seconds = time.process_time() - tick
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "sentences": len(texts),
        "mean_chars": round(sum(map(len, texts)) / len(texts), 1),
        "sentences_per_cpu_second": round(len(texts) / seconds, 1),
        "load_s": round(load_s, 2),
        "max_rss_added_mb": round((after - before) / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["pages", "corpus", "encoder"])
    parser.add_argument("--pages", type=Path, default=ROOT / "tests" / "pages")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.mode == "pages":
        result = bench_pages(args.pages, args.repeat)
    elif args.mode == "corpus":
        result = bench_corpus(args.pages, args.repeat)
    else:
        result = bench_encoder()
    print(json.dumps({"machine": describe(), **result}, indent=2))


if __name__ == "__main__":
    main()
