""" "@name" answers the named commenter's comment that answered this comment's author, when their
latest comment answers a third person (issue 14): a flat list where replies only name whom they
answer. Every page here is hand-made."""

from __future__ import annotations

import pytest
from bridge_page import read

pytestmark = pytest.mark.issue(14)


def _comment(number: int, name: str, text: str) -> str:
    return (
        f"<div class='comment' id='c{number}'><span class='comment-author'>{name}</span> "
        f"<span class='comment-date'>3 March 2025, 10:{number:02d}</span>"
        f"<div class='comment-text'><p>{text}</p></div></div>"
    )


def _parents(*comments: tuple[str, str]) -> list[str | None]:
    doc = read(
        "<div class='comments'>"
        + "".join(_comment(number, name, text) for number, (name, text) in enumerate(comments, 1))
        + "</div>"
    )
    positions = {comment.id: str(position) for position, comment in enumerate(doc.comments)}
    return [None if c.parent is None else positions[c.parent] for c in doc.comments]


def test_a_reply_to_a_name_goes_on_that_commenters_conversation_with_its_author() -> None:
    parents = _parents(
        ("ferrite", "A cold water pipe made the best ground for my crystal radio."),
        ("tomasz", "@ferrite we only have plastic pipes, so it is a copper stake in the garden."),
        ("mkessler", "Which headphones did you use with it in the end?"),
        ("tomasz", "@mkessler an old pair of high impedance ones from a flea market."),
        ("ferrite", "@tomasz wet soil helps the stake a lot, water it before listening."),
    )
    assert parents == [None, "0", None, "2", "1"]


def test_a_reply_to_a_name_whose_latest_comment_is_a_new_point_answers_that_point() -> None:
    parents = _parents(
        ("ferrite", "A cold water pipe made the best ground for my crystal radio."),
        ("tomasz", "@ferrite we only have plastic pipes, so it is a copper stake in the garden."),
        ("tomasz", "Also: the long wire works best strung between two trees."),
        ("ferrite", "@tomasz how long is the wire between the trees, roughly?"),
    )
    assert parents == [None, "0", None, "2"]
