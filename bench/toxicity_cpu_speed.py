"""Comments per CPU second of the default toxicity model on the speed texts of ``bench/toxicity_i17.py``.

Usage (one core, one BLAS thread; A/B against another tree by ``PYTHONPATH``, in alternating rounds):
    OMP_NUM_THREADS=1 taskset -c 0 .venv/bin/python bench/toxicity_cpu_speed.py [--data ../shared/data/toxicity]

Under load, wall-clock rates mostly measure the other engineers' jobs; ``time.process_time`` of the
scoring loop (model loaded and warmed up) is less sensitive to them, though cache sharing still
slows it (issue 17, fifth round: the old model gave 568-629/s by this measure at load 3-6, 667/s
by wall clock on a quiet machine).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import toxicity_i17

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "toxicity")
    args = parser.parse_args()
    from slant.toxicity import load_model

    model = load_model()
    for name, texts in toxicity_i17._speed_texts(args.data).items():
        model.predict_proba(texts[:64])
        cpu, wall = time.process_time(), time.perf_counter()
        for i in range(0, len(texts), 512):
            model.predict_proba(texts[i : i + 512])
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        row = {
            "set": name,
            "per_cpu_s": round(len(texts) / cpu),
            "per_wall_s": round(len(texts) / wall),
            "encoded_share": round(model.encoded_share(texts), 3),
        }
        print(json.dumps(row))


if __name__ == "__main__":
    main()
