"""Badges that a comment system prints on a line of their own right under a commenter's name, found
by the page's own repetition whatever their words: a user level ("LV5", "Lv.12", "Ур. 3"), the same
short label with another number under every name (used by :mod:`slant.readers._text_prepare`).

Out of context such a line looks like a name (a short word with digits, "user1988" is one), so the
reader would take it for the author and the name above for a second name line; the repetition of
one label with different numbers, each right under a name, says it is the names' badge.
"""

from __future__ import annotations

import re
from dataclasses import replace

from slant.readers._text_lines import Line, LineKind

__all__ = ["level_badges"]

# A label of a few letters, maybe a dot or a space, and a small number: "LV5", "Lv.12", "Ур. 3".
_LEVEL_BADGE = re.compile(r"^(?P<label>[^\W\d_]{1,5})\.?\s?\d{1,3}$")
# The same label must stand under at least this many names.
MIN_BADGES = 2


def level_badges(lines: list[Line]) -> list[Line]:
    """Mark as chrome the level badges under commenters' names: a short label and a number, right
    under a name line that opens its block (no text right over it), that the thread repeats under
    two names or more (the number may differ)."""
    seen: dict[str, list[int]] = {}
    for index in range(1, len(lines)):
        line, above = lines[index], lines[index - 1]
        badge = _LEVEL_BADGE.match(line.text)
        if (
            badge is not None
            and line.gap == 0
            and line.kind in (LineKind.TEXT, LineKind.HEADER)
            and above.kind is LineKind.HEADER
            and above.header is not None
            and above.header.author is not None
            and _LEVEL_BADGE.match(above.text) is None
            and (above.gap > 0 or index < 2 or lines[index - 2].kind is not LineKind.TEXT)
        ):  # (not "返信2" / "共感した 86": counters under a comment's text, one under the other)
            seen.setdefault(badge.group("label").casefold(), []).append(index)
    for where in seen.values():
        if len(where) >= MIN_BADGES:
            for index in where:
                lines[index] = replace(lines[index], kind=LineKind.CHROME, header=None)
    return lines
