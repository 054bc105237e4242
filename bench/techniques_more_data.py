"""More fitting data and bagging for the technique models, on the 37 formerly held-out train articles (issue 15).

Two levers, both about data (docs/models/techniques.md, "Session 11: more data, bagging"):

1. **More fitting data.** Every part (tagger, lexicon, the verifier's cross-fitting and the verifier,
   both technique classifiers) is fitted with the shipped settings, fixed, on (a) the 334 train
   articles that leave out the former seeded 10% (``random.Random(seed)`` over the sorted train ids,
   the first 37: the split of `slant train techniques` before 6 December) or on (b) those 334 plus
   the 75 dev articles. Nothing is chosen here; both are scored on the 37.
2. **Bagging the linear parts.** The five cross-fitting taggers (each on 4/5 of the fitting articles)
   and five technique classifiers fitted on the same folds, averaged: logits (= the weights averaged,
   one linear model: no inference cost) or probabilities (K dot products per token); the verifier
   refitted on the five fold complements of its candidates, logits averaged. Scored on dev (held in
   for config a, which never fits on dev) and on the 37.

Each run writes every variant's per-article SI and TC counts, so differences can be bootstrapped
over articles (``--compare``). One config fits six taggers and twelve technique classifiers: 17 and 24
minutes wall, 3.3 and 2.9 GB peak, on the shared 2-core machine (7 December, load 5-13; figures in
bench/results/techniques_more_data_i15_*, docs/models/techniques.md "Session 11").

    OMP_NUM_THREADS=1 nice -n 10 python bench/techniques_more_data.py --config a --out A.json
    OMP_NUM_THREADS=1 nice -n 10 python bench/techniques_more_data.py --config b --out B.json
    python bench/techniques_more_data.py --compare A.json B.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import resource
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

import slant.techniques._encoder as encoder_module
from slant.techniques._annotator import TechniqueModel, find_spans, load_model
from slant.techniques._cascade import CascadeClassifier
from slant.techniques._data import LabelledSpan, read_split
from slant.techniques._features import whole_words
from slant.techniques._model import (
    LexiconTagger,
    SpanTagger,
    TechniqueClassifier,
    decode_spans,
    merge_candidates,
)
from slant.techniques._ptc import predict_tc
from slant.techniques._scoring import score_si, score_tc
from slant.techniques._verifier import SpanVerifier
from slant.techniques.training._train_verifier import (
    TaggedArticle,
    _shuffled,
    _tag,
    candidate_table,
    fold_ids,
    touches_gold,
    with_lexicon_at,
)

FOLDS = 5
BOOTSTRAP = 2000


def former_held_out(ids: Sequence[str], seed: int, share: float = 0.1) -> list[str]:
    """The train articles `slant train techniques` held out before 6 December (seeded shuffle, first tenth)."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    return sorted(order[: round(len(order) * share)])


# -- averaged linear models ------------------------------------------------------------------------
def averaged_tagger(taggers: Sequence[SpanTagger]) -> SpanTagger:
    """One tagger whose logit is the mean of ``taggers``' logits (their weights averaged)."""
    table = np.mean([t._weight_table() for t in taggers], axis=0)
    out = SpanTagger(**taggers[0].get_params())
    out.rows_ = np.flatnonzero(table).astype(np.int64)
    out.weights_ = table[out.rows_][:, None].astype(np.float32)
    out.dense_weights_ = np.mean([t.dense_weights_ for t in taggers], axis=0).astype(np.float32)
    out.intercept_ = float(np.mean([t.intercept_ for t in taggers]))
    return out


class ProbaBag:
    """Token probabilities averaged over taggers (K dot products per token); decodes like ``first``."""

    def __init__(self, taggers: Sequence[SpanTagger]) -> None:
        self.taggers = list(taggers)
        self.high, self.low, self.max_gap = taggers[0].high, taggers[0].low, taggers[0].max_gap

    def token_proba(self, text: str) -> tuple[list[tuple[int, int]], list[int], Any]:
        results = [t.token_proba(text) for t in self.taggers]
        return results[0][0], results[0][1], np.mean([r[2] for r in results], axis=0).astype(np.float32)


