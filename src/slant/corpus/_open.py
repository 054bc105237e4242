"""``slant.corpus.open(RUN)``: a finished run's tables in Python, as Arrow, pandas or SQL (issue 16).

    run = slant.corpus.open("runs/ukraine-2022")
    run.table("pages")                    # a pyarrow.Table
    run.to_pandas("comments")             # a pandas.DataFrame (the pandas extra)
    run.sql("select outlet, avg(toxicity) from comments join pages using (page_id) group by 1")

It reads the same committed part files as ``slant corpus query`` (:func:`~slant.corpus.connect`), so
a batch that a killed run left half-written is never seen.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from slant._errors import InputError, UsageError
from slant._extras import require_extra
from slant._html_tables import html_table
from slant.corpus._manifest import read_manifest
from slant.corpus._query import connect
from slant.corpus._store import RunStore, require_run
from slant.corpus._tables import TABLE_NAMES, schemas

__all__ = ["CorpusRun", "open_run"]


class CorpusRun:
    """The tables of one run folder. Make it with :func:`slant.corpus.open`.

    Attributes:
        path: the run folder.
        manifest: what produced the run (slant's version, annotators, models, invocations).
    """

    def __init__(self, path: Path, manifest: dict[str, Any]) -> None:
        self.path = path
        self.manifest = manifest
        self._store = RunStore(path)

    @property
    def tables(self) -> tuple[str, ...]:
        """The names of the run's tables."""
        return TABLE_NAMES

    @property
    def finished(self) -> bool:
        """Whether the latest ``slant corpus run`` on the folder ended (an interrupted one did not)."""
        invocations = self.manifest.get("invocations") or [{}]
        return "finished" in invocations[-1]

    def table(self, name: str, *, columns: Sequence[str] | None = None) -> Any:
        """One table of the run as a :class:`pyarrow.Table` (every committed batch, in batch order).

        Args:
            name: ``pages``, ``spans``, ``comments`` or ``errors`` (docs/corpus.md lists the columns).
            columns: only these columns; None for all.

        Raises:
            UsageError: an unknown table or column.
        """
        if name not in TABLE_NAMES:
            raise UsageError(f"table must be one of {', '.join(TABLE_NAMES)}; got {name!r}")
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = schemas()[name]
        wanted = list(schema.names if columns is None else columns)
        unknown = [c for c in wanted if c not in schema.names]
        if unknown:
            raise UsageError(f"table {name} has no column {unknown[0]!r}; it has {', '.join(schema.names)}")
        schema = pa.schema([schema.field(c) for c in wanted])
        parts = [pq.read_table(path, columns=wanted).cast(schema) for path in self._store.part_files(name)]
        return pa.concat_tables(parts) if parts else schema.empty_table()

    def to_pandas(self, name: str, *, columns: Sequence[str] | None = None) -> Any:
        """One table of the run as a :class:`pandas.DataFrame` (see :meth:`table`).

        Raises:
            DependencyError: pandas is not installed (``pip install 'slant[pandas]'``).
        """
        require_extra("pandas", purpose="CorpusRun.to_pandas")
        return self.table(name, columns=columns).to_pandas()

    def sql(self, query: str, *, params: Sequence[Any] = ()) -> Any:
        """Run one SQL statement (DuckDB) over the run's tables and return the result as a pyarrow.Table.

        ``.to_pandas()`` on the result gives a frame. ``params`` fill ``?`` placeholders.

        Raises:
            InputError: the SQL is not valid, or names a table or column that does not exist.
        """
        import duckdb

        connection = connect(self.path)
        try:
            relation = connection.sql(query, params=list(params))
            if relation is None:  # a statement that returns no rows (SET, CREATE ...)
                import pyarrow as pa

                return pa.table({})
            # DuckDB 1.4 named it to_arrow_table; older ones have fetch_arrow_table only.
            to_table = getattr(relation, "to_arrow_table", None) or relation.fetch_arrow_table
            return to_table()
        except duckdb.Error as error:
            message = " ".join(str(error).split())
            raise InputError(
                f"the query failed: {message}; the tables are {', '.join(TABLE_NAMES)} (docs/corpus.md lists their columns)"
            ) from error
        finally:
            connection.close()

    def connect(self) -> Any:
        """A DuckDB connection with one view per table, for queries this class does not wrap; close it after."""
        return connect(self.path)

    def rows(self, name: str) -> int:
        """How many rows table ``name`` has (read from the Parquet footers, not the data)."""
        import pyarrow.parquet as pq

        if name not in TABLE_NAMES:
            raise UsageError(f"table must be one of {', '.join(TABLE_NAMES)}; got {name!r}")
        return sum(pq.read_metadata(path).num_rows for path in self._store.part_files(name))

    def _repr_html_(self) -> str:
        """Jupyter's view: the folder, whether the run finished, and the rows of each table."""
        state = "finished" if self.finished else "not finished"
        rows = [(name, f"{self.rows(name):,}") for name in TABLE_NAMES]
        return html_table(("table", "rows"), rows, caption=f"slant corpus run {self.path} ({state})")

    def __repr__(self) -> str:
        state = "finished" if self.finished else "not finished"
        return f"CorpusRun({str(self.path)!r}, {state})"


def open_run(run: str | Path, *, allow_unfinished: bool = False) -> CorpusRun:
    """Open the run folder ``run`` to read its tables.

    Args:
        run: the ``--out`` folder of ``slant corpus run`` (or of :func:`~slant.corpus.run_corpus`).
        allow_unfinished: read a run that was interrupted or is still running; its tables then hold
            the batches committed so far, which is rarely what a figure should be computed from.

    Raises:
        MissingInputError: no such folder.
        InputError: the folder is not a run, or the run has not finished and ``allow_unfinished`` is false.
        DependencyError: the corpus extra (pyarrow, DuckDB) is not installed.
    """
    require_extra("corpus", purpose="slant.corpus.open", modules=("pyarrow", "duckdb"))
    path = require_run(run)
    manifest = read_manifest(path)
    if manifest is None:
        raise InputError(
            f"{path} has no manifest.json: the run never started properly; run 'slant corpus run' into it again"
        )
    opened = CorpusRun(path, manifest)
    if not opened.finished and not allow_unfinished:
        raise InputError(
            f"the run in {path} has not finished (it was interrupted, or is still running); resume it with the "
            "same 'slant corpus run ... --out' command, or open it with allow_unfinished=True to read the "
            "batches committed so far"
        )
    return opened
