"""The plain-text page reader: a dump of a rendered news page to title, article and comment thread.

Crawled news often reaches researchers as such dumps (see ``examples/news-page-with-comments.txt``):
page chrome ("JUNE 2023", "Click to see the full-size map", "Share"), the headline, the article's
paragraphs, then the comments, each maybe under an author line, with action rows ("Reply") and
timestamps. The reader works in three steps:

1. the head: chrome, the title, a byline and a date line near the title;
2. where the thread starts: a comments heading, or the first comment header line;
3. the thread, cut into comments (:mod:`slant.readers._text_thread`).

It uses only the standard library and one pass of regular expressions per line: about 2 ms of CPU
for the example page, linear in the number of lines (bench/bench_readers.py). What it dropped as
chrome is kept in ``doc.meta["chrome"]``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from slant._document import Document, Part
from slant._errors import NotAPageError
from slant.readers._text_chrome import is_link_list_heading
from slant.readers._text_dates import find_date
from slant.readers._text_lines import (
    Header,
    LineKind,
    classify,
    is_author_label,
    is_prose,
    is_role_line,
    normalise_author,
    parse_byline,
    place_signature,
    word_count,
)
from slant.readers._text_thread import Line, build_comments

__all__ = ["read_text_page"]

logger = logging.getLogger(__name__)

# The least an article must have: a few sentences' worth of words, and one line of running text.
MIN_ARTICLE_WORDS = 12
MIN_LONGEST_LINE_WORDS = 6
# A page whose lines are all this short, with lines that follow each other without a blank line,
# has hard-wrapped paragraphs (72-80 columns is the custom; 100 leaves room).
MAX_WRAPPED_LINE_CHARS = 100
# A line of the head this short with a date in it is a dateline or an issue line, never the headline.
MAX_DATED_LINE_WORDS = 12
# A title is a headline: at most this many words, and no full stop at its end.
MAX_TITLE_WORDS = 30

# Lines that tell a comment thread from an article's subheadings (see _corroborated).
_THREAD_EVIDENCE = (
    LineKind.NUMBER,
    LineKind.TIMESTAMP,
    LineKind.BUTTONS,
    LineKind.REPLY_TO,
    LineKind.SIGNATURE,
)
# Lines of the thread that are no comment's text: they are kept in ``doc.meta["chrome"]``.
_NOT_COMMENT_TEXT = (LineKind.CHROME, LineKind.BUTTONS, LineKind.COMMENTS_HEADING, LineKind.REPLY_FORM)
_SAMPLE_CHARS = 100_000
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s")
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-Za-z]\.){2,}$")  # "U.S." in a menu or a headline
# A link shown as its address alone ("reuters.com/business/fina..."): under a headline it is no text.
_BARE_LINK = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_NON_LETTER = re.compile(r"[\W\d_]+")
_LOG_LINE = re.compile(
    r"^\s*(?:\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[?\d\d:\d\d:\d\d|\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|"
    r"CRITICAL)\b|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{1,3}(?:\.\d{1,3}){3} )"
)


def read_text_page(text: str, *, source: str, url: str | None) -> Document:
    """Read a plain-text dump of a news page.

    Args:
        text: the page, decoded, with LF line ends.
        source: what the user gave (a path, ``"<stdin>"``, ``"<text>"``), for messages.
        url: the page's URL, if known.

    Returns:
        A :class:`Document` with the title (if any), the article without chrome (its ``published``
        from a date line near the title, its ``author`` from a byline), and the comments in page
        order ("c1", "c2", ...), each with its author or None, its text, its date when the page
        gives an absolute one, and the id of the comment it replies to where the page tells.

    Raises:
        NotAPageError: the text holds no article (a few words, a table, a log, a list of numbers).
    """
    lines = _split_lines(text)
    _refuse_non_pages(lines, source)
    chrome: list[str] = []
    title, author, published, body_start, head_meta, first_prose = _read_head(lines, chrome)
    paragraph_gap = _paragraph_gap(lines)
    # A "Comments" link or a byline above the first paragraph is no thread.
    search_from = max(body_start, first_prose) if first_prose < len(lines) else body_start
    search_from = max([search_from, *(index + 1 for index in head_meta)])
    thread_start = _find_thread_start(lines, search_from, paragraph_gap)
    article_lines = _body_lines(
        [
            line
            for index, line in enumerate(lines[body_start:thread_start], start=body_start)
            if index not in head_meta
        ],
        chrome,
    )
    article_text = _join(article_lines)
    _require_article(article_text, source)
    comments = build_comments(lines[thread_start:], paragraph_gap=paragraph_gap)
    chrome.extend(line.text for line in lines[thread_start:] if line.kind in _NOT_COMMENT_TEXT)
    logger.debug("text reader: %d comments, %d chrome lines from %s", len(comments), len(chrome), source)
    return Document(
        title=Part(title, kind="title", id="title") if title else None,
        article=Part(article_text, kind="article", id="article", author=author, published=published),
        comments=comments,
        url=url,
        source=source,
        reader="text",
        meta={"chrome": chrome},
    )


def _split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    gap = 0
    for raw in text.split("\n"):
        expanded = raw.replace("\u200b", "").replace("\ufeff", "").expandtabs(4).rstrip()
        stripped = expanded.strip()
        if not stripped:
            gap += 1
            continue
        kind, header = classify(stripped)
        lines.append(Line(stripped, len(expanded) - len(expanded.lstrip()), gap, kind, header))
        gap = 0
    return _drop_link_lists(_anchor_authors(lines))


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
    for index, line in enumerate(lines):
        if is_link_list_heading(line.text):
            lines[index] = replace(line, kind=LineKind.CHROME, header=None)
            in_list = True
        elif in_list and (_is_listed_headline(line) or (line.gap == 0 and line.kind is LineKind.HEADER)):
            # (a name over a time right under a listed headline is its section and date, not a comment)
            lines[index] = replace(line, kind=LineKind.CHROME, header=None)
        else:
            in_list = False
    return lines


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


def _read_head(
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
            and not _is_question_headline(line.text)
        ),
        len(lines),
    )
    author: str | None = None
    published: str | None = None
    meta: set[int] = set()
    candidates: list[int] = []
    for index, line in enumerate(lines[:first_prose]):
        if line.kind is LineKind.CHROME:
            continue
        byline = parse_byline(line.text)
        if byline is None and line.kind is LineKind.BUTTONS and word_count(line.text) <= 3:
            continue  # an action row in the head: "Follow", "·", "1.4K"
        if byline is not None:
            author = author or byline[0]
            published = published or byline[1]
            meta.add(index)
        elif line.kind is LineKind.TIMESTAMP:
            meta.add(index)  # "3 hours ago" under a headline: not a date, not text
        elif word_count(line.text) <= MAX_DATED_LINE_WORDS and (dated := find_date(line.text)) is not None:
            published = published or dated[0]
            meta.add(index)  # "Газета «Коммерсантъ» №82 от 12.05.2023, стр. 7": an issue line, no headline
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
        if byline is None:
            break
        author, published = author or byline[0], published or byline[1]
        meta.add(index)
    if not candidates:
        return None, author, published, 0, meta, first_prose
    title_index = max(candidates, key=lambda i: (word_count(lines[i].text), -i))
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
    for index in range(title_index + 1, first_prose):
        line = lines[index]
        if _BARE_LINK.match(line.text):
            meta.add(index)
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
    return lines[title_index].text, author, published, title_index + 1, meta, first_prose


def _is_question_headline(text: str) -> bool:
    """Tell a headline that asks ("To think the new school uniform rules are too expensive?"): one
    question and nothing before it, which a paragraph of running text rarely is."""
    return (
        text.endswith("?")
        and word_count(text) <= MAX_TITLE_WORDS
        and _SENTENCE_INSIDE.search(text[:-1]) is None
    )


def _is_date_line(line: Line) -> bool:
    """Tell a line that is only a date, or a date and a byline ("Nov. 14, 2022 Updated 6:45 p.m.")."""
    if word_count(line.text) > 14 or line.kind is LineKind.CHROME:
        return False
    byline = parse_byline(line.text)
    return byline is not None and byline[1] is not None


def _is_byline(lines: Sequence[Line], index: int) -> bool:
    """Tell a name alone between the headline and the first paragraph, next to a date line."""
    header = lines[index].header
    if header is None or header.author is None or header.number is not None or header.timestamp:
        return False
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


def _is_hard_wrapped(lines: Sequence[Line]) -> bool:
    """Tell a page whose paragraphs are wrapped over several short lines (e-mail, newsletters)."""
    longest = max((len(line.text) for line in lines), default=0)
    return longest <= MAX_WRAPPED_LINE_CHARS and any(line.gap == 0 for line in lines[1:])


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


def _find_thread_start(lines: Sequence[Line], body_start: int, paragraph_gap: int) -> int:
    """Return the index of the thread's first line (len(lines) when the page has no comments)."""
    seen_text = False
    # Under an explicit comments heading, a short name-like line above it is a subheading.
    last_heading = max(
        (i for i in range(body_start, len(lines)) if lines[i].kind is LineKind.COMMENTS_HEADING), default=-1
    )
    for index in range(body_start, len(lines)):
        line = lines[index]
        kind = line.kind
        if kind is LineKind.TEXT:
            seen_text = seen_text or is_prose(line.text) or word_count(line.text) >= MIN_LONGEST_LINE_WORDS
            continue
        if not seen_text:
            continue
        if kind in (LineKind.COMMENTS_HEADING, LineKind.REPLY_FORM, LineKind.NUMBER):
            return index
        if (
            kind is LineKind.HEADER
            and line.header is not None
            and (line.header.strong or (index > last_heading and _corroborated(lines, index, paragraph_gap)))
            and not (index < last_heading and parse_byline(line.text) is not None)
        ):
            return index
    return len(lines)


