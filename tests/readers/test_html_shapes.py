"""Comments found by their shape when no known comment markup is on the page (issue 14).

Every page here is hand-made, with container names no markup family knows.
"""

from __future__ import annotations

import time

import lxml.html
import pytest

from slant import Document
from slant.readers._html import read_html_page
from slant.readers._html_shapes import find_shaped_comments

ARTICLE = (
    "<h1>The bridge on Mill Road reopens after two years</h1>"
    "<div class='story'>"
    + "<p>The bridge on Mill Road reopened on Monday morning after two years of repairs, and the first "
    "buses crossed it shortly after six. Residents had waited a long time for this day.</p>" * 4 + "</div>"
)


def page(discussion: str, *, extra: str = "") -> str:
    return f"<html><head><title>Bridge</title></head><body>{ARTICLE}{discussion}{extra}</body></html>"


def _read_text(markup: str) -> Document:
    return read_html_page(markup, url=None, source="<test>")


FLAT_DISCUSSION = (
    "<div id='talkback'><h3>What readers say</h3>"
    "<div class='entry'><a href='/people/ann' class='who'>Ann Porter</a>"
    "<span class='when'>2 weeks ago</span>"
    "<div class='said'><p>I drove over it this morning and it feels solid. Good work by the crews.</p></div></div>"
    "<div class='entry'><a href='/people/bo' class='who'>bo_lindqvist</a>"
    "<span class='when'>19. Juni 2018</span>"
    "<div class='said'><p>Two years is far too long for a bridge this short, in my opinion.</p></div></div>"
    "<div class='entry'><a href='/people/cy' class='who'>Cyril Dane</a>"
    "<span class='when'>il y a 3 jours</span>"
    "<div class='said'><p>The cycle lane on the east side is narrower than before, sadly.</p></div></div>"
    "</div>"
)
FLAT = page(FLAT_DISCUSSION)


@pytest.mark.issue(14)
def test_blocks_under_an_unknown_container_are_comments_with_author_time_and_text() -> None:
    document = _read_text(FLAT)
    assert [c.author for c in document.comments] == ["Ann Porter", "bo_lindqvist", "Cyril Dane"]
    assert [c.text for c in document.comments] == [
        "I drove over it this morning and it feels solid. Good work by the crews.",
        "Two years is far too long for a bridge this short, in my opinion.",
        "The cycle lane on the east side is narrower than before, sadly.",
    ]
    assert [c.parent for c in document.comments] == [None, None, None]
    assert document.meta["comment_markup"] == "shape"
    assert "Two years is far too long" not in document.article.text


def _item(key: str, name: str, when: str, said: str, replies: str = "") -> str:
    return (
        f"<li class='msg' id='{key}'><div class='top'><b>{name}</b> <time datetime='2024-05-0{len(key)}T10:00'>{when}</time></div>"
        f"<p>{said}</p><a href='#reply-{key}' class='act'>Reply</a>{replies}</li>"
    )


NESTED = page(
    "<ol id='talk'>"
    + _item(
        "m1",
        "Ann Porter",
        "May 1",
        "Does anyone know whether the night buses use it too?",
        "<ol class='under'>"
        + _item("m11", "Cyril Dane", "May 1", "Yes, the N4 crosses it from tonight on.")
        + "</ol>",
    )
    + _item("m2", "Dora Feld", "May 2", "Finally a proper footpath on both sides of the road.")
    + "</ol>"
)


@pytest.mark.issue(14)
def test_replies_nested_in_a_blocks_list_reply_to_that_block() -> None:
    document = _read_text(NESTED)
    assert [(c.author, c.parent) for c in document.comments] == [
        ("Ann Porter", None),
        ("Cyril Dane", "c1"),
        ("Dora Feld", None),
    ]
    assert document.comments[1].text == "Yes, the N4 crosses it from tonight on."