def averaged_classifier(models: Sequence[TechniqueClassifier]) -> TechniqueClassifier:
    """One classifier whose decision values are the mean of ``models``' (their weights averaged)."""
    classes = models[0].classes_
    if any(m.classes_ != classes for m in models):
        raise SystemExit("the fold classifiers saw different techniques")
    size = 1 << models[0].n_bits
    table = np.zeros((size, len(classes)), dtype=np.float64)
    for m in models:
        table[m.rows_] += m.weights_
    table /= len(models)
    out = TechniqueClassifier(**models[0].get_params())
    out.classes_ = classes
    out.rows_ = np.flatnonzero(np.abs(table).sum(axis=1)).astype(np.int64)
    out.weights_ = table[out.rows_].astype(np.float32)
    out.dense_weights_ = np.mean([m.dense_weights_ for m in models], axis=0).astype(np.float32)
    out.intercept_ = np.mean([m.intercept_ for m in models], axis=0).astype(np.float32)
    return out


# -- fitting ---------------------------------------------------------------------------------------
def fit_all(
    shipped: TechniqueModel,
    articles: Mapping[str, str],
    spans: Sequence[LabelledSpan],
    seed: int,
    say: Callable[[str], None],
) -> dict[str, Any]:
    """Every part refitted with the shipped settings on ``articles``, and the fold models for bagging."""
    assert shipped.lexicon is not None and shipped.verifier is not None
    assert isinstance(shipped.classifier, CascadeClassifier)
    gold: dict[str, list[tuple[int, int]]] = {}
    loaded: dict[str, list[tuple[int, int]]] = {}
    for span in spans:
        gold.setdefault(span.article_id, []).append((span.start, span.end))
        if span.technique in LexiconTagger.TECHNIQUES:
            loaded.setdefault(span.article_id, []).append((span.start, span.end))
    ids = list(articles)
    tagger = SpanTagger(**shipped.tagger.get_params()).fit(
        [articles[a] for a in ids], [gold.get(a, []) for a in ids]
    )
    lexicon = LexiconTagger(**shipped.lexicon.get_params()).fit(
        [articles[a] for a in ids], [loaded.get(a, []) for a in ids]
    )
    say("tagger and lexicon fitted on all fitting articles")
    # The cross-fitting of `cross_fitted`, keeping the fold models.
    ratio = min(lexicon.min_ratio, lexicon.candidate_ratio)
    order = _shuffled(articles, seed)
    folds = fold_ids(articles, FOLDS, seed)
    tagged: dict[str, TaggedArticle] = {}
    fold_taggers: list[SpanTagger] = []
    for number, held in enumerate(folds):
        fit = [a for a in order if a not in set(held)]
        fold_tagger = SpanTagger(**tagger.get_params()).fit(
            [articles[a] for a in fit], [gold.get(a, []) for a in fit]
        )
        fold_lexicon = LexiconTagger(**lexicon.get_params()).fit(
            [articles[a] for a in fit], [loaded.get(a, []) for a in fit]
        )
        for aid in held:
            tagged[aid] = _tag(fold_tagger, fold_lexicon, articles[aid], ratio)
        fold_taggers.append(fold_tagger)
        say(f"cross-fitted tagger {number + 1} of {FOLDS}")
    verifier = SpanVerifier(**shipped.verifier.get_params())
    table = candidate_table(verifier, articles, with_lexicon_at(tagged, lexicon.candidate_ratio))
    overlaps = touches_gold(table, spans)
    verifier.fit(table.features, table.vectors, overlaps)
    owners = np.array(table.article_ids)
    fold_verifiers = []
    for held in folds:
        keep = ~np.isin(owners, held)
        fold_verifiers.append(
            SpanVerifier(**verifier.get_params()).fit(
                table.features[keep], table.vectors[keep], overlaps[keep]
            )
        )
    say(
        f"verifier fitted on {len(overlaps)} cross-fitted candidates ({100 * overlaps.mean():.0f}% overlap a span)"
    )

    def classifiers(chosen: set[str]) -> tuple[TechniqueClassifier, TechniqueClassifier]:
        fit_spans = [s for s in spans if s.article_id in chosen]
        items = [(articles[s.article_id], s.start, s.end) for s in fit_spans]
        labels = [s.technique for s in fit_spans]
        contexts = [articles[s.article_id] for s in fit_spans]
        assert isinstance(shipped.classifier, CascadeClassifier)
        fast = TechniqueClassifier(**shipped.classifier.fast.get_params()).fit(
            items, labels, contexts=contexts
        )
        contextual = TechniqueClassifier(**shipped.classifier.contextual.get_params()).fit(
            items, labels, contexts=contexts
        )
        return fast, contextual

    fast, contextual = classifiers(set(ids))
    fold_classifiers = [classifiers(set(ids) - set(held)) for held in folds]
    say("technique classifiers fitted (all, and one pair per fold)")
    return {
        "tagger": tagger,
        "lexicon": lexicon,
        "verifier": verifier,
        "fold_taggers": fold_taggers,
        "fold_verifiers": fold_verifiers,
        "fast": fast,
        "contextual": contextual,
        "fold_classifiers": fold_classifiers,
        "route_below": shipped.classifier.route_below,
        "candidates": len(overlaps),
    }


