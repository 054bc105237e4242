"""Sign-up boxes: "Subscribe to our newsletter", a pitch and an e-mail field (issue 14, session 10).

A blog puts a box under the post that asks for the reader's e-mail address: a heading, a line of
pitch ("Read articles from X directly inside your inbox") and a form with an e-mail field and a
button. An extractor keeps the pitch as the article's last paragraph. The box is told by its form,
whatever its class names: a form with an e-mail field and nothing to write a text in (a comment
form has a ``<textarea>``), in a box of a few words only. The box goes before the article is read.
"""

from __future__ import annotations

from typing import Any

from slant.readers._words import word_count

__all__ = ["drop_signup_boxes"]

# A heading and a pitch of a sentence or two; more is a text that holds a form, not a sign-up box.
_MAX_BOX_WORDS = 50


def drop_signup_boxes(root: Any) -> None:
    """Cut each sign-up box (its form and the short box round it) out of ``root``, keeping tails."""
    for form in list(root.iter("form")):
        if form.getparent() is None or not _asks_for_address(form):
            continue
        box = form
        if word_count(box.text_content()) > _MAX_BOX_WORDS:
            continue  # a form that wraps the page
        parent = box.getparent()
        while (
            parent is not None
            and parent.tag not in {"body", "html", "article", "main"}
            and sum(1 for _ in parent.iter("form")) == 1
            and word_count(parent.text_content()) <= _MAX_BOX_WORDS
        ):
            box, parent = parent, parent.getparent()
        if box.getparent() is not None:
            box.drop_tree()


def _asks_for_address(form: Any) -> bool:
    """An e-mail field and no box to write a text in: a sign-up, not a comment form."""
    if next(form.iter("textarea"), None) is not None:
        return False
    return any(str(field.get("type") or "").lower() == "email" for field in form.iter("input"))
