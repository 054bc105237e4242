"""A link named as the parent link names the comment answered by the number its address ends in
(issue 14): ``<a rel="in-reply-to" href="/c/1002">``, a role attribute "post/parent". Every page
here is hand-made."""

from __future__ import annotations

import pytest
from bridge_page import read

pytestmark = pytest.mark.issue(14)


def _comment(key: int, name: str, text: str, *, head: str = "") -> str:
    return (
        f"<li class='entry' data-pid='{key}'><div class='who'><a href='/u/{name}'>{name}</a> "
        f"<span class='when'>3 March 2025, 10:{key % 60:02d}</span>{head}</div>"
        f"<div class='entry-content'><p>{text}</p></div></li>"
    )


def _read(*comments: str) -> list[str | None]:
    doc = read("<ul class='entries'>" + "".join(comments) + "</ul>")
    positions = {comment.id: str(position) for position, comment in enumerate(doc.comments)}
    return [None if c.parent is None else positions[c.parent] for c in doc.comments]


@pytest.mark.parametrize(
    "link",
    [
        "<a rel='in-reply-to' href='/c/1001'>answering</a>",
        "<a component='entry/parent' href='/entry/1001/'>@first_one</a>",
        "<a class='btn parent-link' data-target='1001' href='#'>in reply</a>",
        # named only by a role attribute's value: the page's marks must hold it, or the walk is skipped
        "<a role='link parent' href='/c/1001'>answering</a>",
        "<a data-role='in-reply-to' href='/c/1001'>answering</a>",
    ],
)
def test_a_link_named_as_the_parent_points_at_the_comment_answered(link: str) -> None:
    parents = _read(
        _comment(1001, "first_one", "The night buses stop at the old depot until the bridge opens again."),
        _comment(1002, "second_one", "Does anyone know whether the cycle lane is finished as well?"),
        _comment(
            1003, "third_one", "Only on weekdays, the weekend buses still cross at the ford.", head=link
        ),
    )
    assert parents == [None, None, "0"]


def test_a_link_to_another_comment_that_is_not_named_as_the_parent_says_nothing() -> None:
    parents = _read(
        _comment(1001, "first_one", "The night buses stop at the old depot until the bridge opens again."),
        _comment(1002, "second_one", "Does anyone know whether the cycle lane is finished as well?"),
        _comment(
            1003,
            "third_one",
            "Only on weekdays, the weekend buses still cross at the ford.",
            head="<a class='permalink' href='/c/1001'>link</a>",
        ),
    )
    assert parents == [None, None, None]
