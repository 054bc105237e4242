"""The comment thread of a plain-text dump: cut the lines into comments, then find what replies to what.

A comment opens with header lines (a number, an author line, a timestamp, "In reply to ..."), or
with text after a gap wider than the page's paragraph gap, or with text after the previous comment's
action row ("Reply"). Its paragraphs run until one of those opens the next comment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from slant._document import Part
from slant.readers._comment_words import REPLY_TO_WORDS
from slant.readers._text_footer_rows import closed_by_footer_row, same_stem
from slant.readers._text_layouts import (
    footer_headers,
    glued_headers,
    inline_authors,
    named_lines,
    timed_named_lines,
)
from slant.readers._text_lines import (
    Header,
    Line,
    LineKind,
    forum_subject,
    is_author_label,
    is_prose,
    place_signature,
)
from slant.readers._text_reply_counts import ReplyCount, corroborated, reply_count
from slant.readers._words import word_count

__all__ = ["Line", "build_comments"]


@dataclass(slots=True)
class _Draft:
    indent: int
    author: str | None = None
    number: str | None = None
    published: str | None = None
    timestamp: bool = False
    reply_to: str | None = None
    depth: int | None = None
    handle: str | None = None
    subject: str | None = None
    lines: list[tuple[int, str]] = field(default_factory=list)
    closed: bool = False
    inline: bool = False  # opened by "1. Name: text", the author inline before the text
    trailer: list[str] = field(default_factory=list)  # the widget lines printed after its text
    counted_parent: _Draft | None = None  # the comment a reply count over this one stands under
    tabbed: bool = False  # its author block names the commenter answered ("Leila_K" under the author)

    @property
    def open_header(self) -> bool:
        return not self.lines and not self.closed

    def text(self) -> str:
        parts: list[str] = []
        for gap, line in self.lines:
            if parts:
                parts.append("\n" if gap == 0 else "\n\n")
            parts.append(line)
        return "".join(parts)


def build_comments(lines: Sequence[Line], *, paragraph_gap: int) -> list[Part]:
    """Cut the thread's lines into comment parts ("c1", "c2", ...) with authors, dates and parents.

    Args:
        lines: the thread's non-blank lines, in page order.
        paragraph_gap: the blank lines between two paragraphs of one text on this page; a wider
            gap between two texts separates two comments.
    """
    drafts: list[_Draft] = []
    anchored = _is_anchored(lines)
    inline = inline_authors(lines) or glued_headers(lines) or named_lines(lines)
    # Replies inside a post ("Name: text" over their time row) stand among ordinary comments, which
    # keep their author lines: they are not a thread of one-liners.
    nested = {} if inline else timed_named_lines(lines)
    footers = footer_headers(lines)
    subject: str | None = None
    after_form = False
    counts: list[tuple[int, ReplyCount, _Draft]] = []  # (drafts before the count, the count, its comment)
    opened: list[int] = []  # the line each draft was opened at
    for index, line in enumerate(lines):
        opened.extend([index - 1] * (len(drafts) - len(opened)))
        below = lines[index + 1].text if index + 1 < len(lines) else ""
        # (a count right under the form that closes a comment list, "Add a comment" / "2 answers",
        # heads the next section: it counts no replies of the comment above the form)
        under_form = index > 0 and lines[index - 1].kind in (LineKind.REPLY_FORM, LineKind.COMMENTS_HEADING)
        counted = (
            reply_count(line.text, next_line=below) if not _strong_header(line) and not under_form else None
        )
        if counted is not None and drafts:
            counts.append((len(drafts), counted, drafts[-1]))
            if line.kind in (LineKind.TEXT, LineKind.HEADER):
                continue  # "1 reply by Rosalind Achebe", "返信2件を表示": a thread mark, not text
        elif drafts and drafts[-1].lines and line.kind in _TRAILER_KINDS:
            drafts[-1].trailer.append(line.text)
        if index in footers:
            current = drafts[-1] if drafts else None
            header = line.header
            if current is not None and current.lines and not current.closed and header is not None:
                current.author = current.author or header.author  # "Posted by Jane on <date>" under its text
                _set_time(current, header)
                current.closed = True
            continue
        if index in inline or index in nested:
            number, author, text, glued = inline[index] if index in inline else nested[index]
            draft = _Draft(indent=line.indent, author=author, number=number, inline=True)
            if glued is not None:
                draft.reply_to = glued.reply_to
                _set_time(draft, glued)
            if index in nested:
                # a reply inside a post answers that post unless it names another
                draft.counted_parent = next((d for d in reversed(drafts) if not d.inline), None)
            drafts.append(draft)
            draft.lines.append((line.gap, text))
            continue
        current = drafts[-1] if drafts else None
        ends_block = index + 1 == len(lines) or lines[index + 1].gap > 0
        signed = (
            place_signature(line.text)
            if line.kind is LineKind.TEXT and line.gap == 0 and ends_block
            else None
        )
        if signed is not None and current is not None and current.lines and not current.closed:
            current.author = current.author or signed  # "Pete, Hull" under the text it signs
            current.closed = True
            continue
        header = line.header
        kind = line.kind
        if (
            inline
            and not (kind is LineKind.TEXT and is_prose(line.text))
            and _between_one_liners(line, current)
        ):
            continue  # "相关阅读", "最热 | 最新", "我来说两句": headings and prompts around one-line comments
        quotes_next = index + 1 < len(lines) and lines[index + 1].text.startswith(">")
        if kind is LineKind.HEADER and header is not None and header.quote_intro and quotes_next:
            kind = LineKind.TEXT  # "Jane wrote:" before a quotation is part of the comment
            if current is None or current.closed or (current.lines and line.gap > paragraph_gap):
                current = _Draft(indent=line.indent)
                drafts.append(current)
            current.reply_to = current.reply_to or header.author
        if (
            kind is LineKind.HEADER
            and header is not None
            and header.timestamp
            and quotes_next
            and current is not None
            and current.open_header
            and current.author is not None
            and header.author in {draft.author for draft in drafts[-MAX_LOOKBACK:-1]}
        ):
            # "Klaus Wendt schrieb am Dienstag, 3. Dezember 2024 um 21:05:30 UTC+1:" over a "> " line,
            # right under a message's own header: the mail client's attribution of the quoted
            # message, so the text's start and the parent, not a header of its own
            kind = LineKind.TEXT
            current.reply_to = current.reply_to or header.author
        if kind is LineKind.HEADER and current is not None and _signs_off(lines, index, current):
            kind = LineKind.TEXT  # "Viele Grüße" / "Ute" under Ute Kramer's text: her sign-off
        if (
            kind is LineKind.TIMESTAMP
            and line.gap == 0
            and index > 0
            and lines[index - 1].kind is LineKind.QUOTE_BY
        ):
            kind = LineKind.TEXT  # "Татьяна_Н писал(а): ↑" / "04 дек 2024, 10:31": the quoted post's date
        if (
            kind is LineKind.HEADER
            and header is not None
            and current is not None
            and current.open_header
            and current.author is not None
            and line.text.startswith("@")
            and index + 1 < len(lines)
            and lines[index + 1].gap == 0
            and lines[index + 1].kind is LineKind.TEXT
            and header.author in {draft.author for draft in drafts[-MAX_LOOKBACK:-1]}
        ):
            kind = LineKind.TEXT  # "@Olga S." over "we put a two-week limit ...": the text opens with a tag
            current.reply_to = current.reply_to or header.author
        if kind is LineKind.NUMBER and header is not None:
            fresh = current is not None and current.open_header and current.author is None
            if current is not None and fresh and current.number is None and current.depth is None:
                current.number, current.depth = header.number, header.depth
            else:
                drafts.append(_Draft(indent=line.indent, number=header.number, depth=header.depth))
        elif kind is LineKind.HEADER and header is not None:
            after_form = after_form and not (header.strong or header.timestamp)
            if (
                header.quote_intro
                and current is not None
                and current.author is not None
                and not current.closed
                and header.author in {draft.author for draft in drafts[-MAX_LOOKBACK:-1]}
            ):
                current.lines.append((line.gap, line.text))  # "jdoe said:" over the words quoted from them
                current.reply_to = current.reply_to or header.author
            elif (
                current is not None
                and current.open_header
                and current.timestamp
                and line.text.startswith("@")
                and header.author in {draft.author for draft in drafts[-MAX_LOOKBACK:-1]}
            ):
                current.reply_to = header.author  # "Baumfreund" / "vor 2 Std." / "@Münchner_Kindl"
            elif current is not None and current.open_header and line.gap == 0 and line.text.startswith("@"):
                current.handle = header.author  # "Dana Whitford" over "@dana_w · 2h": one author
                _set_time(current, header)
            elif (
                current is not None
                and current.open_header
                and line.gap == 0
                and current.author is not None
                and current.author.casefold() in _BADGE_NAMES
                and not header.strong
            ):
                current.author = header.author  # "Guest" over "Bill Orchard": a badge, then the name
            elif (
                current is not None
                and current.open_header
                and current.author is not None
                and not current.timestamp
                and header.timestamp
                and header.reply_to is None
                and _same_person(header.author, current.author)
            ):
                _set_time(current, header)  # "Kestrel Ken" / "Senior Member" / "Ken wrote on 8 Apr 2024:"
            elif (
                current is not None
                and current.lines
                and not current.closed
                and current.author is None
                and header.author is not None
                and (header.strong or header.timestamp)
                and _actions_follow(lines, index)
            ):
                current.author = header.author  # "Posted by Jane | March 1, 2024" / "Reply": a footer
                _set_time(current, header)
                current.closed = True
            elif (
                current is not None and current.open_header and _badge_over_reply_mark(lines, index, current)
            ):
                continue  # "林晓岚" / "作者" / "回复 陈默": the mark under it names the target, so a badge
            elif current is not None and current.open_header and _names_badge(lines, index, current, drafts):
                continue  # "Marcus Bell" / "Top Commenter" / "5h": a badge, not a commenter replied to
            elif current is not None and current.open_header and _names_target(lines, index, current, drafts):
                current.reply_to = header.author  # "Leila_K" over "Hank Morrow" over "• 2 years ago"
                current.tabbed = True
            elif current is not None and current.open_header and current.author is None:
                current.author = header.author
                current.number = current.number or header.number
                _set_time(current, header)
                current.reply_to = current.reply_to or header.reply_to
            elif (
                anchored
                and current is not None
                and not current.closed
                and current.author is not None
                and not header.timestamp
                and header.number is None
                and header.author in {draft.author for draft in drafts[-MAX_LOOKBACK:-1]}
                and index + 1 < len(lines)
                and lines[index + 1].kind is LineKind.TEXT
            ):
                current.lines.append(
                    (line.gap, line.text)
                )  # "ToastAndMarmite" over the words quoted from them
            elif (
                anchored
                and not header.strong
                and not header.timestamp
                and not _timestamp_follows(lines, index)
                and not closed_by_footer_row(lines, index)
            ):
                continue  # every comment here opens with an author and a time: a bare name is a widget
            else:
                draft = _Draft(indent=line.indent, author=header.author, number=header.number)
                draft.reply_to = header.reply_to
                draft.subject, subject = subject, None
                _set_time(draft, header)
                drafts.append(draft)
        elif kind is LineKind.TIMESTAMP and header is not None:
            if current is not None and current.closed and line.gap == 0 and not current.timestamp:
                _set_time(current, header)  # "Like / Reply / 2h": the time under the action row
            elif current is not None and not current.closed and not current.timestamp:
                _set_time(current, header)
                current.closed = bool(current.lines)  # a timestamp under a text is its footer
            else:
                draft = _Draft(indent=line.indent)
                _set_time(draft, header)
                drafts.append(draft)
        elif kind is LineKind.REPLY_TO and header is not None:
            if current is not None and current.open_header:
                current.reply_to = header.reply_to
            elif current is not None and not current.closed and header.reply_to == current.author:
                current.closed = True  # the "Reply to Jane" button right under Jane's own comment
            else:
                drafts.append(_Draft(indent=line.indent, reply_to=header.reply_to))
        elif kind is LineKind.QUOTE_BY and header is not None:
            # "Originally Posted by Jane" opens a quotation inside a comment: text, and a reply cue.
            if current is None or current.closed or (current.lines and line.gap > paragraph_gap):
                current = _Draft(indent=line.indent)
                drafts.append(current)
            current.lines.append((line.gap, line.text))
            current.reply_to = current.reply_to or header.reply_to
        elif kind is LineKind.SIGNATURE and header is not None:
            # (a comment closed by its widget row, "Share" / "Edit", is still signed under them)
            if current is not None and current.lines and (not current.closed or current.author is None):
                current.author = current.author or header.author
                _set_time(current, header)
                current.closed = True
        elif kind is LineKind.CHROME and forum_subject(line.text):
            subject = forum_subject(line.text)  # "Re: Überraschung!": the post it answers
        elif kind is LineKind.CHROME and anchored and line.gap and current is not None and current.lines:
            current.closed = True  # "Write" / "Sign in with GitHub" after a blank: a form, not the text
        elif kind is LineKind.BUTTONS:
            if current is not None:
                if header is not None and not current.timestamp:
                    _set_time(current, header)
                if header is not None and header.reply_to is not None and current.lines:
                    current.reply_to = current.reply_to or header.reply_to  # "... ответила Андрею | Ответить"
                current.closed = True
        elif kind is LineKind.TEXT:
            if current is not None and current.inline and line.gap and not is_prose(line.text):
                continue  # "Next meeting: 14 May" under a list of one-line comments: not a comment
            if (
                current is not None
                and current.open_header
                and current.author is not None
                and (_label(line) or _tagline(line))
                and _timestamp_follows(lines, index)
                and not _footer_row_next(lines, index)
            ):
                continue  # "Ellen" / "Portland, OR" / "Oct. 3": the author's place (or job), not the text
            if anchored and not is_prose(line.text) and _opens_next(lines, index):
                continue  # "Two hours is nothing (Score:4)": the title of the post whose header follows
            if current is not None and _subject_line(lines, index, current):
                continue  # "Weniger als fünf Fahrgäste" over the posting's text: its subject, not its words
            if (
                anchored
                and (
                    current is None
                    or (
                        current.closed
                        and (not is_prose(line.text) or _after_actions(lines, index) or after_form)
                    )
                )
                and not _footer_below(lines, index)
            ):
                continue  # a notice or a widget between comments that all open with an author and a time
            if current is None or current.closed or (current.lines and line.gap > paragraph_gap):
                current = _Draft(indent=line.indent)
                drafts.append(current)
            current.lines.append((line.gap, line.text))
        elif kind in (LineKind.COMMENTS_HEADING, LineKind.REPLY_FORM) and current is not None:
            # The form's heading after the comments: in a thread whose comments all open with an
            # author and a time, a text under it is the form's help or the page's footer, until a
            # header opens a comment again
            after_form = current.author is not None
            if current.open_header and line.text.endswith((".", "!")) and current.timestamp:
                current.lines.append(
                    (line.gap, line.text)
                )  # "Комментарий удален модератором." under its header
            else:
                current.closed = True
    opened.extend([len(lines) - 1] * (len(drafts) - len(opened)))
    boxed = _summary_box(drafts, opened, lines)
    # A draft with neither an author nor a text is a stray timestamp or number, not a comment.
    kept = [
        draft
        for position, draft in enumerate(drafts)
        if (draft.author is not None or draft.lines) and position not in boxed
    ]
    _mark_counted_replies(drafts, counts)
    return _to_parts(kept)


def _summary_box(drafts: Sequence[_Draft], opened: Sequence[int], lines: Sequence[Line]) -> set[int]:
    """The drafts of a topic's summary box ("created" / "Dec 4" / "last reply" / "1d" / "5" /
    "replies"): two or more label-and-time pairs read as authors without a text, one right under
    the other with no blank line between. A comment without its text (deleted) stands alone."""
    boxed: set[int] = set()
    for position in range(len(drafts) - 1):
        first, second = drafts[position], drafts[position + 1]
        if (
            first.author is not None
            and second.author is not None
            and not first.lines
            and not second.lines
            and 0 <= opened[position + 1] < len(lines)
            and all(lines[index].gap == 0 for index in range(opened[position] + 1, opened[position + 1] + 1))
        ):
            boxed.update((position, position + 1))
    return boxed


# The lines after a comment's text that tell where a run of replies ends (see _text_reply_counts).
_TRAILER_KINDS = (LineKind.BUTTONS, LineKind.CHROME, LineKind.REPLY_FORM, LineKind.COMMENTS_HEADING)


def _mark_counted_replies(drafts: Sequence[_Draft], counts: Sequence[tuple[int, ReplyCount, _Draft]]) -> None:
    """Make the comments a corroborated reply count stands over ("2 replies") replies to the
    comment it stands under.

    A thread that names, in a reply's author block, the commenter it answers (Discourse's reply-to
    tab) leaves the name off a reply printed right under its parent: there the count under the
    parent ("1 Reply") is the mark. So counted comments without a target of their own, in a thread
    that tabs its other replies, are corroborated too."""
    tabbed = {id(draft) for draft in drafts if draft.tabbed}  # (once: a thread may hold thousands of counts)
    for start, mark, parent in counts:
        following = [draft for draft in drafts[start:] if draft.author is not None or draft.lines]
        replies = following[: mark.count]
        if not (parent.author is not None or parent.lines):
            continue
        tabbed_elsewhere = bool(tabbed - {id(draft) for draft in replies})
        untargeted = len(replies) == mark.count and all(draft.reply_to is None for draft in replies)
        if (tabbed_elsewhere and untargeted) or corroborated(
            mark, parent.author, [(d.author, d.trailer) for d in replies], parent.trailer
        ):
            for draft in replies:
                draft.counted_parent = draft.counted_parent or parent


def _between_one_liners(line: Line, current: _Draft | None) -> bool:
    """Tell a plain name or a short text outside the one-line comments of a thread written so:
    before the first, or after one's text and its footer (a name there opens no comment)."""
    header = line.header
    plain_name = (
        line.kind is LineKind.HEADER and header is not None and not header.strong and not header.timestamp
    )
    if not plain_name and line.kind is not LineKind.TEXT:
        return False
    return current is None or current.closed or (current.inline and line.gap > 0) or plain_name


