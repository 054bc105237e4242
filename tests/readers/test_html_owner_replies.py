"""The post's author answering inside a reader's comment, under a label in place of a name (issue 14).

Pages are hand-made: comment blocks in markup no family knows by name, one holding the blogger's
answer under a label ("博主回复：", "Author's reply:").
"""

from __future__ import annotations

import pytest

from slant import Document
from slant.readers._html import read_html_page
from slant.readers._html_owner_replies import blog_owner

ARTICLE = (
    "<h1>Three days in the hills with my parents</h1><div class='story'>"
    + "<p>We took my parents to the hills last spring, walking half a day and resting in the afternoon, "
    "and booked the guest house a month ahead because weekends cost twice as much.</p>" * 4 + "</div>"
)


def _read(discussion: str, *, title: str = "Three days in the hills", byline: str = "") -> Document:
    markup = f"<html><head><title>{title}</title>{byline}</head><body>{ARTICLE}{discussion}</body></html>"
    return read_html_page(markup, url=None, source="<test>")


def _comment(number: int, name: str, said: str, answer: str = "") -> str:
    return (
        f"<li><div class='box'><p><span class='nick' id='nick_{number}'><a href='/u/{number}'>{name}</a></span>"
        f"<span class='when'>2025-03-03 1{number}:21:33</span></p>"
        f"<div class='inner' id='body_{number}'>{said}</div>{answer}"
        f"<p class='foot'><span>{number}楼</span> <a href='#'>[回复]</a></p></div></li>"
    )


def _answer(label: str, said: str) -> str:
    return (
        f"<div class='re'><p><span class='tit'>{label}</span><span class='when'>2025-03-03 11:02:10</span></p>"
        f"<p class='myText'>{said}</p></div>"
    )


DISCUSSION = (
    "<ul class='all_comment_list'>"
    + _comment(
        1,
        "Ann Porter",
        "How long is the queue for the cable car on a weekday?",
        _answer("Author's reply:", "About twenty minutes when we went, longer at weekends."),
    )
    + _comment(2, "Ben Ruiz", "Go after nine in the morning, the fog is thick before then.")
    + "</ul>"
)


@pytest.mark.issue(14)
def test_an_answer_under_an_owner_label_is_a_reply_by_the_articles_author() -> None:
    document = _read(DISCUSSION, byline="<meta name='author' content='Marta Quiroga'>")
    assert [(c.author, c.text, c.parent) for c in document.comments] == [
        ("Ann Porter", "How long is the queue for the cable car on a weekday?", None),
        ("Marta Quiroga", "About twenty minutes when we went, longer at weekends.", "c1"),
        ("Ben Ruiz", "Go after nine in the morning, the fog is thick before then.", None),
    ]
    assert document.comments[1].published == "2025-03-03T11:02:10"


@pytest.mark.issue(14)
def test_with_no_byline_the_answers_author_is_the_owner_a_blogs_name_gives() -> None:
    discussion = DISCUSSION.replace("Author's reply:", "博主回复：")
    document = _read(discussion, title="Three days in the hills | 山间小记的博客")
    assert [c.author for c in document.comments] == ["Ann Porter", "山间小记", "Ben Ruiz"]
    untitled = _read(discussion)
    assert [c.author for c in untitled.comments] == ["Ann Porter", None, "Ben Ruiz"]


@pytest.mark.issue(14)
def test_a_comment_that_only_mentions_the_author_has_no_answer_in_it() -> None:
    document = _read(
        "<ul class='all_comment_list'>"
        + _comment(1, "Ann Porter", "The author's reply to my email was quick and kind, thanks again.")
        + _comment(2, "Ben Ruiz", "Go after nine in the morning, the fog is thick before then.")
        + "</ul>"
    )
    assert [c.author for c in document.comments] == ["Ann Porter", "Ben Ruiz"]


@pytest.mark.parametrize(
    ("title", "owner"),
    [
        ("带父母去婺源看油菜花 | 山间小记的博客", "山间小记"),
        ("Sourdough crackers – Ann's blog", "Ann"),
        ("Ribeira Sacra sin coche | Blog de Marta", "Marta"),
        ("Ferry timetable cut | The Island News", None),
        (None, None),
    ],
)
@pytest.mark.issue(14)
def test_a_personal_blogs_name_gives_its_owner(title: str | None, owner: str | None) -> None:
    assert blog_owner(title) == owner
