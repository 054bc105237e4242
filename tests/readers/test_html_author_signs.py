"""A commenter's name from the agreement of generic signs, and names without their badges (issue 14).

Every page here is hand-made: a comment list a markup family knows, with an author box named in a
theme's own words, so that only the generic signs (a name-like element, a reply link's label, an
avatar's alt) can give the name.
"""

from __future__ import annotations

import lxml.html
import pytest

from slant import Document
from slant.readers._html import read_html_page
from slant.readers._html_author_signs import agreed_author, name_text

ARTICLE = (
    "<h1>The ferry timetable is cut for the summer</h1><div class='story'>"
    + "<p>The island ferry will run four crossings a day instead of six from June, the operator said on "
    "Monday, blaming a shortage of crew that it expects to last until the autumn.</p>" * 4 + "</div>"
)


def _read(discussion: str) -> Document:
    markup = f"<html><head><title>Ferry</title></head><body>{ARTICLE}{discussion}</body></html>"
    return read_html_page(markup, url=None, source="<test>")


def _comment(head: str, text: str, label: str) -> str:
    return (
        "<li class='comment'><article class='comment-body'>"
        f"<div class='themehead'>{head}</div><div class='comment-content'><p>{text}</p>"
        f"<a class='comment-reply-link' href='?replytocom=1#respond' aria-label='{label}'>Reply</a></div>"
        "</article></li>"
    )


@pytest.mark.issue(14)
def test_a_name_element_and_the_reply_links_label_agreeing_give_the_author_in_any_language() -> None:
    document = _read(
        "<ol class='commentlist'>"
        + _comment(
            "<span class='fn'>Ewan Strachan</span>", "Four crossings is not enough.", "Reply to Ewan Strachan"
        )
        + _comment(
            "<cite><a class='url'>Marta Quiroga</a></cite>",
            "El fin de semana no hay barco.",
            "Responder a Marta Quiroga",
        )
        + _comment("<cite>Ben</cite>", "Wann fährt die erste Fähre?", "Auf Ben antworten")
        + _comment("<span class='nick'>小雨点</span>", "周末的船还开吗？我想去岛上看看。", "回复给小雨点")
        + "</ol>"
    )
    assert [comment.author for comment in document.comments] == [
        "Ewan Strachan",
        "Marta Quiroga",
        "Ben",
        "小雨点",
    ]


@pytest.mark.issue(14)
def test_one_sign_alone_or_a_label_naming_someone_else_gives_no_author() -> None:
    # read on the comments' blocks: on a page, a list whose family leaves most names unread is read
    # again by the shape finder (session 12), which takes a name-like element alone for the name
    blocks = [
        # a name-like element, but the label names nobody in it
        _comment("<span class='fn'>Ewan Strachan</span>", "Four crossings is not enough.", "Reply to this comment"),
        # a label with a name, but inside a longer word of the element's text: no agreement
        _comment("<cite>Anne</cite>", "The timetable was posted late.", "Reply to Annette"),
    ]  # fmt: skip
    for markup in blocks:
        block = lxml.html.fragment_fromstring(markup)
        assert agreed_author(block, nested=lambda element: False) is None


@pytest.mark.issue(14)
def test_an_avatars_alt_agrees_with_a_name_element() -> None:
    block = lxml.html.fragment_fromstring(
        "<div><img alt='Lucía Mendaña' src='a.png'><p class='who'><b class='fn'>Lucía Mendaña</b></p>"
        "<p>Hice el catamarán en octubre.</p></div>"
    )
    assert agreed_author(block, nested=lambda element: False) == "Lucía Mendaña"


@pytest.mark.issue(14)
def test_a_reply_nested_in_the_comment_is_not_read_for_its_signs() -> None:
    block = lxml.html.fragment_fromstring(
        "<div><p>Text of the comment, no name.</p>"
        "<div class='reply'><cite>Other Person</cite><a aria-label='Reply to Other Person'>Reply</a></div></div>"
    )
    reply = block.find("div")
    assert agreed_author(block, nested=lambda element: element is reply) is None
    assert agreed_author(block, nested=lambda element: False) == "Other Person"


@pytest.mark.parametrize(
    ("markup", "name"),
    [
        # a badge named by its class, beside the name inside the name element
        (
            "<cite><b class='fn'>Lou Marchetti</b> <span class='ast-highlight-text'>Post author</span></cite>",
            "Lou Marchetti",
        ),
        # a guest mark before the name
        ("<span class='tit'><span class='revert_Guest'>[游客]</span><a>小雨点</a></span>", "小雨点"),
        # a badge told by its words, glued to the name by markup
        ("<h3><a class='username'>Thibaut63</a><em>Nouveau membre</em></h3>", "Thibaut63"),
        # a name that is a badge word is still a name when nothing else is there
        ("<span class='fn'><a>Admin</a></span>", "Admin"),
        ("<span class='fn'>Plain Name</span>", "Plain Name"),
    ],
)
@pytest.mark.issue(14)
def test_a_name_element_is_read_without_the_badges_beside_the_name(markup: str, name: str) -> None:
    assert name_text(lxml.html.fragment_fromstring(markup)) == name


@pytest.mark.issue(14)
def test_a_generic_author_box_with_a_badge_gives_the_name_not_the_badge() -> None:
    document = _read(
        "<div id='comments' class='comments-area'><ol class='theme-comment-list'>"
        "<li class='comment'><header class='theme-comment-author vcard'><cite><b class='fn'>Greg Ashdown</b></cite>"
        "<time datetime='2025-03-03T12:30'>March 3, 2025</time></header>"
        "<section class='theme-comment-content'><p>Mine were still chewy in the middle. Is my oven too cool?</p></section>"
        "<ol class='children'><li class='comment bypostauthor'><header class='theme-comment-author vcard'>"
        "<cite><b class='fn'>Lou Marchetti</b> <span class='theme-highlight-text theme-post-author'>Post author</span></cite>"
        "<time datetime='2025-03-03T13:05'>March 3, 2025</time></header>"
        "<section class='theme-comment-content'><p>Almost always the thickness, Greg. Roll it thinner.</p></section>"
        "</li></ol></li>"
        "<li class='comment'><header class='theme-comment-author vcard'><cite><b class='fn'>Fern Adeyemi</b></cite>"
        "<time datetime='2025-03-03T17:44'>March 3, 2025</time></header>"
        "<section class='theme-comment-content'><p>A pasta machine makes this much easier.</p></section></li>"
        "</ol></div>"
    )
    assert [(comment.author, comment.parent) for comment in document.comments] == [
        ("Greg Ashdown", None),
        ("Lou Marchetti", "c1"),
        ("Fern Adeyemi", None),
    ]
