"""The rendered fetch (issue 18) against a loopback site: comments that load by script, and escape attempts.

Every test allows exactly the site's own ``127.0.0.1:PORT`` (``ReadLimits.allowed_addresses``) and
nothing else; a second loopback server, the trap, must receive no connection at all. Each page either
yields its comments or stops cleanly (a one-line error) within its deadline.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from render_site import SCRIPT_COMMENTS, Site, Trap

import slant
from slant._errors import FetchError, ForbiddenURLError
from slant.readers import ReadLimits, read_bytes
from slant.readers._render import CHROMIUM

pytestmark = [
    pytest.mark.issue(18),
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"needs Debian's chromium at {CHROMIUM} (apt-get install chromium)"
    ),
]
pytest.importorskip("playwright.sync_api", reason="needs the playwright package (the render extra)")

# Short, so that a page that hangs costs the suite little; the pages here settle in 1-3 s.
TIMEOUT = 12.0


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


@pytest.fixture(autouse=True)
def _trap_hears_nothing(trap: Trap) -> Iterator[None]:
    before = len(trap.hits)
    yield
    assert trap.hits[before:] == [], "the trap server was reached"


def _limits(site: Site, **changes: object) -> ReadLimits:
    changes.setdefault("render_timeout", TIMEOUT)
    return ReadLimits(allowed_addresses=frozenset({f"127.0.0.1:{site.port}"}), **changes)  # type: ignore[arg-type]


def _render(site: Site, path: str, **changes: object) -> tuple[slant.Document, float]:
    started = time.monotonic()
    doc = slant.read(site.url(path), limits=_limits(site, **changes), render=True)
    return doc, time.monotonic() - started


def _texts(doc: slant.Document) -> list[str]:
    return [comment.text for comment in doc.comments]


def test_comments_that_arrive_by_script(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    doc, seconds = _render(site, "/script")
    assert _texts(doc) == [c["text"] for c in SCRIPT_COMMENTS]
    assert [c.author for c in doc.comments] == ["ann_river", "bob_m", "carla"]
    assert doc.meta["obtained"] == "rendered"
    assert doc.article.text.startswith("The council met")
    assert seconds < TIMEOUT + 5
    assert list(tmp_path.iterdir()) == [], "the browser profile was not deleted"


def test_without_render_the_same_page_has_no_comments(site: Site) -> None:
    doc = slant.read(site.url("/script"), limits=_limits(site))
    assert list(doc.comments) == [] and doc.meta["obtained"] == "fetched"


def test_comments_inside_an_iframe_belong_to_the_page(site: Site) -> None:
    doc, _ = _render(site, "/iframe")
    assert _texts(doc) == [c["text"] for c in SCRIPT_COMMENTS]


def test_comments_after_load_more_clicks(site: Site) -> None:
    doc, _ = _render(site, "/more")
    # three pages of two, then the button is gone
    assert len(doc.comments) == 6
    assert doc.meta["render"]["clicks"] == 3
    assert _texts(doc)[-1] == "Comment 1 of page 3: the bridge plan needs a vote."


def test_endless_load_more_stops_at_the_click_limit(site: Site) -> None:
    doc, seconds = _render(site, "/endless", render_clicks=3)
    assert len(doc.comments) == 3 and doc.meta["render"]["clicks"] == 3
    assert seconds < TIMEOUT + 5


def test_escape_attempts_reach_nothing_and_the_comments_still_come(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # subresources, a frame, fetch, XHR, a WebSocket, a beacon, WebRTC, a popup and a redirect, all to the
    # trap; a file:// frame; a permission prompt; a download link that clicks itself
    from slant.readers._render import render_url

    monkeypatch.chdir(tmp_path)
    page = render_url(site.url("/escape"), limits=_limits(site))
    doc = read_bytes(page.html.encode(), format="html", url=page.url)
    assert _texts(doc) == [c["text"] for c in SCRIPT_COMMENTS]
    reasons = {refusal.target: refusal.reason for refusal in page.refused}
    assert "loopback" in reasons[f"127.0.0.1:{site.trap_port}"]
    assert "link-local" in reasons["169.254.169.254:80"]
    assert "private" in reasons["10.0.0.1:80"]
    assert "/redirect-to-trap" in site.requests  # the redirect was followed... to the proxy's refusal
    assert "root:" not in page.html  # a file:// frame shows nothing of the file
    assert 'id="geo" hidden="">refused 1<' in page.html  # geolocation: PERMISSION_DENIED, no prompt
    assert list(tmp_path.iterdir()) == []  # nothing downloaded


def test_a_redirect_to_a_private_address_is_refused(site: Site) -> None:
    # (a redirect to the trap, and one of a script's requests, are in the escape page above)
    with pytest.raises(
        ForbiddenURLError, match=r"led the browser to 10\.0\.0\.1:80, which slant refuses: .*private"
    ):
        _render(site, "/redirect-private")


def test_the_start_url_is_checked_before_the_browser_starts(trap: Trap) -> None:
    started = time.monotonic()
    with pytest.raises(ForbiddenURLError, match="loopback"):
        slant.read(f"http://127.0.0.1:{trap.port}/", render=True)
    assert time.monotonic() - started < 1


def test_a_download_is_refused(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (the escape page also clicks a download link of its own; its render goes on)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FetchError, match="download, not a page"):
        _render(site, "/download")
    assert list(tmp_path.iterdir()) == []


def test_a_page_that_never_finishes_loading_is_read_as_far_as_it_came(site: Site) -> None:
    doc, seconds = _render(site, "/never", render_timeout=6.0)
    assert _texts(doc) == ["This page never stops loading, but my comment is here."]
    assert seconds < 6.0 + 5


def test_a_page_that_allocates_memory_without_end_is_stopped(site: Site) -> None:
    started = time.monotonic()
    try:
        doc, _ = _render(site, "/memory", render_memory_mb=700)
    except FetchError as error:
        assert "memory" in str(error)
    else:
        assert doc.meta["render"]["stopped"] == "memory"
        assert _texts(doc) == ["A comment on a page that eats memory."]
    assert time.monotonic() - started < TIMEOUT + 5


def test_the_byte_cap_cuts_the_traffic(site: Site) -> None:
    doc, _ = _render(site, "/heavy", render_max_bytes=500_000)
    assert doc.meta["render"]["stopped"] == "bytes"
    assert _texts(doc) == ["A comment on a page with a huge script."]
