"""Mechanisms after the first reading of held-out batch 30 (issue 14, session 12): a comment's head
line of name and time read with its body, a member's blog host taken for a story's slug, an answer
inside a comment under a label naming who answers, a forum's posts among page boxes of the same tag
(the region's share, boxes of a post's own kind, layout parts) and a join date given as a relative
time. Each on a hand-made page or line; see docs/bench-readers-html.md, "Session 12: after the first
reading of batch 30"."""

from __future__ import annotations

import pytest
from bridge_page import read, rows

pytestmark = pytest.mark.issue(14)


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
