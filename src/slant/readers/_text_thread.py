"""The comment thread of a plain-text dump: cut the lines into comments, then find what replies to what.

A comment opens with header lines (a number, an author line, a timestamp, "In reply to ..."), or
with text after a gap wider than the page's paragraph gap, or with text after the previous comment's
action row ("Reply"). Its paragraphs run until one of those opens the next comment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from slant._document import Part
from slant.readers._text_lines import Header, LineKind

__all__ = ["Line", "build_comments"]


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the dump.

    Attributes:
        text: the line without its indentation and trailing white space.
        indent: its indentation in columns (tabs count 4).
        gap: how many blank lines come before it.
        kind: what the line is, out of context.
        header: what a header-like line says.
    """

    text: str
    indent: int
    gap: int
    kind: LineKind
    header: Header | None


@dataclass(slots=True)
class _Draft:
    indent: int
    author: str | None = None
    number: str | None = None
    published: str | None = None
    timestamp: bool = False
    reply_to: str | None = None
    depth: int | None = None
    lines: list[tuple[int, str]] = field(default_factory=list)
    closed: bool = False

    @property
    def open_header(self) -> bool:
        return not self.lines and not self.closed

    def text(self) -> str:
        parts: list[str] = []
        for gap, line in self.lines:
            if parts:
                parts.append("\n" if gap == 0 else "\n\n")
            parts.append(line)
        return "".join(parts)


def build_comments(lines: Sequence[Line], *, paragraph_gap: int) -> list[Part]:
    """Cut the thread's lines into comment parts ("c1", "c2", ...) with authors, dates and parents.

    Args:
        lines: the thread's non-blank lines, in page order.
        paragraph_gap: the blank lines between two paragraphs of one text on this page; a wider
            gap between two texts separates two comments.
    """
    drafts: list[_Draft] = []
    for index, line in enumerate(lines):
        current = drafts[-1] if drafts else None
        header = line.header
        kind = line.kind
        quotes_next = index + 1 < len(lines) and lines[index + 1].text.startswith(">")
        if kind is LineKind.HEADER and header is not None and header.quote_intro and quotes_next:
            kind = LineKind.TEXT  # "Jane wrote:" before a quotation is part of the comment
            if current is None or current.closed or (current.lines and line.gap > paragraph_gap):
                current = _Draft(indent=line.indent)
                drafts.append(current)
            current.reply_to = current.reply_to or header.author
        if kind is LineKind.NUMBER and header is not None:
            fresh = current is not None and current.open_header and current.author is None
            if current is not None and fresh and current.number is None and current.depth is None:
                current.number, current.depth = header.number, header.depth
            else:
                drafts.append(_Draft(indent=line.indent, number=header.number, depth=header.depth))
        elif kind is LineKind.HEADER and header is not None:
            if current is not None and current.open_header and current.author is None:
                current.author = header.author
                current.number = current.number or header.number
                _set_time(current, header)
                current.reply_to = current.reply_to or header.reply_to
            else:
                draft = _Draft(indent=line.indent, author=header.author, number=header.number)
                draft.reply_to = header.reply_to
                _set_time(draft, header)
                drafts.append(draft)
        elif kind is LineKind.TIMESTAMP and header is not None:
            if current is not None and not current.closed and not current.timestamp:
                _set_time(current, header)
                current.closed = bool(current.lines)  # a timestamp under a text is its footer
            else:
                draft = _Draft(indent=line.indent)
                _set_time(draft, header)
                drafts.append(draft)
        elif kind is LineKind.REPLY_TO and header is not None:
            if current is not None and current.open_header:
                current.reply_to = header.reply_to
            elif current is not None and current.author is not None and header.reply_to == current.author:
                current.closed = True  # the "Reply to Jane" button under Jane's own comment
            else:
                drafts.append(_Draft(indent=line.indent, reply_to=header.reply_to))
        elif kind is LineKind.SIGNATURE and header is not None:
            if current is not None and current.lines and not current.closed:
                current.author = current.author or header.author
                current.closed = True
        elif kind is LineKind.BUTTONS:
            if current is not None:
                if header is not None and not current.timestamp:
                    _set_time(current, header)
                current.closed = True
        elif kind is LineKind.TEXT:
            if current is None or current.closed or (current.lines and line.gap > paragraph_gap):
                current = _Draft(indent=line.indent)
                drafts.append(current)
            current.lines.append((line.gap, line.text))
        elif kind in (LineKind.COMMENTS_HEADING, LineKind.REPLY_FORM) and current is not None:
            current.closed = True
    return _to_parts(drafts)


