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
from typing import Any

__all__ = ["SIGNATURE_MARKS", "is_quoted_line", "is_reply_subject", "is_signature", "without_signature"]

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
_REPLY_SUBJECT = re.compile(r"^(?:re|aw|sv|antw|réf)(?:\[\d+\]|\^\d+)?\s?:\s*\S", re.IGNORECASE)
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
