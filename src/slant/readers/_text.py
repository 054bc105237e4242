"""The plain-text page reader: a dump of a rendered news page to title, article and comment thread.

Crawled news often reaches researchers as such dumps (see ``examples/news-page-with-comments.txt``):
page chrome ("JUNE 2023", "Click to see the full-size map", "Share"), the headline, the article's
paragraphs, then the comments, each maybe under an author line, with action rows ("Reply") and
timestamps. The reader works in four steps:

1. the lines, each classified (:mod:`slant.readers._text_lines`, with the widget vocabulary of
   :mod:`slant.readers._text_chrome`, names of :mod:`slant.readers._names`, bylines of
   :mod:`slant.readers._text_bylines`, dates of :mod:`slant.readers._dates`) and put in
   context (:mod:`slant.readers._text_prepare`), with the roles that the page's own repetition
   gives lines whose words no list holds (:mod:`slant.readers._text_induced`);
2. the head: chrome, the title, a byline and a date line near the title (:mod:`slant.readers._text_head`);
3. where the thread starts: a comments heading (or a count, or a count with the title), or the
   first comment header line; then the thread's lines that a learned line-role model reads, with
   confidence, as footers or chrome are marked so (:mod:`slant.readers._text_roles`);
4. the thread, cut into comments (:mod:`slant.readers._text_thread`, with the layouts only a whole
   thread shows in :mod:`slant.readers._text_layouts`).

It uses only the standard library and one pass of regular expressions per line: about 3 ms of CPU
for the example page, linear in the number of lines (bench/bench_readers.py). What it dropped as
chrome is kept in ``doc.meta["chrome"]``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from slant._document import Document, Part
from slant._errors import NotAPageError
from slant.readers._announced import announced_in_text, comments_note
from slant.readers._dates import find_date
from slant.readers._text_bylines import is_author_tagline
from slant.readers._text_head import MAX_DATED_LINE_WORDS, is_count_row, is_label_line, read_head
from slant.readers._text_lines import (
    LineKind,
    is_prose,
    parse_byline,
)
from slant.readers._text_mail import MailThread, read_mail_thread
from slant.readers._text_prepare import split_lines
from slant.readers._text_roles import corrected_lines
from slant.readers._text_thread import Line, build_comments
from slant.readers._words import word_count

__all__ = ["read_text_page"]

logger = logging.getLogger(__name__)

# The least an article must have: a few sentences' worth of words, and one line of running text.
MIN_ARTICLE_WORDS = 12
MIN_LONGEST_LINE_WORDS = 6

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
    lines = split_lines(text)
    _refuse_non_pages(lines, source)
    mail = read_mail_thread(text)
    if mail is not None:
        return _mail_document(mail, source=source, url=url, text=text)
    chrome: list[str] = []
    title, author, published, body_start, head_meta, first_prose = read_head(lines, chrome)
    paragraph_gap = _paragraph_gap(lines)
    # A "Comments" link or a byline above the first paragraph is no thread.
    search_from = max(body_start, first_prose) if first_prose < len(lines) else body_start
    search_from = max([search_from, *(index + 1 for index in head_meta)])
    _mark_title_counts(lines, search_from, title)
    thread_start = _find_thread_start(lines, search_from, paragraph_gap)
    thread_start = _with_count_line(lines, thread_start, search_from)
    lines = corrected_lines(lines, thread_start)  # the learned model's corrections, when it is on
    _mark_sender_footer(lines, thread_start)
    published = published or _signed_date(lines, body_start, thread_start)
    article_lines = _body_lines(
        [
            line
            for index, line in enumerate(lines[body_start:thread_start], start=body_start)
            if index not in head_meta
        ],
        chrome,
    )
    if article_lines and is_author_tagline(article_lines[-1].text, author):
        chrome.append(article_lines.pop().text)  # "<the author> covers ... Reach her at <address>."
    if published is None and article_lines:
        published = _foot_date(lines, article_lines[-1], thread_start)
    article_text = _join(article_lines)
    _require_article(article_text, source)
    comments = build_comments(lines[thread_start:], paragraph_gap=paragraph_gap)
    chrome.extend(line.text for line in lines[thread_start:] if line.kind in _NOT_COMMENT_TEXT)
    logger.debug("text reader: %d comments, %d chrome lines from %s", len(comments), len(chrome), source)
    meta: dict[str, Any] = {"chrome": chrome}
    note = comments_note(announced_in_text(text), found=len(comments))
    if note is not None:
        meta["comments_note"] = note
    return Document(
        title=Part(title, kind="title", id="title") if title else None,
        article=Part(article_text, kind="article", id="article", author=author, published=published),
        comments=comments,
        url=url,
        source=source,
        reader="text",
        meta=meta,
    )


def _mail_document(mail: MailThread, *, source: str, url: str | None, text: str) -> Document:
    """The document of a page of mail messages, read from their headers (:mod:`slant.readers._text_mail`)."""
    _require_article(mail.article, source)
    meta: dict[str, Any] = {"chrome": mail.chrome}
    note = comments_note(announced_in_text(text), found=len(mail.comments))
    if note is not None:
        meta["comments_note"] = note
    return Document(
        title=Part(mail.title, kind="title", id="title") if mail.title else None,
        article=Part(
            mail.article, kind="article", id="article", author=mail.author, published=mail.published
        ),
        comments=mail.comments,
        url=url,
        source=source,
        reader="text",
        meta=meta,
    )


def _signed_date(lines: Sequence[Line], body_start: int, thread_start: int) -> str | None:
    """The date a forum's first post, which is the article, signs under its text ("1楼 2024-12-05
    09:12 来自Android客户端" after the last paragraph, the thread below): the article's date when
    its head gives none. Only footer rows and widgets may stand between it and the thread."""
    for index in range(thread_start - 1, body_start, -1):
        line = lines[index]
        header = line.header
        if line.kind not in (LineKind.BUTTONS, LineKind.TIMESTAMP, LineKind.CHROME):
            return None
        if (
            header is not None
            and header.published is not None
            and line.gap == 0
            and lines[index - 1].kind is LineKind.TEXT
        ):
            return header.published[:10]
    return None


def _mark_title_counts(lines: list[Line], start: int, title: str | None) -> None:
    """Mark "4 svar till ”<the title>”" as the comments heading: a count, a word or two and the
    page's own title, which is how WordPress themes head a thread in every language."""
    if not title or len(title) < MIN_QUOTED_TITLE_CHARS:
        return
    wanted = title.casefold()
    for index in range(start, len(lines)):
        line = lines[index]
        if (
            line.kind is LineKind.TEXT
            and _COUNT_FIRST.match(line.text)
            and wanted in line.text.casefold()
            and len(line.text) <= len(title) + _MAX_HEADING_EXTRA_CHARS
        ):
            lines[index] = replace(line, kind=LineKind.COMMENTS_HEADING, header=None)


