"""The dashboard's chart explorer in a real browser (issue 16): Debian's chromium driven by Playwright.

Opens a dashboard file from disk (no server: it must work from one file, offline), checks that the
chart draws with no script error and no CSP violation, that hovering a point shows its value (the
value the run's tables give), that the outlet filter and the by-outlet view work, and that the view
saves as PNG and CSV.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from slant import Document, Part, Span
from slant.corpus import query, write_dashboard
from slant.corpus._rows import page_rows
from slant.corpus._store import RunStore
from slant.corpus._worker import BatchResult, _encode

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.issue(16),
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
    ),
]


def _page(number: int, outlet: str, published: str, loaded: int, toxicity: float) -> Document:
    text = f"The brutal regime <script>alert({number})</script> struck. " + " ".join(["word"] * 90)
    article = Part(text, kind="article", id="article", published=published)
    article.spans.set("techniques", [Span(4, 10, "Loaded_Language", 0.8, "techniques")] * loaded)
    comment = Part("You idiot" if toxicity > 0.5 else "Thanks.", kind="comment", id="c1", author="Ann")
    comment.scores["toxicity"] = {"toxicity": toxicity, "insult": toxicity}
    return Document(
        article=article,
        title=Part(f"Page {number}", kind="title", id="title"),
        comments=[comment],
        url=f"https://{outlet}/{number}",
        outlet=outlet,
    )


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("explorer")
    run = root / "run"
    store = RunStore(run)
    store.open()
    docs = [
        _page(1, "alpha.example", "2022-03-04", 3, 0.9),
        _page(2, "alpha.example", "2022-04-10", 1, 0.1),
        _page(3, "beta.example", "2022-03-22", 5, 0.95),
        _page(4, "beta.example", "2022-04-02", 2, 0.2),
    ]
    rows: dict[str, list[dict[str, object]]] = {"pages": [], "spans": [], "comments": [], "errors": []}
    for number, doc in enumerate(docs, start=1):
        for table, found in page_rows(doc, page_id=f"{number:016d}").items():
            rows[table].extend(found)
    ids = tuple(str(r["page_id"]) for r in rows["pages"])
    store.write_batch(BatchResult(1, ids, _encode(rows), 4, 0))  # type: ignore[arg-type]
    return run, write_dashboard(run, root / "dashboard.html", top=2)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _point(page: object, dataset: int, index: int) -> tuple[float, float]:
    """Where Chart.js drew point ``index`` of ``dataset``, in page coordinates."""
    x, y = page.evaluate(  # type: ignore[attr-defined]
        "([d, i]) => { const c = document.getElementById('explorer-canvas'); const r = c.getBoundingClientRect();"
        " const p = Chart.getChart(c).getDatasetMeta(d).data[i]; return [r.left + p.x, r.top + p.y]; }",
        [dataset, index],
    )
    return float(x), float(y)


def test_the_chart_draws_offline_and_hovering_shows_the_value(
    browser: object, dashboard: tuple[Path, Path]
) -> None:
    run, html = dashboard
    context = browser.new_context(accept_downloads=True)  # type: ignore[attr-defined]
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(html.as_uri())
    page.wait_for_selector("#slant-explorer:not([hidden])", timeout=30_000)
    page.locator("#explorer-canvas").scroll_into_view_if_needed()
    assert (
        page.evaluate("Chart.getChart(document.getElementById('explorer-canvas')).data.datasets.length") == 2
    )

    # alpha.example in March 2022: 3 technique spans over its article words, per 1,000 words.
    words = query(run, "select word_count from pages where page_id = '0000000000000001'").rows[0][0]
    expected = 3 * 1000.0 / words
    labels = page.evaluate("Chart.getChart(document.getElementById('explorer-canvas')).data.labels")
    assert labels == ["2022-03", "2022-04"]
    page.mouse.move(*_point(page, 0, 0))
    tip = page.locator("#explorer-tip")
    tip.wait_for(state="visible", timeout=5_000)
    assert tip.inner_text() == f"alpha.example, 2022-03: {expected:.1f} per 1,000 words (1 page)"

    # Filter to one outlet, then look at the outlets side by side, toxic share.
    page.select_option("#explorer-outlet", "beta.example")
    chart = "Chart.getChart(document.getElementById('explorer-canvas'))"
    assert page.evaluate(f"{chart}.data.datasets.map(d => d.label)") == ["beta.example"]
    page.select_option("#explorer-outlet", "")
    page.select_option("#explorer-by", "outlet")
    page.select_option("#explorer-measure", "toxic_share")
    assert page.evaluate(f"{chart}.config.type") == "bar"
    assert page.evaluate(f"{chart}.data.labels") == ["alpha.example", "beta.example"]
    page.mouse.move(*_point(page, 0, 1))
    tip.wait_for(state="visible", timeout=5_000)
    assert tip.inner_text() == "beta.example: 50.0 % of scored comments (2 pages)"

    with page.expect_download() as download:
        page.click("#explorer-csv")
    csv_text = Path(download.value.path()).read_text(encoding="utf-8")
    assert csv_text.splitlines()[0] == '"outlet","Toxic comments"'
    assert '"beta.example","50"' in csv_text
    with page.expect_download() as download:
        page.click("#explorer-png")
    assert Path(download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    assert problems == []
    assert all(re.match(r"^(file|data|blob|about):", url) for url in requests), requests
    context.close()