# Words that comment systems print as a badge over a commenter's name ("Guest" / "Bill Orchard"); alone,
# they name a commenter ("Guest" over "2 years ago").
_BADGE_NAMES = frozenset(
    "guest gast гость invité invitée visitor member subscriber abonné abonnée abonnent abonnentin подписчик".split()
)

# A thread is anchored when at least this many comments open with an author line and a timestamp.
MIN_ANCHORS = 2


def _is_anchored(lines: Sequence[Line]) -> bool:
    """Tell a thread whose comments open with an author (or a number) and a timestamp, as comment
    systems print them. In such a thread a bare name-like line or a short text between two comments
    is a widget the reader does not know, so it is skipped instead of opening a comment and
    shifting every comment after it. A thread whose comments close with a dated signature ("– Name
    3 дек 2024 в 10:20") is as regular."""
    anchors = 0
    for index, line in enumerate(lines):
        header = line.header
        if header is not None and line.kind is LineKind.SIGNATURE and header.timestamp:
            anchors += 1
            if anchors >= MIN_ANCHORS:
                return True
            continue
        if header is None or line.kind not in (LineKind.HEADER, LineKind.NUMBER):
            continue
        if header.timestamp or _timestamp_follows(lines, index) or closed_by_footer_row(lines, index):
            anchors += 1
            if anchors >= MIN_ANCHORS:
                return True
    return False


