"""CPU cost of two technique models side by side: one process, the articles interleaved between them.

This machine's speed moves by up to half from one run to the next, so two runs of
bench_techniques.py cannot tell a 20 % difference; here every article goes through both models in
the same minute (in alternating order), each reading it as new (the span encoder forgets).

    python bench/techniques_ab.py --model /tmp/model-without-verifier [--versus DIR] [--passes 2]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from _machine import describe

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="a model folder from 'slant train techniques'")
    parser.add_argument("--versus", help="the other model folder (default: the shipped model)")
    parser.add_argument("--articles", default=str(ROOT.parent / "shared" / "data" / "ptc" / "dev-articles"))
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    from slant.techniques._annotator import load_model, shipped_model_dir
    from slant.techniques._data import read_articles

    print(describe())
    texts = list(read_articles(args.articles).values())
    folders = [args.model, args.versus or str(shipped_model_dir())]
    models = [load_model(folder) for folder in folders]
    for model in models:
        model.spans(texts[:2])  # warm-up: lazy loading
    cpu = [0.0, 0.0]
    for number in range(args.passes):
        for position, text in enumerate(texts):
            order = (0, 1) if (position + number) % 2 == 0 else (1, 0)
            for which in order:
                model = models[which]
                encoder = getattr(model.classifier, "encoder", None)
                if encoder is not None:
                    encoder.forget()
                start = time.process_time()
                model.spans([text])
                cpu[which] += time.process_time() - start
    count = args.passes * len(texts)
    print(
        json.dumps(
            {
                folder: {
                    "cpu_ms_per_article": round(1000 * seconds / count, 1),
                    "articles_per_cpu_second": round(count / seconds, 1),
                }
                for folder, seconds in zip(folders, cpu, strict=True)
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
