"""Mechanisms of the second pass after the first reading of held-out batches 23-24 (issue 14,
session 11, pages B): each on a hand-made page, none keyed to a site's class names. See
docs/bench-readers-html.md, "Session 11: after the first reading of batches 23-24 (pages B)"."""

from __future__ import annotations

import lxml.html
import pytest

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
