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

# The phrase counter moved down to the annotators (issue 19: the echo and repeats annotators use it too);
# re-exported here, where the techniques model has always found it.
from slant.annotators._phrases import PhraseCounter, count_phrase, normalise_phrase

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
