"""Combining the fine-tuned technique classifier with the linear ones, chosen on held-in articles (issue 15).

The linear classifiers (the fast one and the contextual one in a cascade) see the whole page: how
often a phrase recurs, which the PTC labels Repetition; the fine-tuned one sees only the span's
line. Their log probabilities are mixed (:func:`~._onnx_classifier.combine_log_proba`)
at the weight with the best TC micro-F1 on the held-in train articles the fine-tuned classifier
chose its epoch on. The linear classifiers used there are refitted, with the shipped settings, on
the fitting articles only (the shipped ones saw the held-in articles), so the held-in spans are
named as unseen ones are. The temperature is then fitted on the same spans by log loss.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from slant.techniques._annotator import TechniqueModel
from slant.techniques._cascade import CascadeClassifier
from slant.techniques._data import LabelledSpan, PtcSplit
from slant.techniques._model import FloatArray, TechniqueClassifier
from slant.techniques.training._calibrate import _refit_classifier
from slant.techniques.training._finetune_classifier import tc_micro_f1
from slant.techniques.training._onnx_classifier import FineTunedClassifier, combine_log_proba

__all__ = [
    "WEIGHTS",
    "add_classifier",
    "choose_combination",
    "linear_log_proba",
    "measure_dev",
    "refit_linear",
]

logger = logging.getLogger(__name__)

#: The fine-tuned classifier's shares tried on held-in articles (0: the linear classifiers alone).
WEIGHTS: tuple[float, ...] = tuple(round(0.1 * k, 1) for k in range(11))
#: Softmax temperatures tried for the combination (log loss on held-in).
TEMPERATURES: tuple[float, ...] = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.4, 1.7, 2.0)


def refit_linear(
    classifier: TechniqueClassifier | CascadeClassifier, train: PtcSplit, held_in: Sequence[str]
) -> tuple[TechniqueClassifier | CascadeClassifier, float]:
    """``classifier`` refitted with its settings on ``train`` less the ``held_in`` articles, and the seconds it took."""
    started = time.perf_counter()
    inside = set(held_in)
    fit_spans = [s for s in train.spans if s.article_id not in inside]
    refitted = _refit_classifier(classifier, train.articles, fit_spans)
    return refitted, time.perf_counter() - started


def linear_log_proba(
    classifier: TechniqueClassifier | CascadeClassifier,
    articles: Mapping[str, str],
    spans: Sequence[LabelledSpan],
) -> FloatArray:
    """The linear classifiers' log probabilities for gold ``spans`` (columns in ``classifier.classes_``), page as context."""
    items = [(articles[s.article_id], s.start, s.end) for s in spans]
    contexts = [articles[s.article_id] for s in spans]
    if isinstance(classifier, CascadeClassifier):
        return classifier.decision_function(items, contexts=contexts)
    proba = classifier.predict_proba(items, contexts=contexts)
    return np.log(np.maximum(proba, 1e-12)).astype(np.float32)


def _log_loss(log_proba: FloatArray, truth: np.ndarray[Any, Any]) -> float:
    return float(-log_proba[np.arange(len(truth)), truth].mean())


def choose_combination(
    finetuned: FloatArray,
    linear: FloatArray,
    classes: Sequence[str],
    articles: dict[str, str],
    spans: Sequence[LabelledSpan],
) -> tuple[float, float, dict[str, Any]]:
    """The weight (best held-in TC micro-F1; the smaller on a tie) and temperature (lowest log loss), and the table.

    ``finetuned`` and ``linear`` are log probabilities of the held-in ``spans``, columns in ``classes``.
    """
    by_weight = {
        w: tc_micro_f1(
            combine_log_proba(finetuned, linear, weight=w, temperature=1.0), classes, articles, spans
        )
        for w in WEIGHTS
    }
    best_f1 = max(by_weight.values())
    weight = min(w for w, f1 in by_weight.items() if f1 == best_f1)
    column = {c: i for i, c in enumerate(classes)}
    truth = np.asarray([column[s.technique] for s in spans])
    losses = {
        t: _log_loss(combine_log_proba(finetuned, linear, weight=weight, temperature=t), truth)
        for t in TEMPERATURES
    }
    temperature = min(losses, key=lambda t: losses[t])
    table = {
        "micro_f1_by_weight": {str(w): round(f1, 4) for w, f1 in by_weight.items()},
        "weight": weight,
        "temperature": temperature,
        "log_loss_by_temperature": {str(t): round(v, 4) for t, v in losses.items()},
    }
    return weight, temperature, table


def _columns(classifier: FineTunedClassifier, classes: Sequence[str]) -> list[int]:
    return [classifier.classes_.index(c) for c in classes]


def _load_linear(folder: Path) -> TechniqueClassifier | CascadeClassifier:
    return (
        CascadeClassifier.load(folder)
        if CascadeClassifier.present(folder)
        else TechniqueClassifier.load(folder)
    )


