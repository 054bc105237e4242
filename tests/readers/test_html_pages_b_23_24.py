"""Mechanisms of the second pass after the first reading of held-out batches 23-24 (issue 14,
session 11, pages B): each on a hand-made page, none keyed to a site's class names. See
docs/bench-readers-html.md, "Session 11: after the first reading of batches 23-24 (pages B)"."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import ARTICLE, read, rows

from slant.readers._html import read_html_page
from slant.readers._html_dateline import standfirst_above_dateline

pytestmark = pytest.mark.issue(14)


# --- a standfirst between the headline and the dateline, the body in a box of its own -------------

_STANDFIRST = "Shoppers face a park and ride from the rugby club while the old car park is rebuilt."
_BODY = (
    "<p>The multi-storey car park on Fore Street will close in June for two years while it is rebuilt, "
    "the borough council has confirmed.</p>"
    "<p>The new building will have 420 spaces, eighty fewer than now, and charging points on every floor.</p>"
)
_BYLINE = (
    "<div class='k3'><span>By Priya Mansell</span> <time datetime='2025-03-03'>3 March 2025</time></div>"
)


def _page(head: str, body: str) -> str:
    return (
        "<html><head><title>Car park to close</title></head><body><article class='k1'>"
        f"<h1>Town centre car park to close for two years</h1>{head}{body}</article></body></html>"
    )


def _article(markup: str) -> str:
    return read_html_page(markup, url=None, source="<test>").article.text


def test_a_standfirst_above_the_dateline_is_not_the_article_when_the_body_has_its_own_box() -> None:
    page = _page(f"<p class='k2'>{_STANDFIRST}</p>{_BYLINE}", f"<div class='k4'>{_BODY}</div>")
    assert standfirst_above_dateline(lxml.html.fromstring(page)) == _STANDFIRST
    assert _article(page).startswith("The multi-storey car park on Fore Street")
    assert _STANDFIRST not in _article(page)


def test_a_text_above_the_dateline_stays_when_it_may_be_the_first_paragraph() -> None:
    # the body's paragraphs beside it in one box: the text above the byline may open the article
    flat = _page(f"<p>{_STANDFIRST}</p>{_BYLINE}", _BODY)
    assert standfirst_above_dateline(lxml.html.fromstring(flat)) is None
    assert _article(flat).startswith(_STANDFIRST)
    # no dated line between it and the body: nothing sets it apart
    undated = _page(
        f"<p class='k2'>{_STANDFIRST}</p><div class='k3'>By Priya Mansell</div>", f"<div>{_BODY}</div>"
    )
    assert standfirst_above_dateline(lxml.html.fromstring(undated)) is None
    # two texts above the dateline are the article's, the date a late one
    two = _page(f"<p>{_STANDFIRST}</p><p>{_STANDFIRST}</p>{_BYLINE}", f"<div>{_BODY}</div>")
    assert standfirst_above_dateline(lxml.html.fromstring(two)) is None


# --- a reply list placed after its parent's item, named for comments --------------------------------


def _item(number: int, name: str, text: str) -> str:
    return (
        f"<li class='talk-item' id='comment-{number}'><div class='comment'><div class='comment__head'>"
        f"<span class='comment__author'>{name}</span> <a href='#comment-{number}'>3 March 2025, 10:{number}</a>"
        f"</div><div class='comment__text'>{text}</div></div></li>"
    )


def test_a_reply_list_after_its_parents_item_is_no_comment_and_says_whom_the_reply_answers() -> None:
    discussion = (
        "<div id='talk'><h2>Comments (4)</h2><ul class='comments-tree'>"
        + _item(21, "Sergei", "Good news. If only the fountain worked longer than one season.")
        + "<ul class='comments-tree comments-tree__answers'>"
        + _item(22, "Irina", "The fountain on the other square has been under repair for three years.")
        + "<ul class='comments-tree comments-tree__answers'>"
        + _item(23, "Oleg", "The city says that fountain will run again in May, after new pumps.")
        + "</ul></ul>"
        + _item(24, "Dmitri", "Did anyone plan parking next to the square? Cars stand on the pavement.")
        + "</ul></div>"
    )
    assert rows(read(discussion)) == [
        ("Sergei", "Good news. If only the fountain worked longer than one season.", None),
        ("Irina", "The fountain on the other square has been under repair for three years.", "c1"),
        ("Oleg", "The city says that fountain will run again in May, after new pumps.", "c2"),
        ("Dmitri", "Did anyone plan parking next to the square? Cars stand on the pavement.", None),
    ]


# --- a comment whose class also says whose it is ("comment-by-node-author") ----------------------


def _drupal(name: str, text: str, classes: str = "comment") -> str:
    return (
        f"<div class='{classes} clearfix'><span class='submitted'>Mon, 03/03/2025 - 10:21 — "
        f"<span class='username'>{name}</span></span><h3><a href='#'>Subject</a></h3>"
        f"<div class='content'><p>{text}</p></div><ul class='links'><li><a href='#'>reply</a></li></ul></div>"
    )


def test_a_comment_named_for_its_authors_role_is_a_comment_not_an_author_box() -> None:
    discussion = (
        "<div id='comments'><h2>Comments</h2>"
        + _drupal("Dennis Ogden", "Good plan. Can we choose the colour of the new butts?")
        + "<div class='indented'>"
        + _drupal(
            "margaret",
            "The supplier only does green and black at this price.",
            "comment comment-by-node-author",
        )
        + "</div>"
        + _drupal("Asha Pillay", "Who connects the downpipes? Half of us will not know how.")
        + "</div>"
    )
    assert rows(read(discussion)) == [
        ("Dennis Ogden", "Good plan. Can we choose the colour of the new butts?", None),
        ("margaret", "The supplier only does green and black at this price.", "c1"),
        ("Asha Pillay", "Who connects the downpipes? Half of us will not know how.", None),
    ]


# --- a date line named "text" is not a short comment's body ----------------------------------------


def test_a_date_named_text_line_is_not_the_body_of_a_shorter_comment() -> None:
    def comment(name: str, when: str, text: str) -> str:
        return (
            f"<li class='comment'><div class='comment-block'><div class='comment-header'>"
            f"<cite class='user'><a href='/u'>{name}</a></cite>"
            f"<span class='datetime secondary-text'><a href='#'>{when}</a></span></div>"
            f"<p class='comment-content'>{text}</p></div></li>"
        )

    discussion = (
        "<ol class='thread'>"
        + comment("Andres", "18 March 2024, 21:14", "I saw one crossing the path last week, is that normal?")
        + comment("Marisa", "19 March 2024, 10:22", "Perfect, see you.")
        + "</ol>"
    )
    assert [(author, text) for author, text, _ in rows(read(discussion, before=ARTICLE))] == [
        ("Andres", "I saw one crossing the path last week, is that normal?"),
        ("Marisa", "Perfect, see you."),
    ]
