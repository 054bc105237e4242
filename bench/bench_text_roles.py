"""CPU cost of the text reader's learned line-role model (issue 14): the reader with and without it.

    OMP_NUM_THREADS=1 taskset -c 0 .venv/bin/python bench/bench_text_roles.py [--rounds 5]

Reads the example page (median of 20 calls per round) and a synthetic thread of about 350 kB
(bench_readers.synthetic_text_dump, about 7,900 lines; one call per round) with the model off and
on, alternating in each round, and prints each round's CPU seconds (``time.process_time``) and the
medians. A 1 MB dump (53,000 lines) is over the model's line limit and read by the signs alone.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_readers import EXAMPLE, synthetic_text_dump

from slant.readers._text import read_text_page
from slant.readers._text_roles import role_model, using_model


def cpu(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        call()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    model = role_model()
    pages = {
        "example page": (EXAMPLE.read_text(encoding="utf-8"), 20),
        "350 kB thread": (synthetic_text_dump(350_000), 1),
    }
    results: dict[tuple[str, str], list[float]] = {}
    for text, _ in pages.values():
        read_text_page(text, source="<bench>", url=None)  # warm up: imports, the model's load
    for round_number in range(args.rounds):
        for name, (text, repeat) in pages.items():
            for label, chosen in (("off", None), ("on", model)):
                with using_model(chosen):
                    spent = cpu(lambda text=text: read_text_page(text, source="<bench>", url=None), repeat)
                results.setdefault((name, label), []).append(spent)
                print(f"round {round_number + 1}: {name}, model {label}: {spent * 1000:.1f} ms")
    for (name, label), spent in results.items():
        print(f"median {name}, model {label}: {statistics.median(spent) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
