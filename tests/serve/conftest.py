"""Fixtures of the serve tests: a synchronous client over the ASGI app (no sockets, no network)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest
from anyio.from_thread import start_blocking_portal

from slant.serve import ServeSettings, create_app

# Annotators the analyze tests run: the toxicity model ships with slant, so the tests do not wait
# on the rule-based annotators being installed; /v1/analyze runs whatever pipeline it is given.
TEST_PIPELINE = ("toxicity",)


class ApiClient:
    """Calls an app in-process through httpx's ASGI transport, from synchronous tests."""

    def __init__(self, app: Any, stack: ExitStack) -> None:
        self.app = app
        self._portal = stack.enter_context(start_blocking_portal())
        self._client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app, raise_app_exceptions=False), base_url="http://testserver"
        )
        stack.callback(lambda: self._portal.call(self._client.aclose))

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._portal.call(functools.partial(self._client.request, method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def options(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("OPTIONS", url, **kwargs)


@pytest.fixture
def make_client() -> Iterator[Callable[..., ApiClient]]:
    """``make_client(**settings, url_transport=..., url_resolver=...)`` builds an app and a client to it."""
    with ExitStack() as stack:

        def make(*, url_transport: Any = None, url_resolver: Any = None, **settings: Any) -> ApiClient:
            settings.setdefault("pipeline", TEST_PIPELINE)
            app = create_app(
                ServeSettings(**settings),
                url_transport=url_transport,
                url_resolver=url_resolver,
                preload=False,
            )
            return ApiClient(app, stack)

        yield make


@pytest.fixture
def client(make_client: Callable[..., ApiClient]) -> ApiClient:
    return make_client()


def assert_error(response: httpx.Response, status: int, code: str) -> str:
    """Check a JSON error of the one shape; return its message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert body["error"]["code"] == code, body
    message: str = body["error"]["message"]
    assert message and "\n" not in message and "Traceback" not in message and "/work/" not in message
    return message
