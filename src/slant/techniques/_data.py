"""Reading the Propaganda Techniques Corpus (PTC, SemEval-2020 Task 11) from disk.

Articles are ``article<ID>.txt`` files (UTF-8, title, blank line, one sentence a line); labels are
tab-separated: SI ``ID start end`` and TC ``ID technique start end`` with 0-based ``[start, end)``
character offsets. Nothing here is shipped: the data is research-only and stays outside the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from slant._errors import InputError, MissingInputError

__all__ = [
    "LabelledSpan",
    "PtcSplit",
    "read_articles",
    "read_si_labels",
    "read_split",
    "read_tc_labels",
]

_ARTICLE_NAME = re.compile(r"^article(?P<id>[^.]+)\.txt$")


@dataclass(frozen=True, slots=True)
class LabelledSpan:
    """One line of a labels file: an article ID, a technique (``"?"`` when unknown) and offsets."""

    article_id: str
    technique: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PtcSplit:
    """One split of the PTC: its articles by ID and its technique-labelled spans."""

    articles: Mapping[str, str]
    spans: tuple[LabelledSpan, ...]


def read_articles(folder: str | Path) -> dict[str, str]:
    """Read every ``article<ID>.txt`` in ``folder``, sorted by ID.

    Raises:
        MissingInputError: the folder does not exist.
        InputError: it holds no ``article<ID>.txt`` file, or one is not UTF-8.
    """
    path = Path(folder)
    if not path.is_dir():
        raise MissingInputError(f"expected a folder of article<ID>.txt files; {str(path)!r} is not a folder")
    articles: dict[str, str] = {}
    for file in sorted(path.iterdir()):
        match = _ARTICLE_NAME.match(file.name)
        if match is None or not file.is_file():
            continue
        try:
            # newline="" keeps the text exactly as on disk, so offsets match the labels.
            with file.open(encoding="utf-8", newline="") as handle:
                articles[match["id"]] = handle.read()
        except UnicodeDecodeError as error:
            raise InputError(
                f"expected UTF-8 text in {str(file)!r}; decoding failed: {error.reason}"
            ) from error
    if not articles:
        raise InputError(f"expected article<ID>.txt files in {str(path)!r}; found none")
    return dict(sorted(articles.items()))


def _label_lines(file: str | Path) -> Iterable[tuple[int, list[str]]]:
    path = Path(file)
    if not path.is_file():
        raise MissingInputError(f"expected a labels file; {str(path)!r} does not exist")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\r\n")
            if line.strip():
                yield number, line.split("\t")


def _offsets(fields: list[str], file: str | Path, number: int) -> tuple[int, int]:
    try:
        start, end = int(fields[-2]), int(fields[-1])
    except ValueError as error:
        raise InputError(f"expected integer offsets at {file}:{number}; got {fields[-2:]!r}") from error
    if not 0 <= start <= end:
        raise InputError(f"expected 0 <= start <= end at {file}:{number}; got {start}, {end}")
    return start, end


def read_si_labels(file: str | Path) -> list[LabelledSpan]:
    """Read an SI labels file (``ID<TAB>start<TAB>end``); techniques come back as ``"?"``."""
    spans = []
    for number, fields in _label_lines(file):
        if len(fields) != 3:
            raise InputError(
                f"expected 3 tab-separated fields (ID, start, end) at {file}:{number}; got {len(fields)}"
            )
        start, end = _offsets(fields, file, number)
        spans.append(LabelledSpan(fields[0], "?", start, end))
    return spans


def read_tc_labels(file: str | Path) -> list[LabelledSpan]:
    """Read a TC labels or template file (``ID<TAB>technique<TAB>start<TAB>end``), keeping line order."""
    spans = []
    for number, fields in _label_lines(file):
        if len(fields) != 4:
            raise InputError(
                f"expected 4 tab-separated fields (ID, technique, start, end) at {file}:{number}; got {len(fields)}"
            )
        start, end = _offsets(fields, file, number)
        spans.append(LabelledSpan(fields[0], fields[1], start, end))
    return spans


def read_split(data_dir: str | Path, split: str) -> PtcSplit:
    """Read ``<split>-articles/`` and ``<split>-task-flc-tc.labels`` from a PTC folder."""
    root = Path(data_dir)
    articles = read_articles(root / f"{split}-articles")
    spans = read_tc_labels(root / f"{split}-task-flc-tc.labels")
    return PtcSplit(articles=articles, spans=tuple(spans))
