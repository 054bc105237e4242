"""The lines of a comment block, each with the element it comes from (issue 14's learned roles).

A line is what a reader of the page sees on one line: the text between two block boundaries or
``<br>`` breaks, as :func:`slant.readers._html_text.element_text` cuts it, with the nested replies
left out. Each line keeps what the learned role model reads about where it sits: the tag of the
element that opens it, how deep that element is below the block, the class / id / itemprop tokens on
the way down, how much of it is link text and whether it sits in a quote box or a time element.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slant.readers._html_fields import is_quote
from slant.readers._html_text import BLOCK_TAGS, is_hidden

__all__ = ["BlockLine", "block_lines"]

_CONTROL_TAGS = frozenset({"button", "select", "option", "textarea", "input", "form", "label"})
_SPACES = re.compile(r"\s+")
# "comment-author", "userName", "c_meta": the words a class, id or itemprop is made of
_TOKEN_PARTS = re.compile(r"[^a-z]+|(?<=[a-z])(?=[A-Z])")
_MAX_TOKENS = 40
# A block with more elements than this is read no further: a comment is never this long.
_MAX_ELEMENTS = 400


@dataclass(slots=True)
class BlockLine:
    """One visible line of a comment block.

    Attributes:
        text: the line in single spaces.
        tag: the tag of the element whose text opens the line.
        depth: how many elements below the block that element is.
        tokens: the lower-cased words of the class, id and itemprop values from the block down to it.
        link_chars: how many of the line's characters are link text.
        quoted: whether the line is inside a quote box (an earlier comment quoted).
        timed: whether the line is inside a ``<time>`` element or one carrying a ``datetime``.
        paragraph: whether a block boundary (not a ``<br>``) comes before the line.
    """

    text: str
    tag: str
    depth: int
    tokens: frozenset[str]
    link_chars: int
    quoted: bool
    timed: bool
    paragraph: bool


@dataclass(slots=True)
class _Context:
    tag: str
    depth: int
    tokens: frozenset[str]
    linked: bool
    quoted: bool
    timed: bool


class _Lines:
    """Pieces of text gathered in page order, cut into lines at block boundaries and breaks."""

    def __init__(self) -> None:
        self.lines: list[BlockLine] = []
        self._pieces: list[str] = []
        self._linked = 0
        self._opening: _Context | None = None
        self._paragraph = True

    def add(self, text: str, context: _Context) -> None:
        if not text:
            return
        if self._opening is None:
            if not text.strip():
                return
            self._opening = context
        self._pieces.append(text)
        if context.linked:
            self._linked += len(text.strip())

    def cut(self, *, paragraph: bool) -> None:
        text = _SPACES.sub(" ", "".join(self._pieces)).strip()
        opening = self._opening
        if text and opening is not None:
            self.lines.append(
                BlockLine(
                    text=text,
                    tag=opening.tag,
                    depth=opening.depth,
                    tokens=opening.tokens,
                    link_chars=min(self._linked, len(text)),
                    quoted=opening.quoted,
                    timed=opening.timed,
                    paragraph=self._paragraph,
                )
            )
            self._paragraph = paragraph
        else:
            self._paragraph = self._paragraph or paragraph
        self._pieces, self._linked, self._opening = [], 0, None


def _tokens_of(element: Any) -> list[str]:
    values = " ".join(str(element.get(name) or "") for name in ("class", "id", "itemprop"))
    if not values.strip():
        return []
    return [part.lower() for part in _TOKEN_PARTS.split(values) if len(part) > 1]


def block_lines(block: Any, *, nested: Callable[[Any], bool]) -> list[BlockLine]:
    """The visible lines of ``block`` in page order, without the elements ``nested`` says are
    comments of their own (replies), controls and hidden elements."""
    lines = _Lines()
    seen = 0

    def walk(element: Any, context: _Context) -> None:
        nonlocal seen
        for child in element:
            seen += 1
            if seen > _MAX_ELEMENTS:
                return
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if not tag or tag in _CONTROL_TAGS or is_hidden(child) or nested(child):
                lines.add((child.tail or "").replace("\n", " "), context)
                continue
            tokens = _tokens_of(child)
            inner = _Context(
                tag=tag,
                depth=context.depth + 1,
                tokens=context.tokens.union(tokens) if tokens else context.tokens,
                linked=context.linked or tag == "a",
                quoted=context.quoted or is_quote(child),
                timed=context.timed or tag == "time" or child.get("datetime") is not None,
            )
            if tag in BLOCK_TAGS:
                lines.cut(paragraph=True)
            elif tag == "br":
                lines.cut(paragraph=False)
            lines.add((child.text or "").replace("\n", " "), inner)
            walk(child, inner)
            if tag in BLOCK_TAGS:
                lines.cut(paragraph=True)
            lines.add((child.tail or "").replace("\n", " "), context)

    top = _Context(
        tag=str(block.tag).lower(), depth=0, tokens=frozenset(), linked=False, quoted=False, timed=False
    )
    lines.add((block.text or "").replace("\n", " "), top)
    walk(block, top)
    lines.cut(paragraph=True)
    if len(lines.lines) and any(len(line.tokens) > _MAX_TOKENS for line in lines.lines):
        for line in lines.lines:
            line.tokens = frozenset(sorted(line.tokens)[:_MAX_TOKENS])
    return lines.lines
