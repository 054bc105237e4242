"""Geography for slant (issue 19): an offline gazetteer and an offline map, no network at any time.

- :func:`find_place` turns a place name as written in a text ("Aleppo", "Алеппо", "the U.S.") into a
  :class:`Place` with coordinates, from GeoNames data shipped with slant (CC BY 4.0: show
  :func:`gazetteer_info`'s ``attribution`` wherever its results are shown).
- :func:`resolve_places` does the same for all the place names of one text together, letting the
  others decide between namesakes ("Georgia" beside "Atlanta" is the US state);
  :func:`place_candidates` lists every namesake.
- :func:`render_map_svg` draws :class:`MapPoint` s on Natural Earth country outlines as one
  self-contained inline ``<svg>``: no tiles, fonts, scripts or links.

Private: the actors-and-places annotator and the views build on it (docs/geo.md).
"""

from __future__ import annotations

from slant._geo import _gazetteer, _map
from slant._geo._gazetteer import (
    Place,
    find_place,
    gazetteer_info,
    place_candidates,
    resolve_places,
)
from slant._geo._map import MapPoint, render_map_svg

__all__ = [
    "MapPoint",
    "Place",
    "clear_cache",
    "find_place",
    "gazetteer_info",
    "place_candidates",
    "render_map_svg",
    "resolve_places",
]


def clear_cache() -> None:
    """Forget the loaded gazetteer and map outlines (long-running workers, tests; ``slant.reset_caches``)."""
    _gazetteer.clear_cache()
    _map.clear_outlines()
