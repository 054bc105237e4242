"""Mechanisms of the second pass after the first reading of held-out batches 27-28 (issue 14,
session 11, pages B): each on a hand-made page, none keyed to a site's class names. See
docs/bench-readers-html.md, "Session 11: after the first reading of batches 27-28 (pages B)"."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import read, rows

from slant.readers._html_author_signs import is_badge, name_text
from slant.readers._html_fields import is_quote

pytestmark = pytest.mark.issue(14)


# --- a guest's name whose class names both the guest and the name ---------------------------------


def test_a_class_naming_a_guests_name_is_the_name_and_the_guest_mark_beside_it_a_badge() -> None:
    box = lxml.html.fromstring(
        "<div class='who'><span class='guest_name user'>Marina</span> <span class='guest'>guest</span></div>"
    )
    name, mark = box
    assert not is_badge(name)
    assert is_badge(mark)
    assert name_text(box) == "Marina"
    # a mark that names the name too stays a badge: "author-name-badge" is a badge
    assert is_badge(lxml.html.fromstring("<span class='name-badge'>Author</span>"))
    assert is_badge(lxml.html.fromstring("<span class='guest-label'>guest</span>"))


# --- a quote box titled by a <cite> with the quoted words glued to it ------------------------------


def _post(number: int, name: str, body: str) -> str:
    return (
        f"<div class='post' id='p{number}'><p class='author'>by <b>{name}</b> on 3 March 2025, 10:{number}</p>"
        f"<div class='content'><div>{body}</div></div><a href='#reply'>Reply</a></div>"
    )


def test_a_quote_titled_by_a_cite_is_a_quote_though_the_quoted_words_run_on_after_the_title() -> None:
    quote = "<blockquote><div><cite>Chema wrote:</cite>Go for N scale, a small station fits well.</div></blockquote>"
    assert is_quote(lxml.html.fromstring(quote))
    # no title at all: the commenter's own emphasis, no quote
    assert not is_quote(lxml.html.fromstring("<blockquote><div>Go for N scale.</div></blockquote>"))
    discussion = (
        "<div class='posts'>"
        + _post(11, "Chema", "Go for N scale, a small station fits well with two sidings and some scenery.")
        + _post(12, "Vera", quote + "And my two old locomotives in H0? It is a pity to leave them in a box.")
        + _post(13, "Rosa", "There is a pinned thread with plans for small rooms in both scales.")
        + "</div>"
    )
    got = rows(read(discussion))
    assert [author for author, _, _ in got] == ["Chema", "Vera", "Rosa"]
    assert got[1][1] == "And my two old locomotives in H0? It is a pity to leave them in a box."
    assert got[1][2] == "c1"
    assert got[2][2] is None


# --- a head line "Name replied to <a href=page#comment>comment from X</a> | date | Reply" ----------

_PAGE = "https://books.example/2025/03/reading-twice.html"


def _comment(number: int, name: str, text: str, *, answers: int | None = None, page: str = _PAGE) -> str:
    replied = f" replied to <a href='{page}#c-{answers}'>comment from someone</a>" if answers else ""
    return (
        f"<div class='entry' id='c-{number}'><div class='head'><div class='meta'><span class='line'>"
        f"<span class='vcard author'><a href='https://home.example/{number}'>{name}</a></span>{replied}"
        f" | <a href='{_PAGE}#c-{number}'><abbr title='2025-03-04T10:{number}:00'>March 4, 2025 10:{number} AM</abbr></a>"
        f" | <a href='#reply'>Reply</a></span></div></div><div class='posts'><p>{text}</p></div></div>"
    )


def test_a_head_line_linking_to_an_earlier_comment_on_the_same_address_gives_the_parent() -> None:
    discussion = (
        "<div class='discussion'><h2>4 Comments</h2>"
        + _comment(21, "Rosalind Pye", "This happened to me with Middlemarch, now I feel for Casaubon.")
        # a body shorter than the head line: still the body, the head's name and date are no text
        + _comment(22, "Tom Ainsworth", "A sure sign of middle age. I say that as one.", answers=21)
        + _comment(23, "Bernadette K.", "Do you reread in the same edition? My old paperback has notes.")
        + _comment(24, "Edmund Carrow", "Always the same copy if I still have it, notes and all.", answers=23)
        + "</div>"
    )
    got = rows(read(discussion))
    assert got == [
        ("Rosalind Pye", "This happened to me with Middlemarch, now I feel for Casaubon.", None),
        ("Tom Ainsworth", "A sure sign of middle age. I say that as one.", "c1"),
        ("Bernadette K.", "Do you reread in the same edition? My old paperback has notes.", None),
        ("Edmund Carrow", "Always the same copy if I still have it, notes and all.", "c3"),
    ]


def test_a_link_to_the_same_anchor_on_another_address_gives_no_parent() -> None:
    elsewhere = "https://books.example/2024/12/other-post.html"
    discussion = (
        "<div class='discussion'><h2>3 Comments</h2>"
        + _comment(21, "Rosalind Pye", "This happened to me with Middlemarch, now I feel for Casaubon.")
        + _comment(
            22, "Tom Ainsworth", "A sure sign of middle age. I say that as one.", answers=21, page=elsewhere
        )
        + _comment(23, "Bernadette K.", "Do you reread in the same edition? My old paperback has notes.")
        + "</div>"
    )
    assert [parent for _, _, parent in rows(read(discussion))] == [None, None, None]


# --- a caption drawn without <figcaption>, in a box named a caption -------------------------------

_STORY = (
    "The bridge on Mill Road reopened on Monday morning after two years of repairs, and the first buses "
    "crossed it shortly after six."
)


def _article(picture: str, *, image: str = "<div><img src='bridge.jpg'></div>") -> str:
    page = (
        "<h1>The bridge on Mill Road reopens after two years</h1><div class='story'>"
        f"{image}{picture}{_STORY}<br>"
        + "Residents had waited a long time for this day, and many came to watch. " * 4
        + "</div>"
    )
    return read("", before=page).article.text


def test_a_box_named_a_caption_is_no_line_of_the_article() -> None:
    caption = (
        "<table class='pic-caption-box'><tr><td class='pic-caption'>The bridge at 6:40, before the first bus.</td>"
        "</tr></table>"
    )
    text = _article(caption)
    assert text.startswith(_STORY)
    assert "6:40" not in text
    # with no picture before it or in it, a box so named is no caption ("time.caption": a date)
    assert "6:40" in _article(caption, image="")
    # a box so named that holds more than a caption's words is text, and stays
    long = (
        "<div class='with-caption'><p>"
        + "A long paragraph of the story itself, in words. " * 10
        + "</p></div>"
    )
    assert "A long paragraph of the story itself" in _article(long)
