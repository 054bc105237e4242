"""Reply counts as thread marks: "1 reply", "2 replies", "1 reply by Name" printed under a comment,
over the replies a copy of the page shows flat (Substack, giscus and others lose the nesting when
copied). Used by :mod:`slant.readers._text_thread`.

A count does not always stand over its replies: a collapsed thread prints "14 replies" over the next
top-level comment. So a count marks the next comments as replies only when the page corroborates it:
the count names the next comment's author ("1 reply by Rosalind Achebe"), the commenter answered
writes one of the counted comments (a conversation), or a line closes the run right after the
counted comments and after none of them before ("Write a reply" at the thread's end).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["REPLY_NOUNS", "ReplyCount", "corroborated", "reply_count"]

# A count and the word for replies or answers, maybe "by" and names: "2 replies", "1 reply by Ann
# Lee", "3 Antworten", "2 ответа", "1 réponse". (A button to unfold hidden replies, "View 1 reply",
# opens with a verb: it counts as a mark only when a toggle to hide the replies follows it, see
# ``shown``.)
#: The word for replies after a count, in the languages slant reads ("2 replies", "3 Antworten").
REPLY_NOUNS = (
    r"repl(?:y|ies)|answers?|responses?|antworten|antwort|réponses?|respuestas?|"
    r"risposte|risposta|respostas?|antwoorden|antwoord|odpowied[zź]\w*|svar|vastaus\w*|ответ(?:а|ов)?|"
    r"回复|条回复|件の返信|답글"
)
_NOUNS = rf"(?P<noun>{REPLY_NOUNS})"
_REPLY_COUNT = re.compile(
    r"^(?P<verb>[^\W\d_]{2,12}\s+)?(?P<count>\d{1,4})\s+" + _NOUNS + r""
    r"(?:\s+(?:by|from|von|de|от|di|van)\s+(?P<names>.{1,120}))?\s*$",
    re.IGNORECASE,
)
# "返信2件を表示", "回复3条", "답글 2개": the noun first, then the count and its counter word.
_CJK_REPLY_COUNT = re.compile(r"^(?P<noun>返信|回复|답글)\s*(?P<count>\d{1,4})\s*(?:件|条|개)")
_NAME_SEPARATOR = re.compile(r"\s*(?:,|\band\b|\bund\b|\bet\b|\bи\b|&)\s*", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class ReplyCount:
    """A reply count line: how many replies follow, and the names it gives (maybe none)."""

    count: int
    names: tuple[str, ...]
    # The line under the count hides the replies ("Hide replies", "Ocultar respuestas"): they are shown.
    shown: bool = False


def reply_count(line: str, *, next_line: str = "") -> ReplyCount | None:
    """Read a reply count line ("2 replies", "1 reply by Rosalind Achebe", "Ver 2 respuestas"), else None.

    Args:
        line: the line.
        next_line: the line under it; the count's noun again without a number ("Hide replies") is
            the toggle that folds the replies, so the replies are shown under it, in any language.
    """
    match = _REPLY_COUNT.match(line) or _CJK_REPLY_COUNT.match(line)
    if match is None or int(match.group("count")) == 0:
        return None
    noun = match.group("noun").casefold()
    toggle = next_line.casefold().split()
    shown = (
        2 <= len(toggle) <= 3
        and not _DIGITS.search(next_line)
        and any(word.startswith(noun[:5]) for word in toggle[1:])
    )
    if match.groupdict().get("verb") is not None and not shown:
        return None  # "View 2 replies" with no toggle under it: a button over replies folded away
    names = tuple(
        name.casefold().strip(" .")
        for name in _NAME_SEPARATOR.split(match.groupdict().get("names") or "")
        if name.strip()
    )
    return ReplyCount(int(match.group("count")), names, shown=shown)


def _shape(line: str) -> str:
    """A trailing line's shape: its words without their counts ("👍 4" and "👍 2" are one shape)."""
    return _DIGITS.sub("#", line.casefold())


def corroborated(
    mark: ReplyCount,
    parent_author: str | None,
    replies: Sequence[tuple[str | None, Sequence[str]]],
    parent_trailer: Sequence[str],
) -> bool:
    """Tell whether the page shows the counted replies right after the count.

    Args:
        mark: the count line read.
        parent_author: the author of the comment the count stands under.
        replies: the comments after the count, as many as counted: each comment's author and the
            lines printed after its text (action rows, counts).
        parent_trailer: the lines printed after the counted comment's text.
    """
    if len(replies) < mark.count:
        return False  # (fewer comments follow than counted: the replies are folded away)
    if mark.shown:
        return True
    if _counters_agree(mark, parent_trailer, [trailer for _, trailer in replies]):
        return True
    authors = [author.casefold() for author, _ in replies if author is not None]
    if mark.names:
        return all(name in authors for name in mark.names)
    if parent_author is not None and parent_author.casefold() in authors:
        return True  # the commenter answered takes part in the run: a conversation
    seen = {_shape(line) for line in parent_trailer}
    for _, trailer in replies[:-1]:
        seen.update(_shape(line) for line in trailer)
    # (a closing line is words: a new count, "Like (2)" where the others had none, closes nothing)
    return any(_shape(line) not in seen and not _DIGITS.search(line) for line in replies[-1][1])


def _counters_agree(
    mark: ReplyCount, parent_trailer: Sequence[str], trailers: Sequence[Sequence[str]]
) -> bool:
    """Tell whether every comment counts its own replies and the counts agree: the commented one's
    counter says as many as the count line ("返信2"), each counted reply's counter, of the same
    shape, none ("返信0")."""
    shapes = {_shape(line) for line in parent_trailer if _DIGITS.findall(line) == [str(mark.count)]}
    if not shapes:
        return False
    return all(
        any(_shape(line) in shapes and _DIGITS.findall(line) == ["0"] for line in trailer)
        for trailer in trailers
    )