def _set_time(draft: _Draft, header: Header) -> None:
    if header.timestamp and not draft.timestamp:
        draft.timestamp = True
        draft.published = header.published


def _to_parts(drafts: list[_Draft]) -> list[Part]:
    parts: list[Part] = []
    base_indent = min((d.indent for d in drafts), default=0)
    for position, draft in enumerate(drafts):
        text = draft.text()
        parent = _find_parent(position, draft, text, drafts, base_indent)
        parts.append(
            Part(
                text,
                kind="comment",
                id=f"c{position + 1}",
                author=draft.author,
                parent=None if parent is None else f"c{parent + 1}",
                published=draft.published,
            )
        )
    return parts


def _find_parent(
    position: int, draft: _Draft, text: str, drafts: list[_Draft], base_indent: int
) -> int | None:
    """Return the index of the earlier comment ``draft`` replies to, or None when the page does not tell."""
    earlier = drafts[:position]
    if draft.number and "." in draft.number:
        parent_number = draft.number.rsplit(".", 1)[0]
        for index in range(position - 1, -1, -1):
            if earlier[index].number == parent_number:
                return index
    if draft.depth is not None and draft.depth > 1:
        for index in range(position - 1, -1, -1):
            depth = earlier[index].depth
            if depth is not None and depth < draft.depth:
                return index
    if draft.reply_to is not None:
        found = _latest_by(draft.reply_to, earlier)
        if found is not None:
            return found
    if draft.indent > base_indent:
        for index in range(position - 1, -1, -1):
            if earlier[index].indent < draft.indent:
                return index
    if text.startswith("@"):
        found = _mentioned(text[1:], earlier)
        if found is not None:
            return found
    found = _addressed(text, earlier)
    if found is not None:
        return found
    quote = _opening_quote(text)
    if quote is not None:
        wanted = _squash(quote)
        for index in range(position - 1, -1, -1):
            if wanted in _squash(earlier[index].text()):
                return index
    return None


def _latest_by(name: str, drafts: Sequence[_Draft]) -> int | None:
    wanted = name.casefold()
    for index in range(len(drafts) - 1, -1, -1):
        author = drafts[index].author
        if author is not None and author.casefold() == wanted:
            return index
    return None


def _mentioned(after_at: str, drafts: Sequence[_Draft]) -> int | None:
    """Find the latest comment whose author's name opens ``after_at`` (the text after "@")."""
    lowered = after_at.casefold()
    best: tuple[int, int] | None = None  # (name length, index): the longest name wins, then the latest
    for index in range(len(drafts) - 1, -1, -1):
        author = drafts[index].author
        if author is None:
            continue
        name = author.casefold()
        boundary = lowered[len(name) : len(name) + 1]
        at_boundary = not boundary or not (boundary.isalnum() or boundary == "_")
        if lowered.startswith(name) and at_boundary and (best is None or len(name) > best[0]):
            best = (len(name), index)
    return None if best is None else best[1]


def _addressed(text: str, drafts: Sequence[_Draft]) -> int | None:
    """Find the latest comment whose author the text opens by addressing: "Jane Doe, you are wrong"."""
    lowered = text.casefold()
    for index in range(len(drafts) - 1, -1, -1):
        author = drafts[index].author
        if author is None or len(author) < 3:
            continue
        name = author.casefold()
        if lowered.startswith(name) and lowered[len(name) : len(name) + 1] in {",", ":"}:
            return index
    return None


_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("'", "'"))


def _opening_quote(text: str) -> str | None:
    """Return what a comment quotes at its start ("> ..." lines, or a paragraph in quotation marks)."""
    quoted = [line[1:].strip() for line in text.split("\n") if line.startswith(">")]
    if quoted and text.startswith(">"):
        joined = " ".join(quoted)
        return joined if len(_squash(joined)) >= 8 else None
    first = text.split("\n", 1)[0].strip()
    for open_mark, close_mark in _QUOTE_PAIRS:
        if first.startswith(open_mark) and len(first) > 2:
            end = first.find(close_mark, 1)
            inner = first[1:end] if end > 0 else first[1:]
            return inner if len(_squash(inner)) >= 12 else None
    return None


def _squash(text: str) -> str:
    """Letters and digits only, case-folded: quotes survive re-typing of punctuation and spacing."""
    return re.sub(r"[\W_]+", "", text.casefold())