def _corroborated(lines: Sequence[Line], index: int, paragraph_gap: int) -> bool:
    """Tell whether a plain name-like line opens a thread rather than a subheading or a list item:
    comment structure follows it (a timestamp, an action row, an unmistakable header, a gap wider
    than the paragraphs', or two author lines in a row, which is an author with an empty comment).

    Another plain name-like line further down is no evidence: articles have several subheadings.
    """
    previous = lines[index]
    for line in lines[index + 1 :]:
        if line.kind in _THREAD_EVIDENCE or line.gap > paragraph_gap:
            return True
        strong = line.kind is LineKind.HEADER and line.header is not None and line.header.strong
        if strong or (_unnumbered_header(previous) and _unnumbered_header(line)):
            return True
        previous = line
    return False


def _unnumbered_header(line: Line) -> bool:
    return line.kind is LineKind.HEADER and line.header is not None and line.header.number is None


def _body_lines(region: Sequence[Line], chrome: list[str]) -> list[Line]:
    """The article's lines: the region's lines without chrome, and without the short lines that
    follow the chrome after the last paragraph ("Join thought-provoking conversations, follow ..."
    under a newsletter box): a promo's blurb, not the article's end."""
    kept: list[tuple[Line, bool]] = []
    chrome_since_prose = False
    for line in region:
        if _is_body_line(line, chrome):
            kept.append((line, chrome_since_prose))
            if is_prose(line.text):
                chrome_since_prose = False
        else:
            chrome_since_prose = True
    # "Journalism / Media / Local News": a run of tags after the last paragraph
    run = 0
    while (
        len(kept) > run and word_count(kept[-1 - run][0].text) <= 3 and not is_prose(kept[-1 - run][0].text)
    ):
        run += 1
    if run >= 2 and all(line.gap == 0 for line, _ in kept[len(kept) - run + 1 :]):
        chrome.extend(line.text for line, _ in kept[len(kept) - run :])
        kept = kept[: len(kept) - run]
    while kept and kept[-1][1] and not is_prose(kept[-1][0].text):
        chrome.append(kept.pop()[0].text)
    # "Dieses Thema im Programm: / Das Erste tagesschau 28.08.2023 20:00 Uhr": a label and a date
    # after the last paragraph are a programme or a promo note.
    last_prose = max((i for i, (line, _) in enumerate(kept) if is_prose(line.text)), default=len(kept))
    tail = [line for line, _ in kept[last_prose + 1 :]]
    if tail and any(line.text.endswith(":") for line in tail) and any(find_date(line.text) for line in tail):
        chrome.extend(line.text for line in tail)
        kept = kept[: last_prose + 1]
    return [line for line, _ in kept]


