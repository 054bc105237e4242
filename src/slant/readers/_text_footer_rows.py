"""A comment's footer row: the time and the actions printed under its text on one line ("20 ноя 2024
в 14:32 | Ответить", "11月20日 10:12 来自 北京　回复　赞(236)"), found by the page's own repetition
whatever its words (used by :mod:`slant.readers._text_prepare`).

A line right under a text that opens with a time is a footer row when at least two such lines end
with the same widget (the same last part, its counts aside). The row ends its comment and gives
its time. A part between the time and the actions that is a lower-case word and a capitalised
name ("ответила Андрею", "antwortete Anna") is a reply note: the name of the commenter answered,
maybe in another grammatical case (matched to a shown author by its stem in the thread).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from slant.readers._dates import find_date, is_cjk_month_day, is_relative_time
from slant.readers._text_lines import Header, Line, LineKind, is_prose

__all__ = ["closed_by_footer_row", "footer_rows", "same_stem"]

# A thread prints its footer rows under at least this many comments.
MIN_FOOTER_ROWS = 2
_MAX_FOOTER_CHARS = 120
_MAX_TIME_TOKENS = 5
# The parts of a footer row: separated by bars, dots, ideographic spaces or wide spaces.
_PARTS = re.compile(r"\s*[|·•]\s*|\s*\u3000+\s*|\s{2,}")
_DIGITS = re.compile(r"\d+")
_TOKEN = re.compile(r"\S+")
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？")
# "ответила Андрею": a lower-case word (a verb, a preposition), then a capitalised name.
_REPLY_NOTE = re.compile(r"^(?P<verb>[^\W\d_]+)\s+(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)$")


def footer_rows(lines: list[Line]) -> list[Line]:
    """Mark the footer rows of the thread as action rows that carry the comment's time (and the
    name a reply note gives, as the reply's target)."""
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    by_tail: dict[str, list[tuple[int, str | None, str | None]]] = {}
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if (
            line.kind not in (LineKind.TEXT, LineKind.BUTTONS, LineKind.HEADER)
            or line.gap
            or lines[index - 1].kind is not LineKind.TEXT
            or len(line.text) > _MAX_FOOTER_CHARS
        ):
            continue
        split = _leading_time(line.text)
        if split is None:
            actions = _leading_actions(line.text)
            if actions is not None and (line.kind is not LineKind.BUTTONS or line.header is None):
                # (a row the widget vocabulary reads already, with what it found, stays as the thread
                # reads it; one read as bare actions, "J'aime · Répondre · 20 h", gets its time here
                # too, or its comment would be the only one in the thread without one)
                by_tail.setdefault(actions, []).append((index, None, None))
            continue
        rest, published = split
        parts = [part for part in _PARTS.split(rest) if part]
        if not parts:
            continue  # a time alone is a timestamp line, which the thread reads already
        tail = _DIGITS.sub("#", parts[-1].casefold())
        by_tail.setdefault(tail, []).append((index, published, _reply_note(parts[:-1])))
    for found in by_tail.values():
        if len(found) < MIN_FOOTER_ROWS:
            continue
        for index, published, note in found:
            header = Header(LineKind.BUTTONS, published=published, timestamp=True, reply_to=note)
            read_already = lines[index].kind is LineKind.BUTTONS
            lines[index] = replace(lines[index], kind=LineKind.BUTTONS, header=header)
            if not read_already:
                # (under a row read as actions already the thread knows where the comment began: a
                # tagged name over the text, "Kirsty Moore" / "Olga S." / the text, is no author)
                _anchor_author(lines, index)
    return lines


def _anchor_author(lines: list[Line], footer: int) -> None:
    """Make the name line over a footer row's text an author line beyond doubt: the row says a
    comment ends there, and the name over its text is where it began."""
    above = footer - 1
    while above > 0 and lines[above].kind is LineKind.TEXT:
        text = lines[above].text
        if lines[above].gap and not is_prose(text) and not text.endswith(_SENTENCE_ENDS):
            return  # (a short line after a blank, "最热 | 最新": a widget between the name and the text)
        above -= 1
    line, header = lines[above], lines[above].header
    if (
        above < footer - 1
        and lines[above + 1].gap == 0  # (the name right over its text)
        and line.kind is LineKind.HEADER
        and header is not None
        and header.number is None
    ):
        lines[above] = replace(line, header=replace(header, strong=True))


