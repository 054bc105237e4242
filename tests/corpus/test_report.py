"""slant corpus report: a self-contained dashboard, readable without a terminal."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from slant import Document, Part, Span
from slant.corpus import render_dashboard
from slant.corpus._rows import page_rows
from slant.corpus._store import RunStore
from slant.corpus._worker import BatchResult, _encode

LABELS = ("toxicity", "severe_toxicity", "insult", "threat", "identity_attack", "obscene", "dehumanization")


def _page(number: int, outlet: str, published: str | None, loaded: int, toxic: bool) -> Document:
    words = " ".join(["word"] * 80)
    text = f"The brutal regime <script>alert({number})</script> struck again, according to local sources. {words}"
    article = Part(text, kind="article", id="article", published=published)
    article.spans.set(
        "techniques",
        [Span(4, 10, "Loaded_Language", 0.8, "techniques")] * loaded
        + [Span(11, 17, "Name_Calling,Labeling", 0.6)],
    )
    start = text.index("according")
    article.spans.set("sources", [Span(start, start + len("according to local sources"), "unnamed", 1.0)])
    comment = Part(
        "You idiot, javascript:alert(1)" if toxic else "Thanks.", kind="comment", id="c1", author="Ann"
    )
    comment.scores["toxicity"] = {label: 0.9 if toxic else 0.1 for label in LABELS}
    return Document(
        article=article,
        title=Part(f"Page {number} <b>title</b>", kind="title", id="title"),
        comments=[comment],
        url=f"https://{outlet}/{number}",
        outlet=outlet,
        source=f"/corpus/{number}.html",
    )


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report") / "run"
    store = RunStore(root)
    store.open()
    docs = [
        _page(1, "alpha.example", "2022-03-04", 3, True),
        _page(2, "alpha.example", "2022-04-10", 1, False),
        _page(3, "beta.example", "2022-04-22T10:00:00", 5, True),
        _page(4, "beta.example", None, 0, False),
    ]
    rows: dict[str, list[dict[str, object]]] = {"pages": [], "spans": [], "comments": [], "errors": []}
    for number, doc in enumerate(docs):
        for table, table_rows in page_rows(doc, page_id=f"{number:016x}").items():
            rows[table].extend(table_rows)
    rows["errors"].append(
        {
            "page_id": "f" * 16,
            "source": "/corpus/bad.txt",
            "stage": "read",
            "error_type": "EmptyInputError",
            "reason": "empty",
        }
    )
    store.write_batch(BatchResult(1, tuple(r["page_id"] for r in rows["pages"]), _encode(rows), 4, 1))  # type: ignore[misc]
    return root


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_dashboard_is_self_contained_and_runs_no_page_code(run: Path) -> None:
    html = render_dashboard(run, top=3)
    parser = _Collector()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag != "script"
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in {"src", "href", "action", "poster", "data"} and value:
                assert value.startswith("#"), (tag, name, value)
            if tag == "link":
                raise AssertionError(f"no external stylesheet or icon: {attrs}")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "<script>alert(1)</script>" not in html  # page text is escaped everywhere


def test_dashboard_answers_the_questions_in_plain_words(run: Path) -> None:
    html = render_dashboard(run, top=3)
    for heading in (
        "Which outlets use propaganda techniques most?",
        "How has it changed over time?",
        "The pages with the most propaganda techniques",
        "How toxic are the comment sections?",
        "Who do the articles cite?",
        "Full reports of the top pages",
        "Pages that could not be analysed",
    ):
        assert heading in html
    assert html.count("<svg") >= 4  # techniques by outlet, over time, spans by outlet, toxicity, sources
    assert "alpha.example" in html and "beta.example" in html
    assert "March 2022" in html and "April 2022" in html
    assert "local sources" in html and "100%" in html  # every attribution is unnamed
    assert 'href="#page-0000000000000002"' in html and 'id="page-0000000000000002"' in html
    assert "EmptyInputError" in html


def test_outlets_are_ranked_by_rate_not_total(run: Path) -> None:
    html = render_dashboard(run, top=3)
    section = html[html.index('id="outlets"') : html.index('id="time"')]
    # beta: 7 spans, alpha: 6, over about the same number of words
    assert section.index("beta.example") < section.index("alpha.example")


def test_empty_run_still_renders(tmp_path: Path) -> None:
    RunStore(tmp_path / "run").open()
    html = render_dashboard(tmp_path / "run")
    assert "What 0 news pages tell us" in html
    assert "The run has no pages yet." in html
