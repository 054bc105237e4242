"""Comments written as one line, a name then a verb of speech, in a list of such lines (issue 14).

Some pages list their replies among other notes, one line each: Tumblr's notes ("woolgatherer said:
the contrasting colours…" between "knitwitch likes this" and "heeltoe reblogged this from …"), a
guestbook's "Ann wrote: …". No element is named a comment, and a line has no time or body box for
the shape finder to go by. A list item whose text opens with a name in an element of its own, then a
verb of speech and a colon (:data:`slant.readers._comment_words.SAID_VERBS`), then text, is a
comment: the name its author, the rest its text. Two such items in one list make a discussion; the
list's other notes are no comments. Read only when no other finder found any comment.
"""

from __future__ import annotations

import re
from typing import Any

from slant.readers._comment_words import SAID_VERBS

__all__ = ["said_lines"]

_LIST_TAGS = ("ol", "ul")
_MIN_SAID = 2
_MAX_NAME_CHARACTERS = 60
# what follows the name: "said: ", "wrote: ", "a écrit : "
_SAID = re.compile(rf"^\s*(?:{SAID_VERBS})\s*[:：]\s*(?=\S)", re.IGNORECASE)


def said_lines(root: Any) -> list[tuple[Any, str, str]]:
    """The (item, author, text) of each said line in the first list holding at least two, or []."""
    for listing in root.iter(*_LIST_TAGS):
        found = []
        for item in listing:
            said = _said(item) if item.tag == "li" else None
            if said is not None:
                found.append((item, *said))
        if len(found) >= _MIN_SAID:
            return found
    return []


def _said(item: Any) -> tuple[str, str] | None:
    """The author and text of a list item that is a said line, or None."""
    text = " ".join(item.text_content().split())
    # the name: the first element with words of its own ("<a class=tumblelog>woolgatherer</a>")
    name_element = next((e for e in item.iterdescendants("*") if (e.text or "").strip()), None)
    if name_element is None:
        return None
    name = " ".join(name_element.text_content().split())
    if not name or len(name) > _MAX_NAME_CHARACTERS or not text.startswith(name):
        return None
    said = _SAID.match(text[len(name) :])
    if said is None:
        return None
    return name, text[len(name) + said.end() :]
