"""A page that is a run of mail messages: a list digest (Mailman's "Message: 2" / "Date:" / "From:"
blocks), a saved mailbox, a mail archive's thread copied as text.

Such a page says who wrote each message, when, and which message it answers in its header lines
(``From: Name <address>``, ``Date:``, ``Message-ID: <id>``, ``In-Reply-To: <id>``), so the thread is
read from them rather than from the lines between messages: a subject "Re: Topic (Name)" in a
digest's table of contents is no author line. The first message that answers none is the article;
the others are its comments, each replying to the message its ``In-Reply-To`` names (none when
that is the article). Bodies lose their signature (``-- `` and a few lines) and a first line that
repeats the subject (a newsletter's headline over its text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from slant._document import Part
from slant.readers._dates import find_date
from slant.readers._html_mail import REPLY_SUBJECT_WORDS, without_signature
from slant.readers._names import is_name, normalise_author

__all__ = ["MailThread", "read_mail_thread"]

# A header line: an RFC 5322 field name, a colon, a value ("Message-ID: <...>", "In-Reply-To: <...>").
_FIELD = re.compile(r"^(?P<name>[A-Za-z][A-Za-z-]{1,30}):[ \t]+(?P<value>\S.*)$")
# "Helen Marsh <helen@example.org>", "\"Marsh, Helen\" <...>", "helen@example.org (Helen Marsh)"
_NAME_ADDRESS = re.compile(r"^\s*\"?(?P<name>[^<\"]+?)\"?\s*<[^>]*>\s*$")
_ADDRESS_NAME = re.compile(r"^\s*\S+@\S+\s+\((?P<name>[^)]+)\)\s*$")
# "[Rivermead-news] Library ...": the list's tag before a subject
_LIST_TAG = re.compile(rf"^\s*(?:(?:{REPLY_SUBJECT_WORDS})\s*:\s*)*\[[^\]]{{1,60}}\]\s*", re.IGNORECASE)
_REPLY_PREFIX = re.compile(rf"^\s*(?:(?:{REPLY_SUBJECT_WORDS})\s*:\s*)+", re.IGNORECASE)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
# A rule between messages (a digest's "------------------------------"), or a line of stars at its end.
_RULE = re.compile(r"^\s*(?:-{10,}|\*{10,}|={10,}|_{10,})\s*$")
# The fields that make a block a message's head: a sender and one of these.
_SENDER = "from"
_WITH_SENDER = frozenset({"date", "subject", "message-id", "sent"})
_BLANK_RUN = re.compile(r"\n{3,}")
# A page is read as mail when at least this many messages have a head.
MIN_MESSAGES = 2


@dataclass(slots=True)
class _Message:
    fields: dict[str, str]
    body: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class MailThread:
    """The article (a message's subject, body, sender and date), its comments, and the lines left over."""

    title: str | None
    article: str
    author: str | None
    published: str | None
    comments: list[Part]
    chrome: list[str]


def read_mail_thread(text: str) -> MailThread | None:
    """Read ``text`` as a run of mail messages, or None when fewer than :data:`MIN_MESSAGES` of its
    blocks are message heads (a "From:" line with a "Date:", "Subject:" or "Message-ID:" beside it)."""
    if text.count("From:") + text.count("from:") < MIN_MESSAGES:
        return None  # the common case, decided without splitting the page
    lines = text.split("\n")
    messages, chrome = _messages(lines)
    if len(messages) < MIN_MESSAGES:
        return None
    ids = {_first_id(message.fields.get("message-id", "")): index for index, message in enumerate(messages)}
    opener = next((index for index, message in enumerate(messages) if "in-reply-to" not in message.fields), 0)
    article = messages[opener]
    subject = _subject(article.fields.get("subject", ""))
    comments: list[Part] = []
    positions: dict[int, int] = {}
    for index, message in enumerate(messages):
        if index == opener:
            continue
        answered = ids.get(_first_id(message.fields.get("in-reply-to", "")))
        parent = positions.get(answered) if answered is not None else None
        positions[index] = len(comments)
        comments.append(
            Part(
                _body(message.body, subject),
                kind="comment",
                id=f"c{len(comments) + 1}",
                author=_sender(message.fields.get(_SENDER, "")),
                parent=None if parent is None else f"c{parent + 1}",
                published=_date(message.fields),
            )
        )
    sent = _date(article.fields)
    return MailThread(
        title=subject or None,
        article=_body(article.body, subject),
        author=_sender(article.fields.get(_SENDER, "")),
        published=sent[:10] if sent is not None else None,  # an article's date, as the head gives it
        comments=comments,
        chrome=chrome,
    )


def _messages(lines: Sequence[str]) -> tuple[list[_Message], list[str]]:
    """Cut the lines into messages at their heads; lines outside any message are chrome."""
    messages: list[_Message] = []
    chrome: list[str] = []
    current: _Message | None = None
    index = 0
    while index < len(lines):
        head, end = _head(lines, index)
        if head is not None:
            chrome.extend(line.strip() for line in lines[index:end] if line.strip())
            current = _Message(head)
            messages.append(current)
            index = end
            continue
        line = lines[index]
        if _RULE.match(line):
            current = None  # the rule ends the message; what follows until the next head is chrome
        elif current is not None:
            current.body.append(line)
        elif line.strip():
            chrome.append(line.strip())
        index += 1
    return messages, chrome


def _head(lines: Sequence[str], start: int) -> tuple[dict[str, str] | None, int]:
    """The fields of a message head starting at ``start`` (a block of header lines, their indented
    continuations, ended by a blank line), and the index after it; None when there is none."""
    if start > 0 and lines[start - 1].strip():
        return None, start  # a head opens a block
    fields: dict[str, str] = {}
    index = start
    while index < len(lines) and lines[index].strip():
        line = lines[index]
        matched = _FIELD.match(line)
        if matched is not None:
            name = matched.group("name").lower()
            fields.setdefault(name, matched.group("value").strip())
        elif not (line[:1].isspace() and fields):
            return None, start  # a line that is neither a field nor a continuation: prose
        index += 1
    if _SENDER not in fields or not _WITH_SENDER & fields.keys():
        return None, start
    return fields, index


def _first_id(value: str) -> str:
    found = _MESSAGE_ID.search(value)
    return found.group() if found is not None else ""


def _subject(value: str) -> str:
    return _REPLY_PREFIX.sub("", _LIST_TAG.sub("", value)).strip()


def _sender(value: str) -> str | None:
    matched = _NAME_ADDRESS.match(value) or _ADDRESS_NAME.match(value)
    name = normalise_author(matched.group("name").strip()) if matched is not None else None
    if name is not None and is_name(name, any_case=True):
        return name
    return None


def _date(fields: dict[str, str]) -> str | None:
    for name in ("date", "sent"):
        if name in fields:
            found = find_date(fields[name], with_time=True)
            if found is not None:
                return found[0]
    return None


def _body(lines: Sequence[str], subject: str) -> str:
    kept = without_signature([line.rstrip() for line in lines])
    while kept and not kept[0].strip():
        kept.pop(0)
    if kept and subject and kept[0].strip() == subject:
        kept.pop(0)  # the headline over a newsletter's text: the subject repeated
    return _BLANK_RUN.sub("\n\n", "\n".join(kept).strip("\n"))
