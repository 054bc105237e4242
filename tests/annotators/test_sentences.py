"""Sentences and tokens."""

from __future__ import annotations

import pytest

from slant import Document, Part
from slant.annotators._sentences import SentenceAnnotator, split_sentences, tokenize


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith went to the U.S. today. He left.", ["Mr. Smith went to the U.S. today.", "He left."]),
        ("He said “no.” Then left!! Really?", ["He said “no.”", "Then left!!", "Really?"]),
        ("soldiers.Hezbollah and Iran.He behaves", ["soldiers.", "Hezbollah and Iran.", "He behaves"]),
        ("It costs 3.5 dollars… The end", ["It costs 3.5 dollars…", "The end"]),
        ("Sec. of State Henry Kissinger left.", ["Sec. of State Henry Kissinger left."]),
        ("First line\nsecond line", ["First line", "second line"]),
        ("See No. 5 here.", ["See No. 5 here."]),
        ("", []),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_tokens_keep_urls_obfuscations_and_hyphenated_words() -> None:
    text = "From TASS http://tass.com/defense/918123 the militant-held f@ck it’s 8,461 U.S. …"
    tokens = [(text[s:e], kind) for s, e, kind in tokenize(text)]
    assert ("http://tass.com/defense/918123", "url") in tokens
    assert ("militant-held", "word") in tokens
    assert ("f@ck", "word") in tokens
    assert ("it’s", "word") in tokens
    assert ("8,461", "number") in tokens
    assert ("U.S.", "word") in tokens
    assert ("…", "punct") in tokens


def test_annotator_sets_layers_and_word_count() -> None:
    doc = Document(article=Part("One two. Three 4!", kind="article", id="article"))
    SentenceAnnotator()(doc)
    assert [doc.article.span_text(s) for s in doc.article.spans["sentences"]] == ["One two.", "Three 4!"]
    assert doc.article.attrs["word_count"] == 4
    assert {s.label for s in doc.article.spans["tokens"]} == {"word", "number", "punct"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was backed by the U.S. The war went on.", ["It was backed by the U.S.", "The war went on."]),
        ("The U.S. Army and the P.R. team left.", ["The U.S. Army and the P.R. team left."]),
        ("his“lover“.Assad is not a puppet.", ["his“lover“.", "Assad is not a puppet."]),
        ("it is a typo… it is actually “ignore”….", ["it is a typo…", "it is actually “ignore”…."]),
    ],
)
def test_initialisms_run_ons_and_ellipses(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_title_abbreviations_are_one_token() -> None:
    text = "Sec. of State, Mr. Smith and No. 5 but No. I disagree."
    tokens = [text[s:e] for s, e, _ in tokenize(text)]
    assert tokens[:2] == ["Sec.", "of"]
    assert "Mr." in tokens
    assert "No." in tokens
    assert tokens[-5:] == ["No", ".", "I", "disagree", "."]
