"""Corpus runs over lists of URLs (issue 18): fetched politely, resumed without fetching again, rendered on request."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_annotators import PIPELINE
from render_site import SCRIPT_COMMENTS, Site, Trap

from slant.corpus import FetchPolicy, InProcessEngine, iter_tasks, query, run_corpus
from slant.readers import ReadLimits
from slant.readers._render import CHROMIUM

pytestmark = pytest.mark.issue(18)


@pytest.fixture(scope="module")
def trap() -> Iterator[Trap]:
    server = Trap()
    yield server
    server.close()


@pytest.fixture
def site(trap: Trap) -> Iterator[Site]:
    server = Site(trap.port)
    yield server
    server.close()
    assert trap.hits == []


def _list(tmp_path: Path, site: Site, *paths: str, extra: str = "") -> Path:
    listing = tmp_path / "stories.urls"
    listing.write_text("# stories to read\n\n" + "".join(site.url(p) + "\n" for p in paths) + extra)
    return listing


def _run(listing: Path, out: Path, site: Site, **policy: object) -> object:
    return run_corpus(
        [listing],
        out,
        engine=InProcessEngine(workers=0),
        pipeline=PIPELINE,
        limits=ReadLimits(allowed_addresses=frozenset({f"127.0.0.1:{site.port}"})),
        fetching=FetchPolicy(**policy),  # type: ignore[arg-type]
        count_total=False,
    )


def test_the_tasks_of_a_url_list_hold_no_page_yet(tmp_path: Path, site: Site) -> None:
    listing = _list(tmp_path, site, "/state-page", "/api-page", extra="not a url\n")
    tasks = list(iter_tasks([listing]))
    assert [(t.fetch, t.data, t.error is not None) for t in tasks] == [
        (True, b"", False),
        (True, b"", False),
        (False, b"", True),
    ]
    assert site.requests == []  # nothing fetched when the inputs are listed (or counted)


def test_a_url_list_inside_a_folder_is_not_read(tmp_path: Path, site: Site) -> None:
    # Giving a folder of saved pages must not start fetching from the network.
    folder = tmp_path / "pages"
    folder.mkdir()
    _list(folder, site, "/state-page")
    assert list(iter_tasks([folder])) == []
    assert [task.fetch for task in iter_tasks([folder / "stories.urls"])] == [True]


def test_a_url_list_is_fetched_politely_and_resumed_without_fetching_again(
    tmp_path: Path, site: Site
) -> None:
    listing = _list(
        tmp_path, site, "/state-page", "/api-page", "/private/secret", "/missing", extra="ftp://x/\n"
    )
    summary = _run(listing, tmp_path / "run", site, host_delay=0.3)
    assert (summary.pages, summary.errors) == (2, 3)  # type: ignore[attr-defined]
    reasons = dict(query(tmp_path / "run", "select source, reason from errors").rows)
    assert "disallowed for slant by its site's robots.txt" in reasons[site.url("/private/secret")]
    assert "HTTP 404" in reasons[site.url("/missing")]
    assert "/private/secret" not in site.requests
    (count,) = query(tmp_path / "run", "select count(*) from comments").rows[0]
    assert count == 2 * len(SCRIPT_COMMENTS)  # from page state, and from the comments API the page names
    # robots.txt once, first; then one page of this host at a time, at least host_delay apart
    assert site.requests[0] == "/robots.txt" and site.requests.count("/robots.txt") == 1
    starts = [
        when for when, path in site.times if path in {"/robots.txt", "/state-page", "/api-page", "/missing"}
    ]
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert min(gaps) >= 0.29, (gaps, site.times)

    asked = len(site.requests)
    again = _run(listing, tmp_path / "run", site, host_delay=0.3)
    assert (again.pages, again.errors, again.skipped) == (0, 0, 5)  # type: ignore[attr-defined]
    assert len(site.requests) == asked  # nothing fetched again
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert manifest["invocations"][0]["settings"]["fetching"] == {
        "render": False,
        "concurrency": 2,
        "per_host": 1,
        "host_delay": 0.3,
        "robots": True,
    }


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"needs Debian's chromium at {CHROMIUM}")
def test_a_url_list_rendered(tmp_path: Path, site: Site) -> None:
    pytest.importorskip("playwright.sync_api", reason="needs the playwright package (the render extra)")
    listing = _list(tmp_path, site, "/script")
    summary = _run(listing, tmp_path / "run", site, render=True, host_delay=0.0)
    assert (summary.pages, summary.errors) == (1, 0)  # type: ignore[attr-defined]
    (count,) = query(tmp_path / "run", "select count(*) from comments").rows[0]
    assert count == len(SCRIPT_COMMENTS)
