"""The map's projection: equirectangular (plate carrée), cropped to the inhabited latitudes (issue 19).

Why equirectangular: x and y are linear in longitude and latitude, so a point's place on the map is one
line of arithmetic anyone can check, the antimeridian and the poles need no special case, and the
build script and the renderer share this one function. A Natural Earth or Robinson projection would
look rounder but needs a polynomial per point and its inverse for nothing a news map uses.

The view box is 1000 units for 360° of longitude, and 400 units for the 144° from 60° S to 84° N: the
same scale both ways (2.78 units a degree). Antarctica is left out; a point south of 60° S or north of
84° N is drawn on the map's edge.
"""

from __future__ import annotations

__all__ = ["LAT_BOTTOM", "LAT_TOP", "VIEW_HEIGHT", "VIEW_WIDTH", "project"]

VIEW_WIDTH = 1000
LAT_TOP = 84.0
LAT_BOTTOM = -60.0
VIEW_HEIGHT = round(VIEW_WIDTH * (LAT_TOP - LAT_BOTTOM) / 360)


def project(latitude: float, longitude: float, *, wrap: bool = True) -> tuple[float, float]:
    """The view-box position (x, y) of a point; longitudes wrap into [-180, 180], latitudes clamp to the map.

    Args:
        latitude: degrees north, -90 to 90.
        longitude: degrees east; 180 and -180 are the same meridian (drawn on the right edge for 180).
        wrap: False for outline rings made continuous across the antimeridian (x may then fall off
            the map, where the SVG clips it).

    Returns:
        (x, y) with 0 <= x <= VIEW_WIDTH (when wrapping) and 0 <= y <= VIEW_HEIGHT.
    """
    if wrap and (longitude > 180 or longitude < -180):
        longitude = (longitude + 180) % 360 - 180
    latitude = min(max(latitude, LAT_BOTTOM), LAT_TOP)
    x = (longitude + 180) / 360 * VIEW_WIDTH
    y = (LAT_TOP - latitude) / (LAT_TOP - LAT_BOTTOM) * VIEW_HEIGHT
    return x, y