# The lines an author block may hold between the name and its time: the full name under a username,
# a title badge, and the name of the commenter answered ("helen_w" / "Helen Whitaker" / "Moderator" /
# "dot_mcg" / "Dec 5", Discourse's reply-to tab).
MAX_HEADER_BLOCK_LINES = 3


def _timestamp_follows(lines: Sequence[Line], index: int) -> bool:
    for following in lines[index + 1 : index + 2 + MAX_HEADER_BLOCK_LINES]:
        if following.gap:
            return False
        if following.kind is LineKind.TIMESTAMP or (
            following.header is not None and following.header.timestamp
        ):
            return True  # a timestamp, or a handle with one ("Dana Whitford" over "@dana_w · 2h")
        # ("En réponse à Gilles_26" between the name and the time: the reply's mark, not its text)
        if (
            following.kind not in (LineKind.CHROME, LineKind.REPLY_TO)
            and not _plain_name(following)
            and not _label(following)
            and not _tagline(following)
        ):
            return False  # (badges, a place, a job title, and the name of the author replied to, may come in between)
    return False


# A posting's subject is a headline: a few words, no sentence.
_MAX_SUBJECT_WORDS = 8
_CLAUSE_END = (".", "!", "?", "…", ",", ":", ";", "。", "！", "？", "：", "，")


