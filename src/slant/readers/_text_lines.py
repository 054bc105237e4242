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

from slant.readers._text_chrome import (
    is_buttons,
    is_chrome,
    is_comments_heading,
    is_reply_form,
    ui_words_kind,
)
from slant.readers._text_dates import find_date, is_month_year, is_relative_time, parse_date, strip_timestamp

__all__ = [
    "Header",
    "LineKind",
    "classify",
    "forum_subject",
    "is_author_label",
    "is_prose",
    "is_role_line",
    "normalise_author",
    "parse_byline",
    "place_signature",
    "word_count",
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


_NUMBER = re.compile(
    r"^(?:#\s?(?P<hash>\d{1,4}(?:\.\d{1,3})*)|(?P<plain>\d{1,3}(?:\.\d{1,3})*)[.):])(?=\s|$)\s*(?P<rest>.*)$"
)
_SAYS = re.compile(
    r"^(?P<name>.+?)\s+(?:says|said|wrote|writes|commented|comments|replied|posted)\s*(?P<rest>:.*|\.\.\.|…|)$",
    re.IGNORECASE,
)
_REPLIED_TO = re.compile(
    r"^(?P<name>.+?)\s+(?:replied\s+to|in\s+reply\s+to|replying\s+to|reply\s+to|→|->|►|▸)\s+(?P<target>.+?)\s*:?$"
    # "Réponse de Sophie_B à Edouard M.", "Antwort von X an Y", "Ответ X для Y"
    r"|^(?:réponse|antwort|ответ|reply|response)\s+(?:de|von|от|from|by)?\s*(?P<name2>.+?)\s+(?:à|an|auf|для|на|to)\s+"
    r"(?P<target2>.+?)\s*:?$",
    re.IGNORECASE,
)
_REPLY_TO = re.compile(
    r"^(?:in\s+reply\s+to|reply\s+to|replying\s+to|in\s+response\s+to|response\s+to|replied\s+to|↪|"
    r"antwort\s+auf|als\s+antwort\s+auf|réponse\s+à|en\s+réponse\s+à|répondre\s+à|ответ\s+(?:на|для)|"
    r"в\s+ответ\s+на)"
    r"\s+(?P<target>.{1,60}?)\s*[.:]?$",
    re.IGNORECASE,
)
_TARGET_NUMBER = re.compile(r"^#\d[\d.]*\s+(?:von|by|de|от|di)\s+", re.IGNORECASE)  # "#1 von hansdampf"
_SIGNATURE = re.compile(r"^(?:--|—|–|~)\s*(?P<name>[^,]{1,40})(?:,\s*.{1,40})?$")
_SUBJECT = re.compile(r"^(?:re|на)\s*:\s*\S.{0,200}$", re.IGNORECASE)
_QUOTE_BY = re.compile(
    r"^(?:originally\s+posted\s+by|quote\s+from\s*:?|quoting|цитата\s*(?:от|:)?|сообщение\s+от)\s+(?P<name>.{1,40}?)"
    r"(?:\s+on\s+.{1,40})?\s*[:.]?$",
    re.IGNORECASE,
)
_POSTED_BY = re.compile(
    r"^(?:(?:post(?:ed)?|comment(?:ed)?|written|reply|answer|сообщение)\s+)?(?:by|от)\s+", re.IGNORECASE
)
_PLACE_IN_BRACKETS = re.compile(r"(?<=\S)\s+\([^()\d]{1,30}\)$")
_PLACE_SIGNATURE = re.compile(r"^(?:--|—|–|~)?\s*(?P<name>[^,]{1,40}),\s*(?P<place>[^,]{1,40})$")
_TRAILING_MARKER = re.compile(r"\s+[\[(][–+\-−][\])]$")  # a thread's collapse toggle: "[–]", "[+]"
_PLACEHOLDER = re.compile(
    r"^[\[(]?(?:deleted|удален[оа]?|удалён|gelöscht|supprimé)[\])]?$|^(?:deleted|former)\s+(?:user|member|account)$|"
    r"^пользователь\s+удал[её]н$|^gelöschte[rs]?\s+(?:benutzer|nutzer|user)$|^utilisateur\s+supprimé$",
    re.IGNORECASE,
)
_SYMBOLS_ONLY = re.compile(r"^[^\w\s]+(?:\s+[^\w\s]+)*$")
_LEVEL = re.compile(r"^(?:level|уровень)\s+(\d{1,2})$", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"^[^\W_][\w'’.\-]*$")
_HANDLE = re.compile(r"^[\w][\w.\-]{0,39}(?:@[\w][\w.\-]{0,60})?$")  # "jane_d", "jane@mastodon.social"
_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "al", "el", "du", "dos"}
)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# English words that do not occur in people's names or handles; a short line made of words like these
# is a subheading or a one-line comment, not an author line.
_FUNCTION_WORDS = _word_set(
    """a an the of in on at to for from by with and or but nor is are was were be been am this that these those
    it its i you he she we they my your our their me us what why how when where who whom which not no yes so
    if as do does did has have had would could should just very all some any more most than then there here
    about into over after before up down out again only also too"""
)
# One-word lines that people post as a whole comment, or use as subheadings, rather than as names.
_NOT_NAMES = _word_set(
    """agreed agree exactly true amen thanks thank lol lmao rofl haha hahaha yes no wow indeed correct right
    bravo nonsense rubbish propaganda fake ok okay sure great good nice wrong why what really absolutely
    same this that update updated background analysis conclusion context reaction related comments
    source sources note summary introduction video photo photos gallery watch listen advertisement
    disclaimer editor correction sad shame disgusting excellent brilliant quote cite regards cheers цитата"""
)
# Longer lines are text: no widget, heading or cookie notice is longer, and no header line (a name,
# a number, a timestamp) comes near the second bound. Checking them costs more than everything else.
_MAX_CHROME_CHARS = 400
_MAX_HEADER_CHARS = 160
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
_TRAILING_DOTS = re.compile(r"\s+[.:]+$")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


