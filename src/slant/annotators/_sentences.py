"""Sentences and tokens, by regular expressions: fast to import and to run (no spaCy on the hot path).

Tokens keep together what news text and comments need kept together: URLs, e-mail addresses,
contractions (it's, it’s), hyphenated words (militant-held, Al-Dawla), abbreviations (U.S., P.R.),
obfuscated swear words (f@ck, sh1t), numbers (8,461, 24/7) and ellipses.
"""

from __future__ import annotations

import re
from typing import ClassVar

from slant._document import Document, Part, Span
from slant._pipeline import PartAnnotator

__all__ = ["SentenceAnnotator", "split_sentences", "tokenize"]

_TOKEN = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]’'])
  | (?P<email>(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+)
  | (?P<number>\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%)?)
  | (?P<abbrev>(?:[A-Za-z]\.){2,})
  | (?P<title>(?<![^\W\d_])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Sec|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Pres|Rev|Fig
        |Inc|Ltd|Co|Corp|Dept|vs|etc|approx)\.|No\.(?=\s*\d))
  | (?P<word>\w+(?:[@$*!#]+\w+)*(?:[’'\-]\w+)*)
  | (?P<punct>\.\.\.|…|[!?]+|[.,;:()\[\]{}"“”„‘’«»'\-–—/])
  | (?P<symbol>\S)
    """,
    re.VERBOSE,
)

# Words after which a period rarely ends a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "sec",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "maj",
        "adm",
        "gov",
        "sen",
        "rep",
        "pres",
        "rev",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "approx",
    ]
)
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space or a capital.
_BOUNDARY = re.compile(r"""(?:(?<![.!?])[.!?]++|…)["”’'»)\]]*+(?=\s|[A-ZА-Я])""")
_SPACE_RUN = re.compile(r"\S")
# How far around a candidate boundary the checks look (abbreviations and initialisms are far shorter).
_WINDOW = 64


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Split ``text`` into ``(start, end, kind)`` tokens; kind is word, number, url, email, punct or symbol."""
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "symbol"
        if kind in {"abbrev", "title"}:
            kind = "word"
        tokens.append((match.start(), match.end(), kind))
    return tokens


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence offsets; line breaks always end a sentence.

    Handles abbreviations (Mr., Sec., U.S.), decimal numbers, ellipses, "!!", closing quotes after the
    period, and run-on sentences with no space after the period ("soldiers.Hezbollah").
    """
    sentences: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        _split_line(line, offset, sentences)
        offset += len(line) + 1
    return sentences


def _split_line(line: str, offset: int, out: list[tuple[int, int]]) -> None:
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if not _is_real_boundary(line, match.start(), end):
            continue
        _emit(line, start, end, offset, out)
        start = end
    _emit(line, start, len(line), offset, out)


def _is_real_boundary(line: str, punct_start: int, end: int) -> bool:
    # Only a short window around the candidate is looked at, never the rest of the line: a line of
    # many candidates (a long run of "a. a. a.") must cost linear time, not one copy per candidate.
    next_visible = _SPACE_RUN.search(line, end)
    if next_visible is None:
        return True
    rest = line[end : end + _WINDOW]
    following = line[next_visible.start() : next_visible.start() + _WINDOW]
    mark = line[punct_start]
    if mark == ".":
        word_start = punct_start
        while word_start > 0 and not line[word_start - 1].isspace() and punct_start - word_start < _WINDOW:
            word_start -= 1
        # A word longer than the window (cut at its end) is no abbreviation or initialism.
        whole = word_start == 0 or line[word_start - 1].isspace()
        word = line[word_start:punct_start].lower().strip("\"“‘'(")
        if whole and re.fullmatch(r"(?:[a-z]\.)+[a-z]", word) and _next_word(following) in _SENTENCE_OPENERS:
            return True  # "... backed by the U.S. The war": an initialism can end a sentence
        if whole and (word in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", word)):
            # "U.S. officials" or "Mr. Smith": not a boundary unless the next word clearly starts one.
            return False
        if rest[:1].isdigit() or (word in {"no", "nos"} and following[0].isdigit()):
            return False  # 3.5, "No. 5"
        if rest and not rest[0].isspace():
            # "soldiers.Hezbollah": a run-on boundary only before a capital after a lower-case word.
            return rest[0].isupper() and len(word) > 1 and word[-1:].isalpha() and word.islower()
    return following[0].isupper() or following[0].isdigit() or following[0] in "\"“‘'«([" or mark in "!?…"


# Words that open many sentences and rarely follow an initialism inside one ("the U.S. Army" stays whole).
_SENTENCE_OPENERS = frozenset(
    "The This That These Those It He She We They I You There But And So Yet However Meanwhile What Why How "
    "When While After Before If In On At As".split()
)


def _next_word(text: str) -> str:
    match = re.match(r"[^\W\d_]+", text)
    return match.group() if match else ""


def _emit(line: str, start: int, end: int, offset: int, out: list[tuple[int, int]]) -> None:
    segment = line[start:end]
    first = _SPACE_RUN.search(segment)
    if first is None:
        return
    stripped_end = len(segment.rstrip())
    out.append((offset + start + first.start(), offset + start + stripped_end))


class SentenceAnnotator(PartAnnotator):
    """Sentences and tokens of every part.

    Assigns ``spans.sentences`` (label ``sentence``), ``spans.tokens`` (label = the token's kind)
    and ``attrs.word_count`` (tokens of kind word or number).
    """

    name = "sentences"
    assigns: ClassVar[tuple[str, ...]] = ("spans.sentences", "spans.tokens", "attrs.word_count")

    def annotate_part(self, part: Part, doc: Document) -> None:
        """Add the sentence and token layers and the word count to ``part``."""
        text = part.text
        part.spans.set(
            "sentences", [Span(s, e, "sentence", source=self.name) for s, e in split_sentences(text)]
        )
        tokens = tokenize(text)
        part.spans.set("tokens", [Span(s, e, kind, source=self.name) for s, e, kind in tokens])
        part.attrs["word_count"] = sum(1 for _, _, kind in tokens if kind in {"word", "number"})
