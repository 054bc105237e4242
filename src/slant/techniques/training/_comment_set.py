"""The labelled set of informal reader comments (issue 15): comment threads with gold technique spans.

The PTC holds news articles only, so how the model does on the register of comment threads (typos,
caps, emoji, slang, sarcasm, replies) was measured on a set written for slant:
``tests/techniques/data/informal_comments.txt`` (its README says how it was written and annotated).
This module turns its inline markup into texts and character-offset spans; the measurement is
:mod:`slant.techniques.training._comment_eval`.

The markup, one line each::

    = thread NAME | TOPIC | SPLIT        a thread (SPLIT: dev or held-out)
    A: TEXT                              the news item the thread hangs under (not annotated)
    ID: TEXT                             a comment
    ID > PARENT: TEXT                    a reply to an earlier comment of the thread

In a comment, ``[[Technique|words]]`` marks a gold span, ``[[T1+T2|words]]`` a span with two
techniques; spans may nest (``[[Thought-terminating_Cliches|wake up [[Name_Calling,Labeling|sheeple]]]]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from slant._errors import InputError

__all__ = ["SPLITS", "CommentThread", "GoldComment", "comment_set_path", "parse_markup", "read_comment_set"]

#: The halves of the set: ``dev`` (a third of each topic's threads) for choosing, ``held-out`` for checking.
SPLITS: tuple[str, ...] = ("dev", "held-out")

_THREAD = re.compile(r"^= thread (?P<name>[\w-]+) \| (?P<topic>[\w-]+) \| (?P<split>[\w-]+)$")
_COMMENT = re.compile(r"^(?P<id>\w+)(?: > (?P<parent>\w+))?: (?P<text>.+)$")
_MARK = re.compile(r"\[\[|\]\]")


@dataclass(frozen=True, slots=True)
class GoldComment:
    """One comment: its text as a reader sees it and its gold spans ``(technique, start, end)``."""

    id: str
    text: str
    spans: tuple[tuple[str, int, int], ...]
    parent: str | None = None


@dataclass
class CommentThread:
    """One invented comment thread under a short news item."""

    name: str
    topic: str
    split: str
    article: str = ""
    comments: list[GoldComment] = field(default_factory=list)


def comment_set_path() -> Path:
    """Where the set lives in a source checkout (``tests/techniques/data/informal_comments.txt``)."""
    return Path(__file__).resolve().parents[4] / "tests" / "techniques" / "data" / "informal_comments.txt"


def parse_markup(
    marked: str, *, techniques: frozenset[str] | None = None
) -> tuple[str, list[tuple[str, int, int]]]:
    """The plain text of a marked-up comment and its spans ``(technique, start, end)``, in order of their ends.

    Args:
        marked: a comment with ``[[Technique|words]]`` marks.
        techniques: the allowed technique names (default: any).

    Raises:
        InputError: an unclosed or unopened mark, a mark without ``|`` or with an unknown technique.
    """
    text: list[str] = []
    length = 0
    open_marks: list[tuple[list[str], int]] = []
    spans: list[tuple[str, int, int]] = []
    at = 0
    for mark in _MARK.finditer(marked):
        if mark.start() < at:  # inside a label already read
            continue
        piece = marked[at : mark.start()]
        text.append(piece)
        length += len(piece)
        if mark.group() == "[[":
            bar = marked.find("|", mark.end())
            nested = marked.find("[[", mark.end())
            if bar < 0 or (0 <= nested < bar):
                raise InputError(f"a mark needs 'Technique|words' in {marked!r}")
            labels = marked[mark.end() : bar].split("+")
            for label in labels:
                if techniques is not None and label not in techniques:
                    raise InputError(
                        f"unknown technique {label!r} in {marked!r}; expected one of the PTC's 14"
                    )
            open_marks.append((labels, length))
            at = bar + 1
            continue
        if not open_marks:
            raise InputError(f"a ']]' closes no '[[' in {marked!r}")
        labels, begin = open_marks.pop()
        spans += [(label, begin, length) for label in labels]
        at = mark.end()
    if open_marks:
        raise InputError(f"a '[[' is never closed in {marked!r}")
    text.append(marked[at:])
    return "".join(text), spans


def read_comment_set(
    path: str | Path | None = None, *, techniques: frozenset[str] | None = None
) -> list[CommentThread]:
    """The threads of the comment set, in file order.

    Args:
        path: the set's file (default: :func:`comment_set_path`).
        techniques: the allowed technique names (default: any).

    Raises:
        InputError: a line that is no thread header, news item, comment, '#' note or blank; a comment
            before any thread, a reply to a comment not earlier in its thread, a repeated id, an
            unknown split, or bad markup; the file does not exist.
    """
    threads: list[CommentThread] = []
    source = Path(path) if path is not None else comment_set_path()
    if not source.is_file():
        raise InputError(
            f"the comment set {source} does not exist; it ships in slant's source tree "
            "(tests/techniques/data/informal_comments.txt), not in the installed package"
        )
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{source.name}:{number}"
        header = _THREAD.match(line)
        if header:
            if header["split"] not in SPLITS:
                raise InputError(
                    f"{where}: split must be one of {', '.join(SPLITS)}; got {header['split']!r}"
                )
            threads.append(CommentThread(header["name"], header["topic"], header["split"]))
            continue
        if not threads:
            raise InputError(f"{where}: a line before the first '= thread' header")
        thread = threads[-1]
        if line.startswith("A: "):
            thread.article = line[3:]
            continue
        comment = _COMMENT.match(line)
        if not comment:
            raise InputError(f"{where}: expected 'ID: text' or 'ID > PARENT: text'; got {line!r}")
        seen = {c.id for c in thread.comments}
        if comment["id"] in seen:
            raise InputError(f"{where}: comment id {comment['id']!r} occurs twice in thread {thread.name}")
        if comment["parent"] is not None and comment["parent"] not in seen:
            raise InputError(
                f"{where}: {comment['id']} replies to {comment['parent']!r}, not an earlier comment"
            )
        try:
            text, spans = parse_markup(comment["text"], techniques=techniques)
        except InputError as error:
            raise InputError(f"{where}: {error}") from error
        thread.comments.append(GoldComment(comment["id"], text, tuple(spans), comment["parent"]))
    return threads
