"""The dashboard section of issue 19, part 2: pages whose own date the story contradicts.

Read from the ``story_time`` figure each page keeps in ``pages.attrs`` (the story-time annotator's
result), so the section needs no table of its own.
"""

from __future__ import annotations

from html import escape

from slant.corpus._charts import bar_chart, color_for
from slant.corpus._report_months import Rows

__all__ = ["dates_section"]

_ROWS = 20


def dates_section(data: Rows) -> str:
    """Pages flagged as an old story under a new date, by outlet, with the reason."""
    checked, dated, flagged = data.rows(
        "select count(json_extract(attrs, '$.story_time')), "
        "count(json_extract_string(attrs, '$.story_time.page_date.value')), "
        "count(json_extract_string(attrs, '$.story_time.flag')) from pages"
    )[0]
    if not checked:
        return '<p class="note">The run did not include the story-time annotator.</p>'
    lead = (
        '<p class="how">Recycled old news under a new date is a staple of disinformation. slant compares each '
        "page’s own date (metadata, URL, or a date line of the page) with the story’s time (the dates it "
        f"gives, its comments’ times, the terms of the people it describes in office). Of {checked:,} pages, {dated:,} carry a date of their own and "
        f"<b>{flagged:,}</b> are flagged. A flag is a prompt to check, not a verdict.</p>"
    )
    if not flagged:
        return lead
    by_outlet = data.rows(
        "select coalesce(outlet, '(unknown)'), count(*) from pages "
        "where json_extract_string(attrs, '$.story_time.flag') is not null group by 1 order by 2 desc, 1 limit 15"
    )
    pages = data.rows(
        "select coalesce(outlet, ''), coalesce(title, source, ''), "
        "json_extract_string(attrs, '$.story_time.flag') from pages "
        "where json_extract_string(attrs, '$.story_time.flag') is not null order by 1, 2 limit ?",
        _ROWS,
    )
    chart = bar_chart(
        [(outlet, float(n)) for outlet, n in by_outlet],
        title="Pages flagged as an old story under a new date, by outlet",
        unit="pages",
        color=color_for(6),
    )
    table = "".join(
        f"<tr><td>{escape(outlet)}</td><td>{escape(title[:100])}</td><td>{escape(flag)}</td></tr>"
        for outlet, title, flag in pages
    )
    return (
        f"{lead}<figure>{chart}</figure><table><thead><tr><th>Outlet</th><th>Page</th><th>Why</th></tr></thead>"
        f"<tbody>{table}</tbody></table>"
    )
