"""The head of a plain-text page dump: the title, the byline and the date near it, and where the
article body starts (used by :mod:`slant.readers._text`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from unicodedata import east_asian_width

from slant.readers._dates import find_date, is_relative_time, parse_date
from slant.readers._text_chrome import is_follow_button
from slant.readers._text_lines import LineKind, is_prose, is_role_line, parse_byline
from slant.readers._text_thread import Line
from slant.readers._words import word_count

__all__ = ["MAX_TITLE_WORDS", "is_label_line", "is_menu_row", "read_head"]

# A page whose lines are all this short, with lines that follow each other without a blank line,
# has hard-wrapped paragraphs (72-80 columns is the custom; 100 leaves room).
MAX_WRAPPED_LINE_CHARS = 100
# A line of the head this short with a date in it is a dateline or an issue line, never the headline.
MAX_DATED_LINE_WORDS = 12
# A line right over the byline is the headline, under a longer banner line, from this many words.
MIN_HEADLINE_OVER_BYLINE_WORDS = 4
# A title is a headline: at most this many words, and no full stop at its end.
MAX_TITLE_WORDS = 30
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s")
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-Za-z]\.){2,}$")  # "U.S." in a menu or a headline
# A link shown as its address alone ("reuters.com/business/fina..."): under a headline it is no text.
_BARE_LINK = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)


def read_head(
    lines: Sequence[Line], chrome: list[str]
) -> tuple[str | None, str | None, str | None, int, set[int], int]:
    """Find the title, the byline and date near it, and where the article body starts.

    The head is everything above the first paragraph of running text. Its longest headline-like
    line is the title: the short ones above it are the site's or section's name.

    Returns:
        The title, the article's author, its ISO publication date, the index of the first line after
        the title (or of the first line of the page's text when it has no title), the indices of
        the byline and date lines, which are not article text, and the index of the first
        paragraph of running text (no comment thread starts above it).
    """
    wrapped = _is_hard_wrapped(lines)
    first_prose = next(
        (
            i
            for i, line in enumerate(lines)
            if line.kind is not LineKind.CHROME
            and (is_prose(line.text) or (wrapped and _in_prose_block(lines, i)))
            and not _is_date_line(line)
            and not is_timed_fields_line(line.text)
            and not _is_question_headline(line.text)
            and not _headline_over_byline(lines, i)
        ),
        len(lines),
    )
    author: str | None = None
    published: str | None = None
    meta: set[int] = set()
    candidates: list[int] = []
    for index, line in enumerate(lines[:first_prose]):
        if line.kind in (LineKind.CHROME, LineKind.COMMENTS_HEADING):
            continue  # (a "Comments" or "Forums" link in the menu above the headline)
        byline = parse_byline(line.text)
        if byline is None and line.kind is LineKind.BUTTONS and word_count(line.text) <= 3:
            continue  # an action row in the head: "Follow", "·", "1.4K"
        if byline is not None:
            author = author or byline[0]
            published = published or byline[1]
            meta.add(index)
        elif line.kind is LineKind.TIMESTAMP or is_timed_fields_line(line.text):
            meta.add(index)  # "3 hours ago" under a headline: not a date, not text
            if line.header is not None and line.header.published is not None:
                published = published or line.header.published[:10]  # "2024/12/4 18:30配信"
        elif (word_count(line.text) <= MAX_DATED_LINE_WORDS or _labelled_dateline(line.text)) and (
            dated := find_date(line.text)
        ) is not None:
            published = published or dated[0]
            meta.add(index)  # "Газета «Коммерсантъ» №82 от 12.05.2023, стр. 7": an issue line, no headline
        elif line.kind is LineKind.NUMBER and line.header is not None and line.header.number == "1":
            meta.add(index)  # "#1" over a forum thread's first post, which is the article
        elif line.kind in (LineKind.TEXT, LineKind.HEADER) and is_menu_row(line.text):
            continue  # "Home   News   Schools   Sports": the site's menu on one line
        elif line.kind in (LineKind.TEXT, LineKind.HEADER) and _is_headline(line.text):
            candidates.append(index)
        else:
            break  # a sentence or a thread's header: the head ends here
    # A byline or a date line under a standfirst ("Aktualisiert am 30. Oktober 2023"): still near the title.
    for index in range(first_prose + 1, min(first_prose + 4, len(lines))):
        line = lines[index]
        byline = (
            parse_byline(line.text) if not is_prose(line.text) and line.kind is not LineKind.CHROME else None
        )
        header = line.header
        if byline is None and header is not None and _names_over_date(lines, index):
            byline = (header.author, None)
        elif byline is None and index - 1 in meta and _is_date_line(line) and header is not None:
            byline = (None, (header.published or "")[:10] or None)  # the date under the name
        if byline is None:
            break
        author, published = author or byline[0], published or byline[1]
        meta.add(index)
    if not candidates:
        return None, author, published, 0, meta, first_prose
    menu_end = _menu_end(lines, first_prose)
    if any(index > menu_end for index in candidates):
        candidates = [index for index in candidates if index > menu_end]  # (the banner's tagline is above)
    candidates = _without_breadcrumbs(lines, candidates)
    title_index = max(candidates, key=lambda i: (word_count(lines[i].text), -i))
    over_byline = candidates[-1]
    if (
        over_byline > title_index + 1
        and over_byline + 1 in meta
        and (parse_byline(lines[over_byline + 1].text) or (None, None))[0] is not None
        and word_count(lines[over_byline].text) >= MIN_HEADLINE_OVER_BYLINE_WORDS
    ):
        # "Water troughs to be switched off early this winter" right over "Posted on ... by Name",
        # under a longer tagline in the banner, lines away (a standfirst stands right under its
        # headline): the line the byline signs is the headline
        title_index = over_byline
    title_index = _quoted_headline(lines, title_index, first_prose)
    above = title_index - 1
    if (
        above in candidates
        and word_count(lines[above].text) >= 3
        and _title_cased(lines[above].text)
        and not _title_cased(lines[title_index].text)
        and word_count(lines[title_index].text) >= 12
    ):
        title_index = above  # a Title Case headline over a longer sentence-case standfirst
    elif (
        above in candidates
        and word_count(lines[above].text) >= 4
        and 2 * word_count(lines[above].text) >= word_count(lines[title_index].text)
        and not lines[above].text.isupper()
        and word_count(lines[title_index].text) >= 8
        and lines[title_index].kind is LineKind.TEXT
    ):
        title_index = above  # a headline over its longer standfirst (dek), which is the article's lead
    chrome.extend(line.text for i, line in enumerate(lines[:title_index]) if i not in meta)
    below = title_index + 1
    if below in candidates and lines[below].gap == 0 and any(below < index < first_prose for index in meta):
        meta.add(below)  # a subtitle in the headline's block, over the byline: the head's, not the body's
    last_meta = max((index for index in meta if title_index < index < first_prose), default=first_prose)
    for index in range(last_meta + 1, first_prose):
        if lines[index].kind is not LineKind.CHROME and is_label_line(lines[index].text):
            meta.add(index)  # "字号：大 中 小" between the date line and the text: a widget
    for index in range(title_index + 1, first_prose):
        line = lines[index]
        if _BARE_LINK.match(line.text):
            meta.add(index)
        elif line.text == lines[title_index].text:
            # the headline again over the text, as the thread's first post prints its subject; the
            # poster's name (and badges, chrome already) right over it is the post's byline
            meta.add(index)
            above = index - 1
            while above > title_index and lines[above].kind is LineKind.CHROME and lines[above + 1].gap == 0:
                above -= 1
            header = lines[above].header
            if above > title_index and lines[above].kind is LineKind.HEADER and header is not None:
                author = author or header.author
                meta.add(above)
        elif (
            author is None
            and line.kind is LineKind.HEADER
            and line.header is not None
            and _is_byline(lines, index)
        ):
            author = line.header.author  # a name alone under the headline, over the date: the byline
            meta.add(index)
        elif (
            line.kind is LineKind.HEADER
            and line.header is not None
            and line.header.author is not None
            and line.header.published is not None
        ):
            author = author or line.header.author  # "NewMumOfThree · Sun 05-Mar-23 10:12:00": the poster
            published = published or line.header.published[:10]
            meta.add(index)
        elif index - 1 in meta and is_role_line(line.text):
            meta.add(index)  # "Health correspondent" under the byline
        elif index not in meta and line.kind is not LineKind.CHROME and is_count_row(line.text):
            # "+1 284" (a rating), "2.3万播放 · 总弹幕数86 2024-12-05 18:00:00" (plays, comments and
            # the date): the post's counters between the headline and the text, maybe with its date
            meta.add(index)
            chrome.append(line.text)  # (kept with the page's other chrome, as furniture is)
            dated = find_date(line.text)
            published = published or (dated[0] if dated is not None else None)
    furniture = _furniture_after_byline(lines, title_index, first_prose, meta)
    chrome.extend(lines[index].text for index in sorted(furniture))
    meta.update(furniture)
    # the date of the byline under the headline, over a date above it (a mail's "Date:" header)
    published = _signed_date_under(lines, title_index, first_prose, meta) or published
    return (
        _without_bracket_labels(lines[title_index].text),
        author,
        published,
        title_index + 1,
        meta,
        first_prose,
    )


# "江城论坛 › 本地新闻 › <the title>": a path of links, the page itself last.
_CRUMB_SEPARATOR = re.compile(r"\s+[›»>]\s+")
# "[交通] <the title>  [复制链接]": a forum's category label before a subject and a link after it,
# in square brackets. A label in lenticular brackets is the headline's own ("【新闻】青石镇...",
# "【本地新闻】..."): Chinese headlines open so, in the poster's or the outlet's words.
_BRACKET_LABELS = re.compile(r"^\[[^\]]{1,12}\]\s*|\s*\[[^\]]{1,12}\]$")


def _without_breadcrumbs(lines: Sequence[Line], candidates: list[int]) -> list[int]:
    """Drop a breadcrumb from the headline candidates: a path whose last link is another candidate's
    words (the page's own title, printed again as its headline below the path)."""
    kept: list[int] = []
    for index in candidates:
        crumbs = _CRUMB_SEPARATOR.split(lines[index].text)
        last = crumbs[-1].strip()
        if len(crumbs) >= 2 and any(
            other != index and last in lines[other].text and lines[other].text != lines[index].text
            for other in candidates
        ):
            continue
        kept.append(index)
    return kept or candidates


def _without_bracket_labels(title: str) -> str:
    """A headline without the bracketed labels and links around it ("[交通] ... [复制链接]")."""
    bare = _BRACKET_LABELS.sub("", title).strip()
    return bare if word_count(bare) >= 2 or len(bare) >= 8 else title


# A count: a number (maybe signed, with a thin or plain space between its thousands, with a
# magnitude such as "万" or "K") beside a short word or none ("+1 284", "2.3万播放", "总弹幕数86",
# "点赞 1856", "1.2K views").
_COUNT_PART = re.compile(
    r"^(?:[^\W\d_]{1,6}\s?)?[+\-−]?\d{1,3}(?:[\s\u2009\u202f.,]?\d{3})*(?:[.,]\d+)?[万亿千kKmM]?(?:\s?[^\W\d_]{1,8})?$"
)
_ROW_PARTS = re.compile(r"\s*[·•|]\s*|\s{2,}")
# A row of counts holds this many counts at least, when it holds words besides ("分享").
MIN_COUNTS_WITH_WORDS = 2


def is_count_row(text: str) -> bool:
    """Tell a row of counters (plays, likes, a rating, maybe with a date or an action word among
    them), which a post prints beside its headline or under its text, from a line of words."""
    dated = find_date(text, with_time=True)
    rest = text[: dated[1]] + "  " + text[dated[2] :] if dated is not None else text
    parts = [part for part in _ROW_PARTS.split(rest.strip()) if part]
    if not parts or any(len(part) > _MAX_COUNT_PART_CHARS for part in parts):
        return False
    counts = sum(1 for part in parts if _COUNT_PART.match(part) and any(c.isdigit() for c in part))
    words = len(parts) - counts
    return counts >= 1 and (words == 0 or (counts >= MIN_COUNTS_WITH_WORDS and words <= 1))


_MAX_COUNT_PART_CHARS = 16


def _quoted_headline(lines: Sequence[Line], title_index: int, first_prose: int) -> int:
    """The headline that the title line quotes in full, further down the head: 'Subject: 6 new
    comments on "Brookfield votes to keep the crossing guard"' over that headline alone, in a
    notification mail; the line quoting it is about the story, the quoted one is its title."""
    quoting = lines[title_index].text
    for index in range(title_index + 1, first_prose):
        text = lines[index].text
        if len(text) >= MIN_QUOTED_HEADLINE_CHARS and any(
            f"{opening}{text}{closing}" in quoting for opening, closing in _QUOTES
        ):
            return index
    return title_index


MIN_QUOTED_HEADLINE_CHARS = 12
_QUOTES = (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("「", "」"), ("'", "'"), ("‘", "’"))


def _signed_date_under(
    lines: Sequence[Line], title_index: int, first_prose: int, meta: set[int]
) -> str | None:
    """The date of a byline with a name right under the headline ("By Gordon Ashe | December 5, 2024"):
    the article's, over any date above the headline (a mail's "Date:" header, a page's date widget)."""
    for index in sorted(meta):
        if title_index < index < first_prose:
            byline = parse_byline(lines[index].text)
            if byline is not None and byline[0] is not None and byline[1] is not None:
                return byline[1]
    return None


def _furniture_after_byline(
    lines: Sequence[Line], title_index: int, first_prose: int, meta: set[int]
) -> set[int]:
    """The lines between the byline's (or date line's) block and the first paragraph that are no
    running text: a share row, a photo caption, hubs and counts ("Транспорт*", "4.1K"). A line
    between the headline and the byline's block is its standfirst and stays the article's lead."""
    first_meta = min((index for index in meta if title_index < index < first_prose), default=None)
    if first_meta is None:
        return set()
    start = first_meta
    while start - 1 > title_index and lines[start].gap == 0:
        start -= 1  # ("Простой" / "3 мин" / "4.1K": the date line's block)
    return {index for index in range(start, first_prose) if index not in meta and _is_furniture(lines[index])}


def _is_furniture(line: Line) -> bool:
    """Tell a line of words or counts that is no running text (widgets, times and headings are
    dropped from the article with the rest of their kind)."""
    plain = line.kind is LineKind.TEXT or (
        line.kind is LineKind.HEADER and line.header is not None and not line.header.timestamp
    )
    return plain and not is_prose(line.text)


# "2024年11月20日 09:30　来源：东方快讯　作者：陈晓雯": a date, then labelled fields (source, author).
_LABELLED_FIELD = re.compile(r"^[^\W\d_]{1,12}[:：]\S{1,30}$")
# "字号：大 中 小", "（责任编辑：王芳）", "Tags: rust, drivers": a short label and a colon, then values.
_LABEL_LINE = re.compile(r"^[(（]?[^\W\d_]{1,12}[:：]\s*\S.{0,60}$")


def _labelled_dateline(text: str) -> bool:
    """Tell a date line that a long run of labelled fields follows (counted as many words in CJK)."""
    found = find_date(text, with_time=True)
    if found is None or text[: found[1]].strip():
        return False
    fields = text[found[2] :].split()
    return bool(fields) and all(_LABELLED_FIELD.match(field) for field in fields)


# "enviado: hace 9 h.", "updated: 2 hours ago": a field's label, a colon, then its value.
_TIMED_FIELD = re.compile(r"(?:^|\s)[^\W\d_]{2,15}:\s+")
# The words a submission line may hold before its first labelled time ("por Name a domain").
MAX_WORDS_BEFORE_TIMED_FIELDS = 8


def is_timed_fields_line(text: str) -> bool:
    """Tell a submission line whose fields are times ("por Name a domain enviado: hace 9 h.
    publicado: hace 6 h."): at least one labelled field, each field's value a time (relative or
    absolute), and only a few words before the first label. It is the story's byline, no text."""
    fields = _TIMED_FIELD.split(text)
    if len(fields) < 2 or word_count(fields[0]) > MAX_WORDS_BEFORE_TIMED_FIELDS:
        return False
    return all(
        is_relative_time(value.strip(" .,;")) or parse_date(value.strip(" ,;")) is not None
        for value in fields[1:]
    )


def is_label_line(text: str) -> bool:
    """Tell a short "label: values" line that is no sentence: a widget or a credit, not article text."""
    return (
        _LABEL_LINE.match(text) is not None
        and not is_prose(text)
        and word_count(text) <= MAX_DATED_LINE_WORDS
    )


# A site's menu: at least this many items in a row, each of a word or two, no blank line between.
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 2


def _menu_end(lines: Sequence[Line], end: int) -> int:
    """Return the index of the last item of the last menu above ``end`` ("News / Sport / Opinion /
    What's on / Contact" as a list), or -1: the site's banner and its tagline are above it, the
    headline below it."""
    last, run, named = -1, 0, 0
    for index in range(end):
        line = lines[index]
        short = word_count(line.text.lstrip("*+•- ")) <= MAX_MENU_ITEM_WORDS and not _count_or_time(line)
        continues = short and (line.gap == 0 or run == 0)
        run = run + 1 if continues else int(short)
        # (a run of widget words only, "Share / Tweet / Email", is an action row, not the site's menu)
        named = (named if continues else 0) + int(short and line.kind is not LineKind.CHROME)
        if run >= MIN_MENU_ITEMS and named:
            last = index
    return last


def _count_or_time(line: Line) -> bool:
    """A time or a count ("3 мин", "4.1K") is a widget of the article's head, no menu item."""
    return line.kind is LineKind.TIMESTAMP or (
        line.kind is LineKind.BUTTONS and _DIGIT.search(line.text) is not None
    )


_DIGIT = re.compile(r"\d")
# A menu on one line: items of a word or two apart by wide spaces ("Home   News   Schools").
_MENU_GAP = re.compile(r"\s{2,}|\u3000")
MAX_MENU_ITEM_CHARS = 20


def is_menu_row(text: str) -> bool:
    """Tell a site's menu printed on one line: at least three items of a word or two (or a few CJK
    characters), set apart by wide spaces, and no sentence."""
    items = [item for item in _MENU_GAP.split(text.strip()) if item]
    return (
        len(items) >= MIN_MENU_ITEMS
        and all(
            len(item.split()) <= MAX_MENU_ITEM_WORDS and len(item) <= MAX_MENU_ITEM_CHARS for item in items
        )
        and not is_prose(text)
    )


def _headline_over_byline(lines: Sequence[Line], index: int) -> bool:
    """Tell a Title Case headline with a sentence or a question in it ("Library Fines Are Gone. Did
    Anyone Notice?") from a paragraph: it stands right over the byline or date line."""
    text = lines[index].text
    return (
        index + 1 < len(lines)
        and not text.endswith(".")
        and word_count(text) <= MAX_TITLE_WORDS
        and _title_cased(text)
        and parse_byline(lines[index + 1].text) is not None
    )


def _is_question_headline(text: str) -> bool:
    """Tell a headline that asks ("To think the new school uniform rules are too expensive?"): one
    question and nothing before it, which a paragraph of running text rarely is."""
    return (
        text.endswith("?")
        and word_count(text) <= MAX_TITLE_WORDS
        and _SENTENCE_INSIDE.search(text[:-1]) is None
    )


def _names_over_date(lines: Sequence[Line], index: int) -> bool:
    """Tell an author's name alone over a date line, without a "By" ("Andreas Schürer" / "12.04.2024"),
    maybe with the dateline's place between them ("Martina Grolle" / "Kahlenau" / the date)."""
    line = lines[index]
    if not (
        line.kind is LineKind.HEADER
        and line.header is not None
        and line.header.author is not None
        and not line.header.timestamp
        and index + 1 < len(lines)
        and lines[index + 1].gap == 0
    ):
        return False
    if _is_date_line(lines[index + 1]):
        return True
    place = lines[index + 1]
    return (
        place.kind in (LineKind.HEADER, LineKind.TEXT)
        and word_count(place.text) <= _MAX_PLACE_WORDS
        and not is_prose(place.text)
        and index + 2 < len(lines)
        and lines[index + 2].gap == 0
        and _is_date_line(lines[index + 2])
    )


_MAX_PLACE_WORDS = 3


def _is_date_line(line: Line) -> bool:
    """Tell a line that is only a date, or a date and a byline ("Nov. 14, 2022 Updated 6:45 p.m.")."""
    if word_count(line.text) > 14 or line.kind is LineKind.CHROME:
        return False
    if line.kind is LineKind.TIMESTAMP and line.header is not None and line.header.published is not None:
        return True  # ("Donnerstag, 05.12.2024, 16:20 Uhr": a weekday before the date)
    byline = parse_byline(line.text)
    return byline is not None and byline[1] is not None


def _is_byline(lines: Sequence[Line], index: int) -> bool:
    """Tell a name alone between the headline and the first paragraph, next to a date line."""
    header = lines[index].header
    if header is None or header.author is None or header.number is not None or header.timestamp:
        return False
    if _follow_in_block(lines, index):
        return True  # "林晓岚" / "城市规划从业者，关注旧城更新" / "关注她": an author box with no date
    near: list[Line] = []
    for step in (-1, 1):
        i = index + step
        while (
            0 <= i < len(lines)
            and lines[i].kind in (LineKind.CHROME, LineKind.BUTTONS)
            and abs(i - index) < 6
        ):
            i += step
        if 0 <= i < len(lines):
            near.append(lines[i])
    return any(
        line.kind is LineKind.TIMESTAMP
        or is_role_line(line.text)
        or (parse_byline(line.text) or (None, None))[1] is not None
        for line in near
    )


# An author box's follow button stands within this many lines under the name (a tagline between).
MAX_FOLLOW_DISTANCE = 2


def _follow_in_block(lines: Sequence[Line], index: int) -> bool:
    """Tell a name whose block (no blank line between) holds a follow button under it, maybe under
    a tagline: the author box a platform prints under the headline, with or without a date."""
    for below in range(index + 1, min(index + 1 + MAX_FOLLOW_DISTANCE, len(lines))):
        if lines[below].gap:
            return False
        if is_follow_button(lines[below].text):
            return True
    return False


def _is_hard_wrapped(lines: Sequence[Line]) -> bool:
    """Tell a page whose paragraphs are wrapped over several short lines (e-mail, newsletters)."""
    longest = max((_columns(line.text) for line in lines), default=0)
    return longest <= MAX_WRAPPED_LINE_CHARS and any(line.gap == 0 for line in lines[1:])


def _columns(text: str) -> int:
    """The columns a line fills on a terminal, where wrapping is done: a wide (CJK) character fills
    two, so a Japanese paragraph of 60 characters is no wrapped line of a short-lined dump."""
    return len(text) + sum(1 for char in text if char >= "\u1100" and east_asian_width(char) in "WF")


def _in_prose_block(lines: Sequence[Line], index: int) -> bool:
    """Tell whether a line belongs to a hard-wrapped paragraph: its lines are not sentences one by
    one, so the block of lines with no blank between them is judged whole."""
    start = index
    while start > 0 and lines[start].gap == 0 and index - start < 50:
        start -= 1
    end = index + 1
    while end < len(lines) and lines[end].gap == 0 and end - index < 50:
        end += 1
    return end - start > 1 and is_prose(" ".join(line.text for line in lines[start:end]))


def _title_cased(text: str) -> bool:
    """Tell a headline in Title Case: most of its longer words are capitalised."""
    words = [word for word in text.split() if len(word) > 3 and word[0].isalpha()]
    return len(words) >= 2 and sum(word[0].isupper() for word in words) >= 0.6 * len(words)


def _is_headline(text: str) -> bool:
    words = word_count(text)
    unended = not text.endswith((".", ",", ":", ";")) or _ABBREVIATION_END.search(text) is not None
    return (1 <= words <= MAX_TITLE_WORDS and unended) or text.endswith("...")
