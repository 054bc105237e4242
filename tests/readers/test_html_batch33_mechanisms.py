"""Mechanisms after the first reading of held-out batch 33 (issue 14, session 13): a reply head the
page draws in an element of its own ("<span>回复 <a>@Name</a>：</span>") left out of the text, an
avatar's letters and digits drawn from the name after them ("N7", "naranjo_73") not taken for the
author, a standfirst of key points (a list between headline and byline) not taken for the article,
and a reply head ("Antwort auf H. Brenner") that names a reply beside it under one level of nesting.
Each on a hand-made page or line; see docs/bench-readers-html.md, "Session 13: after the first reading
of batch 33"."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import read, rows

from slant.readers._html_comments import CommentExtraction, CommentRecord, _tidied
from slant.readers._html_dateline import standfirst_above_dateline
from slant.readers._html_fields import is_action_line, is_titled_quote
from slant.readers._html_shapes import _display_name

pytestmark = pytest.mark.issue(14)


# --- a reply head in an element of its own ---------------------------------------------------------


def _flat_comment(key: int, name: str, body: str) -> str:
    return (
        f"<div class='comment-item' id='comment-{key}'><div class='comment-head'>"
        f"<a class='user' href='/u/{key}'>{name}</a><span class='time'>3 天前</span></div>"
        f"<div class='comment-content'>{body}</div>"
        "<div class='comment-actions'><span class='reply-btn'>回复</span></div></div>"
    )


def test_a_reply_head_in_its_own_element_leaves_the_text_and_names_the_parent() -> None:
    doc = read(
        "<div class='comments'><h3>全部评论</h3>"
        + _flat_comment(1, "林未", "我一直用日历加纸质本，效果比各种应用都好。")
        + _flat_comment(2, "周舟", "同意，纸质本写下来的东西记得更牢。")
        + _flat_comment(
            3,
            "阿青",
            "<span class='reply-to'>回复 <a href='#'>@林未</a>：</span>日历加纸质本，这个组合我也想试试。",
        )
        + "</div>"
    )
    assert rows(doc)[2] == ("阿青", "日历加纸质本，这个组合我也想试试。", "c1")


def test_a_typed_reply_head_sharing_its_element_with_the_words_stays() -> None:
    doc = read(
        "<div class='comments'><h3>全部评论</h3>"
        + _flat_comment(1, "林未", "我一直用日历加纸质本，效果比各种应用都好。")
        + _flat_comment(2, "周舟", "同意，纸质本写下来的东西记得更牢。")
        + _flat_comment(
            3, "阿青", "<span>回复 <a href='#'>@林未</a> ：日历加纸质本，这个组合我也想试试。</span>"
        )
        + "</div>"
    )
    assert rows(doc)[2] == ("阿青", "回复 @林未 ：日历加纸质本，这个组合我也想试试。", "c1")


# --- an avatar's initials drawn from the name after them --------------------------------------------


def _avatar_comment(key: int, initials: str, name: str, body: str) -> str:
    return (
        f"<li class='comment' id='c{key}'><div class='comment-header'>"
        f"<span class='comment-avatar'>{initials}</span><span class='comment-user'>{name}</span>"
        f"<time datetime='2025-04-02T1{key}:21:00+02:00'>hace 3 horas</time></div>"
        f"<div class='comment-text'><p>{body}</p></div></li>"
    )


def test_an_avatars_letters_and_digits_are_not_the_author() -> None:
    doc = read(
        "<div class='comments'><h2>Comentarios</h2><ul class='comment-list'>"
        + _avatar_comment(1, "N7", "naranjo_73", "Por fin una medida con sentido para los comedores.")
        + _avatar_comment(2, "JF", "Jaume Ferrer", "¿Y qué pasa después del primer curso con la ayuda?")
        + _avatar_comment(3, "N7", "naranjo_73", "Eso me preocupa también, habría que fijarlo en el pliego.")
        + "</ul></div>"
    )
    assert [c.author for c in doc.comments] == ["naranjo_73", "Jaume Ferrer", "naranjo_73"]


# --- a standfirst of key points above the byline ------------------------------------------------------


def test_a_list_of_key_points_between_headline_and_byline_is_not_the_article() -> None:
    head = (
        "<article><h1>Los comedores escolares servirán fruta local tres días por semana</h1>"
        "<ul class='summary'><li>Los centros públicos empezarán en septiembre.</li>"
        "<li>La Diputación cubrirá el sobrecoste el primer curso.</li></ul>"
        "<p class='byline'><a href='/autores/lm/'>Lucía Moreno</a> <time>2 de abril de 2025 09:40h</time></p>"
        "<div class='body'>"
        + "<p>Desde septiembre, los comedores de los colegios públicos de la provincia servirán fruta de "
        "productores locales al menos tres días por semana, según la Diputación.</p>" * 3 + "</div></article>"
    )
    doc = read("", before=head)
    assert doc.article.text.startswith("Desde septiembre, los comedores")


def test_a_list_of_links_between_headline_and_byline_stays_where_it_was() -> None:
    page = (
        "<html><body><h1>Los comedores escolares servirán fruta local</h1>"
        "<ul><li><a href='/a'>Educación</a></li><li><a href='/b'>Agricultura</a></li></ul>"
        "<p><time>2 de abril de 2025 09:40h</time></p><div class='body'><p>"
        + "Desde septiembre, los comedores servirán fruta de productores locales. " * 3
        + "</p></div></body></html>"
    )
    assert standfirst_above_dateline(lxml.html.fromstring(page)) is None


# --- a reply head under one level of nesting ---------------------------------------------------------


def _sz_comment(key: int, name: str, body: str, *, answering: str | None = None) -> str:
    head = f"<p class='comment__reply-to'>Antwort auf {answering}</p>" if answering else ""
    return (
        f"<article class='comment' data-id='c{key}' id='c{key}'><header class='comment__header'>"
        f"<span class='comment__author'>{name}</span> "
        f"<time class='comment__date' datetime='2025-04-02T1{key}:21:00+02:00'>02.04.2025, 1{key}:21 Uhr</time></header>"
        f"{head}<div class='comment__text'><p>{body}</p></div>"
        "<footer class='comment__actions'><button>Antworten</button> <button>Melden</button></footer></article>"
    )


def test_a_reply_head_names_a_reply_beside_it_under_one_level_of_nesting() -> None:
    # the extraction as a shape finder gives it: the replies nested one level deep, under the root
    thread = lxml.html.fromstring(
        "<div class='comment-thread'>"
        + _sz_comment(1, "Leselampe", "Endlich. Unter der Woche schaffe ich es nie vor Schließung.")
        + "<div class='comment__replies'>"
        + _sz_comment(2, "H. Brenner", "Geht es Ihnen auch so mit den Lernplätzen am Samstag?")
        + _sz_comment(
            3, "Leselampe", "Genau deshalb. Ich hoffe, am Sonntag verteilt sich das.", answering="H. Brenner"
        )
        + _sz_comment(
            4, "Mira_K", "Zwei Angestellte für das ganze Haus finde ich knapp.", answering="Leselampe"
        )
        + "</div></div>"
    )
    blocks = list(thread.iter("article"))
    records = [
        CommentRecord(
            block.find("div").text_content(), block.find("header/span").text, None, parent, block.get("id")
        )
        for block, parent in zip(blocks, [None, 0, 0, 0], strict=True)
    ]
    found = _tidied(CommentExtraction("shape", records, [thread], blocks))
    # the head naming the comment it is nested in changes nothing
    assert [record.parent for record in found.comments] == [None, 0, 1, 0]


# --- a forum's quote table titled "X a écrit :" ------------------------------------------------------


def _forum_post(key: int, name: str, body: str) -> str:
    return (
        f"<div class='post' id='p{key}'><table class='msg'><tr>"
        f"<td class='side'><div class='pseudo'><b>{name}</b></div><div>Messages : {key * 17}</div></td>"
        f"<td class='main'><div class='toolbar'><span class='date'>Posté le 02-04-2025 à 1{key}:40:12</span> "
        "<a href='#'>Répondre</a> <a href='#'>Citer</a></div>"
        f"<div class='text'>{body}</div></td></tr></table></div>"
    )


def _quote_table(name: str, words: str) -> str:
    return f"<table class='q'><tr><td><b><a href='#'>{name} a écrit :</a></b><br>{words}</td></tr></table>"


def test_a_quote_table_titled_as_a_quote_is_not_the_posts_text() -> None:
    doc = read(
        "<div class='topic'>"
        + _forum_post(
            1, "Lavande_07", "<p>Ce qui m'a aidée, c'est de me lever au lieu de rester au lit à ruminer.</p>"
        )
        + _forum_post(
            2,
            "nuitblanche34",
            _quote_table(
                "Lavande_07", "Ce qui m'a aidée, c'est de me lever au lieu de rester au lit à ruminer."
            )
            + "<p>Tu te levais pour faire quoi ? J'ai peur.</p>",
        )
        + _forum_post(
            3,
            "Lavande_07",
            _quote_table("nuitblanche34", "Tu te levais pour faire quoi ?")
            + "<p>Lire un livre papier dans le salon, lumière faible.</p>",
        )
        + _forum_post(4, "Marc_Oudin", "<p>Pensez aussi à la chambre : trop chaude, on se réveille.</p>")
        + "</div>"
    )
    assert [(author, text) for author, text, _ in rows(doc)][-3:] == [
        ("nuitblanche34", "Tu te levais pour faire quoi ? J'ai peur."),
        ("Lavande_07", "Lire un livre papier dans le salon, lumière faible."),
        ("Marc_Oudin", "Pensez aussi à la chambre : trop chaude, on se réveille."),
    ]


def test_a_table_whose_first_line_reads_as_a_title_with_nothing_after_it_stays() -> None:
    box = lxml.html.fromstring(
        "<div>" + _quote_table("Lavande_07", "Ce qui m'a aidée, c'est de me lever.") + "</div>"
    )[0]
    assert not is_titled_quote(box)
    box.tail = "Tu te levais pour faire quoi ?"
    assert is_titled_quote(box)


# --- a tracker's timeline: minor events, a menu row, a login with the name in brackets ---------------


def _event(login: str, words: str, when: str) -> str:
    # a minor event: the head line alone ("felix triaged this task as Normal priority.")
    return (
        "<div class='shell minor'><div class='event spacer'>"
        f"<div class='event-title'><a class='handle' href='/p/{login}/'>{login}</a> {words}</div>"
        f"<span class='extra'><a href='#'>{when}</a></span></div></div>"
    )


def _note(login: str, name: str, text: str, when: str) -> str:
    # an event with a note: the same head line ("added a comment.") inside the content, the note under it
    return (
        "<div class='shell'><div class='event major'><div class='event-image'></div><div class='event-content'>"
        f"<div class='event-title'><a class='handle' href='/p/{login}/'>{login} ({name})</a> added a comment.</div>"
        f"<span class='extra'><a href='#'>{when}</a></span>"
        f"<div class='core'><div class='remarkup'><p>{text}</p></div></div>"
        "<div class='menu'><a href='#'>Quote</a> <a href='#'>Edit</a> <a href='#'>Remove</a></div>"
        "</div></div></div>"
    )


def test_a_timelines_minor_events_are_no_comments_and_its_notes_are_by_the_names_in_brackets() -> None:
    doc = read(
        "<div class='timeline'>"
        + _event("felix", "triaged this task as Normal priority.", "Apr 2 2025, 10:00 AM")
        + _note(
            "felix",
            "Felix Aaberg",
            "I can reproduce this on the main branch, the cache goes.",
            "Apr 2 2025, 10:21 AM",
        )
        + _note(
            "ines",
            "Ines Duarte",
            "Would keeping the cache use much more memory on phones?",
            "Apr 2 2025, 11:47 AM",
        )
        + _event("felix", "claimed this task.", "Apr 2 2025, 1:00 PM")
        + _note(
            "felix",
            "Felix Aaberg",
            "Only for the length of the animation, I will put up a patch.",
            "Apr 2 2025, 1:05 PM",
        )
        + _event(
            "felix", "mentioned this in D1183: Keep old tiles until the zoom ends.", "Apr 3 2025, 8:00 AM"
        )
        + _note(
            "gemma",
            "Gemma Holt",
            "The patch fixes it for me on a slow connection as well.",
            "Apr 3 2025, 8:12 AM",
        )
        + "</div>"
    )
    assert [(author, text[:20]) for author, text, _ in rows(doc)] == [
        ("Felix Aaberg", "I can reproduce this"),
        ("Ines Duarte", "Would keeping the ca"),
        ("Felix Aaberg", "Only for the length "),
        ("Gemma Holt", "The patch fixes it f"),
    ]


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("felix (Felix Aaberg)", "Felix Aaberg"),
        ("jdoe (John Doe)", "John Doe"),
        ("Klaus (Berlin)", "Klaus (Berlin)"),
        ("mk (Mira Koch)", "mk (Mira Koch)"),
    ],
)
def test_a_login_made_from_the_name_in_brackets_gives_way_to_the_name(shown: str, name: str) -> None:
    assert _display_name(shown) == name


def test_a_menu_row_of_quote_edit_remove_is_an_action_line() -> None:
    assert is_action_line("Quote Edit Remove")
