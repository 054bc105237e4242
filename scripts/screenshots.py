"""Remake the README's screenshots (docs/images/) from the code as it is now.

    python scripts/screenshots.py            # all four: report, report-phone, serve, serve-phone

Needs Debian's chromium (``apt-get install chromium``) and the dev extra's Playwright; never a
downloaded browser. The HTML report of the bundled example page is written to a temporary file and
shot at 1200 and 390 px; ``slant serve`` is started on a free loopback port, the example page is
pasted into the web page and analysed, and the page is shot at 1280 and 390 px. Nothing leaves the
machine: the browser is refused every request that is not to the local server or a local file.
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "images"
EXAMPLE = ROOT / "examples" / "news-page-with-comments.txt"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _local_only(page: Any, allowed: tuple[str, ...]) -> None:
    def route(route: Any) -> None:
        if route.request.url.startswith(allowed):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", route)


def shoot_report(browser: Any) -> None:
    import slant
    from slant.reports import render_html

    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.html"
        # The path as a reader of the README types it, not this machine's absolute one.
        report.write_text(render_html(slant.analyze(EXAMPLE.relative_to(ROOT))), encoding="utf-8")
        for name, width, height in (("report.png", 1200, 1600), ("report-phone.png", 390, 1400)):
            page = browser.new_page(viewport={"width": width, "height": height})
            _local_only(page, ("file://", "data:"))
            page.goto(report.as_uri())
            page.screenshot(path=str(IMAGES / name))
            page.close()
            print(f"wrote {IMAGES / name}")


def _serve() -> tuple[str, Any]:
    import uvicorn

    from slant.serve import ServeSettings, create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(ServeSettings(port=port)), host="127.0.0.1", port=port, log_level="warning")
    )
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("slant serve did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def shoot_serve(browser: Any) -> None:
    base, server = _serve()
    try:
        text = EXAMPLE.read_text(encoding="utf-8")
        for name, width, height in (("serve.png", 1280, 1500), ("serve-phone.png", 390, 1400)):
            page = browser.new_page(viewport={"width": width, "height": height})
            _local_only(page, (base, "data:", "blob:"))
            page.goto(base + "/")
            page.fill("#paste-box", text)
            page.click("#analyze-button")
            page.wait_for_selector("#results:not([hidden])", timeout=60_000)
            page.screenshot(path=str(IMAGES / name))
            page.close()
            print(f"wrote {IMAGES / name}")
    finally:
        server.should_exit = True


def main() -> int:
    if not CHROMIUM.exists():
        print("needs Debian's chromium at /usr/bin/chromium: apt-get install chromium", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    os.chdir(ROOT)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            shoot_report(browser)
            shoot_serve(browser)
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
