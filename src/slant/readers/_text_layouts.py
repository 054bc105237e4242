"""Thread layouts that only a whole thread shows: comments on one line each ("1. Kevin Marsh: The
early bus ..."), headers glued to their text ("MA Sullivan • 2 weeks ago Twelve percent ..."), and
dated author lines printed under the text they sign (used by :mod:`slant.readers._text_thread`).

Each is taken for the thread's layout only when it repeats, so that one numbered point or one
quoted "Putin said: ..." inside an ordinary comment stays text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from slant.readers._names import is_name
from slant.readers._text_lines import Header, Line, LineKind, classify, normalise_author

__all__ = ["footer_headers", "glued_headers", "inline_authors", "named_lines", "timed_named_lines"]

#: A comment read off one line: its number, author, text, and the header it was read from.
OneLine = tuple[str | None, str, str, Header | None]


# "1. Kevin Marsh: The early bus is ...": a number, a name, a colon and the comment's text on one line.
_INLINE_AUTHOR = re.compile(
    r"^(?:#\s?(?P<hash>\d{1,4})|(?P<plain>\d{1,3})[.)])\s+(?P<name>[^:：]{1,40}?)\s*[:：]\s+(?P<text>\S.*)$"
)
# A thread of such lines has at least this many of them.
MIN_INLINE_AUTHORS = 2


def inline_authors(lines: Sequence[Line]) -> dict[int, OneLine]:
    """Find the comments written "1. Name: text" (number, author, text by line index), when the
    thread has at least two of them; one alone may be a numbered point of a comment."""
    found: dict[int, OneLine] = {}
    for index, line in enumerate(lines):
        if line.kind is not LineKind.TEXT or (not line.text[:1].isdigit() and not line.text.startswith("#")):
            continue
        match = _INLINE_AUTHOR.match(line.text)
        author = normalise_author(match.group("name")) if match is not None else None
        if match is not None and author is not None and (is_name(author) or _initialled_name(author)):
            found[index] = (match.group("hash") or match.group("plain"), author, match.group("text"), None)
    return found if len(found) >= MIN_INLINE_AUTHORS else {}


# "小白菜不吃菜：终于通了！", "Kevin Marsh: The early bus ...": a name, a colon (full-width or not)
# and the comment's text on one line, without a number.
_NAMED_LINE = re.compile(r"^(?P<name>[^:：\s][^:：]{0,39}?)\s*[:：]\s*(?P<text>\S.*)$")
_MAX_NAMED_LINE_WORDS = 4
# A thread of unnumbered one-line comments has at least this many, and they open at least half
# of its text blocks: "Update: ..." or "Note: ..." in one comment is no author.
MIN_NAMED_LINES = 3


def named_lines(lines: Sequence[Line]) -> dict[int, OneLine]:
    """Find the comments written "Name：text" on one line without a number (author, text by line
    index), when at least three text blocks of the thread open so, and at least half of them."""
    found: dict[int, OneLine] = {}
    blocks = 0
    for index, line in enumerate(lines):
        if line.kind is not LineKind.TEXT or not (line.gap > 0 or index == 0):
            continue
        blocks += 1
        named = _named_line(line.text)
        if named is not None:
            found[index] = (None, named[0], named[1], None)
    return found if len(found) >= MIN_NAMED_LINES and 2 * len(found) >= blocks else {}


def _named_line(text: str) -> tuple[str, str] | None:
    """The author and the text of a line written "Name: text", or None when what opens it is no name."""
    match = _NAMED_LINE.match(text)
    author = normalise_author(match.group("name")) if match is not None else None
    if (
        match is None
        or author is None
        or len(author.split()) > _MAX_NAMED_LINE_WORDS
        or not (is_name(author) or _initialled_name(author))
    ):
        return None
    return author, match.group("text")


def timed_named_lines(lines: Sequence[Line]) -> dict[int, OneLine]:
    """Find the replies written "Name: text" on one line over their own time row ("小米粥不加糖: 下雨天
    ..." / "2024-12-05 10:02 回复") right under the post's footer or the previous such reply, as
    forums print the replies inside a post (Tieba's floor in a floor), when the thread has at least
    two: a line of a comment's text has no time row of its own."""
    found: dict[int, OneLine] = {}
    for index in range(1, len(lines) - 1):
        line, below = lines[index], lines[index + 1]
        if (
            line.kind is not LineKind.TEXT
            or below.gap
            or below.header is None
            or not below.header.timestamp
            or below.kind not in (LineKind.BUTTONS, LineKind.TIMESTAMP)
            or line.gap
            # (under the post's footer or the previous reply's time row: a post's own text stands
            # under its author and badges)
            or lines[index - 1].kind not in (LineKind.BUTTONS, LineKind.TIMESTAMP)
        ):
            continue
        named = _named_line(line.text)
        if named is not None:
            found[index] = (None, named[0], named[1], below.header)
    return found if len(found) >= MIN_INLINE_AUTHORS else {}


# A header glued to its text: "MA Sullivan • 2 weeks ago Twelve percent ..." (a name, a separator, a
# time, then the text) or "Ramón Gil dijo: Por fin ..." (a speech verb's colon, then the text).
_GLUED_SEPARATOR = re.compile(r"\s[•·|]\s")
_MAX_GLUED_TIME_WORDS = 6
_MAX_GLUED_HEAD_CHARS = 80


def glued_headers(lines: Sequence[Line]) -> dict[int, OneLine]:
    """Find the comments whose header and text a dump printed on one line, when the thread has at
    least two of them and they open at least half of its text blocks ("Putin said: ..." quoted in
    two comments of an ordinary thread is no header)."""
    found: dict[int, OneLine] = {}
    blocks = 0
    for index, line in enumerate(lines):
        if line.kind is not LineKind.TEXT:
            continue
        blocks += int(line.gap > 0 or index == 0)
        glued = _split_glued(line.text)
        if glued is not None and glued[0].author is not None:
            found[index] = (glued[0].number, glued[0].author, glued[1], glued[0])
    return found if len(found) >= MIN_INLINE_AUTHORS and 2 * len(found) >= blocks else {}


def _split_glued(text: str) -> tuple[Header, str] | None:
    """Split "Name • 2 weeks ago Text" or "Name dijo: Text" into its header and its text."""
    separator = _GLUED_SEPARATOR.search(text[:_MAX_GLUED_HEAD_CHARS])
    if separator is not None:
        name, words = text[: separator.start()], text[separator.end() :].split()
        for count in range(min(_MAX_GLUED_TIME_WORDS, len(words) - 1), 0, -1):
            kind, header = classify(f"{name} • {' '.join(words[:count])}")
            if (
                kind is LineKind.HEADER
                and header is not None
                and header.author is not None
                and header.timestamp
            ):
                return header, " ".join(words[count:])
        return None
    head, colon, _ = text[:_MAX_GLUED_HEAD_CHARS].partition(": ")
    if not colon:
        head, colon, _ = text[:_MAX_GLUED_HEAD_CHARS].partition("：")
    if not colon:
        return None
    kind, header = classify(head + ":")
    if kind is LineKind.HEADER and header is not None and header.strong and header.author is not None:
        return header, text[len(head) + len(colon) :].strip()
    return None


_INITIAL = re.compile(r"^[^\W\d_]\.$")


def _initialled_name(name: str) -> bool:
    """Tell "A. Okoye": initials ("A.", which :func:`is_name` takes for the word "a") before a name."""
    tokens = name.split()
    rest = [token for token in tokens if _INITIAL.match(token) is None]
    return 0 < len(rest) < len(tokens) and tokens[0][:1].isupper() and is_name(" ".join(rest))


# A thread signs its comments below their text when at least this many headers do so.
MIN_FOOTERS = 2


def footer_headers(lines: Sequence[Line]) -> set[int]:
    """Find the dated author lines printed right under a comment's text and closing its block
    ("I heard them ..." / "Posted by Margaret H. on 8 September 2024"), when the thread signs at
    least two comments so, and most of its author lines are such footers. An action row may stand
    between the text and its footer ("votos: 96, karma: 512")."""
    footers: set[int] = set()
    headers = 0
    for index, line in enumerate(lines):
        header = line.header
        if line.kind is not LineKind.HEADER or header is None or header.author is None:
            continue
        headers += 1
        ends_block = index + 1 == len(lines) or lines[index + 1].gap > 0
        above = index - 1
        if above > 0 and lines[above].kind in (LineKind.BUTTONS, LineKind.CHROME) and lines[above].gap == 0:
            above -= 1  # "votos: 96, karma: 512" between the text and its signature: the comment's counts
        if (
            index > 0
            and line.gap == 0
            and lines[above].kind is LineKind.TEXT
            and header.timestamp
            and ends_block
        ):
            footers.add(index)
    return footers if len(footers) >= MIN_FOOTERS and 2 * len(footers) > headers else set()
