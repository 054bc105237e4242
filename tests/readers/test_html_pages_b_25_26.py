"""Mechanisms of the pass after the first reading of held-out batches 25-26 (issue 14, session 11,
pages B): each on a hand-made page, none keyed to a site's class names. See
docs/bench-readers-html.md, "Session 11: after the reading of batches 25-26 (pages B)"."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import ARTICLE, read, rows

from slant.readers._html import read_html_page
from slant.readers._html_owner_replies import headline_owner
from slant.readers._html_text import hidden_by_class

pytestmark = pytest.mark.issue(14)


# --- a reply list after empty spacers, beside its parent -------------------------------------------


def _block(number: int, name: str, said: str) -> str:
    return (
        f"<div class='entry' id='entry-{number}'><div class='head'><b>{name}</b> - <span>March {number}, 2025</span>"
        f"</div><p>{said}</p><a href='#' class='reply'>Reply</a></div>"
    )


@pytest.mark.parametrize("spacers", ["", "<div class='clear'></div><div class='box' id='respond-1'></div>"])
def test_a_reply_list_after_empty_spacers_answers_the_comment_before_them(spacers: str) -> None:
    discussion = (
        "<div id='list'>"
        + _block(1, "Janelle Okafor", "Our garden is surrounded by tall fences and I had given up on it.")
        + spacers
        + "<ul class='children'>"
        + _block(2, "Marcus Penhallow", "Do not give up! Start with chard, it forgives almost everything.")
        + "</ul>"
        + _block(3, "Ray Castellano", "Would mint count? It took over the shady corner of my yard.")
        + "</div>"
    )
    got = rows(read(discussion))
    assert [(author, parent) for author, _, parent in got] == [
        ("Janelle Okafor", None),
        ("Marcus Penhallow", "c1"),
        ("Ray Castellano", None),
    ]


# --- a hidden raw copy of a comment beside its rendered text ----------------------------------------


def test_a_class_that_hides_an_element_until_a_script_shows_it_is_read_with_or_without_a_prefix() -> None:
    for classes in ("hidden", "raw tw-hidden", "d-none", "u-hidden"):
        assert hidden_by_class(lxml.html.fromstring(f"<div class='{classes}'>x</div>")), classes
    for classes in ("raw-content", "hidden-gem-list", "comment-body"):
        assert not hidden_by_class(lxml.html.fromstring(f"<div class='{classes}'>x</div>")), classes


def _issue_comment(number: int, name: str, rendered: str, raw: str) -> str:
    return (
        f"<div class='item' id='ic-{number}'><a class='avatar' href='/{name}'><img src='/a/{name}'></a>"
        f"<div class='head'><a href='/{name}'>{name}</a> commented "
        f"<span class='time'>2025-03-0{number} 10:2{number}</span></div>"
        f"<div class='body'><div class='rendered'>{rendered}</div>"
        f"<div class='raw tw-hidden'>{raw}</div></div></div>"
    )


def test_a_hidden_raw_copy_of_a_comment_is_not_its_text_the_rendered_one_beside_it_is() -> None:
    discussion = (
        "<div class='timeline'>"
        + _issue_comment(
            1,
            "jsaarinen",
            "<p>I can reproduce this on Linux after every single wake.</p>",
            "I can reproduce this on Linux after every single wake.",
        )
        + _issue_comment(
            2,
            "wkramer",
            "<blockquote><p>I can reproduce this on Linux after every single wake.</p>"
            "</blockquote><p>Good to know it is not just me. Is there a workaround for now?</p>",
            "&gt; I can reproduce this on Linux after every single wake.\n\n"
            "Good to know it is not just me. Is there a workaround for now?",
        )
        + _issue_comment(
            3,
            "meiling",
            "<p>Tested the new build on macOS: sync resumes within seconds.</p>",
            "Tested the new build on macOS: sync resumes within seconds.",
        )
        + "</div>"
    )
    got = rows(read(discussion))
    assert [author for author, _, _ in got] == ["jsaarinen", "wkramer", "meiling"]
    assert got[1][1] == "Good to know it is not just me. Is there a workaround for now?"
    assert got[1][2] == "c1"


# --- a sidebar quoting the latest comments on other posts --------------------------------------------


def test_a_sidebar_quoting_comments_on_other_posts_by_their_titles_gives_no_comment() -> None:
    widget = (
        "<aside class='sidebar'><section class='widget'><h3>Latest comments</h3><ul>"
        "<li class='recent-comment'><span class='recent-comment__author'>Lin</span>: "
        "<span class='recent-comment__text'>Very useful, saved it.</span> <a href='/archives/80'>Flashing an old router</a></li>"
        "<li class='recent-comment'><span class='recent-comment__author'>Cheng</span>: "
        "<span class='recent-comment__text'>Very useful, saved it.</span> <a href='/archives/81'>Wiring a house</a></li>"
        "</ul></section></aside>"
    )
    assert (
        read(
            "<section id='comment'><h2>23 comments</h2><div class='widget-host'></div></section>" + widget
        ).comments
        == ()
    )
    # the same list in the page's main column, each comment linking to its author's site: comments
    main = widget.replace("<aside class='sidebar'>", "<div class='discussion'>").replace("</aside>", "</div>")
    assert [c.author for c in read(main).comments] == ["Lin", "Cheng"]


# --- the post's author answering under a badge in place of a name -----------------------------------


def _account_page(badge: str, byline: str) -> str:
    def reply(said: str) -> str:
        return (
            f"<ul class='answers'><li class='answer'><div class='who'><strong class='nickname'>{badge}</strong></div>"
            f"<div class='message'>{said}</div><div class='when'>3月3日</div></li></ul>"
        )

    def comment(number: int, name: str, said: str, answer: str) -> str:
        return (
            f"<li class='comment_item talk_item' id='t{number}'><div class='who'><strong class='nickname'>{name}</strong></div>"
            f"<div class='message'>{said}</div><div class='when'>3月3日</div>{reply(answer)}</li>"
        )

    return (
        "<html><head><title>在城南菜市场吃了三十年的那碗馄饨 | 城南旧事杂货铺</title></head><body>"
        f"<h1>在城南菜市场吃了三十年的那碗馄饨</h1><div class='meta'>{byline} <em>2025年3月3日 08:00</em></div>"
        + ARTICLE
        + "<div class='talk'><strong>精选留言</strong><ul class='talk_list'>"
        + comment(
            1,
            "小满",
            "看得眼睛湿了，小时候每个星期天我爸都带我去吃。",
            "两块钱的时候我也吃过，那时候还送咸菜。",
        )
        + comment(
            2,
            "阿华在路上",
            "菜市场改造以后能不能给老陈留一个摊位？",
            "问过街道了，新市场会有一个老字号专区。",
        )
        + "</ul></div></body></html>"
    )


def test_an_answer_under_the_badge_author_is_by_the_account_the_title_and_the_byline_both_name() -> None:
    markup = _account_page("作者", "<a href='#' class='account'>城南旧事杂货铺</a>")
    doc = read_html_page(markup, url=None, source="<test>")
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("小满", None),
        ("城南旧事杂货铺", "c1"),
        ("阿华在路上", None),
        ("城南旧事杂货铺", "c3"),
    ]


def test_the_title_names_the_answers_author_only_when_the_byline_under_the_headline_names_it_too() -> None:
    root = lxml.html.fromstring(_account_page("作者", "<a href='#'>陈小文</a>"))
    assert headline_owner(root, "在城南菜市场吃了三十年的那碗馄饨 | 城南旧事杂货铺") is None
    root = lxml.html.fromstring(_account_page("作者", "<a href='#'>城南旧事杂货铺</a>"))
    assert headline_owner(root, "在城南菜市场吃了三十年的那碗馄饨 | 城南旧事杂货铺") == "城南旧事杂货铺"
    # a badge alone with no owner named anywhere: the answer has no author, never "作者"
    doc = read_html_page(_account_page("作者", "<a href='#'>陈小文</a>"), url=None, source="<test>")
    assert [c.author for c in doc.comments] == ["小满", None, "阿华在路上", None]
