"""Training data for the learned line-role model, derived from hand-labelled pages (issue 14).

A labelled page is an HTML page with an ``.expected.json`` beside it (the format
bench/reader_accuracy.py documents: each comment's author and its text's opening and closing
words). The page is read as every user reads it, with the model off, and what the model would see
is recorded (:func:`slant.readers._html_roles.recording`): each comment block's lines and the text
the signs read. A block holds an expected comment when one of its lines holds the comment's opening
words and the same or a later line its closing words; those lines are **body**, a line that is the
expected author (or holds it, a few words more) is **author**, every other line **chrome**. Blocks
that hold no expected comment teach nothing and are left out.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from slant.readers._html_role_features import FEATURE_NAMES, page_features
from slant.readers._html_role_lines import BlockLine
from slant.readers._html_role_model import LABELS, LineRoleModel
from slant.readers._html_roles import RoleInputs, recording, using_model

__all__ = ["LabelledPage", "labelled_page", "labelled_pages", "train_line_roles"]

logger = logging.getLogger(__name__)

_BODY, _AUTHOR, _CHROME = (LABELS.index(label) for label in ("body", "author", "chrome"))
# An author line may hold a few words besides the name ("Ben · 2 h", "Kommentar von Ben").
_MAX_AUTHOR_EXTRA = 30


@dataclass(slots=True)
class LabelledPage:
    """One page's training rows.

    Attributes:
        name: the page, as ``batch/name``.
        features: one row per line of the blocks that hold an expected comment.
        roles: each row's role index in :data:`slant.readers._html_role_model.LABELS`.
        blocks: how many blocks were read on the page; matched: how many hold an expected comment.
    """

    name: str
    features: npt.NDArray[np.float64]
    roles: npt.NDArray[np.int64]
    blocks: int
    matched: int


def _line_roles(lines: Sequence[BlockLine], wanted: dict[str, Any]) -> list[int] | None:
    """Each line's role when the block holds the ``wanted`` comment, else None."""
    opening, closing = wanted["starts_with"], wanted["ends_with"]
    if not opening or not closing:
        return None
    first = next((index for index, line in enumerate(lines) if opening in line.text), None)
    if first is None:
        return None
    last = next((index for index in range(first, len(lines)) if closing in lines[index].text), None)
    if last is None:
        return None
    author = wanted.get("author") or None
    roles = []
    for index, line in enumerate(lines):
        if first <= index <= last:
            roles.append(_BODY)
        elif author and author in line.text and len(line.text) <= len(author) + _MAX_AUTHOR_EXTRA:
            roles.append(_AUTHOR)
        else:
            roles.append(_CHROME)
    return roles


def _labelled(name: str, inputs: Iterable[RoleInputs], expected: dict[str, Any]) -> LabelledPage:
    wanted = expected["comments"]
    used: set[int] = set()
    rows: list[npt.NDArray[np.float64]] = []
    roles: list[int] = []
    blocks = matched = 0
    for record in inputs:
        # features over all the page's blocks, as the reader computes them (repetition across blocks)
        features = page_features(record.lines, record.texts)
        start = 0
        for lines in record.lines:
            blocks += 1
            stop = start + len(lines)
            for position, want in enumerate(wanted):
                if position in used:
                    continue
                found = _line_roles(lines, want)
                if found is not None:
                    used.add(position)
                    matched += 1
                    rows.append(features[start:stop])
                    roles.extend(found)
                    break
            start = stop
    matrix = np.vstack(rows) if rows else np.zeros((0, len(FEATURE_NAMES)))
    return LabelledPage(name, matrix, np.asarray(roles, dtype=np.int64), blocks, matched)


def labelled_page(expected_path: Path) -> LabelledPage:
    """Read the page beside ``expected_path`` with the model off and label its blocks' lines."""
    from slant._errors import SlantError
    from slant.readers._source import read

    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    stem = expected_path.name.removesuffix(".expected.json")
    page = expected_path.with_name(stem + ".html")
    name = f"{expected_path.parent.name}/{stem}"
    with using_model(None), recording() as records:
        try:
            read(page)
        except SlantError as error:  # a page the reader cannot read teaches nothing
            logger.info("%s: %s", name, error)
    return _labelled(name, records, expected)


def labelled_pages(folders: Iterable[Path]) -> list[LabelledPage]:
    """Every HTML page with expectations under ``folders``, labelled, in name order."""
    paths = sorted(
        path
        for folder in folders
        for path in folder.rglob("*.expected.json")
        if path.with_name(path.name.removesuffix(".expected.json") + ".html").exists()
    )
    return [labelled_page(path) for path in paths]


def train_line_roles(
    pages: Sequence[LabelledPage], *, l2: float = 1e-3, iterations: int = 1500, use_hand: bool = True
) -> LineRoleModel:
    """Fit a :class:`LineRoleModel` on the rows of ``pages``.

    Raises:
        ValueError: the pages hold no labelled line.
    """
    rows = [page.features for page in pages if len(page.roles)]
    if not rows:
        raise ValueError("pages must hold labelled lines. Got none instead.")
    features = np.vstack(rows)
    roles = np.concatenate([page.roles for page in pages if len(page.roles)])
    return LineRoleModel(l2=l2, iterations=iterations, use_hand=use_hand).fit(features, roles)
