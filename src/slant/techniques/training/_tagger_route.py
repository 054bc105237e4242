"""Making the fine-tuned tagger a route of the techniques model (``quality="best"``, issue 15).

After :mod:`._finetune` has trained and exported the tagger, :func:`add_route` decides, on the same
held-in train articles the tagger's epoch and decoding were chosen on, whether the loaded-word
lexicon's words join its spans, and fits the Platt scaling of the ``"contextual"`` route on the spans
it finds there. The lexicon and the technique classifiers used for this are refitted on the fitting
articles only (the shipped ones saw the held-in articles), so the held-in spans are scored as
unseen ones are. Dev is then measured once, with the shipped model's parts, by :func:`measure_dev`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from slant.techniques._annotator import TechniqueModel
from slant.techniques._calibration import SpanCalibration
from slant.techniques._contextual import ContextualTagger
from slant.techniques._data import PtcSplit
from slant.techniques._model import LexiconTagger
from slant.techniques._ptc import predict_si
from slant.techniques._scoring import score_si
from slant.techniques.training._calibrate import (
    _apply,
    _fit,
    _refit_classifier,
    _reliability,
    _shown,
    calibration_metrics,
    model_records,
)

__all__ = ["add_route", "measure_dev", "refit_without"]

logger = logging.getLogger(__name__)

_ROUTE = "contextual"


def _with_lexicon(tagger: ContextualTagger, flag: bool) -> ContextualTagger:
    return ContextualTagger(
        tagger.graph,
        tagger.tokenizer.vocabulary,
        max_pieces=tagger.max_pieces,
        decoding=tagger.decoding,
        report=tagger.report,
        with_lexicon=flag,
    )


def add_route(
    model: TechniqueModel,
    tagger: ContextualTagger,
    train: PtcSplit,
    held_in: list[str],
    *,
    refitted: tuple[Any, LexiconTagger | None] | None = None,
    say: Callable[[str], None] = logger.info,
) -> tuple[ContextualTagger, SpanCalibration, dict[str, Any]]:
    """The tagger with its lexicon choice, ``model``'s calibration with the ``"contextual"`` route added, and a report.

    ``refitted``: the technique classifier and lexicon already refitted without ``held_in`` (by
    :func:`refit_without`), to save refitting them again.
    """
    started = time.perf_counter()
    inside = set(held_in)
    articles = train.articles
    held_spans = [s for s in train.spans if s.article_id in inside]
    held_articles = {aid: articles[aid] for aid in held_in}
    classifier, lexicon = refitted if refitted is not None else refit_without(model, train, held_in)
    say(
        f"tagger route: lexicon and technique classifiers refitted without the {len(held_in)} held-in articles"
    )
    gold = [(s.article_id, s.start, s.end) for s in held_spans]
    choices = {}
    for flag in (False, True):
        candidate = TechniqueModel(model.tagger, classifier, lexicon, None, None, _with_lexicon(tagger, flag))
        choices[flag] = score_si(predict_si(candidate, held_articles, quality="best"), _unique(gold))
    with_lexicon = lexicon is not None and choices[True]["f1"] > choices[False]["f1"]
    chosen = _with_lexicon(tagger, with_lexicon)
    say(
        f"tagger route: held-in SI F1 {choices[False]['f1']:.3f} alone, {choices[True]['f1']:.3f} with the "
        f"lexicon: lexicon {'kept' if with_lexicon else 'left out'}"
    )
    held_model = TechniqueModel(model.tagger, classifier, lexicon, None, None, chosen)
    records = [
        r for r in model_records(held_model, held_articles, held_spans, quality="best") if r.route == _ROUTE
    ]
    params = _fit(records)
    if _ROUTE not in params:
        raise ValueError(
            "the held-in spans of the fine-tuned tagger are all right or all wrong: nothing to calibrate"
        )
    after = _apply(params, records)
    correct = [r.correct for r in records]
    base = model.calibration
    slopes = dict(base.slopes) if base else {}
    intercepts = dict(base.intercepts) if base else {}
    thresholds = dict(base.display_thresholds) if base else {"article": 0.5, "comment": 0.5}
    slopes[_ROUTE], intercepts[_ROUTE] = (round(v, 6) for v in params[_ROUTE])
    route_report: dict[str, Any] = {
        "fitted_on": f"spans the fine-tuned tagger found in its {len(held_in)} held-in PTC train articles "
        "(whole and line by line as comments), named by technique classifiers refitted without them",
        "held_in_si_f1": {"alone": choices[False], "with_lexicon": choices[True], "chosen": with_lexicon},
        "held_in": {
            "before": calibration_metrics([r.raw for r in records], correct),
            "after_in_sample": calibration_metrics(after, correct),
            "shown_article": _shown(
                [a for a, r in zip(after, records, strict=True) if r.mode == "article"],
                [r.correct for r in records if r.mode == "article"],
                thresholds["article"],
            ),
        },
        "seconds": round(time.perf_counter() - started, 1),
    }
    report = {**(dict(base.report) if base else {}), _ROUTE: route_report}
    calibration = SpanCalibration(slopes, intercepts, thresholds, report)
    return chosen, calibration, route_report


def refit_without(
    model: TechniqueModel, train: PtcSplit, held_in: list[str]
) -> tuple[Any, LexiconTagger | None]:
    """``model``'s technique classifier (or cascade) and lexicon, refitted with its settings on ``train`` less ``held_in``."""
    inside = set(held_in)
    articles = train.articles
    fit_spans = [s for s in train.spans if s.article_id not in inside]
    lexicon = None
    if model.lexicon is not None:
        loaded: dict[str, list[tuple[int, int]]] = {}
        for span in fit_spans:
            if span.technique in LexiconTagger.TECHNIQUES:
                loaded.setdefault(span.article_id, []).append((span.start, span.end))
        fit_ids = [aid for aid in articles if aid not in inside]
        lexicon = LexiconTagger(**model.lexicon.get_params()).fit(
            [articles[a] for a in fit_ids], [loaded.get(a, []) for a in fit_ids]
        )
    return _refit_classifier(model.classifier, articles, fit_spans), lexicon


