"""The analysis budget: how much of a page the annotators get, so a page's cost is bounded by
construction whatever the size of the file it came in (issue 12).

Every annotator's work grows with the text it reads; the models' memory grows with the longest part.
:func:`within_budget` cuts an over-long part at a word boundary and leaves out the comments past the
count or character budget (the first ones in page order are kept, so every kept reply keeps its
parent), and records what it left out in ``doc.meta["truncated"]``, which every view reports.
"""

from __future__ import annotations

import logging
from typing import Any

from slant._document import Document, Part
from slant.readers._limits import ReadLimits

__all__ = ["COMMENTS_LEFT_UNREAD", "within_budget"]

logger = logging.getLogger(__name__)

#: ``doc.meta`` key of a reader that stopped reading comments at the budget: how many it left unread.
COMMENTS_LEFT_UNREAD = "comments_left_unread"

# A cut looks this far back from the limit for a space, so it does not split a word.
_WORD_BOUNDARY_WINDOW = 1_000


def within_budget(doc: Document, limits: ReadLimits) -> Document:
    """``doc`` itself when it fits ``limits``; else a new document holding what fits."""
    parts = doc.parts
    unread = int(doc.meta.get(COMMENTS_LEFT_UNREAD, 0))
    if (
        not unread
        and len(doc.comments) <= limits.max_comments
        and all(len(part.text) <= limits.max_part_chars for part in parts)
        and sum(len(part.text) for part in parts) <= limits.max_analysed_chars
    ):
        return doc
    title = _cut(doc.title, limits) if doc.title is not None else None
    article = _cut(doc.article, limits)
    used = len(article.text) + (len(title.text) if title is not None else 0)
    comments: list[Part] = []
    shortened = 0
    for comment in doc.comments[: limits.max_comments]:
        kept = _cut(comment, limits)
        if used + len(kept.text) > limits.max_analysed_chars:
            break
        used += len(kept.text)
        shortened += kept is not comment
        comments.append(kept)
    truncated: dict[str, Any] = {
        "article_chars": len(doc.article.text),
        "article_chars_analysed": len(article.text),
        "comments": len(doc.comments) + unread,
        "comments_analysed": len(comments),
        "comments_shortened": shortened,
        "limits": {
            "max_part_chars": limits.max_part_chars,
            "max_comments": limits.max_comments,
            "max_analysed_chars": limits.max_analysed_chars,
        },
    }
    logger.warning(
        "%s is larger than the analysis budget: %s of %s article characters and %s of %s comments are analysed",
        doc.source or "the page",
        f"{len(article.text):,}",
        f"{len(doc.article.text):,}",
        f"{len(comments):,}",
        f"{len(doc.comments) + unread:,}",
    )
    meta = {key: value for key, value in doc.meta.items() if key != COMMENTS_LEFT_UNREAD}
    cut = Document(
        article=article,
        title=title,
        comments=comments,
        url=doc.url,
        source=doc.source,
        outlet=doc.outlet,
        reader=doc.reader,
        meta={**meta, "truncated": truncated},
    )
    cut.models.update(doc.models)
    return cut


def _cut(part: Part, limits: ReadLimits) -> Part:
    text = part.text
    if len(text) <= limits.max_part_chars:
        return part
    end = limits.max_part_chars
    space = text.rfind(" ", max(0, end - _WORD_BOUNDARY_WINDOW), end + 1)
    newline = text.rfind("\n", max(0, end - _WORD_BOUNDARY_WINDOW), end + 1)
    boundary = max(space, newline)
    cut = text[: boundary if boundary > 0 else end].rstrip()
    return Part(
        cut,
        kind=part.kind,
        id=part.id,
        author=part.author,
        parent=part.parent,
        published=part.published,
    )
