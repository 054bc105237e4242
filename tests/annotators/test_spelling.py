"""Misspellings with suggestions."""

from __future__ import annotations

import pytest

from slant import Document, Part, Pipeline
from slant.annotators._spelling import suggest


def _misspellings(text: str, kind: str = "article") -> list[tuple[str, str]]:
    part = Part(text, kind=kind, id=kind)  # type: ignore[arg-type]
    doc = (
        Document(article=part)
        if kind == "article"
        else Document(article=Part("", kind="article", id="a"), title=part)
    )
    Pipeline(["sentences", "language", "spelling"])(doc)
    return [(part.span_text(s), s.attrs["suggestion"]) for s in part.spans["misspellings"]]


def test_typos_are_found_with_suggestions() -> None:
    text = "These reports have been ingored by the media. They left the militan-held area of the city."
    assert _misspellings(text) == [("ingored", "ignored"), ("militan-held", "militant-held")]


def test_title_case_words_are_checked_in_titles() -> None:
    title = "Govt Forces Renew Military Operation As Militants Again Ingore Terms of the Ceasefire"
    assert _misspellings(title, kind="title") == [("Ingore", "Ignore")]


@pytest.mark.parametrize(
    "text",
    [
        "The neighborhood was analyzed by Pompeo and Snowden in Aleppo, the officials tweeted.",
        "NATO and ISIS met in Sayf Al-Dawla and Shekih Saeed with 24/7 coverage from www.example.org.",
        "The hardline feedbacks were signaled by anti-war groups.",
    ],
)
def test_names_variants_and_inflections_are_not_flagged(text: str) -> None:
    assert _misspellings(text) == []


def test_rate_per_thousand_words() -> None:
    doc = Document(
        article=Part("This is ingored here and there by all of them.", kind="article", id="article")
    )
    Pipeline(["sentences", "language", "spelling"])(doc)
    assert doc.article.attrs["misspelling_rate"] == pytest.approx(1000 / 10)


def test_non_english_parts_are_skipped() -> None:
    assert _misspellings("Der Krieg ist nicht vorbei und die Menschen sind müde und traurig") == []


def test_suggest_returns_none_for_known_words() -> None:
    assert suggest("ignore") is None
    result = suggest("ingore")
    assert result is not None
    assert result[0] == "ignore"
    assert 0.5 <= result[1] <= 1.0


def test_hyphenated_pieces_are_checked_one_by_one() -> None:
    text = "The Syrian-russin-iranis alliance must finish the job."
    assert _misspellings(text) == [("Syrian-russin-iranis", "Syrian-russian-iranis")]


def test_a_word_broken_after_its_first_letter_is_joined() -> None:
    text = "Russia must report back to S yrian government on progress."
    assert _misspellings(text) == [("S yrian", "Syrian")]


@pytest.mark.parametrize(
    "text", ["He was a skeptical and phony critic.", "A haemorrhagic fever, analyzing jihadis."]
)
def test_spelling_variants_and_news_words_are_not_flagged(text: str) -> None:
    assert _misspellings(text) == []


def test_contractions_without_apostrophe_get_one() -> None:
    assert _misspellings("I dont think so, and neither does he.") == [("dont", "don't")]


def test_a_single_letter_before_a_known_word_is_not_joined() -> None:
    assert _misspellings("Plan B works, and vitamin C helps the body.") == []


def test_words_quoted_in_another_language_are_not_checked() -> None:
    text = (
        "The minister said « la guerre est finie pour les habitants » and then he left the city, which "
        "was ingored by the army and by the government of the country for all of the year that followed."
    )
    assert _misspellings(text) == [("ingored", "ignored")]


def test_hashtags_and_handles_are_not_checked() -> None:
    assert (
        _misspellings("Thanks for the support of all the people. #gapol — Elizabeth Warren (@ewarren)") == []
    )