def _unique(gold: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    return sorted(set(gold))


def measure_dev(
    model: TechniqueModel, dev: PtcSplit, *, taggers: Mapping[str, ContextualTagger]
) -> dict[str, Any]:
    """Dev SI of ``model`` with each of ``taggers`` as its best route, and the calibration check of the first.

    ``model`` must hold the calibration with the ``"contextual"`` route.
    """
    gold = _unique([(s.article_id, s.start, s.end) for s in dev.spans])
    out: dict[str, Any] = {}
    for name, tagger in taggers.items():
        candidate = replace(model, contextual=tagger)
        started = time.perf_counter()
        out[f"si_{name}"] = score_si(predict_si(candidate, dev.articles, quality="best"), gold)
        out[f"si_{name}"]["seconds"] = round(time.perf_counter() - started, 1)
    first = replace(model, contextual=next(iter(taggers.values())))
    records = [
        r for r in model_records(first, dev.articles, list(dev.spans), quality="best") if r.route == _ROUTE
    ]
    assert model.calibration is not None
    after = [model.calibration.calibrate(r.raw, r.route) for r in records]
    out["calibration"] = {}
    for mode in ("article", "comment"):
        rows = [i for i, r in enumerate(records) if r.mode == mode]
        correct = [records[i].correct for i in rows]
        scores = [after[i] for i in rows]
        out["calibration"][mode] = {
            "before": calibration_metrics([records[i].raw for i in rows], correct),
            "after": calibration_metrics(scores, correct),
            "shown": _shown(scores, correct, model.calibration.display_thresholds[mode]),
            "reliability_after": _reliability(scores, correct),
        }
    return out
