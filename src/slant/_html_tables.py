"""Small HTML tables of a part and of its span layers, for Jupyter (``_repr_html_``, issue 16).

Like pandas' frames, a :class:`~slant.Part` and its ``spans`` show in a notebook as a table; every
value passes through :func:`html.escape` (page text is untrusted), and long tables are cut with a
line that says how many rows are left out. It sits under the data model, which calls it, so it
takes parts and spans by their attributes (``part.text``, ``span.start``) and imports neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any

__all__ = ["MAX_ROWS", "html_table", "part_html", "span_layers_html"]

#: A notebook table shows at most this many rows (pandas' ``display.max_rows`` is 60).
MAX_ROWS = 60
# Span texts longer than this are cut in a table cell.
_CELL_CHARS = 80
_STYLE = "border-collapse:collapse;font-size:12px;text-align:left"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    text = " ".join(str(value).split())
    return escape(text if len(text) <= _CELL_CHARS else text[: _CELL_CHARS - 1] + "…")


def html_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], *, caption: str) -> str:
    """An escaped HTML table of ``rows``, cut at :data:`MAX_ROWS` with a note of how many are left out."""
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>" for row in rows[:MAX_ROWS])
    more = len(rows) - MAX_ROWS
    foot = (
        f'<tfoot><tr><td colspan="{len(columns)}">… {more:,} more rows</td></tr></tfoot>' if more > 0 else ""
    )
    return (
        f'<table class="slant" style="{_STYLE}"><caption style="text-align:left">{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody>{foot}</table>"
    )


def _span_rows(text: str, layers: Mapping[str, Iterable[Any]]) -> list[tuple[Any, ...]]:
    return [
        (layer, span.start, span.end, span.label, span.score, span.source, text[span.start : span.end])
        for layer, spans in layers.items()
        for span in spans
    ]


_SPAN_COLUMNS = ("layer", "start", "end", "label", "score", "annotator", "text")


def span_layers_html(text: str, layers: Mapping[str, Iterable[Any]]) -> str:
    """One table of every span of ``layers`` over ``text``: layer, offsets, label, score, annotator, text."""
    rows = _span_rows(text, layers)
    caption = f"{len(rows):,} spans in {len(layers)} layers" + (f": {', '.join(layers)}" if layers else "")
    return html_table(_SPAN_COLUMNS, rows, caption=caption)


def part_html(part: Any) -> str:
    """A part as a notebook shows it: who and where, its scores, and the table of its spans."""
    facts = [f"{part.kind} {part.id!r}"]
    if part.author:
        facts.append(f"by {part.author}")
    if part.parent:
        facts.append(f"in reply to {part.parent!r}")
    if part.published:
        facts.append(str(part.published))
    if part.attrs.get("language"):
        facts.append(f"language {part.attrs['language']}")
    facts.append(f"{len(part.text):,} characters")
    out = [f"<p><b>{escape(' · '.join(facts))}</b></p>", f"<blockquote>{_cell(part.text)}</blockquote>"]
    for name, scores in part.scores.items():
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        out.append(html_table(("label", "score"), ranked, caption=f"{name} scores"))
    out.append(span_layers_html(part.text, part.spans))
    return "".join(out)
