"""Text to features: sentences, tokens and hashed feature indices, in plain Python and numpy.

The same code runs at training time (to build sparse matrices for scikit-learn) and at inference
time (to index the shipped weight vectors), so the two cannot drift apart. Feature strings are
hashed with CRC-32 into ``2**n_bits`` buckets: stable across processes and platforms, unlike
Python's ``hash``, and no vocabulary has to be shipped.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zlib
from collections.abc import Iterator, Mapping, Sequence

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "TOKEN_FEATURES",
    "PhraseCounter",
    "count_phrase",
    "hash_features",
    "normalise_phrase",
    "sentence_features",
    "sentence_spans",
    "span_features",
    "token_feature_crcs",
    "token_features",
    "token_spans",
    "whole_words",
]

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
# A sentence ends at . ! ? (with closing quotes) followed by space and an upper-case letter or quote;
# PTC articles already have one sentence a line, so this only matters for pages and comments.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])")
_QUOTES = frozenset("\"“”‘’«»'")
#: How many features :func:`token_features` gives each token (without the sentence-wide ones).
TOKEN_FEATURES = 13


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences: lines first, then sentence-final punctuation within a line."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        line_start = position
        position += len(line) + 1
        begin = 0
        for match in _SENTENCE_END.finditer(line):
            spans.append((line_start + begin, line_start + match.start()))
            begin = match.end()
        spans.append((line_start + begin, line_start + len(line)))
    return [(s, e) for s, e in (_strip(text, s, e) for s, e in spans) if e > s]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Words (with inner apostrophes) and single punctuation marks in ``text[start:end]``."""
    stop = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]


