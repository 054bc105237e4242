"""The text reader's thread lines corrected by the learned line-role model, where it is confident (issue 14).

The hand-written signs (:mod:`slant.readers._text_lines`, :mod:`slant.readers._text_induced`) give
each line of a plain-text dump a :class:`~slant.readers._text_lines.LineKind`; the thread is then
cut by those kinds (:mod:`slant.readers._text_thread`). This module reads every line of the page
with the learned model (:mod:`slant.readers._text_role_model`) and, in the thread only, changes the
kind of a line the signs read as plain text when the model gives it at least the ``footer``
probability of being a footer or chrome row (``footer`` and ``chrome`` summed), the line is no
paragraph, does not carry on a hard-wrapped line above it, and is no signature the thread's rules
read ("Julie, Beverley"):

- **trimmed after the text**: when a text line of the same comment stays above it, it becomes an
  action row, which ends the comment ("Like (14)", "12 points", "on Tuesday ... (#65001234)");
- **trimmed before the text**: else, when a text line stays below it, it becomes chrome, which is
  no comment's text and opens none ("Top Commenter", "Сначала интересные");
- else it stays: a comment's only text line is its text, however it looks ("Thank you firefighters!!").

Every other line keeps the signs' kind. The threshold is in the model file, chosen by
leave-one-group-out reading (docs/bench-readers.md, "Session 12: a learned line-role model for text").

On by default; ``SLANT_TEXT_ROLES=0`` in the environment reads with the signs alone (for A/B readings
of new pages), and :func:`using_model` sets the model (or None) for a block of code.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from slant.readers._role_switch import RoleSwitch
from slant.readers._text_lines import Line, LineKind, is_prose, place_signature

if TYPE_CHECKING:
    from slant.readers._text_role_model import TextLineRoleModel

__all__ = [
    "ENV_SWITCH",
    "MODEL_VERSION",
    "RoleInputs",
    "corrected_lines",
    "recording",
    "role_model",
    "using_model",
]

#: The versioned name of the model file.
MODEL_VERSION = "slant.text_roles.v1"
#: The environment variable that turns the model off ("0") for every text page read.
ENV_SWITCH = "SLANT_TEXT_ROLES"
_FOLDER = Path(__file__).resolve().parents[1] / "data" / "readers"
_FILE = "text_line_roles.json"
# A threshold no probability reaches: a model file without the threshold changes nothing.
_NEVER = 2.0
# A page with more lines than this is read by the signs alone: the model's cost grows with the lines.
MAX_LINES = 20_000


@dataclass(slots=True)
class RoleInputs:
    """What the model reads on one page: its lines (as the signs classified them) and the thread's start."""

    lines: list[Line]
    thread_start: int


_switch: RoleSwitch[TextLineRoleModel, RoleInputs] = RoleSwitch()


def role_model() -> TextLineRoleModel | None:
    """The model the reader applies: the one :func:`using_model` set, else the shipped one, unless
    ``SLANT_TEXT_ROLES=0`` (None: the signs alone)."""

    chosen, model = _switch.chosen()
    if chosen:
        return model
    if os.environ.get(ENV_SWITCH, "").strip() == "0":
        return None
    from slant import _models

    return _models.load("text_roles", _FOLDER, _load, kind="text roles", version=MODEL_VERSION)


def _load(folder: Path) -> TextLineRoleModel:
    from slant.readers._text_role_model import TextLineRoleModel

    return TextLineRoleModel.load(folder / _FILE)


@contextlib.contextmanager
def using_model(model: TextLineRoleModel | None) -> Iterator[None]:
    """Read with ``model`` (None: with the signs alone), whatever the environment says, for evaluation."""
    with _switch.using(model):
        yield


@contextlib.contextmanager
def recording() -> Iterator[list[RoleInputs]]:
    """Collect what the model reads on each page read inside the block, for training."""
    with _switch.recording() as records:
        yield records


