"""Layout-independent features of a plain-text page's lines, for the learned line-role model (issue 14).

Each non-blank line of a page (:func:`slant.readers._text_prepare.split_lines`) becomes one row of
numbers: what the line looks like (length, words, capitals, digits, punctuation, its last mark, a
bullet, a number, an indent), what the hand-written signs say of it (its
:class:`~slant.readers._text_lines.LineKind`, the header they parsed, a date, a name-like line),
the same few of its neighbours (the line above and below, the blank lines around it), where it sits
(its share of the page, whether it is in the thread the signs found) and how the page repeats it (a
line of the same shape recurring at a regular interval is a field of every comment: the roles the
page's own repetition gives, as :mod:`slant.readers._text_induced` finds them by rule). No site's or
page's own strings.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from statistics import median
from typing import TYPE_CHECKING

from slant.readers._dates import find_date, is_relative_time
from slant.readers._names import is_name
from slant.readers._text_lines import Line, LineKind, is_author_label, is_prose
from slant.readers._words import word_count

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["FEATURE_NAMES", "page_features"]

_KINDS = tuple(LineKind)
_SHAPE_FEATURES = (
    "log_chars", "log_words", "short_3", "short_8", "upper_share", "starts_upper", "all_upper",
    "capital_words", "digit_share", "punct_share", "ends_period", "ends_question", "ends_colon",
    "ends_bracket", "ends_ellipsis", "pipe", "bullet_dot", "at_start", "at_sign", "hash_start",
    "list_marker", "quote_mark", "indented", "log_indent", "prose",
)  # fmt: skip
_SIGN_FEATURES = (
    *(f"kind_{kind.value}" for kind in _KINDS),
    "header_strong", "header_time", "header_author", "header_number", "header_reply_to",
    "date", "relative_time", "name_like", "author_label",
)  # fmt: skip
_NEIGHBOUR_FEATURES = (
    *(f"kind_{kind.value}" for kind in _KINDS),
    "prose",
    "short_3",
    "date",
    "name_like",
    "header_strong",
    "missing",
)
_CONTEXT_FEATURES = (
    "gap_0", "gap_1", "gap_2", "after_gap_0", "after_gap_1", "after_gap_2",
    "page_share", "in_thread", "thread_share", "log_to_thread", "prose_before", "prose_after",
)  # fmt: skip
_REPEAT_FEATURES = ("same_shape", "same_text", "same_opening", "regular_shape", "shape_period_share")
FEATURE_NAMES: tuple[str, ...] = (
    "bias",
    *_SHAPE_FEATURES,
    *_SIGN_FEATURES,
    *(f"above_{name}" for name in _NEIGHBOUR_FEATURES),
    *(f"below_{name}" for name in _NEIGHBOUR_FEATURES),
    *_CONTEXT_FEATURES,
    *_REPEAT_FEATURES,
)

_LIST_MARKER = re.compile(r"^(?:\d{1,3}[.)]|[-*•·–+])\s")
_FIRST_WORD = re.compile(r"\w+")
# The repetition features count lines of a regular recurrence from this many occurrences on.
_MIN_REGULAR = 3


def _shape(line: Line, own: dict[str, float]) -> tuple[object, ...]:
    """What two lines of one comment field share, whatever their words: the kind, the length's
    order, the last mark, whether it opens with a capital and holds digits."""
    text = line.text
    return (
        line.kind,
        min(round(math.expm1(own["log_words"])), 9) // 3,
        text[-1] if not text[-1].isalnum() else "a",
        own["starts_upper"] == 1.0,
        own["digit_share"] > 0,
    )


def _own(line: Line) -> dict[str, float]:
    text = line.text
    # The shares are read on the line's opening: a paragraph's look is set by then, and its cost with it.
    opening = text[:_MAX_SIGN_CHARS]
    words = word_count(text)
    letters = sum(map(str.isalpha, opening))
    uppers = sum(map(str.isupper, opening))
    marks = len(opening) - sum(map(str.isalnum, opening)) - sum(map(str.isspace, opening))
    tokens = opening.split()
    header = line.header
    row = {
        "log_chars": math.log1p(len(text)),
        "log_words": math.log1p(words),
        "short_3": float(words <= 3),
        "short_8": float(words <= 8),
        "upper_share": uppers / letters if letters else 0.0,
        "starts_upper": float(text[0].isupper()),
        "all_upper": float(text.isupper()),
        "capital_words": sum(1 for t in tokens if t[:1].isupper()) / len(tokens) if tokens else 0.0,
        "digit_share": sum(map(str.isdigit, opening)) / len(opening),
        "punct_share": marks / len(opening),
        "ends_period": float(text.endswith((".", "。"))),
        "ends_question": float(text.endswith(("?", "!", "？", "！"))),
        "ends_colon": float(text.endswith((":", "："))),
        "ends_bracket": float(text.endswith((")", "]", "）", "›", ">"))),
        "ends_ellipsis": float(text.endswith(("...", "…"))),
        "pipe": float("|" in text),
        "bullet_dot": float("•" in text or "·" in text),
        "at_start": float(text.startswith("@")),
        "at_sign": float("@" in text),
        "hash_start": float(text.startswith("#")),
        "list_marker": float(_LIST_MARKER.match(text) is not None),
        "quote_mark": float(text.startswith((">", "„", '"', "«", "“"))),
        "indented": float(line.indent > 0),
        "log_indent": math.log1p(line.indent),
        "prose": float(is_prose(text)),
        "header_strong": float(header is not None and header.strong),
        "header_time": float(header is not None and header.timestamp),
        "header_author": float(header is not None and header.author is not None),
        "header_number": float(header is not None and header.number is not None),
        "header_reply_to": float(header is not None and header.reply_to is not None),
        "date": float(len(text) <= _MAX_SIGN_CHARS and find_date(text) is not None),
        "relative_time": float(len(text) <= _MAX_SIGN_CHARS and is_relative_time(text)),
        "name_like": float(words <= 4 and is_name(text)),
        "author_label": float(is_author_label(text)),
    }
    row[f"kind_{line.kind.value}"] = 1.0
    return row


# The date and name tests read lines up to this long: a longer line is a paragraph, whatever it holds.
_MAX_SIGN_CHARS = 200


def page_features(
    lines: Sequence[Line], thread_start: int, *, thread_only: bool = False
) -> NDArray[np.float64]:
    """One row of :data:`FEATURE_NAMES` per line of ``lines`` (``thread_start``: where the signs
    found the thread, ``len(lines)`` when they found none). With ``thread_only``, only the thread's
    rows are right (the reader's case: it reads the model on the thread alone), and the lines above
    it cost no more than a paragraph test each."""
    import numpy as np

    out = np.zeros((len(lines), len(FEATURE_NAMES)))
    if not lines:
        return out
    total = len(lines)
    first = max(thread_start - 1, 0) if thread_only else 0
    own = [
        _own(line) if index >= first else {"prose": float(is_prose(line.text))}
        for index, line in enumerate(lines)
    ]
    # the line's own columns, then its neighbours' (a shifted copy of some of them), column by column
    for name in _OWN_NAMES:
        out[:, _COLUMN[name]] = [row.get(name, 0.0) for row in own]
    near = [_COLUMN[name] for name in _NEIGHBOUR_FEATURES[:-1]]
    out[1:, [_COLUMN[f"above_{name}"] for name in _NEIGHBOUR_FEATURES[:-1]]] = out[:-1][:, near]
    out[:-1, [_COLUMN[f"below_{name}"] for name in _NEIGHBOUR_FEATURES[:-1]]] = out[1:][:, near]
    out[0, _COLUMN["above_missing"]] = out[-1, _COLUMN["below_missing"]] = 1.0
    out[:, _COLUMN["bias"]] = 1.0
    gaps = np.minimum([line.gap for line in lines], 2)
    after = np.append(gaps[1:], 2)
    rows = np.arange(total)
    out[rows, [_COLUMN[f"gap_{gap}"] for gap in gaps]] = 1.0
    out[rows, [_COLUMN[f"after_gap_{gap}"] for gap in after]] = 1.0
    in_thread = rows >= thread_start
    out[:, _COLUMN["page_share"]] = rows / total
    out[:, _COLUMN["in_thread"]] = in_thread
    out[:, _COLUMN["thread_share"]] = np.where(
        in_thread, (rows - thread_start) / max(total - thread_start, 1), 0.0
    )
    out[:, _COLUMN["log_to_thread"]] = np.log1p(np.abs(rows - thread_start)) * np.where(in_thread, 1, -1)
    prose = out[:, _COLUMN["prose"]]
    prose_before = np.concatenate([[0.0], np.cumsum(prose)[:-1]])
    out[:, _COLUMN["prose_before"]] = prose_before / total
    out[:, _COLUMN["prose_after"]] = (prose.sum() - prose_before - prose) / total
    shapes = [
        _shape(line, row) if index >= first else ()
        for index, (line, row) in enumerate(zip(lines, own, strict=True))
    ]
    shape_counts = Counter(shapes[thread_start:])
    out[:, _COLUMN["same_shape"]] = np.where(
        in_thread,
        np.log1p([shape_counts[shape] - 1 if shape in shape_counts else 0 for shape in shapes]),
        0.0,
    )
    texts = [line.text.casefold() for line in lines]
    openings = [_opening(line.text) for line in lines]
    text_counts, opening_counts = Counter(texts), Counter(openings)
    out[:, _COLUMN["same_text"]] = np.log1p([text_counts[text] - 1 for text in texts])
    out[:, _COLUMN["same_opening"]] = np.log1p([opening_counts[opening] - 1 for opening in openings])
    regular, period_share = _regularity(shapes, thread_start)
    out[:, _COLUMN["regular_shape"]] = regular
    out[:, _COLUMN["shape_period_share"]] = period_share
    return out


_COLUMN = {name: index for index, name in enumerate(FEATURE_NAMES)}
_OWN_NAMES = (*_SHAPE_FEATURES, *_SIGN_FEATURES)


def _opening(text: str) -> str:
    found = _FIRST_WORD.search(text)
    return found.group(0).casefold() if found else text[:1]


def _regularity(shapes: Sequence[tuple[object, ...]], thread_start: int) -> tuple[list[float], list[float]]:
    """For each line of the thread: the share of its shape's intervals within one line of their
    median (1.0: the shape recurs like a field of every comment), and its shape's median interval as
    a share of the thread (small: a field of each comment; large: a heading or a closing widget)."""
    where: defaultdict[tuple[object, ...], list[int]] = defaultdict(list)
    for index in range(thread_start, len(shapes)):
        where[shapes[index]].append(index)
    regular = [0.0] * len(shapes)
    period = [0.0] * len(shapes)
    span = max(len(shapes) - thread_start, 1)
    for places in where.values():
        if len(places) < _MIN_REGULAR:
            continue
        steps = [b - a for a, b in itertools.pairwise(places)]
        middle = median(steps)
        share = sum(1 for step in steps if abs(step - middle) <= 1) / len(steps)
        for index in places:
            regular[index] = share
            period[index] = middle / span
    return regular, period