MIN_QUOTED_TITLE_CHARS = 12
_MAX_HEADING_EXTRA_CHARS = 40
_COUNT_FIRST = re.compile(r"^\d[\d,.]*\s+\S")


# "8 σχόλια", "31 Kommentit": a count and a word or two, the thread's heading in any language.
_COUNT_LINE = re.compile(r"^\d[\d,.]*\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?$")


# The signature delimiter of mail ("-- " alone on its line, RFC 3676): what follows is the sender's.
_SIGNATURE_DELIMITER = frozenset({"--", "-- "})


def _mark_sender_footer(lines: list[Line], thread_start: int) -> None:
    """Mark as chrome what follows a signature delimiter after the thread's last comment: a
    notification mail's footer ("You are receiving this because you follow this story.", the
    unsubscribe links, the sender's address), which no commenter wrote. A delimiter with a comment's
    header or a name line after it is inside the thread (a commenter's own signature), and stays."""
    for index in range(len(lines) - 1, thread_start, -1):
        if lines[index].text not in _SIGNATURE_DELIMITER:
            continue
        if any(line.kind in (LineKind.HEADER, LineKind.NUMBER) for line in lines[index + 1 :]):
            return
        for footer in range(index, len(lines)):
            lines[footer] = replace(lines[footer], kind=LineKind.CHROME, header=None)
        return


