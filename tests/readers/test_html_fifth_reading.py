"""Mechanisms added after the readings of held-out batches 9 and 10 (issue 14): each on a hand-made
page, none keyed to a site's class names. See docs/bench-readers-html.md, "Fifth reading"."""

from __future__ import annotations

import lxml.html
import pytest

from slant import Document
from slant.readers._html import read_html_page
from slant.readers._html_fields import is_action_line, is_quote, quoted_author

pytestmark = pytest.mark.issue(14)

ARTICLE = (
    "<h1>The bridge on Mill Road reopens after two years</h1><div class='story'>"
    + "<p>The bridge on Mill Road reopened on Monday morning after two years of repairs, and the first "
    "buses crossed it shortly after six. Residents had waited a long time for this day.</p>" * 4 + "</div>"
)


def read(discussion: str, *, before: str = ARTICLE, after: str = "") -> Document:
    markup = f"<html><head><title>Bridge</title></head><body>{before}{discussion}{after}</body></html>"
    return read_html_page(markup, url=None, source="<test>")


def rows(doc: Document) -> list[tuple[str | None, str, str | None]]:
    return [(c.author, c.text, c.parent) for c in doc.comments]


# --- a footer line of counters and buttons is not the comment's text ---------------------------------


@pytest.mark.parametrize("line", ["赞 (3) 回应", "回應", "赞 (0) 收藏 转发"])
def test_a_chinese_footer_of_counters_and_buttons_is_an_action_line(line: str) -> None:
    assert is_action_line(line)


def test_a_short_chinese_sentence_is_not_an_action_line() -> None:
    assert not is_action_line("回应得很好，谢谢")


# --- a quote's title line names its source even when the name is a link -----------------------------


@pytest.mark.parametrize(
    ("markup", "author"),
    [
        (
            "<blockquote class='UserQuote'><div><a href='/profile/Sylvie'>Sylvie R.</a> a dit :</div>"
            "<div><p>Old text.</p></div></blockquote>",
            "Sylvie R.",
        ),
        (
            "<table class='forum-quote'><tr><th>Цитата</th></tr><tr><td>Марина Л. пишет:<br>Old.</td></tr></table>",
            "Марина Л.",
        ),
        ("<blockquote><p><b>Ann</b> said:</p><p>Old text.</p></blockquote>", "Ann"),
    ],
)
def test_a_quote_title_with_a_linked_name_and_more_speech_verbs(markup: str, author: str) -> None:
    element = lxml.html.fragment_fromstring(markup)
    assert is_quote(element)
    assert quoted_author(element) == author


def test_a_bare_blockquote_with_a_bold_word_stays_text() -> None:
    element = lxml.html.fragment_fromstring("<blockquote><p><b>Never</b> again, I promise.</p></blockquote>")
    assert not is_quote(element)


# --- a part of a comment whose attribute names an earlier comment's id gives its parent -----------------


def _item(cid: str, name: str, text: str, *, quote_of: str | None = None) -> str:
    quote = (
        f"<div class='q' data-ref_cid='{quote_of}'><span>Earlier words quoted here.</span></div>"
        if quote_of
        else ""
    )
    return (
        f"<li class='entry' id='{cid}' data-cid='{cid}'><h4><a href='/people/{name.lower()}/'>{name}</a>"
        f"<span class='when'>2025-04-08 21:30:12</span></h4>{quote}<p>{text}</p></li>"
    )


def test_a_reference_attribute_inside_a_flat_comment_names_its_parent() -> None:
    discussion = (
        "<ul class='talk'>"
        + "".join(
            [
                _item("4770", "Amu", "Water it less often, let the soil dry between waterings."),
                _item("4771", "Xiaoman", "So I was overdoing it the whole time, thank you very much."),
                _item(
                    "4772",
                    "Shancha",
                    "Cut the yellow leaves off, they will not turn green again.",
                    quote_of="4770",
                ),
            ]
        )
        + "</ul>"
    )
    got = rows(read(discussion))
    assert [author for author, _, _ in got] == ["Amu", "Xiaoman", "Shancha"]
    ids = [c.id for c in read(discussion).comments]
    assert [parent for _, _, parent in got] == [None, None, ids[0]]


def test_an_href_is_no_reference_attribute() -> None:
    discussion = (
        "<ul class='talk'>"
        + "".join(
            [
                _item("4770", "Amu", "Water it less often, let the soil dry between waterings."),
                _item(
                    "4771", "Xiaoman", "So I was overdoing it the whole time, thank you very much."
                ).replace("<p>", "<p><a href='4770'>see</a> "),
            ]
        )
        + "</ul>"
    )
    assert [parent for _, _, parent in rows(read(discussion))] == [None, None]
