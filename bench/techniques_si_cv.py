"""SI on unseen articles, estimated by k-fold cross-validation over the PTC train articles.

The held-out train articles of `slant train techniques` are only 37; this refits the span tagger and
the lexicon (the shipped settings, decoding thresholds chosen on dev) on k-1 folds of all train
articles and scores span identification on the remaining fold, under the official SI rules.
Dev is not used. Each fold fits a tagger: about 1.5 minutes and 2.8 GB on this machine.

    python bench/techniques_si_cv.py [--data ../shared/data/ptc] [--folds 5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path

from slant.techniques._annotator import shipped_model_dir
from slant.techniques._data import read_split
from slant.techniques._model import LexiconTagger, SpanTagger, merge_candidates
from slant.techniques._scoring import score_si
from slant.techniques._vectors import WordVectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "ptc"
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    metrics = json.loads((shipped_model_dir() / "metrics.json").read_text(encoding="utf-8"))
    tagger_settings = metrics["settings"]["span_tagger"]
    lexicon_settings = {k: metrics["settings"]["lexicon"][k] for k in ("min_count", "min_ratio")}
    train = read_split(args.data, "train")
    vectors = WordVectors.load(shipped_model_dir())
    ids = sorted(train.articles)
    random.Random(args.seed).shuffle(ids)
    gold: dict[str, list[tuple[int, int, str]]] = {}
    for span in train.spans:
        gold.setdefault(span.article_id, []).append((span.start, span.end, span.technique))
    scores = []
    for fold in range(args.folds):
        started = time.perf_counter()
        test = set(ids[fold :: args.folds])
        fit = [a for a in ids if a not in test]
        texts = [train.articles[a] for a in fit]
        tagger = SpanTagger(**tagger_settings, vectors=vectors).fit(
            texts, [[(s, e) for s, e, _ in gold.get(a, [])] for a in fit]
        )
        lexicon = LexiconTagger(**lexicon_settings).fit(
            texts, [[(s, e) for s, e, t in gold.get(a, []) if t in LexiconTagger.TECHNIQUES] for a in fit]
        )
        predicted = [
            (a, s, e)
            for a in sorted(test)
            for s, e, _ in merge_candidates(
                tagger.predict(train.articles[a]), lexicon.predict(train.articles[a])
            )
        ]
        result = score_si(predicted, [(a, s, e) for a in sorted(test) for s, e, _ in gold.get(a, [])])
        scores.append(result["f1"])
        print(
            json.dumps(
                {
                    "fold": fold,
                    "articles": len(test),
                    **{k: round(v, 3) for k, v in result.items()},
                    "seconds": round(time.perf_counter() - started),
                }
            ),
            flush=True,
        )
    print(
        json.dumps(
            {
                "si_f1_mean": round(statistics.mean(scores), 3),
                "si_f1_sd": round(statistics.stdev(scores), 3),
                "folds": [round(s, 3) for s in scores],
            }
        )
    )


if __name__ == "__main__":
    main()
