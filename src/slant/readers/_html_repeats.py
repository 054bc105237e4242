"""A reply's opening lines that repeat an earlier comment: a quote with no quote box.

Comment systems that take Markdown (gitalk, utterances, GitHub) quote with a bare ``<blockquote>``,
and others paste the words they answer as plain text over the reply. When a reply's first lines are
sentences of an earlier comment on the page, word for word, they are that comment's words, not the
reply's. Short sentences ("Thanks!", "Same here.") are said twice without quoting: only lines of
enough words count.

A whole comment shown twice (a "popular comments" box above the list repeating the most liked one, a
pinned copy) is one comment: the copy before the one in the list is left out.

Cost: one pass over the comments; each comment's sentences go into a set, each reply's first lines
are looked up in it.
"""

from __future__ import annotations

import re

from slant.readers._words import word_count

__all__ = ["earlier_copies", "without_repeated_heads"]

# Fewer words than this may be said again by chance ("Thanks, that helped.").
_MIN_QUOTED_WORDS = 5
_SENTENCE_END = re.compile(r"(?<=[.!?。！？…])\s*")
# a rule drawn in text between the quoted lines and the reply ("-----------", "________")
_RULE = re.compile(r"^[-_=~*—–·.]{3,}$")


def without_repeated_heads(texts: list[str]) -> list[str]:
    """Each comment's text without opening lines that repeat sentences of an earlier comment (in
    page order), as long as some text of its own is left."""
    seen: set[str] = set()
    result: list[str] = []
    for text in texts:
        lines = text.split("\n")
        cut = 0
        while cut < len(lines) - 1 and (
            not lines[cut].strip() or _RULE.match(lines[cut].strip()) or _repeats(lines[cut], seen)
        ):
            cut += 1
        kept = "\n".join(lines[cut:]).strip() if cut and any(line.strip() for line in lines[:cut]) else text
        result.append(kept or text)
        seen.update(_sentences(kept or text))
    return result


def _sentences(text: str) -> list[str]:
    return [
        part for line in text.split("\n") for part in (s.strip() for s in _SENTENCE_END.split(line)) if part
    ]


def _repeats(line: str, seen: set[str]) -> bool:
    parts = _sentences(line)
    return bool(parts) and word_count(line) >= _MIN_QUOTED_WORDS and all(part in seen for part in parts)


def earlier_copies(authors: list[str | None], texts: list[str]) -> list[bool]:
    """For each comment, whether a later comment has its author and text (a "popular" or pinned copy
    above the list): the one in its place in the thread is kept. Short texts ("+1", "Danke!") are
    said twice by chance and are never copies."""
    last: dict[tuple[str | None, str], int] = {}
    for position, key in enumerate(zip(authors, texts, strict=True)):
        last[key] = position
    return [
        last[key] != position and word_count(key[1]) >= _MIN_QUOTED_WORDS
        for position, key in enumerate(zip(authors, texts, strict=True))
    ]