def _encoded_parts(parts: dict[str, Any]) -> list[Any]:
    pairs = list(parts["fold_classifiers"])
    return [parts["verifier"], *parts["fold_verifiers"], parts["contextual"], *[c for _, c in pairs]]


def save_parts(parts: dict[str, Any], path: Path) -> None:
    """Pickle the fitted parts (a bench cache, never shipped) without the span encoder, which holds a lock."""
    import pickle

    encoder = parts["verifier"].encoder
    for part in _encoded_parts(parts):
        part.encoder = None
    path.write_bytes(pickle.dumps(parts))
    for part in _encoded_parts(parts):
        part.encoder = encoder


def load_parts(path: Path, shipped: TechniqueModel) -> dict[str, Any]:
    import pickle

    parts: dict[str, Any] = pickle.loads(path.read_bytes())  # our own cache file
    assert shipped.verifier is not None
    for part in _encoded_parts(parts):
        part.encoder = shipped.verifier.encoder
    return parts


# -- scoring, per article --------------------------------------------------------------------------
def found_spans(
    text: str,
    tagger: Any,
    lexicon: LexiconTagger,
    verifiers: Sequence[SpanVerifier] | None,
) -> list[tuple[int, int]]:
    """The article path's spans (as `find_spans`), the verifiers' logits averaged; None: tagger + lexicon."""
    tokens, sentence_of, proba = tagger.token_proba(text)
    if not verifiers:
        found = merge_candidates(
            decode_spans(
                tokens, sentence_of, proba, high=tagger.high, low=tagger.low, max_gap=tagger.max_gap
            ),
            lexicon.predict(text),
        )
        return [whole_words(text, s, e) for s, e, _ in found]
    extra = lexicon.predict(text, words=lexicon.candidate_words_)
    spans, features, vectors = verifiers[0].candidates(text, tokens, sentence_of, proba, extra)
    if not spans:
        return []
    logits = np.mean(
        [
            np.log(p / (1 - p))
            for p in (v.predict_proba(features, vectors).clip(1e-12, 1 - 1e-12) for v in verifiers)
        ],
        axis=0,
    )
    kept = 1.0 / (1.0 + np.exp(-logits)) >= verifiers[0].threshold
    return sorted(whole_words(text, s, e) for (s, e), keep in zip(spans, kept, strict=True) if keep)


