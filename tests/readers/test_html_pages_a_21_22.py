"""Mechanisms of the second pass after the first reading of held-out batches 21-22 (issue 14,
session 10, pages A): each on a hand-made page or line, none keyed to a site's class names. See
docs/bench-readers-html.md, "Session 10: after the first reading of batches 21-22 (pages A)"."""

from __future__ import annotations

import lxml.html
import numpy as np
import pytest
from bridge_page import ARTICLE, read, rows

from slant.readers._html_comments import _is_commentish
from slant.readers._html_dateline import dateline_after_headline
from slant.readers._html_role_lines import BlockLine
from slant.readers._html_roles import _corrected
from slant.readers._html_signup import drop_signup_boxes

pytestmark = pytest.mark.issue(14)


# --- parts named only by hook attributes (generated class names) ----------------------------------


def _hooked(name: str, text: str, replies: str = "") -> str:
    return (
        f"<div class='_x{len(name)}a' data-hook='comment'><div class='_q1'>"
        f"<span class='_n2' data-hook='author-name'>{name}</span>"
        f"<span class='_d3' data-hook='creation-date'>3 Mar 2025</span></div>"
        f"<div class='_b4' data-hook='comment-content'><p>{text}</p></div>"
        f"<button data-hook='reply-button'>Reply</button>{replies}</div>"
    )


def test_comments_named_only_by_hook_attributes_are_found_with_their_replies() -> None:
    reply = _hooked("Ines Montoya", "Better by hand, the dishwasher dulls the gold over the years.")
    discussion = (
        "<div class='_r1' data-hook='comments-root'><div class='_l2' data-hook='comments-list'>"
        + _hooked("Rocio Gallardo", "And the plates with a gilded rim, can they go in too?",
                  f"<div class='_s5' data-hook='replies-list'>{reply}</div>")
        + _hooked("Paco Ibarra", "My favourite mug has a fine crack. Can I still use it?")
        + "</div></div>"
    )  # fmt: skip
    assert rows(read(discussion)) == [
        ("Rocio Gallardo", "And the plates with a gilded rim, can they go in too?", None),
        ("Ines Montoya", "Better by hand, the dishwasher dulls the gold over the years.", "c1"),
        ("Paco Ibarra", "My favourite mug has a fine crack. Can I still use it?", None),
    ]
    # the hooks name the parts: a generated class alone names nothing (the shape finder reads the
    # same markup without them too, since replies under generated classes are read by their place)
    assert _is_commentish(lxml.html.fragment_fromstring("<div class='_x14a' data-hook='comment'></div>"))
    assert not _is_commentish(lxml.html.fragment_fromstring("<div class='_x14a' data-x='comment'></div>"))


# --- a question page: the answers are the comments, a list of comments is no comment ---------------


def _answer(name: str, text: str, comment: tuple[str, str]) -> str:
    return (
        f"<div class='answer-box'><div class='answer-author'><a href='/u/{name}'>{name}</a></div>"
        f"<div class='answer-text'><p>{text}</p></div><button>Thanks 7</button>"
        f"<div class='comments-section'><button>Comments (1)</button><ul><li>"
        f"<div class='comment-author'><a href='/u/{comment[0]}'>{comment[0]}</a></div>"
        f"<div class='comment-text'>{comment[1]}</div></li></ul></div></div>"
    )


def test_answers_are_comments_and_the_comments_under_them_their_replies() -> None:
    discussion = (
        "<h2>Answers</h2>"
        + _answer("chemwhiz", "Hydrogen bonds hold the molecules apart in ice, so it is less dense.",
                  ("maya_k14", "So it is the space between them. Thank you!"))
        + _answer("jordanb", "Ice is about nine percent less dense than liquid water is.",
                  ("chemwhiz", "Good point, that is a nice way to remember it."))
    )  # fmt: skip
    assert rows(read(discussion)) == [
        ("chemwhiz", "Hydrogen bonds hold the molecules apart in ice, so it is less dense.", None),
        ("maya_k14", "So it is the space between them. Thank you!", "c1"),
        ("jordanb", "Ice is about nine percent less dense than liquid water is.", None),
        ("chemwhiz", "Good point, that is a nice way to remember it.", "c3"),
    ]


