"""Text to features: sentences, tokens, span features and their hashing."""

from __future__ import annotations

import random
import re
import time
import zlib

import numpy as np
import pytest

from slant.techniques import _features
from slant.techniques._features import (
    TOKEN_FEATURES,
    PhraseCounter,
    count_phrase,
    hash_features,
    normalise_phrase,
    sentence_spans,
    span_features,
    token_feature_crcs,
    token_features,
    token_spans,
    whole_words,
)
from slant.techniques._model import _peer_ranks, word_counts


def test_sentences_split_lines_then_sentence_ends() -> None:
    text = 'Title here\n\nFirst one. Second one! "Third?" he asked.\n  \nLast'
    found = [text[s:e] for s, e in sentence_spans(text)]
    assert found == ["Title here", "First one.", "Second one!", '"Third?" he asked.', "Last"]


def test_tokens_keep_inner_apostrophes_and_split_punctuation() -> None:
    text = "It's the so-called “regime”."
    assert [text[s:e] for s, e in token_spans(text)] == [
        "It's",
        "the",
        "so",
        "-",
        "called",
        "“",
        "regime",
        "”",
        ".",
    ]


def test_whole_words_widens_spans_that_cut_a_word_or_a_compound() -> None:
    text = "supplies to pro-Al-Qaeda forces, “so-called” rebels."
    cut = text.index("-Qaeda")
    assert text[slice(*whole_words(text, cut, cut + len("-Qaeda forces")))] == "pro-Al-Qaeda forces"
    inside = text.index("rebels") + 2
    assert text[slice(*whole_words(text, inside, inside + 2))] == "rebels"
    quoted = text.index("“")
    # quotes and punctuation are not words: a span that starts or ends there stays as it is
    assert whole_words(text, quoted, quoted + len("“so-called”")) == (quoted, quoted + len("“so-called”"))
    assert whole_words(text, 0, len(text)) == (0, len(text))


def test_token_features_share_the_sentence_words() -> None:
    text = "Brutal regime falls."
    sentence = (0, len(text))
    rows = list(token_features(text, sentence, token_spans(text)))
    assert len(rows) == 4
    assert all("S:regime" in row for row in rows)
    assert "w:brutal" in rows[0] and "w+1:regime" in rows[0] and "w-1:<s>" in rows[0]


def test_hashing_is_stable_across_processes() -> None:
    # CRC-32 of "w:brutal" masked to 20 bits: a fixed number, unlike Python's salted hash(), so
    # shipped weights stay valid in every process.
    indices = hash_features(["w:brutal", "w:brutal"], 20)
    assert indices.tolist() == [83893, 83893]
    assert indices.dtype == np.int64


def test_span_features_count_the_phrase_on_the_whole_page() -> None:
    page = "Finish the job. We must finish the job. Only we finish the job.\nFinish the job!"
    text = "Finish the job!"
    features = span_features(text, 0, 14, word_counts(page), phrases=PhraseCounter(normalise_phrase(page)))
    assert "phrase:3|3" in features  # four occurrences fall in the "4-5" bucket
    once = span_features(text, 0, 14, word_counts(text), phrases=PhraseCounter(normalise_phrase(text)))
    assert "phrase:0|3" in once
    assert "u:finish" in features and "b:the|job" in features and "has:!" not in features


def test_peer_ranks_count_distinct_places_of_a_phrase_among_the_spans() -> None:
    text = "Finish the job. They said: finish the job! And they did not finish the Job."
    other = "Finish the job."
    first, second, third = (text.lower().index("finish", i) for i in (0, 10, 40))
    items = [
        (text, first, first + 14),
        (text, second, second + 14),
        (text, second, second + 14),  # the same span on two template lines: one place
        (text, third, third + 14),
        (text, 16, 20),
        (other, 0, 14),  # another text: not a peer
    ]
    assert _peer_ranks(items) == [(3, 0), (3, 1), (3, 1), (3, 2), (1, 0), (1, 0)]


def test_span_features_mark_peers_and_the_first_of_them() -> None:
    text = "Finish the job. Finish the job."
    counts = word_counts(text)
    assert "peers:2|0" in span_features(text, 0, 14, counts, peers=(3, 0))  # buckets: 1, 2, 3, 4+
    assert "peers:3|1" in span_features(text, 16, 30, counts, peers=(5, 1))
    assert not any(f.startswith("peers:") for f in span_features(text, 0, 14, counts))


@pytest.mark.parametrize(
    ("page", "phrase"),
    [
        ("x y x y", "x y"),
        ("a a a", "a a"),
        ("ab a ba a", "a"),
        ("finish the job finish the jobs", "finish the job"),
        ("", "a"),
        ("a", "a"),
    ],
)
def test_count_phrase_counts_whole_words_as_the_regex_does(page: str, phrase: str) -> None:
    expected = len(re.findall(rf"(?<!\S){re.escape(phrase)}(?!\S)", page))
    assert count_phrase(page, phrase) == expected
    assert count_phrase(f" {page} ", phrase) == expected
    assert PhraseCounter(page).count(phrase) == expected
    assert PhraseCounter(f" {page} ").count(phrase) == expected


@pytest.mark.issue(12)
def test_phrase_counter_agrees_with_count_phrase_on_random_pages() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        page = " ".join(rng.choice(["a", "b", "c", "ab"]) for _ in range(rng.randint(0, 40)))
        phrase = " ".join(rng.choice(["a", "b", "c", "ab"]) for _ in range(rng.randint(1, 4)))
        assert PhraseCounter(page).count(phrase) == count_phrase(f" {page} ", phrase), (page, phrase)


@pytest.mark.issue(12)
def test_phrase_counts_of_many_spans_cost_linear_time() -> None:
    # Before: every span scanned the whole page (10,000 identical comments: 46 s; 5,000: 14 s). Here
    # 20,000 distinct two-word phrases over a 200,000-word page.
    page = " ".join(f"w{i % 5000} x{i % 7}" for i in range(100_000))
    start = time.process_time()
    counter = PhraseCounter(page)
    counts = [counter.count(f"w{i % 5000} x{i % 7}") for i in range(20_000)]
    assert time.process_time() - start < 5
    assert counts[0] == 100_000 // 35_000 + 1


def test_token_feature_crcs_equal_hashing_the_feature_strings() -> None:
    text = "He said “the so-called moderate opposition” is EVIL!!! Isn't it? Ça va, Müller: «très» 123."
    for sentence in sentence_spans(text):
        tokens = token_spans(text, *sentence)
        strings = [f for row in token_features(text, sentence, tokens, with_sentence=False) for f in row]
        assert token_feature_crcs(text, sentence, tokens) == [zlib.crc32(f.encode()) for f in strings]
        assert len(strings) == TOKEN_FEATURES * len(tokens)


def test_the_hash_cache_is_bounded_and_gives_the_same_indices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_features, "_CRC_CACHE", {})
    monkeypatch.setattr(_features, "_CRC_CACHE_SIZE", 4)
    features = [f"w:word{i}" for i in range(10)]
    first = hash_features(features, 20)
    again = hash_features(features, 20)
    assert first.tolist() == again.tolist() == [zlib.crc32(f.encode()) & 0xFFFFF for f in features]
    assert len(_features._CRC_CACHE) <= 4
