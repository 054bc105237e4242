"""Mechanisms of the pass after the first reading of held-out batches 25-26 (issue 14, session 11,
pages A): each on a hand-made page, none keyed to a site's class names. See
docs/bench-readers-html.md, "Session 11: after the reading of batches 25-26 (pages A)"."""

from __future__ import annotations

import pytest
from bridge_page import ARTICLE, read, rows

from slant.readers._html_edges import article_edges

pytestmark = pytest.mark.issue(14)

_TEXTS = (
    "The new deck feels much firmer than the old one did last winter.",
    "They resurfaced the approach road as well, which nobody expected.",
    "Will the night buses use the bridge again from next week on?",
)
_NAMES = ("Ann Porter", "Bo Chan", "Cy Diaz")


# --- reply buttons that point at the comment form through an anchor no element carries ---


def _entry(number: int, name: str, text: str) -> str:
    # the reply link's anchor ("#form_p42") is the form's, under another id: it names no comment
    return (
        f"<a id='e{number}'></a><div class='entry'><h5>Comment from: <a href='/people/{number}'>{name}</a></h5>"
        f"<blockquote><small>03/03/25 @ 1{number}:21</small><div><p>{text}</p></div>"
        f"<a href='/2025/03/bridge?reply_ID={number}&amp;redir=no#form_p42' class='entry_reply'>"
        "Reply to this comment</a></blockquote></div>"
    )


def test_reply_buttons_to_the_form_are_no_links_to_other_pages_comments() -> None:
    discussion = (
        "<div class='post'><h4>Comments:</h4>"
        + "".join(
            _entry(number, name, text) for number, (name, text) in enumerate(zip(_NAMES, _TEXTS, strict=True))
        )
        + "<form id='form_id_42'><textarea name='p'></textarea></form></div>"
    )
    assert [(author, text) for author, text, _ in rows(read(discussion))] == list(
        zip(_NAMES, _TEXTS, strict=True)
    )


# --- a thread wrapper whose replies carry the comment's class and a modifier of it ---


def _note(name: str, text: str, *, reply: bool = False) -> str:
    kind = "note note--reply" if reply else "note"
    return (
        f"<article class='{kind}'><header><strong>{name}</strong> "
        "<time datetime='2025-03-03T10:21:00+01:00'>3 hours ago</time></header>"
        f"<div class='words'><p>{text}</p></div>"
        "<footer><button>Like (2)</button> <a href='#write'>Reply</a></footer></article>"
    )


def test_replies_marked_by_a_modifier_class_are_the_wrappers_replies() -> None:
    first = "<div class='thread'>" + _note(_NAMES[0], _TEXTS[0]) + "<div class='answers'>"
    first += (
        _note(_NAMES[1], _TEXTS[1], reply=True) + _note(_NAMES[2], _TEXTS[2], reply=True) + "</div></div>"
    )
    others = "".join(
        "<div class='thread'>" + _note(name, text) + "</div>"
        for name, text in (
            ("Di Evans", "Good news for the shops on the far side of the river."),
            ("Ed Fox", "The cycle lane is still missing on the north side, sadly."),
        )
    )
    found = rows(
        read("<section><h2>Comments (5)</h2><div class='threads'>" + first + others + "</div></section>")
    )
    assert [(author, parent) for author, _, parent in found] == [
        ("Ann Porter", None),
        ("Bo Chan", "c1"),
        ("Cy Diaz", "c1"),
        ("Di Evans", None),
        ("Ed Fox", None),
    ]
    assert [text for _, text, _ in found[:3]] == list(_TEXTS)


# --- the post author's answer under a label, with a name and a date of its own ---


def _review(name: str, text: str, *, answer: str = "") -> str:
    return (
        f"<div class='review'><div class='review-head'><span class='who'>{name}</span> <span>5/5</span> "
        f"<span class='when'>le 03/03/2025</span></div><p>{text}</p>"
        "<div><button>Utile (3)</button> <a href='#'>Signaler</a></div>" + answer + "</div>"
    )


def test_a_labelled_answer_with_its_own_name_and_date_is_a_reply_by_that_name() -> None:
    answer = (
        "<div class='answer-box'><p>Réponse de l'auteur</p><span class='who'>Chef_Mireille</span> "
        "<span class='when'>le 03/03/2025</span><p>Merci Nadine ! Vous pouvez aussi ajouter des lardons "
        "pour une version plus gourmande, ou un peu de muscade.</p></div>"
    )
    discussion = (
        "<section><h2>Avis (3)</h2>"
        + _review("Nadine45", "Très bonne recette, la pâte était croustillante. Je referai !", answer=answer)
        + _review("Pierrot_du_Jura", "Bon, mais un peu trop liquide au centre, dix minutes de plus.")
        + _review("Sandrine L.", "Excellente avec un comté de dix-huit mois, servie avec une salade.")
        + "</section>"
    )
    found = rows(read(discussion))
    assert [(author, parent) for author, _, parent in found] == [
        ("Nadine45", None),
        ("Chef_Mireille", "c1"),
        ("Pierrot_du_Jura", None),
        ("Sandrine L.", None),
    ]
    assert found[0][1] == "Très bonne recette, la pâte était croustillante. Je referai !"
    assert found[1][1].startswith("Merci Nadine !")


# --- a block of the comments' kind between them that reads as no comment stays out of the article ---


def test_a_nameless_block_among_the_comments_is_not_left_to_end_the_article() -> None:
    trackback = (
        "<a id='e9'></a><div class='entry'><h5>Trackback from another site's weekend round-up</h5>"
        "<blockquote><small>03/03/25 @ 21:40</small><div><p>[...] the bridge reopened and the buses are "
        "back, see the council's notice [...]</p></div></blockquote></div>"
    )
    entries = [
        _entry(number, name, text) for number, (name, text) in enumerate(zip(_NAMES, _TEXTS, strict=True))
    ]
    # the comments in the post's own division, beside its text: no section of their own to cut
    discussion = "<h4>Comments:</h4>" + "".join(entries[:2]) + trackback + entries[2]
    doc = read(f"<div class='post'>{ARTICLE}{discussion}</div>", before="")
    assert [c.author for c in doc.comments] == list(_NAMES)
    assert "buses are back" not in doc.article.text
    assert doc.article.text.endswith("Residents had waited a long time for this day.")


# --- a list above the first paragraph (a recipe's ingredients) is the page's, however long ---


def test_a_list_of_short_items_above_the_first_paragraph_is_cut_whole() -> None:
    text = "\n\n".join(
        [
            "Ingredients",
            *(f"- {item}" for item in ("1 pastry", "3 leeks", "3 eggs", "20 cl cream", "100 g cheese")),
            "Method",
            "A simple savoury tart for weeknights, with melted leeks, grated cheese and a home-made crust.",
            "- Step 1 Sweat three sliced leeks in butter for fifteen minutes without letting them colour.",
        ]
    )
    kept, cut = article_edges(text, title="Leek and cheese tart")
    assert kept.startswith("A simple savoury tart")
    assert cut[0] == "Ingredients" and cut[-1] == "Method"
