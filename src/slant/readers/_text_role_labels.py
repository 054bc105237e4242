"""Line roles of a plain-text page, derived mechanically from its hand-written expectations (issue 14).

A page's expectations (the ``*.expected.json`` format bench/reader_accuracy.py documents) give the
article's opening and closing words, and each comment's author, opening and closing words. Over the
page's non-blank lines (as :func:`slant.readers._text_prepare.split_lines` gives them) they say:

- **body**: the lines from a comment's opening words to its closing words;
- **author**: the line that names a comment's author (the nearest one above its text, or, for a
  signature or a footer, the first one under it), and the lines between that line and the text
  (a time, a badge, "In reply to ...");
- **footer**: the lines after a comment's text and before the next comment's author line (action
  rows, likes, reply counts, "Show more replies"); after the last comment, as many lines as the
  page's other comments have in their footers;
- **article**: the lines from the article's opening words to its closing words, but those that hold
  a string the expectations list as not in the article (a caption, "Read more: ...");
- **head**: every line above the article (menus, the title, the byline, the date);
- **chrome**: every other line (between the article and the thread, after the thread).

A page whose expected words cannot all be found in order is not labelled (None): it teaches nothing.
Nothing here reads the page with slant's reader, so the labels do not depend on it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from statistics import median
from typing import Any

from slant.readers._text_lines import Line, is_prose

__all__ = ["ROLES", "line_roles"]

#: The roles, in the order of the model's probability columns.
ROLES = ("head", "article", "chrome", "author", "body", "footer")
_HEAD, _ARTICLE, _CHROME, _AUTHOR, _BODY, _FOOTER = range(len(ROLES))
# An author line may hold a few words besides the name ("Jane Doe • 2 weeks ago", "#3 — Jane Doe").
_MAX_AUTHOR_EXTRA = 40
# Lines of the contiguous block right over an anonymous comment's text that are its head at most.
_MAX_ANONYMOUS_HEAD = 3
_SPACE = re.compile(r"\s+")


class _Text:
    """The page's lines joined with single spaces, with each character's line."""

    def __init__(self, lines: Sequence[Line]) -> None:
        parts: list[str] = []
        owner: list[int] = []
        self.starts: list[int] = []
        for index, line in enumerate(lines):
            squashed = _SPACE.sub(" ", line.text).strip()
            if parts:
                parts.append(" ")
                owner.append(index)
            self.starts.append(len(owner))
            parts.append(squashed)
            owner.extend([index] * len(squashed))
        self.text = "".join(parts)
        self.owner = owner

    def find(self, needle: str, start: int) -> tuple[int, int] | None:
        """The first occurrence of ``needle`` at or after character ``start``: (first, last) character."""
        wanted = _SPACE.sub(" ", needle).strip()
        if not wanted:
            return None
        at = self.text.find(wanted, start)
        return None if at < 0 else (at, at + len(wanted) - 1)


def line_roles(lines: Sequence[Line], expected: Mapping[str, Any]) -> list[int] | None:
    """Each line's role index in :data:`ROLES`, or None when the expected words are not all found."""
    if not lines:
        return None
    text = _Text(lines)
    start_at = 0
    title = expected.get("title")
    if title:
        found_title = text.find(title, 0)
        if found_title is not None:
            start_at = found_title[1] + 1
    opening = text.find(expected.get("article_starts_with", ""), start_at)
    if opening is None:
        return None
    closing = text.find(expected.get("article_ends_with", ""), opening[0])
    if closing is None:
        return None
    first, last = text.owner[opening[0]], text.owner[closing[1]]
    roles = [_HEAD] * first + [_ARTICLE] * (last - first + 1) + [_CHROME] * (len(lines) - last - 1)
    for index in range(first, last + 1):
        if any(chrome in lines[index].text for chrome in expected.get("article_must_not_contain", ())):
            roles[index] = _CHROME
    spans = _comment_spans(lines, text, expected.get("comments", ()), closing[1] + 1)
    if spans is None:
        return None
    for body_first, body_last in spans:
        roles[body_first : body_last + 1] = [_BODY] * (body_last - body_first + 1)
    _mark_authors(lines, roles, spans, expected.get("comments", ()))
    _mark_footers(roles, spans)
    return roles