def closed_by_footer_row(lines: Sequence[Line], index: int) -> bool:
    """Tell an author line whose comment's text ends with a footer row (a time and actions), maybe
    with a badge or the name of the commenter answered between the name and the text ("青石融媒" /
    "UP" / the text / the row; "Kirsty Moore" / "Olga S." / the text / the row)."""
    start = index + 1
    # (a few lines at most: a run of bare name lines is no comment's head, and scanning it from each
    # of its lines would cost the square of its length)
    while (
        start < len(lines)
        and start - index <= _MAX_LINES_OVER_TEXT
        and lines[start].gap == 0
        and _badge_or_tag(lines[start])
    ):
        start += 1
    below = start
    while below < len(lines) and lines[below].kind is LineKind.TEXT:
        below += 1
    if below == start or below == len(lines):
        return False
    header = lines[below].header
    return lines[below].kind is LineKind.BUTTONS and header is not None and header.timestamp


# The lines a badge and the name of the commenter answered may take between a name and its text.
_MAX_LINES_OVER_TEXT = 3


def _badge_or_tag(line: Line) -> bool:
    """A line between an author line and the text: a badge (chrome) or a tagged name (no time)."""
    header = line.header
    return line.kind is LineKind.CHROME or (
        line.kind is LineKind.HEADER and header is not None and not header.timestamp and header.number is None
    )


def _leading_time(text: str) -> tuple[str, str | None] | None:
    """Split the time a line opens with off it: the rest and the ISO date-time (None when the time
    is relative or has no year, "11月20日 10:12")."""
    dated = find_date(text, with_time=True)
    if dated is not None and not text[: dated[1]].strip():
        return text[dated[2] :].strip(), dated[0]
    tokens = list(_TOKEN.finditer(text))
    for count in range(min(_MAX_TIME_TOKENS, len(tokens) - 1), 0, -1):
        head = text[: tokens[count - 1].end()]
        if is_relative_time(head) or is_cjk_month_day(head):
            return text[tokens[count].start() :], None  # (the rest keeps its separators)
    return None


# A time as comment plugins shorten it, whatever the language: a number and a unit of a few letters
# ("2 Tg.", "22 Std.", "1 j", "3 sem.", "5 нед.").
_SHORT_TIME = re.compile(r"^\d{1,3}\s?[^\W\d_]{1,4}\.?$")
# The actions a row opens with are words, not counts or times: "Gefällt mir", "Antworten".
_ACTION_PART = re.compile(r"^[^\W\d_][^\W\d_\s'’!-]*(?:[\s'’-][^\W\d_]+)?!?$")
_MIN_ACTION_ROW_PARTS = 3


def _leading_actions(text: str) -> str | None:
    """Return the key of a footer row that prints its actions first and the time last ("Gefällt mir
    · Antworten · 👍 31 · 2 Tg.", "J'aime · Répondre · 1 j · Modifié"): its two opening actions,
    which the thread repeats under every comment (so no list of their words is needed). The time
    is a short number and unit in any language; a flag may follow it ("Bearbeitet")."""
    parts = [part for part in _PARTS.split(text) if part]
    if len(parts) < _MIN_ACTION_ROW_PARTS or not all(_ACTION_PART.match(part) for part in parts[:2]):
        return None
    times = [index for index, part in enumerate(parts[2:], start=2) if _SHORT_TIME.match(part)]
    if not times or times[-1] < len(parts) - 2:
        return None  # the time is last, or a flag word after it
    return "actions:" + " · ".join(part.casefold() for part in parts[:2])


def _reply_note(parts: Sequence[str]) -> str | None:
    """Return the name a reply note between the time and the actions gives ("ответила Андрею")."""
    for part in parts:
        match = _REPLY_NOTE.match(part)
        if match is not None and match.group("verb").islower() and match.group("name")[:1].isupper():
            return match.group("name")
    return None


# A name's ending may change with its case ("Андрей", "Андрею", "Андрея"): the stem is what stays.
MIN_STEM_CHARS = 3
MAX_ENDING_CHARS = 3


def same_stem(mention: str, name: str) -> bool:
    """Tell a name written in another grammatical case ("Андрею", "Олегу") from the name shown
    ("Андрей", "Олег"): they share all but the last letters of each (the ending)."""
    first, second = mention.casefold(), name.casefold()
    common = 0
    for left, right in zip(first, second, strict=False):
        if left != right:
            break
        common += 1
    return (
        common >= MIN_STEM_CHARS
        and len(second) - common <= MAX_ENDING_CHARS - 1
        and len(first) - common <= MAX_ENDING_CHARS
    )