def _with_count_line(lines: Sequence[Line], thread_start: int, body_start: int) -> int:
    """Move the thread's start up over a count line right above its first comment ("8 σχόλια"):
    the thread's heading, in a language the heading patterns do not know, not the article's end."""
    above = thread_start - 1
    if (
        above > body_start
        and thread_start < len(lines)
        and lines[thread_start].kind is LineKind.HEADER
        and lines[above].kind in (LineKind.TEXT, LineKind.HEADER)
        and _COUNT_LINE.match(lines[above].text)
    ):
        return above
    return thread_start


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
        if _signed_one_liner(lines, index):
            return index - 1  # "text" / "– Name 3 дек 2024 в 10:20": the first comment, signed at its end
        if (
            kind is LineKind.HEADER
            and line.header is not None
            and (line.header.strong or (index > last_heading and _corroborated(lines, index, paragraph_gap)))
            and not (index < last_heading and parse_byline(line.text) is not None)
        ):
            return index
    return len(lines)


def _signed_one_liner(lines: Sequence[Line], index: int) -> bool:
    """Tell a dated signature right under a one-line text, when another dated signature follows on
    the page: a thread of comments signed at their end, not a letter's signature under its last
    paragraph (which bears no date, and stands alone)."""
    line = lines[index]
    header = line.header
    if line.kind is not LineKind.SIGNATURE or header is None or not header.timestamp or line.gap:
        return False
    above = lines[index - 1]
    return (
        above.kind is LineKind.TEXT
        and above.gap > 0
        and any(
            later.kind is LineKind.SIGNATURE and later.header is not None and later.header.timestamp
            for later in lines[index + 1 :]
        )
    )


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
    region = _without_author_box(_without_end_form(region, chrome), chrome)
    kept: list[tuple[Line, bool]] = []
    chrome_since_prose = False
    for line in region:
        if _is_body_line(line, chrome):
            kept.append((line, chrome_since_prose))
            if is_prose(line.text):
                chrome_since_prose = False
        else:
            chrome_since_prose = True
    while kept and not is_prose(kept[-1][0].text) and _is_end_row(kept[-1][0].text):
        chrome.append(kept.pop()[0].text)  # "新闻  青石镇  老街", "点赞 1856  投币 203  分享": tags, counts
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
    last_prose = _last_paragraph([line for line, _ in kept])
    tail = [line for line, _ in kept[last_prose + 1 :]]
    if tail and any(line.text.endswith(":") for line in tail) and any(find_date(line.text) for line in tail):
        chrome.extend(line.text for line in tail)
        kept = kept[: last_prose + 1]
    elif tail and all(is_label_line(line.text) for line in tail):
        # "（责任编辑：王芳）", "分享到：微信 微博": credits and a share row after the last paragraph
        chrome.extend(line.text for line in tail)
        kept = kept[: last_prose + 1]
    elif _is_labelled_box(tail):
        # "Zum Thema" / "Verkehrsverbund: Neue Taktung auf der S-Bahn-Linie 8": a label over a
        # linked headline, set apart under the last paragraph, is a box of related links
        chrome.extend(line.text for line in tail)
        kept = kept[: last_prose + 1]
    elif len(tail) >= MIN_FURNITURE_TAIL:
        # "Temas / Obras / Tajo / Recibe cada mañana ... / Tu correo electrónico / Apúntate": after
        # the last paragraph, a run of lines none of which is running text is the page's furniture
        chrome.extend(line.text for line in tail)
        kept = kept[: last_prose + 1]
    return _without_boxes([line for line, _ in kept], chrome)


