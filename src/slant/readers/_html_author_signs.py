"""A commenter's name read from the agreement of generic signs, on any theme, in any language (issue 14).

Comment systems name their author box in their own words (Divi's ``comment_postinfo``, tagDiv's
``footer > cite``), but most print the name more than once, in ways that do not depend on the theme:

- **name-like elements**: hCard and microformat classes (``fn``, ``p-name``, ``nickname``), ``<cite>``,
  ``itemprop="author"``/``"name"``, ``rel~=author``, a class word "author", "name", "nick" or "user";
- **labels**: the reply link's ``aria-label`` (WordPress core prints "Reply to %s" in every language:
  "Responder a Javier", "Auf Ben antworten", "回复给小雨点"), the avatar's ``alt`` and ``title``.

A name-like element's text is the author when a label holds it whole, with at most a few words
around it (the verb), from an element that is not the name itself. Two signs agreeing make a name;
one alone is left to the other readers.

Badges inside or glued to the name element ("Post author", "[游客]", "Moderator") are no part of the
name: :func:`name_text` reads a name element without them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

from slant.readers._html_fields import (
    BADGE_CLASS_WORDS,
    BADGES,
    GUEST_CLASS_WORDS,
    POST_AUTHOR_BADGES,
    tidy_author,
)
from slant.readers._html_text import spaced_text

__all__ = ["agreed_author", "is_badge", "is_name_like", "name_text"]

# How many of a comment's own elements are read for signs: a head sits at the top of the comment.
_MAX_SIGN_ELEMENTS = 150
# What a label may say besides the name: a verb and its little words ("Reply to", "Auf … antworten").
_MAX_LABEL_EXTRA_WORDS = 4
_MAX_NAME_CHARACTERS = 80
_CLASS_WORDS = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
# hCard / microformats 2 names and the class words themes use for a name element
_NAME_CLASSES = frozenset({"fn", "p-name", "nickname", "p-nickname", "u-author"})
_NAME_WORDS = frozenset({"author", "name", "nick", "nickname", "username", "user", "commenter", "poster"})
# Class words that call an element the name itself ("guest_name", "guest-nick")
_NAME_OF_WORDS = frozenset({"name", "nick", "nickname", "username"})
# How many elements of a name element are looked at for badges.
_MAX_NEAR = 12
# "Author of this post": the words of a badge that says whose post it is in a phrase
_MAX_BADGE_PHRASE_WORDS = 4


def is_badge(element: Any) -> bool:
    """Whether ``element``, inside a name element, is a badge beside the name: its class says so
    (highlight, badge, label, role, guest), or it holds no element and its text is a badge word
    ("Moderator", "[Autor]") or two words closing with one ("Post author", "Nouveau membre")."""
    classes = element.get("class")
    if classes:
        class_words = {part.lower() for part in _CLASS_WORDS.split(classes) if part}
        # "guest_name" (InstantCMS) is a guest's name, not a guest mark: a class naming the name
        # outweighs the guest word (the marks, "author-badge", stay badges whatever else they say)
        badge_words = BADGE_CLASS_WORDS.intersection(class_words)
        if badge_words and not (badge_words <= GUEST_CLASS_WORDS and class_words & _NAME_OF_WORDS):
            return True
    if len(element):
        return False  # a wrapper holds the name too: only its class can make it a badge
    text = " ".join(element.text_content().split())
    if not text or len(text) > _MAX_NAME_CHARACTERS:
        return False
    words = text.lower().strip("()[]").split()
    # "Post author", "Site admin": a badge word closing a two-word label
    return (
        (text.lower().strip("()[]") in BADGES)
        or (len(words) == 2 and words[-1] in BADGES)
        or _is_post_author_phrase(text.strip("()[]").split())
    )


def _is_post_author_phrase(words: list[str]) -> bool:
    """Whether ``words`` are a badge phrase ("Auteur de l’article", "Autor des Beitrags", "Author of
    this post"): the post's author's badge word opening a short phrase; the lower-case word after it says a phrase goes on, where a name
    ("Autor Müller") would go on with a capital."""
    return (
        2 < len(words) <= _MAX_BADGE_PHRASE_WORDS
        and words[0].lower() in POST_AUTHOR_BADGES
        and words[1][:1].islower()
    )


def name_text(element: Any) -> str | None:
    """A name element's text without the badges inside it ("Lou Marchetti" of "<b>Lou Marchetti</b>
    <span class="highlight">Post author</span>"); its whole text when nothing else is left."""
    whole = spaced_text(element) or None
    if len(element) == 0 or whole is None:
        return whole  # the common case: a name element with no children
    # a badge sits beside the name, near the top of the name element: the first few elements looked at
    badges = [child for child in islice(element.iterdescendants("*"), _MAX_NEAR) if is_badge(child)]
    if not badges:
        return whole
    pieces = [element.text or ""]
    _gather(element, pieces, frozenset(id(badge) for badge in badges))
    kept = " ".join(" ".join(pieces).split())
    return kept or whole


def _gather(element: Any, pieces: list[str], badges: frozenset[int]) -> None:
    for child in element:
        if isinstance(child.tag, str) and id(child) not in badges:
            pieces.append(child.text or "")
            _gather(child, pieces, badges)
        pieces.append(child.tail or "")


def agreed_author(block: Any, *, nested: Callable[[Any], bool]) -> str | None:
    """The commenter's name where a name-like element of ``block`` and a label agree, or None.

    Args:
        block: the comment's element.
        nested: whether an element is another comment (a reply nested in this one): not read.
    """
    candidates: list[Any] = []
    labels: list[tuple[Any, str]] = []
    for element in _own_elements(block, nested):
        tag = element.tag
        if tag == "img":
            labels.extend((element, str(element.get(name))) for name in ("alt", "title") if element.get(name))
        elif tag in {"a", "button"} and element.get("aria-label"):
            labels.append((element, str(element.get("aria-label"))))
        if is_name_like(element):
            candidates.append(element)
    if not candidates or not labels:
        return None
    for candidate in candidates:
        name = tidy_author(name_text(candidate))
        if name is None or len(name) > _MAX_NAME_CHARACTERS:
            continue
        inside = {id(element) for element in candidate.iter()}
        if any(id(element) not in inside and _holds(label, name) for element, label in labels):
            return name
    return None


def _own_elements(block: Any, nested: Callable[[Any], bool]) -> Iterator[Any]:
    stack = list(reversed(block))
    seen = 0
    while stack and seen < _MAX_SIGN_ELEMENTS:
        element = stack.pop()
        if not isinstance(element.tag, str) or element.tag in {"form", "blockquote"} or nested(element):
            continue
        seen += 1
        yield element
        stack.extend(reversed(element))


def is_name_like(element: Any) -> bool:
    """Whether the element's markup calls it a name: ``<cite>``, ``rel=author``, an ``itemprop`` of
    a name, an hCard class, or a class word "author", "name", "nick" or "user"."""
    if element.tag == "cite":
        return True
    if "author" in str(element.get("rel") or "").lower().split():
        return True
    if {"author", "name", "creator"}.intersection(str(element.get("itemprop") or "").split()):
        return True
    classes = element.get("class")
    if not classes:
        return False
    if _NAME_CLASSES.intersection(classes.lower().split()):
        return True
    return bool(_NAME_WORDS.intersection(part.lower() for part in _CLASS_WORDS.split(classes) if part))


def _holds(label: str, name: str) -> bool:
    """Whether ``label`` holds ``name`` whole (not inside a longer word) with few words besides."""
    label = " ".join(label.split())
    start = label.casefold().find(name.casefold())
    if start < 0:
        return False
    end = start + len(name)
    if (start > 0 and _joins(label[start - 1])) or (end < len(label) and _joins(label[end])):
        return False
    rest = (label[:start] + " " + label[end:]).split()
    return len(rest) <= _MAX_LABEL_EXTRA_WORDS


def _joins(character: str) -> bool:
    """Whether a character next to a name would make it part of a longer word: a letter or digit of a
    script that spaces its words (Chinese and Japanese write "回复给小雨点" with no space)."""
    return character.isalnum() and not _unspaced(character)


def _unspaced(character: str) -> bool:
    code = ord(character)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF
