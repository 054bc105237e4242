"""Export a page's or a run's spans for an annotation tool, and read the corrected files back (issue 16)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal, get_args

from slant._errors import InputError, MissingInputError, PlaceError
from slant._labels import label_table
from slant.annotation._brat import read_brat, write_brat
from slant.annotation._label_studio import read_label_studio, write_label_studio
from slant.annotation._ptc_files import read_ptc, write_ptc
from slant.annotation._tasks import Task

__all__ = ["FORMATS", "Format", "detect_format", "export_tasks", "label_colours", "read_gold"]

logger = logging.getLogger(__name__)

Format = Literal["label-studio", "brat", "ptc"]
#: The formats of ``slant export --format`` and of ``slant eval gold`` / ``slant train --add-gold``.
FORMATS: tuple[str, ...] = get_args(Format)


def label_colours(layers: Iterable[str], tasks: Sequence[Task] = ()) -> dict[str, str]:
    """Every label annotators may choose for ``layers``, with slant's colour: the label table's labels of
    those layers, then any other label the tasks' spans use (grey)."""
    wanted = tuple(layers)
    colours = {spec.label: spec.colour for spec in label_table() if spec.layer in wanted}
    for task in tasks:
        for span in task.spans:
            colours.setdefault(span.label, "#999999")
    return colours


def export_tasks(
    tasks: Sequence[Task], folder: str | Path, *, format: Format, layers: Iterable[str]
) -> list[Path]:
    """Write ``tasks`` into ``folder`` (made if missing) in ``format``; the files written.

    Raises:
        InputError: two tasks have the same id, or ``format`` is unknown.
        PlaceError: the folder cannot be made or written.
    """
    ids = [task.id for task in tasks]
    if len(set(ids)) != len(ids):
        raise InputError("two tasks have the same id; give each page a different name")
    out = Path(folder)
    labels = label_colours(layers, tasks)
    try:
        out.mkdir(parents=True, exist_ok=True)
        if format == "label-studio":
            return write_label_studio(tasks, out, labels=labels)
        if format == "brat":
            return write_brat(tasks, out, labels=labels)
        if format == "ptc":
            return write_ptc(tasks, out)
    except OSError as error:
        raise PlaceError(f"cannot write the export into {str(out)!r}: {error.strerror or error}") from error
    raise InputError(f"unknown export format {format!r}; expected one of: {', '.join(FORMATS)}")


def detect_format(path: str | Path) -> Format:
    """The format of a corrected export: a ``.json`` file is Label Studio's; a folder with ``.ann`` files
    is brat's; a folder with ``article<ID>.txt`` files is PTC.

    Raises:
        MissingInputError: nothing at ``path``.
        InputError: none of these.
    """
    where = Path(path)
    if where.is_file() and where.suffix.lower() == ".json":
        return "label-studio"
    if where.is_dir():
        if any(where.glob("*.ann")):
            return "brat"
        if any(where.glob("article*.txt")):
            return "ptc"
        if (where / "tasks.json").is_file():
            return "label-studio"
    if not where.exists():
        raise MissingInputError(f"expected a corrected export; {str(where)!r} does not exist")
    raise InputError(
        f"cannot tell the format of {str(where)!r}: expected a Label Studio .json export, a folder of brat "
        ".txt/.ann files, or a folder of PTC article<ID>.txt files with a .labels file",
        hint="name it with --format label-studio|brat|ptc",
    )


def read_gold(path: str | Path, *, format: Format | Literal["auto"] = "auto") -> list[Task]:
    """The corrected tasks of an export in ``format`` (``"auto"``: :func:`detect_format`).

    Raises:
        MissingInputError: nothing at ``path``.
        InputError: the files are malformed; the message names the file and line.
    """
    where = Path(path)
    chosen = detect_format(where) if format == "auto" else format
    if chosen == "label-studio":
        return read_label_studio(where / "tasks.json" if where.is_dir() else where)
    if chosen == "brat":
        return read_brat(where)
    if chosen == "ptc":
        return read_ptc(where)
    raise InputError(f"unknown format {chosen!r}; expected one of: {', '.join(FORMATS)}")