def si_parts(
    articles: Mapping[str, str], spans: Sequence[LabelledSpan], find: Callable[[str], list[tuple[int, int]]]
) -> dict[str, list[float]]:
    """Per article: precision sum, predicted spans, recall sum, gold spans (official SI rules)."""
    out = {}
    for aid, text in articles.items():
        result = score_si(
            [(aid, s, e) for s, e in find(text)],
            [(aid, g.start, g.end) for g in spans if g.article_id == aid],
        )
        out[aid] = [
            result["precision"] * result["predicted_spans"],
            result["predicted_spans"],
            result["recall"] * result["gold_spans"],
            result["gold_spans"],
        ]
    return out


def tc_parts(
    classifier: Any, articles: Mapping[str, str], spans: Sequence[LabelledSpan]
) -> dict[str, list[float]]:
    """Per article: gold lines named right, gold lines (TC micro-F1 = accuracy on the template)."""
    template = [s for s in spans if s.article_id in articles]
    predicted = predict_tc(classifier, articles, template)
    out = {}
    for aid in articles:
        gold = [(g.article_id, g.technique, g.start, g.end) for g in template if g.article_id == aid]
        if not gold:
            out[aid] = [0.0, 0.0]
            continue
        result = score_tc([p for p in predicted if p[0] == aid], gold)
        out[aid] = [float(result["accuracy"]) * len(gold), float(len(gold))]  # type: ignore[arg-type]
    return out


def si_f1(parts: Mapping[str, Sequence[float]], ids: Sequence[str]) -> float:
    sums = np.sum([parts[a] for a in ids], axis=0)
    precision = sums[0] / sums[1] if sums[1] else 0.0
    recall = sums[2] / sums[3] if sums[3] else 0.0
    return float(2 * precision * recall / (precision + recall)) if precision + recall else 0.0


def tc_f1(parts: Mapping[str, Sequence[float]], ids: Sequence[str]) -> float:
    sums = np.sum([parts[a] for a in ids], axis=0)
    return float(sums[0] / sums[1]) if sums[1] else 0.0


def evaluate(
    parts: dict[str, Any],
    articles: Mapping[str, str],
    spans: Sequence[LabelledSpan],
    say: Callable[[str], None],
) -> dict[str, dict[str, Any]]:
    """Every variant's per-article SI and TC counts on ``articles``."""
    tagger, lexicon, verifier = parts["tagger"], parts["lexicon"], parts["verifier"]
    folds_mean = averaged_tagger(parts["fold_taggers"])
    all_mean = averaged_tagger([tagger, *parts["fold_taggers"]])
    proba_bag = ProbaBag(parts["fold_taggers"])
    bag_verifiers = parts["fold_verifiers"]
    si_variants: dict[str, Callable[[str], list[tuple[int, int]]]] = {
        "single": lambda t: found_spans(t, tagger, lexicon, [verifier]),
        "single_without_verifier": lambda t: found_spans(t, tagger, lexicon, None),
        "tagger_logit_bag_folds": lambda t: found_spans(t, folds_mean, lexicon, [verifier]),
        "tagger_logit_bag_all": lambda t: found_spans(t, all_mean, lexicon, [verifier]),
        "tagger_proba_bag_folds": lambda t: found_spans(t, proba_bag, lexicon, [verifier]),
        "verifier_bag": lambda t: found_spans(t, tagger, lexicon, bag_verifiers),
        "tagger_logit_bag_folds_verifier_bag": lambda t: found_spans(t, folds_mean, lexicon, bag_verifiers),
        "tagger_logit_bag_all_without_verifier": lambda t: found_spans(t, all_mean, lexicon, None),
    }
    for text in list(articles.values())[:5]:  # the re-written article path is find_spans'
        expected = sorted((s, e) for s, e, _ in find_spans(text, tagger, lexicon=lexicon, verifier=verifier))
        if si_variants["single"](text) != expected:
            raise SystemExit("found_spans differs from find_spans")
    result: dict[str, dict[str, Any]] = {"si": {}, "tc": {}}
    for name, find in si_variants.items():
        result["si"][name] = si_parts(articles, spans, find)
        say(f"SI {name}: {si_f1(result['si'][name], list(articles)):.4f}")
    route = parts["route_below"]
    fast_folds = averaged_classifier([f for f, _ in parts["fold_classifiers"]])
    contextual_folds = averaged_classifier([c for _, c in parts["fold_classifiers"]])
    fast_all = averaged_classifier([parts["fast"], *[f for f, _ in parts["fold_classifiers"]]])
    contextual_all = averaged_classifier([parts["contextual"], *[c for _, c in parts["fold_classifiers"]]])
    tc_variants = {
        "single": CascadeClassifier(parts["fast"], parts["contextual"], route_below=route),
        "single_fast": parts["fast"],
        "bag_folds": CascadeClassifier(fast_folds, contextual_folds, route_below=route),
        "bag_all": CascadeClassifier(fast_all, contextual_all, route_below=route),
        "bag_folds_fast": fast_folds,
    }
    for name, classifier in tc_variants.items():
        result["tc"][name] = tc_parts(classifier, articles, spans)
        say(f"TC {name}: {tc_f1(result['tc'][name], list(articles)):.4f}")
    return result