BADGES = page(
    "<section id='voices'>"
    "<article class='voice'><header class='line'><a href='/u/1'>Maria Keller Autor</a>"
    "<span class='ago'>3 часа назад</span></header>"
    "<div class='words'>Thanks to everyone who wrote in about the detour last year.</div>"
    "<div class='bar'><a href='#'>Like</a> · <a href='#'>Antworten</a> · <span>12</span> · <a href='#'>Report</a></div>"
    "</article>"
    "<article class='voice'><header class='line'><a href='/u/2'>Tom Berg</a>"
    "<span class='ago'>hace 2 días</span></header>"
    "<div class='words'>The new railings look good but the paint is already peeling.</div>"
    "<div class='bar'><span>LikeLiked by 3 people</span> <a href='#'>Reply</a> <a href='#'>Share</a></div>"
    "</article>"
    "</section>"
)


@pytest.mark.issue(14)
def test_action_words_and_badges_do_not_leak_into_authors_or_text() -> None:
    document = _read_text(BADGES)
    assert [c.author for c in document.comments] == ["Maria Keller", "Tom Berg"]
    assert [c.text for c in document.comments] == [
        "Thanks to everyone who wrote in about the detour last year.",
        "The new railings look good but the paint is already peeling.",
    ]


RECENT_WIDGET = (
    "<aside class='sidebar'><ul class='latest'>"
    "<li><a href='/u/5'>Karin Olsen</a> on <a href='/2023/05/market-hall#c-90'>The market hall closes</a>"
    " <span>3 days ago</span><p>I will miss the Saturday stalls very much indeed.</p></li>"
    "<li><a href='/u/6'>Olaf Brun</a> on <a href='/2023/04/bakery#c-91'>Bakery changes owner</a>"
    " <span>4 days ago</span><p>The new owner kept the rye bread, thankfully for us.</p></li>"
    "</ul></aside>"
)


@pytest.mark.issue(14)
def test_a_recent_comments_widget_is_not_this_pages_discussion() -> None:
    with_widget = _read_text(page("", extra=RECENT_WIDGET))
    assert list(with_widget.comments) == []
    beside_comments = _read_text(page(FLAT_DISCUSSION, extra=RECENT_WIDGET))
    assert [c.author for c in beside_comments.comments] == ["Ann Porter", "bo_lindqvist", "Cyril Dane"]


RELATED_STORIES = page(
    "<div class='more'><h2>More from the city desk</h2><ul class='teasers'>"
    "<li><a href='/2024/05/new-tram-line'>New Tram Line</a> <span class='d'>May 3, 2024</span>"
    "<p>The council approved the eastern extension after a long debate.</p></li>"
    "<li><a href='/2024/05/harbour-festival'>Harbour Festival</a> <span class='d'>May 2, 2024</span>"
    "<p>Three days of music and food return to the old harbour in June.</p></li>"
    "<li><a href='/2024/04/library-hours'>Library Hours</a> <span class='d'>April 28, 2024</span>"
    "<p>The central library opens on Sundays again from next month.</p></li>"
    "</ul></div>"
)
TAG_LIST = page(
    "<div class='topics'><ul class='tags'>"
    + "".join(
        f"<li><a href='/tag/{tag.lower()}'>{tag}</a></li>"
        for tag in ("Traffic", "Bridges", "Mill Road", "Buses")
    )
    + "</ul></div>"
)


@pytest.mark.issue(14)
@pytest.mark.parametrize("markup", [RELATED_STORIES, TAG_LIST], ids=["related-stories", "tag-list"])
def test_an_article_without_comments_gets_none(markup: str) -> None:
    document = _read_text(markup)
    assert list(document.comments) == []
    assert document.meta["comment_markup"] is None


@pytest.mark.issue(14)
def test_five_hundred_blocks_cost_linear_time() -> None:
    # About 48 ms here; the bound is for a slow, busy CI machine (speed itself is a benchmark's
    # job): a finder quadratic in the blocks would take seconds.
    blocks = "".join(
        f"<div class='row'><span class='n'>Reader{number}</span><span class='t'>{number % 50 + 1} minutes ago</span>"
        f"<div class='b'><p>{f'This is comment number {number} about the bridge and the buses on it. ' * 11}</p></div>"
        "<a href='#'>Reply</a></div>"
        for number in range(500)
    )
    markup = page(f"<div id='all'>{blocks}</div>")
    assert len(markup) > 400_000
    root = lxml.html.document_fromstring(markup)
    started = time.process_time()
    found, _ = find_shaped_comments(root)
    elapsed = time.process_time() - started
    assert len(found) == 500
    assert elapsed < 1


