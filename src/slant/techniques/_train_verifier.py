"""Training the span verifier: candidates from cross-fitted taggers, settings chosen on dev.

The verifier must learn how the tagger errs on articles it has not seen, so its training candidates
come from taggers (and lexicons) fitted on the other folds of the training articles, never from the
tagger that saw them. The shipped tagger, fitted on all training articles, makes dev's candidates,
on which the candidate decoding, C and the threshold are chosen.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from slant.techniques._data import LabelledSpan
from slant.techniques._encoder import SpanEncoder
from slant.techniques._model import FloatArray, LexiconTagger, SpanTagger
from slant.techniques._scoring import score_si
from slant.techniques._verifier import SpanVerifier

__all__ = [
    "CandidateTable",
    "TaggedArticle",
    "candidate_table",
    "cross_fitted",
    "fit_verifier",
    "fold_ids",
    "touches_gold",
]

#: Folds of the cross-fitting: each fits a tagger on the others (about 1.5 minutes and 2.8 GB here).
FOLDS = 5
#: Candidate decodings tried on dev, (high, low); looser than the tagger's own.
DECODING_GRID: tuple[tuple[float, float], ...] = ((0.25, 0.2), (0.2, 0.15))
#: Regularisation strengths tried on dev.
C_GRID: tuple[float, ...] = (0.01, 0.03)
#: Probability thresholds tried on dev.
THRESHOLD_GRID: tuple[float, ...] = tuple(round(0.1 + 0.025 * i, 3) for i in range(25))


class TaggedArticle(NamedTuple):
    """An article's tokens, their sentence numbers and probabilities, and its lexicon spans."""

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


def _tag(tagger: SpanTagger, lexicon: LexiconTagger, text: str) -> TaggedArticle:
    tokens, sentence_of, proba = tagger.token_proba(text)
    return TaggedArticle(tokens, sentence_of, proba, lexicon.predict(text))


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
    random_state: int = 0,
    say: Callable[[str], None] = lambda line: None,
) -> dict[str, TaggedArticle]:
    """Each article tagged by a tagger and a lexicon (``tagger``'s and ``lexicon``'s settings) fitted without it."""
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
            tagged[aid] = _tag(fold_tagger, fold_lexicon, articles[aid])
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


def fit_verifier(
    tagger: SpanTagger,
    lexicon: LexiconTagger,
    encoder: SpanEncoder | None,
    fit_articles: Mapping[str, str],
    fit_spans: Sequence[LabelledSpan],
    dev_articles: Mapping[str, str],
    dev_spans: Sequence[LabelledSpan],
    *,
    random_state: int = 0,
    say: Callable[[str], None] = lambda line: None,
) -> tuple[SpanVerifier | None, dict[str, float]]:
    """The verifier with the best SI F1 on dev over the decoding, C and threshold grids, and that F1.

    Returns ``(None, {})`` when the cross-fitted candidates are all of one kind (all overlapping a
    gold span, or none): there is nothing to learn, and the tagger's own spans are kept.
    """
    oof = cross_fitted(tagger, lexicon, fit_articles, fit_spans, random_state=random_state, say=say)
    dev_tagged = {aid: _tag(tagger, lexicon, text) for aid, text in dev_articles.items()}
    dev_gold = [(g.article_id, g.start, g.end) for g in dev_spans]
    best: tuple[float, SpanVerifier | None, dict[str, float]] = (-1.0, None, {})
    for high, low in DECODING_GRID:
        decoding = SpanVerifier(high=high, low=low, max_gap=tagger.max_gap, encoder=encoder)
        train = candidate_table(decoding, fit_articles, oof)
        dev = candidate_table(decoding, dev_articles, dev_tagged)
        overlaps = touches_gold(train, fit_spans)
        if overlaps.all() or not overlaps.any():
            say("span verifier: the cross-fitted candidates are all of one kind; no verifier")
            return None, {}
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
                    best = (result["f1"], verifier, {**result, "threshold": threshold})
            say(
                f"span verifier, candidates at {high}/{low}, C={c}: best dev SI F1 so far {best[0]:.3f} "
                f"({len(train.spans)} training candidates, {100 * overlaps.mean():.0f}% overlap a span)"
            )
    chosen, result = best[1], best[2]
    if chosen is not None:
        chosen.set_params(threshold=result["threshold"])
    return chosen, result
