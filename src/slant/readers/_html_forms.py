"""Forms on a page: one to write in (a comment form, a search box) or one that wraps the page.

A comment form's "Name" field is nobody's name, and its rows are no comments: the comment finders
pass over forms to write in. But some systems wrap the whole page, or the whole discussion, in one
form (Bugzilla's ``changeform`` holds the bug, its comments and the "Additional Comments" box;
ASP.NET pages wrap everything in ``aspnetForm``): the comments are inside it. A form is told apart by
what it holds besides its fields: a form to write in holds labels, hints and buttons, a wrapping form
holds the page's running text.
"""

from __future__ import annotations

from typing import Any

from slant.readers._words import word_count

__all__ = ["holds_entry", "is_writing_form"]

# Tags a visitor types or picks in, and the words that name them.
_ENTRY_TAGS = ("input", "textarea", "select", "label", "button")
# More words than a form's labels, hints and consent line hold: the form wraps running text.
_MAX_WRITING_FORM_WORDS = 120


def is_writing_form(form: Any) -> bool:
    """Whether ``form`` (a ``<form>``) is one to write in, not a wrapper of the page's text.

    The words outside its fields are counted until there are more than a form's labels hold: a
    form round a whole page stops the count early (the regions inside it ask again and again)."""
    words = 0
    stack = [form]
    while stack:
        element = stack.pop()
        if element is not form and element.tag in _ENTRY_TAGS:
            # a field's own words (a select's options, a terms box) do not count, its tail does
            words += word_count(element.tail or "")
        else:
            words += word_count(element.text or "") + (
                word_count(element.tail or "") if element is not form else 0
            )
            stack.extend(child for child in element if isinstance(child.tag, str))
        if words > _MAX_WRITING_FORM_WORDS:
            return False
    return True


def holds_entry(element: Any) -> bool:
    """Whether ``element`` is or holds a field to type in (in a wrapping form, a field's row and
    label name no commenter)."""
    if element.tag in _ENTRY_TAGS:
        return True
    return next(element.iter("input", "textarea", "select"), None) is not None