def _reaction(key: str, head: str, said: str, replies: str = "") -> str:
    return (
        f"<li class='reaction' id='r{key}'><a class='reaction__avatar' href='/profil/{key}'><img src='a.png' alt=''></a>"
        f"<p class='reaction__head'>{head} <time datetime='2025-03-03T1{key[-1]}:21'>le 3 mars à 1{key[-1]}h21</time></p>"
        f"<div class='reaction__text'><p>{said}</p></div><a href='#answer' class='reaction__answer'>Répondre</a>{replies}</li>"
    )


@pytest.mark.issue(14)
def test_a_name_followed_by_a_speech_verb_and_a_badge_is_the_name() -> None:
    document = _read_text(
        page(
            "<section id='talk'><ol class='reactions'>"
            + _reaction(
                "1",
                "<strong>Bernadette63 a écrit :</strong> <span class='reaction__tag'>Abonné</span>",
                "Deux mois sans piscine au printemps, c'est dur pour les enfants.",
                "<ol class='reaction__answers'>"
                + _reaction(
                    "2", "<strong>Jean-Luc M. a écrit :</strong>", "Mieux vaut fermer au printemps qu'en été."
                )
                + "</ol>",
            )
            + _reaction(
                "3",
                "<strong>nageur_du_dimanche a écrit :</strong> <span>Abonné</span>",
                "Quarante minutes jusqu'à Riom pour les clubs, il faudra covoiturer.",
            )
            + "</ol></section>"
        )
    )
    assert [(c.author, c.parent) for c in document.comments] == [
        ("Bernadette63", None),
        ("Jean-Luc M.", "c1"),
        ("nageur_du_dimanche", None),
    ]


def _post(key: str, name: str, body: str) -> str:
    return (
        f"<li id='post-{key}' class='message'><div class='userinfo'><a href='/members/{name}.{key}/' class='username'>{name}</a>"
        "<em class='usertitle'>Membre actif</em></div>"
        f"<div class='messagecontent'><blockquote class='messageText SelectQuoteContainer'>{body}</blockquote></div>"
        f"<div class='meta'><abbr data-time='1740989400' title='3 Mars 2025 à 08:10'>3 Mars 2025</abbr>"
        "<a class='reply' href='#'>Répondre</a></div></li>"
    )


@pytest.mark.issue(14)
def test_a_body_named_as_the_posts_text_is_read_though_its_class_speaks_of_quotes() -> None:
    # XenForo's body is blockquote.messageText.SelectQuoteContainer: a post, not a quote of another;
    # the quote box inside it still is one
    document = _read_text(
        page(
            "<ol id='thread'>"
            + _post("1", "Solene_rando", "J'ai roulé en 45 mm sur les chemins du Cézallier l'an dernier.")
            + _post(
                "2",
                "Thibaut63",
                "<div class='bbCodeQuote' data-author='Solene_rando'><blockquote class='quoteContainer'>"
                "J'ai roulé en 45 mm sur les chemins.</blockquote></div>Merci ! Tu les gonfles à combien ?",
            )
            + "</ol>"
        )
    )
    assert [(c.author, c.text) for c in document.comments] == [
        ("Solene_rando", "J'ai roulé en 45 mm sur les chemins du Cézallier l'an dernier."),
        ("Thibaut63", "Merci ! Tu les gonfles à combien ?"),
    ]


def _parts(key: str, name: str, said: str, replies: str = "") -> str:
    return (
        f"<ul class='msg' id='cmt{key}'><li class='msgname'><span class='who'><a href='/u/{key}'>{name}</a></span>"
        f" <small>发表于 2025-03-03 1{key[-1]}:21:33 <a href='#c'>回复</a></small></li>"
        f"<li class='msgarticle'>{said}{replies}</li></ul>"
    )