_WORD_CHAR = re.compile(r"[\w\-'’]")


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened so that it cuts no word, hyphenated compounds included.

    The tokens split ``pro-Al-Qaeda`` at its hyphens, so a span could begin at ``-Qaeda``; readers
    expect the whole word (on PTC dev and held-out train articles SI F1 is the same either way).
    """
    while start > 0 and _WORD_CHAR.match(text[start - 1]) and _WORD_CHAR.match(text[start]):
        start -= 1
    while end < len(text) and end > 0 and _WORD_CHAR.match(text[end]) and _WORD_CHAR.match(text[end - 1]):
        end += 1
    return start, end


def normalise_phrase(text: str) -> str:
    """Lower-case words of ``text`` joined by one space: the key for finding repeated phrases."""
    return " ".join(_WORD.findall(text)).lower()


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "UPPER"
    if word[:1].isupper():
        return "Title"
    if word.isdigit():
        return "digit"
    if word.isalpha():
        return "lower"
    if len(word) == 1 and unicodedata.category(word).startswith("P"):
        return "quote" if word in _QUOTES else "punct"
    return "mixed"


def sentence_features(text: str, sentence: tuple[int, int], tokens: Sequence[tuple[int, int]]) -> list[str]:
    """Features every token of one sentence shares: its words, its length, its punctuation."""
    sentence_words = sorted({text[s:e].lower() for s, e in tokens if text[s:e].isalnum()})
    shared = [f"S:{w}" for w in sentence_words]
    shared.append(f"SL:{min(len(tokens) // 5, 12)}")
    sentence_text = text[sentence[0] : sentence[1]]
    for mark in '!?"“”':
        if mark in sentence_text:
            shared.append(f"SP:{mark}")
    return shared


def token_features(
    text: str,
    sentence: tuple[int, int],
    tokens: Sequence[tuple[int, int]],
    *,
    with_sentence: bool = True,
) -> Iterator[list[str]]:
    """Feature strings for each token of one sentence: the token, its neighbours, and the sentence.

    Sentence-wide features (:func:`sentence_features`) are shared by every token of it, so the
    tagger learns both "this word is loaded" and "this sentence is propagandistic". With
    ``with_sentence=False`` they are left out, for callers that hash them once per sentence.
    """
    words = [text[s:e] for s, e in tokens]
    lower = [w.lower() for w in words]
    n = len(words)
    padded = ["<s>", "<s>", *lower, "</s>", "</s>"]
    shared = sentence_features(text, sentence, tokens) if with_sentence else []
    inside_quotes = False
    for i in range(n):
        w = padded[i + 2]
        if words[i] in _QUOTES:
            inside_quotes = not inside_quotes
        features = [
            "bias",
            f"w:{w}",
            f"w-1:{padded[i + 1]}",
            f"w+1:{padded[i + 3]}",
            f"w-2:{padded[i]}",
            f"w+2:{padded[i + 4]}",
            f"b-:{padded[i + 1]}|{w}",
            f"b+:{w}|{padded[i + 3]}",
            f"sh:{_shape(words[i])}",
            f"suf:{w[-3:]}",
            f"pos:{min(i, 5)}",
            f"rpos:{min(n - 1 - i, 5)}",
            f"q:{inside_quotes}",
        ]
        features.extend(shared)
        yield features


#: Feature string -> CRC-32 of the first strings seen. Most features recur from page to page (words,
#: shapes, positions: Zipf's law puts the common ones among the first seen), and a lookup costs a
#: fifth of encoding and hashing. Once full it takes no more, so memory stays flat (about 8 MB).
_CRC_CACHE: dict[str, int] = {}
_CRC_CACHE_SIZE = 1 << 16


def _crc32(feature: str) -> int:
    value = zlib.crc32(feature.encode("utf-8"))
    if len(_CRC_CACHE) < _CRC_CACHE_SIZE:
        _CRC_CACHE[feature] = value
    return value


def hash_features(features: Sequence[str], n_bits: int) -> NDArray[np.int64]:
    """CRC-32 bucket indices of ``features`` in ``[0, 2**n_bits)``."""
    get = _CRC_CACHE.get
    values = [get(f) for f in features]
    if None in values:
        values = [_crc32(f) if v is None else v for v, f in zip(values, features, strict=True)]
    return np.array(values, dtype=np.int64) & ((1 << n_bits) - 1)


def _cached_crc32(feature: str) -> int:
    value = _CRC_CACHE.get(feature)
    return _crc32(feature) if value is None else value


#: Lower-cased word -> CRC-32 of the features it gives its own token and its neighbours (the
#: prefixes of :func:`token_features`), so a token's word features cost one lookup.
_WORD_PREFIXES = ("w:", "w-1:", "w+1:", "w-2:", "w+2:")
#: Takes no more once full, as the one above (at most about 12 MB).
_WORD_CACHE: dict[str, tuple[int, ...]] = {}
_WORD_CACHE_SIZE = 1 << 15
_CONSTANT_CRC: dict[str, int] = {}


def _word_crcs(lower: str) -> tuple[int, ...]:
    value = _WORD_CACHE.get(lower)
    if value is None:
        value = (
            *(zlib.crc32(f"{prefix}{lower}".encode()) for prefix in _WORD_PREFIXES),
            zlib.crc32(f"suf:{lower[-3:]}".encode()),
        )
        if len(_WORD_CACHE) < _WORD_CACHE_SIZE:
            _WORD_CACHE[lower] = value
    return value


def _constant_crc(feature: str) -> int:
    value = _CONSTANT_CRC.get(feature)
    if value is None:  # a handful of strings: bias, shapes, positions, quote state
        value = _CONSTANT_CRC[feature] = zlib.crc32(feature.encode())
    return value


def token_feature_crcs(text: str, sentence: tuple[int, int], tokens: Sequence[tuple[int, int]]) -> list[int]:
    """CRC-32 of every feature :func:`token_features` gives (``with_sentence=False``), token after token.

    The same values, in the same order, as hashing those strings one by one, at a third of the cost:
    the word features come from one lookup per word and the constant ones are hashed once.
    """
    words = [text[s:e] for s, e in tokens]
    lower = [w.lower() for w in words]
    n = len(words)
    padded = ["<s>", "<s>", *lower, "</s>", "</s>"]
    crcs = [_word_crcs(w) for w in padded]
    bias = _constant_crc("bias")
    quote_state = (_constant_crc("q:False"), _constant_crc("q:True"))
    out: list[int] = []
    inside_quotes = False
    for i in range(n):
        w = padded[i + 2]
        if words[i] in _QUOTES:
            inside_quotes = not inside_quotes
        own = crcs[i + 2]
        out.extend(
            (
                bias,
                own[0],
                crcs[i + 1][1],
                crcs[i + 3][2],
                crcs[i][3],
                crcs[i + 4][4],
                _cached_crc32(f"b-:{padded[i + 1]}|{w}"),
                _cached_crc32(f"b+:{w}|{padded[i + 3]}"),
                _constant_crc(f"sh:{_shape(words[i])}"),
                own[5],
                _constant_crc(f"pos:{min(i, 5)}"),
                _constant_crc(f"rpos:{min(n - 1 - i, 5)}"),
                quote_state[inside_quotes],
            )
        )
    return out


class PhraseCounter:
    """How often phrases occur on one page: :func:`count_phrase`'s answers, in time that does not grow
    with the page for every span.

    A page's spans each ask how often their phrase occurs on the whole page; scanning the page per
    span made 10,000 identical comments cost 46 s (quadratic). Here the page's words are indexed once;
    a phrase is looked for only where its rarest word stands (a vectorised check of the other words),
    and each distinct phrase is counted once.

    Args:
        page: the page's words as :func:`normalise_phrase` gives them (spaces around them are fine).
    """

    def __init__(self, page: str) -> None:
        words = page.split()
        vocabulary: dict[str, int] = {}
        self._ids = np.fromiter(
            (vocabulary.setdefault(w, len(vocabulary)) for w in words), dtype=np.int64, count=len(words)
        )
        self._vocabulary = vocabulary
        order = np.argsort(self._ids, kind="stable")
        bounds = np.searchsorted(self._ids[order], np.arange(len(vocabulary) + 1))
        self._positions = order  # positions of word id i: order[bounds[i]:bounds[i + 1]], ascending
        self._bounds = bounds
        self._counts: dict[str, int] = {}

    def count(self, phrase: str) -> int:
        """Non-overlapping whole-word occurrences of ``phrase`` (words joined by single spaces)."""
        known = self._counts.get(phrase)
        if known is None:
            known = self._counts[phrase] = self._count(phrase.split())
        return known

    def _count(self, words: list[str]) -> int:
        ids = [self._vocabulary.get(w) for w in words]
        if not words or any(i is None for i in ids):
            return 0
        frequency = [int(self._bounds[i + 1] - self._bounds[i]) for i in ids if i is not None]
        anchor = int(np.argmin(frequency))
        anchor_id = ids[anchor]
        assert anchor_id is not None
        starts = self._positions[self._bounds[anchor_id] : self._bounds[anchor_id + 1]] - anchor
        starts = starts[(starts >= 0) & (starts + len(words) <= len(self._ids))]
        for offset, word_id in enumerate(ids):
            if offset != anchor and len(starts):
                starts = starts[self._ids[starts + offset] == word_id]
        if len(starts) <= 1 or int(np.diff(starts).min()) >= len(words):
            return len(starts)
        count, free_from = 0, 0  # matches that overlap an earlier counted one do not count
        for start in starts.tolist():
            if start >= free_from:
                count += 1
                free_from = start + len(words)
        return count


def count_phrase(page: str, phrase: str) -> int:
    """Non-overlapping occurrences of ``phrase`` as whole words in ``page`` (words joined by single spaces).

    As ``re.findall`` with whitespace boundaries counts them, without compiling a pattern per phrase.
    """
    count = 0
    position = page.find(phrase)
    while position >= 0:
        end = position + len(phrase)
        if (position == 0 or page[position - 1].isspace()) and (end == len(page) or page[end].isspace()):
            count += 1
            position = page.find(phrase, end)
        else:
            position = page.find(phrase, position + 1)
    return count


def _bucket(value: int, edges: Sequence[int]) -> int:
    for number, edge in enumerate(edges):
        if value <= edge:
            return number
    return len(edges)


def span_features(
    text: str,
    start: int,
    end: int,
    counts: Mapping[str, int],
    *,
    phrases: PhraseCounter | None = None,
    peers: tuple[int, int] | None = None,
) -> list[str]:
    """Feature strings of the span ``text[start:end]`` for technique classification.

    Args:
        text: the text the span lies in.
        start: the span's first character.
        end: one past its last character.
        counts: word and word-pair counts of the whole page (:func:`word_counts`), so a phrase
            repeated anywhere on the page, not only in this text, reads as repeated.
        phrases: the page's :class:`PhraseCounter`, to count how often the span's exact phrase
            occurs on the page; None leaves that feature out.
        peers: how many spans classified with this one (at distinct places of the same text) have
            its phrase, and its rank among them (0: the first); None when unknown.
    """
    span = text[start:end]
    lower = span.lower()
    words = normalise_phrase(span).split()
    features = [f"u:{w}" for w in words]
    features.extend(f"b:{a}|{b}" for a, b in itertools.pairwise(words))
    if words:
        features.append(f"first:{words[0]}")
        features.append(f"last:{words[-1]}")
    padded = f" {lower} "
    for n in (3, 4, 5):
        features.extend(f"c{n}:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    left = normalise_phrase(text[max(0, start - 60) : start]).split()[-3:]
    right = normalise_phrase(text[end : end + 60]).split()[:3]
    features.extend(f"L:{w}" for w in left)
    features.extend(f"R:{w}" for w in right)
    if left:
        features.append(f"L1:{left[-1]}")
    if right:
        features.append(f"R1:{right[0]}")
    features.append(f"len:{_bucket(len(words), (1, 2, 3, 5, 9, 19))}")
    if len(words) == 1:
        repeated = counts.get(words[0], 0)
    elif words:
        repeated = min(counts.get(f"{a} {b}", 0) for a, b in itertools.pairwise(words))
    else:
        repeated = 0
    features.append(f"rep:{_bucket(repeated, (1, 2, 3, 5))}|{min(len(words), 3)}")
    if phrases is not None and words:
        # The exact phrase's count: in the PTC, a phrase seen three or more times in an article is
        # mostly labelled Repetition, whatever its words.
        occurrences = phrases.count(" ".join(words))
        features.append(f"phrase:{_bucket(occurrences, (1, 2, 3, 5))}|{min(len(words), 3)}")
    if peers is not None:
        marked, rank = peers
        features.append(f"peers:{_bucket(marked, (1, 2, 3))}|{min(rank, 1)}")
    content = [counts.get(w, 0) for w in words if len(w) > 3]
    if content:
        features.append(f"repmax:{_bucket(max(content), (1, 2, 3, 5, 8))}")
    for mark in '!?"“”':
        if mark in span:
            features.append(f"has:{mark}")
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    if before in _QUOTES or after in _QUOTES:
        features.append("quoted")
    if any(len(w) > 1 and w.isupper() for w in re.findall(r"\w+", span)):
        features.append("caps")
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    covered = (end - start) / max(1, line_end - line_start)
    features.append(f"cover:{_bucket(int(covered * 10), (2, 5, 8))}")
    return features
