"""Roles that a plain-text dump's own repetition and layout give its lines, whatever their words:
a speech verb or a relative time in a language the word lists lack ("Lena säger:", "Budi • 2 minggu
yang lalu"), an action row repeated after every comment ("Atsakyti"), a comment form marked by
required-field stars, and header lines spread over blank-separated lines (used by
:mod:`slant.readers._text_prepare`, before the authors are anchored on their timestamps)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from slant.readers._dates import is_relative_time, parse_date, strip_timestamp
from slant.readers._names import is_name
from slant.readers._text_lines import Header, Line, LineKind, classify, is_prose, normalise_author
from slant.readers._words import word_count

__all__ = [
    "block_author_lines",
    "form_lines",
    "induced_speech_headers",
    "induced_time_headers",
    "join_spread_headers",
    "named_like_headers",
    "repeated_action_rows",
    "repeated_counters",
    "repeated_field_labels",
    "repeated_widget_lines",
    "reply_previews",
    "shared_header_words",
]


# "Paolo R. • 3 giorni fa", "Budi • 2 minggu yang lalu": a name, a separator, then a short phrase
# with a number (a relative time in a language the date parser does not know), maybe more parts.
_TIMED_LINE = re.compile(
    r"^(?P<name>[^•·|]{1,60}?)\s+[•·|]\s+(?P<when>[^•·|]{1,30}?)(?:\s+[•·|]\s+[^•·|]{1,30})?$"
)
# "mesetaria    hace 8 h": a name and the time set apart by a wide space alone (maybe with a lone
# mark after the time, "hace 7 h *", a flag of the site's), when the line has no separator.
_WIDE_TIMED_LINE = re.compile(r"^(?P<name>\S(?:\s?\S)*)\s{2,}(?P<when>\S(?:\s?\S)*?)(?:\s+[^\w\s]{1,2})?$")
_NUMBER_RUN = re.compile(r"\d+")
_MAX_TIME_WORDS = 4
# The same phrase (its numbers aside) must follow at least this many names.
MIN_TIME_HEADERS = 2


_UNIT_AFTER_NUMBER = re.compile(r"#\s*\S+")


def _time_shape(when: str) -> str:
    """A relative time's words but for its number and unit: "3 giorni fa" and "5 ore fa" are both
    "# fa", "πριν από 2 εβδομάδες" and "πριν από 9 ημέρες" both "πριν από #"."""
    return _UNIT_AFTER_NUMBER.sub("#", _NUMBER_RUN.sub("#", when.casefold()))


def induced_time_headers(lines: list[Line]) -> list[Line]:
    """Find comment headers whose time the date parser does not read ("Paolo R. • 3 giorni fa"), by
    their repetition: a name, a separator and a short phrase with a number, the phrase the same
    but for its number and unit in at least two lines of the thread. A second name after a wide space is
    the author replied to ("Paolo R.  Olga S. • 2 giorni fa"). A line without a separator may set the
    name and the time apart by a wide space alone ("mesetaria    hace 8 h"), then it has no target."""
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    by_shape: dict[str, list[tuple[int, str, str | None]]] = {}
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line.kind is not LineKind.TEXT:
            continue
        separated = "•" in line.text or "·" in line.text or "|" in line.text
        match = _TIMED_LINE.match(line.text) if separated else _WIDE_TIMED_LINE.match(line.text)
        if match is None:
            continue
        when = match.group("when")
        if _NUMBER_RUN.search(when) is None or word_count(when) > _MAX_TIME_WORDS:
            continue
        names = [normalise_author(name) for name in re.split(r"\s{2,}", match.group("name").strip())]
        if not 1 <= len(names) <= 2 or not all(name is not None and is_name(name) for name in names):
            continue
        author, target = names[0], names[1] if len(names) == 2 else None
        if author is not None:
            by_shape.setdefault(_time_shape(when), []).append((index, author, target))
    for shape, found in by_shape.items():
        if len(found) < MIN_TIME_HEADERS or shape.strip() == "#":
            continue  # (a word like "ago" must stay when the number and unit go: "3 seats" is no time)
        for index, author, target in found:
            header = Header(LineKind.HEADER, author=author, strong=True, timestamp=True, reply_to=target)
            lines[index] = replace(lines[index], kind=LineKind.HEADER, header=header)
    return lines


# "Светлана М. • 2 дня назад": what a header line is before its time, the separator, and the time.
_SEPARATED_TIME = re.compile(r"^(?P<name>\S.{0,60}?)\s+(?P<sep>[•·|—–])\s+(?P<when>\S.{0,40})$")
_MAX_NAME_WORDS = 6


def named_like_headers(lines: list[Line]) -> list[Line]:
    """Make a header of a line that has the shape of the thread's other headers, a name, the same
    separator and a time ("Чистый берег  Гость • 1 день назад" among "Светлана М. • 2 дня назад"
    lines), when the name rules refuse its name: an association's or a shop's name is no person's
    ("Чистый берег"), yet it stands where every commenter's does. A second name after a wide space
    is the author replied to, as in the other headers."""
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    separators: dict[str, int] = {}
    candidates: list[tuple[int, str, str]] = []
    for index in range(start + 1, len(lines)):
        line = lines[index]
        match = _SEPARATED_TIME.match(line.text)
        if match is None or not _is_time(match.group("when")):
            continue
        header = line.header
        if line.kind is LineKind.HEADER and header is not None and header.author and header.timestamp:
            separators[match.group("sep")] = separators.get(match.group("sep"), 0) + 1
        elif line.kind is LineKind.TEXT:
            candidates.append((index, match.group("sep"), match.group("name")))
    for index, separator, named in candidates:
        names = [normalise_author(name) for name in re.split(r"\s{2,}", named.strip())]
        if (
            separators.get(separator, 0) < MIN_TIME_HEADERS
            or not 1 <= len(names) <= 2
            or names[0] is None
            or not names[0][:1].isupper()
            or word_count(names[0]) > _MAX_NAME_WORDS
            or is_prose(named)
        ):
            continue
        header = Header(
            LineKind.HEADER,
            author=names[0],
            strong=True,
            timestamp=True,
            reply_to=names[1] if len(names) == 2 else None,
        )
        lines[index] = replace(lines[index], kind=LineKind.HEADER, header=header)
    return lines


def _is_time(text: str) -> bool:
    return is_relative_time(text) or parse_date(text, with_time=True) is not None


# "Lena säger:", "Ahmet Yılmaz dedi ki:", "Jan napsal:": a name, then one or two lower-case words (a
# speech verb in a language the vocabulary does not know), then a colon or an ellipsis.
_SPEECH_LINE = re.compile(r"^(?P<words>.{1,60}?)\s*(?:[:：]|\.\.\.|…)$")
_MAX_SPEECH_VERB_WORDS = 2
# The same verb must open at least this many comments, each over its timestamp.
MIN_SPEECH_HEADERS = 2


def induced_speech_headers(lines: list[Line]) -> list[Line]:
    """Find comment headers made with a speech verb the vocabulary does not know, by their repetition:
    lines of a name and the same one or two lower-case words before a colon, each right over a
    timestamp, at least twice in the thread. Their names become the comments' authors."""
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    by_verb: dict[str, list[tuple[int, str]]] = {}
    for index in range(start + 1, len(lines) - 1):
        line = lines[index]
        below = lines[index + 1]
        if line.kind is not LineKind.TEXT or below.gap or below.kind is not LineKind.TIMESTAMP:
            continue
        match = _SPEECH_LINE.match(line.text)
        if match is None:
            continue
        words = match.group("words").split()
        for count in range(1, _MAX_SPEECH_VERB_WORDS + 1):
            verb, name = words[-count:], " ".join(words[:-count])
            if name and all(not word[:1].isupper() for word in verb) and is_name(name):
                by_verb.setdefault(" ".join(verb).casefold(), []).append((index, name))
    for found in by_verb.values():
        if len(found) < MIN_SPEECH_HEADERS:
            continue
        for index, name in found:
            if lines[index].kind is LineKind.TEXT:
                header = Header(LineKind.HEADER, author=normalise_author(name), strong=True)
                lines[index] = replace(lines[index], kind=LineKind.HEADER, header=header)
    return lines


