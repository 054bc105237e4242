"""``slant corpus run|query|report``: analyse a corpus into Parquet tables, query them, draw a dashboard."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from typing import Any, TextIO

from slant._cli._common import (
    add_budget_arguments,
    add_pipeline_arguments,
    add_render_arguments,
    limits_from_args,
    pipeline_from_args,
)
from slant._errors import UsageError
from slant._extras import require_extra
from slant.readers import ReadLimits

__all__ = ["register", "run"]

_EXAMPLES = """examples:
  slant corpus run pages/ crawl.jsonl news.warc.gz --out runs/ukraine-2022
  slant corpus run pages/ --out runs/ukraine-2022            # again: resumes, skips what is done
  slant corpus run stories.urls --render --out runs/live      # one URL a line, rendered, politely
  slant corpus run pages/ --engine ray --address ray://head:10001 --out runs/big
  slant corpus query runs/ukraine-2022 "select outlet, count(*) from pages group by 1" --format csv
  slant corpus report runs/ukraine-2022 --html dashboard.html
"""


def register(subparsers: Any) -> None:
    """Add the ``corpus`` command group."""
    parser = subparsers.add_parser(
        "corpus",
        help="analyse many pages into tables; query them; draw a dashboard",
        description="Analyse a corpus of pages with the same pipeline as 'slant analyze', store the results as "
        "Parquet tables (pages, spans, comments, errors), query them with SQL, and draw an HTML dashboard.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="corpus_command", metavar="ACTION")

    run_parser = actions.add_parser(
        "run",
        help="analyse pages into a run folder (resumes when the folder has a run)",
        description="Analyse every page of INPUTS (folders of .txt/.html/.json files, .jsonl files with one "
        "page per line, .warc/.warc.gz files, .urls files with one URL per line) into Parquet tables under "
        "--out. Run it again with the same --out to resume: pages already done are skipped (URLs done are "
        "not fetched again). URLs are fetched politely: robots.txt is honoured, one request per host at a "
        "time, --host-delay seconds apart, with a user agent naming slant.",
    )
    run_parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="a folder, a .jsonl file, a WARC file or a .urls file"
    )
    run_parser.add_argument("--out", required=True, metavar="DIR", help="the run folder (made if absent)")
    run_parser.add_argument(
        "--engine",
        choices=("inprocess", "ray"),
        default="inprocess",
        help="where to run (default: %(default)s)",
    )
    run_parser.add_argument("--address", metavar="ADDR", help="a Ray cluster's address (with --engine ray)")
    run_parser.add_argument(
        "--workers", type=int, metavar="N", help="worker processes (default: every core; 0: no subprocess)"
    )
    run_parser.add_argument(
        "--batch-size",
        type=int,
        default=32,
        metavar="N",
        help="pages per batch and part file (default: %(default)s)",
    )
    add_pipeline_arguments(run_parser, instead="the default pipeline")
    run_parser.add_argument(
        "--max-bytes",
        type=int,
        default=ReadLimits().max_bytes,
        help="largest page accepted (default: %(default)s)",
    )
    add_budget_arguments(run_parser)
    add_render_arguments(run_parser, what="each URL of the .urls inputs")
    run_parser.add_argument(
        "--host-delay",
        type=float,
        default=1.0,
        metavar="S",
        help="seconds between two requests to one host; robots.txt may ask for more (default: %(default)s)",
    )
    run_parser.add_argument(
        "--fetch-concurrency",
        type=int,
        default=2,
        metavar="N",
        help="URLs fetched or rendered at once, all hosts together; one per host (default: %(default)s)",
    )
    run_parser.add_argument("-q", "--quiet", action="store_true", help="no progress on standard error")

    query_parser = actions.add_parser(
        "query",
        help="run SQL over a run's tables",
        description="Run one SQL statement (DuckDB) over the views pages, spans, comments and errors of RUN.",
    )
    query_parser.add_argument("run_dir", metavar="RUN", help="a run folder")
    query_parser.add_argument(
        "sql", metavar="SQL", help='e.g. "select outlet, count(*) from pages group by 1"'
    )
    query_parser.add_argument(
        "--format",
        choices=("table", "csv", "jsonl"),
        default="table",
        help="output format (default: %(default)s)",
    )

    report_parser = actions.add_parser(
        "report",
        help="write a self-contained HTML dashboard of a run",
        description="Write one HTML file (nothing fetched from the network) with charts of techniques per outlet "
        "and over time, the pages and outlets with the most propaganda spans, comment toxicity by outlet, the "
        "most cited sources, and reports of the top pages.",
    )
    report_parser.add_argument("run_dir", metavar="RUN", help="a run folder")
    report_parser.add_argument("--html", required=True, metavar="FILE", help="the dashboard file to write")
    report_parser.add_argument(
        "--top",
        type=int,
        default=10,
        metavar="N",
        help="pages to give a full report each (default: %(default)s)",
    )
    parser.set_defaults(corpus_parser=parser)


def run(args: argparse.Namespace) -> int:
    """Dispatch to the corpus action."""
    if args.corpus_command is not None:
        # Every action reads or writes Parquet tables: say which extra is missing before anything
        # else fails on it (issue 13: this was an "internal error").
        require_extra("corpus", purpose=f"slant corpus {args.corpus_command}", modules=("pyarrow", "duckdb"))
    if args.corpus_command == "run":
        return _run(args)
    if args.corpus_command == "query":
        return _query(args)
    if args.corpus_command == "report":
        return _report(args)
    args.corpus_parser.print_help(sys.stderr)
    return 2


def _run(args: argparse.Namespace) -> int:
    from slant.corpus import FetchPolicy, make_engine, run_corpus

    if args.address and args.engine != "ray":
        raise UsageError("--address is for the ray engine", hint="add --engine ray")
    if args.batch_size < 1:
        raise UsageError(f"--batch-size must be 1 or more; got {args.batch_size}")
    if args.workers is not None and args.workers < 0:
        raise UsageError(f"--workers must be 0 or more; got {args.workers}")
    pipeline = list(pipeline_from_args(args) or ())
    fetching = FetchPolicy(render=args.render, concurrency=args.fetch_concurrency, host_delay=args.host_delay)
    engine = make_engine(args.engine, workers=args.workers, address=args.address)
    # `kill PID` (SIGTERM) stops a run like Ctrl-C does: workers are stopped, nothing half-written
    # counts, and running the same command again resumes.
    signal.signal(signal.SIGTERM, _interrupt)
    bar = None if args.quiet else _ProgressBar(sys.stderr)
    summary = run_corpus(
        args.inputs,
        args.out,
        engine=engine,
        pipeline=pipeline,
        batch_size=args.batch_size,
        limits=limits_from_args(args),
        progress=bar,
        fetching=fetching,
    )
    if bar is not None:
        bar.finish()
    parts = [f"{summary.pages:,} pages analysed", f"{summary.errors:,} failed"]
    if summary.skipped:
        parts.append(f"{summary.skipped:,} already done")
    print(
        f"slant: {', '.join(parts)} in {_clock(summary.seconds)} ({summary.rate:.1f} pages/s); tables in {args.out}",
        file=sys.stderr,
    )
    if summary.errors:
        print(
            f'slant: see why pages failed: slant corpus query {args.out} "select source, reason from errors"',
            file=sys.stderr,
        )
    return 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _query(args: argparse.Namespace) -> int:
    from slant.corpus import format_result, query

    result = query(args.run_dir, args.sql)
    sys.stdout.write(format_result(result, args.format))
    return 0


def _report(args: argparse.Namespace) -> int:
    from slant._cli._common import write_text
    from slant.corpus import render_dashboard

    write_text(args.html, render_dashboard(args.run_dir, top=args.top), what="dashboard")
    return 0


def _clock(seconds: float) -> str:
    hours, rest = divmod(round(seconds), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class _ProgressBar:
    """A one-line progress bar on a terminal; a plain line every few seconds otherwise (logs, CI)."""

    _WIDTH = 24
    _PLAIN_EVERY = 10.0

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self._last = 0.0
        self._drawn = False

    def __call__(self, progress: Any) -> None:
        now = time.monotonic()
        if not self.tty and now - self._last < self._PLAIN_EVERY:
            return
        if self.tty and now - self._last < 0.1:
            return
        self._last = now
        total = progress.total
        remaining = None if total is None else max(total - progress.skipped, progress.done)
        count = f"{progress.done:,}" + (f"/{remaining:,}" if remaining is not None else "")
        eta = _clock(progress.eta) if progress.eta is not None else "--:--"
        text = f"{count} pages  {progress.rate:.1f} pages/s  ETA {eta}  {progress.errors:,} errors"
        if progress.skipped:
            text += f"  {progress.skipped:,} already done"
        if self.tty:
            filled = int(self._WIDTH * progress.done / remaining) if remaining else 0
            bar = "#" * filled + "." * (self._WIDTH - filled)
            self.stream.write(f"\r[{bar}] {text}\x1b[K")
            self._drawn = True
        else:
            self.stream.write(f"slant: {text}\n")
        self.stream.flush()

    def finish(self) -> None:
        """End the bar's line."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
