"""WordPress's list and item names are read as XPath's class test reads them (issue 14): split at XML
white space only (space, tab, line feed, carriage return), so a no-break space joins two names into
one. Every page here is hand-made."""

from __future__ import annotations

import pytest
from bridge_page import read

pytestmark = pytest.mark.issue(14)


def _item(number: int, classes: str) -> str:
    return (
        f"<li class='{classes}' id='comment-{number}'><article class='comment-body'>"
        f"<div class='comment-author vcard'><b class='fn'>Reader {number}</b></div>"
        f"<div class='comment-content'><p>Comment {number}: the buses should have crossed it sooner.</p></div>"
        "</article></li>"
    )


@pytest.mark.parametrize("separator", [" ", "\t", "\n", "\r\n"])
def test_names_split_at_xml_white_space_are_read(separator: str) -> None:
    doc = read(
        f"<ol class='comment-list{separator}main'>"
        + "".join(_item(number, f"comment{separator}even") for number in (1, 2))
        + "</ol>"
    )
    assert doc.meta["comment_markup"] == "wordpress"
    assert [c.author for c in doc.comments] == ["Reader 1", "Reader 2"]


def test_a_no_break_space_joins_two_names_into_one() -> None:
    doc = read(
        "<ol class='comment-list'>"
        + _item(1, "comment even")
        + _item(2, "comment\u00a0even")  # "comment even" with a no-break space: no WordPress item
        + "</ol>"
    )
    assert doc.meta["comment_markup"] == "wordpress"
    assert [c.author for c in doc.comments] == ["Reader 1"]
