"""Sentence-like units, the public API of slant.toxicity, and the label descriptions."""

from __future__ import annotations

import pytest

import slant.toxicity
from slant.toxicity import LABEL_INFO, LABELS
from slant.toxicity._units import split_units


def test_units_cover_the_text_and_join_short_sentences() -> None:
    text = "Good. Teach them a lesson they will remember. Another sentence that is long enough!"
    units = split_units(text)
    assert [text[s:e] for s, e in units] == [
        "Good. Teach them a lesson they will remember.",
        "Another sentence that is long enough!",
    ]


def test_units_of_blank_and_single_line_text() -> None:
    assert split_units("") == []
    assert split_units("   \n ") == []
    assert split_units("no punctuation here at all") == [(0, 26)]


def test_units_split_at_line_breaks() -> None:
    text = "first line that is long enough\nsecond line that is long enough"
    assert [text[s:e] for s, e in split_units(text)] == [
        "first line that is long enough",
        "second line that is long enough",
    ]


@pytest.mark.issue(17)
def test_units_split_sentences_typed_without_a_space() -> None:
    # The example page's c16 and c11: sentences run together with no space after the full stop.
    text = "lavrov are risking the life of Russian soldiers.He behaves like a guy who lost his wife.RUssians are not guys at all, they said."
    assert [text[s:e] for s, e in split_units(text)] == [
        "lavrov are risking the life of Russian soldiers.",
        "He behaves like a guy who lost his wife.",
        "RUssians are not guys at all, they said.",
    ]
    quoted = "said a very big word to the minister and to his“lover“.Assad is not a puppet of anyone at all."
    assert len(split_units(quoted)) == 2


@pytest.mark.issue(17)
@pytest.mark.parametrize(
    "text",
    [
        "The U.S.Army said that 3.5 percent of them went home early this year.",
        "Read it at tass.com/Defense where the whole statement was published.",
        "Several things, e.g.The Times and the Post, reported it on the same day.",
    ],
)
def test_units_keep_initialisms_numbers_and_addresses_whole(text: str) -> None:
    assert split_units(text) == [(0, len(text))]


def test_all_is_sorted_and_complete() -> None:
    exported = list(slant.toxicity.__all__)
    assert exported == sorted(exported)
    for name in exported:
        assert hasattr(slant.toxicity, name)


def test_every_label_is_described() -> None:
    assert set(LABEL_INFO) == set(LABELS)
    for info in LABEL_INFO.values():
        assert info.title and info.definition.endswith(".") and info.example
