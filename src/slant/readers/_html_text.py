"""Readable text of an HTML element: paragraphs kept apart, line breaks kept, nothing executable."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = [
    "BLOCK_TAGS",
    "class_tokens",
    "element_text",
    "hidden_by_class",
    "is_hidden",
    "remove_unsafe",
    "spaced_text",
    "xml_safe",
]

BLOCK_TAGS = frozenset(
    {
        "p", "div", "blockquote", "li", "ul", "ol", "section", "article", "header", "footer", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "dd", "dt", "figure", "figcaption", "aside",
    }
)  # fmt: skip
# Elements whose content is never page text: code, styles, embedded documents and widgets.
_UNSAFE_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b]+")
# Characters lxml refuses in a tree's text (control characters, non-characters, lone surrogates),
# and the C1 controls and DEL: pages carry them now and then (a pasted form feed, a broken emoji),
# they are never page text, and ESC (0x1b) or CSI (0x9b) would drive a terminal that prints them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_NOT_XML_ASCII = bytes(code for code in range(128) if _NOT_XML.match(chr(code)))  # its ASCII members

# ANSI/VT escape sequences whole (CSI "ESC [ ... m", OSC "ESC ] ... BEL", other "ESC ( B" forms),
# so that no "[2J" is left behind when the control characters go.
_TERMINAL_ESCAPE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)?|\x1b[ -/]*[0-~]"
)
_CONTROL_TAGS = frozenset({"button", "select", "option", "textarea", "input", "form", "label"})
_EMOJI_CLASS = re.compile(r"emoji|smiley", re.IGNORECASE)
# Classes that hide text from the eye and keep it for screen readers ("Profile" on an avatar link,
# "says", "Posted by"): what a reader of the page does not see is no author and no comment text.
_SCREEN_READER_CLASSES = frozenset(
    {"screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-only", "a11y-hidden",
     "u-visually-hidden"}
)  # fmt: skip

Skip = Callable[[Any], bool]


def xml_safe(text: str) -> str:
    """``text`` without terminal escape sequences and control characters (tab and line breaks stay)."""
    if "\x1b" in text or "\x9b" in text:
        text = _TERMINAL_ESCAPE.sub("", text)
    if text.isascii():
        # the same characters, deleted byte by byte in C: the pattern's scan cost 2-4 ms on a 400 kB
        # page, read twice (decoding, then the HTML reader); markup is often ASCII throughout
        data = text.encode("ascii")
        kept = data.translate(None, _NOT_XML_ASCII)
        return text if len(kept) == len(data) else kept.decode("ascii")
    return _NOT_XML.sub("", text)


def class_tokens(element: Any) -> list[str]:
    """The lower-cased class names of ``element``."""
    return str(element.get("class") or "").lower().split()


def remove_unsafe(root: Any) -> None:
    """Drop scripts, styles and embedded documents (keeping their tails), and comments in the markup.

    JSON-LD must have been read before this runs.
    """
    import lxml.etree

    # one walk in document order, as the XPath union "//script | //style | ... | //comment()" gave
    # (ten walks: a quarter of a second on a 5 MB page); listed first, as dropping moves the tree
    for element in list(root.iter(*_UNSAFE_TAGS, lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()


def element_text(element: Any, *, skip: Skip | None = None) -> str:
    """The visible text of ``element``: paragraphs separated by a blank line, ``<br>`` by a line break.

    Args:
        element: an lxml HTML element.
        skip: a predicate; elements for which it is true are left out with their content (nested
            replies, "Reply" buttons, author lines).
    """
    pieces: list[str] = []
    _walk(element, pieces, skip, top=True)
    # runs of spaces made one over the whole text in one call, not line by line (a call per line
    # of every comment): the pattern holds no line break, so each line gets the same result
    text = _SPACES.sub(" ", "".join(pieces))
    paragraphs = []
    for block in text.split("\n\n"):
        if not block:
            continue  # most are empty: each block element opens and closes with a blank line
        joined = "\n".join([line for line in map(str.strip, block.split("\n")) if line])
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def _walk(element: Any, pieces: list[str], skip: Skip | None, *, top: bool, pre: bool = False) -> None:
    # each of lxml's tag, text and tail makes a new string when read: read once (every element of
    # every comment comes through here)
    tag = element.tag
    tag = tag.lower() if isinstance(tag, str) else ""
    # a line break in the source is a space, except in preformatted text (a bug tracker's or a
    # mailing list's plain-text comment), where lines are lines; ``pre``: the element is in one
    around = "\n" if pre else " "
    # controls and hidden elements: "Show more" buttons, collapsed menus, screen-reader labels
    if not top and (tag in _CONTROL_TAGS or is_hidden(element) or (skip is not None and skip(element))):
        tail = element.tail
        if tail:
            pieces.append(tail.replace("\n", around))
        return
    block = tag in BLOCK_TAGS
    if block:
        pieces.append("\n\n")
    if tag == "br":
        pieces.append("\n")
    elif tag == "img" and _EMOJI_CLASS.search(str(element.get("class") or "")):
        # WordPress and others swap emoji for <img class="emoji" alt="😡">; the emoji is the text
        pieces.append(str(element.get("alt") or ""))
    inside = pre or tag == "pre"
    if tag:
        text = element.text
        if text:
            pieces.append(text.replace("\n", "\n" if inside else " "))
    for child in element:
        _walk(child, pieces, skip, top=False, pre=inside)
    if block:
        pieces.append("\n\n")
    if not top:
        tail = element.tail
        if tail:
            pieces.append(tail.replace("\n", around))


def is_hidden(element: Any) -> bool:
    """Whether ``element`` is out of sight: hidden by attribute, style or a screen-reader class."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    classes = element.get("class")
    if classes and _SCREEN_READER_CLASSES.intersection(classes.lower().split()):
        return True
    style = element.get("style")
    if not style:
        return False  # the common case, tested for every element of every comment
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


# Classes that hide an element until a script shows it: its text is no name or time on the page.
_HIDING_CLASSES = frozenset({"hide", "hidden", "d-none", "invisible", "is-hidden"})
# The same with a utility framework's prefix: Tailwind's "tw-hidden", "u-hidden", "js-hidden".
_PREFIXED_HIDING = re.compile(r"^[a-z]{1,3}-(?:hidden|hide)$")


def hidden_by_class(element: Any) -> bool:
    """Whether a class of ``element`` hides it until a script shows it ("hidden", "d-none",
    "tw-hidden"): Gitea keeps a comment's raw Markdown in such a box beside the rendered text."""
    return any(
        name in _HIDING_CLASSES or _PREFIXED_HIDING.match(name) is not None for name in class_tokens(element)
    )


def spaced_text(element: Any) -> str:
    """The element's visible text on one line, with a space where one element ends and another
    begins ("Martina Berg" + "<span>Autor</span>" is "Martina Berg Autor", not "Martina BergAutor")."""
    if is_hidden(element):
        return ""
    pieces: list[str] = []
    _spaced(element, pieces, top=True)
    return " ".join(" ".join(pieces).split())


def _spaced(element: Any, pieces: list[str], *, top: bool) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    # controls stay: a name is often a button that opens the commenter's profile
    if tag and (top or not (is_hidden(element) or _HIDING_CLASSES.intersection(class_tokens(element)))):
        if element.text:
            pieces.append(element.text)
        for child in element:
            _spaced(child, pieces, top=False)
    if not top and element.tail:
        pieces.append(element.tail)
