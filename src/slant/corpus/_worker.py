"""What a worker does with one batch: read each page, annotate it, flatten it into table rows.

Pages arrive as bytes (:class:`~slant.corpus._tasks.PageTask`) and leave as Arrow IPC streams, one
per table: plain data that crosses process and machine boundaries without pickling a Document.
Each worker process builds its pipeline once and keeps it (models load once per process).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from slant._document import Document
from slant._errors import SlantError
from slant._pipeline import Pipeline
from slant.corpus._rows import page_rows
from slant.corpus._tables import TABLE_NAMES, schemas
from slant.corpus._tasks import PageTask

__all__ = ["Batch", "BatchResult", "build_pipeline", "failed_batch_result", "process_batch", "table_from_ipc"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Batch:
    """Pages to analyse together, with the pipeline to run over them.

    Attributes:
        batch_id: the run-wide number of the batch; names its part files.
        tasks: the pages.
        pipeline: annotator names (``"sentences"``, ``"slant.toxicity.v1"``) or ``"module:factory"``
            strings for annotators outside slant's registry; empty for the default pipeline.
    """

    batch_id: int
    tasks: tuple[PageTask, ...]
    pipeline: tuple[str, ...] = ()


@dataclass(slots=True)
class BatchResult:
    """The rows of one batch, as Arrow IPC bytes per table, and where the time went.

    Attributes:
        batch_id: the batch's number.
        page_ids: every page of the batch, analysed or failed: all of them are done once written.
        tables: table name -> Arrow IPC stream bytes (tables with no rows are left out).
        pages: pages analysed; errors: pages that failed.
        seconds: wall time spent per stage in the worker: ``read``, ``annotate``, ``flatten``,
            ``encode`` (Arrow), and ``total``; and CPU time of the annotators (``cpu_annotate``)
            and of the whole batch (``cpu_total``), which a busy machine does not inflate.
    """

    batch_id: int
    page_ids: tuple[str, ...]
    tables: dict[str, bytes]
    pages: int = 0
    errors: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def build_pipeline(spec: tuple[str, ...]) -> Pipeline:
    """The pipeline of ``spec``, built once per process (building loads models) in the one pipeline
    cache, which :func:`slant.reset_caches` clears.

    Args:
        spec: registered annotator names, or ``"module:factory"`` strings whose factory, called with
            no arguments, returns an annotator; empty for slant's default pipeline.
    """
    from slant._analyze import default_pipeline

    return default_pipeline(spec or None)


def process_batch(batch: Batch) -> BatchResult:
    """Read, annotate and flatten every page of ``batch``; a failing page becomes an ``errors`` row.

    The pages read are annotated together (``Pipeline.pipe``: one model call per annotator for the
    batch), and a page that makes an annotator fail is isolated there: it never takes the batch down
    with it; the corpus goes on, and the reason is kept.
    """
    from slant.readers import read_bytes

    started, cpu_started = time.perf_counter(), time.process_time()
    pipeline = build_pipeline(batch.pipeline)
    seconds = dict.fromkeys(("read", "annotate", "flatten", "encode", "cpu_annotate"), 0.0)
    # Per page, in the batch's order: its document, or its error row.
    outcomes: list[Document | dict[str, Any]] = []
    tick = time.perf_counter()
    for task in batch.tasks:
        if task.error is not None:
            outcomes.append(_error_row(task, "input", "InputError", task.error))
            continue
        try:
            outcomes.append(
                read_bytes(
                    task.data,
                    format=task.format,  # type: ignore[arg-type]
                    source=task.source,
                    url=task.url,
                    content_type=task.content_type,
                    name=task.name,
                )
            )
        except Exception as error:  # one broken page must not stop a corpus run
            outcomes.append(_failure_row(task, "read", error))
    seconds["read"] = time.perf_counter() - tick

    docs = [outcome for outcome in outcomes if isinstance(outcome, Document)]
    failures: dict[int, Exception] = {}

    def isolate(doc: Document, error: Exception) -> None:
        failures[id(doc)] = error

    tick, cpu_tick = time.perf_counter(), time.process_time()
    for _ in pipeline.pipe(docs, batch_size=max(1, len(docs)), error_handler=isolate):
        pass  # the documents are annotated in place; the failed ones are in ``failures``
    seconds["cpu_annotate"] = time.process_time() - cpu_tick
    seconds["annotate"] = time.perf_counter() - tick

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    analysed = 0
    tick = time.perf_counter()
    for task, outcome in zip(batch.tasks, outcomes, strict=True):
        if not isinstance(outcome, Document):
            rows["errors"].append(outcome)
            continue
        if id(outcome) in failures:
            rows["errors"].append(_failure_row(task, "annotate", failures[id(outcome)]))
            continue
        try:
            page = page_rows(outcome, page_id=task.page_id)
        except Exception as error:  # one page that cannot be stored must not stop a corpus run
            rows["errors"].append(_failure_row(task, "flatten", error))
            continue
        for name, table_rows in page.items():
            rows[name].extend(table_rows)
        analysed += 1
    seconds["flatten"] = time.perf_counter() - tick
    tick = time.perf_counter()
    tables = _encode(rows)
    seconds["encode"] = time.perf_counter() - tick
    seconds["total"] = time.perf_counter() - started
    seconds["cpu_total"] = time.process_time() - cpu_started
    return BatchResult(
        batch_id=batch.batch_id,
        page_ids=tuple(task.page_id for task in batch.tasks),
        tables=tables,
        pages=analysed,
        errors=len(rows["errors"]),
        seconds=seconds,
    )


def _failure_row(task: PageTask, stage: str, error: Exception) -> dict[str, Any]:
    """The error row of a page that failed at ``stage``: slant's own errors as they are, others as internal."""
    if isinstance(error, SlantError):
        return _error_row(task, stage, type(error).__name__, str(error))
    logger.warning("%s: %s failed: %s: %s", task.source, stage, type(error).__name__, error)
    reason = f"internal error while {_STAGE_VERB[stage]} the page: {type(error).__name__}: {error}"
    return _error_row(task, stage, type(error).__name__, reason)


