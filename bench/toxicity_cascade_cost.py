"""What one comment costs the default toxicity scorer, part by part: the constants behind the cascade's cut.

Usage (one core, one BLAS thread, model loaded and warmed up):
    OMP_NUM_THREADS=1 taskset -c 0 .venv/bin/python bench/toxicity_cascade_cost.py [--rounds 3]

On the natural mix of ``bench/toxicity_cpu_speed.py`` (the Globe and Mail comments), CPU seconds
(``time.process_time``) per comment of

- the n-gram path every comment takes (n-gram scores, their calibration, the language test);
- the sentence encoder, per encoded comment (all its sentence-like units, as ``meaning_logits``);
- one 128-unit hidden-layer network per label over that comment's units (a head of ``n_seeds``
  networks costs ``n_seeds`` times this; measured with the shipped heads, which are one network).

``slant train toxicity`` chooses the cascade's cut with these figures
(``NGRAM_CPU_S_PER_COMMENT``, ``ENCODER_CPU_S_PER_COMMENT``, ``HEAD_CPU_S_PER_COMMENT_PER_NETWORK``
in ``slant.toxicity.training._train``). Each round measures every part once; the median is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import toxicity_i17

ROOT = Path(__file__).resolve().parent.parent


def _cpu(work: Callable[[], Any]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "toxicity")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from slant.toxicity import StackedToxicityModel, load_model
    from slant.toxicity._stacked import reads_ngrams
    from slant.toxicity._units import split_units

    model = load_model()
    assert isinstance(model, StackedToxicityModel)
    texts = next(iter(toxicity_i17._speed_texts(args.data).values()))
    pieces = [text[s:e] for text in texts for s, e in (split_units(text) or [(0, len(text))])]
    networks = model.n_seeds if model.hidden else 1
    model.predict_proba(texts[:64])
    embeddings = model.encode(pieces[:64])

    def ngram_path() -> None:
        for i in range(0, len(texts), 512):
            batch = texts[i : i + 512]
            model.base_.calibrate(model.base_.decision_function(batch))
            [reads_ngrams(t) for t in batch]

    def encoder() -> None:
        nonlocal embeddings
        embeddings = model.encode(pieces)

    def heads() -> None:
        model._head_logits(embeddings)

    parts: dict[str, list[float]] = {"ngram": [], "encoder": [], "heads_per_network": []}
    for _ in range(args.rounds):
        parts["ngram"].append(_cpu(ngram_path) / len(texts))
        parts["encoder"].append(_cpu(encoder) / len(texts))
        parts["heads_per_network"].append(_cpu(heads) / len(texts) / networks)
    row = {
        "comments": len(texts),
        "units": len(pieces),
        "networks_per_head": networks,
        "load_average": os.getloadavg(),
        **{f"{name}_cpu_us_per_comment": round(1e6 * statistics.median(v), 1) for name, v in parts.items()},
        "rounds_us": {name: [round(1e6 * x, 1) for x in v] for name, v in parts.items()},
    }
    print(json.dumps(row))


if __name__ == "__main__":
    main()
