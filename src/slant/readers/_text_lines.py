"""What one line of a plain-text page dump is: chrome, a comment header, a timestamp, or text.

A dump flattens a rendered page to lines, so the widgets around an article and a comment thread
survive as short lines of their own ("JUNE 2023", "Share", "Reply", "3 hours ago", "Jane says:").
Each test here looks at one line, without context; the reader (:mod:`slant.readers._text`) decides
with the context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum

from slant.readers._comment_words import (
    FLOOR_NAMES,
    NUMBER_LABEL,
    POSTED_VERBS_EN,
    REPLY_TO_WORDS,
    SAID_VERBS_EN,
    SAID_VERBS_OTHER,
)
from slant.readers._dates import find_date, is_month_year, is_relative_time, parse_date, strip_timestamp
from slant.readers._html_fields import BYLINE_WORDS
from slant.readers._names import is_name, normalise_author
from slant.readers._text_bylines import DATE_LABEL, is_role_line, parse_byline
from slant.readers._text_chrome import (
    is_buttons,
    is_chrome,
    is_comments_heading,
    is_reply_form,
    ui_words_kind,
)
from slant.readers._words import word_count

__all__ = [
    "Header",
    "Line",
    "LineKind",
    "classify",
    "forum_subject",
    "is_author_label",
    "is_prose",
    "is_role_line",
    "normalise_author",
    "parse_byline",
    "place_signature",
]


class LineKind(Enum):
    """The kinds of line the reader tells apart."""

    TEXT = "text"
    CHROME = "chrome"  # page furniture: date widgets, share buttons, captions, cookie and form lines
    BUTTONS = "buttons"  # a comment's action row ("Reply", "Like · Reply · 3h"): ends that comment
    COMMENTS_HEADING = "comments-heading"  # "Comments (12)", "5 thoughts on ...", "Your views"
    REPLY_FORM = "reply-form"  # "Leave a reply" and the like: a heading, or the form after the thread
    HEADER = "header"  # a comment's author line, maybe with a number and a timestamp
    NUMBER = "number"  # a comment number alone ("1.", "#2")
    TIMESTAMP = "timestamp"  # "3 hours ago", "March 3, 2021 at 5:12 pm"
    REPLY_TO = "reply-to"  # "In reply to Jane", "Replying to @jane"
    QUOTE_BY = "quote-by"  # "Originally Posted by Jane", "Quote from: Jane": a quotation inside a comment
    SIGNATURE = "signature"  # "-- Margaret, Leeds" under a comment: its author, and its end


@dataclass(frozen=True, slots=True)
class Header:
    """What a header-like line says about the comment it opens.

    Attributes:
        kind: which kind of header line it is.
        author: the normalised author name, if the line names one.
        number: the comment's number ("2", "2.1"), if the line numbers it.
        published: the ISO 8601 date-time of an absolute timestamp on the line.
        timestamp: whether the line carries any timestamp, absolute or relative.
        strong: the line is a header beyond doubt ("says:", a timestamp, "name .", "@name"), rather
            than just a short name-like line, which could also be a subheading or a list item.
        reply_to: the normalised name of the author the comment answers.
        quote_intro: the line is "Name wrote:", which introduces a quotation inside a comment when a
            quoted ("> ") line follows it.
        depth: the nesting level a forum marks with "level 2" (1 is a top-level comment).
    """

    kind: LineKind
    author: str | None = None
    number: str | None = None
    published: str | None = None
    timestamp: bool = False
    strong: bool = False
    reply_to: str | None = None
    quote_intro: bool = False
    depth: int | None = None


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the dump.

    Attributes:
        text: the line without its indentation and trailing white space.
        indent: its indentation in columns (tabs count 4).
        gap: how many blank lines come before it.
        kind: what the line is, out of context.
        header: what a header-like line says.
    """

    text: str
    indent: int
    gap: int
    kind: LineKind
    header: Header | None


