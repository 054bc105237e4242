"""The normaliser undoes obfuscations and keeps offsets into the original text."""

from __future__ import annotations

import pytest

from slant.toxicity import Normalizer


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a very big f@ck of", "a very big fuck of"),
        ("You b1tch", "you bitch"),
        ("what sh1t", "what shit"),
        ("f u c k you", "fuck you"),
        ("f.u.c.k off", "fuck off"),
        ("fuuuuuck this", "fuck this"),
        ("shiiiiit", "shit"),
        ("f**k and sh*t", "fuck and shit"),
        ("a$$hole", "asshole"),
        ("fu\u0441k", "fuck"),  # Cyrillic es
        ("ｆｕｃｋ", "fuck"),  # fullwidth
        ("f\u200buck", "fuck"),  # zero-width space
        ("shït", "shit"),
        ("1diot", "idiot"),
    ],
)
def test_obfuscations_are_undone(normalizer: Normalizer, text: str, expected: str) -> None:
    assert normalizer(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mp3 covid19 g20", "mp3 covid19 g20"),  # digits in ordinary words are not leetspeak
        ("I paid $100 to @USER", "i paid 100 to user"),
        ("Good morning, see you soon!!!", "good morning see you soon"),
        ("a b", "a b"),  # two single letters are not a spaced word
        ("Сука блять", "cyka блять"),  # all look-alike letters are mapped, other Cyrillic is kept
    ],
)
def test_ordinary_text_is_kept(normalizer: Normalizer, text: str, expected: str) -> None:
    assert normalizer(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "He said “f@ck diplomacy” and left…",
        "f u c k   you, b1tch!!!",
        "Ｙｏｕ ａｒｅ ａ ｆｏｏｌ",
        "zero\u200bwidth and fu\u0441k and shiiiit",
        "pro-terrorist end.Next f.u.c.k",
    ],
)
def test_offsets_point_at_the_original_characters(normalizer: Normalizer, text: str) -> None:
    result = normalizer(text)
    assert len(result.tokens) == len(result.starts) == len(result.ends)
    previous_end = 0
    for token, start, end in zip(result.tokens, result.starts, result.ends, strict=True):
        assert previous_end <= start < end <= len(text)
        original = text[start:end]
        # The original stretch is not blank and starts and ends with a visible character.
        assert original.strip() == original
        assert token
        previous_end = end


def test_offsets_of_a_spaced_word_cover_all_its_letters(normalizer: Normalizer) -> None:
    text = "oh f u c k you"
    result = normalizer(text)
    index = result.tokens.index("fuck")
    assert text[result.starts[index] : result.ends[index]] == "f u c k"


def test_lexicon_decides_masks(normalizer: Normalizer) -> None:
    custom = Normalizer(["frak"])
    assert custom("fr*k").text == "frak"
    assert normalizer("fr*k").text == "frk"  # unknown mask: the symbol is dropped


def test_empty_and_symbol_only_text(normalizer: Normalizer) -> None:
    assert normalizer("").tokens == ()
    assert normalizer("!!! ... ---").tokens == ()
