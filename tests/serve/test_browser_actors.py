"""The web page's "Who and where" card with the server's offline map, in chromium (issue 19, part 4)."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from slant.serve import ServeSettings, create_app

from .test_browser import _analyse, _open, browser  # noqa: F401  (fixtures)
from .test_browser import pytestmark as browser_marks

pytest.importorskip("natasha", reason="the actors extra is not installed")

pytestmark = [*browser_marks, pytest.mark.issue(19), pytest.mark.model]


@pytest.fixture(scope="module")
def actors_url() -> Iterator[str]:
    """A loopback server that runs the actors annotator (``slant serve --with actors``) after a few rule-based ones."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    pipeline = ("sentences", "language", "links", "quotes", "actors")
    app = create_app(ServeSettings(port=port, pipeline=pipeline))
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
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


def test_actors_are_listed_and_places_drawn_on_the_map(
    browser: object,  # noqa: F811
    actors_url: str,
    example_page: Path,
) -> None:
    page, problems = _open(browser, actors_url)
    _analyse(page, example_page.read_text(encoding="utf-8"))
    box = page.locator("#actors")  # type: ignore[attr-defined]
    text = box.inner_text()
    # The counts the terminal and the HTML report give for the same page (the map's count is the gazetteer's).
    assert re.search(r"^14 people, 18 organisations, 16 places \(1\d on the map\)$", text, re.MULTILINE)
    assert "Sergey Lavrov — person: 1 in the article, 4 in 3 comments" in text
    assert "sources: named 3" in text
    # The server's SVG, shown as an image (CSP: img-src 'self' data:), decoded and drawn.
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => { const m = document.getElementById('actors-map'); return m && m.complete && m.naturalWidth > 0; }",
        timeout=30_000,
    )
    assert problems == []
