"""Mechanisms of the pass after the first reading of held-out batch 29 (issue 14, session 12): each
on a hand-made page, none keyed to a site's class names. See docs/bench-readers-html.md, "Session 12:
after the first reading of batch 29"."""

from __future__ import annotations

import pytest
from bridge_page import read, rows

pytestmark = pytest.mark.issue(14)


# --- a name drawn as a button, beside an avatar's initial and a badge ------------------------------


def _item(key: str, name: str, text: str, *, badge: str = "", answers: str = "", inner: str = "") -> str:
    # class names hashed by a CSS-module build: only "author" and "text" are left to read
    return (
        f"<div class='Item_root__k3Xq9' data-id='{key}'><div class='Item_head__Zr0v1'>"
        f"<div class='Avatar_x__w1YbN' aria-hidden='true'>{name[0]}</div>"
        f"<button class='Item_author__b8Vn2' type='button'>{name}</button>{badge}"
        f"<time datetime='2025-03-04T07:{key}:00+01:00'>vor 5 Std.</time></div>"
        + (
            f"<p class='Item_to__m2Hc0'>Antwort auf <a href='#c-{answers}'>{answers}</a></p>"
            if answers
            else ""
        )
        + f"<p class='Item_text__T0fKe'>{text}</p>"
        "<div><button type='button'>Antworten</button><button type='button'>Melden</button></div>"
        + (f"<div class='Item_more__Ue4sV'>{inner}</div>" if inner else "")
        + "</div>"
    )


def test_a_name_drawn_as_a_button_is_the_author() -> None:
    # a button whose class calls it the author holds the name; the avatar's letter, the badge and the
    # name in the "Antwort auf" line above a reply's text are not it
    badge = "<span class='Badge_badge__Pq1sX'>Top-Kommentar</span>"
    reply = _item("21", "Sabine K.", "Zuverlässig ist das Stichwort, sonst nimmt ihn keiner.", answers="Jörg")
    discussion = (
        "<section><h2>Lesermeinungen (3)</h2><div class='List_x__Vq8nM'>"
        + _item(
            "20", "Jörg Pfeiffer", "Endlich. Ich würde sofort den Nachtzug nehmen.", badge=badge, inner=reply
        )
        + _item("22", "Ulrich Benz", "Schade, dass Berlin nicht dabei ist, gerade nach Paris.")
        + "</div></section>"
    )
    assert [(author, parent) for author, _, parent in rows(read(discussion))] == [
        ("Jörg Pfeiffer", None),
        ("Sabine K.", "c1"),
        ("Ulrich Benz", None),
    ]


# --- a comment list whose items are of another type than "comment" ----------------------------------


def _review(number: int, name: str, text: str, *, kind: str = "review", rating: bool = True) -> str:
    return (
        f"<li class='{kind} depth-1' id='li-comment-{number}'><div id='comment-{number}' class='box'>"
        "<img class='avatar' src='/a.png' alt=''><div class='inner'>"
        + (
            "<div class='stars' role='img' aria-label='Rated 4 out of 5'>Rated 4 out of 5</div>"
            if rating
            else ""
        )
        + f"<p class='meta'><strong class='review-author'>{name}</strong> <span>–</span> "
        f"<time datetime='2025-03-0{number}T10:21:00+00:00'>March {number}, 2025</time></p>"
        f"<div class='description'><p>{text}</p></div></div></div>"
    )


def test_a_comment_list_of_reviews_is_read_by_the_shape_of_its_items() -> None:
    # the list is a WordPress one, but only the shop's answer is "li.comment" and no field has a name
    # the family knows: the shape finder reads every item, with its name and time, and no head line
    discussion = (
        "<div id='reviews'><h2>3 reviews</h2><ol class='commentlist'>"
        + _review(3, "Hazel M.", "Bought this to replace a trowel that snapped at the neck.")
        + "</li>"
        + _review(4, "Tomasz R.", "Good trowel, but the leather loop came off after two weeks.")
        + "<ul class='children'>"
        + _review(5, "Garden Supply", "Sorry to hear about the loop, we have sent a new one.", kind="comment", rating=False)
        + "</li></ul></li>"
        + _review(6, "June Ashworth", "Lovely to hold, and the narrow blade suits bulbs in the lawn.")
        + "</li></ol></div>"
    )  # fmt: skip
    doc = read(discussion)
    assert rows(doc) == [
        ("Hazel M.", "Bought this to replace a trowel that snapped at the neck.", None),
        ("Tomasz R.", "Good trowel, but the leather loop came off after two weeks.", None),
        ("Garden Supply", "Sorry to hear about the loop, we have sent a new one.", "c2"),
        ("June Ashworth", "Lovely to hold, and the narrow blade suits bulbs in the lawn.", None),
    ]
    assert doc.comments[0].published == "2025-03-03T10:21:00+00:00"


# --- an answer named a reply, in a list of replies under the comment it answers ----------------------


def _blog_comment(
    number: int, name: str, text: str, *, children: str = "", owner: bool = False, dated: bool = True
) -> str:
    label = " <span class='comment-owner'>Auteur</span>" if owner else ""
    kind = "comment comment-owner-reply" if owner else "comment"
    return (
        f"<div class='{kind}' id='comment-{number}'><div class='comment-header'>"
        f"<span class='comment-number'>{number}</span>"
        f"<span class='comment-author'><span class='comment-author-name'>{name}</span>{label}</span>"
        + (f"<span class='comment-date'>Mardi 4 Mars 2025 à 1{number}:21</span>" if dated else "")
        + "</div>"
        f"<div class='comment-body'><p>{text}</p></div>"
        + (f"<div class='comment-children'>{children}</div>" if children else "")
        + "</div>"
    )


