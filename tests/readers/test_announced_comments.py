"""Pages that announce comments they do not hold say so in ``meta.comments_note`` and in the views (issue 14)."""

from __future__ import annotations

import json

import lxml.html
import pytest

from slant._document import Document
from slant.readers._html import read_html_page
from slant.readers._text import read_text_page
from slant.reports import render_html, render_summary

pytestmark = pytest.mark.issue(14)

ARTICLE = (
    "<p>The city council voted on Tuesday to extend the night bus network to the northern suburbs, "
    "after a year of complaints from shift workers who had no way home after midnight.</p>"
    "<p>The new routes start in March and cost about two million a year, paid from the parking fund.</p>"
)


def html_page(*, head: str = "", article: str = ARTICLE, after: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>Night buses reach the suburbs</title>{head}</head>"
        f"<body><main><h1>Night buses reach the suburbs</h1><article>{article}</article>{after}</main></body></html>"
    )


def wordpress_comments(count: int) -> str:
    items = "".join(
        f"<li class='comment' id='comment-{n}'><article class='comment-body'>"
        f"<footer class='comment-meta'><div class='comment-author vcard'><b class='fn'>Reader {n}</b></div>"
        f"<div class='comment-metadata'><time datetime='2024-03-0{n}T10:00:00'>March {n}, 2024</time></div></footer>"
        f"<div class='comment-content'><p>Comment number {n} says the buses are long overdue.</p></div>"
        "</article></li>"
        for n in range(1, count + 1)
    )
    return f"<div id='comments' class='comments-area'><ol class='comment-list'>{items}</ol></div>"


def read(html: str) -> Document:
    return read_html_page(html, url=None, source="<test>")


def test_a_disqus_embed_with_a_count_and_no_comments_is_noted() -> None:
    doc = read(
        html_page(
            after="<a href='#disqus_thread' class='comments-link'>74 Comments</a>"
            "<div id='disqus_thread'></div>"
            "<script>var s = document.createElement('script'); s.src = 'https://harbor.disqus.com/embed.js';</script>"
        )
    )
    assert len(doc.comments) == 0
    assert doc.meta["comments_note"] == {
        "announced": 74,
        "found": 0,
        "system": "disqus",
        "reason": "loaded by script",
    }


def test_a_disqus_loader_script_alone_names_the_system() -> None:
    doc = read(html_page(after="<script src='https://harbor.disqus.com/embed.js' async></script>"))
    assert doc.meta["comments_note"] == {
        "announced": None,
        "found": 0,
        "system": "disqus",
        "reason": "loaded by script",
    }


def test_the_facebook_comments_plugin_is_noted() -> None:
    doc = read(
        html_page(
            after="<div class='fb-comments' data-href='https://example.org/night-buses' data-numposts='5'></div>"
        )
    )
    assert doc.meta["comments_note"] == {
        "announced": None,
        "found": 0,
        "system": "facebook",
        "reason": "loaded by script",
    }


def test_jsonld_comment_count_above_the_comments_in_the_markup_is_noted() -> None:
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Night buses",
        "commentCount": 12,
    }
    doc = read(
        html_page(
            head=f"<script type='application/ld+json'>{json.dumps(jsonld)}</script>",
            after=wordpress_comments(3),
        )
    )
    assert len(doc.comments) == 3
    assert doc.meta["comments_note"] == {
        "announced": 12,
        "found": 3,
        "system": None,
        "reason": "fewer than announced",
    }


def test_the_article_saying_it_drew_comments_is_no_announcement() -> None:
    article = ARTICLE + "<p>The consultation drew 74 comments from the public, most of them in favour.</p>"
    doc = read(html_page(article=article))
    assert "drew 74 comments" in doc.article.text
    assert "comments_note" not in doc.meta


def test_a_page_with_all_its_announced_comments_has_no_note() -> None:
    doc = read(html_page(after="<h2 class='comments-title'>3 Comments</h2>" + wordpress_comments(3)))
    assert len(doc.comments) == 3
    assert "comments_note" not in doc.meta


