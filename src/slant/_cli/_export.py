"""``slant export --format label-studio|brat|ptc INPUT... -o DIR``: spans out for correction (issue 16).

The corrected files come back through ``slant eval gold`` and ``slant train techniques --add-gold``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from slant._errors import UsageError

__all__ = ["register", "run"]

_DESCRIPTION = """Write the spans slant finds in pages, or the spans stored in a corpus run, as files an
annotation tool opens for correction: one task per part of a page (title, article, each comment).

  label-studio  tasks.json (tasks with slant's spans as predictions) and labeling-config.xml
  brat          <id>.txt and <id>.ann per part, annotation.conf and visual.conf
  ptc           article<id>.txt per part and gold.labels (ID, technique, start, end)

Read the corrected files back with 'slant eval gold PATH' or 'slant train techniques --add-gold PATH'.
"""


def register(subparsers: Any) -> None:
    """Add ``slant export``."""
    parser = subparsers.add_parser(
        "export",
        help="write spans for correction in Label Studio, brat or the PTC format",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="page files, URLs, or corpus run folders")
    parser.add_argument(
        "--format", required=True, choices=("label-studio", "brat", "ptc"), help="the tool's format"
    )
    parser.add_argument(
        "-o", "--out", required=True, metavar="DIR", help="folder to write into (made if missing)"
    )
    parser.add_argument(
        "--layer",
        action="append",
        metavar="LAYER",
        help="span layer to export (repeatable; default: techniques)",
    )


def run(args: argparse.Namespace) -> int:
    """Analyse (or read from a run) every input, then write the export."""
    from slant.annotation import export_tasks, tasks_of_inputs

    layers = args.layer or ["techniques"]
    if "-" in args.inputs:
        raise UsageError("slant export reads files, URLs and run folders, not standard input")
    tasks = tasks_of_inputs(args.inputs, layers=layers)
    written = export_tasks(tasks, args.out, format=args.format, layers=layers)
    spans = sum(len(task.spans) for task in tasks)
    print(
        f"slant: wrote {len(tasks)} task(s) with {spans} span(s) as {args.format} into {args.out} ({len(written)} files)",
        file=sys.stderr,
    )
    return 0
