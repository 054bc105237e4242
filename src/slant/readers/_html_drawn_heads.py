"""A reply's head line that the markup draws, not the commenter's words (issue 14).

Chinese portals list the answers under a comment as lines "晴天小雨 回复 老周看世界：text", the two
names in elements of one kind (``span.c-user-name``), the reply word and the colon loose between them.
A reader that takes the first name for the author keeps "回复 老周看世界：" at the start of the text,
as it keeps such words where a commenter typed them ("回复 @阿凯 :…", a name in no element). The sign
that tells the two apart is the markup: the answered name in an element of the same tag and class as
the author's name is the page's head line; it goes from the text (whom it names still gives the
parent: :func:`slant.readers._html_fields.tidy_text` read it first). A second sign is an element of
its own that holds the head whole and nothing else (sspai's ``<span class=reply-to>回复 <a>@林未</a>：</span>``
before the text): the page put it there, where a commenter's typed head shares its element with the
words after it (Bilibili's ``<span>回复 <a>@阿凯</a> :text</span>``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slant.readers._html_fields import reply_opening
from slant.readers._html_text import spaced_text
from slant.readers._names import normalise_author

__all__ = ["without_drawn_head"]

# A head line sits at the top of its comment: this many of the comment's own elements are looked at.
_MAX_HEAD_ELEMENTS = 40


def without_drawn_head(
    text: str, *, block: Any | None, author: str | None, nested: Callable[[Any], bool]
) -> str:
    """``text`` without the reply head it opens with when the markup draws that head: the name it
    answers is in an element of the same tag and class as the comment's author's name.

    Args:
        text: the comment's text, tidied.
        block: the comment's element (None for a comment read from data).
        author: the comment's author as read.
        nested: whether an element is another comment nested in this one (not read).
    """
    opening = reply_opening(text)
    if opening is None or block is None or author is None:
        return text
    answered = normalise_author(opening.group("name").lstrip("@"))
    head = _unspaced(opening.group(0))
    authors: set[tuple[str, str]] = set()
    answered_kinds: set[tuple[str, str]] = set()
    for element in _head_elements(block, nested):
        if len(element) and _unspaced(spaced_text(element)) == head:
            # the head whole in an element of its own, its name in a child (a link or a span)
            return text[opening.end() :].lstrip() or text
        classes = element.get("class")
        if not classes:
            continue
        name = normalise_author(spaced_text(element))
        kind = (element.tag, classes)
        if name == author:
            authors.add(kind)
        if name == answered:
            answered_kinds.add(kind)
    if authors.isdisjoint(answered_kinds):
        return text
    return text[opening.end() :].lstrip() or text


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _head_elements(block: Any, nested: Callable[[Any], bool]) -> list[Any]:
    """The first of the block's own elements in page order, nested comments left out."""
    found: list[Any] = []
    stack = list(reversed(block))
    while stack and len(found) < _MAX_HEAD_ELEMENTS:
        element = stack.pop()
        if not isinstance(element.tag, str) or nested(element):
            continue
        found.append(element)
        stack.extend(reversed(element))
    return found