def _subject_line(lines: Sequence[Line], index: int, current: _Draft) -> bool:
    """Tell the subject line a forum prints over a posting, between its header (an author and a
    time) and its text: a capitalised headline of a few words that ends no clause, right over a
    paragraph of running text. Such a line is the posting's title, not the first line of its text."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        current.open_header
        and current.author is not None
        and current.timestamp
        and line.gap == 0
        and line.text[:1].isupper()
        and word_count(line.text) <= _MAX_SUBJECT_WORDS
        and not line.text.endswith(_CLAUSE_END)
        and below is not None
        and below.gap == 0
        and below.kind is LineKind.TEXT
        and is_prose(below.text)
    )


def _footer_row_next(lines: Sequence[Line], index: int) -> bool:
    """Tell a line right over a footer row (a time with the actions, "2024-12-05 18:21  326  回复"):
    the row closes a comment, so the short line over it is the comment's text ("北侧步道能骑自行车吗"),
    not a place or a job between the author and a time of the header."""
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        below is not None
        and below.gap == 0
        and below.kind is LineKind.BUTTONS
        and below.header is not None
        and below.header.timestamp
    )


def _opens_next(lines: Sequence[Line], index: int) -> bool:
    """Tell a line printed right over the header of the next comment (a post's title or subject)."""
    if index + 1 >= len(lines) or lines[index + 1].gap:
        return False
    below = lines[index + 1]
    header = below.header
    return (
        below.kind is LineKind.HEADER
        and header is not None
        and header.author is not None
        and (header.timestamp or _timestamp_follows(lines, index + 1))
    )


def _label(line: Line) -> bool:
    """Tell a short label line (a place: "Portland, OR") that may stand between an author and a time."""
    return line.kind is LineKind.TEXT and line.gap == 0 and is_author_label(line.text)


_MAX_TAGLINE_WORDS = 8
_MAX_TAGLINE_CHARS = 60


def _tagline(line: Line) -> bool:
    """Tell a commenter's job title or tagline between the name and the time ("Principal Engineer at
    Northbridge Structures"): a short line without a sentence's end."""
    text = line.text
    return (
        line.kind is LineKind.TEXT
        and line.gap == 0
        and len(text) <= _MAX_TAGLINE_CHARS
        and word_count(text) <= _MAX_TAGLINE_WORDS  # (words as a CJK text counts them, not its spaces)
        and not text.endswith((".", "!", "?", ":", "…", "。", "！", "？", "："))  # (a CJK sentence's end too)
    )


def _plain_name(line: Line) -> bool:
    header = line.header
    return line.kind is LineKind.HEADER and header is not None and not header.strong and header.number is None


def _names_badge(lines: Sequence[Line], index: int, current: _Draft, drafts: Sequence[_Draft]) -> bool:
    """Tell a name-like line right under a comment's author line and over its time that names no
    earlier commenter ("Top Commenter", "Site Manager"): a badge or title, where Disqus and the
    Guardian print the name of the commenter replied to."""
    line = lines[index]
    header = line.header
    return (
        current.author is not None
        and not current.timestamp
        and line.gap == 0
        and header is not None
        and not header.strong
        and not header.timestamp
        and header.number is None
        and header.author not in {draft.author for draft in drafts[-MAX_LOOKBACK:-1]}
        and _timestamp_follows(lines, index)
    )


def _badge_over_reply_mark(lines: Sequence[Line], index: int, current: _Draft) -> bool:
    """Tell a plain name-like line right under a comment's author line and right over its reply
    mark ("Author" / "Reply to Jane"): the mark names the commenter answered and the author line the
    author, so the line between is a badge ("Author", "Moderator")."""
    line = lines[index]
    header = line.header
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        current.author is not None
        and current.reply_to is None
        and line.gap == 0
        and header is not None
        and not header.strong
        and not header.timestamp
        and header.number is None
        and below is not None
        and below.gap == 0
        and below.kind is LineKind.REPLY_TO
    )


