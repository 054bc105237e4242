"""The HTML report's section on actors and places (issue 19, part 4): an offline map and the actors table.

The map is slant's own inline SVG (``slant._geo.render_map_svg``): no tile server, no script, so the
report stays a self-contained file that loads nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from slant._document import Document
from slant.reports._actors import actor_facts, actors_of, framing_text, mentions_text

__all__ = ["actors_section", "map_points"]


def map_points(actors: Sequence[Mapping[str, Any]]) -> list[Any]:
    """The actors with coordinates as map points, weighted by their mentions."""
    from slant._geo import MapPoint

    points = []
    for actor in actors:
        place = actor.get("place")
        if not isinstance(place, Mapping) or place.get("latitude") is None or place.get("longitude") is None:
            continue
        mentions = actor.get("mentions") or {}
        weight = float(int(mentions.get("article", 0)) + int(mentions.get("comments", 0)))
        points.append(
            MapPoint(
                label=str(actor.get("name")),
                latitude=float(place["latitude"]),
                longitude=float(place["longitude"]),
                weight=weight,
                title=f"{actor.get('name')}: {mentions_text(actor)}",
            )
        )
    return points


def _where(place: Any) -> str:
    if not isinstance(place, Mapping):
        return ""
    code = f", {escape(str(place.get('country_code')))}" if place.get("country_code") else ""
    return f"{escape(str(place.get('kind') or 'place'))}{code} ({float(place['latitude']):.2f}, {float(place['longitude']):.2f})"


def actors_section(doc: Document) -> str:
    """The section, or an empty string when the actors annotator did not run."""
    result = actors_of(doc)
    if result is None:
        return ""
    rows = "".join(f"<dt>{escape(name)}</dt><dd>{escape(text)}</dd>" for name, text in actor_facts(doc))
    actors = [a for a in result.get("actors", ()) if isinstance(a, Mapping)]
    if not actors:
        return f'<section class="cites" aria-label="Actors and places"><h2>Who and where</h2><dl>{rows}</dl></section>'
    from slant._geo import gazetteer_info, render_map_svg

    anchors = {comment.id: f"c{i + 1}" for i, comment in enumerate(doc.comments)}
    authors = {comment.id: comment.author or "anonymous" for comment in doc.comments}
    points = map_points(actors)
    # The gazetteer's licence (GeoNames, CC BY) asks for its attribution wherever its results are shown.
    figure = (
        f'<figure class="map">{render_map_svg(points, caption="Places the page names, sized by mentions")}'
        f"<figcaption>{escape(str(gazetteer_info().get('attribution', '')))}</figcaption></figure>"
        if points
        else ""
    )
    body = []
    for actor in actors:
        links = ", ".join(
            f'<a href="#{anchors[str(pid)]}">{escape(authors[str(pid)])}</a>'
            for pid in actor.get("parts", ())
            if str(pid) in anchors
        )
        examples = "".join(
            f"<li>“{escape(str(e.get('text', '')))}” <small>({escape(', '.join(map(str, e.get('labels', ()))))})</small></li>"
            for e in (actor.get("framing") or {}).get("examples", ())
            if isinstance(e, Mapping)
        )
        body.append(
            f"<tr><td>{escape(str(actor.get('name')))}</td><td>{escape(str(actor.get('kind')))}</td>"
            f"<td>{escape(mentions_text(actor))}{(' (' + links + ')') if links else ''}</td>"
            f"<td>{_where(actor.get('place'))}</td>"
            f"<td>{escape(framing_text(actor))}{('<ul>' + examples + '</ul>') if examples else ''}</td></tr>"
        )
    table = (
        '<table class="actors"><thead><tr><th>Actor</th><th>Kind</th><th>Mentions</th><th>Where</th>'
        f"<th>Framing nearby</th></tr></thead><tbody>{''.join(body)}</tbody></table>"
    )
    return (
        '<section class="cites" aria-label="Actors and places"><h2>Who and where</h2>'
        f"<dl>{rows}</dl>{figure}{table}</section>"
    )
