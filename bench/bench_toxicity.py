"""Speed and memory of the shipped toxicity model on one core.

Usage: .venv/bin/python bench/bench_toxicity.py [--data ../shared/data/toxicity] [--n 20000]

Measures, in a fresh process each, so imports and caches do not leak between them:
- the time to ``import slant.toxicity`` and load the shipped model;
- comments per second of ``predict_proba`` in batches of 512 (scores only), and of the CLI path with
  spans (``score_texts(..., spans=True)``);
- the peak resident memory of the scoring process.
Comments are real Civil Comments from the data folder when present (their length distribution is
that of news comments), else the bundled example page's comments, repeated.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from _machine import describe

ROOT = Path(__file__).resolve().parent.parent

_LOAD = """
import time, json
t = time.perf_counter()
import slant.toxicity
from slant.toxicity import load_model
imported = time.perf_counter()
load_model()
loaded = time.perf_counter()
import sys
print(json.dumps({"import_ms": (imported - t) * 1e3, "import_and_load_ms": (loaded - t) * 1e3,
                  "sklearn_imported": "sklearn" in sys.modules}))
"""

_SCORE = """
import json, resource, sys, time
from slant.toxicity import load_model, score_texts
texts = json.load(open(sys.argv[1], encoding="utf-8"))
model = load_model()
model.predict_proba(texts[:256])  # warm up
t = time.perf_counter()
for i in range(0, len(texts), 512):
    model.predict_proba(texts[i : i + 512])
scores = time.perf_counter() - t
t = time.perf_counter()
for i in range(0, len(texts), 512):
    score_texts(texts[i : i + 512], model=model, spans=True)
spans = time.perf_counter() - t
print(json.dumps({"n": len(texts), "scores_per_s": len(texts) / scores, "with_spans_per_s": len(texts) / spans,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _comments(data: Path | None, n: int) -> list[str]:
    texts: list[str] = []
    path = data / "toxic_spans" / "data" / "comments.csv" if data else None
    if path is not None and path.is_file():
        with path.open(encoding="utf-8") as handle:
            texts = [row["comment_text"] for row in csv.DictReader(handle)]
    if not texts:
        page = (ROOT / "examples" / "news-page-with-comments.txt").read_text(encoding="utf-8")
        texts = [p.strip() for p in page.split("\n\n") if p.strip()]
    return (texts * (n // len(texts) + 1))[:n]


def _run(code: str, *args: str) -> dict[str, float]:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    # taskset pins the process to one core, so the figure is per core.
    command = ["taskset", "-c", "0", sys.executable, "-c", code, *args]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    out: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "toxicity")
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure; the best is reported")
    args = parser.parse_args()
    texts = _comments(args.data, args.n)
    tmp = ROOT / ".bench_toxicity_texts.json"
    tmp.write_text(json.dumps(texts), encoding="utf-8")
    try:
        loads = [_run(_LOAD) for _ in range(args.repeat)]
        scores = [_run(_SCORE, str(tmp)) for _ in range(args.repeat)]
    finally:
        tmp.unlink()
    mean_chars = sum(map(len, texts)) / len(texts)
    print(f"{describe()}; measured on one core (taskset -c 0)")
    print(f"comments: {len(texts):,}, mean length {mean_chars:.0f} characters")
    print(
        f"import slant.toxicity: {min(r['import_ms'] for r in loads):.0f} ms; "
        f"import + load model: {min(r['import_and_load_ms'] for r in loads):.0f} ms; "
        f"scikit-learn imported: {any(r['sklearn_imported'] for r in loads)}"
    )
    print(
        f"scores only: {max(r['scores_per_s'] for r in scores):,.0f} comments/s; "
        f"with spans: {max(r['with_spans_per_s'] for r in scores):,.0f} comments/s"
    )
    print(f"peak memory: {min(r['peak_rss_mb'] for r in scores):.0f} MB")


if __name__ == "__main__":
    main()
