"""Mechanisms after the first reading of held-out batch 33 (issue 14, session 13): a reply head the
page draws in an element of its own ("<span>回复 <a>@Name</a>：</span>") left out of the text, ...
Each on a hand-made page or line; see docs/bench-readers-html.md, "Session 13: after the first reading
of batch 33"."""

from __future__ import annotations

import pytest
from bridge_page import read, rows

pytestmark = pytest.mark.issue(14)


# --- a reply head in an element of its own ---------------------------------------------------------


def _flat_comment(key: int, name: str, body: str) -> str:
    return (
        f"<div class='comment-item' id='comment-{key}'><div class='comment-head'>"
        f"<a class='user' href='/u/{key}'>{name}</a><span class='time'>3 天前</span></div>"
        f"<div class='comment-content'>{body}</div>"
        "<div class='comment-actions'><span class='reply-btn'>回复</span></div></div>"
    )


def test_a_reply_head_in_its_own_element_leaves_the_text_and_names_the_parent() -> None:
    doc = read(
        "<div class='comments'><h3>全部评论</h3>"
        + _flat_comment(1, "林未", "我一直用日历加纸质本，效果比各种应用都好。")
        + _flat_comment(2, "周舟", "同意，纸质本写下来的东西记得更牢。")
        + _flat_comment(
            3, "阿青", "<span class='reply-to'>回复 <a href='#'>@林未</a>：</span>日历加纸质本，这个组合我也想试试。"
        )
        + "</div>"
    )
    assert rows(doc)[2] == ("阿青", "日历加纸质本，这个组合我也想试试。", "c1")


def test_a_typed_reply_head_sharing_its_element_with_the_words_stays() -> None:
    doc = read(
        "<div class='comments'><h3>全部评论</h3>"
        + _flat_comment(1, "林未", "我一直用日历加纸质本，效果比各种应用都好。")
        + _flat_comment(2, "周舟", "同意，纸质本写下来的东西记得更牢。")
        + _flat_comment(3, "阿青", "<span>回复 <a href='#'>@林未</a> ：日历加纸质本，这个组合我也想试试。</span>")
        + "</div>"
    )
    assert rows(doc)[2] == ("阿青", "回复 @林未 ：日历加纸质本，这个组合我也想试试。", "c1")
