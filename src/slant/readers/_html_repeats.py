"""A reply's opening lines that repeat an earlier comment: a quote with no quote box.

Comment systems that take Markdown (gitalk, utterances, GitHub) quote with a bare ``<blockquote>``,
and others paste the lines they answer as plain text over the reply. When a reply's first lines are
sentences of an earlier comment on the page, word for word, they are that comment's words, not the
reply's. Short lines ("Thanks!", "Same here.") are said twice without quoting: only lines of enough
words count.

A whole comment shown twice (a "popular comments" box above the list repeating the most liked one, a
pinned copy) is one comment: the copy before the one in the list is left out.

Cost: one pass over the comments; each comment's sentences go into a set, each reply's first lines
are looked up in it (the 500-comment WordPress page: 0.5 ms).
"""

from __future__ import annotations

import re

from slant.readers._words import word_count

__all__ = ["earlier_copies", "without_repeated_heads"]

# Fewer words than this may be said again by chance ("Thanks, that helped.").
_MIN_QUOTED_WORDS = 5
# where sentences end (within a line)
# a sentence: up to its end marks, within a line (one findall of a plain class: a split at
# zero-width ends per line cost six times as much)
_SENTENCE = re.compile(r"[^.!?。！？…\n]+[.!?。！？…]*")
# a rule drawn in text between the quoted lines and the reply ("-----------", "________")
_RULE = re.compile(r"^[-_=~*—–·.]{3,}$")


def without_repeated_heads(texts: list[str]) -> list[str]:
    """Each comment's text without opening lines that repeat sentences of an earlier comment (in
    page order), as long as some text of its own is left."""
    if not any("\n" in text for text in texts):
        return texts  # no comment of several lines: none opens with a quote (a flat list of one-liners)
    seen: set[str] = set()
    result: list[str] = []
    for text in texts:
        lines = text.split("\n")
        cut = 0
        quoted = False
        while cut < len(lines) - 1:
            bare = lines[cut].strip()
            if _repeats(bare, seen):
                quoted = True
            elif bare and not _RULE.match(bare):
                break
            cut += 1
        kept = ("\n".join(lines[cut:]).strip() if quoted else text) or text
        result.append(kept)
        seen.update(_sentences(kept))
    return result


def _sentences(text: str) -> list[str]:
    return [stripped for part in _SENTENCE.findall(text) if (stripped := part.strip())]


def _repeats(line: str, seen: set[str]) -> bool:
    parts = _sentences(line)
    # the look-ups first: most lines are no earlier comment's, and fail on their first sentence
    return bool(parts) and all(part in seen for part in parts) and word_count(line) >= _MIN_QUOTED_WORDS


def earlier_copies(authors: list[str | None], texts: list[str]) -> list[bool]:
    """For each comment, whether a later comment has its author and text (a "popular" or pinned copy
    above the list): the one in its place in the thread is kept. Short texts ("+1", "Danke!") are
    said twice by chance and are never copies."""
    last: dict[tuple[str | None, str], int] = {}
    for position, key in enumerate(zip(authors, texts, strict=True)):
        last[key] = position
    if len(last) == len(texts):
        return [False] * len(texts)  # the common case: no comment twice
    return [
        last[key] != position and word_count(key[1]) >= _MIN_QUOTED_WORDS
        for position, key in enumerate(zip(authors, texts, strict=True))
    ]
