"""Site-independent features of a comment block's lines, for the learned role model (issue 14).

Each line of each comment block of a page (:mod:`slant.readers._html_role_lines`) becomes one row of
numbers: what its text looks like (length, letter / digit / capital shares, a date, button words, a
badge), where it sits (first, last, its share of the block, whether the hand-written signs kept it
in the comment's text), what element it comes from (tag class, depth, link share, a quote box, a time
element, generic class / id tokens such as "author", "date", "footer") and how it recurs across the
page's blocks (a line whose shape or first word recurs in every block is a field or chrome; body
text varies). No page's or site's own strings: the tokens are the words comment systems in general
use for a block's parts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from slant.readers._dates import find_date, is_relative_time
from slant.readers._html_fields import BADGES, is_action_line
from slant.readers._html_role_lines import BlockLine
from slant.readers._words import word_count

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["FEATURE_NAMES", "page_features"]

# Class / id / itemprop words that comment systems in general give a block's parts (a feature is on
# when one of a line's tokens contains the word).
ROLE_TOKENS = (
    "author", "name", "user", "nick", "date", "time", "meta", "head", "info", "foot", "action",
    "reply", "quote", "vote", "like", "rating", "score", "badge", "avatar", "body", "content", "text",
    "message", "title", "subject", "sign", "location", "tag", "label", "count", "btn", "button",
    "link", "level", "post", "comment", "by", "role", "rank", "stat",
)  # fmt: skip
_TAG_CLASSES = (
    ("a",), ("time",), ("span", "font", "small", "bdi"), ("p",), ("div", "section", "article"),
    ("blockquote", "q", "cite"), ("h1", "h2", "h3", "h4", "h5", "h6"), ("strong", "b", "em", "i"),
    ("li", "ul", "ol", "dd", "dt", "dl"), ("td", "th", "tr", "table"),
)  # fmt: skip
_TAG_INDEX = {tag: index for index, tags in enumerate(_TAG_CLASSES) for tag in tags}

_TEXT_FEATURES = (
    "log_chars", "log_words", "letter_share", "digit_share", "upper_share", "punct_share", "cjk_share",
    "sentence_end", "ends_colon", "colon_early", "separator", "at_sign", "date", "relative_time",
    "action_line", "badge", "short_3", "short_8", "capital_words",
)  # fmt: skip
_PLACE_FEATURES = (
    "first", "last", "index", "log_lines", "block_share", "in_hand", "hand_first", "hand_last",
    "before_hand", "after_hand", "hand_empty", "paragraph",
)  # fmt: skip
_ELEMENT_FEATURES = ("depth", "link_share", "quoted", "timed", *(f"tag_{tags[0]}" for tags in _TAG_CLASSES))
_REPEAT_FEATURES = ("same_shape", "same_text", "same_opening", "same_place", "single_block")
FEATURE_NAMES: tuple[str, ...] = (
    *_TEXT_FEATURES,
    *_PLACE_FEATURES,
    *_ELEMENT_FEATURES,
    *(f"token_{token}" for token in ROLE_TOKENS),
    *_REPEAT_FEATURES,
    "bias",
)

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SHAPE_LETTERS = re.compile(r"[^\W\d_]+")
_SHAPE_DIGITS = re.compile(r"\d+")
_SHAPE_SPACES = re.compile(r"\s+")
_SEPARATOR = re.compile(r"\s[|·•–—-]\s|\s\|\s|·|•|\|")
_MAX_DATE_CHARACTERS = 80
_MAX_SHAPE = 24
_MAX_SAMPLE = 120


def _shape(text: str) -> str:
    """A line's look without its words: "Bewertung +2 -2 Antworten" is "a +0 -0 a"."""
    shaped = _SHAPE_DIGITS.sub("0", _SHAPE_LETTERS.sub("a", text))
    return _SHAPE_SPACES.sub(" ", shaped)[:_MAX_SHAPE]


def _opening(text: str) -> str:
    return text.split(" ", 1)[0].lower()[:20]


def _text_row(text: str) -> list[float]:
    length = len(text)
    letters = digits = upper = punct = 0
    # the shares over a long line's opening are its shares (and the loop stays short)
    sample = text[:_MAX_SAMPLE]
    for char in sample:
        if char.isalpha():
            letters += 1
            upper += char.isupper()
        elif char.isdigit():
            digits += 1
        elif not char.isspace():
            punct += 1
    cjk = len(_CJK.findall(sample)) if not sample.isascii() else 0
    words = word_count(text)
    spaced = text.split()
    short = length <= _MAX_DATE_CHARACTERS
    return [
        math.log1p(length),
        math.log1p(words),
        letters / max(len(sample), 1),
        digits / max(len(sample), 1),
        upper / max(letters, 1),
        punct / max(len(sample), 1),
        cjk / max(len(sample), 1),
        float(text[-1:] in ".!?。！？…"),
        float(text[-1:] in ":："),
        float(":" in text[:40] and not text.rstrip().endswith(":")),
        float(_SEPARATOR.search(text) is not None),
        float("@" in text),
        float(short and find_date(text, with_time=True) is not None),
        float(short and is_relative_time(text)),
        float(short and is_action_line(text)),
        float(text.lower().strip("()[] ") in BADGES),
        float(words <= 3),
        float(words <= 8),
        sum(word[:1].isupper() for word in spaced) / max(len(spaced), 1),
    ]


