"""The dashboard's chart explorer: hover, filter and save a per-outlet, per-month view (issue 16).

The hand-drawn SVG charts (:mod:`slant.corpus._charts`) stay: they print, read without scripts and
carry their own labels. This section adds what SVG alone cannot do well: one chart where the reader
picks the measure, by month or by outlet, filters to one outlet, hovers a point for its value and
saves the view as PNG or CSV. It is drawn by Chart.js (MIT), inlined from the package's assets
(``scripts/fetch_chartjs.py`` re-fetches it from npm; ``assets/chartjs.json`` records its version,
licence and sha256), so the dashboard stays one file that works offline. The scripts are allowed by
their sha256 in the page's Content-Security-Policy; nothing else may run, and no request may leave.

The numbers are sums per (outlet, month) cell; each :class:`Measure` is a ratio of two of those sums,
so pooling months or outlets pools the counts. A new measure (echo, from the issue's third view) is
one more cell field in :func:`_cells` and one more entry in :func:`measures`.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from html import escape
from importlib.resources import files
from typing import Any

from slant._labels import label_spec
from slant.corpus._charts import color_for
from slant.corpus._tables import TOXIC_THRESHOLD

__all__ = ["Explorer", "Measure", "chartjs_info", "explorer", "script_hash"]

#: Outlets drawn one by one; the others are pooled as one, so the legend stays readable.
TOP_OUTLETS = 10
#: Technique types offered as their own measure, the most frequent first.
TOP_TECHNIQUES = 8
_OTHER_OUTLETS = "(other outlets)"
_UNKNOWN_OUTLET = "(outlet unknown)"
_UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class Measure:
    """One choice of the explorer: ``sum(num) * scale / sum(den)`` over the cells shown.

    Attributes:
        key: a stable name (``"techniques"``, ``"technique:Loaded_Language"``, ``"toxic_share"``).
        title: what the menu and caption call it.
        unit: the axis title.
        num: the cell field summed above the line.
        den: the cell field summed below it.
        scale: 1000 for a rate per 1,000 words, 100 for a percentage.
        note: how to read it, shown under the chart.
    """

    key: str
    title: str
    unit: str
    num: str
    den: str
    scale: float
    note: str = ""


@dataclass(frozen=True, slots=True)
class Explorer:
    """The explorer's HTML and the inline scripts the page's CSP must allow (by hash)."""

    html: str
    scripts: tuple[str, ...]


@functools.cache
def _asset(name: str) -> str:
    return (files("slant.corpus") / "assets" / name).read_text(encoding="utf-8")


def chartjs_info() -> dict[str, Any]:
    """The vendored Chart.js: name, version, licence, sha256 (``assets/chartjs.json``)."""
    info: dict[str, Any] = json.loads(_asset("chartjs.json"))
    return info


def script_hash(script: str) -> str:
    """The CSP source that allows one inline script: ``'sha256-...'``."""
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"
    )


def measures(techniques: list[str]) -> list[Measure]:
    """The measures offered, in menu order: techniques, each leading technique, toxicity."""
    per_words = (
        "Rates pool the counts of every month and outlet shown; a month with few pages can jump by chance."
    )
    out = [
        Measure(
            "techniques",
            "All propaganda techniques",
            "per 1,000 words",
            "techniques",
            "words",
            1000.0,
            per_words,
        )
    ]
    for label in techniques:
        out.append(
            Measure(
                f"technique:{label}",
                label_spec("techniques", label).title,
                "per 1,000 words",
                f"t:{label}",
                "words",
                1000.0,
                per_words,
            )
        )
    out.append(
        Measure(
            "toxic_share",
            "Toxic comments",
            "% of scored comments",
            "toxic",
            "scored",
            100.0,
            f"A comment counts as toxic from a toxicity score of {TOXIC_THRESHOLD:.2f}, the model's threshold.",
        )
    )
    out.append(
        Measure(
            "toxicity_mean",
            "Mean toxicity of comments",
            "mean score (0-1)",
            "toxicity_sum",
            "scored",
            1.0,
            "The mean of the comments' toxicity scores (calibrated probabilities).",
        )
    )
    return out


def _cells(db: Any) -> tuple[dict[str, dict[str, dict[str, float]]], list[str]]:
    """(outlet -> month or "undated" -> field -> sum), and the techniques by frequency."""

    def month(table: str = "") -> str:
        return f"coalesce(strftime(date_trunc('month', {table}published_date), '%Y-%m'), '{_UNDATED}')"

    def outlet(table: str = "") -> str:
        return f"coalesce({table}outlet, '{_UNKNOWN_OUTLET}')"

    cells: dict[str, dict[str, dict[str, float]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(float))
    )
    for o, m, pages, words, spans in db.execute(
        f"select {outlet()}, {month()}, count(*), sum(word_count), sum(technique_spans) from pages group by all"
    ).fetchall():
        cell = cells[o][m]
        cell["pages"] += pages
        cell["words"] += float(words or 0)
        cell["techniques"] += float(spans or 0)
    totals: dict[str, float] = defaultdict(float)
    for o, m, label, count in db.execute(
        f"select {outlet()}, {month()}, e.key, sum(e.value) from "
        "(select outlet, published_date, unnest(map_entries(technique_counts)) as e from pages) group by all"
    ).fetchall():
        cells[o][m][f"t:{label}"] += float(count)
        totals[label] += float(count)
    for o, m, scored, toxic, total in db.execute(
        f"select {outlet('p.')}, {month('p.')}, "
        "count(c.toxicity), count(*) filter (where c.toxicity >= ?), sum(c.toxicity) "
        "from comments c join pages p using (page_id) group by all",
        [TOXIC_THRESHOLD],
    ).fetchall():
        cell = cells[o][m]
        cell["scored"] += float(scored)
        cell["toxic"] += float(toxic)
        cell["toxicity_sum"] += float(total or 0.0)
    leading = [label for label, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))][:TOP_TECHNIQUES]
    return {o: {m: dict(c) for m, c in months.items()} for o, months in cells.items()}, leading


def _pool_outlets(
    cells: Mapping[str, Mapping[str, Mapping[str, float]]],
) -> tuple[list[str], dict[str, dict[str, dict[str, float]]]]:
    """The top outlets by pages, and the others summed into one."""
    ranked = sorted(cells, key=lambda o: (-sum(c.get("pages", 0) for c in cells[o].values()), o))
    shown = ranked[:TOP_OUTLETS]
    pooled = {o: {m: dict(c) for m, c in cells[o].items()} for o in shown}
    if len(ranked) > TOP_OUTLETS:
        other: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for o in ranked[TOP_OUTLETS:]:
            for m, cell in cells[o].items():
                for key, value in cell.items():
                    other[m][key] += value
        shown.append(_OTHER_OUTLETS)
        pooled[_OTHER_OUTLETS] = {m: dict(c) for m, c in other.items()}
    return shown, pooled


def explorer(db: Any) -> Explorer | None:
    """The explorer section over the run's DuckDB views, or None when the run has no pages."""
    cells, leading = _cells(db)
    if not cells:
        return None
    outlets, pooled = _pool_outlets(cells)
    months = sorted({m for o in pooled.values() for m in o if m != _UNDATED})
    colors = {o: ("#888888" if o == _OTHER_OUTLETS else color_for(i)) for i, o in enumerate(outlets)}
    offered = measures(leading)
    payload = {
        "months": months,
        "outlets": outlets,
        "colors": colors,
        "measures": [asdict(m) for m in offered],
        "cells": pooled,
    }
    # A JSON block is data, never run; "<" escaped so no text in it can close the element.
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    options = "".join(f'<option value="{escape(m.key)}">{escape(m.title)}</option>' for m in offered)
    outlet_options = '<option value="">every outlet</option>' + "".join(
        f'<option value="{escape(o)}">{escape(o)}</option>' for o in outlets
    )
    info = chartjs_info()
    html = (
        '<div id="slant-explorer" class="explorer" hidden>'
        '<div class="controls"><label>Measure <select id="explorer-measure">'
        f'{options}</select></label> <label>By <select id="explorer-by"><option value="month">month</option>'
        '<option value="outlet">outlet</option></select></label> <label>Outlet <select id="explorer-outlet">'
        f"{outlet_options}</select></label> "
        '<button type="button" id="explorer-png">Save PNG</button> '
        '<button type="button" id="explorer-csv">Save CSV</button></div>'
        '<div class="chartbox"><canvas id="explorer-canvas" role="img"></canvas>'
        '<div id="explorer-tip" class="tip" role="status" aria-live="polite" hidden></div></div>'
        '<p class="how" id="explorer-caption"></p>'
        f'<p class="how">Drawn by Chart.js {escape(str(info["version"]))} ({escape(str(info["license"]))} licence), '
        "inlined in this file: nothing is fetched. Click an outlet in the legend to hide or show it.</p></div>"
        '<noscript><p class="note">The chart explorer needs JavaScript; the charts and tables of the other '
        "sections show the same numbers without it.</p></noscript>"
        f'<script type="application/json" id="slant-explorer-data">{data}</script>'
    )
    return Explorer(html=html, scripts=(_asset("chart.umd.min.js"), _asset("explorer.js")))
