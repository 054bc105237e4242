"""Training the span verifier: candidates from cross-fitted taggers, settings chosen on dev.

The verifier must learn how the tagger errs on articles it has not seen, so its training candidates
come from taggers (and lexicons) fitted on the other folds of the training articles, never from the
tagger that saw them. The shipped tagger, fitted on all training articles, makes dev's candidates,
on which the candidate decoding, C and the threshold are chosen.

The same cross-fitting measures SI on unseen articles: each fold is scored with a verifier refitted
on the other folds' candidates (:func:`cross_validated_si`).
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import product
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from slant.techniques._data import LabelledSpan
from slant.techniques._encoder import SpanEncoder
from slant.techniques._features import whole_words
from slant.techniques._model import FloatArray, LexiconTagger, SpanTagger, decode_spans, merge_candidates
from slant.techniques._scoring import score_si
from slant.techniques._verifier import SpanVerifier

__all__ = [
    "CandidateTable",
    "TaggedArticle",
    "candidate_table",
    "cross_fitted",
    "cross_validated_si",
    "fit_verifier",
    "fold_ids",
    "touches_gold",
    "with_lexicon_at",
]

#: Folds of the cross-fitting: each fits a tagger on the others (about 1.5 minutes and 2.8 GB here).
FOLDS = 5
#: Candidate decodings tried on dev, (high, low); looser than the tagger's own.
DECODING_GRID: tuple[tuple[float, float], ...] = ((0.25, 0.2), (0.2, 0.15))
#: Regularisation strengths tried on dev.
C_GRID: tuple[float, ...] = (0.01, 0.03)
#: Shares of a word's training occurrences inside loaded spans tried on dev for the lexicon's candidate
#: words (the verifier filters them, so looser than the lexicon's own may pay).
LEXICON_CANDIDATE_GRID: tuple[float, ...] = (0.5, 0.6)
#: Probability thresholds tried on dev.
THRESHOLD_GRID: tuple[float, ...] = tuple(round(0.1 + 0.025 * i, 3) for i in range(25))


class TaggedArticle(NamedTuple):
    """An article's tokens, their sentence numbers and probabilities, and its lexicon spans (scored by share)."""

    tokens: list[tuple[int, int]]
    sentence_of: list[int]
    proba: FloatArray
    lexicon_spans: list[tuple[int, int, float]]


class CandidateTable(NamedTuple):
    """Candidate spans of many articles, one row each: whose, where, tagger features, encoder vectors."""

    article_ids: list[str]
    spans: list[tuple[int, int]]
    features: NDArray[np.float64]
    vectors: FloatArray


def _tag(tagger: SpanTagger, lexicon: LexiconTagger, text: str, min_ratio: float) -> TaggedArticle:
    tokens, sentence_of, proba = tagger.token_proba(text)
    return TaggedArticle(tokens, sentence_of, proba, lexicon.predict(text, words=lexicon.words_at(min_ratio)))


def with_lexicon_at(tagged: Mapping[str, TaggedArticle], min_ratio: float) -> dict[str, TaggedArticle]:
    """``tagged`` keeping only the lexicon spans of words whose share inside spans is at least ``min_ratio``."""
    return {
        aid: article._replace(lexicon_spans=[span for span in article.lexicon_spans if span[2] >= min_ratio])
        for aid, article in tagged.items()
    }


def _shuffled(ids: Iterable[str], random_state: int) -> list[str]:
    order = sorted(ids)
    random.Random(random_state).shuffle(order)
    return order


def fold_ids(ids: Iterable[str], folds: int, random_state: int) -> list[list[str]]:
    """The articles of each cross-fitting fold: a seeded shuffle dealt round-robin."""
    order = _shuffled(ids, random_state)
    return [order[fold::folds] for fold in range(folds)]


