"""Repeated comments and slogans within one page (issue 19, part 3).

The same comment posted several times under one story (by one name or by several), and the same
phrase carried by several comments, are signs of coordination or of a campaign's talking points.

- A **repeated comment** is a comment whose words (case, punctuation and spacing aside) are those of
  another comment on the page, with at least :data:`MIN_REPEAT_WORDS` words: "Good." twice is
  conversation, not coordination. Every copy gets a ``repeated_comment`` span over its whole text.
- A **slogan** is a run of at least three words, two of them content words, that at least
  :data:`SLOGAN_MIN_COMMENTS` different comments carry (with the echo annotator's keys, so "finish
  their job" and "finish the job" are one slogan). Each occurrence gets a ``slogan`` span; the page
  figure counts how often its wording occurs in the comments with the techniques model's
  :class:`~slant.annotators._phrases.PhraseCounter`.

Near-duplicates that are not word-for-word (a word changed, a sentence added) are found across a
whole corpus run by ``slant corpus``'s comment clusters (MinHash), not here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, ClassVar

from slant._document import Document, Part, Span
from slant._pipeline import BaseAnnotator
from slant.annotators._echo import MAX_COMMENT_WORDS, MIN_CONTENT_WORDS, MIN_WORDS, Word, words_of
from slant.annotators._phrases import PhraseCounter, normalise_phrase

__all__ = ["RepeatsAnnotator", "find_repeats"]

#: Shortest comment, in words, whose copies count as repeated comments.
MIN_REPEAT_WORDS = 4
#: Comments that must carry a phrase for it to be a slogan: two comments sharing three words is
#: often a reply quoting its parent; three is a pattern.
SLOGAN_MIN_COMMENTS = 3
#: Groups and slogans listed in the page figure.
TOP_ITEMS = 5
_EXCERPT = 120


def _seeds(words: Sequence[Word]) -> dict[tuple[str, ...], list[int]]:
    """Each run of :data:`MIN_WORDS` keys with enough content words, and where it starts in the comment."""
    seeds: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(words) - MIN_WORDS + 1):
        run = words[i : i + MIN_WORDS]
        if sum(w.is_content for w in run) >= MIN_CONTENT_WORDS:
            seeds.setdefault(tuple(w.key for w in run), []).append(i)
    return seeds


def _runs(starts: Sequence[int]) -> list[tuple[int, int]]:
    """Overlapping or touching runs of :data:`MIN_WORDS` words from ``starts``, merged: ``(first, last)`` words."""
    merged: list[tuple[int, int]] = []
    for start in sorted(starts):
        end = start + MIN_WORDS - 1
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def find_repeats(
    comments: Sequence[Part],
) -> tuple[list[list[Part]], dict[frozenset[str], list[tuple[Part, int, int]]]]:
    """The page's repeated comments and slogans.

    Returns:
        ``(groups, slogans)``: groups of comments with the same words (two or more each, page order);
        and per set of comment ids carrying a slogan, its occurrences as ``(comment, start, end)``
        character offsets.
    """
    by_text: dict[str, list[Part]] = defaultdict(list)
    carriers: dict[tuple[str, ...], dict[str, list[int]]] = defaultdict(dict)
    words_by_id: dict[str, list[Word]] = {}
    for comment in comments:
        words = words_of(comment.text, limit=MAX_COMMENT_WORDS)
        words_by_id[comment.id] = words
        if len(words) >= MIN_REPEAT_WORDS:
            by_text[" ".join(w.lower for w in words)].append(comment)
        for seed, starts in _seeds(words).items():
            carriers[seed][comment.id] = starts
    groups = [group for group in by_text.values() if len(group) > 1]
    # Copies of one comment carry the same phrases; they count once, as the group, for slogans.
    copy_of = {comment.id: group[0].id for group in groups for comment in group}
    by_id = {comment.id: comment for comment in comments}
    # Seeds carried by the same comments are pieces of one slogan ("must stop making", "stop making deals").
    positions: dict[frozenset[str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for where in carriers.values():
        if len({copy_of.get(cid, cid) for cid in where}) >= SLOGAN_MIN_COMMENTS:
            key = frozenset(where)
            for cid, starts in where.items():
                positions[key][cid].extend(starts)
    slogans: dict[frozenset[str], list[tuple[Part, int, int]]] = {}
    for key, where in positions.items():
        found = []
        for cid, starts in where.items():
            words = words_by_id[cid]
            for first, last in _runs(starts):
                found.append((by_id[cid], words[first].start, words[last].end))
        slogans[key] = found
    return groups, slogans


class RepeatsAnnotator(BaseAnnotator):
    """Marks repeated comments and slogans (``spans.repeats`` of comments) and sums them up
    (``attrs.repeats`` of the article)."""

    name: ClassVar[str] = "repeats"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("spans.repeats", "attrs.repeats")

    def __call__(self, doc: Document) -> Document:
        groups, slogans = find_repeats(doc.comments)
        spans: dict[str, list[Span]] = defaultdict(list)
        for number, group in enumerate(groups):
            ids = [comment.id for comment in group]
            for comment in group:
                spans[comment.id].append(
                    Span(
                        0,
                        len(comment.text),
                        "repeated_comment",
                        1.0,
                        self.name,
                        {"group": number, "comments": ids},
                    )
                )
        comment_text = " ".join(normalise_phrase(comment.text) for comment in doc.comments)
        counter = PhraseCounter(comment_text) if slogans else None
        listed = []
        for key, found in slogans.items():
            ids = sorted(key, key=[c.id for c in doc.comments].index)
            wordings = [normalise_phrase(comment.text[start:end]) for comment, start, end in found]
            phrase = max(set(wordings), key=lambda w: (wordings.count(w), -len(w), w))
            for comment, start, end in found:
                spans[comment.id].append(
                    Span(start, end, "slogan", 1.0, self.name, {"phrase": phrase, "comments": ids})
                )
            times = sum(counter.count(w) for w in set(wordings)) if counter is not None else len(found)
            listed.append({"phrase": phrase, "comments": ids, "count": times})
        for comment in doc.comments:
            comment.spans.set("repeats", spans.get(comment.id, ()), overwrite=True)
        doc.article.attrs["repeats"] = _summary(groups, listed)
        return doc


def _summary(groups: Sequence[Sequence[Part]], slogans: list[dict[str, Any]]) -> dict[str, Any]:
    """The page figure: repeated comments (with their authors) and slogans, the largest first."""
    ranked_groups = sorted(groups, key=lambda g: -len(g))
    ranked_slogans = sorted(slogans, key=lambda s: (-len(s["comments"]), -s["count"], s["phrase"]))
    return {
        "repeated_comments": sum(len(g) for g in groups),
        "groups": [
            {
                "text": " ".join(group[0].text.split())[:_EXCERPT],
                "comments": [c.id for c in group],
                "authors": sorted({c.author for c in group if c.author}),
            }
            for group in ranked_groups[:TOP_ITEMS]
        ],
        "slogans": ranked_slogans[:TOP_ITEMS],
    }