def test_a_german_count_is_read() -> None:
    doc = read(
        html_page(
            after="<div class='kommentare'><h3>12 Kommentare</h3><button>Kommentare laden</button></div>"
        )
    )
    assert doc.meta["comments_note"] == {
        "announced": 12,
        "found": 0,
        "system": None,
        "reason": "loaded by script",
    }


def test_counts_of_other_stories_that_disagree_are_no_announcement() -> None:
    box = "<div class='most-read'><a href='/a'>Tram fares</a><span>5 comments</span><a href='/b'>Bridge</a><span>9 comments</span></div>"
    doc = read(html_page(after=box))
    assert "comments_note" not in doc.meta


def test_a_comment_count_element_and_microdata_are_read() -> None:
    counter = read(html_page(after="<span class='comments-count'>41</span>"))
    assert counter.meta["comments_note"]["announced"] == 41
    article = f"<div itemscope itemtype='https://schema.org/Article'><meta itemprop='commentCount' content='8'>{ARTICLE}</div>"
    microdata = read(html_page(article=article))
    assert microdata.meta["comments_note"]["announced"] == 8


TEXT_DUMP = """Night buses reach the suburbs

The city council voted on Tuesday to extend the night bus network to the northern suburbs, after a year of complaints from shift workers who had no way home after midnight.

The new routes start in March and cost about two million a year, paid from the parking fund.

Comments (5)

Margaret
2 hours ago
About time. I have walked home from the hospital for years.
Reply

Tom B.
1 hour ago
Two million is a lot for buses that will run empty.
Reply
"""


def test_a_text_dump_with_fewer_comments_than_announced_is_noted() -> None:
    doc = read_text_page(TEXT_DUMP, source="<test>", url=None)
    assert len(doc.comments) == 2
    assert doc.meta["comments_note"] == {
        "announced": 5,
        "found": 2,
        "system": None,
        "reason": "fewer than announced",
    }


def test_a_text_dump_with_all_its_comments_has_no_note() -> None:
    doc = read_text_page(TEXT_DUMP.replace("Comments (5)", "Comments (2)"), source="<test>", url=None)
    assert len(doc.comments) == 2
    assert "comments_note" not in doc.meta


def test_the_terminal_summary_and_the_html_report_say_it() -> None:
    doc = read(html_page(after="<h2>74 Comments</h2><div id='disqus_thread'></div>"))
    sentence = (
        "The page announces 74 comments, but they are loaded by a script (Disqus) and were not in the page "
        "slant read: 0 comments were analysed."
    )
    assert sentence in " ".join(render_summary(doc, width=1000).split())
    assert sentence in render_html(doc)
    fewer = read_text_page(TEXT_DUMP, source="<test>", url=None)
    assert "Only 2 of the 5 comments the page announces were in the page slant read" in render_summary(
        fewer, width=1000
    )


@pytest.mark.parametrize(
    ("button", "loads"),
    [
        ("<button><i class='icon'></i>Show comments</button>", True),  # the words a child's tail
        ("<a href='#c'><span>Load <b>comments</b></span></a>", True),  # the word in a grandchild
        ("<button>Kommentare <!-- x --> laden</button>", True),  # a markup comment between the words
        ("<a href='#c'>Show comments</a> and more words after the link", True),  # the link's own tail
        ("<span>Show comments</span>", False),  # no link or button
        ("<a href='#c'>Comments</a>", False),  # no button words
        (f"<button>Show comments {'and a very long label ' * 3}</button>", False),  # too long for one
    ],
)
def test_a_load_comments_button_is_found_from_the_text_nodes_above_it(button: str, loads: bool) -> None:
    from slant.readers._announced import _LOAD_BUTTON, _short_text, announced_in_html

    root = lxml.html.document_fromstring(html_page(after=f"<div>{button}</div>"))
    # every link and button of the page tested, as the search did before it started from the text
    every_link = any(_LOAD_BUTTON.match(_short_text(element) or "") for element in root.iter("a", "button"))
    assert announced_in_html(root, jsonld=[]).loads_by_script is loads is every_link