# The fields of a comment form and their notes: "Name *", "Obligatoriska fält är märkta *",
# "Gerekli alanlar * ile işaretlenmişlerdir": a required-field star, in any language.
_FIELD_LABEL = re.compile(r"^[^\W\d_][\w\s'’.\-]{0,30}\s?\*$")
_STAR_NOTE = re.compile(r"\s\*(?:\s|$)")
_MAX_STAR_NOTE_WORDS = 25
_MAX_FORM_HEADING_WORDS = 6


def form_lines(lines: list[Line]) -> list[Line]:
    """Mark a comment form after the thread as such, in a language the vocabulary does not know:
    required-field labels and notes ("Namn *") are chrome, and a short line right over them is
    the form's heading ("Lämna ett svar"), which ends the last comment."""
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line.kind not in (LineKind.TEXT, LineKind.HEADER) or not _is_form_field(line.text):
            continue
        if line.header is not None and line.header.timestamp and line.header.author is not None:
            continue  # "doctor_rural    hace 7 h *": an author and a time with a site's flag; no field is dated
        lines[index] = replace(line, kind=LineKind.CHROME, header=None)
        above = lines[index - 1]
        if (
            index - 1 > start
            and above.kind in (LineKind.TEXT, LineKind.HEADER)
            and word_count(above.text) <= _MAX_FORM_HEADING_WORDS
            and not is_prose(above.text)
        ):
            lines[index - 1] = replace(above, kind=LineKind.REPLY_FORM, header=None)
    return lines