def run(args: argparse.Namespace) -> None:
    started = time.perf_counter()

    def say(line: str) -> None:
        print(f"{line} ({time.perf_counter() - started:.0f} s)", flush=True)

    # Every phrase is encoded once: the verifier's candidates and the six classifier pairs share them.
    encoder_module.REMEMBERED_PHRASES = 1_000_000
    shipped = load_model()
    train = read_split(args.data, "train")
    dev = read_split(args.data, "dev")
    held = former_held_out(list(train.articles), args.seed)
    held_set = set(held)
    articles = {a: t for a, t in train.articles.items() if a not in held_set}
    spans = [s for s in train.spans if s.article_id not in held_set]
    if args.config == "b":
        articles = {**articles, **dev.articles}
        spans = [*spans, *dev.spans]
    if args.limit:  # a smoke run on a few articles
        articles = dict(list(articles.items())[: args.limit])
        spans = [s for s in spans if s.article_id in articles]
        held = held[: args.limit // 3]
        held_set = set(held)
        dev = dataclasses.replace(dev, articles=dict(list(dev.articles.items())[: args.limit // 3]))
    say(f"config {args.config}: fitting on {len(articles)} articles; {len(held)} held out")
    if args.parts and args.parts.exists():
        parts = load_parts(args.parts, shipped)
        say(f"fitted parts read from {args.parts}")
    else:
        parts = fit_all(shipped, articles, spans, args.seed, say)
        if args.parts:
            save_parts(parts, args.parts)
    held_articles = {a: train.articles[a] for a in held}
    held_spans = [s for s in train.spans if s.article_id in held_set]
    out: dict[str, Any] = {
        "config": args.config,
        "fitting_articles": len(articles),
        "held_out": held,
        "candidates": parts["candidates"],
    }
    if args.config == "a":
        say("dev (held in: config a never fits on it)")
        out["dev"] = evaluate(parts, dev.articles, dev.spans, say)
    # The 37 are for the final comparison: their figures go to the file only, read by --compare.
    out["heldout"] = evaluate(parts, held_articles, held_spans, lambda line: None)
    out["seconds"] = round(time.perf_counter() - started, 1)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    args.out.write_text(json.dumps(out) + "\n", encoding="utf-8")
    say(f"written {args.out}")


def paired(
    first: Mapping[str, Sequence[float]],
    second: Mapping[str, Sequence[float]],
    score: Callable[[Mapping[str, Sequence[float]], Sequence[str]], float],
    seed: int,
) -> dict[str, float]:
    """second - first on all articles, and its 95% interval by a paired bootstrap over articles."""
    ids = sorted(first)
    rng = np.random.default_rng(seed)
    draws = []
    for _ in range(BOOTSTRAP):
        sample = [ids[i] for i in rng.integers(0, len(ids), len(ids))]
        draws.append(score(second, sample) - score(first, sample))
    low, high = np.percentile(draws, [2.5, 97.5])
    return {
        "first": round(score(first, ids), 4),
        "second": round(score(second, ids), 4),
        "difference": round(score(second, ids) - score(first, ids), 4),
        "low": round(float(low), 4),
        "high": round(float(high), 4),
        "share_above_0": round(float(np.mean(np.array(draws) > 0)), 3),
    }


def compare(paths: Sequence[Path], seed: int) -> None:
    runs = {json.loads(p.read_text())["config"]: json.loads(p.read_text()) for p in paths}
    scorers = {"si": si_f1, "tc": tc_f1}
    rows = []
    for config, data in sorted(runs.items()):
        for split in ("dev", "heldout"):
            if split not in data:
                continue
            for task, scorer in scorers.items():
                base = data[split][task]["single"]
                for name, variant in data[split][task].items():
                    if name != "single":
                        rows.append(
                            {
                                "versus": f"{config} single",
                                "variant": f"{config} {name}",
                                "split": split,
                                "task": task,
                                **paired(base, variant, scorer, seed),
                            }
                        )
    if {"a", "b"} <= set(runs):
        for task, scorer in scorers.items():
            for name in runs["a"]["heldout"][task]:
                rows.append(
                    {
                        "versus": f"a {name}",
                        "variant": f"b {name}",
                        "split": "heldout",
                        "task": task,
                        **paired(
                            runs["a"]["heldout"][task][name], runs["b"]["heldout"][task][name], scorer, seed
                        ),
                    }
                )
    for row in rows:
        print(json.dumps(row))


def cost(data: Path, k: int, rounds: int) -> None:
    """CPU time of the tagger's token probabilities on dev, one model against K probabilities averaged.

    The features are hashed once per article either way; the K models cost K weight lookups and
    sums per token (the shipped tagger's table stands in for each: the cost does not depend on the
    values). Logit averaging costs nothing: the K models merge into one (:func:`averaged_tagger`).
    Rounds alternate the two, article by article, on one core.
    """
    import os

    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    tagger = load_model().tagger
    dev = read_split(data, "dev")
    tables = [tagger._weight_table().copy() for _ in range(k)]

    def single(text: str) -> None:
        tagger.token_proba(text)

    def bagged(text: str) -> None:
        hashed = tagger._hashed(text)
        probas = []
        for table in tables:
            scores = table[hashed.local].sum(axis=1)
            shared = np.array([table[i].sum() for i in hashed.shared], dtype=np.float32)
            scores += shared[np.asarray(hashed.sentence_of)] + tagger.intercept_
            if hashed.dense is not None:
                scores += hashed.dense @ tagger.dense_weights_
            probas.append(1.0 / (1.0 + np.exp(-scores)))
        np.mean(probas, axis=0)

    spent = {"single": 0.0, f"proba_bag_{k}": 0.0}
    for _ in range(rounds):
        for text in dev.articles.values():
            for name, run_one in (("single", single), (f"proba_bag_{k}", bagged)):
                started = time.process_time()
                run_one(text)
                spent[name] += time.process_time() - started
    per_article = {
        name: round(1000 * value / (rounds * len(dev.articles)), 2) for name, value in spent.items()
    }
    print(
        json.dumps(
            {"cpu_ms_per_dev_article_token_proba": per_article, "rounds": rounds, "load": os.getloadavg()}
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", choices=("a", "b"), help="a: 334 train articles; b: those + the 75 dev")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--parts", type=Path, help="pickle of the fitted parts: written, or read if present")
    parser.add_argument("--compare", type=Path, nargs="+", help="result files of --config runs")
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "ptc"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--cost", type=int, default=0, help="K: CPU cost of K taggers' probabilities averaged"
    )
    parser.add_argument("--limit", type=int, default=0, help="fit on this many articles only (a smoke run)")
    args = parser.parse_args()
    if args.compare:
        compare(args.compare, args.seed)
    elif args.cost:
        cost(args.data, args.cost, rounds=3)
    elif args.config and args.out:
        run(args)
    else:
        parser.error("give --config and --out, or --compare")


if __name__ == "__main__":
    main()