def _hand_marks(lines: Sequence[BlockLine], hand: str) -> list[tuple[bool, bool, bool]]:
    """For each line: in the hand-read text, its first line, its last line."""
    hand_lines = [" ".join(line.split()) for line in hand.split("\n")]
    hand_lines = [line for line in hand_lines if line]
    if not hand_lines:
        return [(False, False, False)] * len(lines)
    kept = set(hand_lines)
    first, last = hand_lines[0], hand_lines[-1]
    marks = []
    for line in lines:
        text = line.text
        is_first = text == first or text.endswith(first)
        is_last = text == last or text.startswith(last)
        marks.append((text in kept or is_first or is_last, is_first, is_last))
    return marks


def page_features(blocks: Sequence[Sequence[BlockLine]], hand_texts: Sequence[str]) -> NDArray[np.float64]:
    """One row of :data:`FEATURE_NAMES` per line of every block of one page, block after block.

    Args:
        blocks: each comment block's lines (:func:`slant.readers._html_role_lines.block_lines`).
        hand_texts: each block's comment text as the hand-written signs read it.
    """
    import numpy as np

    count = len(blocks)
    shapes: Counter[str] = Counter()
    texts: Counter[str] = Counter()
    openings: Counter[str] = Counter()
    places: Counter[tuple[str, int, frozenset[str]]] = Counter()
    looks: dict[str, tuple[str, str]] = {}  # each text's shape and opening word, made once
    for lines in blocks:
        for line in lines:
            if line.text not in looks:
                looks[line.text] = (_shape(line.text), _opening(line.text))
        shapes.update({looks[line.text][0] for line in lines})
        texts.update({line.text for line in lines})
        openings.update({looks[line.text][1] for line in lines})
        places.update({(line.tag, line.depth, line.tokens) for line in lines})
    token_rows: dict[frozenset[str], list[float]] = {}
    text_rows: dict[str, list[float]] = {}  # "Reply", "Like (0)": lines recur across blocks
    rows: list[list[float]] = []
    others = max(count - 1, 1)
    for lines, hand in zip(blocks, hand_texts, strict=True):
        total = sum(len(line.text) for line in lines) or 1
        marks = _hand_marks(lines, hand)
        in_hand = [index for index, mark in enumerate(marks) if mark[0]]
        first_hand, last_hand = (in_hand[0], in_hand[-1]) if in_hand else (len(lines), -1)
        for index, (line, mark) in enumerate(zip(lines, marks, strict=True)):
            text = line.text
            text_row = text_rows.get(text)
            if text_row is None:
                text_row = text_rows[text] = _text_row(text)
            tokens = token_rows.get(line.tokens)
            if tokens is None:
                tokens = token_rows[line.tokens] = [
                    float(any(role in token for token in line.tokens)) for role in ROLE_TOKENS
                ]
            tag = [0.0] * len(_TAG_CLASSES)
            if line.tag in _TAG_INDEX:
                tag[_TAG_INDEX[line.tag]] = 1.0
            rows.append(
                [
                    *text_row,
                    float(index == 0),
                    float(index == len(lines) - 1),
                    index / max(len(lines) - 1, 1),
                    math.log1p(len(lines)),
                    len(text) / total,
                    float(mark[0]),
                    float(mark[1]),
                    float(mark[2]),
                    float(index < first_hand),
                    float(index > last_hand),
                    float(not in_hand),
                    float(line.paragraph),
                    min(line.depth, 8) / 8,
                    line.link_chars / max(len(text), 1),
                    float(line.quoted),
                    float(line.timed),
                    *tag,
                    *tokens,
                    (shapes[looks[text][0]] - 1) / others,
                    (texts[text] - 1) / others,
                    (openings[looks[text][1]] - 1) / others,
                    (places[(line.tag, line.depth, line.tokens)] - 1) / others,
                    float(count == 1),
                    1.0,
                ]
            )
    if not rows:
        return np.zeros((0, len(FEATURE_NAMES)))
    return np.asarray(rows, dtype=np.float64)
