"""The web page's rendered-fetch option in a real browser (issue 18): offered only when the server renders,
and a URL whose comments load by script comes back with them.

Runs Debian's chromium twice over: once for the page under test (as tests/serve/test_browser.py does)
and once inside the server, for the render itself.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from render_site import SCRIPT_COMMENTS, Site, Trap

from slant.readers._render import CHROMIUM
from slant.serve import ServeSettings, create_app

from .test_browser import CHROMIUM_ARGS

pytestmark = [
    pytest.mark.issue(18),
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"needs Debian's chromium at {CHROMIUM} (apt-get install chromium)"
    ),
]


@pytest.fixture(scope="module")
def trap() -> Iterator[Trap]:
    server = Trap()
    yield server
    server.close()


@pytest.fixture(scope="module")
def site(trap: Trap) -> Iterator[Site]:
    server = Site(trap.port)
    yield server
    server.close()


@pytest.fixture(scope="module")
def base_url(site: Site) -> Iterator[str]:
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = ServeSettings(
        port=port,
        pipeline=("toxicity",),
        analysis_processes=False,
        render=True,
        render_timeout=15.0,
        allowed_addresses=(f"127.0.0.1:{site.port}",),
    )
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_the_render_option_in_the_web_page(browser: object, base_url: str, site: Site, trap: Trap) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(base_url + "/")
    page.check("input[name=mode][value=url]")
    page.wait_for_selector("#render-option:not([hidden])")  # the server said it renders
    page.fill("#url-box", site.url("/script"))
    page.check("#render-box")
    page.click("#analyze-button")
    assert "browser" in page.text_content("#status")
    page.wait_for_selector("#results:not([hidden])", timeout=60_000)
    assert page.locator("#comments > li").count() == len(SCRIPT_COMMENTS)
    shown = " ".join(page.text_content("#comments").split())
    assert all(comment["text"] in shown for comment in SCRIPT_COMMENTS)
    assert trap.hits == [] and problems == []

    # A server that does not render: the option is not offered, and the request carries no render.
    other = context.new_page()
    other.route(
        "**/healthz",
        lambda route: route.fulfill(
            status=200,
            content_type="application/json",
            body=json.dumps(
                {"status": "ok", "version": "x", "pipeline": [], "annotators": [], "render": False}
            ),
        ),
    )
    other.goto(base_url + "/")
    other.check("input[name=mode][value=url]")
    other.wait_for_load_state("networkidle")
    assert other.locator("#render-option").is_hidden()
    context.close()