def _is_form_field(text: str) -> bool:
    if _FIELD_LABEL.match(text):
        return True
    return "*" in text and word_count(text) <= _MAX_STAR_NOTE_WORDS and _STAR_NOTE.search(text) is not None


# A short line repeated this often, each time after a comment's text and before the next comment's
# header, is that comment system's action row ("Responder", "Svara", "Delete"), in whatever language.
MIN_ACTION_REPEATS = 3
_MAX_ACTION_WORDS = 3
_MAX_ACTION_CHARS = 30
_OPENS_COMMENT = (LineKind.NUMBER, LineKind.REPLY_FORM, LineKind.COMMENTS_HEADING)


def repeated_action_rows(lines: list[Line]) -> list[Line]:
    """Mark as an action row a short line that the thread repeats after each comment's text, right
    before the next comment's header (or the end of the thread): a button row in a language or of
    a kind the widget vocabulary does not know. A repeated author name is not one: its comment's
    text, not a header, follows it."""
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    seen: dict[str, list[int]] = {}
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if (
            line.kind in (LineKind.TEXT, LineKind.HEADER)
            and len(line.text) <= _MAX_ACTION_CHARS
            and _word_tokens(line.text) <= _MAX_ACTION_WORDS
            and not (line.header is not None and (line.header.strong or line.header.timestamp))
        ):
            seen.setdefault(line.text.casefold(), []).append(index)
    for where in seen.values():
        if len(where) < MIN_ACTION_REPEATS:
            continue
        closing = sum(1 for index in where if _closes_comment(lines, index))
        if closing >= max(MIN_ACTION_REPEATS, len(where) - 1):
            for index in where:
                lines[index] = replace(lines[index], kind=LineKind.BUTTONS, header=None)
    return lines


# A counter: a word or two and a number, or a signed number ("+14", "共感した　86", "返信2").
_COUNTER = re.compile(r"^(?:[^\W\d_]+[\s\u3000]?){0,2}[+\-−–]?\d[\d,.]*[kKмтMK]?$")
# A counter is short; a longer line is never tried, since the pattern's optional space lets a long
# run of letters split in as many ways as it has letters (quadratic on hostile input).
_MAX_COUNTER_CHARS = 40
# The same counter (its number aside) must stand in at least this many places of the thread.
MIN_COUNTER_REPEATS = 3