def _is_body_line(line: Line, chrome: list[str]) -> bool:
    if line.kind in (LineKind.CHROME, LineKind.BUTTONS, LineKind.COMMENTS_HEADING, LineKind.REPLY_FORM):
        chrome.append(line.text)
        return False
    if (line.kind is LineKind.TIMESTAMP or parse_byline(line.text) is not None) and not is_prose(line.text):
        chrome.append(line.text)  # a timestamp, or a byline under the article ("Posted by Jane at 9:14 AM")
        return False
    return True


def _join(lines: Sequence[Line]) -> str:
    parts: list[str] = []
    for line in lines:
        if parts:
            parts.append("\n" if line.gap == 0 else "\n\n")
        parts.append(line.text)
    return "".join(parts)


def _paragraph_gap(lines: Sequence[Line]) -> int:
    """The page's usual gap between paragraphs: the commonest number of blank lines between texts.

    Zero when the page has no blank lines at all (one paragraph a line); a page that wraps lines and
    separates paragraphs by a blank line has a paragraph gap of one, not zero.
    """
    gaps = Counter(line.gap for line in lines[1:] if line.gap > 0)
    if not gaps:
        return 0
    return min(gaps, key=lambda gap: (-gaps[gap], gap))


def _refuse_non_pages(lines: Sequence[Line], source: str) -> None:
    texts = [line.text for line in lines]
    # The head of a long input tells a table or a log as well as all of it does, at a bounded cost.
    sample = "\n".join(texts)[:_SAMPLE_CHARS]
    non_space = len(_SPACE.sub("", sample))
    letters = len(_NON_LETTER.sub("", sample))
    if non_space == 0 or letters / non_space < 0.5:
        raise NotAPageError(
            f"{source} is not a news page: expected running text, got mostly digits and symbols "
            f"({letters} letters in {non_space} characters); give a page's text, HTML or JSON"
        )
    texts = texts[:2000]
    if len(texts) >= 4:
        for delimiter in ("\t", ";", "|", ","):
            counts = Counter(t.count(delimiter) for t in texts)
            count, lines_with_count = counts.most_common(1)[0]
            if count >= (2 if delimiter == "," else 1) and lines_with_count >= 0.8 * len(texts):
                name = {"\t": "tab", ";": "semicolon", "|": "pipe", ",": "comma"}[delimiter]
                raise NotAPageError(
                    f"{source} is not a news page: expected running text, got a table ({lines_with_count} of "
                    f"{len(texts)} lines have {count} {name}s); give a page's text, HTML or JSON"
                )
        logged = sum(1 for t in texts if _LOG_LINE.match(t))
        if logged >= 0.6 * len(texts):
            raise NotAPageError(
                f"{source} is not a news page: expected running text, got a log ({logged} of {len(texts)} "
                "lines start with a timestamp or a log level); give a page's text, HTML or JSON"
            )


def _require_article(article: str, source: str) -> None:
    words = word_count(article)
    longest = max((word_count(line) for line in article.split("\n")), default=0)
    if words < MIN_ARTICLE_WORDS or longest < MIN_LONGEST_LINE_WORDS:
        raise NotAPageError(
            f"{source} is not a news page: expected an article of at least {MIN_ARTICLE_WORDS} words, "
            f"got {words} word{'s' if words != 1 else ''} of article text; give a whole page"
        )
