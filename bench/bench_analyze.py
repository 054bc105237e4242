"""Start-up and per-page cost of ``slant analyze`` (issue 2's targets: start-up < 0.5 s, the example page
analysed in < 100 ms after start-up).

Measures, each as the median of repeated runs:
- ``import slant`` in a fresh interpreter, and ``slant --help`` as a process (start-up);
- ``slant analyze examples/news-page-with-comments.txt --json`` as a process (start-up + models + page);
- ``slant.analyze(example)`` in-process after a warm-up (the page alone), and per stage (read, each annotator).

Run: ``.venv/bin/python bench/bench_analyze.py`` (prints a Markdown table).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _machine import describe

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "news-page-with-comments.txt"
SLANT = [sys.executable, "-m", "slant._cli"]


def _process_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _in_process(runs: int) -> dict[str, float]:
    """Median wall time of each stage; CPU time is the same within noise when the machine is idle."""
    import slant
    from slant.readers import read
    from slant.techniques._annotator import load_model

    pipeline = slant.default_pipeline()
    slant.analyze(EXAMPLE)  # warm-up: lazy imports and model loading happen here
    # The span encoder remembers the phrases it encoded; each run must read the page as new.
    forget = load_model().classifier.encoder.forget
    totals, reads, cpu = [], [], []
    per_annotator: dict[str, list[float]] = {a.name: [] for a in pipeline.annotators}
    for _ in range(runs):
        forget()
        start, start_cpu = time.perf_counter(), time.process_time()
        slant.analyze(EXAMPLE)
        totals.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        start = time.perf_counter()
        doc = read(EXAMPLE)
        reads.append(time.perf_counter() - start)
        forget()
        for annotator in pipeline.annotators:
            start = time.perf_counter()
            annotator(doc)
            per_annotator[annotator.name].append(time.perf_counter() - start)
    figures = {
        "analyze (in-process, warm), wall": statistics.median(totals),
        "analyze (in-process, warm), CPU": statistics.median(cpu),
        "read": statistics.median(reads),
    }
    figures.update({f"annotator {name}": statistics.median(t) for name, t in per_annotator.items()})
    return figures


def main() -> int:
    runs = int(os.environ.get("BENCH_RUNS", "7"))
    rows = [
        ("python -c 'import slant'", _process_seconds([sys.executable, "-c", "import slant"], runs)),
        (
            "import slant + build the default pipeline (models loaded)",
            _process_seconds([sys.executable, "-c", "import slant; slant.default_pipeline()"], runs),
        ),
        ("slant --help (process)", _process_seconds([*SLANT, "--help"], runs)),
        (
            "slant analyze example --json (process)",
            _process_seconds([*SLANT, "analyze", str(EXAMPLE), "--json"], max(3, runs // 2)),
        ),
    ]
    rows += list(_in_process(runs * 3).items())
    print(describe())
    print("| what | median |")
    print("|---|---|")
    for what, seconds in rows:
        print(f"| {what} | {seconds * 1000:.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
