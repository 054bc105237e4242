"""The map inside a page under the HTML report's and the dashboard's real CSPs, in Debian's chromium (issue 19).

A CSP violation shows as a console error; a reference to anything outside the SVG as a request.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from slant._geo import MapPoint, render_map_svg
from slant.corpus._report import _CSP as DASHBOARD_CSP
from slant.reports._html import _csp as report_csp

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
CSS = "body{font-family:sans-serif}"

pytestmark = [
    pytest.mark.issue(19),
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.mark.parametrize("policy", [report_csp(CSS), DASHBOARD_CSP], ids=["report", "dashboard"])
def test_the_map_draws_under_the_csp_with_no_violation_and_no_request(browser: object, policy: str) -> None:
    points = [
        MapPoint("Aleppo", 36.2, 37.16, 7, "Aleppo: 7 mentions"),
        MapPoint("<b>x</b>", 0, 180, 1, "edge"),
    ]
    svg = render_map_svg(points, caption="Places")
    html = (
        f'<!doctype html><html><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}"><style>{CSS}</style></head>'
        f"<body>{svg}</body></html>"
    )
    page = browser.new_page()  # type: ignore[attr-defined]
    messages: list[str] = []
    requests: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.on("request", lambda request: requests.append(request.url))
    page.set_content(html)
    page.wait_for_timeout(200)
    assert messages == [] and requests == []
    box = page.locator("svg").bounding_box()
    assert box is not None and box["width"] == 640
    # Presentation attributes apply under a CSP that forbids inline styles.
    assert page.evaluate("getComputedStyle(document.querySelector('circle')).fill") == "rgb(192, 57, 43)"
    assert page.locator("circle").count() == 2
    page.close()