def repeated_counters(lines: list[Line]) -> list[Line]:
    """Mark as an action row a counter that the thread repeats, its number aside, under its comments'
    texts: votes ("+14", "+3"), reactions ("共感した　86", "Me gusta 17"), a reply button with its
    count ("返信2"), in any language. A name with a number ("user1988") is not one: its time stands
    right under it."""
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    seen: dict[str, list[int]] = {}
    for index in range(start + 1, len(lines)):
        line = lines[index]
        under = lines[index + 1] if index + 1 < len(lines) else None
        if (
            line.kind in (LineKind.TEXT, LineKind.HEADER)
            and len(line.text) <= _MAX_COUNTER_CHARS
            and _COUNTER.match(line.text)
            and not (line.header is not None and (line.header.strong or line.header.timestamp))
            and not (under is not None and under.gap == 0 and under.kind is LineKind.TIMESTAMP)
        ):
            seen.setdefault(_NUMBER_RUN.sub("#", line.text.casefold()), []).append(index)
    for where in seen.values():
        if len(where) >= MIN_COUNTER_REPEATS:
            for index in where:
                lines[index] = replace(lines[index], kind=LineKind.BUTTONS, header=None)
    return lines


# A widget line is short: a few words, no sentence's end (a comment's "Agreed." may recur).
_MAX_WIDGET_WORDS = 5
_ENDS_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»)]*$")
# The same line must stand in at least this many places of the thread, word for word.
MIN_WIDGET_REPEATS = 3


def repeated_widget_lines(lines: list[Line]) -> list[Line]:
    """Mark as chrome a short line that the page repeats word for word in three places or more,
    that is no name and ends no sentence: a mail archive's recipient line under every sender ("an
    buergerverein-lindenau"), its "unread" flag, a forum's "back to top" link after every post
    ("Вернуться к началу"), in any language. Action rows and counters are found before (they close
    a comment; these lines do not), and a line that names an author stays, however often it recurs.
    The thread's lines count; once a line is found there, its copies in the head go too (where the
    first message is the article, its header has the same lines)."""
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    seen: dict[str, list[int]] = {}
    for index in range(len(lines)):
        line = lines[index]
        if (
            line.kind in (LineKind.TEXT, LineKind.HEADER)
            and _word_tokens(line.text) <= _MAX_WIDGET_WORDS
            and len(line.text) <= _MAX_ACTION_CHARS
            and not (line.header is not None and (line.header.strong or line.header.timestamp))
            and _ENDS_SENTENCE.search(line.text) is None
            and not is_name(line.text)
        ):
            seen.setdefault(line.text.casefold(), []).append(index)
    for where in seen.values():
        if sum(1 for index in where if index > start) >= MIN_WIDGET_REPEATS:
            for index in where:
                lines[index] = replace(lines[index], kind=LineKind.CHROME, header=None)
    return lines


# "Сообщения: 218", "Зарегистрирован: 07 фев 2019, 18:40", "Откуда: Набережная": a label of a word or
# two, a colon, and a short value.
_FIELD = re.compile(r"^(?P<label>[^\W\d_][\w-]*(?:\s[\w-]+)?)\s?:\s+\S.{0,60}$")
_MIN_LABEL_CHARS = 3  # ("Q: ...", "A: ..." in an interview are no profile's fields)


def repeated_field_labels(lines: list[Line]) -> list[Line]:
    """Mark as chrome the labelled fields of the profile block that a forum prints beside every post
    (post count, registration date, place), in any language: a "Label: value" line whose label
    the thread repeats in three places or more with a short value that is no sentence (and its
    copies in the head, where the first post is the article: a registration date is no
    publication date)."""
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    seen: dict[str, list[int]] = {}
    for index in range(len(lines)):
        line = lines[index]
        field = _FIELD.match(line.text)
        if (
            field is not None
            and len(field.group("label")) >= _MIN_LABEL_CHARS
            and line.kind is not LineKind.REPLY_TO
            and not is_prose(line.text)
            and _ENDS_SENTENCE.search(line.text) is None
        ):
            seen.setdefault(field.group("label").casefold(), []).append(index)
    for where in seen.values():
        if sum(1 for index in where if index > start) >= MIN_WIDGET_REPEATS:
            for index in where:
                lines[index] = replace(lines[index], kind=LineKind.CHROME, header=None)
    return lines


