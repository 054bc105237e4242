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
