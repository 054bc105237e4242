"""How documents, parts and span layers show in Jupyter: ``_repr_html_`` (issue 16)."""

from __future__ import annotations

import html
import re

import pytest

import slant
from slant import Document, Part, Span
from slant._html_tables import MAX_ROWS
from slant.reports import render_html, render_notebook

pytestmark = pytest.mark.issue(16)

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> & "quotes"'


def _doc() -> Document:
    title = Part("Ministry says the <b>war</b> is over", kind="title", id="title")
    article = Part(f"The regime's butchers struck again. {HOSTILE}", kind="article", id="article")
    article.spans.set("techniques", [Span(4, 22, "Loaded_Language", 0.83, "techniques")])
    first = Part("You idiots know nothing", kind="comment", id="c1", author="Ann <i>")
    first.scores["toxicity"] = {"toxicity": 0.91, "insult": 0.88, "threat": 0.02}
    first.spans.set("toxicity", [Span(4, 10, "insult", 0.88, "toxicity")])
    reply = Part("Calm down", kind="comment", id="c2", author="Bo", parent="c1")
    return Document(article=article, title=title, comments=[first, reply], source="<text>")


def test_a_document_shows_its_report_in_a_sandboxed_frame() -> None:
    doc = _doc()
    shown = doc._repr_html_()
    assert shown is not None
    assert shown == render_notebook(doc)
    frame = re.fullmatch(r'<iframe class="slant-report" sandbox="" [^<>]*srcdoc="([^"]*)"></iframe>', shown)
    assert frame is not None, shown[:300]
    # The frame holds the very report render_html writes: one renderer, not two.
    assert html.unescape(frame.group(1)) == render_html(doc)


def test_the_notebook_view_never_carries_page_markup_or_a_script() -> None:
    shown = _doc()._repr_html_() or ""
    assert "<script" not in shown.lower() and "<img" not in shown.lower() and "<b>" not in shown
    report = html.unescape(re.search(r'srcdoc="([^"]*)"', shown).group(1))  # type: ignore[union-attr]
    assert "<script" not in report.lower() and "<img" not in report.lower()
    assert "script-src 'none'" in report and "connect-src 'none'" in report
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report


def test_the_view_is_registered_by_importing_slant_and_loads_the_reports_lazily() -> None:
    import subprocess
    import sys

    code = (
        "import sys, slant\n"
        "loaded = 'slant.reports' in sys.modules\n"
        "doc = slant.Document(article=slant.Part('Some text.', kind='article', id='article'))\n"
        "print(loaded, doc._repr_html_().startswith('<iframe'), 'slant.reports' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["False", "True", "True"]


def test_a_part_shows_its_facts_scores_and_spans_as_tables() -> None:
    comment = _doc().comments[0]
    shown = comment._repr_html_()
    assert "comment &#x27;c1&#x27; · by Ann &lt;i&gt;" in shown
    assert "<caption" in shown and "toxicity scores" in shown
    rows = re.findall(r"<tr>(.*?)</tr>", shown)
    assert (
        "<td>toxicity</td><td>4</td><td>10</td><td>insult</td><td>0.88</td><td>toxicity</td><td>idiots</td>"
        in rows
    )
    assert "<td>toxicity</td><td>0.91</td>" in rows  # the score table, highest first
    assert rows.index("<td>toxicity</td><td>0.91</td>") < rows.index("<td>threat</td><td>0.02</td>")


def test_span_layers_show_one_escaped_table_and_cut_long_ones() -> None:
    text = "x <b> " * 100
    part = Part(text, kind="article", id="article")
    part.spans.set("words", [Span(i * 6, i * 6 + 5, "w", 1.0, "t") for i in range(100)])
    shown = part.spans._repr_html_()
    assert shown.count("<tr>") == MAX_ROWS + 1 + 1  # header, MAX_ROWS rows, the "more" line
    assert f"… {100 - MAX_ROWS:,} more rows" in shown
    assert "<b>" not in shown and "x &lt;b&gt;" in shown
    assert "100 spans in 1 layers: words" in shown


def test_a_document_without_the_registered_view_falls_back_to_its_text_repr(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from slant import _document

    monkeypatch.setattr(_document, "_NOTEBOOK_VIEW", [])
    assert _doc()._repr_html_() is None
    assert repr(_doc()).startswith("Document(")
    assert slant.Document is _document.Document
