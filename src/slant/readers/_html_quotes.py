"""Which earlier comment a comment quotes, told by the quoted words themselves (issue 14).

Forums quote the post they answer in a box above the reply, often without naming it, or naming it
in a form no title pattern reads ("Цитата(alex_mobile @ 03.03.25, 09:30)", "Post by [name]"); news
sites stack the chain of earlier comments above a reply (NetEase's floors); some print the quoted
post as plain lines before a separator (Tianya). Whatever the box looks like, its words are an
earlier comment's words: the latest earlier comment holding them is the one answered, and those
words are not the reply's own text.

Three kinds of evidence, all gathered in one short walk of the comment (``_html_comments``):

- a quote box's pieces of text (a box named as a quote, a titled box, a bare
  ``blockquote``/``fieldset``/``q``), each looked for inside every earlier comment's text (a quote
  may be any part of a post, cut short with "…");
- a piece of the comment's markup, outside its own text, that is a whole earlier comment (a floor of
  the stacked chain);
- the first lines of the comment's text, when they are a whole earlier comment and a rule line
  follows them (a quote printed as text; without the rule, a reply that opens with an earlier
  comment's words is no quote).

Cost: an earlier comment's text is found by one ``str.rfind`` over all the texts joined (C speed),
and only for the pieces of a quote box, which few comments have; the other two kinds are dictionary
look-ups. No comment is compared with every earlier one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

__all__ = ["BARE_QUOTE_TAGS", "QuoteEvidence", "quoted_comments"]

# Elements that set text apart as quoted when nothing names them so; taken as a quote only when
# their words are an earlier comment's (a bare blockquote may also be the commenter's own emphasis).
BARE_QUOTE_TAGS = frozenset({"blockquote", "fieldset", "q"})

# A line shorter than this says too little to name a comment ("Yes", "Thanks!", a quote's "Quote:");
# Chinese and Japanese say as much in fewer characters ("那材料卖钱怎么样？").
_MIN_CHARACTERS = 16
_MIN_CJK_CHARACTERS = 6
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# A quote cut short: "… the same problem." or "We pin column positions …".
_ELLIPSIS = re.compile(r"^(?:\.{3}|…)\s*|\s*(?:\.{3}|…|\[\.\.\.\]|\[…\])$")
# A line of rule characters between a quote printed as text and the reply: "-----------------".
_SEPARATOR = re.compile(r"[-=_*~—–─━＝·•]{3,}")
# the same line inside a text, found in one search of it before its lines are read
_SEPARATOR_LINE = re.compile(r"\n[ \t]*[-=_*~—–─━＝·•]{3,}[ \t]*\n")
# How many characters spacing may take out of a whole earlier comment (its paragraph breaks).
_MAX_SPACING = 24
_SEPARATOR_CHARACTER = "\x00"  # between the comments' texts in the joined text; no page text holds it


class QuoteEvidence:
    """What one comment's markup shows of quoting (see the module's docstring).

    Attributes:
        boxes: the text of each quote box in the comment (lines as the page breaks them).
        loose: longer pieces of the comment's own markup text (an element's own text), any of which
            may be a whole earlier comment.
    """

    __slots__ = ("boxes", "loose")

    def __init__(self, boxes: Sequence[str] = (), loose: Sequence[str] = ()) -> None:
        self.boxes = tuple(boxes)
        self.loose = tuple(loose)


def quoted_comments(
    texts: Sequence[str], evidence: Sequence[QuoteEvidence | None]
) -> tuple[list[int | None], list[str]]:
    """For each comment, the earlier comment it quotes (or None), and its text without the quoted
    lines where the text kept them (the text as it was when nothing is left after them).

    Args:
        texts: the comments' texts, in page order.
        evidence: for each comment, what its markup shows (None: not looked at; the text's first
            line is still read).
    """
    earlier = _EarlierTexts(texts)
    quoted: list[int | None] = [None] * len(texts)
    result = list(texts)
    for index, (text, shown) in enumerate(zip(texts, evidence, strict=True)):
        if index == 0:
            continue
        found, lines = _from_boxes(shown, earlier, index) if shown is not None else (None, [])
        if shown is not None:
            found = _latest(found, _from_loose(shown, earlier, index, text))
        head = _from_head(text, earlier, index)
        if head is not None:
            found = _latest(found, head[0])
            lines.extend(head[1])
        quoted[index] = found
        if found is not None and lines:
            result[index] = _without(text, lines, boxes=shown.boxes if shown is not None else ())
    return quoted, result


def _latest(first: int | None, second: int | None) -> int | None:
    """The later of two quoted comments: a reply's box holds the chain it answers, oldest first."""
    if first is None:
        return second
    return first if second is None else max(first, second)


def _normal(text: str) -> str:
    return " ".join(text.split())


def _telling(line: str) -> bool:
    """Whether ``line`` is long enough to name one comment."""
    if len(line) >= _MIN_CHARACTERS:
        return True
    return len(line) >= _MIN_CJK_CHARACTERS and _CJK.search(line) is not None


