"""``slant analyze INPUT``: one page in; a summary, JSON or an HTML report out."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from slant._cli._common import (
    add_input_arguments,
    add_pipeline_arguments,
    add_render_arguments,
    pipeline_from_args,
    read_input,
    write_text,
)

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``analyze`` subcommand."""
    parser = subparsers.add_parser(
        "analyze",
        help="analyse one news page",
        description="Analyse one news page: the article, each comment and its author, and their annotations.",
    )
    add_input_arguments(parser)
    add_render_arguments(parser, what="the URL")
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON on standard output")
    parser.add_argument("--html", metavar="FILE", help="write a self-contained HTML report to FILE")
    add_pipeline_arguments(parser)
    parser.add_argument("--with-tokens", action="store_true", help="include the tokens layer in the JSON")
    parser.add_argument(
        "--all-spans",
        action="store_true",
        help="in the summary, count and quote the less certain technique spans too (by default only those "
        "at or above the display threshold; the JSON always keeps every span)",
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the summary (default: on a TTY)",
    )


def run(args: argparse.Namespace) -> int:
    """Read, annotate and report one page."""
    from slant._analyze import default_pipeline
    from slant.reports import render_html, render_summary, to_json

    doc = read_input(args)
    default_pipeline(pipeline_from_args(args))(doc)
    if args.html:
        write_text(args.html, render_html(doc), what="HTML report")
    if args.json:
        sys.stdout.write(to_json(doc, include_tokens=args.with_tokens) + "\n")
    elif not args.html or args.html != "-":
        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        sys.stdout.write(render_summary(doc, color=color, all_spans=args.all_spans))
    return 0
