"""Fitting the span calibration and the display thresholds on held-in data (issue 15).

What a span's calibrated score must mean: the probability that it touches a gold span of the same
technique (any overlap, as the verifier's training target), on text the model has not seen. So the
calibration is fitted on spans found by models that never saw their articles: the train articles
are dealt into the training run's seeded folds, and each fold is run through a tagger, a lexicon, a
verifier and technique classifiers refitted, with the model's own settings, on the other folds. Dev
(never used here for fitting) checks it: reliability (ECE), Brier score and log loss, before and after.

Two modes are measured, because a page has two kinds of part:

- ``"article"``: each article whole, as titles and articles are run (the verifier, the cascade);
- ``"comment"``: each of the article's short lines (3 to 50 words) alone, as comments are run
  (tagger and lexicon without the verifier, the fast classifier), with the article as the page.
  Short PTC lines stand in for comments: the PTC has no comments, and these are short texts the
  model reads without the verifier, though in a news register, not an informal one.

The display threshold of each part kind is the lowest calibrated score at which the spans shown,
pooled over the cross-fitted folds (calibrated out of fold), reach :data:`DISPLAY_PRECISION`.
"""

from __future__ import annotations

import logging
import math
import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from slant.techniques._annotator import Quality, TechniqueModel
from slant.techniques._calibration import ROUTES, SpanCalibration, logit
from slant.techniques._cascade import CascadeClassifier
from slant.techniques._data import LabelledSpan, PtcSplit
from slant.techniques._model import LexiconTagger, SpanTagger, TechniqueClassifier
from slant.techniques._verifier import SpanVerifier
from slant.techniques.training._train_verifier import (
    _shuffled,
    _tag,
    candidate_table,
    fold_ids,
    touches_gold,
)

__all__ = [
    "DISPLAY_PRECISION",
    "SpanRecord",
    "calibrate_model",
    "calibration_metrics",
    "cross_fitted_records",
    "fit_calibration",
    "fold_models",
    "model_records",
]

logger = logging.getLogger(__name__)

#: Views show a span by default from the calibrated score at which at least this share of the spans
#: shown touch a gold span of their technique (cross-fitted train): more right than wrong.
DISPLAY_PRECISION = 0.5
#: Thresholds tried for display, in steps of 0.01.
THRESHOLD_GRID: tuple[float, ...] = tuple(round(0.01 * i, 2) for i in range(1, 100))
#: Fewest words and most words of a PTC line run as a comment.
COMMENT_WORDS = (3, 50)
#: Reliability bins (equal width over [0, 1]) of the expected calibration error.
ECE_BINS = 10
# The L2 penalty of Platt scaling: two parameters and thousands of spans need almost none, but a
# route with few spans (so-called) must not run off to an infinite slope.
_PLATT_L2 = 1.0


@dataclass(frozen=True, slots=True)
class SpanRecord:
    """One span a model found in one article: where it came from, its raw score, and whether it is right."""

    article_id: str
    mode: str  # "article" or "comment"
    route: str
    technique: str
    raw: float
    correct: bool


def fold_models(
    model: TechniqueModel,
    split: PtcSplit,
    *,
    folds: int,
    random_state: int,
    say: Callable[[str], None] = lambda line: None,
) -> tuple[list[list[str]], list[TechniqueModel]]:
    """The training run's folds of ``split``, and per fold a model with ``model``'s settings fitted on the others.

    The tagger and lexicon are refitted as ``cross_fitted`` does (same folds, same order); the
    verifier on the other folds' candidates from those cross-fitted taggers, as
    ``cross_validated_si`` does; the classifiers on the other folds' gold spans.
    """
    articles, spans = split.articles, split.spans
    held_out = fold_ids(articles, folds, random_state)
    order = _shuffled(articles, random_state)
    gold: dict[str, list[tuple[int, int]]] = {}
    loaded: dict[str, list[tuple[int, int]]] = {}
    for span in spans:
        gold.setdefault(span.article_id, []).append((span.start, span.end))
        if span.technique in LexiconTagger.TECHNIQUES:
            loaded.setdefault(span.article_id, []).append((span.start, span.end))
    lexicon_params = model.lexicon.get_params() if model.lexicon is not None else None
    parts: list[tuple[SpanTagger, LexiconTagger | None]] = []
    tagged = {}
    for fold, held in enumerate(held_out):
        fit = [aid for aid in order if aid not in set(held)]
        tagger = SpanTagger(**model.tagger.get_params()).fit(
            [articles[a] for a in fit], [gold.get(a, []) for a in fit]
        )
        lexicon = None
        if lexicon_params is not None:
            lexicon = LexiconTagger(**lexicon_params).fit(
                [articles[a] for a in fit], [loaded.get(a, []) for a in fit]
            )
            for aid in held:
                tagged[aid] = _tag(tagger, lexicon, articles[aid], lexicon.candidate_ratio)
        parts.append((tagger, lexicon))
        say(f"calibration: fold {fold + 1} of {folds}, tagger and lexicon refitted")
    verifiers: list[SpanVerifier | None] = [None] * folds
    if model.verifier is not None and tagged:
        table = candidate_table(model.verifier, articles, tagged)
        overlaps = touches_gold(table, spans)
        owners = np.array(table.article_ids)
        for fold, held in enumerate(held_out):
            rest = ~np.isin(owners, list(held))
            if overlaps[rest].all() or not overlaps[rest].any():
                continue  # nothing to tell apart (tiny data): that fold keeps the tagger's own spans
            verifiers[fold] = SpanVerifier(**model.verifier.get_params()).fit(
                table.features[rest], table.vectors[rest], overlaps[rest]
            )
        say("calibration: verifiers refitted")
    models = []
    for fold, held in enumerate(held_out):
        fit_spans = [s for s in spans if s.article_id not in set(held)]
        classifier = _refit_classifier(model.classifier, articles, fit_spans)
        tagger, lexicon = parts[fold]
        models.append(TechniqueModel(tagger, classifier, lexicon, verifiers[fold]))
        say(f"calibration: fold {fold + 1} of {folds}, technique classifiers refitted")
    return held_out, models


