"""What the text reader's mechanism tests share: a page read as plain text, and its comments as
(author, text, parent's index) rows."""

from __future__ import annotations

import slant


def read(text: str) -> slant.Document:
    return slant.read(text, format="text")


def summary(doc: slant.Document) -> list[tuple[str | None, str, int | None]]:
    ids = {comment.id: index for index, comment in enumerate(doc.comments)}
    return [
        (comment.author, comment.text, None if comment.parent is None else ids[comment.parent])
        for comment in doc.comments
    ]