def cross_fitted(
    tagger: SpanTagger,
    lexicon: LexiconTagger,
    articles: Mapping[str, str],
    spans: Sequence[LabelledSpan],
    *,
    folds: int = FOLDS,
    lexicon_min_ratio: float | None = None,
    random_state: int = 0,
    say: Callable[[str], None] = lambda line: None,
) -> dict[str, TaggedArticle]:
    """Each article tagged by a tagger and a lexicon (``tagger``'s and ``lexicon``'s settings) fitted without it.

    The lexicon spans are those of words at ``lexicon_min_ratio`` (default: the lexicon's
    ``min_ratio``), scored by their share, so stricter lexicons are a filter away (:func:`with_lexicon_at`).
    """
    ratio = lexicon.min_ratio if lexicon_min_ratio is None else lexicon_min_ratio
    gold: dict[str, list[tuple[int, int]]] = {}
    loaded: dict[str, list[tuple[int, int]]] = {}
    for span in spans:
        gold.setdefault(span.article_id, []).append((span.start, span.end))
        if span.technique in LexiconTagger.TECHNIQUES:
            loaded.setdefault(span.article_id, []).append((span.start, span.end))
    tagged: dict[str, TaggedArticle] = {}
    order = _shuffled(articles, random_state)
    for fold, held in enumerate(fold_ids(articles, folds, random_state)):
        fit = [aid for aid in order if aid not in set(held)]
        fold_tagger = SpanTagger(**tagger.get_params()).fit(
            [articles[a] for a in fit], [gold.get(a, []) for a in fit]
        )
        fold_lexicon = LexiconTagger(**lexicon.get_params()).fit(
            [articles[a] for a in fit], [loaded.get(a, []) for a in fit]
        )
        for aid in held:
            tagged[aid] = _tag(fold_tagger, fold_lexicon, articles[aid], ratio)
        say(f"span verifier: cross-fitted tagger {fold + 1} of {folds}")
    return tagged


def candidate_table(
    verifier: SpanVerifier, articles: Mapping[str, str], tagged: Mapping[str, TaggedArticle]
) -> CandidateTable:
    """The verifier's candidates in every tagged article, with their features and vectors."""
    article_ids: list[str] = []
    spans: list[tuple[int, int]] = []
    features: list[NDArray[np.float64]] = []
    vectors: list[FloatArray] = []
    for aid, article in tagged.items():
        found, rows, encoded = verifier.candidates(articles[aid], *article)
        article_ids.extend([aid] * len(found))
        spans.extend(found)
        features.append(rows)
        vectors.append(encoded)
    return CandidateTable(article_ids, spans, np.vstack(features), np.vstack(vectors))


def touches_gold(candidates: CandidateTable, gold: Sequence[LabelledSpan]) -> NDArray[np.bool_]:
    """Whether each candidate overlaps a gold span of its article."""
    by: dict[str, list[tuple[int, int]]] = {}
    for span in gold:
        by.setdefault(span.article_id, []).append((span.start, span.end))
    return np.array(
        [
            any(s < end and start < e for s, e in by.get(aid, []))
            for aid, (start, end) in zip(candidates.article_ids, candidates.spans, strict=True)
        ],
        dtype=bool,
    )


def _summary(per_fold: Sequence[dict[str, float]], pooled: dict[str, float]) -> dict[str, Any]:
    scores = [fold["f1"] for fold in per_fold]
    return {
        "f1_mean": statistics.mean(scores),
        "f1_sd": statistics.stdev(scores) if len(scores) > 1 else 0.0,
        "f1_folds": scores,
        "pooled": pooled,
    }


def cross_validated_si(
    verifier: SpanVerifier | None,
    tagger: SpanTagger,
    lexicon: LexiconTagger,
    articles: Mapping[str, str],
    spans: Sequence[LabelledSpan],
    tagged: Mapping[str, TaggedArticle],
    folds: Sequence[Sequence[str]],
) -> dict[str, dict[str, Any]]:
    """SI on unseen articles: each fold of ``tagged`` (cross-fitted) scored under the official rules.

    Without the verifier, a fold's spans are its cross-fitted tagger's (decoded with ``tagger``'s
    thresholds) plus its lexicon's words (at ``lexicon``'s ``min_ratio``); with it, a verifier with
    ``verifier``'s settings is refitted on the other folds' candidates (the lexicon's words at its
    ``candidate_min_ratio``) and keeps that fold's. ``tagged`` must hold lexicon spans at least as
    loose. Spans are widened to whole words, as shipped. One leak remains: the other folds'
    candidates came from taggers that had seen the scored fold (its own came from one that had not).

    Returns, for ``"si"`` (with the verifier; without it when ``verifier`` is None) and
    ``"si_without_verifier"``: the mean, standard deviation and list of the folds' F1, and the
    scores of all folds' spans pooled.
    """
    gold = [(s.article_id, s.start, s.end) for s in spans]
    plain: dict[str, list[tuple[int, int]]] = {}
    for aid, article in with_lexicon_at(tagged, lexicon.min_ratio).items():
        tokens, sentence_of, proba, lexicon_spans = article
        found = decode_spans(
            tokens, sentence_of, proba, high=tagger.high, low=tagger.low, max_gap=tagger.max_gap
        )
        plain[aid] = [(s, e) for s, e, _ in merge_candidates(found, lexicon_spans)]
    verified = plain
    if verifier is not None:
        table = candidate_table(verifier, articles, with_lexicon_at(tagged, lexicon.candidate_ratio))
        overlaps = touches_gold(table, spans)
        owners = np.array(table.article_ids)
        verified = {aid: [] for aid in tagged}
        for held_ids in folds:
            held = np.isin(owners, list(held_ids))
            learnt = overlaps[~held]
            if learnt.all() or not learnt.any():
                # Nothing to tell apart in the other folds: a verifier would keep all or nothing.
                kept = np.full(int(held.sum()), bool(learnt.all()))
            else:
                refitted = SpanVerifier(**verifier.get_params()).fit(
                    table.features[~held], table.vectors[~held], learnt
                )
                kept = refitted.predict_proba(table.features[held], table.vectors[held]) >= refitted.threshold
            for row in np.flatnonzero(held)[kept]:
                verified[table.article_ids[row]].append(table.spans[row])
    results: dict[str, dict[str, Any]] = {}
    for name, found_by in (("si", verified), ("si_without_verifier", plain)):
        predicted = {
            aid: [(aid, *whole_words(articles[aid], s, e)) for s, e in found]
            for aid, found in found_by.items()
        }
        per_fold = []
        for held_ids in folds:
            held_set = set(held_ids)
            per_fold.append(
                score_si(
                    [p for aid in held_ids for p in predicted.get(aid, [])],
                    [g for g in gold if g[0] in held_set],
                )
            )
        results[name] = _summary(per_fold, score_si([p for found in predicted.values() for p in found], gold))
    return results