def _names_target(lines: Sequence[Line], index: int, current: _Draft, drafts: Sequence[_Draft]) -> bool:
    """Tell a second name line right under a comment's author line and over its timestamp, or right
    under both, or over the text when it names an earlier commenter: the author it replies to
    (Disqus, the Guardian, Facebook and others print the target there)."""
    line = lines[index]
    header = line.header
    if current.author is None or line.gap or header is None or header.strong or header.number is not None:
        return False
    if current.timestamp and not header.timestamp:
        return True  # "ольга_1985" / "3 окт 2023, 15:22" / "Андрей Смирнов"
    below = lines[index + 1] if index + 1 < len(lines) else None
    if (
        below is not None
        and below.gap == 0
        and below.kind is LineKind.TEXT
        and header.author in {draft.author for draft in drafts[-MAX_LOOKBACK:-1]}
    ):
        return True  # "Kirsty Moore" / "Olga S." / "the early bus still runs ...": a tagged earlier commenter
    for following in lines[index + 1 : index + 4]:
        if following.gap:
            return False
        if following.kind is LineKind.TIMESTAMP:
            return True
        if following.kind is not LineKind.CHROME:
            return False
    return False


# How many lines a comment's text may run before the footer that names its author.
_MAX_FOOTER_DISTANCE = 12
# The widget row between a post's text and its signature ("Share" / "Edit" / "Follow" / "answered ...").
_MAX_WIDGET_LINES = 5


def _footer_below(lines: Sequence[Line], index: int) -> bool:
    """Tell a text whose comment is signed by a footer further down ("Posted by Jane | <date>" over
    "Reply"), before any other header."""
    after_widgets = False
    for below in range(index + 1, min(len(lines), index + _MAX_FOOTER_DISTANCE + _MAX_WIDGET_LINES)):
        line = lines[below]
        if below - index >= _MAX_FOOTER_DISTANCE and not after_widgets:
            return False  # (the widget row's lines do not count towards the text's length)
        if line.kind is LineKind.SIGNATURE:
            return True  # "– Name 3 дек 2024 в 10:20", or a signature under the post's widget row
        if line.kind in (LineKind.CHROME, LineKind.BUTTONS):
            after_widgets = True  # ("Share" / "Edit" / "Follow" between a post and its signature)
            continue
        if after_widgets:
            return False
        if line.kind is LineKind.HEADER and line.header is not None:
            signs_above = (
                line.gap == 0
                and line.header.timestamp
                and lines[below - 1].kind is LineKind.TEXT
                and not _text_right_under(lines, below)  # (a header over its own text: "Subject" over it)
            )
            return line.header.author is not None and (_actions_follow(lines, below) or signs_above)
        if line.kind is not LineKind.TEXT:
            return False
    return False


