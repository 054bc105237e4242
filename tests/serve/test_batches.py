"""``POST /v1/toxicity`` and ``POST /v1/techniques``: batches, limits and unavailable annotators."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from slant._pipeline import annotator_names
from slant.serve._errors import ApiError
from slant.serve._pipelines import pipeline_for

from .conftest import ApiClient, assert_error


def test_toxicity_scores_each_comment_and_marks_the_words(client: ApiClient) -> None:
    response = client.post(
        "/v1/toxicity",
        json={
            "comments": [
                "You are a pathetic idiot.",
                {"id": "c9", "text": "Thank you for this careful report."},
            ]
        },
    )
    assert response.status_code == 200, response.text
    first, second = response.json()["results"]
    assert (first["id"], second["id"]) == ("0", "c9")
    assert first["scores"]["insult"] > 0.5 > second["scores"]["insult"]
    assert set(first["scores"]) >= {"toxicity", "insult", "threat", "obscene"}
    assert any(span["text"].lower() == "idiot" or "idiot" in span["text"].lower() for span in first["spans"])
    for span in first["spans"]:
        assert "You are a pathetic idiot."[span["start"] : span["end"]] == span["text"]


def test_toxicity_of_no_comments_is_an_empty_list(client: ApiClient) -> None:
    response = client.post("/v1/toxicity", json={"comments": []})
    assert response.status_code == 200 and response.json() == {"results": []}


def test_toxicity_batch_and_length_limits_are_413(make_client: Callable[..., ApiClient]) -> None:
    client = make_client(max_batch=3, max_text_chars=50)
    assert "limit of 3" in assert_error(
        client.post("/v1/toxicity", json={"comments": ["a"] * 4}), 413, "batch_too_large"
    )
    assert_error(client.post("/v1/toxicity", json={"comments": ["ok", "x" * 51]}), 413, "text_too_long")


@pytest.mark.parametrize(
    "body",
    [
        {"comments": "not a list"},
        {"comments": [1, 2]},
        {"comments": [{"text": "no id"}]},
        {"texts": ["wrong field"]},
    ],
)
def test_toxicity_malformed_requests_are_422(client: ApiClient, body: object) -> None:
    assert_error(client.post("/v1/toxicity", json=body), 422, "invalid_input")


def test_toxicity_duplicate_ids_are_422(client: ApiClient) -> None:
    body = {"comments": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]}
    assert "unique" in assert_error(client.post("/v1/toxicity", json=body), 422, "invalid_input")


def test_techniques_tags_texts_or_says_it_is_unavailable(client: ApiClient) -> None:
    text = "The so-called experts will destroy our great nation. Everybody knows this is the truth!"
    response = client.post("/v1/techniques", json={"texts": [text, "A quiet day."]})
    if "slant.techniques.v1" not in annotator_names():
        assert "techniques" in assert_error(response, 503, "annotator_unavailable")
        return
    if response.status_code == 503:  # registered, but its trained model is not installed here
        assert "techniques" in assert_error(response, 503, "annotator_unavailable")
        return
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["index"] for r in results] == [0, 1]
    for span in results[0]["spans"]:
        assert text[span["start"] : span["end"]] == span["text"] and 0 <= span["score"] <= 1


def test_techniques_limits_are_413(make_client: Callable[..., ApiClient]) -> None:
    client = make_client(max_batch=2, max_text_chars=10)
    assert_error(client.post("/v1/techniques", json={"texts": ["a", "b", "c"]}), 413, "batch_too_large")
    assert_error(client.post("/v1/techniques", json={"texts": ["x" * 11]}), 413, "text_too_long")
    assert_error(client.post("/v1/techniques", json={"texts": "one text"}), 422, "invalid_input")


def test_an_unregistered_annotator_is_503() -> None:
    with pytest.raises(ApiError) as caught:
        pipeline_for("no_such_model")
    assert caught.value.status == 503 and caught.value.code == "annotator_unavailable"
