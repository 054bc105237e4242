"""An offline world map as one inline ``<svg>``: country outlines and weighted circles (issue 19).

The outlines are Natural Earth 110m (public domain), projected and simplified at build time into
``slant/data/geo/world.json`` (scripts/build_geo_data.py); the projection is
:mod:`slant._geo._projection`'s equirectangular one. The SVG refers to nothing outside itself: no
tiles, fonts (a generic ``sans-serif``), scripts, links, ``<style>`` or ``style=`` (the HTML report's
Content-Security-Policy allows only its own hashed style sheet, so everything is a presentation
attribute), and every text from the caller is XML-escaped. The same points give the same bytes.

A circle's *area* is proportional to its point's weight, scaled so the heaviest point gets
:data:`MAX_RADIUS`; that is the cap, so one dominant place cannot cover the map. Circles smaller
than :data:`MIN_RADIUS` are drawn at that radius so they stay visible (then area is no longer
proportional: the tooltip carries the exact figure). Heavier circles are drawn first, so lighter
ones stay on top and can be hovered. Up to :data:`LABELLED` of the heaviest points get their label
written beside their circle, skipping a label that would overlap one already written (every circle
keeps its tooltip).
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from slant._errors import InputError, ModelError
from slant._geo import _gazetteer
from slant._geo._projection import VIEW_HEIGHT, VIEW_WIDTH, project

__all__ = ["LABELLED", "MAX_RADIUS", "MIN_RADIUS", "MapPoint", "clear_outlines", "render_map_svg"]

#: Radius of the heaviest point's circle, in view-box units (the map is 1000 wide): 1/40 of the width.
MAX_RADIUS = 25.0
#: Smallest radius drawn, so a place mentioned once stays visible and hoverable next to a heavy one.
MIN_RADIUS = 2.5
#: How many of the heaviest points get a written label (more would overlap on a 640-pixel map).
LABELLED = 8

_LAND = "#d9d9d9"
_BORDER = "#ffffff"
_SEA = "#f4f7fa"
_CIRCLE = "#c0392b"
_TEXT = "#222222"
_CAPTION_HEIGHT = 30
_FONT = "sans-serif"
#: Label size in view-box units: 10 CSS pixels on a 640-pixel map.
_FONT_SIZE = 16
#: A sans-serif letter's mean width as a share of the font size, to keep labels from overlapping.
_LETTER_WIDTH = 0.58

#: Characters XML 1.0 does not allow even escaped (C0 controls but tab and newlines, lone surrogates,
#: U+FFFE/U+FFFF): dropped from caller texts, so the SVG stays well-formed whatever a page contained.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_lock = threading.Lock()
_outlines: str | None = None


@dataclass(frozen=True, slots=True)
class MapPoint:
    """One circle on the map.

    Attributes:
        label: short text written next to the circle when it is among the heaviest ("Aleppo").
        latitude: degrees north, -90 to 90 (drawn on the map's edge beyond 60° S or 84° N).
        longitude: degrees east; values outside -180..180 wrap around.
        weight: what the circle's area shows (a mention count, a share), > 0.
        title: the tooltip (``<title>``) text ("Aleppo, Syria: 7 mentions in 3 comments").
    """

    label: str
    latitude: float
    longitude: float
    weight: float
    title: str


def clear_outlines() -> None:
    """Forget the loaded outlines (the next map reads them again)."""
    global _outlines
    with _lock:
        _outlines = None


def _check(point: MapPoint, position: int) -> None:
    """Raise InputError for a point that cannot be drawn, naming it."""
    where = f"map point {position} ({point.label!r})"
    for field, value in (
        ("latitude", point.latitude),
        ("longitude", point.longitude),
        ("weight", point.weight),
    ):
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            raise InputError(f"{field} must be a finite number; got {value!r}", where=where)
    for field, text in (("label", point.label), ("title", point.title)):
        if not isinstance(text, str):
            raise InputError(f"{field} must be text; got {type(text).__name__}", where=where)
    if not -90 <= point.latitude <= 90:
        raise InputError(f"latitude must be between -90 and 90; got {point.latitude}", where=where)
    if point.weight <= 0:
        raise InputError(
            f"weight must be more than 0; got {point.weight}",
            where=where,
            hint="leave out places with no weight",
        )


def _world_paths() -> str:
    """The countries as SVG ``<path>`` elements, read from world.json once per process."""
    global _outlines
    if _outlines is None:
        with _lock:
            if _outlines is None:
                path = _gazetteer.DATA_DIR / _gazetteer.gazetteer_info()["world"]["file"]
                try:
                    world: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
                    countries = world["countries"]
                    paths = [
                        f"<path d={quoteattr(country['d'])}><title>{escape(country['name'])}</title></path>"
                        for country in countries
                    ]
                except (OSError, ValueError, KeyError, TypeError) as error:
                    raise ModelError(
                        f"the world outlines are not readable: {error}",
                        where=str(path),
                        hint="reinstall slant, or rebuild the data with python scripts/build_geo_data.py",
                    ) from error
                _outlines = "".join(paths)
    return _outlines


def _text(value: str) -> str:
    """A caller's text, escaped for an XML text node, minus the characters XML cannot hold."""
    return escape(_NOT_XML.sub("", value))


def _number(value: float) -> str:
    """A coordinate with two decimals and no trailing zeros: the same float, the same text."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _labels(circles: Sequence[tuple[MapPoint, float, float]], heaviest: float) -> list[str]:
    """``<text>`` labels for the heaviest points, each right (or else left) of its circle where it overlaps
    no label already placed; at most :data:`LABELLED`, so a crowded region keeps its heaviest names."""
    placed: list[tuple[float, float, float, float]] = []
    labels: list[str] = []
    for point, x, y in circles:
        if len(labels) == LABELLED:
            break
        if not point.label:
            continue
        radius = max(MIN_RADIUS, MAX_RADIUS * math.sqrt(point.weight / heaviest))
        width = len(point.label) * _FONT_SIZE * _LETTER_WIDTH
        top, bottom = y - _FONT_SIZE / 2, y + _FONT_SIZE / 2
        for anchor, start in (("start", x + radius + 3), ("end", x - radius - 3)):
            left = start if anchor == "start" else start - width
            box = (left, left + width, top, bottom)
            on_map = box[0] >= 0 and box[1] <= VIEW_WIDTH
            if on_map and not any(_overlap(box, other) for other in placed):
                placed.append(box)
                labels.append(
                    f'<text x="{_number(start)}" y="{_number(y + _FONT_SIZE * 0.35)}" text-anchor="{anchor}">'
                    f"{_text(point.label)}</text>"
                )
                break
    return labels


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two boxes (left, right, top, bottom) overlap."""
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


def render_map_svg(points: Sequence[MapPoint], *, width: int = 640, caption: str | None = None) -> str:
    """A self-contained inline ``<svg>`` world map with a circle per point.

    Args:
        points: the places to draw; an empty sequence gives the bare map.
        width: the SVG's width in CSS pixels (its height follows the map's 5:2 shape); it scales
            losslessly, the view box stays the same.
        caption: a line written under the map ("Places in the article and comments"); escaped.

    Returns:
        The ``<svg>`` element as text, to put inside an HTML page as it is.

    Raises:
        InputError: a point with a latitude outside -90..90, a weight of 0 or less, or a non-finite
            number; or a width under 1.
        ModelError: the shipped outline file is missing or damaged.
    """
    if not isinstance(width, int) or width < 1:
        raise InputError(
            f"width must be a whole number of pixels, 1 or more; got {width!r}", where="render_map_svg"
        )
    for position, point in enumerate(points):
        _check(point, position)
    caption_height = _CAPTION_HEIGHT if caption else 0
    view_height = VIEW_HEIGHT + caption_height
    height = round(width * view_height / VIEW_WIDTH)
    heaviest = max((point.weight for point in points), default=1.0)
    # Heaviest first (drawn under the lighter ones); ties in a fixed order, so output never varies.
    ordered = sorted(points, key=lambda p: (-p.weight, p.label, p.latitude, p.longitude, p.title))
    name = caption or "Map of places"
    parts = [
        # No xmlns: inside HTML the parser puts <svg> in the SVG namespace itself, and the map then holds
        # no URL at all (a standalone .svg file would need xmlns="http://www.w3.org/2000/svg" added).
        f'<svg viewBox="0 0 {VIEW_WIDTH} {view_height}" '
        f'width="{width}" height="{height}" role="img" aria-label={quoteattr(_NOT_XML.sub("", name))} '
        f'font-family="{_FONT}" class="slant-map">',
        f"<title>{_text(name)}</title>",
        f'<rect x="0" y="0" width="{VIEW_WIDTH}" height="{VIEW_HEIGHT}" fill="{_SEA}"/>',
        f'<g fill="{_LAND}" stroke="{_BORDER}" stroke-width="0.5">{_world_paths()}</g>',
        f'<g fill="{_CIRCLE}" fill-opacity="0.55" stroke="{_CIRCLE}" stroke-width="0.8">',
    ]
    circles = [(point, *project(point.latitude, point.longitude)) for point in ordered]
    for point, x, y in circles:
        radius = max(MIN_RADIUS, MAX_RADIUS * math.sqrt(point.weight / heaviest))
        parts.append(
            f'<circle cx="{_number(x)}" cy="{_number(y)}" r="{_number(radius)}">'
            f"<title>{_text(point.title)}</title></circle>"
        )
    parts.append("</g>")
    labels = _labels(circles, heaviest)
    if labels:
        parts.append(
            f'<g fill="{_TEXT}" font-size="{_FONT_SIZE}" stroke="{_SEA}" stroke-width="3" paint-order="stroke">'
        )
        parts.extend(labels)
        parts.append("</g>")
    if caption:
        parts.append(
            f'<text x="{VIEW_WIDTH // 2}" y="{VIEW_HEIGHT + 21}" text-anchor="middle" font-size="{_FONT_SIZE + 2}" fill="{_TEXT}">'
            f"{_text(caption)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