def test_a_headline_that_opens_the_first_paragraph_stays_in_the_article() -> None:
    question = "Why does ice float on water if it is the same substance?"
    body = (
        f"<h1>{question} Shouldn't the solid be heavier?<br>Our teacher said it has something to do "
        "with hydrogen bonds but I did not understand the explanation.</h1>"
    )
    markup = f"<html><head><title>{question}</title></head><body>{body}</body></html>"
    from slant.readers._html import read_html_page

    doc = read_html_page(markup, url=None, source="<test>")
    assert doc.article.text.startswith(question + " Shouldn't")
    # a headline on a line of its own is still no line of the article
    assert not read("").article.text.startswith("The bridge on Mill Road reopens")


# --- a mail's lines after a <br> go on from the body, whatever the model gives them -----------------


def _line(text: str, *, paragraph: bool, tag: str = "div", depth: int = 1) -> BlockLine:
    return BlockLine(text, tag, depth, frozenset({"user", "content"}), 0, False, False, paragraph)


def test_a_line_after_a_break_in_the_body_element_is_not_trimmed_as_a_footer() -> None:
    lines = [
        _line("My loco resets every time it climbs the incline.", paragraph=True),
        _line("Track power is 15 volts.", paragraph=False),
        _line("Any ideas before I pull it apart?", paragraph=False),
        _line("1 Likes", paragraph=True, tag="span", depth=2),
    ]
    text = "\n".join(line.text for line in lines[:3])
    low = np.array([0.6, 0.1, 0.02, 0.0])
    assert _corrected(lines, text, low, trim=0.05, rescue=0.9) is None  # kept whole
    # the same low line in an element of its own is a footer, and goes
    footer = [*lines[:2], _line("Any ideas before I pull it apart?", paragraph=True, tag="p", depth=2)]
    assert _corrected(footer, text, low[:3], trim=0.05, rescue=0.9) == "\n".join(t.text for t in lines[:2])


# --- a sign-up box under the post is no paragraph of it ---------------------------------------------


_SIGNUP = (
    "<div class='box'><h3>Subscribe to our newsletter</h3><p>Read articles from this blog directly "
    "inside your inbox. Subscribe to the newsletter, and don't miss out.</p>"
    "<form><input type='email' placeholder='Enter your email address'><button>Subscribe</button></form></div>"
)


def test_a_signup_box_under_the_post_is_cut_from_the_article() -> None:
    doc = read("", before=ARTICLE + _SIGNUP)
    assert doc.article.text.endswith("Residents had waited a long time for this day.")
    assert "newsletter" not in doc.article.text


def test_a_comment_form_or_a_form_round_the_text_is_no_signup_box() -> None:
    page = lxml.html.fromstring(
        "<div><div id='c'><p>Your email will not be published.</p><form><input type='email'>"
        "<textarea></textarea></form></div>"
        f"<form id='w'><input type='email'>{'<p>' + 'The story goes on and on here. ' * 12 + '</p>'}</form></div>"
    )
    drop_signup_boxes(page)
    assert page.find(".//div[@id='c']") is not None and page.find(".//form[@id='w']") is not None
    page = lxml.html.fromstring(f"<div><div id='s'>{_SIGNUP}</div><p>{'Text of the post. ' * 20}</p></div>")
    drop_signup_boxes(page)
    assert page.find(".//div[@id='s']") is None and page.find(".//p") is not None


# --- a byline above the headline dates the article ----------------------------------------------------


def test_a_date_in_the_byline_above_the_headline_dates_the_article() -> None:
    text = "<p>" + "The glaze holds well in the dishwasher for many years of use. " * 3 + "</p>"
    above = lxml.html.fromstring(
        "<html><body><header>Monday, 7 December 2026</header><article><div><span>Ines</span>"
        f"<span>Writer</span></div><span>3 Mar 2025</span><h1>Caring for glazed pieces</h1>{text}</article></body></html>"
    )
    assert dateline_after_headline(above) == "2025-03-03"
    # a date below the headline wins; a masthead's date outside the headline's box is not taken
    below = lxml.html.fromstring(
        "<html><body><article><span>3 Mar 2025</span><h1>Caring</h1><p>4 Mar 2025</p>"
        f"{text}</article></body></html>"
    )
    assert dateline_after_headline(below) == "2025-03-04"
    masthead = lxml.html.fromstring(
        "<html><body><header>Monday, 7 December 2026</header><article><h1>Caring</h1>"
        f"{text}</article></body></html>"
    )
    assert dateline_after_headline(masthead) is None
