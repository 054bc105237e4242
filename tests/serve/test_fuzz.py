"""The OpenAPI schema fuzzed with schemathesis: whatever a client sends, the server never fails with a 5xx.

The one 5xx allowed is the documented 503 of ``/v1/techniques`` when the techniques model is not
installed on this machine. URLs are fetched through a mock transport behind a fake resolver, so the
fuzzer never reaches the network.
"""

from __future__ import annotations

import httpx
import pytest

pytest.importorskip("schemathesis", reason="needs the schemathesis package (dev extra)")

import schemathesis
from hypothesis import HealthCheck, settings

from slant.serve import ServeSettings, create_app
from slant.serve._errors import ApiError
from slant.serve._pipelines import pipeline_for

from .conftest import TEST_PIPELINE

_PAGE = b"Headline here\n\n" + b"The minister said the reforms would be finished by the end of the year. " * 3


def _techniques_available() -> bool:
    try:
        pipeline_for("techniques")
    except ApiError:
        return False
    return True


app = create_app(
    ServeSettings(pipeline=TEST_PIPELINE, max_batch=16, max_text_chars=5_000, max_body_bytes=50_000),
    url_transport=httpx.MockTransport(lambda request: httpx.Response(200, content=_PAGE)),
    url_resolver=lambda host, port: ["93.184.215.14"],
    preload=False,
)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_no_request_makes_the_server_fail(case: schemathesis.Case) -> None:
    response = case.call()
    if response.status_code == 503 and case.path == "/v1/techniques" and not _techniques_available():
        return
    assert response.status_code < 500, (
        f"{case.method} {case.path} -> {response.status_code}: {response.text[:300]}"
    )
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