def shared_header_words(lines: list[Line]) -> list[Line]:
    """Drop the label word that every timed header of the thread puts before its author ("Сообщение
    Татьяна_Н » 04 дек 2024, 10:31", phpBB's "Post by" in Russian), in any language: the first word of
    three or more timed headers' names, before different names that stand as names without it."""
    firsts: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        header = line.header
        if line.kind is LineKind.HEADER and header is not None and header.timestamp and header.author:
            first, _, rest = header.author.partition(" ")
            if rest and is_name(rest):
                firsts.setdefault(first, []).append(index)
    for where in firsts.values():
        names = {header.author for index in where if (header := lines[index].header) is not None}
        if len(where) >= MIN_WIDGET_REPEATS and len(names) >= 2:
            for index in where:
                header = lines[index].header
                if header is not None and header.author is not None:
                    author = header.author.partition(" ")[2]
                    lines[index] = replace(lines[index], header=replace(header, author=author))
    return lines


def _word_tokens(text: str) -> int:
    """Count the words of a line, not its separators and symbols ("Απάντηση • Κοινοποίηση ›" has two)."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def _closes_comment(lines: Sequence[Line], index: int) -> bool:
    """Tell a line that follows a comment's text and stands over the next comment's header."""
    if lines[index - 1].kind is not LineKind.TEXT:
        return False
    following = index + 1
    while following < len(lines) and lines[following].kind in (LineKind.CHROME, LineKind.BUTTONS):
        following += 1
    if following == len(lines):
        return True
    below = lines[following]
    header = below.header
    if below.gap == 0 and following == index + 1:
        return False  # (a name right over its text)
    return (
        below.kind in _OPENS_COMMENT
        or (below.kind is LineKind.HEADER and header is not None and (header.strong or header.timestamp))
        or (
            following + 1 < len(lines)
            and lines[following + 1].gap == 0
            and lines[following + 1].kind is LineKind.TIMESTAMP
        )
    )


# How many lines (badges, a separator, the name of the author replied to) may stand between a
# comment's author line and its time when a dump puts each on a line of its own.
_MAX_HEADER_SPREAD = 5


def join_spread_headers(lines: list[Line]) -> list[Line]:
    """Close the gaps inside comment headers that a dump spread over blank-separated lines ("Nora
    Feld" / "Dale_in_Harbor" / "•" / "2 days ago", each after a blank line), when the thread does so
    at least twice: the header's lines then read as they do when printed together."""
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    spread: list[tuple[int, int]] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if line.kind is not LineKind.HEADER or line.header is None or line.header.author is None:
            index += 1
            continue
        end = index + 1
        while (
            end < len(lines)
            and end - index <= _MAX_HEADER_SPREAD
            and (lines[end].kind is LineKind.CHROME or _plain_name_line(lines[end]))
        ):
            end += 1
        if (
            end < len(lines)
            and end - index <= _MAX_HEADER_SPREAD
            and (lines[end].kind is LineKind.TIMESTAMP or _short_form_header(lines[end], line.header.author))
            and any(lines[between].gap for between in range(index + 1, end + 1))
        ):
            spread.append((index, end))
            index = end
        index += 1
    if len(spread) < MIN_SPREAD_HEADERS:
        return lines
    for first, last in spread:
        for between in range(first + 1, last + 1):
            lines[between] = replace(lines[between], gap=0)
    return lines


# A thread spreads its headers over several lines when at least this many of them are so printed.
MIN_SPREAD_HEADERS = 2


def _short_form_header(line: Line, name: str) -> bool:
    """Tell the post's own header under a forum's user block: "Ken wrote on 8 Apr 2024, 10:14:" under
    "Kestrel Ken" / "Senior Member" / "Posts: 2,311" (the same person, by a part of the name)."""
    header = line.header
    return (
        line.kind is LineKind.HEADER
        and header is not None
        and header.author is not None
        and header.timestamp
        and set(header.author.casefold().split()) <= set(name.casefold().split())
    )


def _plain_name_line(line: Line) -> bool:
    header = line.header
    return (
        line.kind is LineKind.HEADER
        and header is not None
        and header.author is not None
        and not header.timestamp
        and header.number is None
    )


# A commenter's name that no name rule takes ("Asociación de Vendedores del Mercado de Abastos") is
# still short: at most so many words, and no sentence.
_MAX_BLOCK_NAME_WORDS = 8
_MAX_BLOCK_NAME_CHARS = 60
# A name may end with an abbreviation's dot, a sentence's last word does not look so: "e.V.",
# "S.A.", "Inc.", "Jr." (letters and dots, or a word of at most three letters).
_ABBREVIATION = re.compile(r"^(?:[^\W\d_]{1,2}\.){2,}$|^[^\W\d_]{1,3}\.$")
# The thread must print at least this many comments as such blocks under an author line.
MIN_NAMED_BLOCKS = 2


def block_author_lines(lines: list[Line]) -> list[Line]:
    """Make the first line of a comment block an author line when the thread's other blocks open with
    one: a block is a run of lines after a blank that ends with a footer (an action row, "Me gusta ·
    Responder · 1 d", or its time alone), its name on its first line, its text under it. A name the
    name rules refuse (an association's, a long one) stands in the same place as every other
    commenter's."""
    blocks = _footed_blocks(lines)
    named = sum(1 for first, _ in blocks if _author_line(lines[first]))
    if named < MIN_NAMED_BLOCKS:
        return lines
    for first, last in blocks:
        line = lines[first]
        texts = [i for i in range(first + 1, last) if lines[i].kind is LineKind.TEXT]
        if (
            line.kind is LineKind.TEXT
            and texts
            and not is_prose(line.text)
            and (line.text[-1:].isalnum() or _ABBREVIATION.match(line.text.split()[-1]))
            and word_count(line.text) <= _MAX_BLOCK_NAME_WORDS
            and len(line.text) <= _MAX_BLOCK_NAME_CHARS
            and line.text[:1].isupper()
        ):
            lines[first] = replace(
                line, kind=LineKind.HEADER, header=Header(LineKind.HEADER, author=line.text, strong=True)
            )
    return lines


def _footed_blocks(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """The (first, last) lines of each run after a blank that a footer closes (an action row, or a
    time alone under the text), with no blank inside."""
    blocks: list[tuple[int, int]] = []
    first: int | None = None
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line.gap:
            first = index
        footer = line.kind is LineKind.BUTTONS or (
            line.kind is LineKind.TIMESTAMP and lines[index - 1].kind is LineKind.TEXT
        )
        if footer and first is not None and index > first:
            blocks.append((first, index))
            first = None
    return blocks


# "Какая версия PostgreSQL? – Алексей Т. 3 дек 2024 в 10:20": a text, a spaced dash, then a signature.
_SIGNED_END = re.compile(r"^(?P<text>\S.*?\S)\s+(?P<signature>[–—]\s+[^–—]{2,80})$")
# A thread signs its one-line comments at their end when at least this many lines end so.
MIN_SIGNED_ENDS = 2


def signed_line_ends(lines: list[Line]) -> list[Line]:
    """Split the comments a page prints on one line each with the signature at the end ("text –
    Name 3 дек 2024 в 10:20", Stack Exchange's comments) into the text and its signature line, when
    at least two lines end with a dash, an author and a time: the signature then ends the comment
    and names its author, as a signature line under a text does."""
    found: dict[int, tuple[str, Line]] = {}
    for index, line in enumerate(lines):
        if line.kind is not LineKind.TEXT:
            continue
        match = _SIGNED_END.match(line.text)
        if match is None:
            continue
        # (the signature read as an author line, "Name Dec 3, 2024 at 10:20": a signature's own
        # rule would take "Dec 3" for a place after the comma)
        kind, header = classify(match.group("signature").lstrip("–— "))
        if kind is LineKind.HEADER and header is not None and header.author is not None and header.timestamp:
            signed = replace(header, kind=LineKind.SIGNATURE, strong=True)
            found[index] = (
                match.group("text"),
                Line(match.group("signature"), line.indent, 0, LineKind.SIGNATURE, signed),
            )
    if len(found) < MIN_SIGNED_ENDS:
        return lines
    split: list[Line] = []
    for index, line in enumerate(lines):
        if index in found:
            text, signature_line = found[index]
            split.extend((replace(line, text=text), signature_line))
        else:
            split.append(line)
    return split


# A dated label line over a name: "answered Dec 3, 2024 at 11:05" / "ответ дан 3 дек 2024 в 11:05",
# then the name. The label is a word or three in lower case (a name would be capitalised).
_MAX_DATE_LABEL_WORDS = 3
# A page signs its posts so when at least this many label-and-name pairs stand on it.
MIN_LABELLED_SIGNATURES = 2


def labelled_date_signatures(lines: list[Line]) -> list[Line]:
    """Read a dated label line right over a plain name line ("ответ дан 3 дек 2024 в 11:05" /
    "Алексей Т.", Stack Exchange's post signature, which follows the post's text) as the name's
    signature line with that date, the label line as chrome, when the page has at least two such
    pairs: the post's author follows its text, as a signature's does."""
    pairs: list[tuple[int, str | None]] = []
    for index in range(len(lines) - 1):
        line, below = lines[index], lines[index + 1]
        if below.gap or below.kind is not LineKind.HEADER or below.header is None:
            continue
        if below.header.author is None or below.header.strong or below.header.timestamp:
            continue
        label, published, dated = strip_timestamp(line.text)
        if (
            dated
            and published is not None
            and label[:1].islower()
            and len(label.split()) <= _MAX_DATE_LABEL_WORDS
        ):
            pairs.append((index, published))
    if len(pairs) < MIN_LABELLED_SIGNATURES:
        return lines
    for index, published in pairs:
        name = lines[index + 1]
        assert name.header is not None
        signature = Header(
            LineKind.SIGNATURE, author=name.header.author, published=published, timestamp=True, strong=True
        )
        lines[index] = replace(lines[index], kind=LineKind.CHROME, header=None)
        lines[index + 1] = replace(name, kind=LineKind.SIGNATURE, header=signature)
        # The short lines over the label in its block are the post's widget row ("Share" /
        # "Improve this answer" / "Follow"), and an edit date: no text.
        above = index
        while lines[above].gap == 0 and above > 0:
            above -= 1
            if is_prose(lines[above].text) or word_count(lines[above].text) > _MAX_WIDGET_ROW_WORDS:
                break
            lines[above] = replace(lines[above], kind=LineKind.CHROME, header=None)
    return lines


# A line of a post's widget row holds at most this many words ("изменён 3 дек 2024 в 10:30").
_MAX_WIDGET_ROW_WORDS = 6


# The comment box counts as such only in a thread that prints at least this many comments as blocks
# closed by a footer.
MIN_FOOTED_COMMENTS = 2
# A comment box holds at least this many lines: a tab row, a placeholder, a button.
MIN_BOX_LINES = 2


def comment_box_lines(lines: list[Line]) -> list[Line]:
    """Mark as chrome the comment box printed right under the comments heading, no blank line
    between: the sort tabs ("Newest" / "Oldest"), the input's placeholder and its button. It is
    told from a first comment glued to the heading by its lack of a footer: in a thread whose
    comments are blocks closed by an action row or a time, the box holds neither, nor a sentence,
    and the block after it is such a comment."""
    blocks = _footed_blocks(lines)
    if len(blocks) < MIN_FOOTED_COMMENTS:
        return lines
    block_starts = {first for first, _ in blocks}
    for index, line in enumerate(lines):
        if line.kind is not LineKind.COMMENTS_HEADING:
            continue
        end = index + 1
        while end < len(lines) and lines[end].gap == 0:
            end += 1
        box = range(index + 1, end)
        if (
            len(box) < MIN_BOX_LINES
            or end not in block_starts
            or any(
                lines[i].kind in (LineKind.BUTTONS, LineKind.TIMESTAMP)
                or _timed(lines[i])
                or is_prose(lines[i].text)
                for i in box
            )
        ):
            continue
        for i in box:
            lines[i] = replace(lines[i], kind=LineKind.CHROME, header=None)
    return lines


# A thread is regular enough to tell its end by at least this many comments that open with an author
# line and close with a footer.
MIN_FOOTED_THREAD = 3


def after_last_footer(lines: list[Line]) -> list[Line]:
    """Mark as chrome the plain lines after the last comment of a thread whose every comment opens
    with an author line and closes with a footer (an action row, or a time alone under the text): a
    block after the last footer, with no footer or time of its own, is the page's furniture ("View
    all 5 comments", a related-reading list), not a comment of that thread's shape."""
    blocks = _footed_blocks(lines)
    authored = [first for first, _ in blocks if _author_line(lines[first])]
    if len(authored) < MIN_FOOTED_THREAD:
        return lines
    footed = {first for first, _ in blocks}
    last_footer = blocks[-1][1]
    if any(
        lines[index].gap and _author_line(lines[index]) and index not in footed
        for index in range(authored[0], last_footer)
    ):
        return lines  # (a comment without a footer inside the thread: its shape varies)
    tail = range(last_footer + 1, len(lines))
    if any(lines[index].kind is LineKind.TIMESTAMP or _timed(lines[index]) for index in tail):
        return lines  # (a time after the last footer: a comment may still be there)
    if any(_closes_text(lines, index) for index in tail):
        # (an action row under a text after the "last footer": that footer was a time under a
        # member's stats line ("1.117 Postings"), and the text it seemed to close is a comment)
        return lines
    for index in tail:
        if lines[index].kind in (LineKind.TEXT, LineKind.HEADER):
            lines[index] = replace(lines[index], kind=LineKind.CHROME, header=None)
    return lines


def _closes_text(lines: Sequence[Line], index: int) -> bool:
    """Whether line ``index`` is an action row right under a line of text (no blank between)."""
    line = lines[index]
    return line.kind is LineKind.BUTTONS and not line.gap and lines[index - 1].kind is LineKind.TEXT


def _timed(line: Line) -> bool:
    header = line.header
    return header is not None and header.timestamp


def _author_line(line: Line) -> bool:
    header = line.header
    return line.kind is LineKind.HEADER and header is not None and header.author is not None


# A preview holds at least this many letters and digits of the message it quotes.
MIN_PREVIEW_CHARS = 10
_NOT_ALNUM = re.compile(r"[\W_]+")


def reply_previews(lines: list[Line]) -> list[Line]:
    """Read the preview a chat client draws over a reply ("Артём" / "Ольга Стрельцова" / "У нас на
    Сосновом полмикрорайона пенсионеры, поликлиника — единственная…" / the reply): under the
    replier's name, the name of an earlier commenter and the first words of that commenter's latest
    message (cut, often with "…"). The name line becomes a reply mark to that commenter, the words
    quoted chrome: they are no part of the reply."""
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    openings: dict[str, str] = {}  # an author -> the first text line of their latest message
    owner: str | None = None
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if _author_line(line) and line.header is not None and line.header.author is not None:
            below = lines[index + 1] if index + 1 < len(lines) else None
            target = line.header.author
            if (
                owner is not None
                and line.gap == 0
                and _author_line(lines[index - 1])
                and below is not None
                and below.gap == 0
                and below.kind is LineKind.TEXT
                and target in openings
                and _quotes_opening(below.text, openings[target])
            ):
                lines[index] = replace(
                    line, kind=LineKind.REPLY_TO, header=Header(LineKind.REPLY_TO, reply_to=target)
                )
                lines[index + 1] = replace(below, kind=LineKind.CHROME, header=None)
                continue
            owner = target
            continue
        above = lines[index - 1]
        if (
            line.kind is LineKind.TEXT
            and owner is not None
            and (_author_line(above) or above.kind is LineKind.CHROME)
        ):
            openings[owner] = line.text  # the first line of the owner's message
    return lines


def _quotes_opening(preview: str, opening: str) -> bool:
    """Tell the first words of ``opening``, maybe cut short with an ellipsis."""
    wanted = _NOT_ALNUM.sub("", preview.rstrip(".…").casefold())
    return len(wanted) >= MIN_PREVIEW_CHARS and _NOT_ALNUM.sub("", opening.casefold()).startswith(wanted)
