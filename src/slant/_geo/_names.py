"""How a place name as written in a text becomes a gazetteer key (issue 19).

The gazetteer's build script and :func:`slant._geo.find_place` both call :func:`name_key`, so the keys in
the shipped file and the keys looked up are made by the same code. The key ignores what varies between
writers of the same name and rarely tells two places apart:

- case and diacritics ("ALEPPO", "Aleppó", "Ḩalab" -> "aleppo", "aleppo", "halab"); Cyrillic "ё" and
  "й" lose their marks too ("Орёл" -> "орел"), on both sides, so the lookup still matches;
- dots and apostrophes vanish ("U.S." -> "us", "Sana'a" -> "sanaa", "Côte d’Ivoire" -> "cote divoire");
- other punctuation is a space ("Rostov-on-Don" -> "rostov on don");
- a leading English article goes ("the United States" -> "united states").

What it does not do, on purpose: no stemming of English, and Russian case endings ("в Москве") are
tried only by :func:`russian_nominatives`, as a fallback, because they would merge distinct names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

__all__ = ["is_cyrillic", "name_key", "russian_nominatives", "without_possessive"]

#: Marks that join a name's letters rather than separate its words: "U.S.", "Sana'a", "Kyiv’s".
_DROPPED = re.compile(r"[.'’ʼʻ`´\u00b7]")
_SEPARATORS = re.compile(r"[^\w]+|_")
_ARTICLE = "the "
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)\s*$")

#: Russian case endings and the nominative endings they may come from, longest first (issue 19:
#: bilingual comment sections write "в Москве", "из Киева", "России"). Tried only when the name as
#: written is not in the gazetteer.
_RUSSIAN_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ией", ("ия",)),  # Россией -> Россия
    ("ии", ("ия",)),  # России -> Россия, Сирии -> Сирия
    ("ию", ("ия",)),  # Сирию -> Сирия
    ("ой", ("а",)),  # Москвой -> Москва, Украиной -> Украина
    ("ом", ("",)),  # Киевом -> Киев
    ("е", ("а", "я", "", "ь")),  # Москве -> Москва, Киеве -> Киев, Израиле -> Израиль
    ("ы", ("а",)),  # Москвы -> Москва, Украины -> Украина
    ("и", ("а", "я", "ь")),  # Риги -> Рига, Казани -> Казань
    ("у", ("а", "")),  # Москву -> Москва, Киеву -> Киев
    ("а", ("", "ь")),  # Киева -> Киев, Израиля is "я" below
    ("я", ("ь",)),  # Израиля -> Израиль
)
_MIN_RUSSIAN_STEM = 3


def name_key(text: str) -> str:
    """The gazetteer key of a place name: case-, diacritic-, punctuation- and article-insensitive.

    Args:
        text: a name as written ("the U.S.", "Алеппо", "Rostov-on-Don").

    Returns:
        The key ("us", "алеппо", "rostov on don"); "" when nothing of a name is left.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    folded = _DROPPED.sub("", letters.casefold())
    key = " ".join(_SEPARATORS.sub(" ", folded).split())
    if key.startswith(_ARTICLE) and len(key) > len(_ARTICLE):
        key = key[len(_ARTICLE) :]
    return key


def without_possessive(text: str) -> str:
    """The name without an English possessive ending ("Russia's" -> "Russia"), or the text unchanged."""
    return _POSSESSIVE.sub("", text).rstrip()


def is_cyrillic(text: str) -> bool:
    """Whether most letters of the text are Cyrillic."""
    letters = [char for char in text if char.isalpha()]
    cyrillic = sum(1 for char in letters if "\u0400" <= char <= "\u04ff")
    return bool(letters) and cyrillic * 2 > len(letters)


#: Feminine adjective endings in oblique cases -> nominative, for the first word of a two-word name
#: ("в Донецкой области" -> "Донецкая область"; "Луганскую область").
_ADJECTIVE_ENDINGS = (("ой", "ая"), ("ую", "ая"), ("ей", "яя"))


def russian_nominatives(key: str) -> Iterator[str]:
    """Keys the (last word of a) Russian name in an oblique case may come from, likeliest first.

    Args:
        key: a key made by :func:`name_key` ("москве").

    Yields:
        Candidate nominative keys ("москва", "москвя", "москв"); the caller keeps the first that is in
        the gazetteer.
    """
    # Keys have lost the breve of "й" (name_key), so the endings are matched folded the same way.
    head, _, last = key.rpartition(" ")
    heads = [head]
    if head and " " not in head:  # a two-word name: its adjective declines too
        heads += [
            head[: -len(ending)] + nominative
            for ending, nominative in _FOLDED_ADJECTIVE_ENDINGS
            if head.endswith(ending)
        ]
    for each_head in dict.fromkeys(heads):
        prefix = f"{each_head} " if each_head else ""
        if each_head != head:  # "Луганскую область": the noun's case is its nominative's
            yield f"{prefix}{last}"
        for ending, replacements in _FOLDED_RUSSIAN_ENDINGS:
            if last.endswith(ending) and len(last) - len(ending) >= _MIN_RUSSIAN_STEM:
                stem = last[: -len(ending)]
                for replacement in replacements:
                    yield f"{prefix}{stem}{replacement}"


def _fold(text: str) -> str:
    """An ending as name_key leaves it ("ой" -> "ои")."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


_FOLDED_RUSSIAN_ENDINGS = tuple(
    (_fold(ending), tuple(_fold(each) for each in replacements)) for ending, replacements in _RUSSIAN_ENDINGS
)
_FOLDED_ADJECTIVE_ENDINGS = tuple(
    (_fold(ending), _fold(nominative)) for ending, nominative in _ADJECTIVE_ENDINGS
)