_NUMBER_LABEL = rf"(?i:{NUMBER_LABEL})"
_LABELLED_NUMBER = re.compile(r"^" + _NUMBER_LABEL + r"\s+#\d")  # "Comment #1 by Jane on ..."
_NUMBER = re.compile(
    r"^(?:" + _NUMBER_LABEL + r"\s+)?"
    r"(?:#\s?(?P<hash>\d{1,4}(?:\.\d{1,3})*)|(?P<plain>\d{1,3}(?:\.\d{1,3})*)[.):])(?=\s|$)\s*(?P<rest>.*)$"
)
# Speech verbs of comment headers ("Jane says:", "Ramón dijo:", "Karin schrieb am 12. März 2024 um
# 14:05:"). English ones may stand without a colon; the others need it, or a date before it.
_SPEECH_EN = SAID_VERBS_EN + "|" + POSTED_VERBS_EN
_SPEECH_OTHER = SAID_VERBS_OTHER
# The preposition of a date between the verb and the colon: "schrieb am ...", "said on ...", "a dit le ...".
_SPEECH_WHEN = r"am|on|le|el|il|em|op|в|dnia|den|the|at|um"
_SAYS_TAIL = r"(?:\s+(?P<when>(?:" + _SPEECH_WHEN + r")\s+.{4,60}?)\s*[:：]|\s*(?P<rest>[:：].*|\.\.\.|…|))$"
_SAYS = re.compile(
    r"^(?P<name>.+?)\s+(?:(?P<en>" + _SPEECH_EN + r")|(?P<other>" + _SPEECH_OTHER + r"))" + _SAYS_TAIL,
    re.IGNORECASE,
)
# The English verbs alone: most header-like lines have no colon or ellipsis, and then only these can
# stand in them ("Jane says"); the long list is tried on the others only (it is costly on every line).
_SAYS_EN = re.compile(r"^(?P<name>.+?)\s+(?P<en>" + _SPEECH_EN + r")(?P<other>)" + _SAYS_TAIL, re.IGNORECASE)
_SAYS_MARKS = (":", "：", "...", "…")
_REPLIED_TO = re.compile(
    rf"^(?P<name>.+?)\s+(?:{REPLY_TO_WORDS}|→|->|►|▸)\s+(?P<target>.+?)\s*:?$"
    # "Réponse de Sophie_B à Edouard M.", "Antwort von X an Y", "Ответ X для Y"
    r"|^(?:réponse|antwort|ответ|reply|response)\s+(?:de|von|от|from|by)?\s*(?P<name2>.+?)\s+(?:à|an|auf|для|на|to)\s+"
    r"(?P<target2>.+?)\s*:?$",
    re.IGNORECASE,
)
_REPLY_TO = re.compile(rf"^(?:{REPLY_TO_WORDS}|↪)\s+(?P<target>.{{1,60}}?)\s*[.:]?$", re.IGNORECASE)
_NUMBER_TARGET = re.compile(r"^#\d{1,4}(?:\.\d{1,3})*[:.]?$")  # "In reply to #2": the comment numbered 2
_TARGET_NUMBER = re.compile(r"^#\d[\d.]*\s+(?:von|by|de|от|di)\s+", re.IGNORECASE)  # "#1 von hansdampf"
_SIGNATURE = re.compile(r"^(?:--|—|–|~)\s*(?P<name>[^,]{1,40})(?:,\s*.{1,40})?$")
_SUBJECT = re.compile(r"^(?:re|на)\s*:\s*\S.{0,200}$", re.IGNORECASE)
_QUOTE_BY = re.compile(
    r"^(?:originally\s+posted\s+by|quote\s+from\s*:?|quoting|цитата\s*(?:от|:)?|сообщение\s+от"
    # vBulletin's and phpBB's quotation head in their translations: "Cita de Name", "Zitat von Name"
    r"|cita\s+de|originalmente\s+(?:escrito|publicado|enviado)\s+por|zitat\s+von|citation\s+de"
    r"|citazione\s+di|citação\s+de)\s+(?P<name>.{1,40}?)"
    r"(?:\s+on\s+.{1,40})?\s*[:.]?$",
    re.IGNORECASE,
)
# "Татьяна_Н писал(а): ↑", "jane wrote: ↑": a forum's quotation cites its author with a link up to the
# quoted post, whatever the verb's language
_QUOTED_POST = re.compile(r"^(?P<name>[^:]{1,40}?)\s+[^\s:]{2,20}\s*:\s*↑$")
_POSTED_BY = re.compile(
    r"^(?:(?:post(?:ed)?|comment(?:ed)?|written|reply|answer|сообщение)\s+)?(?:by|от)\s+", re.IGNORECASE
)
_TIMED_BY = re.compile(rf"^{BYLINE_WORDS}\s+(?=\w)", re.IGNORECASE)
_PLACE_IN_BRACKETS = re.compile(
    r"(?<=\S)\s+\([^()\d]{1,30}\)$|\s*\(\s*\d{1,10}\s*\)$"
)  # (a place, a user number)
_PLACE_SIGNATURE = re.compile(r"^(?:--|—|–|~)?\s*(?P<name>[^,]{1,40}),\s*(?P<place>[^,]{1,40})$")
# A date with a month name the date parser does not know ("5. března 2024 v 14:05", "12 березня 2024
# о 14:05"): a day, one word, a year, maybe a time; a timestamp, though it gives no ISO date.
_UNKNOWN_MONTH_DATE = re.compile(
    r"^[0-3]?\d\.?\s+[^\W\d_]{3,12}\.?,?\s+(?:19|20)\d\d(?:\s*(?:г|r|m)\.?)?"
    r"(?:,?\s*(?:[^\W\d_]{1,5}\.?\s+)?[0-2]?\d[:.][0-5]\d)?$"
)
_PERMALINK_MARK = re.compile(r"\s+[#¶∞§🔗]$")  # "February 20, 2024 at 6:30 pm #": a permalink after the time
_LEADING_MARKER = re.compile(r"^[\[(][–+\-−][\])]\s+")  # old Reddit's "[–] user 54 points 4 hours ago"
_BRACKETED = re.compile(r"^(?P<name>.+?)\s*[(\[](?P<when>[^()\[\]]{2,60})[)\]]$")
_TRAILING_COUNT = re.compile(
    r"^(?P<name>.+?)\s+(?P<count>[+\-−]?\d[\d,.]*[km]?\s+\S+(?:\s+\S+)?)$", re.IGNORECASE
)
_TRAILING_MARKER = re.compile(r"\s+[\[(][–+\-−][\])]$")  # a thread's collapse toggle: "[–]", "[+]"
_PLACEHOLDER = re.compile(
    r"^[\[(]?(?:deleted|удален[оа]?|удалён|gelöscht|supprimé)[\])]?$|^(?:deleted|former)\s+(?:user|member|account)$|"
    r"^пользователь\s+удал[её]н$|^gelöschte[rs]?\s+(?:benutzer|nutzer|user)$|^utilisateur\s+supprimé$",
    re.IGNORECASE,
)
# A mail archive's or forum's notice in the place of a removed message ("Nachricht wurde gelöscht"),
# maybe numbered as the comment it replaces ("5. This comment was removed by a moderator.")
_DELETED_NOTICE = re.compile(
    r"^(?:\d{1,3}[.)]\s+)?"
    r"(?:(?:this\s+)?(?:message|comment|post)\s+(?:has\s+been|was)\s+(?:deleted|removed)"
    r"(?:\s+by\s+(?:a|an|the|its)\s+(?:moderator|administrator|admin|author|user|commenter))?|"
    r"(?:nachricht|kommentar|beitrag)\s+wurde\s+(?:gelöscht|entfernt)|(?:message|commentaire)\s+supprimé|"
    r"(?:сообщение|комментарий)\s+удал[её]н[оа]?|(?:mensaje|comentario)\s+eliminado|"
    r"(?:该|此)?(?:评论|回复|留言)已(?:被)?删除)[.。]?$",
    re.IGNORECASE,
)
_SEPARATORS_ONLY = re.compile(r"^[•·|/]$")
_SYMBOLS_ONLY = re.compile(r"^[^\w\s]+(?:\s+[^\w\s]+)*$")
_FLOOR_LABEL = re.compile(r"^(?:(?P<number>\d{1,5})\s*[#楼]|" + "|".join(FLOOR_NAMES) + r")$")
_FIRST_NAMED_FLOOR = 2  # the sofa is the first answer, the thread's second post
# "2楼 2024-12-05 09:40", "1楼 2024-12-05 09:12 来自Android客户端": a floor's number and time
# under its text (the client it was posted from may follow), the floor's footer.
_FLOOR_FOOTER = re.compile(r"^(?:\d{1,5}\s*楼|" + "|".join(FLOOR_NAMES) + r")\s+(?P<when>\S.{0,60})$")
_FLOOR_CLIENT = re.compile(r"^(?:来自|來自|via\s)\S{1,30}$", re.IGNORECASE)
# A time, then links after bars, each a word or two without digits.
# (A link ends with no space, so that the spaces before the next bar can only be the separator's:
# no line splits into its parts in more than one way.)
_TIME_THEN_LINKS = re.compile(r"^(?P<time>[^|]{4,60}?)(?:\s*\|\s*[^\W\d_](?:[^|\d]{0,14}[^|\d\s])?)+\s*$")
_LEVEL = re.compile(r"^(?:level|уровень)\s+(\d{1,2})$", re.IGNORECASE)
_MAX_CHROME_CHARS = 400
_MAX_HEADER_CHARS = 160
_DIGIT = re.compile(r"\d")
# A weekday in brackets between a numeric date and its time, as Japanese and Korean sites print it
# ("2024/12/4(水) 19:21", "2024.12.04(수) 10:12"): no date pattern expects it there.
_DATE_WEEKDAY = re.compile(r"(?<=\d)\s?[(（][^\W\d_]{1,3}\.?[)）]\s?(?=[0-2]?\d:[0-5]\d)")
_PERMALINK_ID = re.compile(r"(?<=[\dMm])\s+[(\[]#\d{3,}[)\]]$")
_GLUED_DATE = re.compile(
    r"^[^\W\d_]{1,6}[:：]\d{4}[/.-]\d|^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s+\d{1,2}:\d\d[^\W\d_]{1,4}$"
)
_SENTENCE_END = re.compile(r"[.!?…:;。！？：；][\"'”’»)\]」』）]*$")


