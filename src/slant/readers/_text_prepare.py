"""The lines of a plain-text page dump, classified and put in context: author lines anchored on
the timestamps under them, and the headlines listed under "Related stories" and the like marked as
chrome (used by :mod:`slant.readers._text`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from slant.readers._comment_words import PROFILE_FACT
from slant.readers._text_badges import level_badges
from slant.readers._text_chrome import is_link_list_heading
from slant.readers._text_footer_rows import footer_rows
from slant.readers._text_induced import (
    block_author_lines,
    form_lines,
    induced_speech_headers,
    induced_time_headers,
    join_spread_headers,
    repeated_action_rows,
    repeated_counters,
    repeated_field_labels,
    repeated_widget_lines,
    reply_previews,
    shared_header_words,
)
from slant.readers._text_lines import (
    Header,
    LineKind,
    classify,
    is_author_label,
    is_prose,
    normalise_author,
    parse_byline,
    place_signature,
)
from slant.readers._text_markers import numbers_links, references_start, without_links, without_markers
from slant.readers._text_thread import Line
from slant.readers._words import word_count

__all__ = ["split_lines"]


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    gap = 0
    raws = text.split("\n")
    numbered = numbers_links(raws)
    references = references_start(raws)
    for position, raw in enumerate(raws):
        expanded = raw.replace("\u200b", "").replace("\ufeff", "").expandtabs(4).rstrip()
        stripped = expanded.strip()
        if not stripped:
            gap += 1
            continue
        indent = len(expanded) - len(expanded.lstrip())
        if position >= references:
            lines.append(Line(stripped, indent, gap, LineKind.CHROME, None))  # a text browser's list of URLs
            gap = 0
            continue
        # The header rules see the line without the markers a text browser or a copy put before it;
        # a line of text keeps its list marker (a bullet inside a comment is the comment's).
        bare = without_markers(stripped, numbered_links=numbered)
        kind, header = classify(bare) if bare else (LineKind.CHROME, None)
        shown = bare if kind is not LineKind.TEXT else without_links(stripped, numbered_links=numbered)
        lines.append(Line(shown or stripped, indent, gap, kind, header))
        gap = 0
    lines = footer_rows(
        form_lines(induced_speech_headers(shared_header_words(induced_time_headers(level_badges(lines)))))
    )
    return _drop_link_lists(
        reply_previews(
            block_author_lines(
                _without_profile_facts(
                    _anchor_authors(
                        join_spread_headers(
                            repeated_field_labels(
                                repeated_widget_lines(repeated_counters(repeated_action_rows(lines)))
                            )
                        )
                    )
                )
            )
        )
    )


# A profile fact is a short line: the verb and a place or an employer, no sentence.
_PROFILE_FACT_LINE = re.compile(rf"^{PROFILE_FACT}\s+\S.{{0,80}}$", re.IGNORECASE)


def _without_profile_facts(lines: list[Line]) -> list[Line]:
    """Mark as chrome a profile fact printed right under a commenter's name ("Ignacio Salvatierra" /
    "Trabaja en Construcciones Salvatierra" / the text): the commenter's, not the comment's words.
    A fact is no sentence, and the comment's text follows it ("Lives in hope, as ever." alone under
    a name is the comment)."""
    for index, line in enumerate(lines[:-1]):
        if (
            line.kind is LineKind.TEXT
            and line.gap == 0
            and _PROFILE_FACT_LINE.match(line.text)
            and not line.text.endswith((".", "!", "?", "…"))
            and lines[index + 1].gap == 0
            and lines[index + 1].kind is LineKind.TEXT
            and _under_author(lines, index)
        ):
            lines[index] = replace(line, kind=LineKind.CHROME, header=None)
    return lines


def _anchor_authors(lines: list[Line]) -> list[Line]:
    """Make a short line right over a timestamp line an author line beyond doubt ("Sam in Swindon"
    over "1 hour ago"): comment systems print the author there, whatever the name looks like."""
    # Not in the head, where a short headline may stand over the article's date line.
    start = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    for index in range(start, len(lines) - 1):
        line, below = lines[index], lines[index + 1]
        if (
            below.gap
            or below.kind is not LineKind.TIMESTAMP
            or _under_author(lines, index)
            or parse_byline(line.text) is not None
        ):
            continue  # (a name under an author line is the target of a reply: the thread tells)
        header = line.header
        if (
            line.kind is LineKind.HEADER
            and header is not None
            and not header.strong
            and header.number is None
        ):
            lines[index] = replace(line, header=replace(header, strong=True))
        elif line.kind is LineKind.TEXT and is_author_label(line.text):
            author = place_signature(line.text) or normalise_author(line.text)  # "Игорь, Москва"
            lines[index] = replace(
                line, kind=LineKind.HEADER, header=Header(LineKind.HEADER, author=author, strong=True)
            )
    return lines


def _drop_link_lists(lines: list[Line]) -> list[Line]:
    """Mark the headlines listed under "Related stories" and the like as chrome.

    Such headlines are short title-case lines, which would otherwise pass for comment authors.
    """
    in_list = False
    in_item = False  # the lines of a listed story after its headline, no blank between them
    for index, line in enumerate(lines):
        if is_link_list_heading(line.text) and not _in_menu(lines, index):
            lines[index] = replace(line, kind=LineKind.CHROME, header=None)
            in_list, in_item = True, False
        elif in_list and (
            _is_listed_headline(line)
            or (line.gap == 0 and line.kind in (LineKind.HEADER, LineKind.COMMENTS_HEADING))
            or (in_item and line.gap == 0)
        ):
            # (a name over a time right under a listed headline is its section and date, not a comment;
            # "3 comments • 2 years ago" its count, and "Paul M — Finally. ..." its latest comment,
            # quoted in the story's box)
            lines[index] = replace(line, kind=LineKind.CHROME, header=None)
            in_item = True
        else:
            in_list = in_item = False
    return lines


# A menu's items are this short ("Home / Archive / Tags / About"): one or two words each.
MAX_MENU_ITEM_WORDS = 2


def _in_menu(lines: Sequence[Line], index: int) -> bool:
    """Tell a link-list heading's word standing as one item of a menu ("Tags" between "Archive" and
    "About", no blank line between them): a link to a page, not the heading of a list under it."""
    if index == 0 or index + 1 >= len(lines) or lines[index].gap or lines[index + 1].gap:
        return False
    return all(word_count(lines[i].text) <= MAX_MENU_ITEM_WORDS for i in (index - 1, index + 1))


def _under_author(lines: Sequence[Line], index: int) -> bool:
    """Tell a line printed right under an author line (badges in between)."""
    above = index
    while lines[above].gap == 0 and above > 0:
        above -= 1
        header = lines[above].header
        if lines[above].kind is LineKind.HEADER and header is not None:
            return header.author is not None
        if lines[above].kind is not LineKind.CHROME:
            return False
    return False


def _is_listed_headline(line: Line) -> bool:
    plain_name = line.kind is LineKind.HEADER and line.header is not None and not line.header.strong
    if line.kind in (LineKind.TIMESTAMP, LineKind.BUTTONS, LineKind.CHROME):
        return True  # "12 comments • 3 days ago", "Published / 1 day ago" under a listed headline
    return (
        (line.kind is LineKind.TEXT or plain_name) and not is_prose(line.text) and word_count(line.text) <= 20
    )
