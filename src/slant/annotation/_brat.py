"""brat standoff: one ``<id>.txt`` and ``<id>.ann`` per task, and the configuration brat needs (issue 16).

Export writes each task's text exactly to ``<id>.txt`` and its spans as text-bound annotations
(``T1<TAB>Loaded_Language 10 25<TAB>text``) with slant's score in an annotator note
(``#1<TAB>AnnotatorNotes T1<TAB>slant score 0.83``), plus ``annotation.conf`` (the entity types) and
``visual.conf`` (slant's colour for each). brat's annotation lines cannot hold a line break, so a span
that crosses one is written as fragments (``10 14;15 25``), which is how brat itself writes it.

Labels: brat's type names allow letters, digits, ``_`` and ``-``; slant's technique names have
commas (``Name_Calling,Labeling``), written as ``__`` (``Name_Calling__Labeling``) and read back.

Import reads every ``.ann`` in a folder with its ``.txt``: text-bound annotations (``T``) are the gold;
fragments separated only by whitespace are one span again, others are separate spans; notes,
attributes, relations and events are ignored. Every fault names the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from slant._document import Span
from slant._errors import InputError, MissingInputError
from slant.annotation._lines import read_text
from slant.annotation._tasks import Task

__all__ = ["brat_label", "read_brat", "slant_label", "write_brat"]

_FRAGMENT = re.compile(r"^(\d+) (\d+)$")


def brat_label(label: str) -> str:
    """slant's label as a brat type name (``,`` -> ``__``)."""
    return label.replace(",", "__")


def slant_label(name: str) -> str:
    """A brat type name as slant's label (``__`` -> ``,``)."""
    return name.replace("__", ",")


def _fragments(text: str, span: Span) -> list[tuple[int, int]]:
    """The span's pieces between line breaks (brat's lines cannot hold one), empty pieces left out."""
    pieces, start = [], span.start
    for index in range(span.start, span.end):
        if text[index] in "\r\n":
            if index > start:
                pieces.append((start, index))
            start = index + 1
    if span.end > start:
        pieces.append((start, span.end))
    return pieces or [(span.start, span.end)]


def write_brat(tasks: Sequence[Task], folder: Path, *, labels: Mapping[str, str]) -> list[Path]:
    """Write ``<id>.txt``/``<id>.ann`` per task and ``annotation.conf``/``visual.conf`` into ``folder``.

    Args:
        tasks: the texts and their predicted spans.
        folder: an existing folder.
        labels: every label annotators may choose, with its colour (``#rrggbb``), in order.

    Returns:
        The files written.
    """
    written = []
    for task in tasks:
        txt, ann = folder / f"{task.id}.txt", folder / f"{task.id}.ann"
        with txt.open("w", encoding="utf-8", newline="") as handle:
            handle.write(task.text)
        lines = []
        for number, span in enumerate(task.spans, 1):
            pieces = _fragments(task.text, span)
            offsets = ";".join(f"{s} {e}" for s, e in pieces)
            shown = " ".join(task.text[s:e] for s, e in pieces)
            lines.append(f"T{number}\t{brat_label(span.label)} {offsets}\t{shown}")
            lines.append(f"#{number}\tAnnotatorNotes T{number}\tslant score {span.score:.4f}")
        ann.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        written += [txt, ann]
    names = [brat_label(label) for label in labels]
    conf = folder / "annotation.conf"
    conf.write_text(
        "[entities]\n" + "".join(f"{n}\n" for n in names) + "[relations]\n[events]\n[attributes]\n",
        encoding="utf-8",
    )
    visual = folder / "visual.conf"
    visual.write_text(
        "[labels]\n"
        + "".join(f"{brat_label(label)} | {label}\n" for label in labels)
        + "[drawing]\n"
        + "".join(f"{brat_label(label)}\tbgColor:{colour}\n" for label, colour in labels.items()),
        encoding="utf-8",
    )
    return [*written, conf, visual]


def _parse_offsets(field: str, text: str, where: str) -> list[tuple[int, int]]:
    pieces = []
    for fragment in field.split(";"):
        match = _FRAGMENT.match(fragment.strip())
        if match is None:
            raise InputError(
                f"{where}: expected offsets 'START END' (fragments joined by ';'); got {field!r}"
            )
        start, end = int(match[1]), int(match[2])
        if not 0 <= start <= end <= len(text):
            raise InputError(f"{where}: span [{start}, {end}) lies outside the text ({len(text)} characters)")
        pieces.append((start, end))
    return sorted(pieces)


def _merged(pieces: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Fragments separated only by whitespace (a span brat split at a line break) joined again."""
    out = [pieces[0]]
    for start, end in pieces[1:]:
        if not text[out[-1][1] : start].strip():
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _read_ann(ann: Path, text: str) -> list[Span]:
    spans: list[Span] = []
    for number, line in enumerate(read_text(ann).splitlines(), 1):
        if not line.startswith("T"):
            continue  # notes (#), attributes (A, M), relations (R), events (E), normalisations (N)
        where = f"{ann}:{number}"
        fields = line.split("\t")
        if len(fields) < 2 or " " not in fields[1]:
            raise InputError(f"{where}: expected 'T<n><TAB>TYPE START END<TAB>TEXT'")
        kind, _, offsets = fields[1].partition(" ")
        pieces = _parse_offsets(offsets, text, where)
        if len(fields) >= 3:
            shown = " ".join(text[s:e] for s, e in pieces)
            if " ".join(shown.split()) != " ".join(fields[2].split()):
                raise InputError(
                    f"{where}: the annotation's text {fields[2]!r} is not the text at its offsets "
                    f"({shown!r}); was the .txt file changed?"
                )
        label = slant_label(kind)
        spans.extend(Span(s, e, label, 1.0, "brat", {"where": where}) for s, e in _merged(pieces, text))
    return spans


def read_brat(folder: Path) -> list[Task]:
    """The tasks of a brat folder: every ``<id>.ann`` with its ``<id>.txt``, sorted by id.

    Raises:
        MissingInputError: the folder does not exist.
        InputError: it has no ``.ann`` file, an ``.ann`` has no ``.txt``, or an annotation is malformed.
    """
    if not folder.is_dir():
        raise MissingInputError(f"expected a folder of brat .txt/.ann files; {str(folder)!r} is not a folder")
    anns = sorted(folder.glob("*.ann"))
    if not anns:
        raise InputError(f"expected brat .ann files in {str(folder)!r}; found none")
    tasks = []
    for ann in anns:
        txt = ann.with_suffix(".txt")
        if not txt.is_file():
            raise InputError(f"{ann}: its text file {txt.name} is missing")
        text = read_text(txt)
        tasks.append(Task(ann.stem, text, tuple(_read_ann(ann, text))))
    return tasks
