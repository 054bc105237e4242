"""The post's author answering inside a reader's comment, read as a reply of its own (issue 14).

Blog systems print the blogger's answer inside the comment it answers, under a label that says who
writes it rather than a name: Sina Blog's "博主回复：", "作者回复", "Author's reply", "Antwort des
Autors". Such a block is a comment by the post's author replying to the comment that holds it; it
is cut out of that comment's text. A label may name who answers instead ("Réponse de
chroniques-de-lena", Skyrock's owner answers; "Reply from Ann"): the answer is then that name's.

Cost: one search of the comments' text for the labels' words; blocks are walked only on a page that
holds one.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from slant.readers._dates import find_date, to_iso
from slant.readers._html_fields import date_inside
from slant.readers._html_shapes import name_among
from slant.readers._html_text import element_text
from slant.readers._names import is_name, normalise_author

__all__ = ["FAMILIES", "OwnerReply", "blog_owner", "headline_owner", "owner_replies"]

#: The comment finders whose blocks may hold an answer: those that find comments by their look or a
#: generic name. A named family's system (WordPress, Disqus, schema.org) gives the post's author's
#: answers comments of their own, and its pages are not searched (500 comments cost a millisecond).
FAMILIES = frozenset({"shape", "generic"})

# The labels, whole: "博主回复：", "Author's reply:", "Réponse de l'auteur".
_LABEL = re.compile(
    r"^\s*(?:(?:博主|作者|站长|楼主|管理员)\s*(?:回复|回覆|答复)"
    r"|(?:the\s+)?(?:author|blogger|admin|owner)(?:['’]s)?\s+(?:reply|response|answer)"
    r"|(?:reply|response|answer)\s+(?:from|by)\s+(?:the\s+)?(?:author|blogger|admin|owner)"
    r"|antwort\s+(?:des|vom)\s+(?:autors|autor|bloggers|blogger|admins|admin)"
    r"|respuesta\s+del\s+(?:autor|administrador)|réponse\s+de\s+l['’](?:auteur|administrateur)"
    r"|ответ\s+(?:автора|администратора))\s*[:：]?\s*$",
    re.IGNORECASE,
)
# The labels' words (without their first letters, whose case varies), looked for in a page's comments
# before any block is walked: plain substring tests (a regular expression took 8 ms on a page of
# 500 comments, the tests a tenth of that)
_LABEL_WORDS = (
    "博主",
    "作者回",
    "站长回",
    "楼主回",
    "管理员回",
    "uthor",
    "UTHOR",
    "logger",
    "dmin",
    "wner",
    "ntwort de",
    "espuesta del",
    "éponse de",
    "твет а",
    # the named labels' words (see _NAMED_LABEL)
    "eply from",
    "esponse from",
    "nswer from",
    "ntwort von",
    "espuesta de",
    "isposta di",
    "твет от",
)
_MAX_LABEL_CHARACTERS = 30
# A label that names who answers: "Réponse de <a>chroniques-de-lena</a>", "Reply from Ann:" (a
# reply *to* someone says "à", "to", "an", "a": that is whom a comment answers, not who writes it).
_NAMED_LABEL = re.compile(
    r"^\s*(?:réponse|reply|response|answer|antwort|respuesta|risposta|ответ)\s+(?:de|from|von|del|di|от)\s+"
    r"(?P<name>[^\s:：].*?)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# the label's words and a name (a handle runs to 40 characters)
_MAX_NAMED_LABEL_CHARACTERS = 60
_MAX_WALK = 150
# An answer says more than this ("好", "Ok" alone are no answer worth a comment of its own).
_MIN_ANSWER_CHARACTERS = 2
# "山间小记的博客", "Ann's blog", "Blog de Marta": a personal blog's name names its owner.
_OWNED_BLOG = re.compile(
    r"^(?P<a>.{1,30}?)\s*的博客$|^(?P<b>.{1,30}?)['’]s\s+blog$|^blog\s+(?:de|von|di)\s+(?P<c>.{1,30})$",
    re.IGNORECASE,
)
_TITLE_PARTS = re.compile(r"\s+[|«»·–—-]\s+|\s*::\s*|_")
# How far after the headline its byline is looked for: the siblings that follow it, and their elements
_MAX_BYLINE_SIBLINGS = 3
_MAX_BYLINE_ELEMENTS = 40


class OwnerReply:
    """An answer of the post's author inside a comment: its element, label, text, time and the name
    the answer shows beside its time, if any (None: the post's author, named elsewhere on the page)."""

    __slots__ = ("author", "element", "label", "published", "text")

    def __init__(
        self, element: Any, text: str, published: str | None, *, label: str = "", author: str | None = None
    ) -> None:
        self.element = element
        self.text = text
        self.published = published
        self.label = label
        self.author = author


def owner_replies(blocks: list[Any], *, outermost: list[Any], nested: set[int]) -> dict[int, OwnerReply]:
    """For each comment block (by position) that holds an answer by the post's author, that answer.

    Args:
        blocks: the comments' elements (None for a comment read from data).
        outermost: the elements holding all comments, searched once for the labels' words.
        nested: ids of the comment elements, whose insides are other comments, not read here.
    """
    found: dict[int, OwnerReply] = {}
    # the text of the elements holding the comments, each once (one text for a list of 20,000)
    holders: dict[int, Any] = {}
    for element in outermost:
        holder = element.getparent()
        holder = element if holder is None else holder
        holders.setdefault(id(holder), holder)
    text = "".join(holder.text_content() for holder in holders.values())
    if not any(word in text for word in _LABEL_WORDS):
        return found
    for position, block in enumerate(blocks):
        if block is None:
            continue
        reply = _owner_reply(block, nested)
        if reply is not None:
            found[position] = reply
    return found


def _owner_reply(block: Any, nested: set[int]) -> OwnerReply | None:
    stack = list(reversed(block))
    seen = 0
    while stack and seen < _MAX_WALK:
        element = stack.pop()
        if not isinstance(element.tag, str) or id(element) in nested:
            continue
        seen += 1
        own = " ".join(element.text_content().split())
        if 0 < len(own) <= _MAX_LABEL_CHARACTERS and _LABEL.match(own):
            box = _box(element, own, block)
            return _answer(box, element) if box is not None else None
        named = _label_name(own)
        if named is not None:
            box = _box(element, own, block)
            return _answer(box, element, named=named) if box is not None else None
        stack.extend(reversed(element))
    return None


def _label_name(own: str) -> str | None:
    """The name a label naming who answers gives ("Réponse de chroniques-de-lena"), or None."""
    if not 0 < len(own) <= _MAX_NAMED_LABEL_CHARACTERS:
        return None
    match = _NAMED_LABEL.match(own)
    if match is None or not is_name(match.group("name"), any_case=True):
        return None  # "Reply from the author" is an owner's label, above; "Réponse de la rédaction" no name
    return normalise_author(match.group("name"))


def _answer(box: Any, label: Any, *, named: str | None = None) -> OwnerReply | None:
    text = element_text(box, skip=lambda inner: inner is label)
    lines = [line for line in text.split("\n") if line.strip()]
    published = (to_iso(lines[0]) or date_inside(lines[0])) if lines else None
    author = _named_head(box, label, lines[0]) if lines and published is None and named is None else named
    if author is not None:
        # a head line of a name and a date ("Chef_Mireille le 03/03/2025" under "Réponse de
        # l'auteur"): the name says who answers better than the page's byline
        found = find_date(lines[0])
        published = found[0] if found is not None else None
    if published is not None:
        lines = lines[1:]  # the answer's time, on the label's line
    body = "\n".join(lines).strip()
    label_text = " ".join(label.text_content().split())
    return OwnerReply(box, body, published, label=label_text, author=author) if body else None


# What a head line may hold beside the name and the date ("le", "on", "am", "·").
_MAX_HEAD_EXTRA = 6


def _named_head(box: Any, label: Any, line: str) -> str | None:
    """The name a line of a name and a date in the box gives, or None when the line is more."""
    found = find_date(line)
    if found is None:
        return None
    name = name_among([element for element in box.iterdescendants() if element is not label])
    if name is None or name not in line:
        return None
    rest = (line[: found[1]] + line[found[2] :]).replace(name, "", 1)
    return name if len(rest.strip()) <= _MAX_HEAD_EXTRA else None


def _box(label: Any, label_text: str, block: Any) -> Any | None:
    """The element holding the label and the answer: the lowest ancestor below the block with more
    than the label and a time in it."""
    element = label.getparent()
    while element is not None and element is not block:
        rest = " ".join(element.text_content().split()).replace(label_text, "", 1)
        found = find_date(rest, with_time=True)
        if found is not None:
            rest = rest[: found[1]] + rest[found[2] :]
        if len(rest.strip(" :：")) >= _MIN_ANSWER_CHARACTERS:
            return element
        element = element.getparent()
    return None


def blog_owner(title: str | None) -> str | None:
    """The owner a personal blog's name gives in a page title ("… | 山间小记的博客" is 山间小记), or None."""
    if not title:
        return None
    for part in _TITLE_PARTS.split(title):
        match = _OWNED_BLOG.match(part.strip())
        if match is not None:
            return (match.group("a") or match.group("b") or match.group("c")).strip() or None
    return None


def headline_owner(root: Any, title: str | None) -> str | None:
    """The name a page's title gives after the headline ("… | 城南旧事杂货铺") when the byline right
    under the headline names the same writer: a publication written by one account (a WeChat
    official account, a personal blog), whose answers to comments are that account's. None when
    the byline names someone else or the title names no one."""
    if not title:
        return None
    parts = [" ".join(part.split()) for part in _TITLE_PARTS.split(title)]
    headline = root.find(".//h1")
    if headline is None or len(parts) < 2:
        return None
    heading = " ".join(headline.text_content().split())
    names = {part for part in parts if part and part != heading}
    following = itertools.islice(headline.itersiblings(), _MAX_BYLINE_SIBLINGS)
    for element in itertools.islice(
        itertools.chain.from_iterable(s.iter() for s in following), _MAX_BYLINE_ELEMENTS
    ):
        if isinstance(element.tag, str) and " ".join(element.text_content().split()) in names:
            return " ".join(element.text_content().split())
    return None
