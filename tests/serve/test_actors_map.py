"""Actors and places in the service (issue 19, part 4): ``slant serve --with actors`` and ``POST /v1/map``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import ApiClient, assert_error

pytestmark = pytest.mark.issue(19)

APP_JS = Path(__file__).resolve().parents[2] / "src" / "slant" / "serve" / "static" / "app.js"


def test_the_map_route_draws_an_offline_svg(client: ApiClient) -> None:
    places = [
        {
            "label": "Aleppo",
            "latitude": 36.2,
            "longitude": 37.16,
            "weight": 3,
            "title": "Aleppo: 3 in the article",
        },
        {"label": "Geneva", "latitude": 46.2, "longitude": 6.15},
    ]
    response = client.post("/v1/map", json={"places": places, "caption": "Places <b>named</b>"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("image/svg+xml")
    svg = response.text
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"') and "Aleppo: 3 in the article" in svg
    assert "<script" not in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    assert "<b>" not in svg  # the caption is escaped


@pytest.mark.parametrize(
    "body",
    [
        {"places": [{"label": "x", "latitude": 91, "longitude": 0}]},
        {"places": [{"label": "x", "latitude": 0, "longitude": 0, "weight": 0}]},
        {"places": [{"label": "x", "latitude": 0, "longitude": 0}] * 201},
        {"places": "Aleppo"},
        {"points": []},
    ],
)
def test_bad_map_requests_are_clear_errors(client: ApiClient, body: object) -> None:
    assert_error(client.post("/v1/map", json=body), 422, "invalid_input")


@pytest.mark.model
def test_a_server_with_actors_answers_them(make_client: Callable[..., ApiClient]) -> None:
    client = make_client(pipeline=("sentences", "language", "actors"))
    text = (
        "Talks in Geneva\n\nRussian Foreign Minister Sergey Lavrov met John Kerry in Geneva on Friday to talk "
        "about the ceasefire.\n\nComments\n\nann\nLavrov again, nothing will change."
    )
    response = client.post("/v1/analyze", json={"text": text})
    assert response.status_code == 200, response.text
    actors = response.json()["article"]["attributes"]["actors"]
    names = {a["name"]: a for a in actors["actors"]}
    assert names["Sergey Lavrov"]["mentions"] == {"article": 1, "comments": 1}
    assert names["Geneva"]["place"]["country_code"] == "CH"


def test_the_web_page_words_actors_as_the_reports_do() -> None:
    script = APP_JS.read_text(encoding="utf-8")
    # The same words as slant.reports._actors (mentions_text, framing_text, the budget notes).
    for words in (
        '" in the article"',
        '"nothing near it"',
        '"in toxic comments"',
        '" comments past the reading budget not read"',
        '" parts in languages no model here reads"',
        '"/v1/map"',
    ):
        assert words in script