def _signs_off(lines: Sequence[Line], index: int, current: _Draft) -> bool:
    """Tell a weak name line that signs the open comment's text: its author's name or first name
    ("Ute" under Ute Kramer's words), maybe under a closing line ("Viele Grüße"), the last line of
    its block. An author line of the next comment has that comment's text right under it."""
    if current.author is None or not current.lines or current.closed:
        return False
    names = {current.author.casefold(), current.author.split()[0].casefold()}
    for at in (index, index + 1):
        if at >= len(lines) or (at > index and lines[at].gap > 0):
            return False
        line = lines[at]
        header = line.header
        if line.kind is not LineKind.HEADER or header is None or header.strong or header.timestamp:
            return False
        ends_block = at + 1 == len(lines) or lines[at + 1].gap > 0
        if ends_block and line.text.strip(" ,.-–—").casefold() in names:
            return True
    return False


def _strong_header(line: Line) -> bool:
    """Tell an author line beyond doubt (with a time, a verb or a number), which no count line is."""
    header = line.header
    return line.kind is LineKind.HEADER and (header is None or header.strong or header.timestamp)


def _after_actions(lines: Sequence[Line], index: int) -> bool:
    """Tell a text after a blank under a comment's action row ("Ответить" / "Only members can
    comment."): in a thread whose comments open with an author and a time, no comment's text."""
    if lines[index].gap == 0:
        return False
    above = index - 1
    while above > 0 and lines[above].gap == 0 and _widget_under_actions(lines[above]):
        above -= 1  # ("Reply to This Share" / "twitter facebook" / "Flag as Inappropriate")
    return above >= 0 and lines[above].kind is LineKind.BUTTONS


def _widget_under_actions(line: Line) -> bool:
    return line.kind is LineKind.CHROME or (line.kind is LineKind.TEXT and not is_prose(line.text))


def _text_right_under(lines: Sequence[Line], index: int) -> bool:
    """Tell a line with a text right under it, no blank between: a header, not a footer."""
    return index + 1 < len(lines) and lines[index + 1].gap == 0 and lines[index + 1].kind is LineKind.TEXT


def _actions_follow(lines: Sequence[Line], index: int) -> bool:
    """Tell a header line followed by an action row (chrome in between): a comment's footer."""
    for following in lines[index + 1 : index + 4]:
        if following.kind is LineKind.BUTTONS:
            return True
        if following.kind is not LineKind.CHROME:
            return False
    return False


def _same_person(short: str | None, full: str) -> bool:
    """Tell a name that is the same person's as ``full`` or a part of it ("Ken" of "Kestrel Ken")."""
    if short is None:
        return False
    return set(short.casefold().split()) <= set(full.casefold().split())


def _set_time(draft: _Draft, header: Header) -> None:
    if header.timestamp and not draft.timestamp:
        draft.timestamp = True
        draft.published = header.published


# How far back (in comments) a reply's parent is looked for by position, indentation or quotation.
# Threads are read in page order and replies sit near what they answer; the bound keeps a page of
# tens of thousands of comments linear.
MAX_LOOKBACK = 500


# A name's last word that may stand for the commenter: a given name, not an initial ("Tom B.").
MIN_LAST_WORD_CHARS = 3


class _Seen:
    """The comments read so far, indexed by author and number for the reply cues."""

    def __init__(self) -> None:
        self.drafts: list[_Draft] = []
        self.texts: list[str] = []
        self.squashed: list[str] = []  # the texts as quotations are compared with them (see _squash)
        self.by_author: dict[str, int] = {}
        self.by_number: dict[str, int] = {}
        # first name -> latest comment, for authors of two words or more; None once two authors share it
        self.by_first_name: dict[str, int | None] = {}
        self._full_by_first: dict[str, str] = {}
        # the same for the last word of a display name ("Oma Traudl" is answered "Traudl, ..."),
        # tried after the first names
        self.by_last_word: dict[str, int | None] = {}
        self._full_by_last: dict[str, str] = {}

    def add(self, draft: _Draft, text: str) -> None:
        index = len(self.drafts)
        self.drafts.append(draft)
        self.texts.append(text)
        self.squashed.append(_squash(text))
        if draft.author is not None and len(draft.author.split()) >= 2:
            first, full = _key(draft.author.split()[0]), _key(draft.author)
            known = self._full_by_first.setdefault(first, full)
            if known != full:
                self._full_by_first[first] = ""  # two authors share the first name: it names neither
            self.by_first_name[first] = index if self._full_by_first[first] == full else None
            last = _key(draft.author.split()[-1])
            if len(last) >= MIN_LAST_WORD_CHARS:
                known = self._full_by_last.setdefault(last, full)
                if known != full:
                    self._full_by_last[last] = ""
                self.by_last_word[last] = index if self._full_by_last[last] == full else None
        for name in (draft.author, draft.handle):
            if name is not None:
                self.by_author[_key(name)] = index
                if "@" in name:  # "mira@social.example" is mentioned as "@mira"
                    self.by_author[_key(name.split("@", 1)[0])] = index
        if draft.number is not None:
            self.by_number[draft.number] = index

    def by_name_word(self, word: str) -> int | None:
        """The latest comment whose author's first name, or else the last word of whose name, is ``word``."""
        key = _key(word)
        found = self.by_first_name.get(key)
        return found if found is not None else self.by_last_word.get(key)

    def back(self) -> range:
        return range(len(self.drafts) - 1, max(-1, len(self.drafts) - 1 - MAX_LOOKBACK), -1)


def _to_parts(drafts: list[_Draft]) -> list[Part]:
    parts: list[Part] = []
    base_indent = min((d.indent for d in drafts), default=0)
    seen = _Seen()
    positions = {id(draft): position for position, draft in enumerate(drafts)}
    for position, draft in enumerate(drafts):
        text = draft.text()
        _split_target(draft, seen)
        counted = positions.get(id(draft.counted_parent)) if draft.counted_parent is not None else None
        parent = _find_parent(draft, text, seen, base_indent, counted=counted)
        parts.append(
            Part(
                text,
                kind="comment",
                id=f"c{position + 1}",
                author=draft.author,
                parent=None if parent is None else f"c{parent + 1}",
                published=draft.published,
            )
        )
        seen.add(draft, text)
    return parts


