"""Query a run with SQL: DuckDB views ``pages``, ``spans``, ``comments`` and ``errors`` over its Parquet files.

Only committed part files (those in the ledger) are visible, so a query during a run, or after a
crash, sees whole batches only.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slant._errors import DependencyError, InputError
from slant.corpus._clusters import CLUSTERS_FILE
from slant.corpus._store import RunStore, require_run
from slant.corpus._tables import TABLE_NAMES, comment_clusters_schema, schemas

__all__ = ["QueryResult", "connect", "format_result", "query"]

OUTPUT_FORMATS: tuple[str, ...] = ("table", "csv", "jsonl")
# Cells wider than this are cut in the table format (CSV and JSON Lines keep them whole).
_TABLE_CELL_WIDTH = 60


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The columns and rows a query returned."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def connect(run: str | Path) -> Any:
    """An in-memory DuckDB connection with a view per table of the run folder ``run``.

    Raises:
        MissingInputError: no such folder.
        InputError: the folder is not a run.
        DependencyError: DuckDB is not installed.
    """
    try:
        import duckdb
    except ImportError as error:
        raise DependencyError(
            "querying a run needs DuckDB; install the corpus extra: pip install 'slant[corpus]'"
        ) from error
    root = require_run(run)
    store = RunStore(root)
    connection = duckdb.connect(":memory:")
    for table in TABLE_NAMES:
        files = store.part_files(table)
        if files:
            listing = ", ".join("'" + str(path).replace("'", "''") + "'" for path in files)
            connection.execute(
                f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{listing}], union_by_name = true)"
            )
        else:
            # No part file yet (a run with no errors has no errors/ files): an empty view with
            # the table's columns, so queries still run.
            empty = schemas()[table].empty_table()
            connection.register(f"_empty_{table}", empty)
            connection.execute(f"CREATE VIEW {table} AS SELECT * FROM _empty_{table}")
    _derived_views(connection, root)
    return connection


def _framing_total(key: str) -> str:
    return (
        f"coalesce(list_sum(list_transform(json_extract(a, '$.framing.{key}.*'), lambda v: v::INTEGER)), 0)"
    )


#: One row per actor of a page (issue 19, part 4), from the actors figure each page keeps in ``pages.attrs``
#: (the actors annotator's; opt-in, so the view is empty for runs without it). Works for every engine: the
#: workers write the figure with the page's row.
ACTORS_VIEW = (
    "CREATE VIEW actors AS SELECT page_id, outlet, published_date, "
    "json_extract_string(a, '$.name') AS actor, json_extract_string(a, '$.kind') AS kind, "
    "json_extract(a, '$.mentions.article')::INTEGER AS article_mentions, "
    "json_extract(a, '$.mentions.comments')::INTEGER AS comment_mentions, "
    "json_extract(a, '$.comments')::INTEGER AS comments, "
    "json_extract_string(a, '$.place.name') AS place, json_extract_string(a, '$.place.country_code') AS country_code, "
    "json_extract(a, '$.place.latitude')::DOUBLE AS latitude, json_extract(a, '$.place.longitude')::DOUBLE AS longitude, "
    f"{_framing_total('techniques')} AS techniques, {_framing_total('sources')} AS sources, "
    f"{_framing_total('quotes')} AS quotes, {_framing_total('toxic_words')} AS toxic_words, "
    f"{_framing_total('toxic_comments')} AS toxic_comment_labels, "
    "json_extract_string(a, '$.framing') AS framing "
    "FROM (SELECT page_id, outlet, published_date, unnest(json_extract(attrs, '$.actors.actors[*]')) AS a FROM pages)"
)


def _derived_views(connection: Any, root: Path) -> None:
    """``comment_clusters`` (written at the end of a run), ``echo_phrases`` and ``paraphrase_sentences``
    (over ``spans``) and ``actors`` (over ``pages``) of issue 19."""
    clusters = root / CLUSTERS_FILE
    if clusters.is_file():
        path = str(clusters).replace("'", "''")
        connection.execute(f"CREATE VIEW comment_clusters AS SELECT * FROM read_parquet('{path}')")
    else:
        connection.register("_empty_comment_clusters", comment_clusters_schema().empty_table())
        connection.execute("CREATE VIEW comment_clusters AS SELECT * FROM _empty_comment_clusters")
    # One row per article phrase echoed on a page: which comments took it up, on which outlet, when.
    connection.execute(
        "CREATE VIEW echo_phrases AS SELECT json_extract_string(s.attrs, '$.phrase') AS phrase, s.page_id, "
        "p.outlet, p.published_date, count(DISTINCT s.part_id) AS comments, count(*) AS echoes, "
        "bool_and(s.label = 'verbatim') AS verbatim "
        "FROM spans s JOIN pages p USING (page_id) WHERE s.layer = 'echoes' AND s.label != 'paraphrase' "
        "GROUP BY 1, 2, 3, 4"
    )
    # One row per article sentence restated on a page (the opt-in paraphrase echoes): its phrase is
    # the whole sentence, so it is kept apart from the phrases echoed word for word.
    connection.execute(
        "CREATE VIEW paraphrase_sentences AS SELECT json_extract_string(s.attrs, '$.phrase') AS sentence, "
        "s.page_id, p.outlet, p.published_date, count(DISTINCT s.part_id) AS comments, count(*) AS paraphrases, "
        "max(s.score) AS best_probability "
        "FROM spans s JOIN pages p USING (page_id) WHERE s.layer = 'echoes' AND s.label = 'paraphrase' "
        "GROUP BY 1, 2, 3, 4"
    )
    connection.execute(ACTORS_VIEW)


def query(run: str | Path, sql: str) -> QueryResult:
    """Run one SQL statement over the run's views.

    Raises:
        InputError: the SQL is not valid, or names something that does not exist.
    """
    connection = connect(run)  # first: it says which extra to install when DuckDB is missing
    import duckdb

    try:
        cursor = connection.execute(sql)
        columns = tuple(d[0] for d in cursor.description or ())
        rows = cursor.fetchall() if columns else []
    except duckdb.Error as error:
        message = " ".join(str(error).split())
        raise InputError(
            f"the query failed: {message}; the tables are {', '.join(TABLE_NAMES)}, comment_clusters, "
            "echo_phrases, paraphrase_sentences and actors (docs/corpus.md lists their columns)"
        ) from error
    finally:
        connection.close()
    return QueryResult(columns=columns, rows=rows)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render ``result`` as an aligned text table, CSV (with a header) or JSON Lines.

    Raises:
        InputError: an unknown format.
    """
    if fmt == "jsonl":
        return "".join(
            json.dumps(dict(zip(result.columns, map(_plain, row), strict=True)), ensure_ascii=False) + "\n"
            for row in result.rows
        )
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([_cell(v) for v in row] for row in result.rows)
        return buffer.getvalue()
    if fmt == "table":
        return _table(result.columns, [[_cut(_cell(v)) for v in row] for row in result.rows])
    raise InputError(f"format must be one of {', '.join(OUTPUT_FORMATS)}; got {fmt!r}")


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TABLE_CELL_WIDTH else text[: _TABLE_CELL_WIDTH - 1] + "…"


def _table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [len(c) for c in columns]
    for row in rows:
        widths = [max(w, len(v)) for w, v in zip(widths, row, strict=True)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines.extend("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in rows)
    noun = "row" if len(rows) == 1 else "rows"
    lines.append(f"({len(rows)} {noun})")
    return "\n".join(lines) + "\n"
