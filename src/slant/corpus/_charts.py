"""Inline SVG charts for the dashboard, drawn here so the HTML needs no chart library and no network.

Every chart has a ``<title>`` and ``<desc>`` for screen readers, labels in the chart itself (no
hover needed to read a value), and colours from one palette that stays readable in print.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from html import escape

__all__ = ["PALETTE", "bar_chart", "color_for", "line_chart", "stacked_bar_chart"]

# Colour-blind-safe palette (Okabe-Ito and Tol's "muted"), in an order where neighbours differ.
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#D55E00",
    "#56B4E9",
    "#882255",
    "#999933",
    "#332288",
    "#44AA99",
    "#AA4499",
    "#117733",
    "#DDCC77",
    "#661100",
    "#888888",
)

_FONT = "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:12px"


def color_for(index: int) -> str:
    """The palette's colour for series number ``index``."""
    return PALETTE[index % len(PALETTE)]


def _number(value: float) -> str:
    if value >= 100 or value == int(value):
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _open(width: int, height: int, title: str, desc: str) -> list[str]:
    return [
        f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" style="max-width:{width}px;{_FONT}">',
        f"<title>{escape(title)}</title><desc>{escape(desc)}</desc>",
    ]


def bar_chart(
    items: Sequence[tuple[str, float]],
    *,
    title: str,
    unit: str = "",
    color: str = PALETTE[0],
    width: int = 720,
    label_width: int = 220,
    suffix: str = "",
) -> str:
    """Horizontal bars, one per ``(label, value)``, in the order given; ``suffix`` follows each value."""
    row, top = 24, 8
    height = top + row * max(len(items), 1) + 8
    peak = max((v for _, v in items), default=0.0) or 1.0
    span = width - label_width - 90
    out = _open(width, height, title, f"{len(items)} bars; {unit}")
    for i, (label, value) in enumerate(items):
        y = top + i * row
        length = max(1.0, span * value / peak) if value > 0 else 0.0
        out.append(
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end">{escape(_short(label, 34))}</text>'
            f'<rect x="{label_width}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" fill="{color}" rx="2">'
            f"<title>{escape(label)}: {_number(value)} {escape(unit)}</title></rect>"
            f'<text x="{label_width + length + 6:.1f}" y="{y + 16}">{_number(value)}{escape(suffix)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def stacked_bar_chart(
    rows: Sequence[tuple[str, Mapping[str, float]]],
    *,
    series: Sequence[str],
    names: Mapping[str, str],
    title: str,
    unit: str,
    width: int = 720,
    label_width: int = 220,
    colors: Mapping[str, str] | None = None,
) -> str:
    """Horizontal stacked bars: one bar per row label, one coloured segment per series; with a legend.

    ``colors`` maps a series to its colour (the label table's, for techniques); others take the palette's.
    """

    def color(j: int, key: str) -> str:
        return (colors or {}).get(key) or color_for(j)

    row, top = 26, 8
    legend_rows = (len(series) + 2) // 3
    height = top + row * max(len(rows), 1) + 12 + legend_rows * 20
    peak = max((sum(values.values()) for _, values in rows), default=0.0) or 1.0
    span = width - label_width - 70
    out = _open(width, height, title, f"{len(rows)} bars of {len(series)} parts; {unit}")
    for i, (label, values) in enumerate(rows):
        y = top + i * row
        x = float(label_width)
        out.append(
            f'<text x="{label_width - 8}" y="{y + 17}" text-anchor="end">{escape(_short(label, 34))}</text>'
        )
        for j, key in enumerate(series):
            value = values.get(key, 0.0)
            if value <= 0:
                continue
            length = span * value / peak
            out.append(
                f'<rect x="{x:.1f}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" fill="{color(j, key)}">'
                f"<title>{escape(label)}: {escape(names.get(key, key))}, {_number(value)} {escape(unit)}</title></rect>"
            )
            x += length
        out.append(f'<text x="{x + 6:.1f}" y="{y + 17}">{_number(sum(values.values()))}</text>')
    legend_top = top + row * max(len(rows), 1) + 12
    column = (width - 20) // 3
    for j, key in enumerate(series):
        x, y = 10 + (j % 3) * column, legend_top + (j // 3) * 20
        out.append(
            f'<rect x="{x}" y="{y}" width="12" height="12" fill="{color(j, key)}"/>'
            f'<text x="{x + 18}" y="{y + 11}">{escape(_short(names.get(key, key), 30))}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def line_chart(
    x_values: Sequence[dt.date],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    title: str,
    unit: str,
    width: int = 720,
    height: int = 280,
    colors: Sequence[str | None] = (),
) -> str:
    """Lines over time: one x value per period, one line per ``(name, values)``; with a legend.

    ``colors[j]`` is line ``j``'s colour (the label table's, for a technique); None or missing takes the
    palette's.
    """

    def color_of(j: int) -> str:
        return (colors[j] if j < len(colors) else None) or color_for(j)

    left, right, top = 48, 40, 12
    legend_rows = (len(series) + 2) // 3
    plot_bottom = height - 40
    total_height = height + legend_rows * 20
    peak = max((v for _, values in series for v in values), default=0.0) or 1.0
    count = len(x_values)

    def x_at(i: int) -> float:
        return left + (width - left - right) * (i / (count - 1) if count > 1 else 0.5)

    def y_at(value: float) -> float:
        return plot_bottom - (plot_bottom - top) * value / peak

    out = _open(width, total_height, title, f"{len(series)} lines over {count} periods; {unit}")
    for k in range(5):
        value = peak * k / 4
        y = y_at(value)
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_number(value)}</text>'
        )
    step = max(1, count // 8)
    for i in range(0, count, step):
        out.append(
            f'<text x="{x_at(i):.1f}" y="{plot_bottom + 18}" text-anchor="middle">'
            f"{x_values[i].strftime('%b %Y')}</text>"
        )
    # The first series (the total) is drawn last, so the others never hide it.
    for j, (name, values) in reversed(list(enumerate(series))):
        points = " ".join(f"{x_at(i):.1f},{y_at(v):.1f}" for i, v in enumerate(values))
        color = color_of(j)
        dash = ' stroke-dasharray="6 3"' if j == 0 and len(series) > 1 else ""
        out.append(f'<polyline points="{points}" fill="none" stroke="{color}" stroke-width="2"{dash}/>')
        for i, v in enumerate(values):
            out.append(
                f'<circle cx="{x_at(i):.1f}" cy="{y_at(v):.1f}" r="3" fill="{color}">'
                f"<title>{escape(name)}, {x_values[i].strftime('%B %Y')}: {_number(v)} {escape(unit)}</title></circle>"
            )
    column = (width - 20) // 3
    for j, (name, _) in enumerate(series):
        x, y = 10 + (j % 3) * column, height + (j // 3) * 20 - 12
        out.append(
            f'<rect x="{x}" y="{y}" width="12" height="12" fill="{color_of(j)}"/>'
            f'<text x="{x + 18}" y="{y + 11}">{escape(_short(name, 30))}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