def _split_target(draft: _Draft, seen: _Seen) -> None:
    """Read "Pete Ramirez Olga S." as the author Pete Ramirez replying to Olga S., an earlier
    commenter, when a dump joined the two names on one line (Disqus prints the target after the
    author). Both parts must be names of two words or more (or the target a handle), so that "Anna
    Berg" is not read as Anna answering a "Berg"."""
    author = draft.author
    if author is None or draft.reply_to is not None or _key(author) in seen.by_author:
        return
    tokens = author.split()
    for count in range(len(tokens) - 1, 0, -1):
        target = " ".join(tokens[-count:])
        if _key(target) not in seen.by_author:
            continue
        head = tokens[:-count]
        if (len(head) >= 2 and count >= 2) or (len(head) >= 1 and count == 1 and _HANDLE_MARK.search(target)):
            draft.author, draft.reply_to = " ".join(head), target
        return


_HANDLE_MARK = re.compile(r"[_\d]")


def _find_parent(
    draft: _Draft, text: str, seen: _Seen, base_indent: int, *, counted: int | None
) -> int | None:
    """Return the index of the earlier comment ``draft`` replies to, or None when the page does not tell
    (``counted``: the comment a reply count over this one stands under, if any)."""
    if draft.number and "." in draft.number:
        found = seen.by_number.get(draft.number.rsplit(".", 1)[0])
        if found is not None:
            return found
    if draft.depth is not None and draft.depth > 1:
        for index in seen.back():
            depth = seen.drafts[index].depth
            if depth is not None and depth < draft.depth:
                return index
    if draft.reply_to is not None and draft.reply_to.startswith("#"):
        found = seen.by_number.get(draft.reply_to[1:])
        if found is not None:
            return found
    referred = _NUMBER_REFERENCE.match(text)
    if referred is not None:
        found = seen.by_number.get(referred.group("number"))  # "#4 Pues que ...": answers comment #4
        if found is not None:
            return found
    if draft.reply_to is not None:
        found = seen.by_author.get(_key(draft.reply_to))
        if found is None and " " not in draft.reply_to:
            found = _by_stem(draft.reply_to, seen)  # "ответила Андрею": a first name in another case
        if found is not None:
            return found
    if counted is not None:
        return counted
    if draft.indent > base_indent:
        for index in seen.back():
            if seen.drafts[index].indent < draft.indent:
                # A thread nested one level deep prints a reply to a reply beside it, opening with
                # the name of the reply it answers ("Ignacio Salvatierra ojalá ..."): that reply,
                # later than the comment the indentation points to, is the parent.
                named = _named_at_start(text, seen)
                if named is not None and named > index and seen.drafts[named].indent == draft.indent:
                    return named
                return index
    named = _named_at_start(text, seen)
    if named is not None:
        return named
    quote = _opening_quote(text)
    if quote is not None:
        wanted = _squash(quote)
        for index in seen.back():
            if wanted in seen.squashed[index]:
                return index
    cut = _cut_quotation(text)
    if cut is not None:
        for index in seen.back():
            if cut in seen.squashed[index]:
                return index
    if draft.subject is not None and len(_squash(draft.subject)) >= 4:
        wanted = _squash(draft.subject)  # "Re: Überraschung!" answers the post that opens with it
        for index in seen.back():
            if seen.squashed[index].startswith(wanted):
                return index
    # A paragraph copied from an earlier comment, then an answer: a quotation without marks.
    paragraphs = text.split("\n\n")
    for paragraph in paragraphs[:2] if len(paragraphs) > 1 else ():
        wanted = _squash(paragraph)
        if len(wanted) >= MIN_QUOTED_CHARS:
            for index in seen.back():
                if wanted in seen.squashed[index]:
                    return index
    return None


# "#4 Pues que ...": a text opening with the number of an earlier comment of a numbered thread.
_NUMBER_REFERENCE = re.compile(r"^#(?P<number>\d{1,5})(?!\w)")


def _named_at_start(text: str, seen: _Seen) -> int | None:
    """The latest comment whose author the text opens by naming: "@Name", "Name,", a tagged full
    name, or a forum's "回复 5# Name" (the reply words, maybe the post's floor, then the name)."""
    replying = _REPLY_OPENING.match(text)
    if replying is not None:
        found = seen.by_author.get(_key(replying.group("name")))
        if found is None and replying.group("floor") is not None:
            found = seen.by_number.get(replying.group("floor"))
        if found is not None:
            return found
    tagged = _REPLY_TAG.match(text)
    if tagged is not None:
        found = _mentioned(text[tagged.end() :], seen)
        if found is not None:
            return found
    return _addressed(text, seen)


_REPLY_OPENING = re.compile(
    rf"^{REPLY_TO_WORDS}\s*(?:(?P<floor>\d{{1,5}})\s*[#楼]\s*)?@?(?P<name>[^\s:：,]{{1,40}})", re.IGNORECASE
)
# A quotation cut short ("26路改到城南枢纽，那住在火车南站附近的老人 ...") holds this many letters at least.
MIN_CUT_QUOTATION_CHARS = 10


