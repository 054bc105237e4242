"""Training the technique models on the PTC: fit on train, choose settings on dev, report the cost.

A seeded 10% of the train articles is held out of fitting and of every choice, and scored once at
the end: a check on articles the model never saw and nobody tuned on.
"""

from __future__ import annotations

import json
import logging
import random
import resource
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from itertools import product
from pathlib import Path
from typing import Any

from slant.techniques._data import LabelledSpan, read_split
from slant.techniques._explain import TECHNIQUES
from slant.techniques._model import SpanTagger, TechniqueClassifier, decode_spans
from slant.techniques._scoring import score_si, score_tc

__all__ = ["evaluate_si", "evaluate_tc", "train"]

logger = logging.getLogger(__name__)

#: Decoding settings tried on dev (a grid over the tagger's high/low thresholds and gap bridging).
HIGH_GRID: tuple[float, ...] = (0.2, 0.25, 0.3, 0.35, 0.4)
LOW_GRID: tuple[float, ...] = (0.1, 0.15, 0.2, 0.25, 0.3)
GAP_GRID: tuple[int, ...] = (0, 2, 4, 8)
#: Regularisation strengths tried for the technique classifier, chosen on dev.
TC_C_GRID: tuple[float, ...] = (2.0, 8.0)


def _gold_by_article(spans: Sequence[LabelledSpan]) -> dict[str, list[tuple[int, int]]]:
    by: dict[str, list[tuple[int, int]]] = {}
    for span in spans:
        by.setdefault(span.article_id, []).append((span.start, span.end))
    return by


def evaluate_si(
    tagger: SpanTagger, articles: Mapping[str, str], gold: Sequence[LabelledSpan]
) -> dict[str, float]:
    """SI precision, recall and F1 of ``tagger`` on ``articles`` under the official rules."""
    predicted = [(aid, s, e) for aid, text in articles.items() for s, e, _ in tagger.predict(text)]
    return score_si(predicted, [(g.article_id, g.start, g.end) for g in gold])


def evaluate_tc(
    classifier: TechniqueClassifier, articles: Mapping[str, str], gold: Sequence[LabelledSpan]
) -> dict[str, object]:
    """TC micro-F1 and per-technique F1 of ``classifier`` on the gold spans."""
    items = [(articles[g.article_id], g.start, g.end) for g in gold]
    labels = classifier.predict(items)
    predicted = [(g.article_id, label, g.start, g.end) for g, label in zip(gold, labels, strict=True)]
    return score_tc(
        predicted, [(g.article_id, g.technique, g.start, g.end) for g in gold], techniques=TECHNIQUES
    )


def _tune_decoding(
    tagger: SpanTagger, articles: Mapping[str, str], gold: Sequence[LabelledSpan]
) -> dict[str, Any]:
    """Choose high/low/max_gap by SI F1 on ``articles`` (dev), computing token probabilities once."""
    cached = {aid: tagger.token_proba(text) for aid, text in articles.items()}
    gold_triples = [(g.article_id, g.start, g.end) for g in gold]
    best: dict[str, Any] = {"f1": -1.0}
    for high, low, gap in product(HIGH_GRID, LOW_GRID, GAP_GRID):
        if low > high:
            continue
        predicted = [
            (aid, s, e)
            for aid, (tokens, sentence_of, proba) in cached.items()
            for s, e, _ in decode_spans(tokens, sentence_of, proba, high=high, low=low, max_gap=gap)
        ]
        result = score_si(predicted, gold_triples)
        if result["f1"] > best["f1"]:
            best = {**result, "high": high, "low": low, "max_gap": gap}
    return best


def _peak_memory_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def train(
    data_dir: str | Path,
    out_dir: str | Path,
    *,
    random_state: int = 0,
    holdout_fraction: float = 0.1,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Train the span tagger and the technique classifier and write them, with metrics, to ``out_dir``.

    Args:
        data_dir: the PTC folder (``train-articles/``, ``dev-articles/``, the labels files).
        out_dir: where to write the model files and ``metrics.json``.
        random_state: seed for the held-out split and the solvers.
        holdout_fraction: share of train articles kept out of fitting and tuning, scored at the end.
        progress: called with a line of progress now and then (the CLI logs it).

    Returns:
        The metrics written to ``metrics.json``.
    """
    say = progress or logger.info
    started = time.perf_counter()
    train_split = read_split(data_dir, "train")
    dev_split = read_split(data_dir, "dev")
    ids = sorted(train_split.articles)
    random.Random(random_state).shuffle(ids)
    held_ids = set(ids[: round(len(ids) * holdout_fraction)])
    fit_articles = {k: v for k, v in train_split.articles.items() if k not in held_ids}
    held_articles = {k: v for k, v in train_split.articles.items() if k in held_ids}
    fit_spans = [s for s in train_split.spans if s.article_id not in held_ids]
    held_spans = [s for s in train_split.spans if s.article_id in held_ids]
    say(
        f"data: {len(fit_articles)} train articles for fitting, {len(held_articles)} held out, {len(dev_split.articles)} dev"
    )

    gold = _gold_by_article(fit_spans)
    tagger = SpanTagger(random_state=random_state)
    tagger.fit(list(fit_articles.values()), [gold.get(aid, []) for aid in fit_articles])
    say(f"span tagger fitted ({time.perf_counter() - started:.0f} s)")
    best = _tune_decoding(tagger, dev_split.articles, dev_split.spans)
    tagger.set_params(high=best["high"], low=best["low"], max_gap=best["max_gap"])
    say(f"SI on dev: F1 {best['f1']:.3f} (high {best['high']}, low {best['low']}, gap {best['max_gap']})")

    items = [(fit_articles[s.article_id], s.start, s.end) for s in fit_spans]
    labels = [s.technique for s in fit_spans]
    chosen: tuple[float, TechniqueClassifier | None, dict[str, object]] = (-1.0, None, {})
    for c in TC_C_GRID:
        classifier = TechniqueClassifier(C=c, random_state=random_state).fit(items, labels)
        result = evaluate_tc(classifier, dev_split.articles, dev_split.spans)
        f1 = float(result["micro_f1"])  # type: ignore[arg-type]
        say(f"TC C={c}: dev micro-F1 {f1:.3f} ({time.perf_counter() - started:.0f} s)")
        if f1 > chosen[0]:
            chosen = (f1, classifier, result)
    if chosen[1] is None:  # pragma: no cover - the grid is never empty
        raise ValueError("TC_C_GRID must not be empty")
    classifier = chosen[1]

    out = Path(out_dir)
    tagger.save(out)
    classifier.save(out)
    metrics: dict[str, Any] = {
        "dev": {"si": evaluate_si(tagger, dev_split.articles, dev_split.spans), "tc": chosen[2]},
        "heldout_train": {
            "articles": len(held_articles),
            "si": evaluate_si(tagger, held_articles, held_spans),
            "tc": evaluate_tc(classifier, held_articles, held_spans),
        },
        "training": {
            "seconds": round(time.perf_counter() - started, 1),
            "peak_memory_mb": round(_peak_memory_mb(), 1),
            "random_state": random_state,
            "train_articles": len(fit_articles),
            "span_tagger": tagger.get_params(),
            "technique_classifier": classifier.get_params(),
        },
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    say(
        f"done in {metrics['training']['seconds']} s, peak memory {metrics['training']['peak_memory_mb']} MB; "
        f"held-out SI F1 {metrics['heldout_train']['si']['f1']:.3f}, TC {metrics['heldout_train']['tc']['micro_f1']:.3f}"
    )
    return metrics
