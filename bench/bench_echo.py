"""Cost of the echo and repeats annotators (issue 19), and near-duplicate clustering at scale.

Usage: python bench/bench_echo.py pages [--pages tests/pages] [--repeat 3]
       python bench/bench_echo.py corpus [--pages tests/pages] [--repeat 3]
       python bench/bench_echo.py clusters [--comments 1000000] [--seed 0]

``pages``: CPU time (process time, one core) of each default-pipeline annotator on every page under
``--pages`` and the example page, summed; the echo and repeats share of it is the issue's target
(at most 15 % added to the default pipeline's CPU per page; story_time counts as the issue's "time check").

``corpus``: the same pages as a corpus run (``run_corpus``, in this process), with the default
pipeline and with it less echo, repeats and story_time, alternately ``--repeat`` times; the workers' CPU per page
(read, annotate, flatten, encode: ``cpu_total``) of each, and the added share.

``clusters``: ``--comments`` synthetic comments (random words from a 5,000-word Zipf vocabulary, 8 to
40 words; 2 % of them copies of 2,000 "campaign" comments with one word changed), signed as corpus
workers sign them (``comment_signature``) and clustered as a run's end does (``cluster_signatures``),
each stage timed on one core; recall is the share of campaign copies that land in their campaign's
cluster, and false merges the clusters that mix two campaigns or take in random comments.
Prints JSON; the figures go into docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from _machine import describe

ROOT = Path(__file__).resolve().parent.parent


def bench_pages(folder: Path, repeat: int) -> dict[str, object]:
    import slant
    from slant._pipeline import create_annotator
    from slant._registrations import DEFAULT_PIPELINE

    paths = [ROOT / "examples" / "news-page-with-comments.txt"]
    paths += sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in {".txt", ".html", ".json"})
    annotators = [create_annotator(name) for name in DEFAULT_PIPELINE]
    warm = slant.read(paths[0])
    for annotator in annotators:  # first calls load models and data: not a page's cost
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
    ours = cpu["echo"] + cpu["repeats"] + cpu["story_time"]
    rest = sum(cpu.values()) - ours
    return {
        "pages": pages,
        "comments": comments,
        "cpu_ms_per_page": {name: round(1000 * s / pages, 3) for name, s in cpu.items()},
        "echo_repeats_story_time_ms_per_page": round(1000 * ours / pages, 3),
        "rest_of_default_pipeline_ms_per_page": round(1000 * rest / pages, 3),
        "added_share": round(ours / rest, 4),
    }


def bench_corpus(folder: Path, repeat: int) -> dict[str, object]:
    import shutil
    import tempfile

    from slant._registrations import DEFAULT_PIPELINE
    from slant.corpus import InProcessEngine, run_corpus

    pages = [ROOT / "examples" / "news-page-with-comments.txt"]
    pages += sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in {".txt", ".html", ".json"})
    work = Path(tempfile.mkdtemp(prefix="slant-echo-bench-"))
    inputs = work / "in"
    inputs.mkdir()
    for number, path in enumerate(pages):
        shutil.copy(path, inputs / f"{number:04d}{path.suffix}")
    without = tuple(n for n in DEFAULT_PIPELINE if n not in {"echo", "repeats", "story_time"})
    cpu: dict[str, list[float]] = {"default": [], "without_issue_19": []}
    try:
        run_corpus(
            [inputs], work / "warm", engine=InProcessEngine(workers=0), count_total=False
        )  # load models
        for round_ in range(repeat):
            for name, pipeline in (("default", DEFAULT_PIPELINE), ("without_issue_19", without)):
                summary = run_corpus(
                    [inputs],
                    work / f"{name}-{round_}",
                    engine=InProcessEngine(workers=0),
                    pipeline=pipeline,
                    count_total=False,
                )
                cpu[name].append(summary.worker_seconds["cpu_total"] / max(1, summary.pages))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    best = {name: min(values) for name, values in cpu.items()}
    return {
        "pages": len(pages),
        "cpu_ms_per_page_best_of_repeats": {name: round(1000 * v, 3) for name, v in best.items()},
        "added_share": round(best["default"] / best["without_issue_19"] - 1, 4),
    }


def _synthetic(count: int, seed: int) -> tuple[list[str], list[int]]:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(5000)]
    # Cumulative weights once: random.choices would sum 5,000 weights again for every comment.
    cumulative = list(itertools.accumulate(1 / (i + 1) for i in range(len(vocabulary))))
    campaigns = [
        " ".join(rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(12, 30))) for _ in range(2000)
    ]
    texts, truth = [], []
    for _ in range(count):
        if rng.random() < 0.02:
            which = rng.randrange(len(campaigns))
            words = campaigns[which].split()
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
            texts.append(" ".join(words))
            truth.append(which)
        else:
            texts.append(" ".join(rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(8, 40))))
            truth.append(-1)
    return texts, truth


def bench_clusters(count: int, seed: int) -> dict[str, object]:
    from slant.corpus._clusters import cluster_signatures, comment_signature

    texts, truth = _synthetic(count, seed)
    tick = time.process_time()
    signatures = [comment_signature(text) for text in texts]
    sign_s = time.process_time() - tick
    kept = [(s, t) for s, t in zip(signatures, truth, strict=True) if s is not None]
    tick = time.process_time()
    ids = cluster_signatures([s for s, _ in kept]).tolist()
    cluster_s = time.process_time() - tick
    by_cluster: dict[int, list[int]] = defaultdict(list)
    for cluster, (_, campaign) in zip(ids, kept, strict=True):
        if cluster >= 0:
            by_cluster[cluster].append(campaign)
    per_campaign = Counter(t for _, t in kept if t >= 0)
    # Only a campaign with two copies or more can form a cluster.
    copies = sum(n for n in per_campaign.values() if n > 1)
    # A copy is found when it shares a cluster with another copy of its campaign.
    found = sum(
        count
        for members in by_cluster.values()
        for campaign, count in Counter(members).items()
        if campaign >= 0 and count > 1
    )
    mixed = sum(1 for members in by_cluster.values() if len(set(members)) > 1)
    return {
        "comments": count,
        "signed": len(kept),
        "sign_s_one_core": round(sign_s, 1),
        "sign_us_per_comment": round(1e6 * sign_s / count, 1),
        "cluster_s_one_core": round(cluster_s, 1),
        "clusters": len(by_cluster),
        "campaign_copies_with_a_twin": copies,
        "copies_clustered_with_their_campaign": found,
        "recall": round(found / copies, 4) if copies else None,
        "clusters_mixing_campaigns_or_random": mixed,
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    pages = sub.add_parser("pages")
    pages.add_argument("--pages", type=Path, default=ROOT / "tests" / "pages")
    pages.add_argument("--repeat", type=int, default=3)
    corpus = sub.add_parser("corpus")
    corpus.add_argument("--pages", type=Path, default=ROOT / "tests" / "pages")
    corpus.add_argument("--repeat", type=int, default=3)
    clusters = sub.add_parser("clusters")
    clusters.add_argument("--comments", type=int, default=1_000_000)
    clusters.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if args.what == "pages":
        result = bench_pages(args.pages, args.repeat)
    elif args.what == "corpus":
        result = bench_corpus(args.pages, args.repeat)
    else:
        result = bench_clusters(args.comments, args.seed)
    print(json.dumps({"machine": describe(), **result}, indent=2))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