def corrected_lines(lines: list[Line], thread_start: int) -> list[Line]:
    """The page's lines with the kinds the model corrects in the thread (``lines`` itself when off)."""
    records = _switch.records
    if records is not None:
        records.append(RoleInputs(list(lines), thread_start))
    if thread_start >= len(lines) or len(lines) > MAX_LINES:
        return lines
    model = role_model()
    if model is None:
        return lines
    from slant.readers._text_role_features import page_features

    probabilities = model.predict_proba(page_features(lines, thread_start, thread_only=True))
    footer = model.thresholds_.get("footer", _NEVER)
    not_text = [model.LABELS.index(role) for role in ("footer", "chrome")]
    first_names = _commenters_first_names(lines, thread_start)
    drops = [
        index >= thread_start
        and lines[index].kind is LineKind.TEXT
        and float(probabilities[index, not_text].sum()) >= footer
        and not is_prose(lines[index].text)
        and not _own_words(lines[index].text)
        and not _continues(lines, index)
        and not _signs_off(lines, index)
        and not _addresses_commenter(lines[index].text, first_names)
        and not _closes_over_name(lines, index, first_names)
        for index in range(len(lines))
    ]
    out = list(lines)
    for index in range(thread_start, len(lines)):
        if not drops[index]:
            continue
        above, below = _kept_text(lines, drops, index, -1), _kept_text(lines, drops, index, 1)
        if above:
            out[index] = replace(
                lines[index], kind=LineKind.BUTTONS, header=None
            )  # a footer: ends the comment
        elif below:
            out[index] = replace(
                lines[index], kind=LineKind.CHROME, header=None
            )  # over the text: not its text
    return out


# The kinds that open or close a comment: a text line beyond one of them is another comment's.
_BOUNDARIES = frozenset(
    {
        LineKind.HEADER,
        LineKind.NUMBER,
        LineKind.TIMESTAMP,
        LineKind.BUTTONS,
        LineKind.SIGNATURE,
        LineKind.REPLY_FORM,
        LineKind.COMMENTS_HEADING,
    }
)


def _kept_text(lines: Sequence[Line], drops: Sequence[bool], index: int, step: int) -> bool:
    """Tell whether the comment ``lines[index]`` sits in keeps a text line on the ``step`` side of it."""
    at = index + step
    while 0 <= at < len(lines) and lines[at].kind not in _BOUNDARIES:
        if lines[at].kind is LineKind.TEXT and not drops[at]:
            return True
        at += step
    return False


def _signs_off(lines: Sequence[Line], index: int) -> bool:
    """Tell a signature the thread's rules read ("Julie, Beverley" closing a block of text)."""
    ends_block = index + 1 == len(lines) or lines[index + 1].gap > 0
    return lines[index].gap == 0 and ends_block and place_signature(lines[index].text) is not None


# A letter-style greeting or closing is short: "Hallo Heike,", "Gruß, Klaus", "Danke, Tobias,".
_MAX_ADDRESS_WORDS = 3


def _commenters_first_names(lines: Sequence[Line], thread_start: int) -> frozenset[str]:
    """The first names of the thread's authors, as its author lines give them."""
    return frozenset(
        line.header.author.split()[0].casefold()
        for line in lines[thread_start:]
        if line.kind is LineKind.HEADER and line.header is not None and line.header.author
    )


def _addresses_commenter(text: str, first_names: frozenset[str]) -> bool:
    """Tell a salutation or sign-off naming one of the thread's commenters ("Hallo Heike,", "Gruß,
    Klaus"): mail lists and forums print replies as letters, and those lines are the comment's own
    words, however much they look like a footer."""
    if "," not in text:
        return False
    words = text.replace(",", " ").split()
    return len(words) <= _MAX_ADDRESS_WORDS and any(
        word.strip(".!").casefold() in first_names for word in words
    )


# A sentence of this many words or more, ended as a sentence is, is someone's words: footers and
# page furniture are labels and counts ("Reply", "12 likes", "Load more comments").
_MIN_SENTENCE_WORDS = 4


def _own_words(text: str) -> bool:
    """Tell a line that is a commenter's words whatever the model says: a "> " quotation of an
    earlier comment (the thread's rules read its parent from it), or a sentence ("Where does the
    money go?")."""
    stripped = text.strip()
    return stripped.startswith(">") or (
        len(stripped.split()) >= _MIN_SENTENCE_WORDS and _SENTENCE_END.search(stripped) is not None
    )


def _closes_over_name(lines: Sequence[Line], index: int, first_names: frozenset[str]) -> bool:
    """Tell a letter's closing line ("Best wishes", "Viele Grüße") right over a line that is only a
    commenter's first name: the sign-off the thread's rules keep in the comment."""
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        below is not None
        and below.gap == 0
        and len(lines[index].text.split()) <= _MAX_ADDRESS_WORDS
        and below.text.strip(" ,.-–—").casefold() in first_names
    )


_SENTENCE_END = re.compile(r"[.!?…:;。！？：；][\"'”’»)\]」』）]*$")


def _continues(lines: Sequence[Line], index: int) -> bool:
    """Tell a line that carries on the text above it: no blank line between, and the line above,
    text, ends without a sentence's end (a hard-wrapped paragraph's last line)."""
    above = lines[index - 1] if index else None
    return (
        above is not None
        and lines[index].gap == 0
        and above.kind is LineKind.TEXT
        and _SENTENCE_END.search(above.text) is None
    )