# A credit in brackets after a paragraph's last sentence: the agency's or the reporter's short sign
# and a date ("... ist offen. (lpr, 5.12.2024)", "(dpa)", "(AFP/red)").
_SENTENCE_THEN_CREDIT = re.compile(r"[.!?…。！？][\"'”’»]*\s+\([^()]{1,40}\)$")


def is_prose(line: str) -> bool:
    """Tell a paragraph of running text: a sentence or more (maybe closed by a bracketed credit),
    not a headline or a widget."""
    words = word_count(line)
    if words >= 30:
        return True
    return words >= 6 and (
        _SENTENCE_END.search(line) is not None or _SENTENCE_THEN_CREDIT.search(line) is not None
    )


def _floor_footer(line: str) -> Header | None:
    """Read a floor's footer ("3楼 2024-12-05 11:30") as a footer row that carries the floor's time:
    it closes the floor's text, and "3楼" is no author."""
    floor = _FLOOR_FOOTER.match(line)
    if floor is None:
        return None
    dated = find_date(floor.group("when"), with_time=True)
    if dated is None or floor.group("when")[: dated[1]].strip():
        return None
    after = floor.group("when")[dated[2] :].strip()
    if after and _FLOOR_CLIENT.match(after) is None:
        return None
    return Header(LineKind.BUTTONS, published=dated[0], timestamp=True)


