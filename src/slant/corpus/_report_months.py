"""What the dashboard's issue-19 sections share: the query they read rows through, and one chart of
pages per month for each of a few leading keys of a view (phrases echoed, actors named)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from slant.corpus._charts import line_chart

__all__ = ["Rows", "pages_by_month"]


class Rows(Protocol):
    """The dashboard's query: rows of ``sql`` with ``params`` bound."""

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]: ...


def pages_by_month(
    data: Rows, *, view: str, column: str, keys: list[str], title: str, name: Callable[[str], str] = str
) -> str:
    """A line chart of pages per month of publication on which each of ``keys`` (values of ``column``
    in ``view``) stands, in a ``<figure>``; empty with no keys or under two dated months.

    ``view`` and ``column`` are the dashboard's own names, never user input; ``keys`` are bound.
    """
    if not keys:
        return ""
    marks = ", ".join("?" for _ in keys)
    counts = data.rows(
        f"select date_trunc('month', published_date)::date as m, {column}, count(distinct page_id) from {view} "
        f"where published_date is not null and {column} in ({marks}) group by 1, 2 order by 1",
        *keys,
    )
    months = sorted({m for m, _, _ in counts})
    if len(months) < 2:
        return ""
    found = {(m, k): float(n) for m, k, n in counts}
    series = [(name(k), [found.get((m, k), 0.0) for m in months]) for k in keys]
    chart = line_chart(months, series, title=title, unit="pages")
    return f"<figure>{chart}<figcaption>By month of the article's publication; undated pages left out.</figcaption></figure>"