# A row's parts are set apart by wide spaces or bars; a tag is a word or two (a few characters
# where words have no spaces between them).
_WIDE_PARTS = re.compile(r"\s{2,}|\s*[|·•]\s*")
MIN_ROW_PARTS = 3
MAX_TAG_WORDS = 2
MAX_TAG_CHARS = 24


def _is_end_row(text: str) -> bool:
    """Tell a row printed under an article's text: its counters and actions ("点赞 1856  投币 203
    收藏 412  分享"), or its tags on one line, set apart by wide spaces ("新闻  青石镇  老街  城市更新")."""
    if is_count_row(text):
        return True
    parts = [part for part in _WIDE_PARTS.split(text.strip()) if part]
    return len(parts) >= MIN_ROW_PARTS and all(
        len(part.split()) <= MAX_TAG_WORDS
        and len(part) <= MAX_TAG_CHARS
        and not any(c.isdigit() for c in part)
        and not is_prose(part)
        and not part.endswith((".", "!", "?", "…", "。", "！", "？", ",", "，"))
        for part in parts
    )


def _is_labelled_box(tail: Sequence[Line]) -> bool:
    """Tell a box after the article's last paragraph: a label of a few words that ends no sentence,
    set apart by a blank line, with the lines of its block right under it, none of them running
    text (a related story's headline, a link)."""
    return (
        len(tail) >= 2
        and tail[0].gap > 0
        and word_count(tail[0].text) <= MAX_LABEL_WORDS
        and not tail[0].text.endswith((".", "!", "?", "…", "。", "！", "？"))
        and all(line.gap == 0 and not is_prose(line.text) for line in tail[1:])
    )


def _last_paragraph(kept: Sequence[Line]) -> int:
    """The index of the article's last paragraph (len(kept) when it has none). A short sentence after
    a run of furniture is the furniture's ("Related Links" / "Top of the: day, week, month.", "記事に
    関する報告" / "この記事はいかがでしたか？"), not a paragraph that resumes the article."""
    paragraphs = [index for index, line in enumerate(kept) if is_prose(line.text)]
    while (
        len(paragraphs) >= 2
        and word_count(kept[paragraphs[-1]].text) < MIN_ARTICLE_WORDS
        and paragraphs[-1] - paragraphs[-2] - 1 >= MIN_FURNITURE_TAIL
        and not _is_list(kept[paragraphs[-2] : paragraphs[-1]])
    ):
        paragraphs.pop()
    return paragraphs[-1] if paragraphs else len(kept)


_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[-*•·–])\s")


def _is_list(run: Sequence[Line]) -> bool:
    """Tell the article's own list: a paragraph ending with a colon over it, or items with markers
    ("Three measures are now being discussed:" / "1. Faster compensation payments")."""
    return run[0].text.endswith((":", "：")) or all(_LIST_MARKER.match(line.text) for line in run[1:])


# So many lines after the last paragraph, none of them running text, are furniture (one may be a
# closing line of the article: "Reporting by Jane Doe").
MIN_FURNITURE_TAIL = 3
# A box's label: a few words in capitals ("TE PUEDE INTERESAR", "READ MORE").
MAX_LABEL_WORDS = 4


def _without_boxes(kept: list[Line], chrome: list[str]) -> list[Line]:
    """Drop a box set between two paragraphs: a label in capitals with the lines of its block under
    it, none of them running text ("TE PUEDE INTERESAR" / a linked headline). A label alone, with a
    paragraph after a blank line, is a subheading and stays."""
    dropped: set[int] = set()
    for index, line in enumerate(kept):
        block = index + 1
        while block < len(kept) and kept[block].gap == 0 and not is_prose(kept[block].text):
            block += 1
        if (
            index > 0
            and block < len(kept)
            and block > index + 1
            and kept[block].gap > 0
            and line.text.isupper()
            and word_count(line.text) <= MAX_LABEL_WORDS
            and is_prose(kept[index - 1].text)
            and is_prose(kept[block].text)
        ):
            dropped.update(range(index, block))
    chrome.extend(kept[index].text for index in sorted(dropped))
    return [line for index, line in enumerate(kept) if index not in dropped]