@pytest.mark.issue(14)
def test_lists_of_parts_repeated_as_siblings_are_comments_and_one_nested_in_the_text_replies() -> None:
    # Z-BlogPHP: each comment a ul of a name item and a text item, with no list around them; a reply's
    # ul sits inside its parent's text item
    document = _read_text(
        page(
            "<div id='talk'>"
            + _parts(
                "1",
                "路过的小王",
                "合盖不休眠是怎么设置的？我试过几次都会自动挂起。",
                _parts("2", "老陈", "改 logind.conf 里的设置再重启服务就行。"),
            )
            + _parts("3", "阿杰", "老电脑的电池最好拆掉，长期插电容易鼓包。")
            + "</div>"
        )
    )
    assert [(c.author, c.parent) for c in document.comments] == [
        ("路过的小王", None),
        ("老陈", "c1"),
        ("阿杰", None),
    ]
    assert document.comments[0].text == "合盖不休眠是怎么设置的？我试过几次都会自动挂起。"


@pytest.mark.issue(14)
def test_sibling_lists_of_items_of_one_kind_stay_lists_of_comments() -> None:
    # each ul a thread of li items of one kind (not one block of parts): every item is a comment
    def thread(*items: tuple[str, str]) -> str:
        return (
            "<ul class='thread'>"
            + "".join(
                f"<li class='entry'><b>{name}</b> <span>2 hours ago</span><p>{said}</p></li>"
                for name, said in items
            )
            + "</ul>"
        )

    document = _read_text(
        page(
            "<div id='talk'>"
            + thread(
                ("Ann Porter", "The bridge feels solid now, good work."),
                ("Cyril Dane", "Agreed, and the lane is wider."),
            )
            + thread(
                ("Dora Blum", "Two years was far too long for this."),
                ("Ed Ruiz", "It was a hard job under traffic."),
            )
            + "</div>"
        )
    )
    assert [c.author for c in document.comments] == ["Ann Porter", "Cyril Dane", "Dora Blum", "Ed Ruiz"]


def _titled_post(key: str, subject: str, name: str, said: str) -> str:
    return (
        f"<div class='post' id='{key}'><div class='head'><strong class='subject'>"
        f"<a href='#{key}'>{subject}</a></strong>"
        f"<small>3 May 2024, 10:1{len(key)}, by <a href='#'>{name}</a></small></div>"
        f"<div class='said'><p>{said}</p></div></div>"
    )


@pytest.mark.issue(14)
def test_a_name_after_a_word_of_authorship_beats_a_name_like_subject_line() -> None:
    # a forum's one-word subject line ("Parking") looks like a name and comes first; the words
    # "…, by" before the next link say which one is the author
    document = _read_text(
        page(
            "<div class='forum'>"
            + _titled_post("p1", "Parking", "Ann Porter", "Is there any parking near the bridge now?")
            + _titled_post("p22", "Parking", "Cyril Dane", "Yes, behind the old mill, free after six.")
            + _titled_post("p333", "Buses", "Dora Feld", "The night buses use it from tonight on.")
            + "</div>"
        )
    )
    assert [c.author for c in document.comments] == ["Ann Porter", "Cyril Dane", "Dora Feld"]


@pytest.mark.issue(14)
def test_a_word_of_authorship_inside_a_quote_names_the_quoted_person_not_the_author() -> None:
    quote = "<blockquote><div>Originally posted by <b>Ann Porter</b>:</div>Is there parking?</blockquote>"
    document = _read_text(
        page(
            "<div class='talk'>"
            + "".join(
                f"<div class='entry'><div class='head'><b>{name}</b><span class='when'>May {day}</span></div>"
                f"<div class='said'>{quoted}<p>{said}</p></div></div>"
                for name, day, quoted, said in (
                    ("Ann Porter", 1, "", "Is there any parking near the bridge now?"),
                    ("Cyril Dane", 2, quote, "Yes, behind the old mill, free after six."),
                    ("Dora Feld", 3, "", "The night buses use it from tonight on."),
                )
            )
            + "</div>"
        )
    )
    assert [c.author for c in document.comments] == ["Ann Porter", "Cyril Dane", "Dora Feld"]
