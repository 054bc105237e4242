"""SI on unseen articles, estimated by k-fold cross-validation over the PTC train articles.

The held-out train articles of `slant train techniques` are only 37; this refits the span tagger and
the lexicon (the shipped settings, decoding thresholds chosen on dev) on k-1 folds of all train
articles and tags the remaining fold. It then scores span identification on each fold under the
official SI rules, twice: with the tagger and the lexicon alone, and with the span verifier (the
shipped settings and encoder), refitted for each fold on the other folds' candidates, which taggers
that had not seen them produced. Dev is not used. Each fold fits a tagger: about 1.5 minutes and
2.8 GB on this machine.

    python bench/techniques_si_cv.py [--data ../shared/data/ptc] [--folds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import numpy as np

from slant.techniques._annotator import load_model, shipped_model_dir
from slant.techniques._data import read_split
from slant.techniques._model import decode_spans, merge_candidates
from slant.techniques._scoring import score_si
from slant.techniques._train_verifier import candidate_table, cross_fitted, fold_ids, touches_gold
from slant.techniques._verifier import SpanVerifier


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
        random_state=args.seed,
        say=lambda line: print(f"{line} ({time.perf_counter() - started:.0f} s)", flush=True),
    )
    folds = fold_ids(train.articles, args.folds, args.seed)  # cross_fitted's folds
    gold = [(s.article_id, s.start, s.end) for s in train.spans]
    table = candidate_table(model.verifier, train.articles, tagged)
    overlaps = touches_gold(table, train.spans)
    owners = np.array(table.article_ids)
    settings = model.verifier.get_params()
    plain_scores, verified_scores = [], []
    for number, test in enumerate(folds):
        held = np.isin(owners, test)
        verifier = SpanVerifier(**settings).fit(table.features[~held], table.vectors[~held], overlaps[~held])
        kept = verifier.predict_proba(table.features[held], table.vectors[held]) >= verifier.threshold
        rows = np.flatnonzero(held)[kept]
        verified = [(table.article_ids[r], *table.spans[r]) for r in rows]
        tagger = model.tagger
        plain = []
        for aid in test:
            tokens, sentence_of, proba, lexicon_spans = tagged[aid]
            found = decode_spans(
                tokens, sentence_of, proba, high=tagger.high, low=tagger.low, max_gap=tagger.max_gap
            )
            plain += [(aid, s, e) for s, e, _ in merge_candidates(found, lexicon_spans)]
        fold_gold = [g for g in gold if g[0] in set(test)]
        without, with_verifier = score_si(plain, fold_gold), score_si(verified, fold_gold)
        plain_scores.append(without["f1"])
        verified_scores.append(with_verifier["f1"])
        print(
            json.dumps(
                {
                    "fold": number,
                    "articles": len(test),
                    "without_verifier": {k: round(v, 3) for k, v in without.items()},
                    "with_verifier": {k: round(v, 3) for k, v in with_verifier.items()},
                }
            ),
            flush=True,
        )
    print(
        json.dumps(
            {
                "si_f1_without_verifier": {
                    "mean": round(statistics.mean(plain_scores), 3),
                    "sd": round(statistics.stdev(plain_scores), 3),
                    "folds": [round(s, 3) for s in plain_scores],
                },
                "si_f1_with_verifier": {
                    "mean": round(statistics.mean(verified_scores), 3),
                    "sd": round(statistics.stdev(verified_scores), 3),
                    "folds": [round(s, 3) for s in verified_scores],
                },
                "seconds": round(time.perf_counter() - started),
            }
        )
    )


if __name__ == "__main__":
    main()
