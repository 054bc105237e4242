"""People described in office, checked against slant's own office-holders table (issue 19, part 2).

The table (``slant/data/offices/office_holders.json``, described in the README beside it) was compiled
by hand for slant from public knowledge of office terms. This module finds phrases such as "still
president of the United States Barack Obama" or "Russian Foreign Minister Sergey Lavrov" and looks the
person up in the office the phrase names. It never guesses: a name the table does not hold, or a name
it holds in another office only, stays unchecked and says why.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["OfficeCheck", "check_office", "held_name", "office_pattern", "office_table"]

# Office words in any case ("President", "president"); longer titles first so that "federal
# president" wins over "president" and "secretary of state" is not read as "secretary".
_TITLES = (
    "president-elect",
    "federal president",
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "foreign minister",
    "foreign secretary",
    "secretary of state",
    "secretary-general",
    "secretary general",
    "supreme leader",
    "defence minister",
    "defense minister",
)
_QUALIFIERS = ("still", "former", "then", "late", "sitting", "incumbent", "current", "ex")
#: Qualifiers that describe the person as *not* sitting at the time of writing (or not yet): these
#: are checked against the table but do not bound the story's time.
NOT_SITTING = frozenset({"former", "then", "late", "ex"})
# One word of a person's name: capitalised, accents allowed, with the particles of the table's names
# ("al-Assad", "de Villepin", "Ki-moon").
_NAME_WORD = (
    r"(?:(?:al|el|de|von|van)[- ])?[A-ZÀ-ÖØ-ÞİŞÇĞ][a-zà-öø-ÿğışçü'’]+(?:-[A-Za-zà-ÿ][a-zà-öø-ÿğışçü]+)?"
)


def _fold(text: str) -> str:
    """Accents, case, hyphens and spacing removed: "Erdoğan" and "erdogan", "Ki-moon" and "Ki Moon" agree."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("İ", "I"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[-’'.]", " ", plain).casefold().split())


@lru_cache(maxsize=1)
def office_table() -> dict[str, Any]:
    """The shipped table, as read from its JSON file (see ``data/offices/README.md``)."""
    path = resources.files("slant").joinpath("data", "offices", "office_holders.json")
    table: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return table


@lru_cache(maxsize=1)
def office_pattern() -> re.Pattern[str]:
    """An office and a person: ``[qualifier] [country word] office [of the Country] Person Name``.

    The person is one to four capitalised words; :func:`held_name` decides how many of them are the name.
    """
    words = {w for office in office_table()["offices"] for w in office["country_words"]}
    country = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    titles = "|".join(re.escape(t).replace(r"\ ", r"[ -]") for t in _TITLES)
    return re.compile(
        rf"\b(?P<qualifier>(?i:{'|'.join(_QUALIFIERS)})[- ])?"
        rf"(?:(?P<country>{country})\s+)?"
        # A deputy is not the office holder: "Vice President Joe Biden" is not President Biden.
        r"(?<!(?i:vice) )(?<!(?i:vice)-)(?<!(?i:deputy) )(?<!(?i:under) )(?<!(?i:assistant) )"
        rf"(?P<office>(?i:{titles}))"
        # A country the table knows is tried first, so it is not read into the person's name.
        rf"(?P<of> (?i:of)(?: the)? (?:(?:{country})(?![\w-])|[A-Z][\w.-]*(?: [A-Z][\w.-]*)*))?\s+"
        rf"(?P<person>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})(?![\w-])"
    )


@dataclass(frozen=True)
class OfficeCheck:
    """What the table says about one person described in office.

    ``terms`` are the person's terms in the named office (``{"office", "start", "end"}``, dates
    ``YYYY-MM-DD`` or ``YYYY-MM``, ``end`` None while in office); ``reason`` says why there are none.
    """

    terms: tuple[dict[str, str | None], ...]
    reason: str | None


@dataclass(frozen=True)
class _FoldedOffice:
    """One office of the table with its titles, country words and holders' names folded once."""

    office: dict[str, Any]
    titles: frozenset[str]
    country_words: frozenset[str]
    holders: tuple[tuple[dict[str, Any], frozenset[str]], ...]


@lru_cache(maxsize=1)
def _folded_table() -> tuple[tuple[_FoldedOffice, ...], frozenset[str]]:
    """The table folded for look-ups (once per process: every office-like phrase of every page asks),
    and every holder's name in any office."""
    offices = tuple(
        _FoldedOffice(
            office,
            frozenset(_fold(t) for t in office["titles"]),
            frozenset(_fold(w) for w in office["country_words"]),
            tuple((holder, frozenset(_fold(v) for v in holder["variants"])) for holder in office["holders"]),
        )
        for office in office_table()["offices"]
    )
    names = frozenset(name for office in offices for _, variants in office.holders for name in variants)
    return offices, names


def _offices_for(title: str, country: str | None) -> list[_FoldedOffice]:
    wanted = _fold(title.replace("federal president", "president"))
    folded_country = _fold(country) if country is not None else None
    return [
        office
        for office in _folded_table()[0]
        if wanted in office.titles and (folded_country is None or folded_country in office.country_words)
    ]


def check_office(title: str, country: str | None, person: str) -> OfficeCheck:
    """The terms ``person`` held as ``title`` (of ``country``, or of any country the table covers)."""
    name = _fold(person)
    offices = _offices_for(title, country)
    terms = tuple(
        {"office": office.office["office"], "start": holder["start"], "end": holder["end"]}
        for office in offices
        for holder, variants in office.holders
        if name in variants
    )
    if terms:
        return OfficeCheck(terms, None)
    if name in _folded_table()[1]:
        return OfficeCheck((), "the table holds this name in another office only")
    if not offices:
        return OfficeCheck((), "the table does not cover this office")
    return OfficeCheck((), "the table does not hold this name")


def held_name(title: str, country: str | None, words: str) -> tuple[str, OfficeCheck] | None:
    """The name in ``words`` (the capitalised words after an office) and what the table says of it.

    The longest leading run of words the table holds in that office wins, so "President Obama said" and
    "President Barack Obama Tuesday" both find Obama. Otherwise the words are kept whole, unchecked, when
    they are two or more (a full name the table does not hold is still worth listing); a single
    capitalised word the table does not hold is not taken for a name ("President Said").
    """
    parts = words.split(" ")
    for size in range(len(parts), 0, -1):
        candidate = " ".join(parts[:size])
        check = check_office(title, country, candidate)
        if check.terms:
            return candidate, check
    if len(parts) < 2:
        return None
    return words, check_office(title, country, words)