# A verb of speech (or of posting) and the little word before a date, all that is left of a line
# once its time is taken: the second line of a forum's head ("Name" / "schrieb am <date>").
_SAID_AT = re.compile(
    rf"(?:{_SPEECH_EN}|{_SPEECH_OTHER})(?:\s+(?:am|um|on|at|le|el|il|op|в|den|dne))?",
    re.IGNORECASE,
)


def classify(line: str) -> tuple[LineKind, Header | None]:
    """Say what kind of line ``line`` (stripped of its indentation) is.

    Args:
        line: one line of the dump, without leading or trailing white space.

    Returns:
        The kind, and for header-like lines what the header says.
    """
    if len(line) > _MAX_CHROME_CHARS:
        return LineKind.TEXT, None
    line = _DATE_WEEKDAY.sub(" ", line)  # "2024/12/4(水) 19:21" is "2024/12/4 19:21"
    line = _PERMALINK_ID.sub("", line)  # "... @10:52AM (#65001234)": the comment's number after its time
    if is_month_year(line) or is_chrome(line):
        return LineKind.CHROME, None
    if _DIGIT.search(line) is None and word_count(line) >= 7 and _SENTENCE_END.search(line) is not None:
        return LineKind.TEXT, None  # a sentence without a number is no header, timestamp or heading
    if is_reply_form(line):
        return LineKind.REPLY_FORM, None
    if is_comments_heading(line) and _LABELLED_NUMBER.match(line) is None:
        return LineKind.COMMENTS_HEADING, None
    reply_to = _REPLY_TO.match(line)
    if reply_to and _NUMBER_TARGET.match(reply_to.group("target")):
        return LineKind.REPLY_TO, Header(LineKind.REPLY_TO, reply_to=reply_to.group("target").rstrip(":. "))
    if reply_to and reply_to.group("target").casefold() in _NAME_BADGES:
        return LineKind.BUTTONS, None  # "Reply to author", "Antwort an Autor": a mail archive's button
    if reply_to:
        target = normalise_author(_TARGET_NUMBER.sub("", reply_to.group("target")))
        if target is not None and is_name(target):
            return LineKind.REPLY_TO, Header(LineKind.REPLY_TO, reply_to=target)
    if _SUBJECT.match(line):
        return LineKind.CHROME, None  # a forum post's "Re: <topic>" subject line
    quoted = _QUOTE_BY.match(line) or _QUOTED_POST.match(line)
    if quoted:
        source = normalise_author(quoted.group("name"))
        if source is not None and is_name(source):
            return LineKind.QUOTE_BY, Header(LineKind.QUOTE_BY, reply_to=source)
    if is_buttons(line) and parse_date(line) is None:
        # (a date in figures alone, "2024-12-05", "05.12.2024", is a time, not a row of counters)
        return LineKind.BUTTONS, None
    if _DELETED_NOTICE.match(line):
        return LineKind.CHROME, None  # where a message was: no comment, no author
    if _PLACEHOLDER.match(line):
        return LineKind.HEADER, Header(
            LineKind.HEADER, strong=True
        )  # "[deleted]": a comment whose author is gone
    widget = _widget_kind(line)
    if widget is not None:
        return widget
    signature = _SIGNATURE.match(line)
    if signature:
        name = normalise_author(signature.group("name"))
        if name is not None and (is_name(name) or (name[:1].isupper() and is_author_label(name))):
            return LineKind.SIGNATURE, Header(LineKind.SIGNATURE, author=name, strong=True)
    if line.startswith(("— ", "– ", "-- ", "~ ")) and len(line) <= _MAX_HEADER_CHARS:
        footer = _parse_header(
            line.lstrip("—–-~ ")
        )  # "— Posted by Laura M. on September 12, 2022 at 6:40 pm"
        if footer is not None and footer.author is not None and footer.timestamp:
            return LineKind.SIGNATURE, replace(footer, kind=LineKind.SIGNATURE, strong=True)
    level = _LEVEL.match(line)
    if level:
        return LineKind.NUMBER, Header(LineKind.NUMBER, depth=int(level.group(1)), strong=True)
    floor = _FLOOR_LABEL.match(line)
    if floor:  # "沙发", "5#", "6楼": a forum post's floor, alone over its author
        number = floor.group("number") or str(FLOOR_NAMES.index(line) + _FIRST_NAMED_FLOOR)
        return LineKind.NUMBER, Header(LineKind.NUMBER, number=number, strong=True)
    if len(line) > _MAX_HEADER_CHARS:
        return LineKind.TEXT, None
    floor_footer = _floor_footer(line)
    if floor_footer is not None:
        return LineKind.BUTTONS, floor_footer
    rest, published, has_time = strip_timestamp(_PERMALINK_MARK.sub("", line))
    if has_time and not rest:
        return LineKind.TIMESTAMP, Header(LineKind.TIMESTAMP, published=published, timestamp=True)
    if has_time and _SAID_AT.fullmatch(rest) is not None:
        # "schrieb am 5. Dez. 2024, 09:32", "a écrit le ...": the verb of the name line above, and its time
        return LineKind.TIMESTAMP, Header(LineKind.TIMESTAMP, published=published, timestamp=True)
    if has_time and published is not None and _GLUED_DATE.search(line):
        # "2024/12/4 18:30配信", "最終更新:2024/12/4 19:05": a word glued to a date with no space
        # labels it (published, updated); a commenter's name stands apart from its time.
        return LineKind.TIMESTAMP, Header(LineKind.TIMESTAMP, published=published, timestamp=True)
    if _UNKNOWN_MONTH_DATE.match(line):
        return LineKind.TIMESTAMP, Header(LineKind.TIMESTAMP, timestamp=True)  # "5. března 2024 v 14:05"
    if has_time and is_buttons(rest):
        return LineKind.BUTTONS, Header(LineKind.BUTTONS, published=published, timestamp=True)
    if has_time and DATE_LABEL.match(line) and (parse_byline(line) or ("", None))[0] is None:
        return LineKind.TIMESTAMP, Header(LineKind.TIMESTAMP, published=published, timestamp=True)
    header = _parse_header(line)
    if header is not None:
        return header.kind, header
    linked = _TIME_THEN_LINKS.match(line)
    if linked is not None:
        # "发表于 2024-12-3 09:35 | 只看该作者 |倒序浏览": a post's time, then the links beside it
        kind, header = classify(linked.group("time"))
        if kind is LineKind.TIMESTAMP:
            return kind, header
    return LineKind.TEXT, None