def word_count(text: str) -> int:
    """Count the white-space separated words of ``text``."""
    return len(text.split())


def is_prose(line: str) -> bool:
    """Tell a paragraph of running text: a sentence or more, not a headline or a widget."""
    words = word_count(line)
    return (words >= 6 and _SENTENCE_END.search(line) is not None) or words >= 30


def classify(line: str) -> tuple[LineKind, Header | None]:
    """Say what kind of line ``line`` (stripped of its indentation) is.

    Args:
        line: one line of the dump, without leading or trailing white space.

    Returns:
        The kind, and for header-like lines what the header says.
    """
    if len(line) > _MAX_CHROME_CHARS:
        return LineKind.TEXT, None
    if is_month_year(line) or is_chrome(line):
        return LineKind.CHROME, None
    if _DIGIT.search(line) is None and word_count(line) >= 7 and _SENTENCE_END.search(line) is not None:
        return LineKind.TEXT, None  # a sentence without a number is no header, timestamp or heading
    if is_reply_form(line):
        return LineKind.REPLY_FORM, None
    if is_comments_heading(line):
        return LineKind.COMMENTS_HEADING, None
    reply_to = _REPLY_TO.match(line)
    if reply_to:
        target = normalise_author(_TARGET_NUMBER.sub("", reply_to.group("target")))
        if target is not None and _is_name(target):
            return LineKind.REPLY_TO, Header(LineKind.REPLY_TO, reply_to=target)
    if _SUBJECT.match(line):
        return LineKind.CHROME, None  # a forum post's "Re: <topic>" subject line
    quoted = _QUOTE_BY.match(line)
    if quoted:
        source = normalise_author(quoted.group("name"))
        if source is not None and _is_name(source):
            return LineKind.QUOTE_BY, Header(LineKind.QUOTE_BY, reply_to=source)
    if is_buttons(line):
        return LineKind.BUTTONS, None
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
        if name is not None and _is_name(name):
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
    if len(line) > _MAX_HEADER_CHARS:
        return LineKind.TEXT, None
    rest, published, has_time = strip_timestamp(line)
    if has_time and not rest:
        return LineKind.TIMESTAMP, Header(LineKind.TIMESTAMP, published=published, timestamp=True)
    if has_time and is_buttons(rest):
        return LineKind.BUTTONS, Header(LineKind.BUTTONS, published=published, timestamp=True)
    if has_time and _DATE_LABEL.match(line) and (parse_byline(line) or ("", None))[0] is None:
        return LineKind.TIMESTAMP, Header(LineKind.TIMESTAMP, published=published, timestamp=True)
    header = _parse_header(line)
    if header is not None:
        return header.kind, header
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
    if kind is None and _SYMBOLS_ONLY.match(line):
        kind = "buttons"  # "− ⚑", "△ ▽": vote arrows and flags
    if kind is None or parse_byline(line) is not None:
        return None  # (not "Post by admin » Mon Nov 28, 2016 9:00 am": a byline)
    line_kind = LineKind.BUTTONS if kind == "buttons" else LineKind.CHROME
    if has_time and line_kind is LineKind.BUTTONS:
        return line_kind, Header(LineKind.BUTTONS, published=published, timestamp=True)
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
    return name if _is_name(name) and _is_name(place) and place[:1].isupper() else None


