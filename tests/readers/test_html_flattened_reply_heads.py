"""A reply head whose marker and name stand in two elements ("<span>回复</span><span>Name</span>")
names the parent, also where a reply list, not nesting, put the reply under the thread's first
comment (issue 14: CSDN-style threads flattened under their root). Every page here is hand-made."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import read

from slant.readers._html_fields import reply_head_name

pytestmark = pytest.mark.issue(14)


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("<div><span class='w'>回复</span><span class='nick'>码农老王</span></div>", "码农老王"),
        ("<div><span class='w'>Reply to</span> <b>Owen Marsh</b></div>", "Owen Marsh"),
        ("<div><span class='w'>回复</span></div>", None),
    ],
)
def test_a_reply_marker_alone_takes_the_name_from_the_element_after_it(head: str, name: str | None) -> None:
    marker = lxml.html.fromstring(head)[0]
    assert reply_head_name(marker) == name


def _item(key: int, name: str, text: str, *, replying_to: str | None = None) -> str:
    head = f"<span class='w'>回复</span><span class='nick'>{replying_to}</span>" if replying_to else ""
    return (
        f"<li class='comment-line' data-commentid='{key}'><div class='top'><span class='name'>{name}</span>"
        f"{head}<span class='date' title='2025-08-30 11:{key % 60:02d}:00'>2025.08.30</span></div>"
        f"<div class='comment-center'><div class='new-comment'>{text}</div></div></li>"
    )


def test_a_reply_beside_the_others_under_the_root_answers_the_reply_its_head_names() -> None:
    thread = (
        "<ul class='comment-list'>"
        + _item(1, "小白", "第三条太有用了，我一直都是用字符串拼接的，原来关掉调试也会执行。")
        + "<li class='replay-box'><ul class='comment-list'>"
        + _item(2, "老陈", "是的，参数在调用之前就已经求值了，日志量大的时候影响还挺明显。")
        + _item(3, "小白", "明白了，回去就把所有的日志调用都改一遍。", replying_to="老陈")
        + "</ul></li>"
        + _item(4, "阿青", "建议再加一条：不要在日志里打印密码和令牌，我们之前出过事故。")
        + "</ul>"
    )
    doc = read(thread)
    ids = [c.id for c in doc.comments]
    assert [c.author for c in doc.comments] == ["小白", "老陈", "小白", "阿青"]
    assert [c.parent for c in doc.comments] == [None, ids[0], ids[1], None]
