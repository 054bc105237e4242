"""What a comment block says about itself outside its running text (issue 14, session 9).

Web components and script-built lists often carry a comment's author, time, depth and key in the
block's attributes rather than in its text (``<xyz-comment author="Ann" created="2025-03-01T10:00"
depth="2" parentid="c7">``), and some templates print the name only as loose words in the line that
holds the time ("#1 <time>Le 10/06/2025</time> Nathalie a dit :"). These read those signs by the
attribute's name and the value's shape, never by a site's names: an author is a short name-like
value of an attribute named for an author, user or name; a depth a small integer; a time a value
the date reader parses.

Every function looks at one element (or one short line) only: no walk.
"""

from __future__ import annotations

import re
from typing import Any

from slant.readers._comment_words import NUMBER_SIGN
from slant.readers._dates import to_iso
from slant.readers._html_fields import BYLINE_WORDS, SPEECH_TAIL

__all__ = [
    "attribute_author",
    "attribute_depth",
    "attribute_time",
    "is_key_attribute",
    "name_after_time",
    "name_beside_time",
]

# What an attribute's name may say before its role: the comment's own ("data-comment-level"), never
# a user's ("data-user-level" is a rank, "data-user-created" the account's age)
_OWN = r"(?:data-)?(?:(?:comment|reply|thread|tree|post|message|item|note|entry|node)[-_]?)?"
# "author", "data-author", "username", "data-display-name", "comment-author"; not "author-id", "file-name"
_AUTHOR_ATTRIBUTE = re.compile(
    r"^(?:data-)?(?:(?:comment|commenter|author|user|display|screen|poster|post)[-_]?)?"
    r"(?:author|user|username|user-?name|nick|nickname|name|commenter|poster)$"
)
# "depth", "data-depth", "level", "data-comment-level", "indent", "nesting"
_DEPTH_ATTRIBUTE = re.compile(_OWN + r"(?:depth|level|indent|nesting)$")
# "created", "data-time", "timestamp", "posted-at", "data-comment-date", "datetime"
_TIME_ATTRIBUTE = re.compile(
    _OWN + r"(?:time|date|datetime|timestamp|created|created-?at|posted|posted-?at|published|published-?at)$"
)
# the names of a block's own key: "id", "data-id", "commentid", "data-comment-key", "cid"; never a
# parent's, an author's or a page's key, nor a word ending in "id" ("valid", "grid")
_KEY_ATTRIBUTE = re.compile(_OWN + r"(?:id|key)$|^(?:data-)?c-?(?:id|key)$")
_NOT_OWN_KEY = re.compile(r"parent|reply-?to|author|user|member|post|thread|topic|page|article|story|video")
_MAX_DEPTH = 30
_MAX_NAME_CHARACTERS = 40
_MAX_HEADER_CHARACTERS = 120
# "#1", "No. 3", "12." before or after a name in a header line: the comment's number, not its name
_NUMBER = re.compile(rf"{NUMBER_SIGN}\d+|^\d+\.?(?=\s)|\s\d+\.?$", re.IGNORECASE)
_SEPARATORS = " \t-–—·•|,:;"


def attribute_author(element: Any) -> str | None:
    """The author an attribute of ``element`` names (``author="Ann"``, ``data-username="ann_k"``),
    or None. The value is returned as given; the caller checks it looks like a name."""
    for name, value in element.attrib.items():
        text = " ".join(str(value).split())
        if (
            text
            and len(text) <= _MAX_NAME_CHARACTERS
            and _AUTHOR_ATTRIBUTE.match(name.lower())
            and not text.isdigit()
            and "/" not in text
        ):
            return text
    return None


def attribute_depth(element: Any) -> int | None:
    """The thread depth an attribute of ``element`` gives (``depth="2"``, ``data-comment-level="1"``):
    a small integer only, or None."""
    for name, value in element.attrib.items():
        text = str(value).strip()
        if text.isdigit() and int(text) <= _MAX_DEPTH and _DEPTH_ATTRIBUTE.match(name.lower()):
            return int(text)
    return None


def attribute_time(element: Any) -> str | None:
    """The ISO time an attribute of ``element`` gives (``created="2025-03-01T10:00:00"``,
    ``data-timestamp="1740823200"``), or None when no time-named attribute holds a date."""
    for name, value in element.attrib.items():
        if not _TIME_ATTRIBUTE.match(name.lower()):
            continue
        text = str(value).strip()
        iso = to_iso(text) if not text.isdigit() else _from_epoch(text)
        if iso is not None:
            return iso
    return None


def _from_epoch(digits: str) -> str | None:
    """Seconds (10 digits) or milliseconds (13) since 1970, as an ISO time in UTC; None otherwise."""
    import datetime

    if len(digits) not in (10, 13):
        return None
    seconds = int(digits) / (1000 if len(digits) == 13 else 1)
    moment = datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
    if not 2000 <= moment.year <= 2100:
        return None
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")


def is_key_attribute(name: str) -> bool:
    """Whether an attribute called ``name`` holds its element's own key (``commentid``, ``data-key``)."""
    lowered = name.lower()
    return bool(_KEY_ATTRIBUTE.match(lowered)) and not _NOT_OWN_KEY.search(lowered)


def name_beside_time(time_element: Any, block: Any) -> str | None:
    """The loose words beside a comment's time in its header line, without the comment's number and
    a speech verb: "#1 <time>Le 10/06/2025 à 19:21</time> Nathalie a dit :" gives "Nathalie". None
    when the time has no short header line of its own below the block. The caller checks the words
    look like a name."""
    header = time_element.getparent()
    if header is None or header is block or not isinstance(header.tag, str):
        return None
    if len(header.text_content()) > _MAX_HEADER_CHARACTERS:
        return None
    pieces = [header.text or ""]
    for child in header:
        if (
            child is not time_element
            and isinstance(child.tag, str)
            and not _NUMBER.fullmatch(" ".join(child.text_content().split()))
        ):
            pieces.append(child.text_content())
        pieces.append(child.tail or "")
    text = " ".join(" ".join(pieces).split())
    text = _NUMBER.sub(" ", text)
    text = " ".join(text.split()).strip(_SEPARATORS)
    # a speech verb after the name ("Nathalie a dit :", "Ann says:", "Ben schrieb:", "Иван пишет:")
    text = SPEECH_TAIL.sub("", text).strip(_SEPARATORS)
    return text or None


# what follows a comment's time to the end of its line: a byline word and a name ("… ago by ann.k")
_BYLINE_AFTER = re.compile(rf"^\s*{BYLINE_WORDS}\s+(\S+(?:\s+\S+){{0,3}})\s*$", re.IGNORECASE)


def name_after_time(time_element: Any) -> str | None:
    """The name that ends the time's header line after a byline word: "Changed <a>6 weeks ago</a>
    by marisol.tan" gives "marisol.tan". The header says whose the comment is in words, so this
    outranks a name-like element elsewhere in the block (a field label in a list of changes). None
    when the words after the time are anything else, or the time has elements after it in its line.
    The time may be the whole header line, its last element the time ("<h3>comment:2 Changed
    <a>6 weeks ago</a> by jonas.berg</h3>"). The caller checks the words look like a name."""
    if len(time_element):
        line_end = time_element[-1].tail
    elif time_element.getnext() is None:
        line_end = time_element.tail
    else:
        return None
    found = _BYLINE_AFTER.match(line_end or "")
    return found.group(1) if found else None
