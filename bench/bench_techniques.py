"""Speed and memory of the shipped technique model: PTC articles per second on one core.

Usage: python bench/bench_techniques.py [--articles ../shared/data/ptc/dev-articles] [--repeat 3]
       [--quality fast|best]

Pins the process to one core (where the OS allows it) and BLAS to one thread, loads the shipped
model (timed), then runs span identification and technique classification over every article, as
the ``techniques`` annotator does. Prints JSON: load time, articles/s, words/s, peak RSS.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import json
import platform
import resource
import time
from pathlib import Path

from _machine import cpu_name, speed_reference

ROOT = Path(__file__).resolve().parent.parent


def _routed_share(model: object, texts: list[str]) -> float | None:
    """Share of found spans the cascade sends to its contextual classifier (None: no cascade)."""
    from slant.techniques._cascade import CascadeClassifier

    classifier = getattr(model, "classifier", None)
    if not isinstance(classifier, CascadeClassifier):
        return None
    total = routed = 0
    for text in texts:
        items = [(text, s, e) for s, e, _ in model.find_spans(text)]  # type: ignore[attr-defined]
        if items:
            top = classifier.fast.predict_proba(items, contexts=[text] * len(items)).max(axis=1)
            total += len(items)
            routed += int((top < classifier.route_below).sum())
    return round(routed / max(total, 1), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default=str(ROOT.parent / "shared" / "data" / "ptc" / "dev-articles"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", help="a model folder (default: the shipped model)")
    parser.add_argument(
        "--quality", choices=("fast", "best"), default="fast", help="best: the fine-tuned tagger (issue 15)"
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    started = time.perf_counter()
    from slant.techniques._annotator import load_model
    from slant.techniques._data import read_articles

    model = load_model(args.model)
    load_seconds = time.perf_counter() - started
    articles = read_articles(args.articles)
    texts = list(articles.values())
    words = sum(len(t.split()) for t in texts)
    model.spans(texts[:2], quality=args.quality)  # warm-up (and, for best, the ONNX session)
    timings = []
    cpu_timings = []
    encoder = getattr(model.classifier, "encoder", None)
    for _ in range(args.repeat):
        if encoder is not None:  # each pass reads the articles as new: no span vector remembered
            encoder.forget()
        t0, c0 = time.perf_counter(), time.process_time()
        for text in texts:
            model.spans([text], quality=args.quality)
        timings.append(time.perf_counter() - t0)
        cpu_timings.append(time.process_time() - c0)
    best = min(timings)
    routed = _routed_share(model, texts) if args.quality == "fast" else None
    # On a shared machine wall time includes waiting for the core; CPU time is what the work costs.
    best_cpu = min(cpu_timings)
    print(
        json.dumps(
            {
                "quality": args.quality,
                "articles": len(texts),
                "mean_words_per_article": round(words / len(texts)),
                "import_and_load_seconds": round(load_seconds, 3),
                "articles_per_second_one_core": round(len(texts) / best, 1),
                "words_per_second_one_core": round(words / best),
                "articles_per_cpu_second": round(len(texts) / best_cpu, 1),
                "spans_sent_to_the_contextual_classifier": routed,
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "cpu": cpu_name(),
                **speed_reference(),
                "python": platform.python_version(),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
