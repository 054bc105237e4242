"""Where an article's running text begins and ends, and whether it has any (issue 14).

An extractor keeps short lines around the article that are the page's: above it a kicker, the
headline again, a subtitle, the blog's name, "Stand:", a dated byline, an ingredients table; below it
a "Zur Meldung" link, the blog's name, the entry's date, a "posted @ date, read (N), comments (N)"
line, the headline again. None of them is a sentence. An article begins with its first sentence and
ends with its last: the lines before the first paragraph that is running text and after the last
one are cut, a few at most, and only when running text is left. A list item or a table row at the
end stays (an article may end on a list), unless a label line of its own heads a list without a
sentence (a tracker's "Related tickets" box); a greeting ("Hello all,") is running text.

A text with no running text at all (menus, counters, a poster's facts line, a tracker's table of
fields) is no article, however many words it has: the reader then looks for one elsewhere.
"""

from __future__ import annotations

import re

from slant.readers._dates import find_date, is_relative_time
from slant.readers._words import word_count

__all__ = ["article_edges", "has_running_text"]

# At most this many lines are cut at either end: more is a part of the article, not the page's.
_MAX_HEAD_LINES = 5
_MAX_TAIL_LINES = 3
# A line of the page's longer than this is running text, whatever its punctuation; a dated line of
# counters ("posted @ 2025-03-02 21:15 石头记 阅读(1032) 评论(4)") may be twice as long.
_MAX_LINE_WORDS = 12
_MAX_DATED_LINE_WORDS = 24
# What must be left: the article's own minimum of running text.
_MIN_LEFT_WORDS = 20
# A paragraph of running text has a sentence of at least this many words (the article's minimum).
_MIN_RUNNING_WORDS = 8
# A sentence's end, or a greeting's or a clause's ("Hello all,", "Bonjour à tous ;"), closing a line.
_RUNNING_END = re.compile(r"[.!?。！？,，;；…]\W{0,2}$")
# A sentence's end inside a paragraph: a full-width mark anywhere (Chinese and Japanese put no space
# after it), a Latin one before a space, a quote or the end; "…" closes "Load more…" and other
# controls, so it is none.
_SENTENCE_END = re.compile(r"[。！？]|[.!?](?:\s|$|[\"'»”」）)])")
_LIST_ITEM = re.compile(r"^(?:[-–•*|]|\d+[.)]\s)")


def has_running_text(text: str, *, title: str | None = None) -> bool:
    """Whether ``text`` holds a paragraph of running text: a sentence of some words, not a table row
    and not the page's headline again (a question's title ends in "?" too).

    Menus, breadcrumbs, counters ("关注者 1,523"), a poster's facts line ("楼主：X 时间：… 点击：18236")
    and a table of a tracker's fields are text without a sentence in it.
    """
    for paragraph in text.split("\n\n"):
        line = " ".join(paragraph.split())
        if line.startswith("|") or line == title or word_count(line) < _MIN_RUNNING_WORDS:
            continue
        if _SENTENCE_END.search(line):
            return True
    return False


def article_edges(text: str, *, title: str | None) -> tuple[str, list[str]]:
    """``text`` from its first running paragraph to its last, and the lines cut (they may date it).

    Args:
        text: the article's text, paragraphs separated by a blank line.
        title: the page's headline: a line repeating it is the page's, whatever its punctuation.
    """
    paragraphs = text.split("\n\n")
    start = 0
    # a table's rows, or a list's items, are one line of the page's (a tracker's table of fields, a
    # recipe's ingredients above the text), and the headline again is known for the page's, whatever
    # comes round it: none uses up the limit
    lines = 0
    while (
        lines < _MAX_HEAD_LINES
        and start < len(paragraphs) - 1
        and _is_page_line(paragraphs[start], title=title)
    ):
        line = " ".join(paragraphs[start].split())
        continued_table = start > 0 and (
            (_is_table_row(line) and _is_table_row(paragraphs[start - 1]))
            or (_LIST_ITEM.match(line) is not None and _LIST_ITEM.match(paragraphs[start - 1]) is not None)
        )
        lines += not (continued_table or (title and line == title))
        start += 1
    end = len(paragraphs)
    while (
        end - 1 > start
        and len(paragraphs) - end < _MAX_TAIL_LINES
        and _is_page_line(paragraphs[end - 1], title=title)
        and not _LIST_ITEM.match(paragraphs[end - 1])
    ):
        end -= 1
    end = _before_labelled_list(paragraphs, start, end, title=title)
    kept = "\n\n".join(paragraphs[start:end])
    if (start, end) == (0, len(paragraphs)) or word_count(kept) < _MIN_LEFT_WORDS:
        return text, []
    if not has_running_text(kept, title=title):
        return text, []  # nothing but the page's lines: no edge to find (a tracker's table of fields)
    return kept, [*paragraphs[:start], *paragraphs[end:]]


def _before_labelled_list(paragraphs: list[str], start: int, end: int, *, title: str | None) -> int:
    """Where the article ends when its last lines are a list under a label line of its own, with no
    sentence in the list ("Related tickets", then "| #2207 Export as CSV | New |" rows): a box of
    the page's, not the article's own list, which its text leads into ("…as follows:") or whose items
    are sentences. ``end`` when there is none (at most _MAX_TAIL_LINES lines are cut)."""
    first_item = end
    while (
        first_item - 1 > start
        and len(paragraphs) - first_item < _MAX_TAIL_LINES - 1
        and _LIST_ITEM.match(paragraphs[first_item - 1])
        and (
            not _SENTENCE_END.search(paragraphs[first_item - 1]) or _is_dated_fact(paragraphs[first_item - 1])
        )
    ):
        first_item -= 1
    label = first_item - 1
    if first_item == end or label <= start:
        return end
    line = " ".join(paragraphs[label].split())
    if _LIST_ITEM.match(line) or line.endswith((":", "：")) or not _is_page_line(line, title=title):
        return end
    return label


def _is_table_row(paragraph: str) -> bool:
    return paragraph.lstrip().startswith("|")


def _is_dated_fact(paragraph: str) -> bool:
    """A short list item that ends on when it happened, a fact of the page's, not a sentence of the
    article's: "flush-on-close.patch (1.8 KB) - added by marisol.tan 6 weeks ago." (a tracker's
    attachments box)."""
    line = " ".join(paragraph.split()).rstrip(".")
    if word_count(line) > _MAX_LINE_WORDS:
        return False
    words = line.split()
    return (
        any(is_relative_time(" ".join(words[-count:])) for count in (2, 3, 4)) or find_date(line) is not None
    )


def _is_page_line(paragraph: str, *, title: str | None) -> bool:
    line = " ".join(paragraph.split())
    if title and line == title:
        return True
    if "\n" in paragraph.strip() or _RUNNING_END.search(line):
        return False
    return word_count(line) <= (_MAX_DATED_LINE_WORDS if find_date(line) is not None else _MAX_LINE_WORDS)