def _scores(
    finetuned: Mapping[str, FloatArray],
    linear: FloatArray,
    fast: FloatArray | None,
    classes: Sequence[str],
    articles: dict[str, str],
    spans: Sequence[LabelledSpan],
    *,
    weight: float,
    temperature: float,
) -> dict[str, float]:
    """TC micro-F1 of each classifier alone and of each fine-tuned graph combined at ``weight``."""
    out = {"linear": tc_micro_f1(linear, classes, articles, spans)}
    if fast is not None:
        out["fast"] = tc_micro_f1(fast, classes, articles, spans)
    for name, log_proba in finetuned.items():
        out[f"finetuned_{name}"] = tc_micro_f1(log_proba, classes, articles, spans)
        mixed = combine_log_proba(log_proba, linear, weight=weight, temperature=temperature)
        out[f"combined_{name}"] = tc_micro_f1(mixed, classes, articles, spans)
    return out


def add_classifier(
    model: TechniqueModel,
    classifier: FineTunedClassifier,
    train: PtcSplit,
    *,
    run: Path,
    fp32: FineTunedClassifier | None = None,
    say: Callable[[str], None] = logger.info,
) -> tuple[FineTunedClassifier, dict[str, Any]]:
    """``classifier`` with the combination weight and temperature chosen on its held-in articles, and a report.

    The linear classifiers refitted without the held-in articles are kept in ``run/held_in_linear``:
    a second run from the same classifier (``--from-run``) need not refit them.
    """
    started = time.perf_counter()
    held_in = [str(i) for i in classifier.report["held_in_articles"]]
    inside = set(held_in)
    spans = [s for s in train.spans if s.article_id in inside]
    articles = {aid: train.articles[aid] for aid in held_in}
    cache = run / "held_in_linear"
    refit_seconds = None
    if (cache / "refit.json").is_file():
        linear_model = _load_linear(cache)
    else:
        linear_model, refit_seconds = refit_linear(model.classifier, train, held_in)
        linear_model.save(cache)
        (cache / "refit.json").write_text(json.dumps({"seconds": refit_seconds}) + "\n", encoding="utf-8")
    say(f"technique classifier: linear classifiers refitted without the {len(held_in)} held-in articles")
    classes = list(linear_model.classes_)
    linear = linear_log_proba(linear_model, train.articles, spans)
    fast = (
        linear_log_proba(linear_model.fast, train.articles, spans)
        if isinstance(linear_model, CascadeClassifier)
        else None
    )
    items = [(train.articles[s.article_id], s.start, s.end) for s in spans]
    finetuned = {"int8": classifier.log_proba(items)[:, _columns(classifier, classes)]}
    if fp32 is not None:
        finetuned["fp32"] = fp32.log_proba(items)[:, _columns(fp32, classes)]
    weight, temperature, table = choose_combination(finetuned["int8"], linear, classes, articles, spans)
    scores = _scores(
        finetuned, linear, fast, classes, articles, spans, weight=weight, temperature=temperature
    )
    say(f"technique classifier: held-in TC micro-F1 {json.dumps(scores)}, weight {weight}")
    chosen = FineTunedClassifier(
        classifier.graph,
        classifier.tokenizer.vocabulary,
        classifier.classes_,
        max_pieces=classifier.max_pieces,
        report=classifier.report,
        weight=weight,
        temperature=temperature,
    )
    report = {
        "fitted_on": f"the {len(spans)} gold spans of the {len(held_in)} held-in PTC train articles, the linear "
        "classifiers refitted with the shipped settings without them",
        "held_in": scores,
        **table,
        "refit_seconds": None if refit_seconds is None else round(refit_seconds, 1),
        "seconds": round(time.perf_counter() - started, 1),
    }
    return chosen, report


def measure_dev(
    model: TechniqueModel,
    classifier: FineTunedClassifier,
    dev: PtcSplit,
    *,
    fp32: FineTunedClassifier | None = None,
) -> dict[str, Any]:
    """Dev TC micro-F1 (once) of ``model``'s linear classifiers, the fine-tuned graphs alone and combined."""
    started = time.perf_counter()
    articles = dict(dev.articles)
    spans = list(dev.spans)
    linear_model = model.classifier
    classes = list(linear_model.classes_)
    linear = linear_log_proba(linear_model, articles, spans)
    fast = (
        linear_log_proba(linear_model.fast, articles, spans)
        if isinstance(linear_model, CascadeClassifier)
        else None
    )
    items = [(articles[s.article_id], s.start, s.end) for s in spans]
    finetuned = {"int8": classifier.log_proba(items)[:, _columns(classifier, classes)]}
    if fp32 is not None:
        finetuned["fp32"] = fp32.log_proba(items)[:, _columns(fp32, classes)]
    out: dict[str, Any] = _scores(
        finetuned,
        linear,
        fast,
        classes,
        articles,
        spans,
        weight=classifier.weight,
        temperature=classifier.temperature,
    )
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out
