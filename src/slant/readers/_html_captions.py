"""Pictures' captions named as such: no line of the article (issue 14, session 11).

A ``<figcaption>`` is the picture's, and the extractor leaves it out of the article. Many editors
draw a caption without that tag, in a box whose class calls it a caption: Blogger's
``table.tr-caption-container`` with ``td.tr-caption``, WordPress' ``p.wp-caption-text``, a
theme's ``div.image-caption``. Read as text, such a box opens the article with the caption ("| El
valle a las 7:40, antes de que se levantara la niebla. |"). The box goes before the article is
read, when it is beside a picture (it holds one, or the element before it does) and
caption-sized: a few words, no headline and no run of paragraphs (an article wrapper whose class
mentions a caption stays, and so does a date styled as a caption, ``time.caption``, with no picture).
"""

from __future__ import annotations

import re
from typing import Any

from slant.readers._words import word_count

__all__ = ["drop_captions"]

# A caption is a line or two; a box with more words is text that holds a picture, not a caption.
_MAX_CAPTION_WORDS = 40
_CLASS_WORDS = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_CAPTION_WORD = "caption"
_PICTURE_TAGS = ("img", "picture", "svg", "video")


def drop_captions(root: Any) -> None:
    """Cut each caption box named as one out of ``root``, keeping the text after it (its tail)."""
    boxes = [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and _CAPTION_WORD in str(element.get("class") or "").lower()  # (a substring test first: cheap)
        and _names_a_caption(str(element.get("class")))
    ]
    for box in boxes:
        if box.getparent() is None or not _is_caption_sized(box) or not _beside_picture(box):
            continue  # a box inside one cut already, text that is more than a caption, no picture's
        box.drop_tree()


def _names_a_caption(classes: str) -> bool:
    return any(part.lower() == _CAPTION_WORD for part in _CLASS_WORDS.split(classes) if part)


def _beside_picture(box: Any) -> bool:
    """Whether the box holds a picture or follows an element that does (a caption is a picture's)."""
    previous = box.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()  # a comment or a processing instruction between them
    return any(
        element is not None and next(element.iter(*_PICTURE_TAGS), None) is not None
        for element in (box, previous)
    )


def _is_caption_sized(box: Any) -> bool:
    if box.tag in {"body", "html", "article", "main"}:
        return False
    if next(box.iter("h1", "h2", "h3"), None) is not None or sum(1 for _ in box.iter("p")) > 1:
        return False
    return word_count(box.text_content()) <= _MAX_CAPTION_WORDS
