"""Notes every view shows above a page's analysis: facts about what was analysed, said once here."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slant._document import Document

__all__ = ["page_notes"]


def page_notes(doc: Document) -> list[str]:
    """Plain-text sentences a reader must see before trusting the figures (empty for most pages)."""
    notes: list[str] = []
    truncated = doc.meta.get("truncated")
    if isinstance(truncated, Mapping):
        notes.append(_truncation_note(truncated))
    return notes


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
