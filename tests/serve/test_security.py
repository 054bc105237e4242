"""API keys, the rate limit, CORS, security headers and what error messages may say."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from slant._errors import InputError, ModelError
from slant.serve import ServeSettings
from slant.serve._dependencies import RateLimiter
from slant.serve._errors import public_message

from .conftest import ApiClient, assert_error

COMMENTS = {"comments": ["hello there"]}


def test_without_keys_the_api_is_open(client: ApiClient) -> None:
    assert client.post("/v1/toxicity", json=COMMENTS).status_code == 200


def test_with_keys_a_valid_key_is_required(make_client: Callable[..., ApiClient]) -> None:
    client = make_client(api_keys=frozenset({"k-one", "k-two"}))
    response = client.post("/v1/toxicity", json=COMMENTS)
    assert "API key" in assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"
    assert_error(
        client.post("/v1/toxicity", json=COMMENTS, headers={"X-API-Key": "k-three"}), 401, "unauthorized"
    )
    assert_error(
        client.post("/v1/analyze", json={"text": "x"}, headers={"Authorization": "Basic k-one"}),
        401,
        "unauthorized",
    )
    assert client.post("/v1/toxicity", json=COMMENTS, headers={"X-API-Key": "k-one"}).status_code == 200
    assert (
        client.post("/v1/toxicity", json=COMMENTS, headers={"Authorization": "Bearer k-two"}).status_code
        == 200
    )
    # Health, the page and the docs stay open so a load balancer and a browser can reach them.
    for path in ("/healthz", "/", "/openapi.json", "/docs"):
        assert client.get(path).status_code == 200, path


def test_keys_come_from_the_environment_too() -> None:
    settings = ServeSettings.from_env({"SLANT_API_KEYS": " a, b ,,"}, api_keys=frozenset({"c"}), port=9000)
    assert settings.api_keys == frozenset({"a", "b", "c"}) and settings.port == 9000


def test_rate_limit_answers_429_with_retry_after(make_client: Callable[..., ApiClient]) -> None:
    client = make_client(rate_limit=2, api_keys=frozenset({"alice", "bob"}))
    alice = {"X-API-Key": "alice"}
    assert [client.post("/v1/toxicity", json=COMMENTS, headers=alice).status_code for _ in range(2)] == [
        200,
        200,
    ]
    response = client.post("/v1/toxicity", json=COMMENTS, headers=alice)
    assert "2 requests a minute" in assert_error(response, 429, "rate_limited")
    assert int(response.headers["retry-after"]) >= 1
    # Each key has its own bucket.
    assert client.post("/v1/toxicity", json=COMMENTS, headers={"X-API-Key": "bob"}).status_code == 200


def test_rate_limiter_refills_over_time() -> None:
    now = [0.0]
    limiter = RateLimiter(60, clock=lambda: now[0])  # one a second, bursts of 60
    assert all(limiter.acquire("a") == 0 for _ in range(60))
    assert limiter.acquire("a") == pytest.approx(1.0)
    now[0] += 1.0
    assert limiter.acquire("a") == 0 and limiter.acquire("a") > 0
    assert RateLimiter(0).acquire("a") == 0  # 0 = no limit


def test_cors_is_closed_by_default(client: ApiClient) -> None:
    origin = {"Origin": "https://evil.example"}
    response = client.post("/v1/toxicity", json=COMMENTS, headers=origin)
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options("/v1/analyze", headers={**origin, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_opens_only_to_named_origins(make_client: Callable[..., ApiClient]) -> None:
    client = make_client(cors_origins=("https://newsroom.example",))
    allowed = client.options(
        "/v1/analyze",
        headers={"Origin": "https://newsroom.example", "Access-Control-Request-Method": "POST"},
    )
    assert allowed.headers["access-control-allow-origin"] == "https://newsroom.example"
    other = client.post("/v1/toxicity", json=COMMENTS, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_security_headers_are_on_api_answers_and_errors_too(client: ApiClient) -> None:
    for response in (client.post("/v1/toxicity", json=COMMENTS), client.get("/nothing")):
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
        assert response.headers["x-frame-options"] == "DENY"


def test_error_messages_hide_server_paths_but_keep_urls() -> None:
    assert (
        public_message(ModelError("no model in /srv/app/slant/data/x; train one"))
        == "no model in <path>; train one"
    )
    message = public_message(InputError("https://news.example/a/b returned junk\nsecond line"))
    assert message == "https://news.example/a/b returned junk"


@pytest.mark.parametrize(
    "settings",
    [
        {"port": 70000},
        {"max_body_bytes": 0},
        {"request_timeout": 0},
        {"rate_limit": -1},
        {"cors_origins": ("*",), "api_keys": frozenset({"k"})},
    ],
)
def test_bad_settings_fail_with_a_clear_error(settings: dict[str, object]) -> None:
    with pytest.raises(InputError, match=r"serve setting|CORS"):
        ServeSettings(**settings)  # type: ignore[arg-type]
