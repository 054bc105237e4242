"""The dashboard section of issue 19, part 4: who and where the pages are about, per outlet and over time.

Read from the ``actors`` view (one row per actor of a page, from the figure the opt-in actors annotator
keeps in ``pages.attrs``), with the places on slant's offline map (``slant._geo.render_map_svg``).
"""

from __future__ import annotations

from html import escape
from typing import Any

from slant.corpus._charts import bar_chart, color_for
from slant.corpus._report_months import Rows, pages_by_month

__all__ = ["actors_section"]

_ROWS = 20
_LINES = 5
_PER_OUTLET = 5


def actors_section(data: Rows) -> str:
    """The most named actors, by outlet and month, and the map of the places named."""
    pages_read, pages_total = data.rows("select count(json_extract(attrs, '$.actors')), count(*) from pages")[
        0
    ]
    if not pages_read:
        return (
            '<p class="note">The run did not include the actors annotator (it is opt-in: '
            "<code>slant corpus run --with actors</code>).</p>"
        )
    top = data.rows(
        "select actor, any_value(kind), count(distinct page_id), count(distinct outlet), sum(article_mentions), "
        "sum(comment_mentions), sum(techniques), sum(sources), sum(toxic_words), sum(toxic_comment_labels) "
        "from actors group by actor "
        "order by sum(article_mentions) + sum(comment_mentions) desc, count(distinct page_id) desc, actor limit ?",
        _ROWS,
    )
    lead = (
        '<p class="how">Who and where the pages are about: the people, organisations and places named in '
        "articles and comments (a named-entity model: names can be missed or mislabelled), and how each is "
        f"framed: the techniques, sources and toxic words in the sentences that name it. {pages_read:,} of "
        f"{pages_total:,} pages were read for names. Query them: "
        '<code>slant corpus query RUN "select * from actors"</code>.</p>'
    )
    if not top:
        return lead + '<p class="note">No page names a person, an organisation or a place.</p>'
    chart = bar_chart(
        [(f"{name} ({kind})", float(article + comments)) for name, kind, _, _, article, comments, *_ in top],
        title="Most named actors, mentions in articles and comments",
        unit="mentions",
        color=color_for(7),
        label_width=260,
    )
    table = "".join(
        f"<tr><td>{escape(str(name))}</td><td>{escape(str(kind))}</td><td class=n>{pages:,}</td><td class=n>{outlets:,}</td>"
        f"<td class=n>{int(article or 0):,}</td><td class=n>{int(comments or 0):,}</td><td class=n>{int(techniques or 0):,}</td>"
        f"<td class=n>{int(sources or 0):,}</td><td class=n>{int(toxic or 0):,}</td><td class=n>{int(toxic_comments or 0):,}</td></tr>"
        for name, kind, pages, outlets, article, comments, techniques, sources, toxic, toxic_comments in top
    )
    return (
        f"{lead}<figure>{chart}</figure>"
        "<table><thead><tr><th>Actor</th><th>Kind</th><th>Pages</th><th>Outlets</th><th>In articles</th>"
        "<th>In comments</th><th>Techniques near</th><th>Sources near</th><th>Toxic words near</th>"
        f"<th>Toxic comment labels</th></tr></thead><tbody>{table}</tbody></table>"
        f"{_per_outlet(data)}{_over_time(data, [str(name) for name, *_ in top[:_LINES]])}{_map(data)}"
    )


def _per_outlet(data: Rows) -> str:
    """Each outlet's most named actors."""
    rows = data.rows(
        "select outlet, string_agg(actor || ' (' || n || ')', ', ' order by n desc, actor) from ("
        "select coalesce(outlet, '(unknown)') as outlet, actor, sum(article_mentions + comment_mentions) as n, "
        "row_number() over (partition by coalesce(outlet, '(unknown)') order by sum(article_mentions + comment_mentions) desc, actor) as r "
        "from actors group by 1, 2) where r <= ? group by 1 order by 1 limit 30",
        _PER_OUTLET,
    )
    if not rows:
        return ""
    body = "".join(f"<tr><td>{escape(str(o))}</td><td>{escape(str(names))}</td></tr>" for o, names in rows)
    return (
        "<h3>Per outlet</h3><table><thead><tr><th>Outlet</th><th>Most named (mentions)</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _over_time(data: Rows, actors: list[str]) -> str:
    """Pages per month naming each of the leading actors; empty with under two dated months."""
    figure = pages_by_month(
        data, view="actors", column="actor", keys=actors, title="Pages naming each actor, by month"
    )
    return f"<h3>Over time</h3>{figure}" if figure else ""


def _map(data: Rows) -> str:
    """The places named in the run on the offline world map, sized by mentions."""
    from slant._geo import MapPoint, gazetteer_info, render_map_svg

    places = data.rows(
        "select place, avg(latitude), avg(longitude), sum(article_mentions + comment_mentions), count(distinct page_id) "
        "from actors where latitude is not null and longitude is not null group by place order by 4 desc, 1 limit 200"
    )
    if not places:
        return '<h3>Where</h3><p class="note">No place named in the run is in slant\'s gazetteer.</p>'
    points = [
        MapPoint(
            label=str(name),
            latitude=float(lat),
            longitude=float(lon),
            weight=float(max(1, int(mentions or 0))),
            title=f"{name}: {int(mentions or 0):,} mentions on {int(pages):,} pages",
        )
        for name, lat, lon, mentions, pages in places
    ]
    svg = render_map_svg(points, width=720, caption="Places named in the run, sized by mentions")
    return f"<h3>Where</h3><figure>{svg}<figcaption>{escape(_attribution(gazetteer_info()))}</figcaption></figure>"


def _attribution(info: Any) -> str:
    """The gazetteer's attribution line (its licence asks for it wherever its results are shown)."""
    if isinstance(info, dict):
        return str(info.get("attribution") or "")
    return str(getattr(info, "attribution", "") or "")
