"""The page's marks (:class:`slant.readers._html_marks.PageMarks`), gathered in one walk: each
search that asks whether a page has an attribute of a kind tests them instead of the tree."""

from __future__ import annotations

import lxml.html
import pytest

from slant.readers._html_marks import PageMarks

pytestmark = pytest.mark.issue(14)


def test_the_marks_hold_ids_classes_itemprops_role_values_and_attribute_names() -> None:
    root = lxml.html.document_fromstring(
        "<html><body><div id='talk' class='thread open'><p itemprop='text' data-ref_cid='7'>Words.</p>"
        "<a rel='in-reply-to' role='link' component='post/parent' data-role='answer' href='#c7'>#7</a>"
        "<span title='x'>!</span></div></body></html>"
    )
    marks = PageMarks.of(root)
    assert marks.ids == {"talk"}
    assert marks.classes == {"thread open"}
    assert marks.itemprops == {"text"}
    assert marks.roles == {"in-reply-to", "link", "post/parent", "answer"}
    assert {"data-ref_cid", "href", "title", "rel"} <= marks.attributes
    assert "x" not in marks.roles  # a title is no role
