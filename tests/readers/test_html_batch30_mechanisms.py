"""Mechanisms after the first reading of held-out batch 30 (issue 14, session 12): a comment's head
line of name and time read with its body, a member's blog host taken for a story's slug, an answer
inside a comment under a label naming who answers, a forum's posts among page boxes of the same tag
(the region's share, boxes of a post's own kind, layout parts) and a join date given as a relative
time. Each on a hand-made page or line; see docs/bench-readers-html.md, "Session 12: after the first
reading of batch 30"."""

from __future__ import annotations

import pytest
from bridge_page import read, rows

from slant.readers._html_fields import tidy_text

pytestmark = pytest.mark.issue(14)


# --- a head line of the name and the time, read with the body -------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Ann Lee March 5, 2025 at 10:21 am -",
        "Ann Lee says: March 5, 2025 at 10:21 am - Reply",
        "Ann Lee · 3 hours ago",
        "Ann Lee on 5 March 2025 | Antworten",
    ],
)
def test_a_line_of_the_authors_name_and_a_time_is_no_body(head: str) -> None:
    tidy = tidy_text(f"{head}\n\nThe ramp on the east side is still closed.", author="Ann Lee")
    assert tidy.text == "The ramp on the east side is still closed."


@pytest.mark.parametrize(
    "line",
    ["Ann Lee March 5 was the day the ramp closed.", "Ann Lee told me so on March 5, 2025 at 10:21 am"],
)
def test_a_sentence_that_opens_with_the_name_stays(line: str) -> None:
    assert tidy_text(f"{line}\nAnd it is still closed.", author="Ann Lee").text.startswith(line)


def _headed_comment(number: int, name: str, when: str, text: str, replies: str = "") -> str:
    # a theme's comment: the name, a hidden "says:", the date and the reply link in one header, the
    # body in a division no reader knows by name
    return (
        f"<li class='comment' id='li-comment-{number}'><div id='comment-{number}'><article>"
        f"<div class='gravatar'><img alt='' src='/a/{number}.png'></div><div class='comment_content'>"
        f"<header class='comment-header'><cite class='comment_author_name'>{name}</cite>"
        f"<span class='says'>says:</span> <span class='minitext'>{when} - "
        f"<a class='comment-reply-link' href='?replytocom={number}#respond' aria-label='Reply to {name}'>Reply</a></span></header>"
        f"<div class='comment_text'><p>{text}</p></div></div></article></div>{replies}</li>"
    )


def test_a_comments_header_line_stays_out_of_its_text() -> None:
    doc = read(
        "<ol class='commentlist'>"
        + _headed_comment(
            1,
            "Ann Lee",
            "March 5, 2025 at 10:21 am",
            "Is the ramp on the east side open again?",
            "<ul class='children'>"
            + _headed_comment(2, "Tom Hale", "March 5, 2025 at 11:02 am", "Not yet, it opens next week.")
            + "</ul>",
        )
        + _headed_comment(3, "Rita Moss", "March 5, 2025 at 4:10 pm", "The buses were on time this morning.")
        + "</ol>"
    )
    assert rows(doc) == [
        ("Ann Lee", "Is the ramp on the east side open again?", None),
        ("Tom Hale", "Not yet, it opens next week.", "c1"),
        ("Rita Moss", "The buses were on time this morning.", None),
    ]


# --- a member's own blog, linked by its host ---------------------------------------------------------


def _blog_comment(number: int, blog: str, text: str) -> str:
    # each member's blog has a host of its own: the name links to its front page
    return (
        f"<div class='entry' id='c-{number}'><a class='pic' href='https://{blog}.blogs.example/'>"
        f"<img src='/p/{number}.jpg' alt='{blog}'></a><div class='inner'><p class='info'>"
        f"<a class='who' href='https://{blog}.blogs.example/'>{blog}</a>, "
        f"<span class='when'>Posté le mercredi 0{number} mars 2025 10:21</span></p>"
        f"<p class='said'>{text}</p></div></div>"
    )


def test_a_name_linking_to_a_members_blog_host_is_a_name_not_a_story() -> None:
    doc = read(
        "<div id='reactions'><h3>Commentaires (3)</h3>"
        + _blog_comment(1, "lou-et-ses-chats", "Le pont était fermé depuis si longtemps, enfin !")
        + _blog_comment(2, "max-du-quartier", "Les bus passent de nouveau devant chez moi.")
        + _blog_comment(3, "papi-jardine-toujours", "J'y suis allé à vélo ce matin, rien à redire.")
        + "</div>"
    )
    assert [(c.author, c.text) for c in doc.comments] == [
        ("lou-et-ses-chats", "Le pont était fermé depuis si longtemps, enfin !"),
        ("max-du-quartier", "Les bus passent de nouveau devant chez moi."),
        ("papi-jardine-toujours", "J'y suis allé à vélo ce matin, rien à redire."),
    ]


# --- an answer inside a comment, under a label naming who answers ----------------------------------


def _answered(number: int, name: str, text: str, label: str, answer: str) -> str:
    inside = (
        f"<div class='inside'><p class='inside-label'>{label}</p><p class='inside-text'>{answer}</p></div>"
        if label
        else ""
    )
    return (
        f"<div class='note' id='n-{number}'><p class='head'><a href='/u/{number}'>{name}</a> "
        f"<span class='stamp'>05/0{number}/2025 10:2{number}</span></p>"
        f"<p class='words'>{text}</p>{inside}</div>"
    )


@pytest.mark.parametrize(
    ("label", "answerer"),
    [
        ("Réponse de <a href='/'>pont-de-mill</a>", "pont-de-mill"),
        ("Reply from Mill Road Trust:", "Mill Road Trust"),
        ("Antwort von <b>Brückenverein</b>", "Brückenverein"),
    ],
)
def test_an_answer_under_a_label_naming_who_answers_is_a_reply_by_that_name(
    label: str, answerer: str
) -> None:
    doc = read(
        "<div id='notes'>"
        + _answered(1, "Lou", "Will the footpath reopen too?", label, "Yes, from next Monday, both sides.")
        + _answered(2, "Max", "The buses are back on the old route.", "", "")
        + "</div>"
    )
    assert rows(doc) == [
        ("Lou", "Will the footpath reopen too?", None),
        (answerer, "Yes, from next Monday, both sides.", "c1"),
        ("Max", "The buses are back on the old route.", None),
    ]


def test_a_label_saying_whom_the_answer_is_to_names_no_answerer() -> None:
    # "Réponse à Lou" is a reply *to* Lou: nothing in it says who writes, so it is no answer box
    doc = read(
        "<div id='notes'>"
        + _answered(1, "Lou", "Will the footpath reopen too?", "Réponse à Lou", "Yes, from next Monday.")
        + _answered(2, "Max", "The buses are back on the old route.", "", "")
        + "</div>"
    )
    assert [c.author for c in doc.comments] == ["Lou", "Max"]
