"""Mechanisms after the first reading of held-out batches 21-22 (issue 14, session 10, pages B): like
rows in any language, action rows and Drupal's field wrappers that are no names, bylines in French,
replies alone in a box and comments styled by generated class names. Each on a hand-made page or
line; see docs/bench-readers-html.md, "Session 10: after the first reading of batches 21-22 (pages B)"."""

from __future__ import annotations

import pytest
from bridge_page import read, rows

from slant.readers._html_fields import is_action_line, tidy_author
from slant.readers._text_chrome import is_chrome, is_like_row

pytestmark = pytest.mark.issue(14)


# --- like rows, in any language ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "LikeLiked by 21 people",
        "J'aimeAimé par 2 personnes",
        "J'aimeJ'aime",
        "Me gusta",
        "A 3 personas les gusta esto",
        "Gefällt mir",
        "Gefällt 4 Personen",
        "Нравится",
        "Нравится 5 людям",
        "赞",
        "12人赞过",
        "A 3 personnes aiment ça",
    ],
)
def test_a_like_row_is_a_row_of_buttons_in_every_language(line: str) -> None:
    assert is_like_row(line)
    assert is_action_line(line)
    assert is_chrome(line)  # the text reader drops it too


@pytest.mark.parametrize("line", ["I like it a lot", "Me gusta mucho tu texto", "J'aime beaucoup ce sentier"])
def test_a_sentence_about_liking_is_no_like_row(line: str) -> None:
    assert not is_like_row(line)
    assert not is_action_line(line)


def _liked_comment(number: int, name: str, text: str, row: str, *, classes: str) -> str:
    return (
        f"<li class='comment' id='comment-{number}'><article class='comment-body'>"
        f"<footer class='comment-meta'><div class='comment-author'><b class='fn'>{name}</b></div>"
        f"<div class='comment-metadata'><time datetime='2025-03-0{number}T10:21:00+01:00'>3 mars</time></div>"
        f"</footer><div class='comment-content'><p>{text}</p>"
        f"<p class='{classes}'><a href='?like_comment={number}'><span>{row.split('|')[0]}</span></a>"
        f"<span>{row.split('|')[1]}</span></p></div></article></li>"
    )


@pytest.mark.parametrize("classes", ["comment-likes", "reactions"])
def test_a_like_row_under_a_comment_stays_out_of_its_text(classes: str) -> None:
    # Jetpack's own class, and a class no reader knows: the row's words say what it is
    doc = read(
        "<ol class='comment-list'>"
        + _liked_comment(
            1, "Hervé", "Le balisage est-il bien visible ?", "J'aime|Aimé par 2 personnes", classes=classes
        )
        + _liked_comment(
            2,
            "Claire",
            "Oui, même dans le brouillard.",
            "Me gusta|A 3 personas les gusta esto",
            classes=classes,
        )
        + "</ol>"
    )
    assert [c.text for c in doc.comments] == [
        "Le balisage est-il bien visible ?",
        "Oui, même dans le brouillard.",
    ]


# --- action rows and field wrappers are no names --------------------------------------------------


def test_a_link_row_with_thread_is_an_action_row() -> None:
    assert is_action_line("Reply Thread Link")
    assert not is_action_line("Thread safety in Rust")


def _journal_comment(number: int, poster: str, text: str) -> str:
    return (
        f"<div class='thread'><div class='comment' id='cmt{number}'><div class='header'><div class='info'>"
        f"<span class='comment-poster'>{poster}</span> wrote: <span class='datetime'>2025-03-03 0{number}:40 pm (UTC)"
        f"</span></div></div><div class='contents'><div class='comment-content'>{text}</div></div>"
        f"<div class='footer'><ul class='links'><li><a href='?replyto={number}'>Reply</a></li>"
        f"<li><a href='?thread={number}'>Thread</a></li><li><a href='#cmt{number}'>Link</a></li></ul></div></div></div>"
    )


def test_an_anonymous_comment_is_not_named_after_its_action_row() -> None:
    doc = read(
        "<div id='comments'>"
        + _journal_comment(
            1,
            "<a href='/users/thistle'><b>thistle_and_moss</b></a>",
            "Bindweed is the bane of every allotment.",
        )
        + _journal_comment(
            2, "<span class='anonymous'>(Anonymous)</span>", "Cosmos are wonderful for cutting flowers."
        )
        + _journal_comment(
            3, "<a href='/users/kettle'><b>kettle_on</b></a>", "Forcing rhubarb under a bucket works."
        )
        + "</div>"
    )
    assert "Reply Thread Link" not in [c.author for c in doc.comments]
    assert [c.text for c in doc.comments][1] == "Cosmos are wonderful for cutting flowers."


def _field_comment(number: int, name: str, text: str, *, guest: bool = False) -> str:
    mark = " (not verified)" if guest else ""
    return (
        f"<article id='comment-{number}' class='comment js-comment'><footer class='comment__meta'>"
        f"<article class='profile'></article><p class='comment__author'><span>{name}</span>{mark}</p>"
        f"<p class='comment__time'>Mon, 03/03/2025 - 10:2{number}</p>"
        f"<p class='comment__permalink'><a href='/comment/{number}#comment-{number}'>Permalink</a></p></footer>"
        f"<div class='comment__content'><h3><a href='/comment/{number}#comment-{number}'>{text[:20]}…</a></h3>"
        f"<div class='field--name-comment-body'><p>{text}</p></div><ul class='links inline'>"
        f"<li class='comment-reply'><a href='/comment/reply/{number}'>Reply</a></li></ul></div></article>"
    )


