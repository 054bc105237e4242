"""The report of a page sized for a notebook cell: what ``Document._repr_html_`` shows (issue 16).

The report (:func:`~slant.reports.render_html`) is a whole HTML page with its own styles and a
Content-Security-Policy. Pasted into a notebook, its styles would restyle the notebook and its CSP
would be ignored; inside a sandboxed ``<iframe srcdoc>`` it keeps both: its styles stay in the frame,
its CSP still forbids any script or request, and ``sandbox`` with no allowances stops scripts,
forms and navigation of the notebook even if the report had a bug. The page text is escaped twice:
once in the report, once more as the ``srcdoc`` attribute's value.
"""

from __future__ import annotations

from html import escape

from slant._document import Document
from slant.reports._html import render_html

__all__ = ["NOTEBOOK_HEIGHT", "render_notebook"]

#: The frame's height in CSS pixels: a notebook screen's worth; the user can drag it taller.
NOTEBOOK_HEIGHT = 600


def render_notebook(doc: Document, *, height: int = NOTEBOOK_HEIGHT) -> str:
    """``doc``'s report as one sandboxed ``<iframe>`` for a notebook cell (or any HTML page).

    Args:
        doc: the analysed document.
        height: the frame's height in CSS pixels.
    """
    title = doc.title.text.strip()[:120] if doc.title is not None else "untitled page"
    return (
        f'<iframe class="slant-report" sandbox="" title="slant report: {escape(title)}" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #ddd;border-radius:4px;resize:vertical" '
        f'srcdoc="{escape(render_html(doc), quote=True)}"></iframe>'
    )
