"""The dashboard of a corpus run: one self-contained HTML file a journalist can open and read.

Nothing in it is fetched: the charts are inline SVG drawn by :mod:`slant.corpus._charts`, plus one
chart explorer drawn by an inlined Chart.js (:mod:`slant.corpus._explorer`); the styles are inline,
the only scripts that may run are those two, allowed by hash, and a Content-Security-Policy forbids
any network request. Each
section says in plain words what it shows and how to read it. The pages with the most propaganda
spans get their full slant report embedded (rebuilt from the run's tables, not re-analysed).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from slant._labels import is_shown, label_spec, label_table
from slant._version import __version__
from slant.corpus._charts import bar_chart, color_for, line_chart, stacked_bar_chart
from slant.corpus._explorer import explorer, script_hash
from slant.corpus._manifest import read_manifest
from slant.corpus._query import connect
from slant.corpus._report_actors import actors_section
from slant.corpus._report_dates import dates_section
from slant.corpus._report_repeats import clusters_section, echo_section
from slant.corpus._rows import document_from_rows
from slant.corpus._tables import TOXIC_THRESHOLD

__all__ = ["render_dashboard", "write_dashboard"]

logger = logging.getLogger(__name__)

_TOP_OUTLETS = 12
_TOP_TECHNIQUES_OVER_TIME = 5
_UNKNOWN_OUTLET = "(outlet unknown)"

# Scripts: only the inline ones whose hashes are added (the chart explorer); connect-src stays 'none'.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; base-uri 'none'; form-action 'none'"


def _csp(scripts: tuple[str, ...]) -> str:
    allowed = " ".join(script_hash(script) for script in scripts) or "'none'"
    return f"{_CSP}; script-src {allowed}"


_CSS = """
:root{--ink:#1d2433;--muted:#5b6475;--line:#e3e6ec;--accent:#0072B2;--bg:#fafbfc}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,'Segoe UI',sans-serif}
main{max-width:980px;margin:0 auto;padding:24px 16px 64px}
h1{font-size:1.9rem;margin:.2em 0}
h2{font-size:1.35rem;margin:2.2em 0 .3em;padding-top:.6em;border-top:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.2em 0 .3em}
p.lead{font-size:1.1rem;color:var(--muted);margin-top:0}
.how{color:var(--muted);font-size:.95rem;max-width:46em}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:18px 0}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.card b{display:block;font-size:1.5rem}
.card span{color:var(--muted);font-size:.9rem}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.93rem;margin:8px 0}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted)}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
figure{margin:12px 0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px;overflow-x:auto}
figcaption{color:var(--muted);font-size:.9rem;margin-top:6px}
.note{background:#fff8e6;border-left:4px solid #E69F00;padding:8px 12px;margin:12px 0}
nav ul{columns:2;padding-left:1.2em}
.page{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:14px 0}
.page .meta{color:var(--muted);font-size:.9rem}
mark{background:#ffe1a8;padding:0 2px;border-radius:2px}
blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid var(--line);color:var(--ink)}
iframe{width:100%;height:720px;border:1px solid var(--line);border-radius:6px;background:#fff}
details summary{cursor:pointer;color:var(--accent);font-weight:600;margin:8px 0}
footer{color:var(--muted);font-size:.85rem;margin-top:48px}
.explorer .controls{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;margin:8px 0}
.chartbox{position:relative;height:380px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px}
.tip{position:absolute;pointer-events:none;background:var(--ink);color:#fff;font-size:.85rem;padding:4px 8px;border-radius:4px;white-space:nowrap}
@media print{iframe{display:none}details{display:none}.explorer{display:none}body{background:#fff}
 figure,.page{break-inside:avoid}*{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
"""


def _technique_titles() -> dict[str, str]:
    """Technique label -> its display name in the label table (the name every view uses)."""
    return {spec.label: spec.title for spec in label_table() if spec.layer == "techniques"}


class _Data:
    """The numbers the dashboard shows, read from the run's tables with DuckDB."""

    def __init__(self, run: Path) -> None:
        self.run = run
        self.db = connect(run)

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        result: list[tuple[Any, ...]] = self.db.execute(sql, list(params)).fetchall()
        return result

    def dicts(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def close(self) -> None:
        self.db.close()


def render_dashboard(run: str | Path, *, top: int = 10) -> str:
    """The dashboard of the run folder ``run``, as one self-contained HTML document.

    Args:
        run: a run folder made by :func:`~slant.corpus.run_corpus`.
        top: how many of the pages with the most propaganda spans get a full report.

    Raises:
        MissingInputError: no such folder.
        InputError: the folder is not a run.
    """
    data = _Data(Path(run))
    try:
        return _render(data, top=top)
    finally:
        data.close()


def write_dashboard(run: str | Path, html_path: str | Path, *, top: int = 10) -> Path:
    """Write the dashboard of ``run`` to ``html_path`` and return the path."""
    path = Path(html_path)
    path.write_text(render_dashboard(run, top=top), encoding="utf-8")
    return path


def _render(data: _Data, *, top: int) -> str:
    titles = _technique_titles()
    manifest = read_manifest(data.run) or {}
    overview = data.dicts(
        "select count(*) as pages, count(distinct outlet) as outlets, min(published_date) as first, "
        "max(published_date) as last, coalesce(sum(comment_count), 0) as comments, "
        "coalesce(sum(word_count), 0) as words, coalesce(sum(technique_spans), 0) as spans, "
        "count(published_date) as dated from pages"
    )[0]
    errors = data.rows("select count(*) from errors")[0][0]
    name = data.run.resolve().name
    explore = explorer(data.db)
    scripts = explore.scripts if explore else ()
    sections = [
        ("outlets", "Which outlets use propaganda techniques most?", _outlet_section(data, titles)),
        ("time", "How has it changed over time?", _time_section(data, titles, overview)),
        ("explore", "Explore by outlet and month", explore.html if explore else _no_pages_note()),
        ("pages", "The pages with the most propaganda techniques", _pages_section(data, top)),
        ("comments", "How toxic are the comment sections?", _toxicity_section(data)),
        ("sources", "Who do the articles cite?", _sources_section(data)),
        ("echoes", "Which article phrases do the comments repeat?", echo_section(data)),
        ("clusters", "Which comments were posted again and again?", clusters_section(data)),
        ("dates", "Old stories under new dates?", dates_section(data)),
        ("actors", "Who and where are the pages about?", actors_section(data)),
        ("reports", "Full reports of the top pages", _reports_section(data, top, titles)),
        ("problems", "Pages that could not be analysed", _errors_section(data, errors)),
        ("glossary", "What the techniques mean", _glossary_section(data)),
    ]
    nav = "".join(f'<li><a href="#{key}">{escape(heading)}</a></li>' for key, heading, _ in sections)
    body = "".join(
        f'<section id="{key}"><h2>{escape(heading)}</h2>{html}</section>' for key, heading, html in sections
    )
    period = ""
    if overview["first"] is not None:
        period = f" published between {_date(overview['first'])} and {_date(overview['last'])}"
    cards = "".join(
        f'<div class="card"><b>{count:,}</b><span>{escape(_noun(count, singular, plural))}</span></div>'
        for count, singular, plural in (
            (overview["pages"], "page analysed", "pages analysed"),
            (overview["outlets"], "outlet", "outlets"),
            (overview["words"], "word of articles", "words of articles"),
            (overview["spans"], "propaganda technique span", "propaganda technique spans"),
            (overview["comments"], "reader comment", "reader comments"),
            (errors, "page that failed", "pages that failed"),
        )
    )
    made = manifest.get("created", "")
    return (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        '<meta name=viewport content="width=device-width,initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{_csp(scripts)}">'
        f"<title>slant corpus dashboard: {escape(name)}</title><style>{_CSS}</style></head><body><main>"
        f"<h1>What {_plural(overview['pages'], 'news page')} {'tells' if overview['pages'] == 1 else 'tell'} us</h1>"
        f'<p class="lead">A summary of the corpus “{escape(name)}”: {_plural(overview["pages"], "page")} from '
        f"{_plural(overview['outlets'], 'outlet')}{period}, analysed by slant for propaganda techniques, the sources "
        "they cite, and the tone of their comment sections.</p>"
        f'<div class="cards">{cards}</div>'
        '<p class="how">How to read this: slant marks passages that use a known propaganda technique '
        "(loaded language, name calling, appeals to fear, and so on). Because long articles have more room "
        "for them, outlets and months are compared by <b>techniques per 1,000 words</b>. These marks come "
        "from a statistical model: it makes mistakes, so read the passages before you quote a number.</p>"
        f"<nav><b>On this page</b><ul>{nav}</ul></nav>{body}"
        f"<footer>Made by slant {escape(__version__)} from the run folder {escape(str(data.run))}"
        f"{' (started ' + escape(made) + ')' if made else ''}. Annotators: "
        f"{escape(', '.join(a.get('name', '?') for a in manifest.get('annotators', [])))}. "
        "Nothing in this file is loaded from the internet.</footer>"
        "</main>" + "".join(f"<script>{script}</script>" for script in scripts) + "</body></html>\n"
    )


def _date(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%-d %B %Y")
    return escape(str(value))


def _no_pages_note() -> str:
    return '<p class="note">The run has no pages yet.</p>'


def _no_techniques_note() -> str:
    return (
        '<p class="note">No propaganda techniques were found in this run. Either the pages have none, or the '
        "run did not include slant's technique model (see the annotators listed at the bottom).</p>"
    )


def _no_dated_techniques_note() -> str:
    # Other sections do show techniques: the note must not say the run has none.
    return (
        '<p class="note">None of the pages with a publication date has a propaganda technique, so there is '
        "no timeline of techniques; the pages without a date are counted in the other sections.</p>"
    )


def _outlet_section(data: _Data, titles: Mapping[str, str]) -> str:
    outlets = data.rows(
        f"select coalesce(outlet, '{_UNKNOWN_OUTLET}'), count(*), sum(word_count), sum(technique_spans) "
        "from pages group by 1 order by 2 desc, 1 limit ?",
        _TOP_OUTLETS,
    )
    if not outlets:
        return '<p class="note">The run has no pages yet.</p>'
    counts = data.rows(
        f"select coalesce(outlet, '{_UNKNOWN_OUTLET}'), e.key, sum(e.value) from "
        "(select outlet, unnest(map_entries(technique_counts)) as e from pages) group by all"
    )
    per_outlet: dict[str, dict[str, float]] = defaultdict(dict)
    totals: dict[str, float] = defaultdict(float)
    for outlet, technique, count in counts:
        per_outlet[outlet][technique] = float(count)
        totals[technique] += float(count)
    if not totals:
        return _no_techniques_note()
    words = {outlet: max(int(w or 0), 1) for outlet, _, w, _ in outlets}
    rows = []
    for outlet, _, _, _ in outlets:
        rates = {t: c * 1000.0 / words[outlet] for t, c in per_outlet.get(outlet, {}).items()}
        rows.append((outlet, rates))
    rows.sort(key=lambda row: -sum(row[1].values()))
    series = [t for t, _ in sorted(totals.items(), key=lambda kv: -kv[1])]
    chart = stacked_bar_chart(
        rows,
        series=series,
        names={t: titles.get(t, t.replace("_", " ")) for t in series},
        title="Propaganda techniques per 1,000 words, by outlet",
        unit="per 1,000 words",
        colors={t: label_spec("techniques", t).colour for t in series},
    )
    table = "".join(
        f"<tr><td>{escape(outlet)}</td><td class=n>{pages:,}</td><td class=n>{int(spans or 0):,}</td>"
        f"<td class=n>{(spans or 0) * 1000.0 / max(int(w or 0), 1):.1f}</td></tr>"
        for outlet, pages, w, spans in sorted(outlets, key=lambda o: -((o[3] or 0) / max(int(o[2] or 0), 1)))
    )
    return (
        '<p class="how">Each bar is one outlet (the ones with the most pages in the corpus). Its length is how '
        "many passages per 1,000 words use a propaganda technique; the colours show which techniques.</p>"
        f"<figure>{chart}<figcaption>Techniques per 1,000 words of article text (the title's words are not "
        f"counted), for {_the_outlets(len(rows))}.</figcaption></figure>"
        "<table><thead><tr><th>Outlet</th><th>Pages</th><th>Technique spans</th><th>Per 1,000 words</th>"
        f"</tr></thead><tbody>{table}</tbody></table>"
    )


def _time_section(data: _Data, titles: Mapping[str, str], overview: Mapping[str, Any]) -> str:
    if not overview["dated"]:
        return (
            '<p class="note">None of the pages has a publication date slant could read, so there is no '
            "timeline. (Give dates in the input, e.g. a “published” field in JSON Lines.)</p>"
        )
    months = data.rows(
        "select date_trunc('month', published_date)::date as m, sum(word_count), sum(technique_spans), count(*) "
        "from pages where published_date is not null group by 1 order by 1"
    )
    counts = data.rows(
        "select date_trunc('month', published_date)::date, e.key, sum(e.value) from "
        "(select published_date, unnest(map_entries(technique_counts)) as e from pages "
        "where published_date is not null) group by all"
    )
    if not counts:
        return _no_dated_techniques_note() if overview["spans"] else _no_techniques_note()
    by_month: dict[tuple[dt.date, str], float] = {(m, t): float(c) for m, t, c in counts}
    totals: dict[str, float] = defaultdict(float)
    for (_, technique), count in by_month.items():
        totals[technique] += count
    leading = [t for t, _ in sorted(totals.items(), key=lambda kv: -kv[1])][:_TOP_TECHNIQUES_OVER_TIME]
    x_values = [m for m, _, _, _ in months]
    words = {m: max(int(w or 0), 1) for m, w, _, _ in months}
    series: list[tuple[str, Sequence[float]]] = [
        ("All techniques", [float(s or 0) * 1000.0 / words[m] for m, _, s, _ in months])
    ]
    for technique in leading:
        series.append(
            (
                titles.get(technique, technique.replace("_", " ")),
                [by_month.get((m, technique), 0.0) * 1000.0 / words[m] for m in x_values],
            )
        )
    chart = line_chart(
        x_values,
        series,
        title="Propaganda techniques per 1,000 words, by month",
        unit="per 1,000 words",
        colors=[None, *(label_spec("techniques", t).colour for t in leading)],
    )
    undated = overview["pages"] - overview["dated"]
    extra = (
        f" {_plural(undated, 'page')} without a date {'is' if undated == 1 else 'are'} left out."
        if undated
        else ""
    )
    return (
        '<p class="how">Each line shows, month by month, how many passages per 1,000 words use propaganda '
        "techniques: all of them together, and the five most frequent ones. A month with few pages can jump "
        "up or down by chance; the table underneath gives the number of pages per month.</p>"
        f"<figure>{chart}<figcaption>By month of publication.{extra}</figcaption></figure>"
        "<details><summary>Pages per month</summary><table><thead><tr><th>Month</th><th>Pages</th>"
        "<th>Technique spans</th></tr></thead><tbody>"
        + "".join(
            f"<tr><td>{m.strftime('%B %Y')}</td><td class=n>{n:,}</td><td class=n>{int(s or 0):,}</td></tr>"
            for m, _, s, n in months
        )
        + "</tbody></table></details>"
    )


def _pages_section(data: _Data, top: int) -> str:
    pages = data.dicts(
        "select page_id, title, outlet, published_date, url, source, technique_spans, techniques_per_1k_words, "
        "word_count, comment_count, toxic_share from pages where technique_spans > 0 "
        "order by technique_spans desc, techniques_per_1k_words desc, page_id limit ?",
        max(top, 10),
    )
    if not pages:
        return _no_techniques_note()
    rows = []
    for rank, page in enumerate(pages, start=1):
        title = escape(page["title"] or "(no title)")
        if rank <= top:
            title = f'<a href="#page-{escape(page["page_id"])}">{title}</a>'
        toxic = "" if page["toxic_share"] is None else f"{page['toxic_share']:.0%}"
        rows.append(
            f"<tr><td class=n>{rank}</td><td>{title}<br><small>{escape(page['url'] or page['source'] or '')}</small>"
            f"</td><td>{escape(page['outlet'] or _UNKNOWN_OUTLET)}</td>"
            f"<td>{_date(page['published_date']) if page['published_date'] else ''}</td>"
            f"<td class=n>{page['technique_spans']:,}</td><td class=n>{page['techniques_per_1k_words']:.1f}</td>"
            f"<td class=n>{page['comment_count']:,}</td><td class=n>{toxic}</td></tr>"
        )
    top_outlets = data.rows(
        f"select coalesce(outlet, '{_UNKNOWN_OUTLET}'), sum(technique_spans) from pages group by 1 "
        "having sum(technique_spans) > 0 order by 2 desc limit ?",
        _TOP_OUTLETS,
    )
    chart = bar_chart(
        [(o, float(n)) for o, n in top_outlets], title="Technique spans per outlet (total)", unit="spans"
    )
    return (
        '<p class="how">The pages below contain the most passages marked as propaganda techniques. The titles '
        "of the top pages link to their full report further down.</p>"
        "<table><thead><tr><th>#</th><th>Page</th><th>Outlet</th><th>Published</th><th>Technique spans</th>"
        "<th>Per 1,000 words</th><th>Comments</th><th>Toxic comments</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
        "<h3>The outlets with the most technique spans in all</h3>"
        '<p class="how">Totals depend on how many pages of each outlet the corpus holds; the rates per 1,000 '
        "words above compare outlets fairly.</p>"
        f"<figure>{chart}</figure>"
    )


def _toxicity_section(data: _Data) -> str:
    scored = data.rows("select count(*) from comments where toxicity is not null")[0][0]
    total = data.rows("select count(*) from comments")[0][0]
    if not scored:
        if not total:
            return '<p class="note">The pages in this run have no reader comments.</p>'
        return (
            f'<p class="note">The run has {total:,} comments, but none was scored for toxicity: the run did not '
            "include slant's toxicity model.</p>"
        )
    outlets = data.rows(
        f"select coalesce(p.outlet, '{_UNKNOWN_OUTLET}'), count(*), avg(c.toxicity), "
        "avg(case when c.toxicity >= ? then 1.0 else 0.0 end), avg(c.insult), avg(c.threat) "
        "from comments c join pages p using (page_id) where c.toxicity is not null "
        "group by 1 order by 2 desc limit ?",
        TOXIC_THRESHOLD,
        _TOP_OUTLETS,
    )
    outlets.sort(key=lambda row: -row[3])
    chart = bar_chart(
        [(o, 100.0 * share) for o, _, _, share, _, _ in outlets],
        title="Share of toxic comments, by outlet",
        unit="% of comments",
        color=color_for(4),
        suffix="%",
    )
    table = "".join(
        f"<tr><td>{escape(o)}</td><td class=n>{n:,}</td><td class=n>{share:.0%}</td><td class=n>{mean:.2f}</td>"
        f"<td class=n>{insult or 0:.2f}</td><td class=n>{threat or 0:.2f}</td></tr>"
        for o, n, mean, share, insult, threat in outlets
    )
    worst = data.dicts(
        f"select c.text, c.author, c.toxicity, coalesce(p.outlet, '{_UNKNOWN_OUTLET}') as outlet, p.title "
        "from comments c join pages p using (page_id) where c.toxicity >= ? "
        "order by c.toxicity desc, c.page_id, c.position limit 5",
        TOXIC_THRESHOLD,
    )
    quotes = "".join(
        f"<blockquote>{escape(_excerpt(w['text'], 280))}<br><small>{escape(w['author'] or 'anonymous')} on "
        f"{escape(w['outlet'])}, under “{escape(_excerpt(w['title'] or '', 80))}” · toxicity {w['toxicity']:.2f}"
        "</small></blockquote>"
        for w in worst
    )
    return (
        f'<p class="how">slant scored {_plural(scored, "reader comment")} for toxicity (insults, threats, '
        "obscenity, attacks on identity, dehumanising language). A comment counts as toxic when its toxicity "
        f"score is {TOXIC_THRESHOLD:.2f} or more (a score is the model's estimate of how likely it is that "
        "readers would call the comment toxic; the threshold is the one the model was tuned to).</p>"
        f"<figure>{chart}<figcaption>Share of comments scored toxic, for the outlets with the most comments."
        "</figcaption></figure>"
        "<table><thead><tr><th>Outlet</th><th>Comments</th><th>Toxic</th><th>Mean toxicity</th>"
        f"<th>Mean insult</th><th>Mean threat</th></tr></thead><tbody>{table}</tbody></table>"
        f"<h3>The most toxic comments</h3>"
        + (
            quotes
            or f'<p class="how">No comment scored {TOXIC_THRESHOLD:.2f} or more: none counts as toxic.</p>'
        )
    )


def _sources_section(data: _Data) -> str:
    # One source written in several cases is one row, named as most pages write it (never lowercased).
    sources = data.rows(
        "select label, mode(who), count(*), count(distinct page_id) from ("
        "select label, page_id, coalesce(json_extract_string(attrs, '$.name'), "
        "json_extract_string(attrs, '$.domain'), text) as who from spans "
        "where layer = 'sources' and part in ('title', 'article')) group by label, lower(who) "
        "order by 3 desc, 2 limit 20"
    )
    if not sources:
        return (
            '<p class="note">No sources were marked in this run (the run did not include the annotator that '
            "finds “according to …” attributions and cited outlets, or the pages cite none).</p>"
        )
    kinds = dict(
        data.rows(
            "select label, count(*) from spans where layer = 'sources' and part in ('title', 'article') group by 1"
        )
    )
    explained = {"named": "a named person or body", "unnamed": "an unnamed source", "outlet": "a news outlet"}
    total = sum(kinds.values())
    unnamed = kinds.get("unnamed", 0)
    chart = bar_chart(
        [(f"{who} ({label})", float(n)) for label, who, n, _ in sources[:15]],
        title="Most cited sources",
        unit="mentions",
        color=color_for(2),
        label_width=300,
    )
    table = "".join(
        f"<tr><td>{escape(who or '')}</td><td>{escape(explained.get(label, label))}</td><td class=n>{n:,}</td>"
        f"<td class=n>{pages:,}</td></tr>"
        for label, who, n, pages in sources
    )
    return (
        '<p class="how">Where do the claims come from? slant marks phrases such as “according to the Defense '
        "Ministry” (a named source), “local sources say” (an unnamed source) and links to other outlets. "
        f"Of {_plural(total, 'attribution')}, <b>{unnamed / total:.0%}</b> rest on unnamed sources.</p>"
        f"<figure>{chart}</figure>"
        "<table><thead><tr><th>Source</th><th>Kind</th><th>Mentions</th><th>Pages</th></tr></thead>"
        f"<tbody>{table}</tbody></table>"
    )


def _reports_section(data: _Data, top: int, titles: Mapping[str, str]) -> str:
    ids = [
        row[0]
        for row in data.rows(
            "select page_id from pages where technique_spans > 0 "
            "order by technique_spans desc, techniques_per_1k_words desc, page_id limit ?",
            top,
        )
    ]
    if not ids:
        return '<p class="note">No page has technique spans, so there are no reports to show.</p>'
    render_html = _report_renderer()
    out = [
        '<p class="how">For each of the top pages: the passages marked as techniques, and below, slant’s full '
        "report of the page (click “Show the full report”).</p>"
    ]
    for page_id in ids:
        page = data.dicts("select * from pages where page_id = ?", page_id)[0]
        spans = data.dicts("select * from spans where page_id = ?", page_id)
        ranked = sorted(
            (s for s in spans if s["layer"] == "techniques"),
            key=lambda s: (-s["score"], s["part"], s["start"]),
        )
        # Evidence is quoted only from spans at or above the display threshold (issue 15); the less
        # certain ones are listed apart, folded, for a reader who wants them.
        technique_spans = [s for s in ranked if is_shown("techniques", s["part"], s["score"])]
        uncertain = [s for s in ranked if not is_shown("techniques", s["part"], s["score"])]
        passages = "".join(_passage(s, titles) for s in technique_spans[:12])
        if not technique_spans:
            passages = "<li>No passage reaches the confidence at which slant shows a technique.</li>"
        if uncertain:
            passages += (
                f"<li><details><summary>{_plural(len(uncertain), 'less certain passage')} (not evidence)</summary>"
                f"<ul>{''.join(_passage(s, titles) for s in uncertain[:12])}</ul></details></li>"
            )
        more = len(technique_spans) - 12
        full = ""
        if render_html is not None:
            comments = data.dicts("select * from comments where page_id = ?", page_id)
            document = document_from_rows(page, comments, spans)
            report = render_html(document)
            full = (
                "<details><summary>Show the full report</summary>"
                f'<iframe sandbox title="slant report of this page" srcdoc="{escape(report, quote=True)}"></iframe>'
                "</details>"
            )
        published = _date(page["published_date"]) if page["published_date"] else "date unknown"
        out.append(
            f'<article class="page" id="page-{escape(page_id)}"><h3>{escape(page["title"] or "(no title)")}</h3>'
            f'<div class="meta">{escape(page["outlet"] or _UNKNOWN_OUTLET)} · {published} · '
            f"{_plural(page['word_count'], 'word')} · {_plural(page['comment_count'], 'comment')} · "
            f"{escape(page['url'] or page['source'] or '')}</div>"
            f"<ul>{passages}</ul>{f'<p>…and {more} more.</p>' if more > 0 else ''}{full}</article>"
        )
    return "".join(out)


def _passage(span: Mapping[str, Any], titles: Mapping[str, str]) -> str:
    """One technique span of a page: its technique, its text and its confidence."""
    return (
        f"<li><b>{escape(titles.get(span['label'], span['label'].replace('_', ' ')))}</b>: "
        f"<mark>{escape(_excerpt(span['text'] or '', 200))}</mark> <small>({escape(span['part'])}, "
        f"confidence {span['score']:.0%})</small></li>"
    )


def _report_renderer() -> Any:
    # slant.reports renders one page's report; a run made without it still gets its dashboard.
    try:
        from slant.reports import render_html
    except ImportError as error:
        logger.info("per-page reports left out: slant.reports is not available (%s)", error)
        return None
    return render_html


def _errors_section(data: _Data, errors: int) -> str:
    if not errors:
        return '<p class="how">Every page was read and analysed.</p>'
    reasons = data.rows(
        "select error_type, count(*), any_value(reason), any_value(source) from errors group by 1 order by 2 desc"
    )
    table = "".join(
        f"<tr><td>{escape(kind)}</td><td class=n>{n:,}</td><td>{escape(_excerpt(reason, 200))}<br>"
        f"<small>e.g. {escape(source)}</small></td></tr>"
        for kind, n, reason, source in reasons
    )
    return (
        f'<p class="how">{_plural(errors, "page")} could not be analysed (empty or broken files, pages that are not '
        "news pages). They are left out of every figure above. A data person can list them with "
        '<code>slant corpus query RUN "select source, reason from errors"</code>.</p>'
        "<table><thead><tr><th>Problem</th><th>Pages</th><th>Example</th></tr></thead>"
        f"<tbody>{table}</tbody></table>"
    )


def _glossary_section(data: _Data) -> str:
    found = [
        row[0] for row in data.rows("select distinct label from spans where layer = 'techniques' order by 1")
    ]
    if not found:
        return '<p class="how">No techniques were found, so there is nothing to explain.</p>'
    items = "".join(
        f"<dt><b>{escape(label_spec('techniques', t).title)}</b></dt>"
        f"<dd>{escape(label_spec('techniques', t).definition)}</dd>"
        for t in found
    )
    return f"<dl>{items}</dl>"


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {_noun(count, noun, noun + 's')}"


def _noun(count: int, singular: str, plural: str) -> str:
    return singular if count == 1 else plural


def _the_outlets(count: int) -> str:
    return "the one outlet" if count == 1 else f"the {count:,} outlets with the most pages"


def _excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