def _refit_classifier(
    classifier: TechniqueClassifier | CascadeClassifier,
    articles: Mapping[str, str],
    spans: Sequence[LabelledSpan],
) -> TechniqueClassifier | CascadeClassifier:
    items = [(articles[s.article_id], s.start, s.end) for s in spans]
    labels = [s.technique for s in spans]
    contexts = [articles[s.article_id] for s in spans]
    fast = classifier.fast if isinstance(classifier, CascadeClassifier) else classifier
    fold_fast = TechniqueClassifier(**fast.get_params()).fit(items, labels, contexts=contexts)
    if not isinstance(classifier, CascadeClassifier):
        return fold_fast
    contextual = TechniqueClassifier(**classifier.contextual.get_params()).fit(
        items, labels, contexts=contexts
    )
    return CascadeClassifier(fold_fast, contextual, route_below=classifier.route_below)


def _short_lines(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` of 3 to 50 words, with their offsets."""
    lines, at = [], 0
    for line in text.splitlines(keepends=True):
        words = len(line.split())
        if COMMENT_WORDS[0] <= words <= COMMENT_WORDS[1]:
            lines.append((at, line.rstrip("\r\n")))
        at += len(line)
    return lines


def model_records(
    model: TechniqueModel,
    articles: Mapping[str, str],
    spans: Sequence[LabelledSpan],
    *,
    quality: Quality = "fast",
) -> list[SpanRecord]:
    """The spans ``model`` finds in ``articles`` in both modes, each marked right or wrong by the gold ``spans``.

    ``quality="best"``: found by the model's fine-tuned tagger (route ``"contextual"``).
    """
    gold: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for span in spans:
        gold.setdefault((span.article_id, span.technique), []).append((span.start, span.end))

    def right(aid: str, technique: str, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in gold.get((aid, technique), ()))

    records = []
    for aid, text in articles.items():
        (whole,) = model.raw_spans([text], contextual=[True], quality=quality)
        records += [
            SpanRecord(aid, "article", route, technique, raw, right(aid, technique, s, e))
            for s, e, technique, raw, route in whole
        ]
        lines = _short_lines(text)
        found = model.raw_spans(
            [line for _, line in lines], context=text, contextual=[False] * len(lines), quality=quality
        )
        for (offset, _), line_spans in zip(lines, found, strict=True):
            records += [
                SpanRecord(
                    aid, "comment", route, technique, raw, right(aid, technique, offset + s, offset + e)
                )
                for s, e, technique, raw, route in line_spans
            ]
    return records


def cross_fitted_records(
    model: TechniqueModel,
    split: PtcSplit,
    *,
    folds: int,
    random_state: int,
    say: Callable[[str], None] = lambda line: None,
) -> tuple[list[list[str]], list[SpanRecord]]:
    """The folds, and the spans of every train article found by the fold model that never saw it."""
    held_out, models = fold_models(model, split, folds=folds, random_state=random_state, say=say)
    records: list[SpanRecord] = []
    for held, fold_model in zip(held_out, models, strict=True):
        held_articles = {aid: split.articles[aid] for aid in held}
        held_spans = [s for s in split.spans if s.article_id in set(held)]
        records += model_records(fold_model, held_articles, held_spans)
    say(f"calibration: {len(records)} cross-fitted spans")
    return held_out, records


def _platt(raw: Sequence[float], correct: Sequence[bool]) -> tuple[float, float]:
    """Slope and intercept of a logistic regression of ``correct`` on the raw scores' logits (Newton steps)."""
    x = np.array([logit(r) for r in raw], dtype=np.float64)
    y = np.array(correct, dtype=np.float64)
    design = np.column_stack([x, np.ones_like(x)])
    weights = np.array([1.0, 0.0])
    penalty = np.diag([_PLATT_L2, 0.0])  # the intercept is not penalised
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(design @ weights)))
        gradient = design.T @ (p - y) + penalty @ weights
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(2)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if float(np.abs(step).max()) < 1e-10:
            break
    return float(weights[0]), float(weights[1])


def _fit(records: Iterable[SpanRecord]) -> dict[str, tuple[float, float]]:
    by_route: dict[str, tuple[list[float], list[bool]]] = {}
    for record in records:
        raw, correct = by_route.setdefault(record.route, ([], []))
        raw.append(record.raw)
        correct.append(record.correct)
    return {
        route: _platt(raw, correct)
        for route, (raw, correct) in by_route.items()
        if route in ROUTES and 0 < sum(correct) < len(correct)
    }


def _apply(params: Mapping[str, tuple[float, float]], records: Sequence[SpanRecord]) -> list[float]:
    calibration = SpanCalibration(
        {r: a for r, (a, _) in params.items()}, {r: b for r, (_, b) in params.items()}, {}
    )
    return [calibration.calibrate(record.raw, record.route) for record in records]


def calibration_metrics(scores: Sequence[float], correct: Sequence[bool]) -> dict[str, float]:
    """Expected calibration error (10 equal-width bins), Brier score, log loss, mean score and share right."""
    p = np.clip(np.array(scores, dtype=np.float64), 1e-6, 1 - 1e-6)
    y = np.array(correct, dtype=np.float64)
    if not len(p):
        return {"spans": 0}
    bins = np.minimum((p * ECE_BINS).astype(int), ECE_BINS - 1)
    ece = sum(
        abs(float(p[bins == b].mean()) - float(y[bins == b].mean())) * int((bins == b).sum())
        for b in range(ECE_BINS)
        if (bins == b).any()
    ) / len(p)
    return {
        "spans": len(p),
        "ece": round(ece, 4),
        "brier": round(float(((p - y) ** 2).mean()), 4),
        "log_loss": round(float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean()), 4),
        "mean_score": round(float(p.mean()), 4),
        "share_right": round(float(y.mean()), 4),
    }


def _reliability(scores: Sequence[float], correct: Sequence[bool]) -> list[dict[str, float]]:
    """Per bin of the score: how many spans, their mean score and the share of them right."""
    rows = []
    for b in range(ECE_BINS):
        low, high = b / ECE_BINS, (b + 1) / ECE_BINS
        inside = [
            (s, c)
            for s, c in zip(scores, correct, strict=True)
            if low <= s < high or (b == ECE_BINS - 1 and s == 1.0)
        ]
        if inside:
            rows.append(
                {
                    "from": low,
                    "spans": len(inside),
                    "mean_score": round(statistics.mean(s for s, _ in inside), 3),
                    "share_right": round(sum(c for _, c in inside) / len(inside), 3),
                }
            )
    return rows


def _shown(scores: Sequence[float], correct: Sequence[bool], threshold: float) -> dict[str, float]:
    """At ``threshold``: how many spans are shown, their precision, and the share of right spans shown."""
    shown = [c for s, c in zip(scores, correct, strict=True) if s >= threshold]
    right = sum(correct)
    return {
        "threshold": threshold,
        "spans": len(scores),
        "shown": len(shown),
        "precision": round(sum(shown) / len(shown), 4) if shown else 0.0,
        "right_shown": round(sum(shown) / right, 4) if right else 0.0,
    }


def _choose_threshold(scores: Sequence[float], correct: Sequence[bool]) -> float:
    """The lowest threshold at which the spans shown reach DISPLAY_PRECISION (the highest tried if none does)."""
    for threshold in THRESHOLD_GRID:
        shown = [c for s, c in zip(scores, correct, strict=True) if s >= threshold]
        if shown and sum(shown) / len(shown) >= DISPLAY_PRECISION:
            return threshold
    return THRESHOLD_GRID[-1]


def fit_calibration(
    train: Sequence[SpanRecord],
    held_out: Sequence[Sequence[str]],
    dev: Sequence[SpanRecord],
    *,
    provenance: Mapping[str, Any] | None = None,
) -> SpanCalibration:
    """Platt scaling per route fitted on the cross-fitted ``train`` spans, thresholds chosen there, checked on ``dev``.

    ``held_out`` (the folds) lets the train spans be calibrated out of fold, for the thresholds and
    the "after" figures on train; the calibration shipped is fitted on all of them.
    """
    started = time.perf_counter()
    out_of_fold = [0.0] * len(train)
    for held in held_out:
        inside = set(held)
        params = _fit(r for r in train if r.article_id not in inside)
        rows = [i for i, r in enumerate(train) if r.article_id in inside]
        for i, score in zip(rows, _apply(params, [train[i] for i in rows]), strict=True):
            out_of_fold[i] = score
    params = _fit(train)
    dev_scores = _apply(params, dev)
    thresholds: dict[str, float] = {}
    report: dict[str, Any] = {
        "target": "the span touches a gold span of the same technique (any overlap)",
        "method": "Platt scaling (logistic regression on the raw score's logit) per route, L2 1.0 on the slope",
        "fitted_on": "spans found in the PTC train articles by models fitted without them (cross-fitting)",
        "display_criterion": f"lowest calibrated score whose shown spans are >= {DISPLAY_PRECISION} right "
        "on cross-fitted train (calibrated out of fold)",
        "comment_mode": f"each PTC line of {COMMENT_WORDS[0]}-{COMMENT_WORDS[1]} words run alone as a comment",
        **(provenance or {}),
    }
    for kind, mode in (("article", "article"), ("comment", "comment")):
        rows = [i for i, r in enumerate(train) if r.mode == mode]
        dev_rows = [i for i, r in enumerate(dev) if r.mode == mode]
        train_correct = [train[i].correct for i in rows]
        dev_correct = [dev[i].correct for i in dev_rows]
        train_after = [out_of_fold[i] for i in rows]
        dev_after = [dev_scores[i] for i in dev_rows]
        thresholds[kind] = _choose_threshold(train_after, train_correct)
        report[kind] = {
            "cross_fitted_train": {
                "before": calibration_metrics([train[i].raw for i in rows], train_correct),
                "after": calibration_metrics(train_after, train_correct),
                "shown": _shown(train_after, train_correct, thresholds[kind]),
            },
            "dev": {
                "before": calibration_metrics([dev[i].raw for i in dev_rows], dev_correct),
                "after": calibration_metrics(dev_after, dev_correct),
                "shown": _shown(dev_after, dev_correct, thresholds[kind]),
                "reliability_after": _reliability(dev_after, dev_correct),
            },
        }
    report["routes"] = {
        route: {
            "train_spans": sum(1 for r in train if r.route == route),
            "dev": calibration_metrics(
                [s for s, r in zip(dev_scores, dev, strict=True) if r.route == route],
                [r.correct for r in dev if r.route == route],
            ),
        }
        for route in params
    }
    report["seconds_fitting"] = round(time.perf_counter() - started, 2)
    if not all(math.isfinite(a) and math.isfinite(b) for a, b in params.values()):  # pragma: no cover
        raise ValueError("Platt scaling did not converge")
    return SpanCalibration(
        slopes={route: round(a, 6) for route, (a, _) in params.items()},
        intercepts={route: round(b, 6) for route, (_, b) in params.items()},
        display_thresholds=thresholds,
        report=report,
    )


def calibrate_model(
    model: TechniqueModel,
    train: PtcSplit,
    dev: PtcSplit,
    *,
    folds: int,
    random_state: int,
    say: Callable[[str], None] = lambda line: None,
) -> SpanCalibration:
    """The calibration of ``model``'s span scores: cross-fitted on ``train`` (its settings refitted per fold), checked on ``dev``.

    Costs about what the cross-fitting of ``slant train techniques`` costs (five taggers, verifiers
    and technique classifiers refitted), then a few seconds.
    """
    started = time.perf_counter()
    held_out, records = cross_fitted_records(model, train, folds=folds, random_state=random_state, say=say)
    dev_records = model_records(model, dev.articles, dev.spans)
    calibration = fit_calibration(
        records,
        held_out,
        dev_records,
        provenance={
            "folds": folds,
            "random_state": random_state,
            "train_articles": len(train.articles),
            "dev_articles": len(dev.articles),
            "seconds": round(time.perf_counter() - started, 1),
        },
    )
    say(
        "calibration: display thresholds "
        + ", ".join(f"{kind} {value:.2f}" for kind, value in calibration.display_thresholds.items())
    )
    return calibration
