"""The offline map: one self-contained, escaped, deterministic inline SVG (issue 19)."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest

from slant._errors import InputError
from slant._geo import MapPoint, render_map_svg
from slant._geo._map import MAX_RADIUS, MIN_RADIUS
from slant._geo._projection import VIEW_HEIGHT, VIEW_WIDTH, project

pytestmark = pytest.mark.issue(19)

ALEPPO = MapPoint("Aleppo", 36.2, 37.16, 7, "Aleppo, Syria: 7 mentions")
MOSCOW = MapPoint("Moscow", 55.75, 37.62, 2, "Moscow, Russia: 2 mentions")
WASHINGTON = MapPoint("Washington", 38.9, -77.04, 1, "Washington, United States: 1 mention")


def _circles(svg: str) -> list[ET.Element]:
    return ET.fromstring(svg).findall(".//circle")


def test_well_formed_with_outlines_circles_and_tooltips() -> None:
    svg = render_map_svg([ALEPPO, MOSCOW, WASHINGTON], caption="Places on the page")
    root = ET.fromstring(svg)
    assert root.tag == "svg"
    assert len(root.findall(".//path")) > 150  # the countries
    titles = [circle.findtext("title") for circle in _circles(svg)]
    assert titles == [ALEPPO.title, MOSCOW.title, WASHINGTON.title]  # heaviest first
    assert "Places on the page" in "".join(root.itertext())
    assert root.get("aria-label") == "Places on the page"


def test_refers_to_nothing_outside_itself() -> None:
    svg = render_map_svg([ALEPPO, MOSCOW], caption="x")
    lowered = svg.lower()
    for forbidden in (
        "href",
        "url(",
        "http",
        "<script",
        "<style",
        "style=",
        "<image",
        "<foreignobject",
        "@import",
    ):
        assert forbidden not in lowered, forbidden


def test_every_text_is_escaped() -> None:
    hostile = MapPoint("<script>alert(1)</script>", 10, 10, 1, 'a "quoted" <b>title</b> & more')
    svg = render_map_svg([hostile], caption="<img src=x onerror=alert(1)>")
    assert "<script" not in svg and "<b>" not in svg and "<img" not in svg
    root = ET.fromstring(svg)  # still well-formed
    texts = "".join(root.itertext())
    assert "<script>alert(1)</script>" in texts and "<img src=x onerror=alert(1)>" in texts
    assert root.findall(".//circle")[0].findtext("title") == hostile.title


def test_deterministic_and_order_independent() -> None:
    points = [ALEPPO, MOSCOW, WASHINGTON, MapPoint("Tie", 0, 0, 2, "tie")]
    first = render_map_svg(points, caption="c")
    assert render_map_svg(points, caption="c") == first
    assert render_map_svg(list(reversed(points)), caption="c") == first


def test_empty_points_give_the_bare_map() -> None:
    svg = render_map_svg([])
    root = ET.fromstring(svg)
    assert not root.findall(".//circle") and len(root.findall(".//path")) > 150
    assert root.get("aria-label") == "Map of places"


def test_area_is_proportional_to_weight_up_to_the_cap() -> None:
    svg = render_map_svg(
        [MapPoint("a", 0, 0, 100, "a"), MapPoint("b", 10, 10, 25, "b"), MapPoint("c", 20, 20, 1e-6, "c")]
    )
    radii = [float(circle.get("r", "0")) for circle in _circles(svg)]
    assert radii[0] == pytest.approx(MAX_RADIUS)
    # a quarter of the weight, a quarter of the area
    assert (radii[1] / radii[0]) ** 2 == pytest.approx(0.25, abs=1e-3)
    assert radii[2] == pytest.approx(MIN_RADIUS)  # too small to see: drawn at the floor


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [(90, 0), (-90, 0), (0, 180), (0, -180), (66.5, 179.99), (-16.5, -179.9), (0, 540), (10, -200)],
)
def test_poles_and_antimeridian_stay_on_the_map(latitude: float, longitude: float) -> None:
    svg = render_map_svg([MapPoint("edge", latitude, longitude, 1, "edge")])
    (circle,) = _circles(svg)
    x, y = float(circle.get("cx", "nan")), float(circle.get("cy", "nan"))
    assert 0 <= x <= VIEW_WIDTH and 0 <= y <= VIEW_HEIGHT


def test_projection() -> None:
    assert project(0, 0) == (VIEW_WIDTH / 2, pytest.approx(VIEW_HEIGHT * 84 / 144))
    assert project(0, 540)[0] in (0, VIEW_WIDTH)  # 540° is the antimeridian: either edge
    assert project(0, -200)[0] == pytest.approx(project(0, 160)[0])
    assert project(90, 0)[1] == 0 and project(-90, 0)[1] == VIEW_HEIGHT


def test_width_scales_and_keeps_the_shape() -> None:
    root = ET.fromstring(render_map_svg([], width=1000))
    assert root.get("width") == "1000" and root.get("height") == str(VIEW_HEIGHT)
    assert root.get("viewBox") == f"0 0 {VIEW_WIDTH} {VIEW_HEIGHT}"


def test_no_outline_crosses_the_whole_map() -> None:
    # Russia and Fiji are cut at the antimeridian: a ring drawn naively would streak across the map.
    svg = render_map_svg([])
    for data in re.findall(r' d="([^"]+)"', svg):
        for ring in data.split("M")[1:]:
            numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", ring)]
            steps = numbers[2:]
            assert all(abs(dx) < VIEW_WIDTH / 2 for dx in steps[0::2]), ring[:40]


@pytest.mark.parametrize(
    "point",
    [
        MapPoint("x", 91, 0, 1, "x"),
        MapPoint("x", math.nan, 0, 1, "x"),
        MapPoint("x", 0, math.inf, 1, "x"),
        MapPoint("x", 0, 0, 0, "x"),
        MapPoint("x", 0, 0, -3, "x"),
    ],
)
def test_bad_points_are_input_errors(point: MapPoint) -> None:
    with pytest.raises(InputError, match="map point 0") as caught:
        render_map_svg([point])
    assert "\n" not in str(caught.value)


def test_bad_width_is_an_input_error() -> None:
    with pytest.raises(InputError, match="width"):
        render_map_svg([], width=0)


def test_labels_never_overlap_and_every_circle_keeps_its_tooltip() -> None:
    crowd = [MapPoint(f"Place {i}", 35 + i * 0.1, 37 + i * 0.1, 10 - i, f"tip {i}") for i in range(6)]
    root = ET.fromstring(render_map_svg(crowd))
    assert len(root.findall(".//circle")) == 6
    written = [text.text for text in root.findall(".//g/text")]
    assert written[0] == "Place 0"  # the heaviest is labelled first
    assert 1 <= len(written) < 6  # the crowd's other labels would overlap: left out


def test_at_most_labelled_points_are_labelled() -> None:
    from slant._geo._map import LABELLED

    spread = [MapPoint(f"P{i}", -50 + i * 5, -170 + i * 17, 1 + i, f"t{i}") for i in range(20)]
    root = ET.fromstring(render_map_svg(spread))
    assert len(root.findall(".//g/text")) == LABELLED


def test_characters_xml_cannot_hold_are_dropped() -> None:
    point = MapPoint("A\x00b\x0bc", 1, 1, 1, "t\x1fi\ufffetle\ud800")
    root = ET.fromstring(render_map_svg([point], caption="cap\x07tion"))  # well-formed
    assert root.findall(".//circle")[0].findtext("title") == "title"
    assert "Abc" in "".join(root.itertext()) and root.get("aria-label") == "caption"


def test_a_label_that_is_not_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="label must be text"):
        render_map_svg([MapPoint(None, 0, 0, 1, "t")])  # type: ignore[arg-type]
