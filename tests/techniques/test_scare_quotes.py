"""The scare-quote rule: "so-called X" and the unhyphenated "so called X" comments write."""

from __future__ import annotations

import pytest

from slant.techniques._annotator import scare_quote_spans


def _spans(text: str) -> list[str]:
    return [text[start:end] for start, end in scare_quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The so-called “moderate opposition” fled.", ["so-called “moderate opposition”"]),
        ("The so called liberation of Aleppo, again.", ["so called liberation of Aleppo"]),
        ("Our so called experts, once more.", ["so called experts"]),
        ('Their So Called "ceasefire" failed.', ['So Called "ceasefire"']),
    ],
)
def test_a_scare_quoted_label_is_found_with_or_without_the_hyphen(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister was worried, and so called on the UN to act.",
        "She missed the meeting and so called him back later.",
        "Orban has also called out the donors.",
        "They called it a truce.",
    ],
)
def test_the_verb_so_called_is_no_label(text: str) -> None:
    assert _spans(text) == []
