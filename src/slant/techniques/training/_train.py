"""Training the technique models on the PTC: fit on train, choose settings on dev, report the cost.

Every train article is used for fitting. What the model does on articles it never saw and nobody
tuned on is measured by cross-fitting: the train articles are dealt into seeded folds, and each fold
is scored by models (tagger, lexicon, verifier, technique classifiers) fitted with the chosen
settings on the other folds. The span verifier needs those folds' taggers anyway.
"""

from __future__ import annotations

import json
import logging
import resource
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from itertools import product
from pathlib import Path
from typing import Any

from slant._errors import InputError
from slant.techniques._annotator import TechniqueModel, find_spans
from slant.techniques._cascade import CascadeClassifier
from slant.techniques._data import LabelledSpan, PtcSplit, read_split
from slant.techniques._encoder import SpanEncoder
from slant.techniques._explain import TECHNIQUES
from slant.techniques._model import (
    LexiconTagger,
    SpanTagger,
    TechniqueClassifier,
    decode_spans,
    merge_candidates,
    softmax,
)
from slant.techniques._scoring import score_si, score_tc
from slant.techniques._vectors import WordVectors
from slant.techniques._verifier import SpanVerifier
from slant.techniques.training._calibrate import calibrate_model
from slant.techniques.training._train_verifier import (
    FOLDS,
    LEXICON_CANDIDATE_GRID,
    cross_fitted,
    cross_validated_si,
    fit_verifier,
    fold_ids,
)

__all__ = ["evaluate_si", "evaluate_tc", "train"]

logger = logging.getLogger(__name__)

#: Decoding settings tried on dev (a grid over the tagger's high/low thresholds and gap bridging).
HIGH_GRID: tuple[float, ...] = (0.2, 0.25, 0.3, 0.35, 0.4)
LOW_GRID: tuple[float, ...] = (0.1, 0.15, 0.2, 0.25, 0.3)
GAP_GRID: tuple[int, ...] = (0, 2, 4, 8)
#: Lexicon settings tried on dev: fewest training occurrences, smallest share inside loaded spans.
LEXICON_GRID: tuple[tuple[int, float], ...] = tuple(
    (count, ratio) for count in (2, 3, 5) for ratio in (0.5, 0.6, 0.7, 0.8, 1.01)
)
#: Regularisation strengths tried for the technique classifier's SVM, chosen on dev.
TC_C_GRID: tuple[float, ...] = (0.3, 0.5)
#: Weights of the classifier's character n-grams relative to its word features, chosen on dev.
TC_CHAR_WEIGHT_GRID: tuple[float, ...] = (0.25, 0.4)
#: Scales of the span encoder's vector among the classifier's features, chosen on dev (with an encoder).
TC_ENCODER_WEIGHT_GRID: tuple[float, ...] = (1.0, 1.2)
#: Thresholds of the cascade (fast top probability under which a span goes to the contextual classifier;
#: 1.0 sends every span). The lowest within ROUTE_TOLERANCE of the best dev F1 is kept: it encodes fewest spans.
ROUTE_GRID: tuple[float, ...] = (0.5, 0.6, 0.7, 0.8, 1.0)
ROUTE_TOLERANCE = 0.002
#: Softmax temperatures tried to calibrate the classifier's probabilities (log loss on dev).
TEMPERATURE_GRID: tuple[float, ...] = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0, 1.5)


def _gold_by_article(spans: Sequence[LabelledSpan]) -> dict[str, list[tuple[int, int]]]:
    by: dict[str, list[tuple[int, int]]] = {}
    for span in spans:
        by.setdefault(span.article_id, []).append((span.start, span.end))
    return by


def evaluate_si(
    tagger: SpanTagger,
    articles: Mapping[str, str],
    gold: Sequence[LabelledSpan],
    *,
    lexicon: LexiconTagger | None = None,
    verifier: SpanVerifier | None = None,
) -> dict[str, float]:
    """SI precision, recall and F1 of ``tagger`` (with ``lexicon`` and ``verifier``) on ``articles``, official rules."""
    predicted = [
        (aid, s, e)
        for aid, text in articles.items()
        for s, e, _ in find_spans(text, tagger, lexicon=lexicon, verifier=verifier)
    ]
    return score_si(predicted, [(g.article_id, g.start, g.end) for g in gold])


