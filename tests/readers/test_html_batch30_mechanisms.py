"""Mechanisms after the first reading of held-out batch 30 (issue 14, session 12): a comment's head
line of name and time read with its body, a member's blog host taken for a story's slug, an answer
inside a comment under a label naming who answers, a forum's posts among page boxes of the same tag
(the region's share, boxes of a post's own kind, layout parts) and a join date given as a relative
time. Each on a hand-made page or line; see docs/bench-readers-html.md, "Session 12: after the first
reading of batch 30"."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import read, rows

from slant.readers._html_fields import is_join_date, tidy_text

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
    assert tidy.published == (
        None if "ago" in head else "2025-03-05T10:21:00" if "10:21" in head else "2025-03-05"
    )


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
    # no field dates them: the head line's time does
    assert [c.published for c in doc.comments] == [
        "2025-03-05T10:21:00",
        "2025-03-05T11:02:00",
        "2025-03-05T16:10:00",
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


# --- a forum's posts among the page's boxes ----------------------------------------------------------


def _post(number: int, name: str, text: str, *, box: str = "who", layout: bool = False) -> str:
    profile = f"<div class='poster'><a href='/profile.php?3,{number}'>{name}</a></div><small>Beiträge: 1{number}</small>"
    if layout:
        profile = f"<table><tr><td>{profile}</td><td class='extra'></td></tr></table>"
    return (
        f"<div class='post'><div class='{box}'>{profile}</div>"
        f"<div class='subject'><h4><a href='/read.php?3,{number}'>Re: Die Brücke</a></h4></div>"
        f"<div class='post-date'>05. März 2025 1{number}:21</div><div class='post-body'>{text}</div>"
        f"<div class='options'><a href='/posting.php?{number}'>Antworten</a></div></div>"
    )


POSTS = (
    ("Guppyjule", "Die Brücke ist endlich wieder offen, ich bin heute früh drübergefahren."),
    ("Moosball", "Danke für die Nachricht, dann nehme ich morgen wieder den Bus."),
    ("Reinhold_W", "Der Fußweg auf der Ostseite ist aber noch gesperrt, also aufpassen."),
)
# a forum's frame: blocks of the posts' tag and other kinds around them
FRAME_BEFORE = (
    "<div id='top'><a href='/login.php'>Einloggen</a></div><div class='crumbs'><a href='/'>Forum</a></div>"
    "<div class='search'><form action='/search.php'><input name='q'></form></div>"
    "<div class='nav'><a href='/list.php'>Nachrichtenliste</a></div>"
)
FRAME_AFTER = (
    "<div class='nav'><a href='/older'>Nächstes Thema</a></div><div class='help'>Hilfe</div>"
    "<div class='plug'>Dieses Forum läuft mit Phorum.</div>"
)


def _forum(posts: str, *, before: str = FRAME_BEFORE, after: str = FRAME_AFTER) -> str:
    return f"<div id='forum'>{before}{posts}{after}</div>"


def test_a_forums_posts_among_more_blocks_of_the_page_frame_are_its_comments() -> None:
    # seven frame blocks of the same tag beside three posts: the posts are all of their kind
    doc = read(_forum("".join(_post(n, name, text) for n, (name, text) in enumerate(POSTS, 1))))
    assert [(c.author, c.text) for c in doc.comments] == list(POSTS)


def test_a_page_box_of_a_posts_part_kind_does_not_hide_that_part() -> None:
    # the posts' author box is div.box, as are the page's boxes beside the posts ("Ihre Antwort",
    # "Ähnliche Themen"): they show no time, so they are no comments' kind
    boxes = (
        "<div class='box'><h4>Ihre Antwort</h4><form action='/posting.php'><textarea></textarea></form></div>"
        "<div class='box'><h4>Ähnliche Themen</h4><ul><li><a href='/read.php?9'>Busfahrplan</a></li></ul></div>"
    )
    posts = "".join(_post(n, name, text, box="box") for n, (name, text) in enumerate(POSTS, 1))
    doc = read(_forum(posts, before="", after=boxes))
    assert [(c.author, c.text) for c in doc.comments] == list(POSTS)


def test_a_posts_author_box_laid_out_in_a_table_keeps_its_name() -> None:
    # a bare block beside the posts (the breadcrumb) is of the kind the table's divisions take once
    # unwrapped: a layout part is never another block
    posts = "".join(_post(n, name, text, layout=True) for n, (name, text) in enumerate(POSTS, 1))
    doc = read(_forum(posts, before="<div><a href='/'>Forum</a> &gt; Verkehr</div>", after=""))
    assert [(c.author, c.text) for c in doc.comments] == list(POSTS)


# --- a join date given as a relative time ------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Registriert: vor 2 Monaten Beiträge: 12", "Joined 3 years ago", "Inscrit depuis il y a 2 ans"]
)
def test_a_join_label_before_a_relative_time_is_a_join_date(text: str) -> None:
    assert is_join_date(lxml.html.fragment_fromstring(f"<small>{text}</small>"), text)


@pytest.mark.parametrize("text", ["vor 2 Stunden", "3 hours ago", "Beiträge: 12"])
def test_a_relative_time_with_no_join_label_is_no_join_date(text: str) -> None:
    assert not is_join_date(lxml.html.fragment_fromstring(f"<small>{text}</small>"), text)


def test_a_posts_time_is_its_date_not_the_posters_registration() -> None:
    posts = "".join(
        _post(n, name, text).replace("<small>", "<small>Registriert: vor 6 Jahren<br>")
        for n, (name, text) in enumerate(POSTS, 1)
    )
    doc = read(_forum(posts, before="", after=""))
    assert [c.published for c in doc.comments] == [
        "2025-03-05T11:21:00",
        "2025-03-05T12:21:00",
        "2025-03-05T13:21:00",
    ]


def _item(number: int, name: str, text: str) -> str:
    # the time shown shortened right after the name, in full in its title only ("Wei2025.03.05")
    return (
        f"<li class='line-box' data-id='{number}'><div class='item'><a href='/u{number}'><img alt=''></a>"
        f"<div class='top'><a class='who' href='https://blog.example/u{number}'><span class='nick'>{name}</span></a>"
        f"<span class='day' title='2025-03-05 1{number}:02:35'>2025.03.05</span><a class='btn-reply'>回复</a></div>"
        f"<div class='said'>{text}</div></div></li>"
    )


def test_replies_in_a_box_of_a_kind_showing_its_time_in_a_title_are_replies() -> None:
    # the box of replies beside a comment is of a kind that shows a time (a sign that it holds
    # comments) only in its items' title attributes
    thread = (
        "<ul class='list'>"
        + _item(1, "Wei", "桥终于修好了，第一班车早上六点就过去了。")
        + "<li class='replies'><ul class='list'>"
        + _item(2, "Lin", "是的，我也坐了那一班车，很准时。")
        + "</ul></li></ul>"
    )
    second = "<ul class='list'>" + _item(3, "Zhao", "东边的人行道什么时候开放？") + "</ul>"
    doc = read(f"<div class='box-of-comments'>{thread}{second}</div>")
    assert [(c.author, c.parent) for c in doc.comments] == [("Wei", None), ("Lin", "c1"), ("Zhao", None)]
