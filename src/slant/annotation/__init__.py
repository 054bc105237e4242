"""Spans out to annotation tools and corrected gold back in: Label Studio, brat, PTC (issue 16).

Export a page's (or a corpus run's) spans for correction, then score slant against the corrected
files or add them to training::

    from slant.annotation import export_tasks, read_gold, tasks_from_document
    tasks = tasks_from_document(slant.analyze("page.html"), page_id="page")
    export_tasks(tasks, "corrections/", format="label-studio", layers=["techniques"])
    gold = read_gold("corrections/export.json")    # Label Studio's JSON export after correction

The command line: ``slant export``, ``slant eval gold`` and ``slant train techniques --add-gold``.
docs/integrations.md has the round trip for each tool.
"""

from __future__ import annotations

from slant.annotation._formats import FORMATS, Format, detect_format, export_tasks, label_colours, read_gold
from slant.annotation._gold import evaluate_gold, gold_split
from slant.annotation._sources import annotator_of_layer, documents_of_run, tasks_of_inputs
from slant.annotation._tasks import Task, tasks_from_document

__all__ = [
    "FORMATS",
    "Format",
    "Task",
    "annotator_of_layer",
    "detect_format",
    "documents_of_run",
    "evaluate_gold",
    "export_tasks",
    "gold_split",
    "label_colours",
    "read_gold",
    "tasks_from_document",
    "tasks_of_inputs",
]