def _cut_quotation(text: str) -> str | None:
    """Return, squashed, the words a comment quotes cut short with an ellipsis in its first paragraph,
    before its own answer (a forum's quote block: "Name 发表于 <date>" / the first words and " ...")."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) < 2:
        return None
    for line in paragraphs[0].split("\n"):
        if line.endswith(("...", "…")):
            wanted = _squash(line.rstrip(".… "))
            if len(wanted) >= MIN_CUT_QUOTATION_CHARS:
                return wanted
    return None


# A copied paragraph this long (letters and digits) is a quotation, not a coincidence.
MIN_QUOTED_CHARS = 30


def _by_stem(mention: str, seen: _Seen) -> int | None:
    """Find the latest comment by an author one of whose names ``mention`` gives in another
    grammatical case ("Олегу" for Олег Тимофеев); None when none does, or when two authors do."""
    found: int | None = None
    for index in seen.back():
        author = seen.drafts[index].author
        if author is not None and any(same_stem(mention, name) for name in author.split()):
            if found is not None and seen.drafts[found].author != author:
                return None
            found = index if found is None else found
    return found


# "@Name", or a short word glued before it: "回复@小白菜不吃菜:同感" (Weibo's "reply @Name:").
_REPLY_TAG = re.compile(r"^(?:[^\W\d_]{1,4})?@")


def _mentioned(after_at: str, seen: _Seen) -> int | None:
    """Find the latest comment by the author whose name opens ``after_at`` (the text after "@");
    names of several words ("@Anna Berg fair point") are tried longest first, and a name may end
    at a colon with no space after it ("@小白菜不吃菜:同感")."""
    colon = re.match(r"^([^\s:：]{1,40})[:：]", after_at)
    if colon is not None:
        found = seen.by_author.get(_key(colon.group(1)))
        if found is not None:
            return found
    words = after_at.split(maxsplit=4)[:4]
    for count in range(len(words), 0, -1):
        name = _key(" ".join(words[:count]).rstrip(",:;!?"))
        found = seen.by_author.get(name)
        if found is not None:
            return found
    return None


def _addressed(text: str, seen: _Seen) -> int | None:
    """Find the latest comment whose author the text opens by addressing: "Jane Doe, you are wrong",
    or by a tag of a full name, which comment plugins print without a mark: "Sandra Yeo the list is ..."."""
    match = _ADDRESS.match(text)
    if match is not None and len(match.group(1)) >= 3:
        found = seen.by_author.get(_key(match.group(1)))
        if found is None and match.group(1)[:1].isupper() and " " not in match.group(1):
            found = seen.by_name_word(match.group(1))  # "Alan, we were top ..." to Alan Pike
        if found is not None:
            return found
    closing = _CLOSING_ADDRESS.match(text)
    if closing is not None and closing.group(1)[:1].isupper():
        # "Thank you, Nadia." / "Good point, Tom!": a first sentence that ends by naming whom it answers
        found = seen.by_author.get(_key(closing.group(1))) or seen.by_first_name.get(_key(closing.group(1)))
        if found is not None:
            return found
    # A tagged name may have up to _MAX_TAG_WORDS words; only its first must be capitalised, since
    # an association's name ends with a lower-case abbreviation ("Förderverein Freibad e.V.").
    words = text.split(maxsplit=_MAX_TAG_WORDS)[:_MAX_TAG_WORDS]
    for count in range(min(len(words), _MAX_TAG_WORDS - 1), 1, -1):
        name = words[:count]
        if name[0][:1].isupper() and all(word[:1].isupper() for word in name[:-1]):
            found = seen.by_author.get(_key(" ".join(name)))
            if found is not None:
                return found
    return _saluted(text, seen)


_MAX_TAG_WORDS = 5
# A salutation's clause: a word or three before a comma ("Hallo Heike,", "Danke, Tobias,").
_MAX_SALUTATION_WORDS = 3
_SALUTATION_CLAUSES = 2


def _saluted(text: str, seen: _Seen) -> int | None:
    """Find the latest comment whose author's first name ends one of the text's first short clauses,
    whatever the greeting or thanks before it: "Hallo Heike," or "Danke, Tobias, das wusste ich
    nicht" (a letter's salutation, as mail archives and forums print replies)."""
    clauses = text.split("\n", 1)[0].split(",")[:_SALUTATION_CLAUSES]
    for clause in clauses if len(clauses) == _SALUTATION_CLAUSES else ():
        words = clause.split()
        if not 1 <= len(words) <= _MAX_SALUTATION_WORDS or not words[-1][:1].isupper():
            continue
        found = seen.by_name_word(words[-1])
        if found is not None:
            return found
    return None


def _key(name: str) -> str:
    """An author's name as reply cues look it up: "Berit H." in "Reply to Berit H." loses its dot."""
    return name.casefold().rstrip(". ")


_ADDRESS = re.compile(r"^([^,:\n]{1,40})[,:]")
_CLOSING_ADDRESS = re.compile(r"^[^.!?\n]{1,40},\s+([^\W\d_][\w'’-]{1,30})[.!?](?:\s|$)")
_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("'", "'"))


def _opening_quote(text: str) -> str | None:
    """Return what a comment quotes at its start ("> ..." lines, or a paragraph in quotation marks)."""
    quoted = [line[1:].strip() for line in text.split("\n") if line.startswith(">")]
    if quoted and text.startswith(">"):
        joined = " ".join(quoted)
        return joined if len(_squash(joined)) >= 8 else None
    first = text.split("\n", 1)[0].strip()
    for open_mark, close_mark in _QUOTE_PAIRS:
        if first.startswith(open_mark) and len(first) > 2:
            end = first.find(close_mark, 1)
            inner = first[1:end] if end > 0 else first[1:]
            return inner if len(_squash(inner)) >= 12 else None
    return None


def _squash(text: str) -> str:
    """Letters and digits only, case-folded: quotes survive re-typing of punctuation and spacing."""
    return re.sub(r"[\W_]+", "", text.casefold())
