"""Two dashboard sections of issue 19: article phrases that travel into comments, and comment clusters.

Kept apart from ``_report.py`` (which lays out the dashboard) so that each section is one function
over the run's views (``echo_phrases``, ``comment_clusters``) and a chart from ``_charts``.
"""

from __future__ import annotations

from html import escape
from typing import Any

from slant.corpus._charts import bar_chart, color_for
from slant.corpus._report_months import Rows, pages_by_month

__all__ = ["clusters_section", "echo_section"]

_ROWS = 15
# Phrases drawn as lines over time: more lines than this are unreadable.
_LINES = 5
_EXCERPT = 140


def _excerpt(text: str | None, limit: int = _EXCERPT) -> str:
    words = " ".join((text or "").split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def _period(first: Any, last: Any) -> str:
    if first is None:
        return "undated"
    return str(first)[:10] if str(first)[:10] == str(last)[:10] else f"{str(first)[:10]} – {str(last)[:10]}"


def echo_section(data: Rows) -> str:
    """Article phrases that comments repeat, by the pages and outlets they travel across, and when."""
    phrases = data.rows(
        "select phrase, count(distinct page_id) as pages, count(distinct outlet) as outlets, sum(comments), "
        "min(published_date), max(published_date), count(distinct date_trunc('month', published_date)) "
        "from echo_phrases group by 1 order by 2 desc, 4 desc, 1 limit ?",
        _ROWS,
    )
    if not phrases:
        return (
            '<p class="note">No comment in this run repeats its article’s words (or the run did not include '
            "the echo annotator).</p>" + _paraphrase_table(data)
        )
    share = data.rows(
        "select count(distinct s.page_id || '/' || s.part_id), (select count(*) from comments) "
        "from spans s where s.layer = 'echoes' and s.label != 'paraphrase'"
    )[0]
    chart = bar_chart(
        [(phrase, float(pages)) for phrase, pages, *_ in phrases],
        title="Article phrases repeated in comments, by pages",
        unit="pages",
        color=color_for(4),
        label_width=300,
    )
    table = "".join(
        f"<tr><td>“{escape(_excerpt(phrase, 80))}”</td><td class=n>{pages:,}</td><td class=n>{outlets:,}</td>"
        f"<td class=n>{comments:,}</td><td>{escape(_period(first, last))}</td><td class=n>{months:,}</td></tr>"
        for phrase, pages, outlets, comments, first, last, months in phrases
    )
    echoing, total = share
    over_time = _echo_months(data, [phrase for phrase, *_ in phrases[:_LINES]])
    return (
        '<p class="how">Framing that passes from an article to its readers: slant marks the words a comment '
        "repeats from its article, word for word or nearly (“finish the job” → “finish their job”). "
        f"<b>{echoing:,}</b> of {total:,} comments repeat their article’s words. A phrase echoed under many "
        "pages, or on several outlets, is a phrase that travels.</p>"
        f"<figure>{chart}</figure>"
        "<table><thead><tr><th>Article phrase</th><th>Pages</th><th>Outlets</th><th>Comments</th>"
        f"<th>Published</th><th>Months</th></tr></thead><tbody>{table}</tbody></table>"
        f"{over_time}{_paraphrase_table(data)}"
    )


def _paraphrase_table(data: Rows) -> str:
    """The article sentences restated most (a run with ``--paraphrase``); empty without any."""
    rows = data.rows(
        "select sentence, count(distinct page_id), count(distinct outlet), sum(comments), max(best_probability) "
        "from paraphrase_sentences group by 1 order by 2 desc, 5 desc, 1 limit ?",
        _ROWS,
    )
    if not rows:
        return ""
    table = "".join(
        f"<tr><td>“{escape(_excerpt(sentence, 120))}”</td><td class=n>{pages:,}</td><td class=n>{outlets:,}</td>"
        f"<td class=n>{comments:,}</td><td class=n>{best:.0%}</td></tr>"
        for sentence, pages, outlets, comments, best in rows
    )
    return (
        '<p class="how">Article sentences that comments restate in other words (paraphrase echoes, with the '
        "calibrated probability of the surest one).</p>"
        "<table><thead><tr><th>Article sentence</th><th>Pages</th><th>Outlets</th><th>Comments</th>"
        f"<th>Best probability</th></tr></thead><tbody>{table}</tbody></table>"
    )


def _echo_months(data: Rows, phrases: list[str]) -> str:
    """Pages per month on which each of the leading phrases is echoed; empty with under two dated months."""
    return pages_by_month(
        data,
        view="echo_phrases",
        column="phrase",
        keys=phrases,
        title="Pages echoing each phrase, by month",
        name=lambda phrase: _excerpt(phrase, 40),
    )


def clusters_section(data: Rows) -> str:
    """Near-duplicate comments posted under several pages or names: the largest clusters."""
    clusters = data.rows(
        "select cluster_id, any_value(size), any_value(pages), any_value(authors), any_value(outlets), "
        "any_value(first_published), any_value(last_published), "
        "arg_min(text, page_id || '/' || comment_id) from comment_clusters "
        "group by cluster_id order by 2 desc, 3 desc, 1 limit ?",
        _ROWS,
    )
    if not clusters:
        return (
            '<p class="note">No comment in this run has a near-duplicate (comments of six words or more are '
            "compared; the table <code>comment_clusters</code> stays empty).</p>"
        )
    totals = data.rows("select count(distinct cluster_id), count(*) from comment_clusters")[0]
    chart = bar_chart(
        [(f"#{cid}: {_excerpt(text, 40)}", float(size)) for cid, size, *_, text in clusters],
        title="Largest clusters of near-duplicate comments",
        unit="comments",
        color=color_for(5),
        label_width=300,
    )
    table = "".join(
        f"<tr><td class=n>{cid}</td><td>{escape(_excerpt(text))}</td><td class=n>{size:,}</td><td class=n>{pages:,}</td>"
        f"<td class=n>{authors:,}</td><td class=n>{outlets:,}</td><td>{escape(_period(first, last))}</td></tr>"
        for cid, size, pages, authors, outlets, first, last, text in clusters
    )
    return (
        '<p class="how">The same or nearly the same comment posted under several pages, by several names, or '
        "many times by one name is a sign of coordination. slant groups comments whose word sequences are at "
        f"least half alike (MinHash over word pairs): <b>{totals[0]:,}</b> cluster{'s' if totals[0] != 1 else ''} of {totals[1]:,} comments. Query them: "
        '<code>slant corpus query RUN "select * from comment_clusters where cluster_id = 0"</code>.</p>'
        f"<figure>{chart}</figure>"
        "<table><thead><tr><th>#</th><th>Comment (first copy)</th><th>Copies</th><th>Pages</th><th>Authors</th>"
        f"<th>Outlets</th><th>Posted</th></tr></thead><tbody>{table}</tbody></table>"
    )