def _widget_kind(line: str) -> tuple[LineKind, Header | None] | None:
    """Tell a line of widget words, counts and symbols, with or without a timestamp in it."""
    if len(line) > _MAX_HEADER_CHARS:
        return None
    kind = ui_words_kind(line)
    published: str | None = None
    has_time = False
    if kind is None:
        rest, published, has_time = strip_timestamp(line)
        kind = ui_words_kind(rest) if has_time and rest else None
    if kind is None and _SEPARATORS_ONLY.match(line):
        kind = (
            "chrome"  # "•" alone: a separator that a dump put on a line of its own, between a name and a time
        )
    elif kind is None and _SYMBOLS_ONLY.match(line):
        kind = "buttons"  # "− ⚑", "△ ▽": vote arrows and flags
    if kind is None or parse_byline(line) is not None:
        return None  # (not "Post by admin » Mon Nov 28, 2016 9:00 am": a byline)
    line_kind = LineKind.BUTTONS if kind == "buttons" else LineKind.CHROME
    if has_time and line_kind is LineKind.BUTTONS:
        return line_kind, Header(LineKind.BUTTONS, published=published, timestamp=True)
    if has_time:  # "Nov 29, 2024 · edited": a time with a flag is a timestamp
        return LineKind.TIMESTAMP, Header(LineKind.TIMESTAMP, published=published, timestamp=True)
    return line_kind, None


