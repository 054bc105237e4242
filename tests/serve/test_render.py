"""``POST /v1/analyze`` with ``"render": true`` (issue 18): off unless the operator enables it, bounded, and safe."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from render_site import SCRIPT_COMMENTS, Site, Trap

from slant._errors import DependencyError
from slant.readers import _render
from slant.serve import ServeSettings, create_app

from .conftest import ApiClient, assert_error

pytestmark = pytest.mark.issue(18)


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


def test_rendering_is_off_unless_the_operator_enables_it(
    make_client: Callable[..., ApiClient], site: Site
) -> None:
    client = make_client(allowed_addresses=(f"127.0.0.1:{site.port}",))
    assert client.get("/healthz").json()["render"] is False
    message = assert_error(
        client.post("/v1/analyze", json={"url": site.url("/script"), "render": True}), 422, "render_disabled"
    )
    assert "--allow-render" in message
    assert "/script" not in site.requests  # refused before anything was fetched


def test_render_applies_to_urls_only(client: ApiClient) -> None:
    response = client.post("/v1/analyze", json={"text": "Headline\n\nSome text.", "render": True})
    assert response.status_code == 422 and "url only" in response.text


def test_enabling_rendering_without_chromium_fails_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    monkeypatch.setattr(_render, "CHROMIUM", Path("/nonexistent/chromium"))
    with pytest.raises(
        DependencyError,
        match=r"slant serve --allow-render needs Debian's chromium .*apt-get install chromium",
    ):
        create_app(ServeSettings(render=True, pipeline=("toxicity",)), preload=False)


@pytest.mark.slow
@pytest.mark.skipif(not _render.CHROMIUM.exists(), reason=f"needs Debian's chromium at {_render.CHROMIUM}")
def test_a_rendered_url_is_analysed_and_renders_are_bounded(
    make_client: Callable[..., ApiClient], site: Site, trap: Trap
) -> None:
    pytest.importorskip("playwright.sync_api", reason="needs the playwright package (the render extra)")
    client = make_client(
        render=True, max_renders=1, render_timeout=15.0, allowed_addresses=(f"127.0.0.1:{site.port}",)
    )
    assert client.get("/healthz").json()["render"] is True
    response = client.post("/v1/analyze", json={"url": site.url("/escape"), "render": True})
    assert response.status_code == 200, response.text
    body = response.json()
    assert [c["text"] for c in body["comments"]] == [c["text"] for c in SCRIPT_COMMENTS]
    assert body["meta"]["obtained"] == "rendered" and body["meta"]["render"]["refused"] >= 3
    assert trap.hits == []
    # the same URL without render: fetched, and its comments are not in its HTML
    fetched = client.post("/v1/analyze", json={"url": site.url("/escape")}).json()
    assert fetched["comments"] == [] and fetched["meta"]["obtained"] == "fetched"

    # every render slot taken: one more is answered 503 at once, with Retry-After
    token = object()
    slots = client.app.state.render_slots
    client._portal.call(slots.acquire_on_behalf_of_nowait, token)
    try:
        busy = client.post("/v1/analyze", json={"url": site.url("/script"), "render": True})
        assert_error(busy, 503, "render_busy")
        assert int(busy.headers["retry-after"]) >= 1
    finally:
        client._portal.call(slots.release_on_behalf_of, token)