def evaluate_tc(
    classifier: TechniqueClassifier | CascadeClassifier,
    articles: Mapping[str, str],
    gold: Sequence[LabelledSpan],
) -> dict[str, object]:
    """TC micro-F1 and per-technique F1 of ``classifier`` on the gold spans."""
    from slant.techniques._ptc import predict_tc

    predicted = predict_tc(classifier, articles, gold)
    return score_tc(
        predicted, [(g.article_id, g.technique, g.start, g.end) for g in gold], techniques=TECHNIQUES
    )


def _tune_decoding_and_lexicon(
    tagger: SpanTagger, lexicon: LexiconTagger, articles: Mapping[str, str], gold: Sequence[LabelledSpan]
) -> dict[str, Any]:
    """Choose the tagger's high/low/max_gap and the lexicon's min_count/min_ratio together, by the SI F1
    of the tagger's spans plus the lexicon's words on ``articles`` (dev).

    Together, because that pair is what finds the spans of comments (the verifier only looks at titles
    and articles): chosen one after the other, the tagger's thresholds were set for the tagger alone.
    Token probabilities and each lexicon's words are computed once.
    """
    cached = {aid: tagger.token_proba(text) for aid, text in articles.items()}
    gold_triples = [(g.article_id, g.start, g.end) for g in gold]
    best: dict[str, Any] = {"f1": -1.0}
    for count, ratio in LEXICON_GRID:
        lexicon.set_params(min_count=count, min_ratio=ratio)
        words = lexicon.words_
        extra = {aid: lexicon.predict(text, words=words) for aid, text in articles.items()}
        for high, low, gap in product(HIGH_GRID, LOW_GRID, GAP_GRID):
            if low > high:
                continue
            predicted = [
                (aid, s, e)
                for aid, (tokens, sentence_of, proba) in cached.items()
                for s, e, _ in merge_candidates(
                    decode_spans(tokens, sentence_of, proba, high=high, low=low, max_gap=gap), extra[aid]
                )
            ]
            result = score_si(predicted, gold_triples)
            if result["f1"] > best["f1"]:
                best = {
                    **result,
                    "high": high,
                    "low": low,
                    "max_gap": gap,
                    "min_count": count,
                    "min_ratio": ratio,
                }
    return best


