"""People's names and handles: what an author line of a text dump may hold, and how every reader
normalises an author ("northerntruthseeker ." and "@northerntruthseeker" are "northerntruthseeker",
"Jane says:" is "Jane")."""

from __future__ import annotations

import functools
import re

from slant.readers._comment_words import SAID_VERBS
from slant.readers._dates import is_relative_time, parse_date

__all__ = ["PARTICLES", "is_name", "normalise_author"]

_NAME_TOKEN = re.compile(r"^[^\W_][\w'’.\-]*$")
_HANDLE = re.compile(r"^[\w][\w.\-]{0,39}(?:@[\w][\w.\-]{0,60})?$")  # "jane_d", "jane@mastodon.social"
PARTICLES = frozenset(
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
# What trails a name in comment headers: "says:" (a speech verb in lower case, or any case before a
# colon: "Edward Said" is a name), separators, an ellipsis, and a dot after a space ("jane .") but
# not after a word ("Shelly K.").
_AUTHOR_TAIL = re.compile(
    rf"(?:\s+(?:(?:{SAID_VERBS})\s*:?|(?i:{SAID_VERBS})\s*:)"
    r"|\s*[:,;|·•\-–—]+|\s+\.+|\.{2,}|…)$"
)
# What leads a name: a handle's "@", a separator.
_AUTHOR_LEAD = "@,:;·•| "


# pure, and asked again and again of the same names: a thread's commenters come back, and the HTML
# reader normalises each author twice (as found, and once tidied)
@functools.lru_cache(maxsize=4096)
def normalise_author(name: str | None) -> str | None:
    """An author's name as people write it, in every reader; None if nothing is left.

    Single spaces; no leading "@"; no trailing "says:", "wrote", dots, ellipsis or separators
    ("northerntruthseeker ." and "@northerntruthseeker" are "northerntruthseeker", "Jane says:" is
    "Jane", "Shelly K." stays).
    """
    if name is None:
        return None
    cleaned = " ".join(name.split())
    previous = None
    while previous != cleaned:
        previous = cleaned
        cleaned = _AUTHOR_TAIL.sub("", cleaned).strip()
        cleaned = cleaned.lstrip(_AUTHOR_LEAD).strip()
    return cleaned or None


def is_name(name: str, *, any_case: bool = False) -> bool:
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
        and (any_case or token[0].isupper() or token.lower() in PARTICLES)
        for token in tokens
    )
