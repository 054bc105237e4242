"""URL analysis through the API: only public addresses, checked again after every redirect."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from .conftest import ApiClient, assert_error

PUBLIC = "93.184.215.14"


def resolver(table: dict[str, str]) -> Callable[[str, int], list[str]]:
    def resolve(host: str, port: int) -> list[str]:
        return [table[host]]

    return resolve


def test_public_url_is_fetched_and_analysed(
    make_client: Callable[..., ApiClient], example_page: Path
) -> None:
    page = example_page.read_bytes()
    seen: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers["host"]))
        return httpx.Response(200, content=page, headers={"content-type": "text/plain; charset=utf-8"})

    client = make_client(
        url_transport=httpx.MockTransport(handler), url_resolver=resolver({"news.example": PUBLIC})
    )
    response = client.post("/v1/analyze", json={"url": "https://news.example/story"})
    assert response.status_code == 200, response.text
    body = response.json()
    # The connection goes to the address that was checked, with the name in the Host header.
    assert seen == [(PUBLIC, "news.example")]
    assert body["url"] == "https://news.example/story" and len(body["comments"]) > 5


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("169.254.169.254", "link-local"),
        ("::1", "loopback"),
    ],
)
def test_private_loopback_and_link_local_targets_are_refused(
    make_client: Callable[..., ApiClient], address: str, reason: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("a forbidden address must not be requested")

    client = make_client(
        url_transport=httpx.MockTransport(handler), url_resolver=resolver({"inside.example": address})
    )
    message = assert_error(
        client.post("/v1/analyze", json={"url": "http://inside.example/admin"}), 422, "forbidden_url"
    )
    assert reason in message


def test_redirect_to_a_private_address_is_refused(make_client: Callable[..., ApiClient]) -> None:
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.headers["host"])
        return httpx.Response(302, headers={"location": "http://metadata.internal/latest/meta-data"})

    table = {"news.example": PUBLIC, "metadata.internal": "169.254.169.254"}
    client = make_client(url_transport=httpx.MockTransport(handler), url_resolver=resolver(table))
    message = assert_error(
        client.post("/v1/analyze", json={"url": "https://news.example/r"}), 422, "forbidden_url"
    )
    assert "169.254.169.254" in message and requested == ["news.example"]


def test_other_schemes_are_refused(client: ApiClient) -> None:
    for url in ("file:///etc/passwd", "ftp://news.example/x", "gopher://news.example/"):
        assert_error(client.post("/v1/analyze", json={"url": url}), 422, "forbidden_url")


def test_unreachable_url_is_502(make_client: Callable[..., ApiClient]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = make_client(
        url_transport=httpx.MockTransport(handler), url_resolver=resolver({"down.example": PUBLIC})
    )
    assert_error(client.post("/v1/analyze", json={"url": "https://down.example/"}), 502, "fetch_failed")


def test_http_error_of_the_site_is_502(make_client: Callable[..., ApiClient]) -> None:
    client = make_client(
        url_transport=httpx.MockTransport(lambda request: httpx.Response(404)),
        url_resolver=resolver({"news.example": PUBLIC}),
    )
    assert "404" in assert_error(
        client.post("/v1/analyze", json={"url": "https://news.example/gone"}), 502, "fetch_failed"
    )


def test_oversized_remote_page_is_413(make_client: Callable[..., ApiClient]) -> None:
    client = make_client(
        max_body_bytes=2_000,
        url_transport=httpx.MockTransport(lambda request: httpx.Response(200, content=b"word " * 2_000)),
        url_resolver=resolver({"news.example": PUBLIC}),
    )
    assert_error(
        client.post("/v1/analyze", json={"url": "https://news.example/huge"}), 413, "input_too_large"
    )


@pytest.mark.parametrize("url", ["\x1b", "https://", "http:///path", "not a url at all"])
def test_malformed_urls_are_422(client: ApiClient, url: str) -> None:
    response = client.post("/v1/analyze", json={"url": url})
    assert response.status_code == 422, response.text
