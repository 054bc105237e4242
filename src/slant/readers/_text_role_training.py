"""Training data for the text reader's learned line-role model, from hand-labelled pages (issue 14).

A labelled page is a plain-text page with an ``.expected.json`` beside it. The page is read as every
user reads it, with the model off, and what the model would see is recorded
(:func:`slant.readers._text_roles.recording`): the page's lines as the signs classified them and the
thread's start. Each line's role comes from the expectations alone
(:func:`slant.readers._text_role_labels.line_roles`). A page is left out when its expected words
are not all found among its lines, or when the reader reads it by another route (a page of mail
messages, read from their headers): its lines are then counted as unlabelled.

A page's **group** is the batch it came in: the commit that added it to ``tests/pages/text`` is not
known here, so the caller gives a map from page name to group (scripts/train_text_roles.py takes it
from git).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from slant.readers._text_role_features import FEATURE_NAMES, page_features
from slant.readers._text_role_labels import line_roles
from slant.readers._text_role_model import TextLineRoleModel
from slant.readers._text_roles import recording, using_model

__all__ = ["LabelledPage", "grouped", "labelled_page", "labelled_pages", "train_text_roles"]

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class LabelledPage:
    """One page's training rows.

    Attributes:
        name: the page's file name without its suffix.
        features: one row per line (none when the page could not be labelled).
        roles: each row's role index in :data:`slant.readers._text_role_labels.ROLES`.
        lines: how many non-blank lines the page has, labelled or not.
        why_not: why the page could not be labelled ("" when it was).
    """

    name: str
    features: npt.NDArray[np.float64]
    roles: npt.NDArray[np.int64]
    lines: int
    why_not: str = ""


def _empty(name: str, lines: int, why_not: str) -> LabelledPage:
    return LabelledPage(name, np.zeros((0, len(FEATURE_NAMES))), np.zeros(0, dtype=np.int64), lines, why_not)


def labelled_page(expected_path: Path) -> LabelledPage:
    """Read the page beside ``expected_path`` with the model off and label its lines."""
    from slant._errors import SlantError
    from slant.readers._source import read

    expected: Mapping[str, Any] = json.loads(expected_path.read_text(encoding="utf-8"))
    name = expected_path.name.removesuffix(".expected.json")
    page = expected_path.with_name(name + ".txt")
    with using_model(None), recording() as records:
        try:
            read(page)
        except SlantError as error:  # a page the reader refuses teaches nothing
            logger.info("%s: %s", name, error)
    if not records:
        lines = sum(
            1 for line in page.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()
        )
        return _empty(name, lines, "read by another route (mail headers) or refused")
    record = records[0]
    roles = line_roles(record.lines, expected)
    if roles is None:
        return _empty(name, len(record.lines), "expected words not all found in order")
    features = page_features(record.lines, record.thread_start)
    return LabelledPage(name, features, np.asarray(roles, dtype=np.int64), len(record.lines))


def labelled_pages(folder: Path) -> list[LabelledPage]:
    """Every text page with expectations in ``folder``, labelled, in name order."""
    paths = sorted(
        path
        for path in folder.glob("*.expected.json")
        if path.with_name(path.name.removesuffix(".expected.json") + ".txt").exists()
    )
    return [labelled_page(path) for path in paths]


def train_text_roles(
    pages: Sequence[LabelledPage], *, l2: float = 1e-3, iterations: int = 1500
) -> TextLineRoleModel:
    """Fit a :class:`TextLineRoleModel` on the rows of ``pages``.

    Raises:
        ValueError: the pages hold no labelled line.
    """
    rows = [page.features for page in pages if len(page.roles)]
    if not rows:
        raise ValueError("pages must hold labelled lines. Got none instead.")
    features = np.vstack(rows)
    roles = np.concatenate([page.roles for page in pages if len(page.roles)])
    return TextLineRoleModel(l2=l2, iterations=iterations, use_hand=True).fit(features, roles)


def grouped(pages: Iterable[LabelledPage], groups: Mapping[str, str]) -> dict[str, list[LabelledPage]]:
    """The pages by group (a page the map does not name is its own group)."""
    out: dict[str, list[LabelledPage]] = {}
    for page in pages:
        out.setdefault(groups.get(page.name, page.name), []).append(page)
    return out