def test_an_answer_named_a_reply_in_a_list_of_replies_is_a_comment() -> None:
    # "comment comment-owner-reply" is one comment, named a reply; "comment-children" is the list it is
    # in: the list is not the comment, the answer inside it is (comments without a time or a button,
    # which the shape finder does not read: the "comment"-named elements are all there is)
    answer = _blog_comment(
        2, "Cécile", "Avec plaisir, montre-moi le résultat si tu veux.", owner=True, dated=False
    )
    discussion = (
        "<div id='comments'><h3>3 Commentaires</h3>"
        + _blog_comment(1, "Nadège", "Merci pour ce tuto très clair, je vais le coudre.", children=answer, dated=False)
        + _blog_comment(3, "Jeanne", "On peut remplacer les sangles par des anses en cuir ?", dated=False)
        + "</div>"
    )  # fmt: skip
    assert [(author, parent) for author, _, parent in rows(read(discussion))] == [
        ("Nadège", None),
        ("Cécile", "c1"),
        ("Jeanne", None),
    ]


# --- a recent-comments box in a sidebar drawn as a named <div> ----------------------------------------


_LATEST = (
    "<div id='sidebar'><div class='box box-last-comments'><h3>Derniers commentaires</h3><ul>"
    "<li><span class='lc-author'>Mamie Lou</span> sur <a href='/r/0.html'>Trousse zippée</a>"
    "<div class='lc-text'>Trop joli, merci pour le partage de ce modèle…</div></li>"
    "<li><span class='lc-author'>Sandrine</span> sur <a href='/r/1.html'>Un tablier</a>"
    "<div class='lc-text'>Très beau travail, bravo pour les finitions…</div></li></ul></div></div>"
)


def test_a_recent_comments_box_in_a_sidebar_div_quotes_no_comment_of_this_page() -> None:
    # each item links to another post: in a "div#sidebar" (no <aside>), it is the sidebar's widget
    discussion = (
        "<div id='comments'>"
        + _blog_comment(1, "Nadège", "Merci pour ce tuto très clair, je vais le coudre.")
        + _blog_comment(3, "Jeanne", "On peut remplacer les sangles par des anses en cuir ?")
        + "</div>"
    )
    assert [author for author, _, _ in rows(read(discussion, after=_LATEST))] == ["Nadège", "Jeanne"]


def test_a_layout_wrapper_named_for_its_sidebar_is_no_sidebar() -> None:
    # "container has-sidebar" holds the article and the comments (whose reply links each go to a
    # page address of their own): the wrapper's name does not make them a widget
    discussion = (
        "<div id='comments'>"
        + _blog_comment(1, "Nadège", "Merci pour ce tuto très clair, je vais le coudre.").replace(
            "</div></div>", "<a href='?replytocom=1#respond'>Répondre</a></div></div>", 1
        )
        + _blog_comment(3, "Jeanne", "On peut remplacer les sangles par des anses en cuir ?").replace(
            "</div></div>", "<a href='?replytocom=3#respond'>Répondre</a></div></div>", 1
        )
        + "</div>"
    )
    page = read(f"<div class='container has-sidebar'>{discussion}</div>", after=_LATEST)
    assert [author for author, _, _ in rows(page)] == ["Nadège", "Jeanne"]


# --- a reply head the markup draws ("A 回复 B：text") -------------------------------------------------


def _thread(reply_head: str) -> str:
    return (
        "<div class='c-area'><div class='c-head'>评论 3</div><div class='c-list'>"
        "<div class='c-item' data-id='1'><div class='c-main'><div class='c-user'><span class='c-name'>老周看世界</span>"
        "</div><div class='c-content'>我家就在一楼，说实话不是不支持，是补偿方案一直没人来谈。</div>"
        "<div class='c-meta'><span class='c-time' title='2025-03-04 10:12:00'>3小时前</span><a>回复</a></div>"
        "<div class='c-replies'>"
        f"<div class='c-reply' data-id='2'><span class='c-name'>晴天小雨</span>{reply_head}"
        "<span class='c-reply-content'>理解一楼，我们单元最后是六楼出得最多，大家都没意见。</span>"
        "<div class='c-meta'><span class='c-time' title='2025-03-04 10:40:00'>3小时前</span></div></div>"
        "</div></div></div>"
        "<div class='c-item' data-id='3'><div class='c-main'><div class='c-user'><span class='c-name'>杭州阿杰</span>"
        "</div><div class='c-content'>采光影响确实要请第三方评估，不然谁说了都不算。</div>"
        "<div class='c-meta'><span class='c-time' title='2025-03-04 11:30:00'>2小时前</span><a>回复</a></div>"
        "</div></div></div></div>"
    )  # fmt: skip


def test_a_reply_head_drawn_in_markup_is_no_part_of_the_text() -> None:
    # the answered name is marked up as the author's is: the page's head line, not the reply's words
    doc = read(_thread(" 回复 <span class='c-name'>老周看世界</span>："))
    assert rows(doc)[1] == ("晴天小雨", "理解一楼，我们单元最后是六楼出得最多，大家都没意见。", "c1")


def test_reply_words_typed_by_the_commenter_stay_in_the_text() -> None:
    # the same words with the name in no element of the author's kind: the commenter typed them
    doc = read(_thread(" <span class='c-reply-content'>回复 老周看世界：</span>"))
    assert rows(doc)[1][1].startswith("回复 老周看世界：")
