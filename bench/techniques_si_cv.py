"""SI on unseen articles, estimated by k-fold cross-validation over the PTC train articles.

`slant train techniques` records this for its own five folds (`cross_fitted_train` in metrics.json);
this re-runs it for the shipped model's settings with another seed or number of folds. It refits the
span tagger and the lexicon (the shipped settings, decoding thresholds chosen on dev) on k-1 folds of
all train articles and tags the remaining fold. It then scores span identification on each fold under the
official SI rules, twice: with the tagger and the lexicon alone, and with the span verifier (the
shipped settings and encoder), refitted for each fold on the other folds' candidates, which taggers
that had not seen them produced. Dev is not used. Each fold fits a tagger: about 1.5 minutes and
2.8 GB on this machine.

    python bench/techniques_si_cv.py [--data ../shared/data/ptc] [--folds 5] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from slant.techniques._annotator import load_model, shipped_model_dir
from slant.techniques._data import read_split
from slant.techniques.training._train_verifier import cross_fitted, cross_validated_si, fold_ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "ptc"
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    started = time.perf_counter()
    model = load_model()
    if model.lexicon is None or model.verifier is None:
        raise SystemExit(f"the model in {shipped_model_dir()} has no lexicon or no span verifier")
    train = read_split(args.data, "train")
    tagged = cross_fitted(
        model.tagger,
        model.lexicon,
        train.articles,
        train.spans,
        folds=args.folds,
        lexicon_min_ratio=min(model.lexicon.min_ratio, model.lexicon.candidate_ratio),
        random_state=args.seed,
        say=lambda line: print(f"{line} ({time.perf_counter() - started:.0f} s)", flush=True),
    )
    folds = fold_ids(train.articles, args.folds, args.seed)  # cross_fitted's folds
    result = cross_validated_si(
        model.verifier, model.tagger, model.lexicon, train.articles, train.spans, tagged, folds
    )
    for number, test in enumerate(folds):
        print(
            json.dumps(
                {
                    "fold": number,
                    "articles": len(test),
                    "si_f1_without_verifier": round(result["si_without_verifier"]["f1_folds"][number], 3),
                    "si_f1_with_verifier": round(result["si"]["f1_folds"][number], 3),
                }
            ),
            flush=True,
        )

    def rounded(summary: dict[str, Any]) -> dict[str, Any]:
        return {
            "mean": round(summary["f1_mean"], 3),
            "sd": round(summary["f1_sd"], 3),
            "folds": [round(f, 3) for f in summary["f1_folds"]],
            "pooled": {k: round(v, 3) for k, v in summary["pooled"].items()},
        }

    print(
        json.dumps(
            {
                "si_f1_without_verifier": rounded(result["si_without_verifier"]),
                "si_f1_with_verifier": rounded(result["si"]),
                "seconds": round(time.perf_counter() - started),
            }
        )
    )


if __name__ == "__main__":
    main()
