"""The health check, the page and its assets, the API docs and the OpenAPI schema."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from slant.serve._routes_page import static_dir

from .conftest import ApiClient, assert_error


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.inline_scripts = 0
        self.handlers: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "href", "action"):
            if values.get(name):
                self.refs.append(str(values[name]))
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        if tag == "script" and not values.get("src"):
            self._in_script = True

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_scripts += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False


def test_healthz_says_ok_and_what_runs(client: ApiClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["pipeline"] == ["toxicity"]
    assert "toxicity" in body["annotators"]


def test_page_is_served_with_a_strict_content_security_policy(client: ApiClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"  # no inline script, no eval, no other host
    assert directives["connect-src"] == "'self'" and directives["frame-ancestors"] == "'none'"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_page_fetches_nothing_from_outside_and_has_no_inline_code(client: ApiClient) -> None:
    parser = _Refs()
    parser.feed(client.get("/").text)
    assert parser.refs, "the page should load its own CSS and JS"
    for ref in parser.refs:
        assert ref.startswith(("/", "#", "data:")), f"external or relative reference {ref!r}"
    assert parser.inline_scripts == 0 and parser.handlers == []
    for ref in parser.refs:
        if ref.startswith("/static/"):
            assert client.get(ref).status_code == 200, ref


def test_page_script_never_puts_page_text_in_innerhtml() -> None:
    script = (static_dir() / "app.js").read_text(encoding="utf-8")
    assert not re.search(
        r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", script
    )
    css = (static_dir() / "app.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css


def test_docs_and_openapi_are_served_locally(client: ApiClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {
        "/v1/analyze",
        "/v1/analyze/file",
        "/v1/toxicity",
        "/v1/techniques",
        "/healthz",
        "/v1/labels",
    } <= set(schema["paths"])
    assert "413" in schema["paths"]["/v1/analyze"]["post"]["responses"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    parser = _Refs()
    parser.feed(docs.text)
    assert parser.inline_scripts == 0
    for ref in parser.refs:
        assert ref.startswith(("/", "data:")), ref
        if not ref.startswith("data:"):
            assert client.get(ref).status_code == 200, ref


def test_labels_explain_toxicity_and_built_in_layers(client: ApiClient) -> None:
    labels = client.get("/v1/labels").json()
    assert labels["toxicity"]["insult"]["title"] == "Insult"
    assert labels["sources"]["unnamed"]["definition"]
    assert "scare_quote" in labels["quotes"]


def test_unknown_paths_and_methods_answer_json_errors(client: ApiClient) -> None:
    assert_error(client.get("/v2/nothing"), 404, "not_found")
    assert_error(client.get("/v1/analyze"), 405, "method_not_allowed")
