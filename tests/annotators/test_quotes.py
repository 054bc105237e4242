"""Quotations, scare quotes and mentions."""

from __future__ import annotations

from slant import Document, Part
from slant.annotators._quotes import QuoteAnnotator


def _quotes(text: str) -> list[tuple[str, str]]:
    doc = Document(article=Part(text, kind="article", id="article"))
    QuoteAnnotator()(doc)
    return [(s.label, doc.article.span_text(s)) for s in doc.article.spans["quotes"]]


def test_so_called_makes_a_scare_quote_including_the_phrase() -> None:
    assert _quotes("the so-called “moderate opposition” was there") == [
        ("scare_quote", "so-called “moderate opposition”")
    ]


def test_short_phrase_inside_a_sentence_is_a_scare_quote() -> None:
    assert _quotes("these fraud US controlled “terrorist” groups") == [("scare_quote", "“terrorist”")]


def test_speech_is_a_quotation() -> None:
    text = 'He said: "We will never surrender our city to them." Then he left.'
    assert _quotes(text) == [("quotation", '"We will never surrender our city to them."')]


def test_word_talked_about_is_a_mention() -> None:
    assert _quotes("What does “ingore” mean?") == [("mention", "“ingore”")]


def test_apostrophes_are_not_quotes() -> None:
    assert _quotes("It’s the Americas’ advantage and Kerry’s wife") == []


def test_single_quotes_and_mispaired_marks() -> None:
    assert _quotes("his political ‘humanitarian pauses’ It’s over") == [
        ("scare_quote", "‘humanitarian pauses’")
    ]
    assert [label for label, _ in _quotes("to Lavrov and to his “lover“.Assad is")] == ["scare_quote"]


def test_quotes_never_cross_lines() -> None:
    assert _quotes("an “open quote\nand a close” later") == []


def test_straight_single_quotes_but_not_apostrophes_or_elisions() -> None:
    text = "the 'moderate' rebels, rock 'n' roll in the '90s, the boys' toys and it's over"
    assert _quotes(text) == [("scare_quote", "'moderate'")]


def test_guillemets_and_low_high_quotes() -> None:
    assert _quotes("the so-called «rebels» and „Kinder“ here") == [
        ("scare_quote", "so-called «rebels»"),
        ("scare_quote", "„Kinder“"),
    ]


def test_a_short_quote_ending_in_a_comma_is_a_partial_quotation() -> None:
    assert _quotes("The law protects “freedom of religion,” the judge wrote.") == [
        ("quotation", "“freedom of religion,”")
    ]