def normalise_author(name: str) -> str | None:
    """Normalise an author name: "northerntruthseeker ." and "@northerntruthseeker" are "northerntruthseeker"."""
    name = _SPACES.sub(" ", name).strip()
    name = _TRAILING_DOTS.sub("", name).strip()
    name = name.lstrip("@").strip().strip(",:;·•|").strip()
    return name or None


def parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """Read a byline or a date line: "By Jane Doe | Nov 28, 2016", "Posted on March 2, 2021 by Ellen Park".

    Returns:
        The author and the ISO date the line names (either may be None), or None when the line is
        neither a byline nor a date line.
    """
    line = _GLUED_UPDATED.sub(" ", line)  # "20231:15 PM GMTUpdated 2 hours ago"
    body = _UPDATED_TAIL.sub("", _DATE_LABEL.sub("", line, count=1))
    published: str | None = None
    found = find_date(body)
    if found is not None:
        published, start, end = found
        body = body[:start] + " " + body[end:]
    body, _, _ = strip_timestamp(body.strip(" |·•,-–—:"))
    body = _TRAILING_TIME.sub("", body).strip(" |·•,-–—:")
    body = _LEADING_TIME.sub("", body).strip(" |·•,-–—:")
    if not body or (published is not None and is_chrome(body)):
        return (None, published) if published is not None else None  # "2,481,093 views  Jan 14, 2022"
    match = _BYLINE.match(body)
    if match is None:
        # "Sophie Lambert | December 9, 2023": a name of two or more words beside the date;
        # "Jenna Ruiz, staff reporter": a name and a journalist's role
        name, _, role = body.partition(",")
        author = normalise_author(name if role and is_role_line(role) else body)
        if author is None or len(author.split()) < 2 or not (_is_byline_name(author) and _is_name(author)):
            return None
        return (author, published) if published is not None or (role and is_role_line(role)) else None
    name = re.split(r"\s*(?:[|·•,(»]|\s[–—-]\s)\s*", match.group("rest"), maxsplit=1)[0]
    author = normalise_author(name)
    if author is None or not _is_byline_name(author):
        return None
    return author, published


def _is_byline_name(name: str) -> bool:
    tokens = name.split()
    if len(tokens) == 1 and _BYLINE_HANDLE.match(name):
        return True  # "u/newsbot_3000", "jdoe"
    return 1 <= len(tokens) <= 8 and all(
        token[0].isupper() or token.lower() in _PARTICLES or token.lower() in {"and", "&"} for token in tokens
    )


