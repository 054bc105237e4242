"""The five rule-based annotators on the bundled example page, against expectations written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

import slant
from slant import Document, Part, Pipeline

NAMES = (
    "Aleppo",
    "Shekih",
    "Saeed",
    "Jaish",
    "Fatah",
    "Halab",
    "Sayf",
    "Al-Dawla",
    "Lavrov",
    "Soetoro",
    "Zakharchenko",
    "Plotnitsky",
    "Hezbollah",
    "Primakov",
    "Brzezinski",
    "Kissinger",
    "Idlib",
    "Palmyra",
    "Deir-Ezzor",
    "Al-Qaeda",
)


@pytest.fixture(scope="module")
def page(example_page: Path) -> Document:
    doc = slant.read(example_page)
    return Pipeline(["sentences", "language", "spelling", "links", "quotes"])(doc)


def _layer(doc: Document, layer: str) -> list[tuple[Part, str, str, dict[str, object]]]:
    return [(p, p.span_text(s), s.label, dict(s.attrs)) for p in doc.parts for s in p.spans[layer]]


def test_typos_are_found_with_their_fixes(page: Document) -> None:
    found = {(text, str(attrs["suggestion"])) for _, text, _, attrs in _layer(page, "misspellings")}
    assert {
        ("Ingore", "Ignore"),
        ("ingored", "ignored"),
        ("militan-held", "militant-held"),
        ("Rusia", "Russia"),
    } <= found
    assert page.title is not None
    assert [page.title.span_text(s) for s in page.title.spans["misspellings"]] == ["Ingore"]
    assert page.article.attrs["misspelling_rate"] > 0


def test_names_acronyms_numbers_and_links_are_not_flagged(page: Document) -> None:
    flagged = [text for _, text, _, _ in _layer(page, "misspellings")]
    assert not [text for text in flagged if any(name in text for name in NAMES)]
    assert not [text for text in flagged if text.isupper() or any(ch.isdigit() for ch in text)]
    assert "tass" not in " ".join(flagged).lower()


def test_sources_links_and_outlets(page: Document) -> None:
    article = {(text, label) for part, text, label, _ in _layer(page, "sources") if part is page.article}
    assert {
        ("according to local sources", "unnamed"),
        ("according to the Russian Defense Ministry", "named"),
        ("reportedly", "unnamed"),
        ("Russian Foreign Minister Sergey Lavrov announced", "named"),
    } <= article
    assert any(text.startswith("Pro-government") and label == "unnamed" for text, label in article)
    outlet = [
        (part, text, attrs) for part, text, label, attrs in _layer(page, "sources") if label == "outlet"
    ]
    assert [(text, attrs) for _, text, attrs in outlet] == [
        ("From TASS http://tass.com/defense/918123", {"name": "TASS", "domain": "tass.com"})
    ]
    assert outlet[0][0].attrs["outlets"] == ["tass.com"]
    links = _layer(page, "links")
    assert [(text, attrs["domain"]) for _, text, _, attrs in links] == [
        ("http://tass.com/defense/918123", "tass.com")
    ]


def test_scare_quotes_and_quotations(page: Document) -> None:
    quotes = _layer(page, "quotes")
    scare = {text for _, text, label, _ in quotes if label == "scare_quote"}
    assert {
        "so-called “moderate opposition”",
        "so-called “opposition”",
        "“Moderate rebels”",
        "‘humanitarian pauses’",
        "“terrorist”",
        "“lover“",
    } <= scare
    # Apostrophes are never quotes, and no quote runs over a paragraph.
    for part, text, _, _ in quotes:
        assert "\n" not in text
        assert text[0] in "“”‘\"«„'" or text.startswith("so-called")
        assert part.text.count(text) >= 1
    assert not [text for _, text, _, _ in quotes if text.startswith("’") or text.startswith("s’")]


def test_run_on_sentences_are_split(page: Document) -> None:
    sentences = [p.span_text(s) for p in page.comments for s in p.spans["sentences"]]
    assert "Hezbollah and Iran." in sentences
    assert "He behaves like Kerry’s wife." in sentences
    assert "Lavrov must stop doing stupid deals. !!" in sentences


def test_languages(page: Document) -> None:
    assert page.article.attrs["language"] == "en"
    assert page.title is not None
    assert page.title.attrs["language"] == "en"
    assert {c.attrs["language"] for c in page.comments} <= {"en", "und"}
    long_comments = [c for c in page.comments if c.attrs["word_count"] >= 20]
    assert long_comments
    assert all(c.attrs["language"] == "en" for c in long_comments)
