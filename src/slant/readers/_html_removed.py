"""Comments taken down: a moderator's or the writer's removal leaves a block, not a comment.

A removed comment often keeps its place in the thread, with the commenter's name and time, and shows
a note instead of the text ("Entfernt. Bitte bleiben Sie sachlich. Danke, die Redaktion/jk",
"Comment deleted by user"). The block's class says so with a state modifier (BEM's
``comment--removed``, ``post--deleted``, or a bare ``is-removed``): the note is the site's words,
and the block is no comment. Its replies stay, answering what it answered. A note a moderator adds
to a comment that stands (``div.comment__moderation``) is no part of the comment's text either.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["is_moderation_note", "is_removed", "without_removed"]

# a state modifier, not a part's name: "comment--removed", "is-deleted", "removed"; not
# "b-post__hide-when-deleted" (a part shown while a post stands) nor "comment__removed-note"
_REMOVED_STATE = re.compile(r"^(?:[\w-]*--|is-|state-)?(?:removed|deleted|moderated)$")
# a moderator's note inside a comment that stands ("Moderation: Bitte bleiben Sie sachlich"):
# "comment__moderation", "mod-note", "moderator-note"
_MODERATION_PART = re.compile(r"(?:^|[-_])(?:moderation|moderator-note|mod-note|moderator-comment)$")


def is_removed(block: Any) -> bool:
    """Whether a comment's block is marked as taken down by its class."""
    classes = str(block.get("class") or "").lower() if block is not None else ""
    if "remov" not in classes and "delet" not in classes and "moderat" not in classes:
        return False  # the common case, tested for every comment
    return any(_REMOVED_STATE.match(name) for name in classes.split())


def is_moderation_note(element: Any) -> bool:
    """Whether an element inside a comment is a moderator's note on it, by its class: the site's
    words, not the commenter's."""
    classes = element.get("class")
    if not classes or "mod" not in classes.lower():
        return False
    return any(_MODERATION_PART.search(name) for name in classes.lower().split())


def without_removed(parents: list[int | None], removed: list[bool]) -> tuple[list[int], list[int | None]]:
    """The positions of the comments kept and their parents renumbered among them: a reply to a
    removed comment answers what the removed one answered."""
    kept = [position for position, gone in enumerate(removed) if not gone]
    renumbered = {position: index for index, position in enumerate(kept)}
    new_parents: list[int | None] = []
    for position in kept:
        parent = parents[position]
        while parent is not None and removed[parent]:
            parent = parents[parent]
        new_parents.append(renumbered[parent] if parent is not None else None)
    return kept, new_parents