def forum_subject(line: str) -> str | None:
    """Return the subject a forum post's "Re: <subject>" line answers, else None."""
    return line.split(":", 1)[1].strip() if _SUBJECT.match(line) else None


def place_signature(line: str) -> str | None:
    """Return the name of a "Name, Place" signature line ("Pete, Hull"), else None.

    Only the reader knows, from the line's place under a comment's text, that it is a signature.
    """
    match = _PLACE_SIGNATURE.match(line)
    if match is None:
        return None
    name, place = match.group("name").strip(), match.group("place").strip()
    return name if is_name(name) and is_name(place) and place[:1].isupper() else None


def _parse_header(line: str) -> Header | None:
    if line.endswith(","):
        return None  # "Hallo Heike,", "Dear Tom,": a letter's salutation, no author line
    number: str | None = None
    line = _without_badges(_TRAILING_MARKER.sub("", _LEADING_MARKER.sub("", line)))
    line = _unbracket_time(line)
    targeted = _author_and_target(line)
    if targeted is not None:
        return targeted
    rest = line
    numbered = _NUMBER.match(line)
    if numbered:
        number = numbered.group("hash") or numbered.group("plain")
        # "#1 — Schwimmer_Ost": the dash (or dot, bar) between the number and the name is no part of it
        rest = numbered.group("rest").strip().lstrip("·•|-–—").strip()
        if not rest:
            return Header(LineKind.NUMBER, number=number, strong=True)
        after, when, timed = strip_timestamp(rest.strip(" ·•|-–—"))
        if timed and not after:  # "#1 — vor 3 Stunden"
            return Header(LineKind.NUMBER, number=number, strong=True, published=when, timestamp=True)
    strong = False  # a number alone does not make a header: "1. Angela Merkel" may rank people in an article
    quote_intro = False
    published: str | None = None
    has_time = False
    says = _SAYS.match(rest) if any(mark in rest for mark in _SAYS_MARKS) else _SAYS_EN.match(rest)
    loose_name = False
    if says and (
        says.group("en") or says.group("when") is not None or (says.group("rest") or "")[:1] in ":：.…"
    ):
        # "Jane says:", "Jane says: March 3, 2021 at 5:12 pm", "Jane on March 3, 2021 at 5:12 pm said:",
        # "Karin schrieb am 12. März 2024 um 14:05:"
        when = says.group("when")
        tail = _WHEN_WORD.sub("", when, count=1) if when is not None else (says.group("rest") or "")
        after, published, has_time = strip_timestamp(tail.lstrip(":：.…").strip())
        if after:
            return None
        quote_intro = bool(says.group("en")) and says.group("en").lower() in ("wrote", "writes", "said")
        quote_intro = quote_intro and when is None
        rest, strong, loose_name = says.group("name"), True, True
    rest, published_here, time_here = _strip_time_before_colon(rest)
    published, has_time = published or published_here, has_time or time_here
    if has_time:
        rest = _without_badge_words(_without_count_badge(rest))
    # "Jane wrote:" over a "> " quotation introduces it inside a comment; with a date it is an
    # e-mail style header ("On Feb 9, 2024, Jane wrote:") that opens a comment.
    quote_intro = quote_intro and not has_time
    strong = strong or has_time
    posted_by = False
    if _POSTED_BY.match(rest):
        rest, strong, posted_by = (
            _POSTED_BY.sub("", rest, count=1),
            True,
            True,
        )  # "Post by jane » Mon Nov 28, 2016 9:00 am"
    elif has_time and _TIMED_BY.match(rest):
        # "1. Le mardi 3 décembre 2024, 12:04 par Sylvie D.": the time first, then "by" and the name
        rest, strong, posted_by = _TIMED_BY.sub("", rest, count=1), True, True
    reply_to: str | None = None
    replied = _REPLIED_TO.match(rest)
    if replied:
        target = normalise_author(replied.group("target") or replied.group("target2"))
        if target is not None and is_name(target):
            rest, reply_to, strong = replied.group("name") or replied.group("name2"), target, True
    dump_marker = (
        re.search(r"\s\.$", rest) is not None
    )  # "northerntruthseeker .": an author line beyond doubt
    if dump_marker or rest.startswith("@"):
        strong = True
    if (has_time or number is not None) and "," in rest:
        name, *places = (part.strip() for part in rest.split(","))
        if places and all(is_name(place) and place[:1].isupper() for place in places) and is_name(name):
            rest, strong = name, True  # "Jules W, Bristol, United Kingdom, 1 year ago"
    author = normalise_author(_PLACE_IN_BRACKETS.sub("", rest))  # "John Hartley (Sheffield)"
    if author is not None and has_time and _PLACEHOLDER.match(author):
        return Header(LineKind.HEADER, published=published, timestamp=True, strong=True)  # a deleted user
    if author is None:
        return None
    loose = (loose_name and _is_display_name(author)) or (posted_by and has_time and _is_signed_name(author))
    if not (is_name(author, any_case=dump_marker) or loose):
        return None
    return Header(
        LineKind.HEADER,
        author=author,
        number=number,
        published=published,
        timestamp=has_time,
        strong=strong,
        reply_to=reply_to,
        quote_intro=quote_intro,
    )


