"""Helpers shared by subcommands: reading INPUT arguments (files, URLs, '-') and writing output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from slant._document import Document
from slant._errors import InputError, UsageError
from slant.readers import InputFormat, ReadLimits, read, read_bytes
from slant.readers._limits import read_at_most

__all__ = [
    "add_input_arguments",
    "add_paraphrase_argument",
    "add_pipeline_arguments",
    "add_render_arguments",
    "limits_from_args",
    "pipeline_from_args",
    "read_input",
    "write_text",
]


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``INPUT``, ``--format`` and ``--max-bytes`` to a subcommand."""
    parser.add_argument(
        "input", metavar="INPUT", help="a page file, a http(s) URL, or '-' for standard input"
    )
    parser.add_argument(
        "--format",
        choices=("auto", "text", "html", "json"),
        default="auto",
        help="how to read INPUT (default: guess from the name and content)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=ReadLimits().max_bytes,
        help="largest page accepted (default: %(default)s)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=ReadLimits().timeout,
        help="seconds a URL may take, all of it (default: %(default)s)",
    )
    add_budget_arguments(parser)


def add_pipeline_arguments(parser: Any, *, instead: str = "the default ones") -> None:
    """``--pipeline NAMES``, ``--with NAMES`` and ``--paraphrase`` (opt-in annotators added to the pipeline,
    issue 19)."""
    parser.add_argument(
        "--pipeline", metavar="NAMES", help=f"comma-separated annotators to run instead of {instead}"
    )
    parser.add_argument(
        "--with",
        dest="with_annotators",
        metavar="NAMES",
        help="comma-separated opt-in annotators to add to the pipeline, e.g. actors (people, organisations and "
        "places; needs pip install 'slant[actors]')",
    )
    add_paraphrase_argument(parser)


def pipeline_from_args(args: argparse.Namespace) -> tuple[str, ...] | None:
    """The annotator names of ``--pipeline`` and ``--with``; None for the default pipeline."""
    from slant._analyze import pipeline_names

    def split(value: str | None) -> list[str]:
        return [n.strip() for n in (value or "").split(",") if n.strip()]

    names = split(args.pipeline) if args.pipeline else None
    return pipeline_names(
        names,
        opt_in=split(getattr(args, "with_annotators", None)),
        paraphrase=bool(getattr(args, "paraphrase", False)),
    )


def add_budget_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the analysis budget's options (``ReadLimits``: how much of a page is analysed)."""
    defaults = ReadLimits()
    for flag, name, what in (
        ("--max-part-chars", "max_part_chars", "longest article or comment analysed, in characters"),
        ("--max-comments", "max_comments", "most comments analysed"),
        ("--max-analysed-chars", "max_analysed_chars", "most characters analysed per page, all parts"),
    ):
        parser.add_argument(
            flag,
            type=int,
            default=getattr(defaults, name),
            metavar="N",
            help=f"{what}; the rest is left out and reported (default: %(default)s)",
        )


def add_paraphrase_argument(parser: argparse.ArgumentParser) -> None:
    """``--paraphrase``: the opt-in paraphrase echoes (issue 19), added to the default or named pipeline."""
    parser.add_argument(
        "--paraphrase",
        action="store_true",
        help="also find comment sentences that restate an article sentence in other words (paraphrase "
        "echoes, with a probability; several times the default pipeline's time per page)",
    )


def add_render_arguments(parser: argparse.ArgumentParser, *, what: str) -> None:
    """Add ``--render`` and the render's limits (issue 18)."""
    defaults = ReadLimits()
    parser.add_argument(
        "--render",
        action="store_true",
        help=f"open {what} in headless Chromium so that comments loaded by script are read too "
        "(needs pip install 'slant[render]' and Debian's chromium)",
    )
    parser.add_argument(
        "--render-timeout",
        type=float,
        default=defaults.render_timeout,
        metavar="S",
        help="seconds one render may take, all of it (default: %(default)s)",
    )
    parser.add_argument(
        "--render-memory",
        type=int,
        default=defaults.render_memory_mb,
        metavar="MB",
        help="most memory the browser may use for one page (default: %(default)s)",
    )


def limits_from_args(args: argparse.Namespace) -> ReadLimits:
    """The reading limits the user asked for (``--max-bytes``, ``--timeout`` where the command has it,
    and the analysis budget); a value out of range is a usage error (exit 2), not bad input."""
    defaults = ReadLimits()
    try:
        return ReadLimits(
            max_bytes=args.max_bytes,
            timeout=getattr(args, "timeout", defaults.timeout),
            max_part_chars=args.max_part_chars,
            max_comments=args.max_comments,
            max_analysed_chars=args.max_analysed_chars,
            render_timeout=getattr(args, "render_timeout", defaults.render_timeout),
            render_memory_mb=getattr(args, "render_memory", defaults.render_memory_mb),
        )
    except InputError as error:
        raise UsageError(str(error)) from error


def read_input(args: argparse.Namespace) -> Document:
    """Read the page named by ``args.input`` (a path, a URL or '-')."""
    limits = limits_from_args(args)
    fmt: InputFormat = args.format
    render = bool(getattr(args, "render", False))
    if render:
        if "://" not in args.input:
            raise UsageError(
                f"--render opens a URL in a browser; {args.input!r} is not a http(s) URL",
                hint="give the page's URL, or drop --render for a saved page",
            )
        from slant.readers._render import check_render_available

        check_render_available()  # before anything else: one line naming what to install
    if args.input == "-":
        data = read_at_most(sys.stdin.buffer, limits.max_bytes, source="standard input")
        return read_bytes(data, format=fmt, limits=limits, source="<stdin>")
    source: str | Path = args.input
    if "://" not in args.input:
        source = Path(args.input)
    return read(source, format=fmt, limits=limits, render=render)


def write_text(path: str, text: str, *, what: str = "output") -> None:
    """Write ``text`` to ``path`` ('-' for standard output), and say on standard error that it did.

    Args:
        path: the file named on the command line, or '-'.
        text: what to write.
        what: what the file holds, for the line saying it was written (``"HTML report"``).

    Raises:
        UsageError: ``path`` cannot be written (a folder that does not exist, no permission): the
            path given is wrong, so it is a usage error (exit 2), not a failure of the analysis.
    """
    if path == "-":
        sys.stdout.write(text)
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(
            f"cannot write the file: {error.strerror or error}",
            where=path,
            hint="check the folder exists and is writable",
        ) from error
    # On standard error, so standard output keeps only what was asked for (the summary, the JSON).
    print(f"slant: {what} written to {path}", file=sys.stderr)
