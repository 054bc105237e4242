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


@pytest.mark.issue(14)
def test_comments_whose_fields_sit_in_wrapper_objects() -> None:
    # a thread view: each reply wraps its post, which wraps the record holding the text
    def reply(handle: str, name: str, text: str, *replies: dict[str, object]) -> dict[str, object]:
        post = {"uri": f"at://{handle}/1", "author": {"handle": handle, "displayName": name}}
        post["record"] = {"text": text, "createdAt": "2025-03-08T10:21:00.000Z"}
        return {"post": post, "replies": list(replies)}

    state = {
        "thread": {
            "post": {"author": {"displayName": "The blog"}, "record": {"text": "New post: the bridge vote"}},
            "replies": [
                reply(
                    "ann.example", "Ann R", "The vote is long overdue.", reply("bob.example", "Bob", "It is.")
                ),
                reply("cy.example", "Cy", "Who pays for the bridge?"),
            ],
        }
    }
    body = f'<div id="replies"></div><script type="application/json">{json.dumps(state)}</script>'
    doc = read_bytes(_html(body), format="html")
    assert [(c.author, c.text, c.parent) for c in doc.comments] == [
        ("Ann R", "The vote is long overdue.", None),
        ("Bob", "It is.", "c1"),
        ("Cy", "Who pays for the bridge?", None),
    ]


@pytest.mark.issue(14)
def test_a_threaded_list_under_a_plain_key_with_authors_by_id() -> None:
    # the list sits under "content" (no comment word), its items name a parent and a time (seconds
    # since 1970), and their authors by an id the state resolves elsewhere
    entries = [
        {
            "content": {
                "id": "1",
                "parentId": "",
                "authorId": "u-ann",
                "bodyHtml": "<p>Too expensive.</p>",
                "createdAt": 1741425660,
            }
        },
        {
            "content": {
                "id": "2",
                "parentId": "1",
                "authorId": "u-bob",
                "bodyHtml": "<p>Not at all.</p>",
                "createdAt": 1741427700,
            }
        },
        {
            "content": {
                "id": "3",
                "parentId": "",
                "authorId": "u-cy",
                "bodyHtml": "<p>Where is it from?</p>",
                "createdAt": 1741429800,
            }
        },
    ]
    people = {
        "u-ann": {"displayName": "Ann R"},
        "u-bob": {"displayName": "Bob"},
        "u-cy": {"displayName": "Cy"},
    }
    state = {"headDocument": {"content": entries, "authors": people}}
    body = f"<script>window.BOOT = {json.dumps(state)};</script>"
    doc = read_bytes(_html(body), format="html")
    assert [(c.author, c.text, c.parent) for c in doc.comments] == [
        ("Ann R", "Too expensive.", None),
        ("Bob", "Not at all.", "c1"),
        ("Cy", "Where is it from?", None),
    ]
    assert doc.comments[0].published == "2025-03-08T09:21:00+00:00"


@pytest.mark.issue(14)
def test_a_menu_or_a_story_list_under_a_plain_key_is_no_thread() -> None:
    menu = [{"id": i, "text": f"Section {i}", "name": f"section-{i}", "parent": 0} for i in range(5)]
    stories = [
        {"author": "Staff", "body": f"Story {i}, with a summary.", "date": "2025-03-0{i + 1}"}
        for i in range(5)
    ]
    body = f'<script type="application/json">{json.dumps({"menu": menu, "items": stories})}</script>'
    doc = read_bytes(_html(body), format="html")
    assert list(doc.comments) == []