def test_comments_inside_a_field_wrapper_named_by_its_machine_name_are_all_found() -> None:
    # Drupal's "field--name-comment" wraps the whole discussion: "name" there says which field
    doc = read(
        "<section class='field field--name-comment comment-wrapper'><h2>Comments</h2>"
        + _field_comment(1, "Alexei M.", "Thanks for the detailed report on the river.")
        + "<div class='indented'>"
        + _field_comment(2, "Dmitri Losev", "We took the train, then a local driver.")
        + "</div>"
        + _field_comment(3, "Ksenia", "We went in August, the water was low.")
        + "<div class='indented'>"
        + _field_comment(4, "Guest", "Fewer mosquitoes in August, though.", guest=True)
        + "</div></section>"
    )
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Alexei M.", None),
        ("Dmitri Losev", "c1"),
        ("Ksenia", None),
        ("Guest", "c3"),
    ]


@pytest.mark.parametrize("raw", ["Guest (not verified)", "Гость (не проверено)", "Gast (nicht überprüft)"])
def test_a_guest_mark_is_no_part_of_the_name(raw: str) -> None:
    assert tidy_author(raw) == raw.split(" (")[0]


# --- a French byline, a reply alone in its box, generated class names ------------------------------


def _blog_comment(number: int, name: str, text: str) -> str:
    return (
        f"<a id='c{number}'></a><div class='comment' id='c{number}x'><div class='comment-content'><p>{text}</p></div>"
        f"<div class='itemfooter'>Posté par <a href='https://blog.example/u{number}'>{name}</a>, "
        f"<a href='#c{number}'>lundi {number} mars 2025</a> | 10:2{number}</div></div>"
    )


def test_a_french_byline_names_a_commenter_whose_name_is_no_plain_name() -> None:
    doc = read(
        "<div id='comments'>"
        + _blog_comment(1, "Mireille", "Quelle bonne idée les boîtes d'œufs pour les semis !")
        + _blog_comment(2, "Jardinier du dimanche", "La Green Zebra est toujours plus lente chez moi aussi.")
        + _blog_comment(3, "Annie des Vosges", "Je commence mes semis seulement fin mars ici.")
        + "</div>"
    )
    assert [c.author for c in doc.comments] == ["Mireille", "Jardinier du dimanche", "Annie des Vosges"]


def _styled_comment(number: int, name: str, text: str, reply: tuple[str, str]) -> str:
    # every class generated by a CSS-in-JS tool: none says what the element is
    return (
        f"<div class='_2gPNSa' id='comment-{number}'><div class='_2TEvNi'><a href='/u/{number}'><img src='/a.jpg'></a></div>"
        f"<div class='_2eK0Ms'><div class='_23G05g'><a class='_1OhGeD' href='/u/{number}'>{name}</a></div>"
        f"<div class='_3OhIvz'>2025-03-0{number} 10:21</div><div class='_2bDGm4'>{text}</div>"
        f"<div class='_2ti5br'><span>Reply</span></div>"
        f"<div class='_2IUqvs'><div class='_1Jvkh4'><div class='_3tTnEY'><a class='_1OhGeD' href='/u/9'>{reply[0]}</a>"
        f"<span class='_2qlh2s'>Author</span>: <span class='_2bDGm4'>{reply[1]}</span></div>"
        f"<div class='_1xqkrI'><time>2025-03-0{number} 11:05</time> <span>Reply</span></div></div></div></div></div>"
    )


def test_a_reply_alone_in_its_box_under_generated_class_names_is_a_reply() -> None:
    doc = read(
        "<section id='comments'>"
        + _styled_comment(
            1,
            "Lin",
            "I learned to swim at thirty too, twice a week now.",
            ("Yuan", "Well done, that takes real patience, keep going and you will love it!"),
        )
        # the reply is longer than its comment: the comment's body is still its own
        + _styled_comment(
            2,
            "Sea Cat",
            "How did you learn to breathe?",
            ("Yuan", "Breathe out slowly at the edge of the pool first, then add your arms."),
        )
        + "</section>"
    )
    assert rows(doc) == [
        ("Lin", "I learned to swim at thirty too, twice a week now.", None),
        ("Yuan", "Well done, that takes real patience, keep going and you will love it!", "c1"),
        ("Sea Cat", "How did you learn to breathe?", None),
        ("Yuan", "Breathe out slowly at the edge of the pool first, then add your arms.", "c3"),
    ]


# --- a dateline above the headline ---------------------------------------------------------------


def test_a_short_header_block_above_the_headline_dates_the_article() -> None:
    header = (
        "<div class='_1Fzgd'><span>Inés Montoya</span><span>Escritor</span><span>3 mar 2025</span> "
        "<span>2 min de lectura</span></div>"
    )
    story = "".join(
        f"<p>El esmalte aguanta bien el lavavajillas, paso {n}, con cuidado y sin prisa.</p>"
        for n in range(6)
    )
    doc = read("", before=f"<article>{header}<h1>Cómo cuidar tus piezas</h1>{story}</article>")
    assert doc.article.published == "2025-03-03"


def test_running_text_above_the_headline_dates_nothing() -> None:
    above = (
        "<p>" + "Sale ends soon, order before 3 mar 2025 for delivery by the end of the week. " * 2 + "</p>"
    )
    story = "".join(
        f"<p>El esmalte aguanta bien el lavavajillas, paso {n}, con cuidado y sin prisa.</p>"
        for n in range(6)
    )
    doc = read("", before=f"<article>{above}<h1>Cómo cuidar tus piezas</h1>{story}</article>")
    assert doc.article.published is None
