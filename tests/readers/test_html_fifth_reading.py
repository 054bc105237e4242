"""Mechanisms added after the readings of held-out batches 9 and 10 (issue 14): each on a hand-made
page, none keyed to a site's class names. See docs/bench-readers-html.md, "Fifth reading"."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import read, rows

from slant.readers._html_fields import date_inside, is_action_line, is_quote, quoted_author
from slant.readers._html_lead import without_lead_lines, without_tail_byline

pytestmark = pytest.mark.issue(14)

# --- a footer line of counters and buttons is not the comment's text ---------------------------------


@pytest.mark.parametrize("line", ["赞 (3) 回应", "回應", "赞 (0) 收藏 转发"])
def test_a_chinese_footer_of_counters_and_buttons_is_an_action_line(line: str) -> None:
    assert is_action_line(line)


def test_a_short_chinese_sentence_is_not_an_action_line() -> None:
    assert not is_action_line("回应得很好，谢谢")


# --- a quote's title line names its source even when the name is a link -----------------------------


@pytest.mark.parametrize(
    ("markup", "author"),
    [
        (
            "<blockquote class='UserQuote'><div><a href='/profile/Sylvie'>Sylvie R.</a> a dit :</div>"
            "<div><p>Old text.</p></div></blockquote>",
            "Sylvie R.",
        ),
        (
            "<table class='forum-quote'><tr><th>Цитата</th></tr><tr><td>Марина Л. пишет:<br>Old.</td></tr></table>",
            "Марина Л.",
        ),
        ("<blockquote><p><b>Ann</b> said:</p><p>Old text.</p></blockquote>", "Ann"),
    ],
)
def test_a_quote_title_with_a_linked_name_and_more_speech_verbs(markup: str, author: str) -> None:
    element = lxml.html.fragment_fromstring(markup)
    assert is_quote(element)
    assert quoted_author(element) == author


def test_a_bare_blockquote_with_a_bold_word_stays_text() -> None:
    element = lxml.html.fragment_fromstring("<blockquote><p><b>Never</b> again, I promise.</p></blockquote>")
    assert not is_quote(element)


# --- a part of a comment whose attribute names an earlier comment's id gives its parent -----------------


def _item(cid: str, name: str, text: str, *, quote_of: str | None = None) -> str:
    quote = (
        f"<div class='q' data-ref_cid='{quote_of}'><span>Earlier words quoted here.</span></div>"
        if quote_of
        else ""
    )
    return (
        f"<li class='entry' id='{cid}' data-cid='{cid}'><h4><a href='/people/{name.lower()}/'>{name}</a>"
        f"<span class='when'>2025-04-08 21:30:12</span></h4>{quote}<p>{text}</p></li>"
    )


def test_a_reference_attribute_inside_a_flat_comment_names_its_parent() -> None:
    discussion = (
        "<ul class='talk'>"
        + "".join(
            [
                _item("4770", "Amu", "Water it less often, let the soil dry between waterings."),
                _item("4771", "Xiaoman", "So I was overdoing it the whole time, thank you very much."),
                _item(
                    "4772",
                    "Shancha",
                    "Cut the yellow leaves off, they will not turn green again.",
                    quote_of="4770",
                ),
            ]
        )
        + "</ul>"
    )
    got = rows(read(discussion))
    assert [author for author, _, _ in got] == ["Amu", "Xiaoman", "Shancha"]
    ids = [c.id for c in read(discussion).comments]
    assert [parent for _, _, parent in got] == [None, None, ids[0]]


def test_an_href_is_no_reference_attribute() -> None:
    discussion = (
        "<ul class='talk'>"
        + "".join(
            [
                _item("4770", "Amu", "Water it less often, let the soil dry between waterings."),
                _item(
                    "4771", "Xiaoman", "So I was overdoing it the whole time, thank you very much."
                ).replace("<p>", "<p><a href='4770'>see</a> "),
            ]
        )
        + "</ul>"
    )
    assert [parent for _, _, parent in rows(read(discussion))] == [None, None]


# --- breadcrumbs above the headline and a line of counters under the text are not the article ------


def test_breadcrumbs_are_a_lead_line_and_a_counters_line_closes_no_article() -> None:
    body = (
        "<p>" + "The new boiler house on Forest Street will heat twelve blocks of flats and the school. " * 3
    )
    page = (
        "<div class='crumbs'>Home / News</div><h1>A new boiler house</h1><div class='date'>22.09.2025 09:40</div>"
        f"<div class='story'>{body}</p>{body}</p>"
        "<p>Category: Village news | Added by: Editors (02.06.2025) | Views: 512 | Comments: 5 | Rating: 4.8/12</p>"
        "</div>"
    )
    doc = read("", before=page)
    assert doc.article.text.startswith("The new boiler house")
    assert doc.article.text.endswith("and the school.")
    assert doc.published == "2025-09-22"
    undated = read("", before=page.replace("<div class='date'>22.09.2025 09:40</div>", ""))
    assert undated.published == "2025-06-02"  # the facts line said when; nothing else on the page did


@pytest.mark.parametrize(
    ("text", "lead"),
    [("Главная / Новости", True), ("Home › World › Europe", True), ("Either / or, and that is that.", False)],
)
def test_a_breadcrumb_trail_is_told_from_a_sentence(text: str, lead: bool) -> None:
    body = "The bridge reopened on Monday after two years of repairs and the buses crossed it at six. " * 3
    assert (without_lead_lines(f"{text}\n\n{body}") == body) is lead


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("Просмотров: 512 | Комментарии: 5 | Рейтинг: 4.8/12", True),
        ("12 comments · 340 views", True),
        ("Category: News | Tags: bridge, river", False),  # no counter: could be the article's own line
    ],
)
def test_a_line_of_counters_closes_no_article(line: str, cut: bool) -> None:
    body = "The bridge reopened on Monday after two years of repairs and the buses crossed it at six."
    assert (without_tail_byline(f"{body}\n\n{body}\n\n{line}") == f"{body}\n\n{body}") is cut


# --- a date inside a header line, unless its day and month could be either way round --------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1 Nina (02.06.2025 10:41)", "2025-06-02T10:41:00"),
        ("Submitted by Ann on Tue, 05/17/2013 - 11:02", "2013-05-17T11:02:00"),
        ("jeu 02/04/2026 - 08:44", None),  # 2 April in France, 4 February in the US
        ("Nina", None),
    ],
)
def test_a_date_inside_a_header_line(text: str, iso: str | None) -> None:
    assert date_inside(text) == iso


def test_a_comment_header_holding_name_and_time_gives_the_time() -> None:
    def entry(name: str, when: str, text: str) -> str:
        return (
            f"<div class='entry'><div class='top'><b>1</b> <a href='/index/8-{len(name)}'><b>{name}</b></a> ({when})</div>"
            f"<div class='msg'>{text}</div></div>"
        )

    discussion = (
        "<div id='entries'>"
        + "".join(
            [
                entry(
                    "Nina",
                    "02.06.2025 10:41",
                    "The bridge looks much sturdier now, well done to the road crew.",
                ),
                entry(
                    "Viktor",
                    "02.06.2025 12:05",
                    "About time too, we waited three whole months for this repair.",
                ),
            ]
        )
        + "</div>"
    )
    assert [c.published for c in read(discussion).comments] == ["2025-06-02T10:41:00", "2025-06-02T12:05:00"]


# --- a thread of wrappers: each wrapper holds its comment, then its replies' wrappers ---------------


def _wrapped(number: int, name: str, text: str, *, replies: str = "") -> str:
    slug = name.lower().replace(" ", "-")
    return (
        f"<div class='thread-wrap' id='wrap-{number}'><a name='c{number}'></a>"
        f"<div class='entry'><div class='entry-head'><a href='https://talk.example/people/{slug}'>{name}</a> "
        f"<span class='when' title='2025-08-11 09:{10 + number}:00'>4 months ago</span></div>"
        f"<div class='entry-text'><p>{text}</p></div>"
        f"<div class='entry-foot'><a href='#'>Reply</a> <a href='#c{number}'>Permalink</a></div></div>"
        f"{replies}</div>"
    )


def test_wrappers_of_one_comment_each_nest_their_replies() -> None:
    discussion = (
        "<div id='talk-list'>"
        + _wrapped(
            1,
            "Derek from Leeds",
            "Same here with the cherry tomatoes, the big ones were fine.",
            replies=_wrapped(
                2,
                "Margaret Hollis",
                "Cherry tomatoes have thinner skins, so they split first.",
                replies=_wrapped(3, "Derek from Leeds", "That makes sense, they were nowhere near ripe yet."),
            ),
        )
        + _wrapped(4, "Priya N.", "A thick mulch of straw kept my soil from swinging between dust and mud.")
        + "</div>"
    )
    doc = read(discussion)
    ids = [c.id for c in doc.comments]
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Derek from Leeds", None),  # a profile link whose slug has several words is still a person
        ("Margaret Hollis", ids[0]),
        ("Derek from Leeds", ids[1]),
        ("Priya N.", None),
    ]
    assert doc.comments[1].text == "Cherry tomatoes have thinner skins, so they split first."


# --- a reply link to the anchor in an earlier comment's head names its parent ----------------------


def test_a_reply_link_to_an_anchor_inside_an_earlier_comment_names_it() -> None:
    def entry(number: int, name: str, text: str, *, up: int | None = None) -> str:
        link = f"<div class='up'><a href='#anchor-{up}'>↑ parent</a></div>" if up else ""
        return (
            f"<div class='entry' id='entry-{number}_0'><div id='anchor-{number}' class='entry-in'>"
            f"<div class='who'><a href='/members/{name.lower()}'>{name}</a> "
            f"<time datetime='2025-04-27T11:4{number}:00+02:00'>27. April 2025</time></div>"
            f"{link}<div class='said'><p>{text}</p></div></div></div>"
        )

    discussion = (
        "<div class='entries'>"
        + entry(1, "Ann", "Does the bus stop move back to the bridge now that it is open?")
        + entry(2, "Ben", "The old timetable is back from Monday, I checked the council page.")
        + entry(3, "Cleo", "Good, the detour added twenty minutes to my morning each day.", up=1)
        + "</div>"
    )
    doc = read(discussion)
    assert [c.parent for c in doc.comments] == [None, None, doc.comments[0].id]


# --- a badge is never the commenter's name --------------------------------------------------------


def test_an_element_named_a_badge_is_not_the_name() -> None:
    def answer(badge: str, name: str, text: str) -> str:
        return (
            f"<article class='reply'>{badge}<div class='meta'><a class='avatar' href='/people/{name.lower()}'>"
            f"<img src='/a.png' alt=''></a><span class='meta-line'>{name} • 03.11.2025, 18:40</span></div>"
            f"<div class='reply-body'><p>{text}</p></div></article>"
        )

    discussion = (
        "<section class='replies'>"
        + answer(
            "<div class='reply-badge reply-badge--best'>Community Choice</div>",
            "Anke",
            "Yes, quite sure: dry air from the heating makes them drop leaves.",
        )
        + answer("", "Holger", "Check the roots too, wet soil at the bottom rots them.")
        + "</section>"
    )
    assert [c.author for c in read(discussion).comments] == ["Anke", "Holger"]