def _comment_spans(
    lines: Sequence[Line], text: _Text, comments: Sequence[Mapping[str, Any]], cursor: int
) -> list[tuple[int, int]] | None:
    """Each comment's first and last line; an empty comment ("[image]" only) has an empty span
    right under its author's line."""
    spans: list[tuple[int, int]] = []
    for comment in comments:
        if not comment.get("starts_with") and not comment.get("ends_with"):
            author = comment.get("author")
            after = text.owner[cursor] if cursor < len(text.owner) else len(lines)
            named = next((i for i in range(after, len(lines)) if author and _names(lines[i], author)), None)
            if named is None:
                return None
            spans.append((named + 1, named))
            cursor = text.starts[named + 1] if named + 1 < len(lines) else len(text.owner)
            continue
        opening = text.find(comment.get("starts_with", ""), cursor)
        if opening is None:
            return None
        closing = text.find(comment.get("ends_with", ""), opening[0])
        if closing is None:
            return None
        spans.append((text.owner[opening[0]], text.owner[closing[1]]))
        cursor = closing[1] + 1
    return spans


def _names(line: Line, author: str) -> bool:
    return author.casefold() in line.text.casefold() and len(line.text) <= len(author) + _MAX_AUTHOR_EXTRA


def _mark_authors(
    lines: Sequence[Line],
    roles: list[int],
    spans: Sequence[tuple[int, int]],
    comments: Sequence[Mapping[str, Any]],
) -> None:
    """Mark each comment's author line and the lines between it and the text as author."""
    for position, (body_first, body_last) in enumerate(spans):
        above_from = spans[position - 1][1] + 1 if position else _thread_floor(roles, body_first)
        below_to = spans[position + 1][0] if position + 1 < len(spans) else len(lines)
        author = comments[position].get("author")
        above = (
            next((i for i in range(body_first - 1, above_from - 1, -1) if _names(lines[i], author)), None)
            if author
            else None
        )
        if above is not None:
            roles[above:body_first] = [_AUTHOR] * (body_first - above)
            continue
        below = (
            next((i for i in range(body_last + 1, below_to) if _names(lines[i], author)), None)
            if author
            else None
        )
        if below is not None:
            roles[below] = _AUTHOR  # a signature or a footer that names the author under the text
            continue
        if author and any(_names(lines[i], author) for i in (body_first,)):
            continue  # "Jane: text" on one line: the author is inside the body's first line
        # no name on the page: the short lines stuck right over the text ("3 hours ago") are its head
        index = body_first
        while (
            index > above_from
            and body_first - index < _MAX_ANONYMOUS_HEAD
            and lines[index].gap == 0
            and not is_prose(lines[index - 1].text)
            and roles[index - 1] in (_CHROME, _ARTICLE)
        ):
            index -= 1
            roles[index] = _AUTHOR


def _thread_floor(roles: Sequence[int], body_first: int) -> int:
    """The first line after the article above the first comment."""
    index = body_first
    while index > 0 and roles[index - 1] == _CHROME:
        index -= 1
    return index


def _mark_footers(roles: list[int], spans: Sequence[tuple[int, int]]) -> None:
    """Mark the chrome lines between one comment's text and the next comment as footer; after the
    last comment, as many lines as the other comments' footers have (the median)."""
    sizes: list[int] = []
    for position, (_, body_last) in enumerate(spans[:-1]):
        size = 0
        for index in range(body_last + 1, spans[position + 1][0]):
            if roles[index] == _CHROME:
                roles[index] = _FOOTER
                size += 1
        sizes.append(size)
    if not spans:
        return
    tail = int(median(sizes)) if sizes else 0
    index = spans[-1][1] + 1
    while tail and index < len(roles):
        if roles[index] == _CHROME:
            roles[index] = _FOOTER
            tail -= 1
        index += 1
