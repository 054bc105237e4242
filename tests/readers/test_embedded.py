"""Comments a page carries as data, read without a browser (issue 18): JSON state, and a named comments API."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from render_site import SCRIPT_COMMENTS, Site, Trap

import slant
from slant.readers import ReadLimits, read_bytes
from slant.readers._obtain import obtain_url

pytestmark = pytest.mark.issue(18)

ARTICLE = (
    "<article><h1>Bridge vote</h1>"
    + "<p>The council met on Monday to argue about the bridge plan again.</p>" * 4
    + "</article>"
)


def _html(body: str) -> bytes:
    return f"<html><body>{ARTICLE}{body}</body></html>".encode()


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    trap = Trap()
    server = Site(trap.port)
    yield server
    server.close()
    trap.close()


def test_comments_in_a_next_data_script() -> None:
    state = {
        "props": {
            "pageProps": {
                "comments": [
                    {
                        "id": 11,
                        "user": {"displayName": "Ann R"},
                        "body": "<p>Too <b>expensive</b>.</p>",
                        "createdAt": "2024-03-02T10:00:00Z",
                        "replies": [{"id": 12, "user": {"displayName": "Bob"}, "body": "Not at all."}],
                    },
                    {
                        "id": 13,
                        "user": {"displayName": "Cy"},
                        "body": "Where is the money from?",
                        "parentId": None,
                    },
                ]
            }
        }
    }
    body = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    doc = read_bytes(_html(body), format="html")
    assert [(c.author, c.parent) for c in doc.comments] == [("Ann R", None), ("Bob", "c1"), ("Cy", None)]
    # the comment's HTML is read as text, never kept as markup
    assert [" ".join(c.text.split()) for c in doc.comments] == [
        "Too expensive.",
        "Not at all.",
        "Where is the money from?",
    ]
    assert doc.comments[0].published is not None and doc.comments[0].published.startswith("2024-03-02")
    assert doc.meta["comment_markup"] == "embedded"


def test_comments_in_a_window_state_assignment_with_parents_by_id() -> None:
    body = (
        "<script>window.__INITIAL_STATE__ = "
        + json.dumps({"discussion": {"comments": SCRIPT_COMMENTS}})
        + ";\nwindow.other = 1;</script>"
    )
    doc = read_bytes(_html(body), format="html")
    assert [c.author for c in doc.comments] == ["ann_river", "bob_m", "carla"]
    assert [c.parent for c in doc.comments] == [None, "c1", None]


def test_a_list_of_stories_is_not_taken_for_comments() -> None:
    stories = [{"author": "Staff writer", "body": f"Story {i} of the day, with a summary."} for i in range(5)]
    body = f'<script type="application/json">{json.dumps({"related": stories})}</script>'
    doc = read_bytes(_html(body), format="html")
    assert list(doc.comments) == []


def test_markup_comments_win_over_page_state() -> None:
    body = (
        '<div class="comment"><span class="comment-author">real</span><p class="comment-text">In the markup.</p></div>'
        f'<script type="application/json">{json.dumps({"comments": SCRIPT_COMMENTS})}</script>'
    )
    doc = read_bytes(_html(body), format="html")
    assert [c.author for c in doc.comments] == ["real"]


def test_a_huge_or_deep_state_script_is_bounded() -> None:
    deep = "[" * 50_000 + "]" * 50_000
    doc = read_bytes(_html(f'<script type="application/json">{deep}</script>'), format="html")
    assert list(doc.comments) == []


def _site_limits(site: Site) -> ReadLimits:
    return ReadLimits(allowed_addresses=frozenset({f"127.0.0.1:{site.port}"}))


def test_a_named_comments_api_is_fetched_without_a_browser(site: Site) -> None:
    page = obtain_url(site.url("/api-page"), limits=_site_limits(site))
    assert page.meta == {"obtained": "fetched", "comments_api": site.url("/api/comments")}
    doc = slant.read(site.url("/api-page"), limits=_site_limits(site))
    assert [c.text for c in doc.comments] == [c["text"] for c in SCRIPT_COMMENTS]
    assert doc.meta["obtained"] == "fetched" and doc.meta["comments_api"] == site.url("/api/comments")


def test_page_state_comments_from_a_url(site: Site) -> None:
    doc = slant.read(site.url("/state-page"), limits=_site_limits(site))
    assert [c.author for c in doc.comments] == ["ann_river", "bob_m", "carla"]
    assert "comments_api" not in doc.meta


def test_a_comments_api_at_a_forbidden_address_is_not_fetched() -> None:
    asked: list[str] = []
    page = _html('<div data-comments-url="http://10.1.2.3/api/comments"></div>')

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(200, content=page, headers={"content-type": "text/html"})

    def resolve(host: str, port: int) -> list[str]:
        return {"news.example": ["93.184.216.34"]}.get(host, [host])

    obtained = obtain_url(
        "https://news.example/story",
        limits=ReadLimits(),
        transport=httpx.MockTransport(handler),
        resolver=resolve,
    )
    assert obtained.meta == {"obtained": "fetched"}
    assert len(asked) == 1  # the page only: the private API address was refused before any request
