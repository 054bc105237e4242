"""Word probabilities of both SI routes on the fine-tuned tagger's held-in articles and on dev, cached (issue 15).

The first step of ``bench/techniques_si_ensemble.py``: what each route says about each article, computed
once (the linear route's cross-fitting costs five tagger fits) and written as JSON, so the combinations
can be tried and scored in seconds.

- **Linear route, held-in** (the 37 train articles the fine-tuned tagger never trained on): out of fold.
  The training run's cross-fitting (`cross_fitted`: 5 seeded folds of the 371 train articles, the
  shipped tagger's and lexicon's settings) tags every train article with a tagger and a lexicon fitted
  without it; a verifier with the shipped settings is refitted per fold on the other folds' candidates
  and scores that fold's candidates (as `cross_validated_si` does).
- **Linear route, dev**: the shipped tagger, lexicon and verifier.
- **Fine-tuned tagger** (ONNX int8, the model folder's ``contextual_tagger.onnx``): its word
  probabilities on held-in and dev articles, with the word boundaries it uses.

    python bench/techniques_si_ensemble_cache.py --model DIR --out CACHE [--data ../shared/data/ptc]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path
from typing import Any

import numpy as np

from slant.techniques._annotator import load_model
from slant.techniques._contextual import ContextualTagger
from slant.techniques._data import read_split
from slant.techniques._verifier import SpanVerifier
from slant.techniques._windows import split_words
from slant.techniques.training._finetune import held_in_ids
from slant.techniques.training._train_verifier import (
    _tag,
    candidate_table,
    cross_fitted,
    fold_ids,
    touches_gold,
)

FOLDS = 5
SEED = 0


def _linear_record(article: Any, candidates: list[dict[str, Any]]) -> dict[str, Any]:
    tokens, sentence_of, proba, lexicon_spans = article
    return {
        "tokens": [list(t) for t in tokens],
        "sentence_of": list(map(int, sentence_of)),
        "proba": [round(float(p), 6) for p in proba],
        "lexicon_spans": [[int(s), int(e), float(r)] for s, e, r in lexicon_spans],
        "candidates": candidates,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="model folder with contextual_tagger.onnx")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "ptc"
    )
    args = parser.parse_args()
    started = time.perf_counter()

    def say(line: str) -> None:
        print(f"{line} ({time.perf_counter() - started:.0f} s)", flush=True)

    args.out.mkdir(parents=True, exist_ok=True)
    model = load_model(args.model)
    assert model.lexicon is not None and model.verifier is not None and model.contextual is not None
    contextual: ContextualTagger = model.contextual
    train = read_split(args.data, "train")
    dev = read_split(args.data, "dev")
    held = held_in_ids(contextual.report)
    loosest = min(model.lexicon.min_ratio, model.lexicon.candidate_ratio)

    # Fine-tuned tagger first (cheap), so a failure shows early.
    for name, articles in (("held_in", {a: train.articles[a] for a in held}), ("dev", dev.articles)):
        out = {}
        t0 = time.process_time()
        for aid, text in articles.items():
            words = split_words(text, contextual.tokenizer)
            proba = contextual.word_proba(words) if words.spans else np.zeros(0, dtype=np.float32)
            out[aid] = {
                "words": [list(w) for w in words.spans],
                "line_of": list(map(int, words.line_of)),
                "proba": [round(float(p), 6) for p in proba],
            }
        (args.out / f"contextual_{name}.json").write_text(json.dumps(out))
        say(f"fine-tuned tagger on {name}: {len(out)} articles, {time.process_time() - t0:.1f} s CPU")

    # Linear route on dev: the shipped parts.
    dev_out = {}
    for aid, text in dev.articles.items():
        tagged = _tag(model.tagger, model.lexicon, text, loosest)
        spans, features, vectors = model.verifier.candidates(
            text, *tagged[:3], [s for s in tagged.lexicon_spans if s[2] >= model.lexicon.candidate_ratio]
        )
        proba = model.verifier.predict_proba(features, vectors)
        candidates = [
            {"span": list(sp), "verifier": float(p), "features": [float(x) for x in row]}
            for sp, p, row in zip(spans, proba, features, strict=True)
        ]
        dev_out[aid] = _linear_record(tagged, candidates)
    (args.out / "linear_dev.json").write_text(json.dumps(dev_out))
    say("linear route on dev (shipped model)")

    # Linear route on train, out of fold.
    tagged_train = cross_fitted(
        model.tagger,
        model.lexicon,
        train.articles,
        train.spans,
        folds=FOLDS,
        lexicon_min_ratio=loosest,
        random_state=SEED,
        say=say,
    )
    folds = fold_ids(train.articles, FOLDS, SEED)
    loose = {
        aid: a._replace(lexicon_spans=[s for s in a.lexicon_spans if s[2] >= model.lexicon.candidate_ratio])
        for aid, a in tagged_train.items()
    }
    table = candidate_table(model.verifier, train.articles, loose)
    overlaps = touches_gold(table, train.spans)
    owners = np.array(table.article_ids)
    oof = np.zeros(len(owners))
    for fold in folds:
        inside = np.isin(owners, fold)
        verifier = SpanVerifier(**model.verifier.get_params()).fit(
            table.features[~inside], table.vectors[~inside], overlaps[~inside]
        )
        oof[inside] = verifier.predict_proba(table.features[inside], table.vectors[inside])
    say(f"verifiers refitted per fold over {len(owners)} candidates")
    by_article: dict[str, list[dict[str, Any]]] = {aid: [] for aid in train.articles}
    for row, aid in enumerate(table.article_ids):
        by_article[aid].append(
            {
                "span": list(table.spans[row]),
                "verifier": float(oof[row]),
                "features": [float(x) for x in table.features[row]],
            }
        )
    train_out = {aid: _linear_record(tagged_train[aid], by_article[aid]) for aid in train.articles}
    (args.out / "linear_train.json").write_text(json.dumps(train_out))
    meta = {
        "folds": FOLDS,
        "seed": SEED,
        "held_in": held,
        "fold_of": {aid: k for k, fold in enumerate(folds) for aid in fold},
        "verifier_threshold": model.verifier.threshold,
        "lexicon_min_ratio": model.lexicon.min_ratio,
        "lexicon_candidate_ratio": model.lexicon.candidate_ratio,
        "tagger": {"high": model.tagger.high, "low": model.tagger.low, "max_gap": model.tagger.max_gap},
        "contextual_decoding": contextual.decoding.as_dict(),
        "seconds": round(time.perf_counter() - started, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1))
    say(f"done: {json.dumps({k: meta[k] for k in ('seconds', 'peak_rss_mb')})}")


if __name__ == "__main__":
    main()