class _EarlierTexts:
    """The comments' texts, searchable by a piece (any position) or as whole texts and first lines."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._joined: str | None = None
        self._starts: list[int] = []
        self._by_length: list[tuple[int, int]] | None = None  # (length, position), shortest first
        self._spaced: dict[int, str] = {}

    def containing(self, piece: str, before: int) -> int | None:
        """The latest comment before ``before`` whose text holds ``piece``."""
        if self._joined is None:
            normal = [_normal(text).replace(_SEPARATOR_CHARACTER, " ") for text in self._texts]
            starts, position = [], 0
            for text in normal:
                starts.append(position)
                position += len(text) + 1
            self._joined, self._starts = _SEPARATOR_CHARACTER.join(normal), starts
        end = self._starts[before] - 1 if before else 0
        found = self._joined.rfind(piece, 0, max(end, 0))
        return bisect.bisect_right(self._starts, found) - 1 if found >= 0 else None

    def whole(self, line: str, before: int) -> int | None:
        """The latest comment before ``before`` whose whole text is ``line``: only texts a little
        longer than ``line`` can be (spacing only shortens a text: "\n\n" becomes " "), so only
        those are spaced, once each, not every comment's text."""
        if self._by_length is None:
            self._by_length = sorted((len(text), position) for position, text in enumerate(self._texts))
        found: int | None = None
        start = bisect.bisect_left(self._by_length, (len(line), -1))
        for length, position in itertools.islice(self._by_length, start, None):
            if length > len(line) + _MAX_SPACING:
                break
            if position >= before or (found is not None and position < found):
                continue
            spaced = self._spaced.get(position)
            if spaced is None:
                spaced = self._spaced[position] = _normal(self._texts[position])
            if spaced == line:
                found = position
        return found


def _box_lines(box: str) -> list[str]:
    lines = []
    for raw in box.split("\n"):
        line = _ELLIPSIS.sub("", _normal(raw))
        if _telling(line):
            lines.append(line)
    return lines


def _from_boxes(shown: QuoteEvidence, earlier: _EarlierTexts, index: int) -> tuple[int | None, list[str]]:
    """The latest earlier comment a quote box's line is found in, and the lines found."""
    found: int | None = None
    lines: list[str] = []
    for box in shown.boxes:
        for line in _box_lines(box):
            source = earlier.containing(line, index)
            if source is not None:
                found = _latest(found, source)
                lines.append(line)
    return found, lines


def _from_loose(shown: QuoteEvidence, earlier: _EarlierTexts, index: int, text: str) -> int | None:
    """The latest earlier comment that a piece of the markup outside the comment's own text is
    whole (a floor of the chain stacked above a reply)."""
    own: str | None = None
    found: int | None = None
    for piece in shown.loose:
        if len(piece) < _MIN_CJK_CHARACTERS or piece in text:
            continue  # too short, or the comment's own words as they stand in its text
        line = _normal(piece)
        if not _telling(line):
            continue
        source = earlier.whole(line, index)
        if source is None:
            continue
        if own is None:
            own = _normal(text)
        if line in own:
            continue  # the comment's own words (a repeated post is no quote of the first)
        found = _latest(found, source)
    return found


# How many lines a quote printed as text may take before its rule line.
_MAX_HEAD_LINES = 12


def _from_head(text: str, earlier: _EarlierTexts, index: int) -> tuple[int, list[str]] | None:
    """An earlier comment printed whole as the first lines of this one's text, a rule line under it
    and the reply after (Tianya's "-----------------------------"), and those lines. The rule line
    is what tells a quote from a reply that happens to open with an earlier comment's words."""
    if "\n" not in text or _SEPARATOR_LINE.search(text) is None:
        return None
    lines = text.split("\n", _MAX_HEAD_LINES + 1)
    for count, line in enumerate(lines[: _MAX_HEAD_LINES + 1]):
        if count and _SEPARATOR.fullmatch(line.strip()):
            head = [_normal(part) for part in lines[:count] if part.strip()]
            quoted = " ".join(head)
            if not _telling(quoted) or count + 1 >= len(lines):
                return None
            source = earlier.whole(quoted, index)
            return (source, head) if source is not None else None
    return None


def _without(text: str, quoted: list[str], *, boxes: Sequence[str]) -> str:
    """``text`` without the lines that reproduce ``quoted`` (a line may open with the box's title or
    label, "引用", before the quoted words), and the rule lines after them; unchanged when nothing
    of the comment's own would be left."""
    box_words = _normal(" ".join(boxes))
    kept: list[str] = []
    removed = False
    for raw in text.split("\n"):
        line = _normal(raw)
        rest = _rest_after_quote(line, quoted, box_words)
        if rest is not None:
            removed = True
            if rest:
                kept.append(rest)
            continue
        if removed and not kept and (not line or _SEPARATOR.fullmatch(line)):
            continue  # a rule or blank line between the quote and the reply
        kept.append(raw)
    result = "\n".join(kept).strip()
    return result if removed and result else text


def _rest_after_quote(line: str, quoted: list[str], box_words: str) -> str | None:
    """What is left of ``line`` after a quoted line it holds (None when it holds none): the line may
    open with the box's own words (its title or label) before the quote."""
    for piece in quoted:
        at = line.find(piece)
        if at < 0:
            continue
        before = line[:at].strip()
        if before and before not in box_words:
            continue
        return line[at + len(piece) :].strip()
    return None
