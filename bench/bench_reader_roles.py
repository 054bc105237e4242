"""What the learned line-role model (issue 14, readers/_html_roles.py) costs the HTML reader.

Reads a page of ``--comments`` comments in markup no family knows (the shape finder's work, where the
model runs; bench_hostile_html.flat_unnamed_comments) with the model and with the signs alone, in
alternating rounds in one process, and prints the median and minimum CPU time of each.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_reader_roles.py [--comments 500] [--rounds 3] [--repeat 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _machine import describe
from bench_hostile_html import flat_unnamed_comments

from slant.readers import read_bytes
from slant.readers._html_roles import role_model, using_model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--comments", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    page = flat_unnamed_comments(args.comments).encode()
    print(describe())
    doc = read_bytes(page)  # warm-up; loads the model
    print(f"{len(doc.comments)} comments, found by {doc.meta['comment_markup']!r}")
    model = role_model()
    times: dict[str, list[float]] = {"model": [], "signs alone": []}
    for _ in range(args.rounds):
        for label, chosen in (("signs alone", None), ("model", model)):
            with using_model(chosen):
                for _ in range(args.repeat):
                    start = time.process_time()
                    read_bytes(page)
                    times[label].append(time.process_time() - start)
    print("| reading | CPU median (min) |\n|---|---:|")
    for label, values in times.items():
        print(f"| {label} | {statistics.median(values) * 1000:.0f} ms ({min(values) * 1000:.0f}) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