def _strip_time_before_colon(rest: str) -> tuple[str, str | None, bool]:
    """Split the timestamp off a header, also when a colon closes it ("Carla Mendes replied to Doug
    Lathrop at 9:02 PM:"): a digest or a mail quotes a comment under such a line, and the colon
    (which introduces the text below) is no part of the time."""
    stripped = strip_timestamp(rest)
    if stripped[2] or not rest.endswith((":", "：")) or rest.endswith("::"):
        return stripped
    return strip_timestamp(rest[:-1].rstrip())


_WHEN_WORD = re.compile(r"^(?:" + _SPEECH_WHEN + r")\s+", re.IGNORECASE)
_FIRST_WORD = re.compile(r"^(?:[^\W\d_]|@)")


def _is_display_name(name: str) -> bool:
    """Tell a display name that a speech verb marks as an author ("Sue from Plot 12 says:"), though
    it holds little words or digits that :func:`is_name` refuses: a few words, no sentence, the
    first a capitalised word or a handle ("The minister said:" is a sentence's start, not a name)."""
    first = name.split()[0]
    return (
        is_author_label(name)
        and _FIRST_WORD.match(first) is not None
        and (first[:1].isupper() or first[:1] == "@" or any(c.isdigit() or c == "_" for c in first))
        and first.casefold() not in _LEADING_FUNCTION_WORDS
    )


