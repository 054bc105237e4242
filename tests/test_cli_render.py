"""``slant analyze URL --render`` (issue 18): one line saying what to install when it cannot render."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from render_site import SCRIPT_COMMENTS, Site, Trap

from slant._cli import _common, main
from slant.readers import _render
from slant.reports._json import document_schema

pytestmark = pytest.mark.issue(18)


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err, captured.err
    return lines[0]


def test_render_without_playwright_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "playwright", None)  # as when it is not installed
    assert main(["analyze", "https://news.example/story", "--render"]) == 9
    assert _one_line(capsys) == (
        "slant: error: --render needs playwright, which is not installed; "
        "install the render extra: pip install 'slant[render]'"
    )


def test_render_without_chromium_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(_render, "CHROMIUM", Path("/nonexistent/chromium"))
    assert main(["analyze", "https://news.example/story", "--render"]) == 9
    assert _one_line(capsys) == (
        "slant: error: --render needs Debian's chromium at /nonexistent/chromium, which is not installed; "
        "install it: apt-get install chromium (or set SLANT_CHROMIUM to a chromium binary)"
    )


def test_render_of_a_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>x</p>")
    assert main(["analyze", str(page), "--render"]) == 2
    assert "--render opens a URL in a browser" in _one_line(capsys)


def test_render_limits_out_of_range_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "https://news.example/story", "--render", "--render-timeout", "0"]) == 2
    assert "render timeout" in _one_line(capsys)


@pytest.fixture
def site() -> Iterator[Site]:
    trap = Trap()
    server = Site(trap.port)
    yield server
    server.close()
    assert trap.hits == []
    trap.close()


@pytest.mark.slow
@pytest.mark.skipif(not _render.CHROMIUM.exists(), reason=f"needs Debian's chromium at {_render.CHROMIUM}")
def test_analyze_url_render_json(
    site: Site, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("playwright.sync_api", reason="needs the playwright package (the render extra)")
    real = _common.limits_from_args

    def loopback_site_allowed(args: object) -> object:
        # the one address the test may reach; the CLI has no such option
        return dataclasses.replace(real(args), allowed_addresses=frozenset({f"127.0.0.1:{site.port}"}))  # type: ignore[arg-type]

    monkeypatch.setattr(_common, "limits_from_args", loopback_site_allowed)
    assert main(["analyze", site.url("/script"), "--render", "--json", "--pipeline", "toxicity"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, document_schema())  # meta.obtained and meta.render are in the schema
    assert data["meta"]["obtained"] == "rendered"
    assert [c["text"] for c in data["comments"]] == [c["text"] for c in SCRIPT_COMMENTS]
