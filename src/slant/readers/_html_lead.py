"""The lines before an article's first sentence that are not the article (issue 14).

Article extractors keep what sits between the headline and the body when it looks like text: a
dateline ("14. März 2009"), a byline ("By Ruth Adeyemi — October 3, 2012"), a source in brackets
("(example.invalid)", "(self.cycling)"), a poster's name and rank ("Clodhopper", "Member"), a post's
time and client ("3月5日 08:30 来自 微博"). They are short, they end in no sentence punctuation, and
each carries a date, a byline word, brackets, or is a name or badge alone. At most a few such lines
are cut, and only while the article's running text follows.
"""

from __future__ import annotations

import re

from slant.readers._dates import find_date, is_relative_time
from slant.readers._html_fields import BADGES
from slant.readers._words import word_count

__all__ = ["without_lead_lines", "without_tail_byline"]

_MAX_LEAD_LINES = 4
_MAX_LEAD_WORDS = 12
_MAX_COUNTER_LINE_WORDS = 24
_MIN_BODY_WORDS = 20
_BYLINE = re.compile(
    r"^(?:by|von|por|par|di|door|av|автор|posted\s+by|submitted\s+by|written\s+by|geschrieben\s+von|publicado\s+por"
    r"|publié\s+par)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?。！？…:;]$")
_BRACKETED = re.compile(r"^[(\[（【].{1,60}[)\]）】]$")
_CLOCK = re.compile(r"\b[0-2]?\d[:.][0-5]\d\b")
_NAME_LIKE = re.compile(r"^[^\W\d][\w.'’-]*(?: [^\W\d][\w.'’-]*){0,2}$")
# A breadcrumb trail: "Главная / Новости", "Home › World › Europe" (a page's place, not its text).
_CRUMB_SEPARATOR = re.compile(r"\s+(?:/|>|»|›|→|\\)\s+")
_MAX_CRUMB_WORDS = 4
# A counter: a label and a number, either way round ("Просмотров: 512", "Рейтинг: 4.8/12", "12 comments").
_COUNTER = re.compile(r"^(?:[^\W\d][\w ]{0,24}?\s*[:：]?\s*\d[\d.,/]*|\d[\d.,]*\s*[^\W\d][\w]{0,20})$")
# A labelled fact: "Категория: Новости села", "Добавил: Редакция (02.06.2025)".
_LABELLED = re.compile(r"^[^\W\d][\w ]{0,24}?\s*[:：]\s*\S.{0,40}$")
_COUNTER_SEPARATOR = re.compile(r"\s*[|·•]\s*")


def without_lead_lines(text: str) -> str:
    """``text`` without the dateline, byline and poster lines that open it, when the body follows."""
    paragraphs = text.split("\n\n")
    cut = 0
    while cut < min(_MAX_LEAD_LINES, len(paragraphs) - 1):
        if _is_lead(paragraphs[cut]):
            cut += 1
        elif _is_poster(paragraphs[cut], paragraphs[cut + 1]):
            cut += 2  # a poster's name over their rank: "Clodhopper", "Member"
        else:
            break
    if cut == 0 or word_count("\n\n".join(paragraphs[cut:])) < _MIN_BODY_WORDS:
        return text
    return "\n\n".join(paragraphs[cut:])


def _is_poster(paragraph: str, following: str) -> bool:
    name, rank = " ".join(paragraph.split()), " ".join(following.split()).lower()
    return bool(_NAME_LIKE.match(name)) and (rank in BADGES or all(word in BADGES for word in rank.split()))


def _is_lead(paragraph: str) -> bool:
    line = " ".join(paragraph.split())
    if not line or "\n" in paragraph.strip() or word_count(line) > _MAX_LEAD_WORDS:
        return False
    if _BRACKETED.match(line) or _BYLINE.match(line) or _is_breadcrumb(line):
        return True
    if find_date(line) is not None or is_relative_time(line) or _CLOCK.search(line):
        # a date with little else: "14. März 2009", "3月5日 08:30 来自 微博 weibo.com"
        # (CJK counted by characters would make "3月5日 08:30 来自 微博" long: its spaced pieces are few)
        return min(word_count(line), len(line.split())) <= 8 and not _SENTENCE_END.search(line.rstrip(")"))
    return line.lower() in BADGES


def _is_breadcrumb(line: str) -> bool:
    """Two to six short pieces parted by "/" or "›", none a sentence: the trail to the page."""
    pieces = _CRUMB_SEPARATOR.split(line)
    return 2 <= len(pieces) <= 6 and all(
        piece and len(piece.split()) <= _MAX_CRUMB_WORDS and not _SENTENCE_END.search(piece)
        for piece in pieces
    )


def _is_counters(line: str) -> bool:
    """A line of the entry's facts parted by "|" or "·", two or more of them labelled numbers:
    "Категория: Новости | Добавил: Редакция (02.06.2025) | Просмотров: 512 | Комментарии: 5"."""
    pieces = [piece for piece in _COUNTER_SEPARATOR.split(line) if piece]
    counters = sum(bool(_COUNTER.match(piece)) for piece in pieces)
    return counters >= 2 and all(_COUNTER.match(piece) or _LABELLED.match(piece) for piece in pieces)


# What closes an article and is no part of it: an editor's credit ("责任编辑：李青", "Editor: Ann"),
# a pager ("- Página 1 de 1", "Page 2 of 5").
_TAIL_CREDIT = re.compile(
    r"^(?:责任编辑|编辑|editor|edited\s+by|redaktion|redakteur(?:in)?|rédaction|redacción|редактор)\s*[:：]"
    r"|^[-–•]?\s*(?:page|página|pagina|seite|страница)\s+\d+\s+(?:of|de|di|von|из)\s+\d+$",
    re.IGNORECASE,
)


def without_tail_byline(text: str) -> str:
    """``text`` without a byline closing it ("posted by larkspur (44 comments total) [24 favorites]"):
    one short paragraph that opens with a byline word (or an editor's credit, or is a pager line)
    and ends in no sentence punctuation, or a line of counters ("Просмотров: 512 | Комментарии: 5")."""
    body, _, last = text.rpartition("\n\n")
    line = " ".join(last.split())
    closing = _BYLINE.match(line) or _TAIL_CREDIT.match(line) or _is_counters(line)
    longest = _MAX_COUNTER_LINE_WORDS if _is_counters(line) else _MAX_LEAD_WORDS
    if not body or not closing or word_count(line) > longest:
        return text
    if (_SENTENCE_END.search(line) and not _is_counters(line)) or word_count(body) < _MIN_BODY_WORDS:
        return text
    return body.rstrip()
