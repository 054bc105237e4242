"""Comment texts corrected by the learned line-role model, where it is confident (issue 14).

The hand-written signs (:mod:`slant.readers._html_fields`, :mod:`slant.readers._html_shapes`) read
each comment's text; this module then reads every line of each comment block with the learned model
(:mod:`slant.readers._html_role_model`) and changes a text in two cases only:

- **trim**: a first or last line of the text that the model gives a body probability below the
  ``trim`` threshold (a subject line, a byline, a footer of votes, a line of chips) goes, as long as
  a line the model reads as body remains;
- **rescue**: when no line of the text reads as body and other lines of the block do (with at least
  the ``rescue`` probability), those lines are the text (a footer taken for the whole comment).

and an author in two cases (seventh reading):

- **missing**: the signs found no author and a line of the block has at least the ``author_take``
  author probability: that line, tidied as every author is, is the author;
- **replaced**: the signs' author is a line the model gives an author probability below
  ``author_low`` ("Kommentar von X | date", a subject line) while another line of the block has at
  least ``author_take``: that line is the author.

Every other text and author stays as the signs read it. The thresholds are in the model file, chosen by
leave-one-batch-out reading (docs/bench-readers-html.md, "Sixth reading").

Cost: one walk over each block's own elements, one feature row per line, one matrix product per page.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slant.readers._html_fields import tidy_author
from slant.readers._html_role_features import page_features
from slant.readers._html_role_lines import BlockLine, block_lines
from slant.readers._role_switch import RoleSwitch

if TYPE_CHECKING:
    from slant.readers._html_role_model import LineRoleModel

__all__ = [
    "LEARNED_FAMILIES",
    "MAX_BLOCKS",
    "MODEL_VERSION",
    "Correction",
    "RoleInputs",
    "corrected_comments",
    "corrected_texts",
    "recording",
    "role_model",
    "using_model",
]

logger = logging.getLogger(__name__)

#: The versioned name of the shipped model (listed by ``slant.loaded_models()``).
MODEL_VERSION = "slant.reader_roles.v1"
_FOLDER = Path(__file__).resolve().parents[1] / "data" / "readers"
_FILE = "line_roles.json"
# the roles' order in the model's columns (readers/_html_role_model.LABELS): body, author, chrome
_BODY = 0
_AUTHOR = 1
# A page with more comment blocks than this is read by the signs alone: the model's cost grows with
# the lines, and pages that long come from systems with named markup.
MAX_BLOCKS = 2000
#: The comment finders whose texts the model reads again: those that find a block's parts by their
#: look, not by a comment system's names (every text the model changed on the 291 dumped pages came
#: from the shape finder; the named families cost the model's time and gave it nothing to change).
LEARNED_FAMILIES = frozenset({"shape", "generic"})


@dataclass(slots=True)
class RoleInputs:
    """What the model reads on one page: each block's lines and the text the signs read for it."""

    lines: list[list[BlockLine]]
    texts: list[str]


@dataclass(slots=True)
class Correction:
    """What the model changes in one comment: its text, its author (None: keep the signs')."""

    text: str | None = None
    author: str | None = None


_switch: RoleSwitch[LineRoleModel, RoleInputs] = RoleSwitch()


def role_model() -> LineRoleModel | None:
    """The model the reader applies: the shipped one, or the one :func:`using_model` set (None: off)."""
    # numpy and the model layer are imported when a page first needs the model, not with the reader
    from slant import _models

    chosen, model = _switch.chosen()
    if chosen:
        return model
    return _models.load("reader_roles", _FOLDER, _load, kind="reader roles", version=MODEL_VERSION)


def _load(folder: Path) -> LineRoleModel:
    from slant.readers._html_role_model import LineRoleModel

    return LineRoleModel.load(folder / _FILE)


@contextlib.contextmanager
def using_model(model: LineRoleModel | None) -> Iterator[None]:
    """Read with ``model`` instead of the shipped one (None: with the signs alone), for evaluation."""
    with _switch.using(model):
        yield


@contextlib.contextmanager
def recording() -> Iterator[list[RoleInputs]]:
    """Collect what the model reads on each page read inside the block, for training."""
    with _switch.recording() as records:
        yield records


def corrected_texts(blocks: Sequence[Any], texts: Sequence[str], *, family: str | None) -> list[str | None]:
    """For each comment, the text the model corrects it to, or None to keep the signs' text
    (:func:`corrected_comments` without authors)."""
    found = corrected_comments(blocks, texts, [None] * len(texts), family=family, authors_too=False)
    return [correction.text if correction else None for correction in found]