_STAGE_VERB = {"read": "reading", "annotate": "annotating", "flatten": "storing"}


def failed_batch_result(batch: Batch, reason: str) -> BatchResult:
    """A result that records every page of ``batch`` as an error with ``reason``.

    Used by the run loop for a page that made its worker fail even when sent alone.
    """
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    rows["errors"] = [_error_row(task, "worker", "WorkerError", reason) for task in batch.tasks]
    return BatchResult(
        batch_id=batch.batch_id,
        page_ids=tuple(task.page_id for task in batch.tasks),
        tables=_encode(rows),
        pages=0,
        errors=len(batch.tasks),
    )


def _error_row(task: PageTask, stage: str, error_type: str, reason: str) -> dict[str, Any]:
    return {
        "page_id": task.page_id,
        "source": task.source,
        "stage": stage,
        "error_type": error_type,
        "reason": reason,
    }


def _encode(rows: dict[str, list[dict[str, Any]]]) -> dict[str, bytes]:
    import pyarrow as pa

    encoded = {}
    for name, schema in schemas().items():
        if not rows[name]:
            continue
        table = pa.Table.from_pylist(rows[name], schema=schema)
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, schema) as writer:
            writer.write_table(table)
        encoded[name] = sink.getvalue().to_pybytes()
    return encoded


def table_from_ipc(data: bytes) -> Any:
    """Decode one table of a :class:`BatchResult` (an Arrow IPC stream) into a ``pyarrow.Table``."""
    import pyarrow as pa

    return pa.ipc.open_stream(pa.py_buffer(data)).read_all()


def worker_versions(spec: Sequence[str]) -> dict[str, Any]:
    """Names of the annotators the pipeline of ``spec`` runs (for the manifest)."""
    return {"annotators": build_pipeline(tuple(spec)).names}
