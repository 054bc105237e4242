"""Corpus runs: analyse many pages into Parquet tables, query them with SQL, and draw a dashboard.

    from slant.corpus import run_corpus, query, write_dashboard
    run_corpus(["pages/", "crawl.jsonl"], "runs/ukraine-2022")
    query("runs/ukraine-2022", "select outlet, count(*) from pages group by 1")
    write_dashboard("runs/ukraine-2022", "dashboard.html")
    run = open("runs/ukraine-2022")      # slant.corpus.open: the tables as Arrow, pandas or SQL
    run.to_pandas("comments")

A run folder holds one Parquet folder per table (``pages``, ``spans``, ``comments``, ``errors``),
a ledger that makes a killed run resumable without losing or doubling a page, and a manifest of
what produced it. docs/corpus.md is the user guide, with the table schemas.
"""

from __future__ import annotations

from slant.corpus._engine import Engine, InProcessEngine, Outcome, RayEngine, make_engine
from slant.corpus._open import CorpusRun
from slant.corpus._open import open_run as open
from slant.corpus._polite import FetchPolicy
from slant.corpus._query import OUTPUT_FORMATS, QueryResult, connect, format_result, query
from slant.corpus._report import render_dashboard, write_dashboard
from slant.corpus._run import Progress, RunSummary, run_corpus
from slant.corpus._sources import PageTask, iter_tasks, make_page_id
from slant.corpus._tables import TABLE_NAMES, TOXIC_THRESHOLD, TOXICITY_LABELS

__all__ = [
    "OUTPUT_FORMATS",
    "TABLE_NAMES",
    "TOXICITY_LABELS",
    "TOXIC_THRESHOLD",
    "CorpusRun",
    "Engine",
    "FetchPolicy",
    "InProcessEngine",
    "Outcome",
    "PageTask",
    "Progress",
    "QueryResult",
    "RayEngine",
    "RunSummary",
    "connect",
    "format_result",
    "iter_tasks",
    "make_engine",
    "make_page_id",
    "open",
    "query",
    "render_dashboard",
    "run_corpus",
    "write_dashboard",
]
