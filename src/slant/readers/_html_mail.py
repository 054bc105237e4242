"""The conventions of plain-text mail in comments: quoted lines and signatures.

Mailing-list archives (HyperKitty, Pipermail), bug trackers (Bugzilla, Debian's) and plain-text
forums write a reply as mail is written: the lines it answers quoted with "> " under an
"On <date>, X wrote:" line, the reply, and a signature after a "-- " line. The quoted lines are the
earlier comment's words and the signature is the sender's name again: neither is the comment.
A forum drawn as mail does the same in its markup: a signature in an element of its own
(``p.signature``) and a subject line "Re: <the thread's title>" over each reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from slant.readers._dates import find_date
from slant.readers._names import normalise_author

__all__ = [
    "REPLY_SUBJECT_WORDS",
    "SIGNATURE_MARKS",
    "MailHead",
    "is_quoted_line",
    "is_reply_subject",
    "is_signature",
    "mail_head",
    "without_signature",
]

# A signature is the sender's name, a title, an address: a few short lines after the "-- " line.
_MAX_SIGNATURE_LINES = 4
_MAX_SIGNATURE_LINE_CHARACTERS = 80
_SIGNATURE_RULE = "--"
# a forum's signature rule drawn in underscores (phpBB's "_________________")
_MIN_DRAWN_RULE = 5
_DRAWN_RULE = re.compile(f"_{{{_MIN_DRAWN_RULE},}}")
#: What a text holding a signature rule holds (a test before the lines are split: most have neither).
SIGNATURE_MARKS = (_SIGNATURE_RULE, "_" * _MIN_DRAWN_RULE)
# "signature", "user-signature", "posting_signature", "sig", "usersig"
_SIGNATURE_NAME = re.compile(r"(?:^|[-_])(?:signature|sig|usersig)$")
# "Re: Lohnt sich ein Balkonkraftwerk?", "AW: …", "Re[2]: …", "Réf : …": the subject of a reply
#: The words mail clients put before a reply's subject, as an alternation (English, German,
#: Scandinavian, Dutch, French).
REPLY_SUBJECT_WORDS = "re|aw|sv|antw|réf"
_REPLY_SUBJECT = re.compile(rf"^(?:{REPLY_SUBJECT_WORDS})(?:\[\d+\]|\^\d+)?\s?:\s*\S", re.IGNORECASE)
_MAX_SUBJECT_CHARACTERS = 120


def is_quoted_line(line: str) -> bool:
    """Whether a line quotes mail it answers ("> I propose a weekly rota", ">> older")."""
    return line.lstrip().startswith(">")


def without_signature(lines: list[str]) -> list[str]:
    """The lines without a trailing signature: a "-- " line (or a forum's rule of underscores) and at
    most a few short lines after it (a lone "--" further up, or with a long text after it, is the
    writer's own dash)."""
    # the rule is the last line or up to _MAX_SIGNATURE_LINES above it, never the first line
    for position in range(len(lines) - 1, max(len(lines) - 2 - _MAX_SIGNATURE_LINES, 0), -1):
        rule = lines[position].strip()
        if rule == _SIGNATURE_RULE or _DRAWN_RULE.fullmatch(rule):
            after = lines[position + 1 :]
            if all(len(line.strip()) <= _MAX_SIGNATURE_LINE_CHARACTERS for line in after):
                return lines[:position]
    return lines


def is_signature(element: Any) -> bool:
    """Whether an element is a commenter's signature by its class ("signature", "user-signature")."""
    classes = element.get("class")
    if not classes or "sig" not in classes.lower():
        return False  # the common case: no class, or none near the word
    return any(_SIGNATURE_NAME.search(name) for name in classes.lower().split())


def is_reply_subject(line: str) -> bool:
    """Whether a comment's first line is a reply's subject ("Re: <the thread's title>")."""
    # the look at its colon first: most first lines have none near their start
    return ":" in line[:8] and len(line) <= _MAX_SUBJECT_CHARACTERS and _REPLY_SUBJECT.match(line) is not None


# A message's header lines: "From: Ilse Marchetti <ilse@mail.example> @ 2025-03-03 10:21 UTC (permalink)",
# "Date: …", "To: …", "Cc: …", "Subject: …"; an archive's own marks ("* Subject") may open them.
_HEADER_LINE = re.compile(r"^\s*(?:from|date|to|cc|subject|sent)\s*:", re.IGNORECASE)
_FROM_LINE = re.compile(r"^\s*from\s*:\s*(?P<name>[^<@\n]+?)\s*(?:<[^>\n]*>|\(|@\s|$)", re.IGNORECASE)
_DATE_LINE = re.compile(r"^\s*(?:date|sent)\s*:", re.IGNORECASE)
_MAX_LINES_BEFORE_HEADERS = 2


@dataclass(frozen=True, slots=True)
class MailHead:
    """What a message's header lines say: the sender's name, when it was sent, and the text below."""

    author: str
    published: str | None
    body: str


def mail_head(text: str) -> MailHead | None:
    """A message written out as mail with its headers (an archive's ``<pre>`` per message): the
    "From:" line's name, the date of that line or of a "Date:" line, and the text after the blank
    line that ends the headers. None when the text does not open with a "From:" header."""
    lines = text.lstrip("\n").split("\n")
    start = next(
        (
            number
            for number, line in enumerate(lines[: _MAX_LINES_BEFORE_HEADERS + 1])
            if _FROM_LINE.match(line)
        ),
        None,
    )
    if start is None:
        return None
    end = start
    while (
        end < len(lines)
        and lines[end].strip()
        and (_HEADER_LINE.match(lines[end]) or lines[end][:1].isspace())
    ):
        end += 1  # header lines, and their continuation lines (indented)
    sender = _FROM_LINE.match(lines[start])
    author = normalise_author(sender.group("name").strip(" \"'")) if sender is not None else None
    if not author:
        return None
    published = None
    for number in range(start, end):
        line = lines[number]
        if number == start or _DATE_LINE.match(line):
            found = find_date(line, with_time=True)
            if found is not None:
                published = found[0]
                break
    return MailHead(author, published, "\n".join(lines[end:]).strip("\n"))
