"""Mechanisms after the first reading of held-out batches 35 and 36 (issue 14, session 13): a row of
icons and counts under a comment ("♥ 2 ↻ 0 💬 1") is no part of its text, and a display name that
markup glued to a domain handle ("周可@user0.bsky.social") is the name alone. Each on a hand-made page
or line; see docs/bench-readers-html.md, "Held-out batches 35 and 36: first reading"."""

from __future__ import annotations

import pytest
from bridge_page import read, rows

from slant.readers._html_fields import is_action_line, tidy_author

pytestmark = pytest.mark.issue(14)


def _reply(key: int, name: str, handle: str, body: str, *, nested: str = "", space: str = " ") -> str:
    return (
        f"<li class='comment' data-uri='at://{key}'><div class='comment-author'>"
        f"<span class='display-name'>{name}</span>{space}<a class='handle' href='/p/{handle}'>@{handle}</a></div>"
        f"<a class='comment-date' href='/p/{handle}/{key}'>08.03.2025, 10:2{key}</a>"
        f"<p class='comment-text'>{body}</p>"
        f"<div class='comment-stats'><span>♥ {key}</span> <span>↻ 0</span> <span>💬 {key % 2}</span></div>"
        f"{nested}</li>"
    )


def test_a_row_of_icons_and_counts_under_a_comment_is_no_part_of_its_text() -> None:
    doc = read(
        "<section class='replies-section'><h2>Replies</h2><ul class='comment-list'>"
        + _reply(
            1,
            "Mara Stein",
            "mara.example.social",
            "Does the new timetable keep the early bus at ten past six?",
            nested="<ul class='replies'>"
            + _reply(2, "Owen Pike", "owen.example.social", "It does, and a second one at half past six.")
            + "</ul>",
        )
        + _reply(
            3, "Lina Crowe", "lina.example.social", "The footpath on the east side is still closed though."
        )
        + "</ul></section>"
    )
    assert [(author, text) for author, text, _ in rows(doc)] == [
        ("Mara Stein", "Does the new timetable keep the early bus at ten past six?"),
        ("Owen Pike", "It does, and a second one at half past six."),
        ("Lina Crowe", "The footpath on the east side is still closed though."),
    ]


@pytest.mark.parametrize(
    ("line", "actions"),
    [
        ("♥ 2 ↻ 0 💬 1", True),
        ("👍 12", True),
        ("❤️ 3", True),
        ("😂", False),  # an icon alone may be the comment's last word
        ("Love it ❤️ 3", False),
    ],
)
def test_icons_count_as_buttons_beside_a_count(line: str, actions: bool) -> None:
    assert is_action_line(line) is actions


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("周可@user0.bsky.social", "周可"),
        ("Jane Doe@jane.bsky.social", "Jane Doe"),
        ("rowanbyte@lemmy.example", "rowanbyte@lemmy.example"),  # a fediverse account alone stays whole
        ("jd@example.com", "jd@example.com"),
    ],
)
def test_a_display_name_glued_to_a_domain_handle_is_the_name(shown: str, name: str) -> None:
    assert tidy_author(shown) == name
