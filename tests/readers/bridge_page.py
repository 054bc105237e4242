"""One hand-made news page for the HTML reader's unit tests (issue 14): an article about a bridge,
with the discussion a test writes placed after it. Shared by the tests of each reading's mechanisms."""

from __future__ import annotations

from slant import Document
from slant.readers._html import read_html_page

__all__ = ["ARTICLE", "read", "rows"]

ARTICLE = (
    "<h1>The bridge on Mill Road reopens after two years</h1><div class='story'>"
    + "<p>The bridge on Mill Road reopened on Monday morning after two years of repairs, and the first "
    "buses crossed it shortly after six. Residents had waited a long time for this day.</p>" * 4 + "</div>"
)


def read(discussion: str, *, before: str = ARTICLE, after: str = "") -> Document:
    """The page with ``discussion`` after the article, read by the HTML reader."""
    markup = f"<html><head><title>Bridge</title></head><body>{before}{discussion}{after}</body></html>"
    return read_html_page(markup, url=None, source="<test>")


def rows(doc: Document) -> list[tuple[str | None, str, str | None]]:
    """Each comment's author, text and parent."""
    return [(c.author, c.text, c.parent) for c in doc.comments]
