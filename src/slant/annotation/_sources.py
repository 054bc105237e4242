"""The pages to export: files and URLs analysed now, or the pages of a finished corpus run (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from slant._analyze import analyze
from slant._document import Document
from slant._errors import InputError
from slant._pipeline import Pipeline, plan_pipeline
from slant._registrations import ANNOTATORS
from slant.annotation._tasks import Task, tasks_from_document, unique_ids

__all__ = ["annotator_of_layer", "documents_of_run", "tasks_of_inputs"]


def annotator_of_layer(layer: str) -> str:
    """The registered annotator that assigns the span layer ``layer``.

    Raises:
        InputError: no annotator assigns it.
    """
    for name, entry in ANNOTATORS.items():
        if f"spans.{layer}" in entry.assigns:
            return name
    layers = sorted(
        {a.split(".", 1)[1] for e in ANNOTATORS.values() for a in e.assigns if a.startswith("spans.")}
    )
    raise InputError(f"no annotator writes the span layer {layer!r}; expected one of: {', '.join(layers)}")


def _pipeline(layers: Sequence[str]) -> Pipeline:
    """What must run to fill ``layers``, in the default order."""
    names: list[str] = []
    for layer in layers:
        for name in plan_pipeline(annotator_of_layer(layer)):
            if name not in names:
                names.append(name)
    return Pipeline(names)


def _is_run(path: Path) -> bool:
    from slant.corpus._store import RunStore

    return path.is_dir() and RunStore.is_run(path)


def documents_of_run(run: str | Path) -> Iterator[tuple[str, Document]]:
    """``(page_id, document)`` for each page of a corpus run folder, rebuilt from its tables.

    Raises:
        DependencyError: the corpus extra is not installed.
        InputError: the folder is not a run.
    """
    from slant.corpus._query import connect
    from slant.corpus._rows import document_from_rows

    connection = connect(run)
    try:

        def dicts(sql: str, *params: object) -> list[dict[str, object]]:
            cursor = connection.execute(sql, list(params))
            columns = [d[0] for d in cursor.description]
            return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

        for page in dicts("select * from pages order by page_id"):
            page_id = str(page["page_id"])
            comments = dicts("select * from comments where page_id = ?", page_id)
            spans = dicts("select * from spans where page_id = ?", page_id)
            yield page_id, document_from_rows(page, comments, spans)
    finally:
        connection.close()


def tasks_of_inputs(inputs: Sequence[str], *, layers: Sequence[str]) -> list[Task]:
    """The tasks of every input: a corpus run folder (its stored spans) or a page (analysed now).

    Pages are named by their file's stem (a URL by its last path segment); runs by their page ids.

    Raises:
        InputError: a layer no annotator writes; or what reading a page raises.
    """
    pipeline = None
    named: list[tuple[str, Document]] = []
    for item in inputs:
        path = Path(item)
        if "://" not in item and _is_run(path):
            named.extend(documents_of_run(path))
            continue
        pipeline = pipeline or _pipeline(layers)
        doc = analyze(item if "://" in item else path, pipeline=pipeline)
        stem = item.rstrip("/").rsplit("/", 1)[-1] if "://" in item else path.stem
        named.append((stem or "page", doc))
    ids = unique_ids([name for name, _ in named])
    return [
        task
        for page_id, (_, doc) in zip(ids, named, strict=True)
        for task in tasks_from_document(doc, page_id=page_id, layers=layers)
    ]
