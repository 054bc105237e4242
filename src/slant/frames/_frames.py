"""Tidy tables of documents: Arrow without pandas, pandas frames when it is installed.

The rows come from :func:`slant.corpus._rows.page_rows` and the columns from the corpus run's schemas
(:func:`slant.corpus._tables.schemas`): one place decides what a ``comments`` or ``spans`` row is, for a
run's Parquet files and for a notebook alike.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from slant._analyze import analyze, default_pipeline
from slant._document import Document
from slant._errors import InputError, SlantError, UsageError
from slant._extras import require_extra
from slant._pipeline import Pipeline
from slant.corpus._rows import page_rows
from slant.corpus._tables import schemas
from slant.readers import InputFormat

__all__ = ["DOCUMENT_TABLES", "analyze_column", "to_arrow", "to_pandas"]

logger = logging.getLogger(__name__)

#: The tables a document flattens into: one row per page, per span, per comment (a run's tables but
#: ``errors``, which only a run has).
DOCUMENT_TABLES: tuple[str, ...] = ("pages", "spans", "comments")


def _documents(docs: Document | Iterable[Document]) -> list[Document]:
    if isinstance(docs, Document):
        return [docs]
    found = list(docs)
    wrong = [type(d).__name__ for d in found if not isinstance(d, Document)]
    if wrong:
        raise UsageError(f"give a slant Document or an iterable of them; got a {wrong[0]} among them")
    return found


def _check_table(table: str) -> None:
    if table not in DOCUMENT_TABLES:
        raise UsageError(f"table must be one of {', '.join(DOCUMENT_TABLES)}; got {table!r}")


def to_arrow(
    docs: Document | Iterable[Document],
    table: str = "comments",
    *,
    page_ids: Sequence[str] | None = None,
) -> Any:
    """One table of ``docs`` as a :class:`pyarrow.Table`, with the columns of a run's table.

    Args:
        docs: a document, or several (their rows follow each other, in order).
        table: ``"pages"`` (one row per document), ``"spans"`` (one row per span of every layer but
            ``tokens``; sentence spans without their text) or ``"comments"`` (one row per comment,
            with its author, parent and the seven toxicity scores, null where no model scored it).
        page_ids: the ``page_id`` of each document; by default its position, ``"0"``, ``"1"``, ...

    Raises:
        UsageError: an unknown table, or ``page_ids`` of another length than ``docs``.
        DependencyError: pyarrow is not installed.
    """
    _check_table(table)
    require_extra("pandas", purpose="slant.frames.to_arrow", modules=("pyarrow",))
    import pyarrow as pa

    found = _documents(docs)
    ids = [str(i) for i in range(len(found))] if page_ids is None else [str(i) for i in page_ids]
    if len(ids) != len(found):
        raise UsageError(f"page_ids must name each of the {len(found)} documents; got {len(ids)} ids")
    rows = [
        row for doc, page_id in zip(found, ids, strict=True) for row in page_rows(doc, page_id=page_id)[table]
    ]
    return pa.Table.from_pylist(rows, schema=schemas()[table])


def to_pandas(
    docs: Document | Iterable[Document],
    table: str = "comments",
    *,
    page_ids: Sequence[str] | None = None,
) -> Any:
    """One table of ``docs`` as a :class:`pandas.DataFrame` (see :func:`to_arrow` for the tables).

    Raises:
        DependencyError: pandas is not installed (``pip install 'slant[pandas]'``).
    """
    require_extra("pandas", purpose="slant.frames.to_pandas")
    return to_arrow(docs, table, page_ids=page_ids).to_pandas()


def analyze_column(
    pages: Any,
    *,
    pipeline: Pipeline | Sequence[str] | None = None,
    format: InputFormat = "auto",
    on_error: Literal["raise", "record"] = "raise",
) -> Any:
    """Analyse a column of pages (paths, URLs or page text) into a ``pages`` frame on the same index.

    Args:
        pages: a :class:`pandas.Series` of pages; each value as :func:`slant.analyze` takes it.
        pipeline: the annotators (built once for the whole column); None for the default pipeline.
        format: ``"auto"`` or the format of every page.
        on_error: ``"raise"`` stops at the first page that cannot be read; ``"record"`` keeps going,
            leaves that page's row empty and puts the reason in an ``error`` column.

    Returns:
        One row per value of ``pages``, indexed like it, with the columns of a run's ``pages`` table
        (``page_id`` is the index label as text).

    Raises:
        DependencyError: pandas is not installed.
        UsageError: ``pages`` is not a Series.
        SlantError: with ``on_error="raise"``, the first page that could not be read.
    """
    require_extra("pandas", purpose="slant.frames.analyze_column")
    import pandas as pd

    if not isinstance(pages, pd.Series):
        raise UsageError(f"pages must be a pandas Series (a column); got {type(pages).__name__}")
    if on_error not in ("raise", "record"):
        raise UsageError(f"on_error must be 'raise' or 'record'; got {on_error!r}")
    built = pipeline if isinstance(pipeline, Pipeline) else default_pipeline(pipeline)
    columns = schemas()["pages"].names
    rows: list[dict[str, Any]] = []
    errors: list[str | None] = []
    for label, page in pages.items():
        page_id = str(label)
        try:
            doc = analyze(_page_value(page, page_id), format=format, pipeline=built)
        except SlantError as error:
            if on_error == "raise":
                raise
            logger.info("page %s left out: %s", page_id, error)
            rows.append({"page_id": page_id})
            errors.append(str(error))
            continue
        rows.append(page_rows(doc, page_id=page_id)["pages"][0])
        errors.append(None)
    frame = pd.DataFrame(rows, columns=columns)
    frame.index = pages.index
    if on_error == "record":
        frame["error"] = errors
    return frame


def _page_value(page: Any, page_id: str) -> str | bytes | Path:
    if isinstance(page, str | bytes | Path):
        return page
    raise InputError(f"page {page_id} must be text, bytes, a path or a URL; got {type(page).__name__}")
