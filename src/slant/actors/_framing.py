"""How each actor is framed: the techniques, sources, quotations and toxic words in the sentences that name it.

"Near" a mention is its sentence (the sentences layer when the sentences annotator ran, else a split at
sentence-ending punctuation): the unit a reader takes in at once, and the one the technique spans are
drawn in. A sentence naming an actor twice counts once for it. What counts is what every view shows:

- technique spans only at or above their display threshold (:func:`slant._labels.is_shown`);
- source attributions (the ``sources`` layer: named, unnamed, outlet) and quotations (the ``quotes``
  layer's quotations and scare quotes; a quoted word *mentioned* is not framing);
- toxic words (the ``toxicity`` layer: the words the toxicity model blamed in a toxic part);
- for a comment that names the actor, the comment's toxicity labels at or above the thresholds every
  view uses (:func:`slant._labels.toxic_threshold`), counted once per comment.

The counts come with a few example sentences, those carrying most framing first.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from slant._document import Part, Span
from slant._labels import is_shown, toxic_threshold
from slant.actors._group import Mention

__all__ = ["EXAMPLES", "framing", "sentence_bounds"]

#: Example sentences kept per actor.
EXAMPLES = 3
#: An example sentence is cut to this many characters around the mention.
_EXAMPLE_CHARS = 240
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_QUOTE_LABELS = frozenset({"quotation", "scare_quote"})


def sentence_bounds(part: Part) -> list[tuple[int, int]]:
    """The part's sentences as ``(start, end)``: the sentences layer, or a split at ``.!?`` and line breaks."""
    layer = part.spans.get("sentences", ())
    if layer:
        return [(s.start, s.end) for s in layer]
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(part.text):
        if match.start() > start:
            bounds.append((start, match.start()))
        start = match.end()
    if start < len(part.text):
        bounds.append((start, len(part.text)))
    return bounds


def _within(spans: Iterable[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if s.start < end and s.end > start]


def _toxic_labels(part: Part) -> list[str]:
    scores = part.scores.get("toxicity", {})
    return sorted(label for label, value in scores.items() if value >= toxic_threshold(label))


def _example(part: Part, start: int, end: int, mention: Mention) -> str:
    text = " ".join(part.text[start:end].split())
    if len(text) <= _EXAMPLE_CHARS:
        return text
    # Centre the cut on the mention, so the example shows the name it is an example of.
    at = max(0, min(mention.start - start - _EXAMPLE_CHARS // 3, len(text) - _EXAMPLE_CHARS))
    return ("…" if at else "") + text[at : at + _EXAMPLE_CHARS].strip() + "…"


def framing(
    mentions: Sequence[Mention],
    parts: Mapping[str, Part],
    bounds: Mapping[str, list[tuple[int, int]]],
) -> dict[str, Any]:
    """What frames one actor: counts by label near its mentions, and example sentences.

    Args:
        mentions: the actor's mentions.
        parts: part id -> part, for every part of the page.
        bounds: part id -> its sentences (:func:`sentence_bounds`), computed once per page.

    Returns:
        ``{"techniques": {label: n}, "sources": {...}, "quotes": {...}, "toxic_words": {...},
        "toxic_comments": {label: n}, "examples": [{"part": id, "text": ..., "labels": [...]}]}``.
    """
    techniques: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    quotes: Counter[str] = Counter()
    toxic_words: Counter[str] = Counter()
    toxic_comments: Counter[str] = Counter()
    seen_sentences: set[tuple[str, int]] = set()
    seen_comments: set[str] = set()
    candidates: list[tuple[int, int, dict[str, Any]]] = []
    for order, mention in enumerate(mentions):
        part = parts[mention.part_id]
        if part.kind == "comment" and part.id not in seen_comments:
            seen_comments.add(part.id)
            toxic_comments.update(_toxic_labels(part))
        sentences = bounds[mention.part_id]
        index = bisect.bisect_right(sentences, (mention.start, len(part.text) + 1)) - 1
        start, end = sentences[index] if 0 <= index < len(sentences) else (mention.start, mention.end)
        if (part.id, start) in seen_sentences:
            continue
        seen_sentences.add((part.id, start))
        labels: list[str] = []
        for span in _within(part.spans.get("techniques", ()), start, end):
            if is_shown("techniques", part.kind, span.score):
                techniques[span.label] += 1
                labels.append(span.label)
        for span in _within(part.spans.get("sources", ()), start, end):
            sources[span.label] += 1
            labels.append(f"source: {span.label}")
        for span in _within(part.spans.get("quotes", ()), start, end):
            if span.label in _QUOTE_LABELS:
                quotes[span.label] += 1
                labels.append(span.label)
        for span in _within(part.spans.get("toxicity", ()), start, end):
            toxic_words[span.label] += 1
            labels.append(f"toxic: {span.label}")
        if labels:
            example = {
                "part": part.id,
                "text": _example(part, start, end, mention),
                "labels": sorted(set(labels)),
            }
            candidates.append((-len(labels), order, example))
    examples = [example for _, _, example in sorted(candidates, key=lambda c: (c[0], c[1]))[:EXAMPLES]]
    return {
        "techniques": dict(techniques.most_common()),
        "sources": dict(sources.most_common()),
        "quotes": dict(quotes.most_common()),
        "toxic_words": dict(toxic_words.most_common()),
        "toxic_comments": dict(toxic_comments.most_common()),
        "examples": examples,
    }
