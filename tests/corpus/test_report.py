"""slant corpus report: a self-contained dashboard, readable without a terminal."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from slant import Document, Part, Span
from slant._labels import label_spec
from slant.corpus import TOXIC_THRESHOLD, render_dashboard
from slant.corpus._explorer import script_hash
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
    scripts = [attrs for tag, attrs in parser.tags if tag == "script"]
    # Only the chart explorer's two inline scripts (Chart.js, explorer.js) and its JSON data (issue 16).
    assert scripts == [{"type": "application/json", "id": "slant-explorer-data"}, {}, {}]
    for tag, attrs in parser.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in {"src", "href", "action", "poster", "data"} and value:
                assert value.startswith("#"), (tag, name, value)
            if tag == "link":
                raise AssertionError(f"no external stylesheet or icon: {attrs}")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "<script>alert(1)</script>" not in html  # page text is escaped everywhere
    csp = re.search(r'Content-Security-Policy" content="([^"]*)"', html).group(1)  # type: ignore[union-attr]
    bodies = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    assert csp.endswith("script-src " + " ".join(script_hash(b) for b in bodies))
    assert "connect-src" not in csp  # default-src 'none' forbids every request


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


# ---- small runs (issue 13): the dashboard never contradicts itself ---------------------------------


def _store(root: Path, docs: list[Document], *, errors: int = 0) -> Path:
    store = RunStore(root)
    store.open()
    rows: dict[str, list[dict[str, object]]] = {"pages": [], "spans": [], "comments": [], "errors": []}
    for number, doc in enumerate(docs):
        for table, table_rows in page_rows(doc, page_id=f"{number:016x}").items():
            rows[table].extend(table_rows)
    for number in range(errors):
        rows["errors"].append(
            {
                "page_id": f"{number:016x}".replace("0", "f"),
                "source": f"/corpus/bad{number}.txt",
                "stage": "read",
                "error_type": "EmptyInputError",
                "reason": "empty",
            }
        )
    page_ids = tuple(str(r["page_id"]) for r in rows["pages"])
    store.write_batch(BatchResult(1, page_ids, _encode(rows), len(docs), errors))  # type: ignore[arg-type]
    return root


def _small_page(*, published: str | None, techniques: int, toxicity: float, title_words: int = 3) -> Document:
    text = "Officials said the plan works, according to the Defense Ministry. " + " ".join(["word"] * 60)
    article = Part(text, kind="article", id="article", published=published)
    start = text.index("according")
    article.spans.set(
        "sources",
        [Span(start, start + 34, "named", 1.0, "sources", {"name": "Defense Ministry"})],
    )
    article.spans.set("techniques", [Span(0, 9, "Loaded_Language", 0.8, "techniques")] * techniques)
    comment = Part("Thanks for the harmless remark.", kind="comment", id="c1", author="Ann")
    comment.scores["toxicity"] = dict.fromkeys(LABELS, toxicity)
    title = Part(" ".join(["Title"] * title_words), kind="title", id="title")
    return Document(
        article=article,
        title=title,
        comments=[comment],
        url="https://alpha.example/1",
        outlet="alpha.example",
        source=f"/corpus/{published}.html",
    )


def _section(html: str, key: str) -> str:
    start = html.index(f'<section id="{key}">')
    return html[start : html.index("</section>", start)]


@pytest.mark.issue(13)
def test_a_one_page_run_speaks_in_the_singular(tmp_path: Path) -> None:
    run = _store(
        tmp_path / "run", [_small_page(published="2022-03-04", techniques=1, toxicity=0.1)], errors=1
    )
    html = render_dashboard(run)
    assert "What 1 news page tells us" in html
    assert "1 page from 1 outlet " in html
    for card in (
        "page analysed",
        "outlet",
        "propaganda technique span",
        "reader comment",
        "page that failed",
    ):
        assert f"<b>1</b><span>{card}</span>" in html
    for wrong in ("1 pages", "1 outlets", "1 errors", "1 propaganda technique spans", "1 reader comments"):
        assert wrong not in html
    assert "Of 1 attribution," in html


@pytest.mark.issue(13)
def test_most_toxic_comments_lists_only_toxic_ones(tmp_path: Path) -> None:
    threshold = TOXIC_THRESHOLD
    calm = _store(tmp_path / "calm", [_small_page(published=None, techniques=1, toxicity=threshold / 2)])
    section = _section(render_dashboard(calm), "comments")
    assert "harmless remark" not in section
    assert f"No comment scored {threshold:.2f} or more" in section
    # A comment between the model's threshold and 0.5 is toxic, as in every other view.
    toxic = _store(
        tmp_path / "toxic", [_small_page(published=None, techniques=1, toxicity=(threshold + 0.5) / 2)]
    )
    section = _section(render_dashboard(toxic), "comments")
    assert "harmless remark" in section and "100%" in section
    assert f"{threshold:.2f} or more" in section


@pytest.mark.issue(13)
def test_source_names_keep_their_case(tmp_path: Path) -> None:
    run = _store(tmp_path / "run", [_small_page(published=None, techniques=1, toxicity=0.1)])
    section = _section(render_dashboard(run), "sources")
    assert "Defense Ministry" in section and "defense ministry" not in section


@pytest.mark.issue(13)
def test_rates_count_the_article_words_not_the_title(tmp_path: Path) -> None:
    doc = _small_page(published="2022-03-04", techniques=2, toxicity=0.1, title_words=30)
    row = page_rows(doc, page_id="0" * 16)["pages"][0]
    article_words = len(doc.article.text.split())
    assert row["word_count"] == article_words
    assert row["techniques_per_1k_words"] == pytest.approx(2000 / article_words)
    html = render_dashboard(_store(tmp_path / "run", [doc]))
    rate = f"{2000 / article_words:.1f}"
    assert f"<td class=n>{rate}</td>" in _section(html, "outlets")
    assert f"<td class=n>{rate}</td>" in _section(html, "pages")


@pytest.mark.issue(13)
def test_no_section_says_no_techniques_when_another_charts_them(tmp_path: Path) -> None:
    # The dated page has no technique; the undated one has: the timeline may not claim the run has none.
    docs = [
        _small_page(published="2022-03-04", techniques=0, toxicity=0.1),
        _small_page(published=None, techniques=2, toxicity=0.1),
    ]
    html = render_dashboard(_store(tmp_path / "run", docs))
    assert "<svg" in _section(html, "outlets")
    assert "No propaganda techniques were found" not in html
    assert "None of the pages with a publication date has a propaganda technique" in _section(html, "time")


@pytest.mark.issue(13)
def test_technique_colours_are_the_label_tables(run: Path) -> None:
    section = _section(render_dashboard(run, top=3), "outlets")
    for technique in ("Loaded_Language", "Name_Calling,Labeling"):
        assert f'fill="{label_spec("techniques", technique).colour}"' in section