_UPDATED_TAIL = re.compile(
    r"(?<=\S),?\s+\(?(?:updated|обновлено|изменено|aktualisiert|modifié|mis\s+à\s+jour)\b.*$", re.IGNORECASE
)
_GLUED_UPDATED = re.compile(r"(?<=[A-Za-z0-9])(?=Updated\b)")
_TRAILING_TIME = re.compile(r"\s+(?:at\s+)?[0-2]?\d:[0-5]\d\s*(?:[ap]\.?m\.?)?$", re.IGNORECASE)
# "10:14 EDT, 3 February 2022": a time of day (and its zone) before the date
_LEADING_TIME = re.compile(
    r"^[0-2]?\d[:.h][0-5]\d\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}\b)?(?=\s*(?:,|$))", re.IGNORECASE
)
_BYLINE_HANDLE = re.compile(r"^[\w][\w./-]{1,39}$")
_DATE_LABEL = re.compile(
    r"^[\s\-–—•·]*(?:published|posted|date|first\s+published|originally\s+published|posted\s+on|published\s+on|"
    r"updated|last\s+updated|dated?|опубликовано|дата(?:\s+публикации)?|обновлено|veröffentlicht|aktualisiert|"
    r"stand|erschienen|publié|mis\s+à\s+jour|modifié)\s*(?:on|at|am|le|:)?\s*:?\s*|^\s*(?:le|am|on)\s+(?=\d)",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by|written\s+by|posted\s+by|post\s+by|author\s*:|words\s+by|reporting\s+by|автор\s*:?|текст\s*:|von|"
    r"ein\s+(?:kommentar|bericht|artikel|gastbeitrag)\s+von|par|por|autor\s*:|auteur\s*:)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


def _parse_header(line: str) -> Header | None:
    number: str | None = None
    line = _TRAILING_MARKER.sub("", line)
    rest = line
    numbered = _NUMBER.match(line)
    if numbered:
        number = numbered.group("hash") or numbered.group("plain")
        rest = numbered.group("rest").strip()
        if not rest:
            return Header(LineKind.NUMBER, number=number, strong=True)
        after, when, timed = strip_timestamp(rest.strip(" ·•|-–—"))
        if timed and not after:  # "#1 — vor 3 Stunden"
            return Header(LineKind.NUMBER, number=number, strong=True, published=when, timestamp=True)
    strong = False  # a number alone does not make a header: "1. Angela Merkel" may rank people in an article
    quote_intro = False
    published: str | None = None
    has_time = False
    says = _SAYS.match(rest)
    if says:
        # "Jane says:", "Jane says: March 3, 2021 at 5:12 pm", "Jane on March 3, 2021 at 5:12 pm said:"
        after, published, has_time = strip_timestamp(says.group("rest").lstrip(":.…").strip())
        if after:
            return None
        quote_intro = says.group(0).lower().rstrip(": ").endswith(("wrote", "writes", "said"))
        rest, strong = says.group("name"), True
    rest, published_here, time_here = strip_timestamp(rest)
    published, has_time = published or published_here, has_time or time_here
    # "Jane wrote:" over a "> " quotation introduces it inside a comment; with a date it is an
    # e-mail style header ("On Feb 9, 2024, Jane wrote:") that opens a comment.
    quote_intro = quote_intro and not has_time
    strong = strong or has_time
    if _POSTED_BY.match(rest):
        rest, strong = _POSTED_BY.sub("", rest, count=1), True  # "Post by jane » Mon Nov 28, 2016 9:00 am"
    reply_to: str | None = None
    replied = _REPLIED_TO.match(rest)
    if replied:
        target = normalise_author(replied.group("target") or replied.group("target2"))
        if target is not None and _is_name(target):
            rest, reply_to, strong = replied.group("name") or replied.group("name2"), target, True
    dump_marker = (
        re.search(r"\s\.$", rest) is not None
    )  # "northerntruthseeker .": an author line beyond doubt
    if dump_marker or rest.startswith("@"):
        strong = True
    if has_time and "," in rest:
        name, *places = (part.strip() for part in rest.split(","))
        if places and all(_is_name(place) and place[:1].isupper() for place in places) and _is_name(name):
            rest, strong = name, True  # "Jules W, Bristol, United Kingdom, 1 year ago"
    author = normalise_author(_PLACE_IN_BRACKETS.sub("", rest))  # "John Hartley (Sheffield)"
    if author is not None and has_time and _PLACEHOLDER.match(author):
        return Header(LineKind.HEADER, published=published, timestamp=True, strong=True)  # a deleted user
    if author is None or not _is_name(author, any_case=dump_marker):
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


def _is_name(name: str, *, any_case: bool = False) -> bool:
    """Tell a person's name or a user handle: one to four name-like words, no sentence, no date.

    Names of several words must be capitalised ("Kim Jong"), unless ``any_case`` (the line carries
    an author marker, so "mike tanner fan ." is a name too).
    """
    if len(name) > 40 or is_relative_time(name) or parse_date(name) is not None:
        return False
    tokens = name.split()
    if not 1 <= len(tokens) <= 4:
        return False
    lowered = [token.lower().strip(".") for token in tokens]
    if any(token in _FUNCTION_WORDS for token in lowered):
        return False
    if len(tokens) == 1:
        token = tokens[0]
        return (
            lowered[0] not in _NOT_NAMES
            and _HANDLE.match(token) is not None
            and any(c.isalpha() for c in token)
            and not token.endswith(".")
        )
    if tokens[-1].endswith(".") and len(tokens[-1]) > 2:
        return False  # "Well said." is a sentence; "John Q." is not
    return all(
        _NAME_TOKEN.match(token) is not None
        and (any_case or token[0].isupper() or token.lower() in _PARTICLES)
        for token in tokens
    )


_ROLE_WORDS = frozenset(
    """correspondent correspondents editor editors reporter reporters writer writers journalist columnist
    contributor staff senior chief political health science business economics foreign home affairs
    political security defence defense diplomatic sports sport technology tech culture arts london washington
    moscow paris berlin bureau deputy associate contributing news digital data investigations
    correspondante journaliste rédacteur rédactrice envoyé envoyée spécial spéciale
    korrespondent korrespondentin redakteur redakteurin autor autorin
    корреспондент обозреватель редактор журналист специальный""".split()
)
_ROLE_ANCHORS = (
    "correspondent",
    "editor",
    "reporter",
    "writer",
    "journalist",
    "columnist",
    "contributor",
    "journaliste",
    "rédact",
    "korrespondent",
    "redakteur",
    "корреспондент",
    "обозреватель",
    "редактор",
    "журналист",
    "envoy",
)


def is_role_line(line: str) -> bool:
    """Tell a journalist's role under a byline: "Health correspondent", "Staff Writer"."""
    words = [word.strip(",.&").casefold() for word in line.split()]
    if 2 <= len(words) <= 10 and words[0].startswith(_ACADEMIC) and _SENTENCE_END.search(line) is None:
        return True  # "Professor of Oceanography, University of Southampton"
    return (
        1 <= len(words) <= 5
        and all(word in _ROLE_WORDS or word in {"and", "&", "of", "for", "the", ""} for word in words)
        and any(word.startswith(_ROLE_ANCHORS) for word in words)
    )


_ACADEMIC = (
    "professor",
    "lecturer",
    "researcher",
    "research",
    "fellow",
    "director",
    "senior",
    "associate",
    "assistant",
    "phd",
    "postdoctoral",
    "doctoral",
    "reader",
    "professeur",
    "chercheur",
    "chercheuse",
    "maître",
    "dozent",
    "профессор",
    "доцент",
    "научный",
    "исследователь",
)


def is_author_label(line: str) -> bool:
    """Tell a short line that can be a display name when a timestamp under it says it is an author
    line: a few words, no sentence, no date, no widget words ("Sam in Swindon", "ольга_1985")."""
    words = line.split()
    return (
        1 <= len(words) <= 5
        and len(line) <= 40
        and any(c.isalpha() for c in line)
        and _SENTENCE_END.search(line) is None
        and parse_date(line) is None
        and not is_relative_time(line)
    )