def measure(
    tagger: SpanTagger,
    classifier: TechniqueClassifier | CascadeClassifier,
    dev_articles: Mapping[str, str],
    dev_spans: Sequence[LabelledSpan],
    *,
    lexicon: LexiconTagger | None = None,
    verifier: SpanVerifier | None = None,
) -> dict[str, Any]:
    """The metrics on dev written to ``metrics.json`` (SI and TC) and the settings."""

    def plain(params: Mapping[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in params.items() if k not in ("vectors", "encoder")}

    vectors = tagger.vectors
    encoder = classifier.encoder
    return {
        "dev": {
            "si": evaluate_si(tagger, dev_articles, dev_spans, lexicon=lexicon, verifier=verifier),
            "si_without_verifier": evaluate_si(tagger, dev_articles, dev_spans, lexicon=lexicon),
            "si_tagger_only": evaluate_si(tagger, dev_articles, dev_spans),
            "tc": evaluate_tc(classifier, dev_articles, dev_spans),
        },
        "settings": {
            "span_tagger": plain(tagger.get_params()),
            "technique_classifier": plain(classifier.get_params()),
            "lexicon": None
            if lexicon is None
            else {
                **lexicon.get_params(),
                "words": len(lexicon.words_),
                "candidate_words": len(lexicon.candidate_words_),
            },
            "span_verifier": None if verifier is None else plain(verifier.get_params()),
            "word_vectors": None
            if vectors is None
            else {"words": len(vectors.vocabulary), "dims": vectors.dims, **vectors.provenance},
            "span_encoder": None
            if encoder is None
            else {"layers": encoder.layers, "dims": encoder.dims, **encoder.provenance},
        },
    }


def _fit_temperature(
    classifier: TechniqueClassifier, articles: Mapping[str, str], gold: Sequence[LabelledSpan]
) -> float:
    """The softmax temperature with the lowest log loss of the gold techniques on ``articles``."""
    import numpy as np

    items = [(articles[g.article_id], g.start, g.end) for g in gold]
    scores = classifier.decision_function(items, contexts=[articles[g.article_id] for g in gold])
    column = {c: i for i, c in enumerate(classifier.classes_)}
    truth = np.array([column[g.technique] for g in gold])
    losses = {
        t: float(-np.log(softmax(scores, t)[np.arange(len(truth)), truth] + 1e-9).mean())
        for t in TEMPERATURE_GRID
    }
    return min(losses, key=lambda t: losses[t])


def _fit_cascade(
    fast: TechniqueClassifier,
    encoder: SpanEncoder,
    items: Sequence[tuple[str, int, int]],
    labels: Sequence[str],
    fit_articles: Mapping[str, str],
    fit_spans: Sequence[LabelledSpan],
    dev: PtcSplit,
    say: Callable[[str], None],
) -> CascadeClassifier:
    """The contextual classifier (fast's settings plus the encoder; C and its weight chosen on dev) in a cascade.

    The routing threshold is chosen on dev too: the lowest within ``ROUTE_TOLERANCE`` of the best
    (fewer spans encoded for the same accuracy).
    """
    best: tuple[float, TechniqueClassifier | None] = (-1.0, None)
    for c, weight in product(TC_C_GRID, TC_ENCODER_WEIGHT_GRID):
        candidate = TechniqueClassifier(
            **{**fast.get_params(), "C": c, "encoder": encoder, "encoder_weight": weight}
        ).fit(items, labels, contexts=[fit_articles[s.article_id] for s in fit_spans])
        f1 = float(evaluate_tc(candidate, dev.articles, dev.spans)["micro_f1"])  # type: ignore[arg-type]
        say(f"TC with the span encoder, C={c}, encoder weight {weight}: dev micro-F1 {f1:.3f}")
        if f1 > best[0]:
            best = (f1, candidate)
    if best[1] is None:  # pragma: no cover - the grid is never empty
        raise ValueError("TC_ENCODER_WEIGHT_GRID must not be empty")
    contextual = best[1]
    contextual.set_params(temperature=_fit_temperature(contextual, dev.articles, dev.spans))
    results = {}
    for route_below in ROUTE_GRID:
        cascade = CascadeClassifier(fast, contextual, route_below=route_below)
        results[route_below] = float(evaluate_tc(cascade, dev.articles, dev.spans)["micro_f1"])  # type: ignore[arg-type]
        say(
            f"TC cascade, spans under {route_below} to the contextual classifier: dev micro-F1 {results[route_below]:.3f}"
        )
    best_f1 = max(results.values())
    chosen = (best_f1, min(t for t, f1 in results.items() if f1 >= best_f1 - ROUTE_TOLERANCE))
    say(f"TC cascade threshold: {chosen[1]}")
    return CascadeClassifier(fast, contextual, route_below=chosen[1])


def _cross_validated_tc(
    classifier: TechniqueClassifier | CascadeClassifier,
    articles: Mapping[str, str],
    spans: Sequence[LabelledSpan],
    folds: Sequence[Sequence[str]],
) -> dict[str, dict[str, Any]]:
    """TC micro-F1 of each fold's gold spans, by classifiers refitted with ``classifier``'s settings on the other folds.

    ``"tc"`` is the shipped kind (the cascade when there is one), ``"tc_fast"`` the fast classifier
    alone; each with the folds' mean, standard deviation and list.
    """
    fast = classifier.fast if isinstance(classifier, CascadeClassifier) else classifier
    scores: dict[str, list[float]] = {"tc": [], "tc_fast": []}
    for held_ids in folds:
        held = set(held_ids)
        fit = [s for s in spans if s.article_id not in held]
        test = [s for s in spans if s.article_id in held]
        items = [(articles[s.article_id], s.start, s.end) for s in fit]
        labels = [s.technique for s in fit]
        contexts = [articles[s.article_id] for s in fit]
        fold_fast = TechniqueClassifier(**fast.get_params()).fit(items, labels, contexts=contexts)
        fold_model: TechniqueClassifier | CascadeClassifier = fold_fast
        if isinstance(classifier, CascadeClassifier):
            contextual = TechniqueClassifier(**classifier.contextual.get_params()).fit(
                items, labels, contexts=contexts
            )
            fold_model = CascadeClassifier(fold_fast, contextual, route_below=classifier.route_below)
        held_articles = {aid: articles[aid] for aid in held_ids}
        scores["tc"].append(float(evaluate_tc(fold_model, held_articles, test)["micro_f1"]))  # type: ignore[arg-type]
        scores["tc_fast"].append(float(evaluate_tc(fold_fast, held_articles, test)["micro_f1"]))  # type: ignore[arg-type]
    return {
        name: {
            "micro_f1_mean": statistics.mean(values),
            "micro_f1_sd": statistics.stdev(values) if len(values) > 1 else 0.0,
            "micro_f1_folds": values,
        }
        for name, values in scores.items()
    }


def _peak_memory_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def train(
    data_dir: str | Path,
    out_dir: str | Path,
    *,
    random_state: int = 0,
    folds: int = FOLDS,
    vectors: WordVectors | None = None,
    encoder: SpanEncoder | None = None,
    progress: Callable[[str], None] | None = None,
    extra_train: PtcSplit | None = None,
) -> dict[str, Any]:
    """Train the span tagger and the technique classifier and write them, with metrics, to ``out_dir``.

    Args:
        data_dir: the PTC folder (``train-articles/``, ``dev-articles/``, the labels files).
        out_dir: where to write the model files and ``metrics.json``.
        random_state: seed for the cross-fitting folds and the solvers.
        folds: how many folds the train articles are dealt into for cross-fitting (at least 2).
        vectors: static word vectors for both models (see :mod:`slant.techniques.training._distill`); None
            for hashed features only. They are saved with the model.
        encoder: contextual span encoder for the technique classifier (see
            :mod:`slant.techniques._encoder`); None for none. Saved with the model.
        progress: called with a line of progress now and then (the CLI logs it).
        extra_train: more labelled texts fitted on with the train articles (a team's corrected spans,
            issue 16); their ids must differ from the train articles'. Dev is not changed.

    Returns:
        The metrics written to ``metrics.json``.
    """
    say = progress or logger.info
    started = time.perf_counter()
    train_split = read_split(data_dir, "train")
    dev_split = read_split(data_dir, "dev")
    if not 2 <= folds <= len(train_split.articles):
        raise InputError(
            f"cross-fitting deals the train articles into {folds} folds (2 at least) and needs one article per "
            f"fold; {data_dir} has {len(train_split.articles)} train articles. Add train articles to train-articles/ "
            "(from Python, train(..., folds=N) takes fewer folds)."
        )
    fit_articles, fit_spans = train_split.articles, train_split.spans
    if extra_train is not None:
        clash = sorted(set(extra_train.articles) & set(fit_articles))
        if clash:
            raise InputError(f"added gold text {clash[0]!r} has the id of a train article; rename it")
        fit_articles = {**fit_articles, **extra_train.articles}
        fit_spans = (*fit_spans, *extra_train.spans)
    fold_articles = fold_ids(fit_articles, folds, random_state)
    say(
        f"data: {len(fit_articles)} train articles (cross-fitted in {folds} folds), {len(dev_split.articles)} dev"
    )

    gold = _gold_by_article(fit_spans)
    tagger = SpanTagger(vectors=vectors, random_state=random_state)
    tagger.fit(list(fit_articles.values()), [gold.get(aid, []) for aid in fit_articles])
    say(f"span tagger fitted ({time.perf_counter() - started:.0f} s)")
    lexicon = LexiconTagger().fit(
        list(fit_articles.values()),
        [
            [
                (s.start, s.end)
                for s in fit_spans
                if s.article_id == aid and s.technique in LexiconTagger.TECHNIQUES
            ]
            for aid in fit_articles
        ],
    )
    best = _tune_decoding_and_lexicon(tagger, lexicon, dev_split.articles, dev_split.spans)
    tagger.set_params(high=best["high"], low=best["low"], max_gap=best["max_gap"])
    lexicon.set_params(min_count=best["min_count"], min_ratio=best["min_ratio"])
    say(
        f"SI on dev, tagger (high {tagger.high}, low {tagger.low}, gap {tagger.max_gap}) and lexicon "
        f"({len(lexicon.words_)} words, min count {lexicon.min_count}, min ratio {lexicon.min_ratio}): F1 {best['f1']:.3f}"
    )

    def timed(line: str) -> None:
        say(f"{line} ({time.perf_counter() - started:.0f} s)")

    tagged = cross_fitted(
        tagger,
        lexicon,
        fit_articles,
        fit_spans,
        folds=folds,
        lexicon_min_ratio=min(*LEXICON_CANDIDATE_GRID, lexicon.min_ratio),
        random_state=random_state,
        say=timed,
    )
    verifier, verified = fit_verifier(
        tagger,
        lexicon,
        encoder,
        fit_articles,
        fit_spans,
        dev_split.articles,
        dev_split.spans,
        tagged=tagged,
        random_state=random_state,
        say=timed,
    )
    if verifier is not None:
        lexicon.set_params(candidate_min_ratio=verified["lexicon_min_ratio"])
        say(
            f"SI on dev with the span verifier (candidates at {verifier.high}/{verifier.low}, lexicon words at "
            f"{lexicon.candidate_min_ratio}, C={verifier.C}, threshold {verifier.threshold}): F1 {verified['f1']:.3f}"
        )

    items = [(fit_articles[s.article_id], s.start, s.end) for s in fit_spans]
    labels = [s.technique for s in fit_spans]
    chosen: tuple[float, TechniqueClassifier | None, dict[str, object]] = (-1.0, None, {})
    for c, char_weight in product(TC_C_GRID, TC_CHAR_WEIGHT_GRID):
        candidate = TechniqueClassifier(
            C=c, char_weight=char_weight, vectors=vectors, random_state=random_state
        ).fit(items, labels, contexts=[fit_articles[s.article_id] for s in fit_spans])
        result = evaluate_tc(candidate, dev_split.articles, dev_split.spans)
        f1 = float(result["micro_f1"])  # type: ignore[arg-type]
        say(
            f"TC C={c}, char weight {char_weight}: dev micro-F1 {f1:.3f} ({time.perf_counter() - started:.0f} s)"
        )
        if f1 > chosen[0]:
            chosen = (f1, candidate, result)
    if chosen[1] is None:  # pragma: no cover - the grid is never empty
        raise ValueError("TC_C_GRID must not be empty")
    fast = chosen[1]
    fast.set_params(temperature=_fit_temperature(fast, dev_split.articles, dev_split.spans))
    say(f"TC probabilities calibrated on dev: temperature {fast.temperature}")
    classifier: TechniqueClassifier | CascadeClassifier = fast
    if encoder is not None:
        classifier = _fit_cascade(fast, encoder, items, labels, fit_articles, fit_spans, dev_split, say)

    out = Path(out_dir)
    tagger.save(out)
    classifier.save(out)
    lexicon.save(out)
    if verifier is not None:
        verifier.save(out)
    metrics = measure(
        tagger, classifier, dev_split.articles, dev_split.spans, lexicon=lexicon, verifier=verifier
    )
    unseen = cross_validated_si(verifier, tagger, lexicon, fit_articles, fit_spans, tagged, fold_articles)
    timed(f"cross-fitted SI F1 {unseen['si']['f1_mean']:.3f} +- {unseen['si']['f1_sd']:.3f}")
    tc = _cross_validated_tc(classifier, fit_articles, fit_spans, fold_articles)
    timed(f"cross-fitted TC micro-F1 {tc['tc']['micro_f1_mean']:.3f} +- {tc['tc']['micro_f1_sd']:.3f}")
    metrics["cross_fitted_train"] = {
        "articles": len(fit_articles),
        "folds": folds,
        **unseen,
        **tc,
    }
    # Span scores calibrated on the train articles by cross-fitting, display thresholds chosen there (issue 15).
    calibration = calibrate_model(
        TechniqueModel(tagger, classifier, lexicon, verifier),
        train_split,
        dev_split,
        folds=folds,
        random_state=random_state,
        say=timed,
    )
    calibration.save(out)
    metrics["calibration"] = {
        "display_thresholds": dict(calibration.display_thresholds),
        **{kind: calibration.report[kind] for kind in ("article", "comment")},
    }
    metrics["training"] = {
        "seconds": round(time.perf_counter() - started, 1),
        "peak_memory_mb": round(_peak_memory_mb(), 1),
        "random_state": random_state,
        "train_articles": len(fit_articles),
        # A team's corrected spans fitted on beside the PTC (slant train techniques --add-gold).
        "added_gold_texts": 0 if extra_train is None else len(extra_train.articles),
        "added_gold_spans": 0 if extra_train is None else len(extra_train.spans),
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    say(
        f"done in {metrics['training']['seconds']} s, peak memory {metrics['training']['peak_memory_mb']} MB; "
        f"cross-fitted SI F1 {unseen['si']['f1_mean']:.3f}, TC {tc['tc']['micro_f1_mean']:.3f}"
    )
    return metrics