def corrected_comments(
    blocks: Sequence[Any],
    texts: Sequence[str],
    authors: Sequence[str | None],
    *,
    family: str | None,
    authors_too: bool = True,
) -> list[Correction | None]:
    """For each comment, what the model corrects in it, or None to keep what the signs read.

    Args:
        blocks: each comment's block element (None for a comment read from data).
        texts: each comment's text as the signs read it.
        authors: each comment's author as the signs read it (tidied).
        family: the markup family that found the comments; only comments found by their shape or
            by a generic "comment" name are read again (a named family reads its system's body
            element by its name).
        authors_too: whether authors are corrected as well as texts.
    """
    keep: list[Correction | None] = [None] * len(texts)
    records = _switch.records
    # (training reads the lines of every family's blocks: the roles are the same everywhere)
    if (records is None and family not in LEARNED_FAMILIES) or len(blocks) > MAX_BLOCKS:
        return keep
    model = role_model() if records is None else None
    if model is None and records is None:
        return keep
    block_set = {id(block) for block in blocks if block is not None}
    chosen = [index for index, block in enumerate(blocks) if block is not None]
    if not chosen:
        return keep
    lines = [block_lines(blocks[index], nested=lambda element: id(element) in block_set) for index in chosen]
    hand = [texts[index] for index in chosen]
    if records is not None:
        records.append(RoleInputs(lines, hand))
        return keep
    assert model is not None  # for mypy: records is None here
    probabilities = model.predict_proba(page_features(lines, hand))
    body, author = probabilities[:, _BODY], probabilities[:, _AUTHOR]
    thresholds = model.thresholds_
    trim = thresholds.get("trim", 0.0)
    rescue = thresholds.get("rescue", 1.01)
    # absent from a model file: authors are left as the signs read them
    author_low = thresholds.get("author_low", 0.0) if authors_too else 0.0
    author_take = thresholds.get("author_take", 1.01) if authors_too else 1.01
    start = 0
    for index, own_lines, own_text in zip(chosen, lines, hand, strict=True):
        stop = start + len(own_lines)
        text = _corrected(own_lines, own_text, body[start:stop], trim=trim, rescue=rescue)
        name = _corrected_author(
            own_lines, authors[index], author[start:stop], low=author_low, take=author_take
        )
        if text is not None or name is not None:
            keep[index] = Correction(text, name)
        start = stop
    return keep


def _corrected_author(
    lines: list[BlockLine], author: str | None, scores: Any, *, low: float, take: float
) -> str | None:
    """The model's author for a block, when the signs' is missing or a line it doubts; else None."""
    if not lines:
        return None
    best = int(scores.argmax())
    if float(scores[best]) < take:
        return None
    if author is not None:
        # the signs' author line: the first line holding the name (none: read from an attribute, kept)
        own = next((p for p, line in enumerate(lines) if author in line.text), None)
        if own is None or own == best or float(scores[own]) >= low:
            return None
    name = tidy_author(lines[best].text)
    return name if name is not None and name != author else None


def _corrected(lines: list[BlockLine], text: str, body: Any, *, trim: float, rescue: float) -> str | None:
    text_lines = text.split("\n")
    where = {line.text: position for position, line in reversed(list(enumerate(lines)))}

    def probability(text_line: str) -> float | None:
        position = where.get(" ".join(text_line.split()))
        return float(body[position]) if position is not None else None

    scores = [probability(line) for line in text_lines]
    if any(score is not None and score >= 0.5 for score in scores) or not any(s is not None for s in scores):
        head, tail = 0, len(text_lines)
        while (
            head < tail - 1
            and _drops(scores[head], trim)
            and _body_after(scores[head + 1 : tail])
            and not _GREETING_END.search(text_lines[head])
        ):
            head += 1
        while (
            tail - 1 > head
            and _drops(scores[tail - 1], trim)
            and _body_after(scores[head : tail - 1])
            and not _continues(lines, where, text_lines[tail - 2], text_lines[tail - 1])
        ):
            tail -= 1
        if (head, tail) == (0, len(text_lines)):
            return None
        return "\n".join(text_lines[head:tail]).strip() or None
    # no line of the text reads as body: the block's lines that do, when the model is sure of them
    kept = [line for line, score in zip(lines, body, strict=True) if score >= 0.5]
    if not kept or max(float(score) for score in body) < rescue:
        return None
    pieces = [kept[0].text]
    for line in kept[1:]:
        pieces.append(("\n\n" if line.paragraph else "\n") + line.text)
    return "".join(pieces)


# A line ending in a comma goes on in the next ("Hello all,", "Salut à tous,", "Moin zusammen,"): the
# text's first words, never a header above them, whatever the model gives it (issue 14, session 10).
_GREETING_END = re.compile(r"[,，]\s*$")


def _continues(lines: list[BlockLine], where: dict[str, int], before: str, line: str) -> bool:
    """Whether ``line`` goes on from ``before`` after a ``<br>`` in the element that opened it: the
    same paragraph of the writer's (a mail's lines, "Any ideas?" under them), not a footer, which is
    an element of its own, whatever the model gives it (issue 14, session 10)."""
    position = where.get(" ".join(line.split()))
    if position is None or position == 0 or lines[position].paragraph:
        return False
    previous, current = lines[position - 1], lines[position]
    opening = (current.tag, current.depth, current.tokens)
    same_opening = (previous.tag, previous.depth, previous.tokens) == opening
    return same_opening and previous.text == " ".join(before.split())


def _drops(score: float | None, trim: float) -> bool:
    return score is not None and score < trim


def _body_after(scores: Sequence[float | None]) -> bool:
    return any(score is not None and score >= 0.5 for score in scores)
