"""Layout tables: tables that place a page's parts, not tables of data (issue 14).

Old blog and forum templates (Serendipity's default, phpBB's subsilver2) lay the whole page out in
``<table>`` cells: the entry, the sidebar, each post. An article extractor that keeps tables reads
such a page as one table row ("| Sonntag, 9. März 2025 Warum ich … |"). A table whose cells hold
blocks of their own (paragraphs, headings, divisions, lists, other tables) is a layout; its rows
and cells become plain divisions, so that what is in them reads as the blocks it is.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LAYOUT_PART", "unwrap_layout_tables"]

#: The attribute a layout table's part keeps its tag in once it is a division: a bare division that
#: was a row or cell is the layout of what holds it, never a comment nested in it.
LAYOUT_PART = "data-layout-part"

# What a data table's cell does not hold: blocks of running text or of layout.
_BLOCK_TAGS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "form"}
)
_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})
_CELL_TAGS = frozenset({"td", "th"})
_MIN_LOOSE_WORDS = 5


def unwrap_layout_tables(root: Any) -> None:
    """Turn every layout table in ``root`` (see the module's docstring) into divisions, in place.

    One walk over the page, then one over each layout table's own rows and cells (a cell's
    contents are not walked twice: a nested table is judged when the page walk reaches it)."""
    layouts = [table for table in root.iter("table") if _is_layout(table)]
    for table in layouts:
        for element in _own_parts(table):
            element.set(LAYOUT_PART, element.tag)
            element.tag = "div"
    for table in layouts:
        for division in table.iter("div"):
            _wrap_loose_text(division)


def _wrap_loose_text(division: Any) -> None:
    """A division's text before its first paragraph, in a paragraph of its own: a table cell read
    it as the cell's text, a division's is lost by extractors that read paragraphs
    ("<div>We are five engineers … <p>We are about to …</p></div>")."""
    import lxml.html

    loose = division.text or ""
    if len(loose.split()) < _MIN_LOOSE_WORDS or not any(child.tag == "p" for child in division):
        return
    paragraph = lxml.html.Element("p")
    paragraph.text = loose
    division.text = None
    division.insert(0, paragraph)


def _is_layout(table: Any) -> bool:
    for cell in _own_parts(table):
        if cell.tag in _CELL_TAGS and any(
            isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in cell
        ):
            return True
    return False


def _own_parts(table: Any) -> list[Any]:
    """The table itself, its row groups, rows and cells (not those of tables nested in its cells)."""
    parts = [table]
    stack = [child for child in table if isinstance(child.tag, str)]
    while stack:
        element = stack.pop()
        if element.tag not in _TABLE_PARTS or element.tag == "table":
            continue
        parts.append(element)
        if element.tag not in _CELL_TAGS:
            stack.extend(child for child in element if isinstance(child.tag, str))
    return parts