def fit_verifier(
    tagger: SpanTagger,
    lexicon: LexiconTagger,
    encoder: SpanEncoder | None,
    fit_articles: Mapping[str, str],
    fit_spans: Sequence[LabelledSpan],
    dev_articles: Mapping[str, str],
    dev_spans: Sequence[LabelledSpan],
    *,
    tagged: Mapping[str, TaggedArticle],
    random_state: int = 0,
    say: Callable[[str], None] = lambda line: None,
) -> tuple[SpanVerifier | None, dict[str, float]]:
    """The verifier with the best SI F1 on dev over the decoding, lexicon, C and threshold grids, and that F1.

    ``tagged`` holds the training articles as taggers fitted without them saw them
    (:func:`cross_fitted`, lexicon spans at ``min(LEXICON_CANDIDATE_GRID)`` or looser). The result
    names the lexicon's chosen ``candidate_min_ratio`` (set it on the lexicon: the verifier was fitted
    on those candidates). Returns ``(None, {})`` when the candidates are all of one kind (all
    overlapping a gold span, or none): there is nothing to learn, and the tagger's own spans are kept.
    """
    loosest = min(LEXICON_CANDIDATE_GRID)
    dev_tagged = {aid: _tag(tagger, lexicon, text, loosest) for aid, text in dev_articles.items()}
    dev_gold = [(g.article_id, g.start, g.end) for g in dev_spans]
    best: tuple[float, SpanVerifier | None, dict[str, float]] = (-1.0, None, {})
    for (high, low), ratio in product(DECODING_GRID, LEXICON_CANDIDATE_GRID):
        decoding = SpanVerifier(high=high, low=low, max_gap=tagger.max_gap, encoder=encoder)
        train = candidate_table(decoding, fit_articles, with_lexicon_at(tagged, ratio))
        dev = candidate_table(decoding, dev_articles, with_lexicon_at(dev_tagged, ratio))
        overlaps = touches_gold(train, fit_spans)
        if overlaps.all() or not overlaps.any():
            say(f"span verifier, candidates at {high}/{low}, lexicon at {ratio}: all of one kind, skipped")
            continue
        for c in C_GRID:
            verifier = SpanVerifier(**{**decoding.get_params(), "C": c, "random_state": random_state})
            verifier.fit(train.features, train.vectors, overlaps)
            proba = verifier.predict_proba(dev.features, dev.vectors)
            for threshold in THRESHOLD_GRID:
                predicted = [
                    (aid, s, e)
                    for aid, (s, e), p in zip(dev.article_ids, dev.spans, proba, strict=True)
                    if p >= threshold
                ]
                result = score_si(predicted, dev_gold)
                if result["f1"] > best[0]:
                    best = (
                        result["f1"],
                        verifier,
                        {**result, "threshold": threshold, "lexicon_min_ratio": ratio},
                    )
            say(
                f"span verifier, candidates at {high}/{low}, lexicon at {ratio}, C={c}: best dev SI F1 so far "
                f"{best[0]:.3f} ({len(train.spans)} training candidates, {100 * overlaps.mean():.0f}% overlap a span)"
            )
    chosen, result = best[1], best[2]
    if chosen is None:
        say("span verifier: the cross-fitted candidates are all of one kind; no verifier")
    else:
        chosen.set_params(threshold=result["threshold"])
    return chosen, result
