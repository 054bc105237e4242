"""``POST /v1/map``: the offline world map (issue 19) of the places a page names, as an SVG image.

The web page sends the actors figure's places (``article.attributes.actors``) and shows the answer as
an image: the same map as the HTML report's (``slant._geo.render_map_svg``), drawn on the server from
shipped outlines, so the page loads no tiles and no script from anywhere.
"""

from __future__ import annotations

from fastapi import APIRouter, Response
from pydantic import Field

from slant.serve._models import _Strict

__all__ = ["MapPlace", "MapRequest", "router"]

router = APIRouter(tags=["map"])

_SVG_NAMESPACE = "http://www.w3.org/2000/svg"
#: The most places one map draws: a page's actors figure lists at most 40 actors.
MAX_PLACES = 200


class MapPlace(_Strict):
    """One place to draw."""

    label: str = Field(..., max_length=200, description="the name written next to the circle")
    latitude: float = Field(..., ge=-90, le=90)
    longitude: float = Field(..., ge=-180, le=180)
    weight: float = Field(1.0, gt=0, le=1e9, description="what the circle's area shows (mentions)")
    title: str = Field("", max_length=500, description="the tooltip text")


class MapRequest(_Strict):
    """The places of one page."""

    places: list[MapPlace] = Field(..., max_length=MAX_PLACES)
    caption: str | None = Field(None, max_length=200)


@router.post(
    "/v1/map",
    summary="An offline SVG world map of places",
    response_class=Response,
    responses={200: {"content": {"image/svg+xml": {}}}},
)
async def world_map(request: MapRequest) -> Response:
    """The places drawn as circles on a world map (a self-contained SVG; no tiles, no script)."""
    from slant._geo import MapPoint, render_map_svg

    points = [
        MapPoint(
            label=p.label,
            latitude=p.latitude,
            longitude=p.longitude,
            weight=p.weight,
            title=p.title or p.label,
        )
        for p in request.places
    ]
    svg = render_map_svg(points, caption=request.caption)
    opening = svg.split(">", 1)[0]
    if "xmlns=" not in opening:
        # Inline in HTML an <svg> needs no namespace; as a document of its own (an image) it must have it.
        svg = svg.replace("<svg", f'<svg xmlns="{_SVG_NAMESPACE}"', 1)
    return Response(svg, media_type="image/svg+xml")
