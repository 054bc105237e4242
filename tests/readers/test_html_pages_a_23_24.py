"""Mechanisms of the pass after the first reading of held-out batches 23-24 (issue 14, session 11,
pages A): each on a hand-made page, none keyed to a site's class names. See
docs/bench-readers-html.md, "Session 11: after the first reading of batches 23-24 (pages A)"."""

from __future__ import annotations

import pytest
from bridge_page import read, rows

pytestmark = pytest.mark.issue(14)


# --- a reply right inside its comment, marked by one more class of the comment's kind -------------


def _marked(name: str, time: str, text: str, *, reply: bool = False, replies: str = "") -> str:
    kind = "note note-child" if reply else "note"
    return (
        f"<div class='{kind}'><div class='pic'><img src='/a.png'></div><div class='info'>"
        f"<b>{name}</b><br><span class='when'>{time}</span><div class='words'>{text}</div>"
        f"<div class='act'><a href='#'>Reply</a></div></div>{replies}</div>"
    )


def test_a_reply_inside_its_comment_carrying_the_comments_class_and_one_more_is_a_reply() -> None:
    # each reply is a child of the comment it answers, beside that comment's own parts: read as a
    # part, the comment took its reply's words (the longer text) and lost the reply
    inner = _marked(
        "Lena Park", "2025-03-03 16:02", "Same here, I have two old phones in a drawer.", reply=True
    )
    discussion = (
        "<div class='talk'><p class='head'><b>Comments:</b></p>"
        + _marked("Old Zhou", "2025-03-03 10:21", "Careful, some phones will not start without a battery.",
                  replies=_marked("Shan Lan", "2025-03-03 11:02",
                                  "It is an old Xiaomi on a dummy battery module fed with five volts.", reply=True))
        + _marked("Lena Park", "2025-03-03 14:36", "How are the sensors wired to the phone, by Bluetooth?",
                  replies=_marked("Shan Lan", "2025-03-03 15:10",
                                  "A small board with Bluetooth reads them, the phone polls it every five minutes.",
                                  reply=True, replies=inner))
        + "</div>"
    )  # fmt: skip
    assert rows(read(discussion)) == [
        ("Old Zhou", "Careful, some phones will not start without a battery.", None),
        ("Shan Lan", "It is an old Xiaomi on a dummy battery module fed with five volts.", "c1"),
        ("Lena Park", "How are the sensors wired to the phone, by Bluetooth?", None),
        ("Shan Lan", "A small board with Bluetooth reads them, the phone polls it every five minutes.", "c3"),
        ("Lena Park", "Same here, I have two old phones in a drawer.", "c4"),
    ]


def test_a_utility_class_beside_the_same_classes_marks_no_reply() -> None:
    # "wrap" and "wrap cl": a clearfix beside the same class is a part of the block, not a reply in it
    def block(name: str, text: str) -> str:
        return (
            f"<div class='wrap'><div class='wrap cl'><b>{name}</b> <span>3 Mar 2025 10:21</span></div>"
            f"<p>{text}</p><a href='#'>Reply</a></div>"
        )

    discussion = (
        "<div class='talk'>"
        + block("Ann Lee", "The new timetable suits me fine, thanks.")
        + block("Bo Chan", "Will the night buses cross the bridge as well now?")
        + "</div>"
    )
    assert [(author, parent) for author, _, parent in rows(read(discussion))] == [
        ("Ann Lee", None),
        ("Bo Chan", None),
    ]
