"""Mechanisms after the first reading of held-out batches 31 and 32 (issue 14, session 12): an action
row of quote buttons ("Цитировать Ответить С цитатой В цитатник") read as no text, the left margin
of a wrapper that holds a comment's element alone read as that comment's depth, and a fediverse
handle between the display name and the date ("Jana Vogt @jana@bitfeld.example 07.03.2025") left
out of the author, and a badge that says in a phrase whose post it is ("Auteur de l’article") left
out of the name element it sits in, and a reply in a flat list that opens by addressing a handle
joined by underscores ("Ночная_сова, значит…"). Each on a hand-made
page or line; see docs/bench-readers-html.md, "Session 12: after the reading of batches 31 and 32"."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import read, rows

from slant.readers._html_author_signs import name_text
from slant.readers._html_fields import is_action_line, tidy_author

pytestmark = pytest.mark.issue(14)


# --- an action row of quote buttons ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Цитировать Ответить С цитатой В цитатник", "Ответить В цитатник", "В цитатник"]
)
def test_a_row_of_quote_buttons_is_an_action_line(line: str) -> None:
    assert is_action_line(line)


@pytest.mark.parametrize("line", ["В цитатник не влезло", "В саду всё хорошо", "Ответить в саду"])
def test_a_sentence_with_the_little_word_is_no_action_line(line: str) -> None:
    assert not is_action_line(line)


# --- a wrapper's margin around a comment's layout table --------------------------------------------


def _table_comment(number: int, name: str, margin: int, text: str) -> str:
    # a diary's comment: a division indented by its style holds one layout table, avatar cell and
    # a cell of the head (name, time, a row of quote buttons) over the text
    return (
        f"<div id='Comment_{number}' class='GL_MAR10T' style='margin-left:{margin}px'>"
        "<table width='100%'><tr><td width='60'>"
        f"<a href='/users/u{number}/'><img src='/avatar/{number}.jpg' alt=''></a></td>"
        f"<td><div class='GL_MAR5B'><b><a href='/users/u{number}/'>{name}</a></b> "
        f"<span class='GL_TXTSM'>06-03-2025 1{number}:21</span> <span class='GL_TXTSM'><a href='#'>Цитировать</a> "
        "<a href='#'>Ответить</a> <a href='#'>С цитатой</a> <a href='#'>В цитатник</a></span></div>"
        f"<div class='GL_MAR5T'>{text}</div></td></tr></table></div>"
    )


def test_a_wrappers_margin_indents_the_comment_it_holds_alone() -> None:
    doc = read(
        "<div><b>Комментарии (4):</b></div>"
        + _table_comment(1, "Тамара", 0, "Спасибо, очень вовремя, рассада как раз вытянулась.")
        + _table_comment(2, "Фея", 30, "Не пересевайте, просто заглубите при пикировке.")
        + _table_comment(3, "Огородник", 0, "А какую лампу брали для досветки, подскажите?")
        + _table_comment(4, "Фея", 30, "Простую фитолампу на прищепке, сантиметров двадцать.")
    )
    assert rows(doc) == [
        ("Тамара", "Спасибо, очень вовремя, рассада как раз вытянулась.", None),
        ("Фея", "Не пересевайте, просто заглубите при пикировке.", "c1"),
        ("Огородник", "А какую лампу брали для досветки, подскажите?", None),
        ("Фея", "Простую фитолампу на прищепке, сантиметров двадцать.", "c3"),
    ]


# --- a fediverse handle between the display name and the date --------------------------------------


@pytest.mark.parametrize(
    ("box", "name"),
    [
        ("Jana Vogt @jana@bitfeld.example 07.03.2025, 10:40", "Jana Vogt"),
        ("mkühn @mkuehn@norden.example 07.03.2025, 12:30", "mkühn"),
        ("Nadia K. @nadia@pouet.example", "Nadia K."),
    ],
)
def test_a_handle_before_the_date_is_no_part_of_the_name(box: str, name: str) -> None:
    assert tidy_author(box) == name


def test_an_account_alone_before_the_date_stays_the_name() -> None:
    assert tidy_author("rowanbyte@lemmy.example 07.03.2025, 10:40") == "rowanbyte@lemmy.example"


# --- a badge phrase naming the post's author -------------------------------------------------------


@pytest.mark.parametrize("badge", ["Auteur de l’article", "Autor des Beitrags", "Author of this post"])
def test_a_phrase_naming_the_posts_author_is_a_badge(badge: str) -> None:
    head = lxml.html.fragment_fromstring(f"<h4>Étienne Roux <span class='post-author'>{badge}</span></h4>")
    assert name_text(head) == "Étienne Roux"


def test_a_name_after_the_author_word_is_no_badge() -> None:
    head = lxml.html.fragment_fromstring("<h4><span>Autor Klaus Müller</span> <span>Gast</span></h4>")
    assert name_text(head) == "Autor Klaus Müller Gast"


def _meta_comment(number: int, name: str, badge: str, text: str, replies: str = "") -> str:
    return (
        f"<li class='comment' id='li-comment-{number}'><div class='comment-inner'>"
        f"<div class='comment-meta-content'><h4>{name}{badge}</h4><h5><a href='#comment-{number}'>"
        f"mars {number}, 2025 à 11:02</a></h5></div><div class='comment-text'><p>{text}</p></div>"
        f"</div>{replies}</li>"
    )


def test_a_badge_phrase_stays_out_of_the_author() -> None:
    badge = " <span class='post-author'>Auteur de l’article</span>"
    doc = read(
        "<ol class='commentlist'>"
        + _meta_comment(
            1,
            "Claire Besson",
            "",
            "La photo du héron dans la brume est magnifique.",
            "<ul class='children'>"
            + _meta_comment(2, "Étienne Roux", badge, "Merci Claire, il faisait deux degrés ce matin.")
            + "</ul>",
        )
        + _meta_comment(3, "Yannick", "", "Le 50 mm pour la faune, c'est audacieux.")
        + "</ol>"
    )
    assert rows(doc) == [
        ("Claire Besson", "La photo du héron dans la brume est magnifique.", None),
        ("Étienne Roux", "Merci Claire, il faisait deux degrés ce matin.", "c1"),
        ("Yannick", "Le 50 mm pour la faune, c'est audacieux.", None),
    ]


# --- a flat list's reply addressing a handle ---------------------------------------------------------


def test_a_reply_opening_with_an_underscored_handle_answers_that_commenter() -> None:
    doc = read(
        _table_comment(1, "Ночная_сова", 0, "Со мной было точно так же, пропустила все главы о войне.")
        + _table_comment(2, "Сергей Ш.", 0, "А я так и не смог полюбить эту книгу, хотя пробовал.")
        + _table_comment(3, "Лисичка_с_книжкой", 0, "Ночная_сова, значит, это не только у меня.")
        + _table_comment(4, "Сергей Ш.", 0, "Лисичка_с_книжкой, а какую книгу вы перечитываете?")
    )
    assert [row[2] for row in rows(doc)] == [None, None, "c1", "c3"]


@pytest.mark.parametrize(
    "opening",
    [
        "Однако, это не так, и книга здесь ни при чём, по-моему.",
        "snake_case, as we call it, is fine for these names.",
    ],
)
def test_prose_or_an_unknown_handle_answers_nobody(opening: str) -> None:
    doc = read(
        _table_comment(1, "Ночная_сова", 0, "Со мной было точно так же, пропустила все главы о войне.")
        + _table_comment(2, "Сергей Ш.", 0, "А я так и не смог полюбить эту книгу, хотя пробовал.")
        + _table_comment(3, "Лисичка_с_книжкой", 0, opening)
    )
    assert [row[2] for row in rows(doc)] == [None, None, None]
