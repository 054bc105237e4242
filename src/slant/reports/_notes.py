"""Notes every view shows above a page's analysis: facts about what was analysed, said once here."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slant._document import Document
from slant._labels import display_threshold

__all__ = ["page_notes"]


def page_notes(doc: Document) -> list[str]:
    """Plain-text sentences a reader must see before trusting the figures (empty for most pages)."""
    notes: list[str] = []
    truncated = doc.meta.get("truncated")
    if isinstance(truncated, Mapping):
        notes.append(_truncation_note(truncated))
    comments_note = doc.meta.get("comments_note")
    if isinstance(comments_note, Mapping):
        notes.append(_missing_comments_note(comments_note))
    if any(comment.spans.get("techniques") for comment in doc.comments):
        notes.append(_comment_techniques_note())
    return notes


def _comment_techniques_note() -> str:
    """The caveat on technique spans in comments: a register the model was not trained on (issue 15).

    Measured on the labelled informal-comment set (docs/models/techniques.md, "Spans in informal
    comments (measured)"): the comment path finds about a sixth of the marked passages, and none of
    its spans there reaches the comments' display threshold; hence "misses most" and "seldom confident".
    """
    comment = display_threshold("techniques", "comment")
    article = display_threshold("techniques", "article")
    shown = (
        f" They are shown from a confidence of {comment:.0%} (article: {article:.0%}), where about half were "
        "right on short lines of news articles."
        if comment is not None and article is not None
        else ""
    )
    return (
        f"Technique spans in comments come from a model trained on news articles, not comments.{shown} "
        "On informal comments it misses most techniques and is seldom confident about those it finds: "
        "a comment without marks has not been shown to be free of them."
    )


def _truncation_note(truncated: Mapping[str, Any]) -> str:
    """What the analysis budget left out, with the options that raise it."""
    left_out = []
    article, analysed = truncated.get("article_chars", 0), truncated.get("article_chars_analysed", 0)
    if analysed < article:
        left_out.append(f"the article's first {analysed:,} of {article:,} characters")
    comments, kept = truncated.get("comments", 0), truncated.get("comments_analysed", 0)
    if kept < comments:
        left_out.append(f"the first {kept:,} of {comments:,} comments")
    shortened = truncated.get("comments_shortened", 0)
    if shortened:
        left_out.append(f"{shortened:,} long comment{'s' if shortened != 1 else ''} cut short")
    what = "; ".join(left_out) or "part of the page"
    return (
        f"Only part of this page was analysed ({what}): it is larger than the analysis budget; "
        "raise --max-part-chars, --max-comments or --max-analysed-chars to analyse more."
    )


# How the views name the comment systems that slant.readers._announced recognises.
_SYSTEM_NAMES = {
    "disqus": "Disqus",
    "facebook": "Facebook comments",
    "coral": "Coral",
    "openweb": "OpenWeb (Spot.IM)",
    "viafoura": "Viafoura",
    "commento": "Commento",
    "hyvor": "Hyvor Talk",
    "utterances": "utterances",
    "giscus": "giscus",
    "livefyre": "Livefyre",
}


def _missing_comments_note(note: Mapping[str, Any]) -> str:
    """The comments a page announces but does not hold, so that nobody reads the gap as silence."""
    announced: int | None = note.get("announced")
    found: int = note.get("found", 0)
    system = note.get("system")
    if note.get("reason") == "loaded by script":
        by = f" ({_SYSTEM_NAMES.get(system, system)})" if isinstance(system, str) else ""
        what = (
            f" announces {_comments(announced)}, but they are"
            if isinstance(announced, int)
            else "'s comments are"
        )
        return (
            f"The page{what} loaded by a script{by} and were not in the page slant read: "
            f"{_comments(found)} {'was' if found == 1 else 'were'} analysed."
        )
    if found == 0:
        return (
            f"The page announces {_comments(announced or 0)}, but none was in the page slant read; "
            "they may be loaded by a script or on another page."
        )
    return (
        f"Only {found:,} of the {_comments(announced or 0)} the page announces {'was' if found == 1 else 'were'} "
        "in the page slant read; the figures cover those alone."
    )


def _comments(count: int) -> str:
    return f"{count:,} comment{'' if count == 1 else 's'}"
