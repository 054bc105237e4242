"""The lines of a plain-text page dump, classified and put in context: author lines anchored on
the timestamps under them, and the headlines listed under "Related stories" and the like marked as
chrome (used by :mod:`slant.readers._text`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from slant.readers._comment_words import JOINED_LABEL, PROFILE_FACT
from slant.readers._text_badges import level_badges
from slant.readers._text_chrome import is_link_list_heading
from slant.readers._text_footer_rows import footer_rows
from slant.readers._text_induced import (
    after_last_footer,
    block_author_lines,
    comment_box_lines,
    form_lines,
    induced_speech_headers,
    induced_time_headers,
    join_spread_headers,
    labelled_date_signatures,
    named_like_headers,
    repeated_action_rows,
    repeated_counters,
    repeated_field_labels,
    repeated_widget_lines,
    reply_previews,
    shared_header_words,
    signed_line_ends,
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
    lines = labelled_date_signatures(signed_line_ends(lines))
    lines = footer_rows(
        form_lines(
            induced_speech_headers(
                shared_header_words(named_like_headers(induced_time_headers(level_badges(lines))))
            )
        )
    )
    # The steps that read the page's repetition and its lines' neighbours, in order: each sees what
    # the ones before it marked.
    for step in (
        repeated_action_rows,
        repeated_counters,
        repeated_widget_lines,
        repeated_field_labels,
        join_spread_headers,
        _anchor_authors,
        _without_profile_facts,
        _without_badges,
        _without_rank_badges,
        _without_member_titles,
        _numbered_head_names,
        block_author_lines,
        comment_box_lines,
        after_last_footer,
        reply_previews,
        _drop_link_lists,
    ):
        lines = step(lines)
    return lines


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


# A badge is a word or two ("Top-Fan", "Fan assidu", "Top Contributor"): no sentence, no number.
_MAX_BADGE_WORDS = 3
_MAX_BADGE_CHARS = 30
_BADGE_SHAPE = re.compile(r"^[^\W\d_][^\W\d]*(?:[\s-][^\W\d]+){0,2}$")


def _without_badges(lines: list[Line]) -> list[Line]:
    """Mark as chrome a badge printed between a commenter's name and the comment's text ("Gerlinde
    Maaß" / "Top-Fan" / the text), in the slot where the page prints profile facts under other
    names: a comment plugin fills that slot with the commenter's badge or facts, never with the
    comment's first words. Only a page that shows a profile fact in the slot is read so (a short
    first line of a comment, "Genau", elsewhere stays text); the name keeps the badge's anchoring."""
    slot_used = any(
        line.kind is LineKind.CHROME
        and _PROFILE_FACT_LINE.match(line.text)
        and index > 0
        and lines[index - 1].kind is LineKind.HEADER
        and line.gap == 0
        for index, line in enumerate(lines)
    )
    if not slot_used:
        return lines
    for index in range(1, len(lines) - 1):
        line, above, below = lines[index], lines[index - 1], lines[index + 1]
        header = line.header
        if (
            line.kind in (LineKind.TEXT, LineKind.HEADER)
            and line.gap == 0
            and below.gap == 0
            and below.kind is LineKind.TEXT
            and is_prose(below.text)
            and above.kind is LineKind.HEADER
            and above.header is not None
            and above.header.author is not None
            and not (header is not None and (header.timestamp or header.number is not None))
            and len(line.text) <= _MAX_BADGE_CHARS
            and word_count(line.text) <= _MAX_BADGE_WORDS
            and _BADGE_SHAPE.match(line.text)
        ):
            if header is not None and header.strong and not above.header.strong:
                lines[index - 1] = replace(above, header=replace(above.header, strong=True))
            lines[index] = replace(line, kind=LineKind.CHROME, header=None)
    return lines


# A rank badge is short: "LV9", "Lv.5", "吧主", "Moderator".
_MAX_RANK_CHARS = 12
_MAX_RANK_WORDS = 2
_DIGITS = re.compile(r"\d+")
# The thread must print one badge (its number aside) under at least this many names.
MIN_RANK_BADGES = 2