# A form's input shows its placeholder: a few words and an ellipsis ("Type your email...").
_MAX_INPUT_WORDS = 5


def _without_end_form(region: Sequence[Line], chrome: list[str]) -> list[Line]:
    """Drop a form after the article's last paragraph: an input's placeholder right over its
    button ("Type your email..." / "Subscribe"), and the paragraph right over the input, which is
    the form's pitch ("... consider becoming a free or paid subscriber."). (An input under a line
    that is no paragraph is left to the rules for chrome after the text.)"""
    for index in range(len(region) - 2, 0, -1):
        line, button = region[index], region[index + 1]
        if (
            line.kind is LineKind.TEXT
            and line.text.endswith(("...", "…"))
            and word_count(line.text) <= _MAX_INPUT_WORDS
            and button.gap == 0
            and button.kind in (LineKind.CHROME, LineKind.BUTTONS)
            and is_prose(region[index - 1].text)
            and not any(is_prose(after.text) for after in region[index + 1 :])
        ):
            chrome.extend(dropped.text for dropped in region[index - 1 : index + 1])
            return [*region[: index - 1], *region[index + 1 :]]
    return list(region)


# An author box holds the byline, counts and buttons, and at most one sentence or two of biography.
MAX_AUTHOR_BOX_PARAGRAPHS = 1


def _without_author_box(region: Sequence[Line], chrome: list[str]) -> list[Line]:
    """Drop the box about the author after the article's last paragraph: a byline ("Written by
    Leon Farrow") over lines none of which, but one biography, is running text (followers,
    "Follow", the publication's name). A byline with paragraphs after it is the article's own."""
    paragraphs = [index for index, line in enumerate(region) if is_prose(line.text)]
    if len(paragraphs) <= MAX_AUTHOR_BOX_PARAGRAPHS:
        return list(region)
    last_text = paragraphs[-1 - MAX_AUTHOR_BOX_PARAGRAPHS]
    for index in range(last_text + 1, len(region)):
        line = region[index]
        byline = parse_byline(line.text) if line.kind is LineKind.HEADER else None
        if (
            byline is not None
            and byline[0] is not None
            and line.gap > 0
            and index + 1 < len(region)
            and region[index + 1].gap == 0
            and not is_prose(region[index + 1].text)
        ):
            chrome.extend(after.text for after in region[index:])
            return list(region[:index])
    return list(region)


def _is_body_line(line: Line, chrome: list[str]) -> bool:
    if line.kind in (LineKind.CHROME, LineKind.BUTTONS, LineKind.COMMENTS_HEADING, LineKind.REPLY_FORM):
        chrome.append(line.text)
        return False
    # Prose first: it is the cheaper test, and most of a page's lines are prose (a 20 MB dump has
    # 100,000 of them), which no byline parse is then spent on.
    if not is_prose(line.text) and (line.kind is LineKind.TIMESTAMP or parse_byline(line.text) is not None):
        chrome.append(line.text)  # a timestamp, or a byline under the article ("Posted by Jane at 9:14 AM")
        return False
    return True


# A date line at the article's foot stands within this many lines of its last paragraph.
MAX_FOOT_DATE_DISTANCE = 2


def _foot_date(lines: Sequence[Line], last: Line, thread_start: int) -> str | None:
    """The article's date from a short dated line right under its last paragraph ("Published 3 March
    2024", "发布于 2024-12-03 10:15・IP 属地浙江"), for a page whose head gives none: some sites
    print the article's date at its foot, over the tags and the share row."""
    end = next((index for index in range(thread_start - 1, -1, -1) if lines[index] is last), None)
    if end is None:
        return None
    for line in lines[end + 1 : min(end + 1 + MAX_FOOT_DATE_DISTANCE, thread_start)]:
        if is_prose(line.text) or word_count(line.text) > MAX_DATED_LINE_WORDS:
            continue
        found = find_date(line.text)
        if found is not None:
            return found[0]
    return None


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
