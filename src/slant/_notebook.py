"""Connects :class:`~slant.Document` to its notebook view (issue 16).

The data model sits under the reports in slant's layers, so it cannot import them; this module, at
the top, registers a function that imports the report renderer only when a notebook first shows a
document, so ``import slant`` (and ``slant --help``) does not pay for loading the reports.
"""

from __future__ import annotations

from slant._document import Document, set_notebook_view

__all__ = ["install_notebook_view", "notebook_view"]


def notebook_view(doc: Document) -> str:
    """The HTML a notebook shows for ``doc``: its report in a sandboxed frame."""
    from slant.reports._notebook import render_notebook

    return render_notebook(doc)


def install_notebook_view() -> None:
    """Register :func:`notebook_view` as ``Document._repr_html_``'s renderer."""
    set_notebook_view(notebook_view)