def _without_rank_badges(lines: list[Line]) -> list[Line]:
    """Mark as chrome a rank badge right under a commenter's name and over the text ("河边的老周" /
    "LV9" / the text, "临川县吧_吧务" / "吧主" / the text), when the thread prints the same short
    line (its number aside) so under at least two names: the forum's level or role of the poster,
    not a counter, a commenter or the text."""
    by_shape: dict[str, list[int]] = {}
    for index in range(1, len(lines) - 1):
        line, above, below = lines[index], lines[index - 1], lines[index + 1]
        header = line.header
        if (
            line.gap == 0
            and below.gap == 0
            and line.kind in (LineKind.BUTTONS, LineKind.TEXT, LineKind.HEADER)
            and not (header is not None and (header.timestamp or header.number is not None))
            and len(line.text) <= _MAX_RANK_CHARS
            and word_count(line.text) <= _MAX_RANK_WORDS
            and not line.text.endswith((".", "!", "?", "。", "！", "？"))
            and above.kind is LineKind.HEADER
            and above.header is not None
            and above.header.author is not None
            and below.kind is LineKind.TEXT
        ):
            by_shape.setdefault(_DIGITS.sub("#", line.text.casefold()), []).append(index)
    for found in by_shape.values():
        if len(found) >= MIN_RANK_BADGES:
            for index in found:
                lines[index] = replace(lines[index], kind=LineKind.CHROME, header=None)
    return lines


# A member card's registration line: "Fecha de ingreso: mar 2016", "Joined: Mar 2019".
_JOINED_LINE = re.compile(rf"^{JOINED_LABEL}\s*[:：]", re.IGNORECASE)
_MAX_TITLE_WORDS = 4


def _without_member_titles(lines: list[Line]) -> list[Line]:
    """Mark as chrome a forum member's title between the name and the member card's registration
    line ("PacoElDelVolvo" / "ForoCochero" / "Fecha de ingreso: jun 2011"): the card is the
    poster's, and its first line under the name is the rank the forum gives, no commenter replied
    to. The name is the card's first line; what lies between it and the registration line is card."""
    for index, line in enumerate(lines):
        if line.kind is not LineKind.CHROME or line.gap or not _JOINED_LINE.match(line.text):
            continue
        above = index - 1
        while above > 0 and lines[above].gap == 0 and lines[above].kind in (LineKind.HEADER, LineKind.TEXT):
            above -= 1
        card = range(above + 1, index)
        if lines[above].gap == 0 and lines[above].kind in (LineKind.HEADER, LineKind.TEXT):
            card = range(above, index)  # (the run starts the page)
        names = [i for i in card if lines[i].kind is LineKind.HEADER]
        if not names:
            continue
        for title in card:
            if (
                title > names[0]
                and word_count(lines[title].text) <= _MAX_TITLE_WORDS
                and not is_prose(lines[title].text)
            ):
                lines[title] = replace(lines[title], kind=LineKind.CHROME, header=None)
    return lines


_MAX_HEAD_NAME_WORDS = 4
# The thread must print at least this many numbered heads with a name in the slot.
MIN_NAMED_HEADS = 2


def _numbered_head_names(lines: list[Line]) -> list[Line]:
    """Make an author line of the line in a numbered post head's name slot ("#6" / "05-dic-2024,
    11:40" / "Usuario eliminado") when the thread's other heads have a name there: the forum prints
    every poster's name in that place, a deleted account's or an association's too, whatever the
    name rules make of it."""
    named = 0
    slots: list[int] = []
    for index in range(len(lines) - 2):
        number, time, slot = lines[index], lines[index + 1], lines[index + 2]
        if number.kind is not LineKind.NUMBER or time.kind is not LineKind.TIMESTAMP or time.gap or slot.gap:
            continue
        if slot.kind is LineKind.HEADER and slot.header is not None and slot.header.author is not None:
            named += 1
        elif (
            slot.kind is LineKind.TEXT
            and not is_prose(slot.text)
            and word_count(slot.text) <= _MAX_HEAD_NAME_WORDS
            and slot.text[-1:].isalnum()
        ):
            slots.append(index + 2)
    if named < MIN_NAMED_HEADS:
        return lines
    for index in slots:
        name = lines[index].text
        lines[index] = replace(
            lines[index], kind=LineKind.HEADER, header=Header(LineKind.HEADER, author=name, strong=True)
        )
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
