"""Label Studio: tasks with slant's spans as predictions, and corrected annotations read back (issue 16).

Export writes ``tasks.json`` (a JSON array of tasks: ``data.text`` plus slant's ids, and one
prediction whose results are the spans, each with its score) and ``labeling-config.xml`` (a
``<Labels>`` over a ``<Text>``, one ``<Label>`` per label with slant's colour). Import reads a Label
Studio JSON export: each task's latest annotation that was not cancelled is the gold (tasks without one
are skipped, and counted in the log); a task with predictions only (a file never corrected) gives no gold.

Offsets: Label Studio stores a region's ``start``/``end`` and its ``text``. Some versions count UTF-16
code units (an emoji counts twice) instead of characters; each region is checked against its ``text``
and, where the characters do not match, read as UTF-16 offsets; a region that matches neither is an
error naming the file and line.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from slant._document import Span
from slant._errors import InputError
from slant._version import __version__
from slant.annotation._lines import json_array_items
from slant.annotation._tasks import Task

__all__ = ["CONFIG_FILE", "TASKS_FILE", "read_label_studio", "write_label_studio"]

logger = logging.getLogger(__name__)

TASKS_FILE = "tasks.json"
CONFIG_FILE = "labeling-config.xml"
#: The names of the labelling interface's tags, which every result refers to.
_FROM, _TO = "label", "text"


def _result(span: Span, text: str, number: int) -> dict[str, Any]:
    return {
        "id": f"slant-{number}",
        "from_name": _FROM,
        "to_name": _TO,
        "type": "labels",
        "value": {
            "start": span.start,
            "end": span.end,
            "text": text[span.start : span.end],
            "labels": [span.label],
        },
        "score": round(span.score, 4),
    }


def write_label_studio(tasks: Sequence[Task], folder: Path, *, labels: Mapping[str, str]) -> list[Path]:
    """Write ``tasks.json`` and ``labeling-config.xml`` into ``folder``; the files written.

    Args:
        tasks: the texts and their predicted spans.
        folder: an existing folder.
        labels: every label the annotators may choose, with its colour (``#rrggbb``), in order.
    """
    records = []
    for task in tasks:
        results = [_result(span, task.text, n) for n, span in enumerate(task.spans, 1)]
        record: dict[str, Any] = {"data": {"text": task.text, "slant_id": task.id, **_plain(task.meta)}}
        if results:
            mean = sum(r["score"] for r in results) / len(results)
            record["predictions"] = [
                {"model_version": f"slant {__version__}", "score": round(mean, 4), "result": results}
            ]
        records.append(record)
    tasks_file = folder / TASKS_FILE
    tasks_file.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    choices = "\n".join(
        f"    <Label value={quoteattr(label)} background={quoteattr(colour)}/>"
        for label, colour in labels.items()
    )
    config = (
        "<View>\n"
        f'  <Labels name="{_FROM}" toName="{_TO}">\n{choices}\n  </Labels>\n'
        f'  <Text name="{_TO}" value="$text"/>\n'
        "</View>\n"
    )
    config_file = folder / CONFIG_FILE
    config_file.write_text(config, encoding="utf-8")
    return [tasks_file, config_file]


def _plain(meta: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in meta.items() if value is not None}


def _utf16_to_index(text: str, units: int) -> int | None:
    """The character index at ``units`` UTF-16 code units into ``text``; None when it falls inside a character."""
    count = 0
    for index, char in enumerate(text):
        if count == units:
            return index
        count += 2 if ord(char) > 0xFFFF else 1
        if count > units:
            return None
    return len(text) if count == units else None


def _offsets(value: Mapping[str, Any], text: str, where: str) -> tuple[int, int]:
    start, end, shown = value.get("start"), value.get("end"), value.get("text")
    if (
        not isinstance(start, int)
        or not isinstance(end, int)
        or isinstance(start, bool)
        or isinstance(end, bool)
    ):
        raise InputError(
            f"{where}: expected integer 'start' and 'end' in a region's value; got {start!r}, {end!r}"
        )
    if 0 <= start <= end <= len(text) and (shown is None or text[start:end] == shown):
        return start, end
    first, last = _utf16_to_index(text, start), _utf16_to_index(text, end)
    if (
        first is not None
        and last is not None
        and first <= last
        and (shown is None or text[first:last] == shown)
    ):
        return first, last  # a Label Studio that counted UTF-16 code units (issue 16)
    raise InputError(
        f"{where}: region [{start}, {end}) does not match the task's text"
        + (f" (it says {shown!r})" if isinstance(shown, str) else "")
        + "; was the text changed after export?"
    )


def _gold_annotation(task: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The task's latest annotation that was not cancelled, or None."""
    annotations = [
        a for a in task.get("annotations") or () if isinstance(a, Mapping) and not a.get("was_cancelled")
    ]
    if not annotations:
        return None
    return max(
        annotations, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""), a.get("id") or 0)
    )


def _spans(results: Iterable[Any], text: str, where: str) -> list[Span]:
    spans: list[Span] = []
    for result in results:
        if not isinstance(result, Mapping) or result.get("type") != "labels":
            continue  # relations, text areas, choices: not spans
        value = result.get("value")
        if not isinstance(value, Mapping):
            raise InputError(f"{where}: a 'labels' result has no 'value' object")
        labels = value.get("labels")
        if not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
            raise InputError(f"{where}: expected a non-empty list of label names in a region's 'labels'")
        start, end = _offsets(value, text, where)
        spans.extend(Span(start, end, label, 1.0, "label-studio", {"where": where}) for label in labels)
    return spans


def read_label_studio(file: Path) -> list[Task]:
    """The corrected tasks of a Label Studio JSON export, spans from each task's latest annotation.

    Raises:
        InputError: the file is not a JSON array of tasks, or a task or region is malformed; the message
            names the line where the task starts.
    """
    tasks, skipped = [], 0
    for line, task in json_array_items(file):
        where = f"{file}:{line}"
        if not isinstance(task, Mapping):
            raise InputError(f"{where}: expected a task object")
        data = task.get("data")
        if not isinstance(data, Mapping) or not isinstance(data.get("text"), str):
            raise InputError(f"{where}: expected the task's text in 'data.text'")
        annotation = _gold_annotation(task)
        if annotation is None:
            skipped += 1
            continue
        text = data["text"]
        results = annotation.get("result") or []
        if not isinstance(results, list):
            raise InputError(f"{where}: expected a list in the annotation's 'result'")
        task_id = str(data.get("slant_id") or task.get("id") or f"line{line}")
        meta = {k: data[k] for k in ("page", "part", "kind", "author", "source") if k in data}
        tasks.append(Task(task_id, text, tuple(_spans(results, text, where)), meta))
    if skipped and not tasks:
        raise InputError(
            f"{file}: none of its {skipped} task(s) has a finished annotation",
            hint="correct the tasks in Label Studio, then export them as JSON (the tasks.json slant wrote has predictions only)",
        )
    if skipped:
        logger.info("%s: %d task(s) without a finished annotation were skipped", file, skipped)
    return tasks
