"""Reports of an analysed :class:`~slant.Document`: JSON, a terminal summary, and an HTML report."""

from __future__ import annotations

from slant.reports._html import render_html
from slant.reports._json import SCHEMA_VERSION, document_schema, to_dict, to_json
from slant.reports._notebook import NOTEBOOK_HEIGHT, render_notebook
from slant.reports._terminal import render_summary

__all__ = [
    "NOTEBOOK_HEIGHT",
    "SCHEMA_VERSION",
    "document_schema",
    "render_html",
    "render_notebook",
    "render_summary",
    "to_dict",
    "to_json",
]