def _is_signed_name(name: str) -> bool:
    """Tell a name signed after "Posted by" with a date ("The Ashworth family"): a capitalised label."""
    return name[:1].isupper() and is_author_label(name)


_LEADING_FUNCTION_WORDS = frozenset(
    "the a an this that these those he she it they we i you his her their our my your one someone somebody "
    "everyone nobody people officials police der die das ein eine er sie es wir el la los las un una le les il "
    "elle ils on".split()
)


_PART_SEPARATOR = re.compile(r"\s+[·•|]\s*|^\s*[·•|]\s*")
_WIDE_SPACE = re.compile(r"\s{2,}")


def _unbracket_time(line: str) -> str:
    """ "Gwyneth Price (22 July 2024 at 19:05)" is "Gwyneth Price · 22 July 2024 at 19:05"."""
    if not line.endswith((")", "]")):
        return line
    match = _BRACKETED.match(line)
    if match is None:
        return line
    rest, _, has_time = strip_timestamp(match.group("when"))
    return f"{match.group('name')} · {match.group('when')}" if has_time and not rest else line


def _without_count_badge(name: str) -> str:
    """ "transit_tom 54 points" is "transit_tom": a count and its widget word after a name."""
    match = _TRAILING_COUNT.match(name)
    if match is None or ui_words_kind(match.group("count")) is None:
        return name
    return match.group("name")


# Badges that comment systems print right after a commenter's name, with no separator.
_NAME_BADGES = frozenset(
    "mod moderator admin administrator author op staff verified editor guest subscriber member "
    "автор модератор админ redaktion moderation autor autorin modérateur auteur".split()
)


def _without_badge_words(name: str) -> str:
    """ "Grace Lindqvist Mod" is "Grace Lindqvist" (in a header with a time, where the name ends)."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1].casefold() in _NAME_BADGES:
        tokens.pop()
    return " ".join(tokens) if len(tokens) < len(name.split()) and is_name(" ".join(tokens)) else name


def _without_badges(line: str) -> str:
    """Drop the widget words a header carries between its separators: "harbourwatcher • 13 days ago •
    edited" is "harbourwatcher • 13 days ago", "Jane • Mod • 2h" is "Jane • 2h"."""
    if "•" not in line and "·" not in line and "|" not in line:
        return line
    parts = [part for part in _PART_SEPARATOR.split(line) if part.strip()]
    kept = [
        part for part in parts if ui_words_kind(part) != "chrome" or strip_timestamp(part)[2]
    ]  # (times stay)
    return " • ".join(kept) if 1 <= len(kept) < len(parts) else line


def _author_and_target(line: str) -> Header | None:
    """Read "Pete Ramirez  Olga S. • 2 weeks ago": an author, then (after a wide space, where a dump
    joins two elements) the name of the author replied to, then a time."""
    if "  " not in line:
        return None
    left, right = _WIDE_SPACE.split(line.strip(), maxsplit=1)
    author = normalise_author(left)
    if author is None or not is_name(author) or _WIDE_SPACE.search(right):
        return None
    target = _parse_header(right)
    if target is None or target.author is None or not target.timestamp or target.reply_to is not None:
        return None
    return replace(target, author=author, reply_to=target.author, strong=True)


_MAX_LABEL_WORDS = 8


def is_author_label(line: str) -> bool:
    """Tell a short line that can be a display name when a timestamp under it says it is an author
    line: a few words, no sentence, no date, no widget words ("Sam in Swindon", "ольга_1985")."""
    words = line.split()
    return (
        1 <= len(words) <= 5
        and word_count(line) <= _MAX_LABEL_WORDS  # (a CJK sentence has no spaces, yet many words)
        and len(line) <= 40
        and any(c.isalpha() for c in line)
        and _SENTENCE_END.search(line) is None
        and parse_date(line) is None
        and not is_relative_time(line)
    )
