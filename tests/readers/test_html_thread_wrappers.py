"""Comments grouped in thread wrappers (issue 14): an element named for one discussion or thread,
repeated once per thread, holds a flat list of comments, the first the thread's root and the others
its replies (GitLab's discussions). Every page here is hand-made."""

from __future__ import annotations

import pytest
from bridge_page import read

pytestmark = pytest.mark.issue(14)

TEXTS = [
    "The night buses stop at the old depot until the bridge opens to traffic again.",
    "Does anyone know whether the cycle lane on the bridge is finished as well?",
    "It is finished, the paint went on last week and the kerbs the week before.",
    "The depot stop is a long walk from the station, which nobody mentions.",
    "The council says a shuttle will run from the station from Monday.",
]


def _comment(number: int, name: str) -> str:
    return (
        f"<li class='comment-item' id='note-{number}'><div class='comment-head'><a class='comment-author' "
        f"href='/u/{name}'>{name}</a> <time datetime='2025-03-03T10:{number:02d}:00Z'>3 March 2025</time></div>"
        f"<div class='comment-body'><p>{TEXTS[number]}</p></div></li>"
    )


def _parents(markup: str) -> list[str | None]:
    doc = read(markup)
    assert [c.text for c in doc.comments] == TEXTS
    positions = {comment.id: str(position) for position, comment in enumerate(doc.comments)}
    return [None if c.parent is None else positions[c.parent] for c in doc.comments]


def _discussion(*numbers: int) -> str:
    names = ["ferrybell", "wheelwright", "kestrel", "marlowe", "quill"]
    return (
        "<li class='entry entry-discussion'><div class='discussion-body'><ul class='comment-items'>"
        + "".join(_comment(number, names[number]) for number in numbers)
        + "<li class='reply-box'><button>Reply…</button></li></ul></div></li>"
    )


def test_the_first_comment_of_each_thread_wrapper_is_the_parent_of_the_others() -> None:
    markup = (
        "<ul class='timeline'>"
        + _discussion(0, 1, 2)
        + "<li class='entry system'>marlowe added the roads label</li>"
        + _discussion(3, 4)
        + "</ul>"
    )
    assert _parents(markup) == [None, "0", "0", None, "3"]


def test_one_thread_element_holding_every_comment_is_the_discussion_not_a_thread() -> None:
    names = ["ferrybell", "wheelwright", "kestrel", "marlowe", "quill"]
    markup = (
        "<div class='thread'><ul class='comment-items'>"
        + "".join(_comment(number, names[number]) for number in range(5))
        + "</ul></div>"
    )
    assert _parents(markup) == [None] * 5
