"""How the technique model does on informal reader comments (issue 15): the labelled comment set, scored.

Each thread of :mod:`~slant.techniques.training._comment_set` becomes one page (its news item as the
article, its comments as comment parts) and is run in one of two ways:

- ``"comment"``: exactly as a page's comments are run, by :class:`TechniqueAnnotator` itself
  (tagger + lexicon without the verifier, the fast technique classifier, calibration route
  ``tagged``, the scare-quote rule and the echoes of article spans);
- ``"article"``: the same texts run as if each comment were article text (the verifier, the cascade,
  route ``verified``), with the same page as context, for comparison.

Scored as the PTC is: SI by the official SI scorer (each comment one "article"), TC by the official
TC scorer on the gold spans, each classified as that path classifies (the comment path: the fast
classifier alone); and, since a view shows only spans above a display threshold, the precision of
the spans shown (a span is right when it touches a gold span of its technique in its comment, the
calibration's own target) and the calibration of the scores (ECE, Brier, reliability bins).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from slant._document import Document, Part
from slant.techniques._annotator import TechniqueAnnotator, TechniqueModel
from slant.techniques._cascade import CascadeClassifier
from slant.techniques._data import PtcSplit
from slant.techniques._scoring import score_si, score_tc
from slant.techniques.training._calibrate import (
    _choose_threshold,
    _reliability,
    _short_lines,
    _shown,
    calibration_metrics,
)
from slant.techniques.training._comment_set import CommentThread

__all__ = [
    "HARMLESS_TOPICS",
    "FoundSpan",
    "RunAs",
    "bootstrap_f1",
    "classify_gold",
    "find_comment_spans",
    "gold_spans",
    "measure",
    "short_line_si",
    "thread_page",
]

#: How the comments are run: as comments (the annotator's comment path) or as article text.
RunAs = Literal["comment", "article"]
#: Topics of the set's harmless threads (cooking, football, gardening): negatives in another register.
HARMLESS_TOPICS = frozenset({"cooking", "sports", "gardening"})


@dataclass(frozen=True, slots=True)
class FoundSpan:
    """One span the model put on a comment: where, which technique, its calibrated score, right or not."""

    key: str  # "thread/comment"
    technique: str
    start: int
    end: int
    score: float
    correct: bool


def _key(thread: CommentThread, comment_id: str) -> str:
    return f"{thread.name}/{comment_id}"


def thread_page(thread: CommentThread) -> Document:
    """The thread as a page: its news item as the article, its comments (with their replies) as comment parts."""
    return Document(
        article=Part(thread.article, kind="article", id="article"),
        comments=[Part(c.text, kind="comment", id=c.id, parent=c.parent) for c in thread.comments],
        source=f"<comment set: {thread.name}>",
    )


def gold_spans(threads: Sequence[CommentThread]) -> list[tuple[str, str, int, int]]:
    """Every gold span of the comments as ``(key, technique, start, end)``."""
    return [
        (_key(thread, comment.id), technique, start, end)
        for thread in threads
        for comment in thread.comments
        for technique, start, end in comment.spans
    ]


def find_comment_spans(
    model_dir: str | Path | None, threads: Sequence[CommentThread], *, run_as: RunAs = "comment"
) -> list[FoundSpan]:
    """The spans the model (``model_dir``; None: the shipped one) puts on every comment, run as ``run_as`` says.

    ``"comment"`` runs each thread's page through :class:`TechniqueAnnotator`, as any page is run;
    ``"article"`` runs the article and the comments through :meth:`TechniqueModel.spans` with the
    span encoder allowed on every text, as titles and articles are run.
    """
    annotator = TechniqueAnnotator(model_dir=model_dir)
    gold: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for key, technique, start, end in gold_spans(threads):
        gold.setdefault((key, technique), []).append((start, end))
    found = []
    for thread in threads:
        if run_as == "comment":
            (parts,) = annotator.predict([thread_page(thread)])
            comment_spans = [[(s.start, s.end, s.label, s.score) for s in part] for part in parts[1:]]
        else:
            texts = [thread.article] + [c.text for c in thread.comments]
            comment_spans = annotator.model.spans(texts, contextual=[True] * len(texts))[1:]
        for comment, spans in zip(thread.comments, comment_spans, strict=True):
            key = _key(thread, comment.id)
            found += [
                FoundSpan(
                    key,
                    technique,
                    start,
                    end,
                    score,
                    any(s < end and start < e for s, e in gold.get((key, technique), ())),
                )
                for start, end, technique, score in spans
            ]
    return found


def classify_gold(
    model: TechniqueModel, threads: Sequence[CommentThread], *, run_as: RunAs = "comment"
) -> list[tuple[str, str, int, int]]:
    """One technique per gold span ``(key, technique, start, end)``, as the ``run_as`` path names a span it found.

    The spans of a thread are classified together with the thread's page as context (as the
    annotator classifies a page's spans); a span with several gold techniques gets the classifier's
    best, second-best, ... (as the PTC's TC template is predicted). The comment path uses the fast
    classifier alone; the article path lets a cascade send its uncertain spans to the contextual one.
    """
    predicted = []
    for thread in threads:
        texts = [thread.article] + [c.text for c in thread.comments]
        page = "\n".join(texts)
        lines = [
            (_key(thread, comment.id), comment.text, technique, start, end)
            for comment in thread.comments
            for technique, start, end in comment.spans
        ]
        if not lines:
            continue
        items = [(text, start, end) for _, text, _, start, end in lines]
        contexts = [page] * len(items)
        classifier = model.classifier
        if isinstance(classifier, CascadeClassifier):
            scores = classifier.decision_function(
                items, contexts=contexts, routable=[run_as == "article"] * len(items)
            )
        else:
            scores = classifier.decision_function(items, contexts=contexts)
        seen: Counter[tuple[str, int, int]] = Counter()
        for row, (key, _, _, start, end) in enumerate(lines):
            rank = seen[(key, start, end)]
            seen[(key, start, end)] += 1
            order = scores[row].argsort()[::-1]
            predicted.append((key, classifier.classes_[order[min(rank, len(order) - 1)]], start, end))
    return predicted


def measure(
    threads: Sequence[CommentThread],
    found: Sequence[FoundSpan],
    classified: Sequence[tuple[str, str, int, int]],
    *,
    thresholds: Mapping[str, float],
) -> dict[str, Any]:
    """SI, TC, the spans shown at each of ``thresholds`` (name -> score), calibration and per-technique counts.

    ``found`` and ``classified`` may cover more threads than ``threads``: only the comments of
    ``threads`` are scored.
    """
    keys = {_key(t, c.id) for t in threads for c in t.comments}
    harmless = {_key(t, c.id) for t in threads if t.topic in HARMLESS_TOPICS for c in t.comments}
    gold = [g for g in gold_spans(threads) if g[0] in keys]
    spans = [f for f in found if f.key in keys]
    scores, correct = [f.score for f in spans], [f.correct for f in spans]
    tc = score_tc([c for c in classified if c[0] in keys], gold)
    shown = {}
    for name, threshold in thresholds.items():
        above = [f for f in spans if f.score >= threshold]
        shown[name] = {
            **_shown(scores, correct, threshold),
            "si_of_shown": _si(above, gold),
            "on_harmless_comments": sum(f.key in harmless for f in above),
        }
    by_technique = Counter(f.technique for f in spans)
    right_by_technique = Counter(f.technique for f in spans if f.correct)
    gold_by_technique = Counter(g[1] for g in gold)
    f1 = cast(dict[str, float], tc["f1_per_technique"])
    return {
        "threads": len(threads),
        "comments": len(keys),
        "comments_with_gold": len({g[0] for g in gold}),
        "gold_spans": len(gold),
        "si": _si(spans, gold),
        "tc": {"micro_f1": round(cast(float, tc["micro_f1"]), 4), "spans": tc["spans"]},
        "shown": shown,
        "calibration": calibration_metrics(scores, correct),
        "reliability": _reliability(scores, correct),
        "threshold_for_half_right": _choose_threshold(scores, correct) if spans else None,
        "spans_on_harmless_comments": sum(f.key in harmless for f in spans),
        "harmless_comments": len(harmless),
        "per_technique": {
            technique: {
                "gold": gold_by_technique[technique],
                "found": by_technique[technique],
                "found_right": right_by_technique[technique],
                "tc_f1": round(float(f1.get(technique, 0.0)), 3),
            }
            for technique in sorted(set(gold_by_technique) | set(by_technique))
        },
    }


def _si(spans: Sequence[FoundSpan], gold: Sequence[tuple[str, str, int, int]]) -> dict[str, float]:
    """The official SI figures (rounded) of ``spans`` against ``gold``, each comment its own "article"."""
    result = score_si([(f.key, f.start, f.end) for f in spans], [(k, s, e) for k, _, s, e in gold])
    return {name: round(value, 4) for name, value in result.items()}


def bootstrap_f1(
    threads: Sequence[CommentThread],
    found: Sequence[FoundSpan],
    classified: Sequence[tuple[str, str, int, int]],
    *,
    samples: int = 1000,
    random_state: int = 0,
) -> dict[str, list[float]]:
    """95 % intervals (2.5th and 97.5th percentiles) of SI F1 and TC micro-F1 over comments drawn with replacement.

    The set is small (a few hundred spans), so each figure comes with how much it would move on
    another draw of comments like these. Each drawn copy of a comment is scored as its own comment.
    """
    keys = [_key(t, c.id) for t in threads for c in t.comments]
    gold_by: dict[str, list[tuple[str, str, int, int]]] = {}
    for line in gold_spans(threads):
        gold_by.setdefault(line[0], []).append(line)
    found_by: dict[str, list[FoundSpan]] = {}
    for span in found:
        found_by.setdefault(span.key, []).append(span)
    classified_by: dict[str, list[tuple[str, str, int, int]]] = {}
    for line in classified:
        classified_by.setdefault(line[0], []).append(line)
    rng = random.Random(random_state)
    si, tc = [], []
    for _ in range(samples):
        drawn = [(f"{key}#{i}", key) for i, key in enumerate(rng.choices(keys, k=len(keys)))]
        gold = [(copy, *g[1:]) for copy, key in drawn for g in gold_by.get(key, ())]
        si.append(
            score_si(
                [(copy, f.start, f.end) for copy, key in drawn for f in found_by.get(key, ())],
                [(copy, s, e) for copy, _, s, e in gold],
            )["f1"]
        )
        if gold:
            predicted = [(copy, *c[1:]) for copy, key in drawn for c in classified_by.get(key, ())]
            tc.append(cast(float, score_tc(predicted, gold)["micro_f1"]))

    def interval(values: list[float]) -> list[float]:
        ordered = sorted(values)
        return [
            round(ordered[int(0.025 * len(ordered))], 3),
            round(ordered[int(0.975 * len(ordered)) - 1], 3),
        ]

    return {"si_f1": interval(si), "tc_micro_f1": interval(tc)}


def short_line_si(model: TechniqueModel, split: PtcSplit) -> dict[str, float]:
    """SI of the comment path on the PTC's short lines (3-50 words), for comparison with the comment set.

    Each line is run as the calibration's comment mode runs it (tagger + lexicon, the article as the
    page) and scored as its own "article" against the gold spans that lie inside it.
    """
    predicted, gold = [], []
    for aid, text in split.articles.items():
        lines = _short_lines(text)
        found = model.spans([line for _, line in lines], context=text, contextual=[False] * len(lines))
        for (offset, line), spans in zip(lines, found, strict=True):
            key = f"{aid}:{offset}"
            predicted += [(key, s, e) for s, e, _, _ in spans]
            gold += [
                (key, g.start - offset, g.end - offset)
                for g in split.spans
                if g.article_id == aid and offset <= g.start and g.end <= offset + len(line)
            ]
    return {name: round(value, 4) for name, value in score_si(predicted, gold).items()}
