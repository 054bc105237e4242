"""The JSON report: its shape, its schema, and the errors it raises on annotators that break the contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import slant
from slant import Document, Part, PipelineError, Span
from slant.reports import SCHEMA_VERSION, document_schema, to_dict, to_json

from .conftest import ARTICLE, make_document


def validate(data: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(document_schema()).validate(data)


def errors_of(data: dict[str, Any]) -> list[str]:
    return [error.message for error in jsonschema.Draft202012Validator(document_schema()).iter_errors(data)]


def test_the_schema_itself_is_valid_draft_2020_12() -> None:
    schema = document_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA_VERSION in schema["$id"]


def test_document_schema_returns_a_fresh_copy() -> None:
    document_schema()["title"] = "changed"
    assert document_schema()["title"] != "changed"


@pytest.mark.parametrize("with_models", [True, False])
def test_hand_built_documents_validate(with_models: bool) -> None:
    data = to_dict(make_document(with_models=with_models))
    validate(data)
    assert data["schema"] == SCHEMA_VERSION
    assert data["slant_version"] == slant.__version__


def test_fixed_fields(document: Document) -> None:
    data = to_dict(document)
    article = data["article"]
    assert article["title"] == document.title.text  # type: ignore[union-attr]
    assert article["published"] == "2023-06-01"
    assert article["author"] == "Staff"
    assert article["text"] == ARTICLE
    assert article["language"] == "en"
    assert "language" not in article["attributes"]
    assert article["attributes"]["outlets"] == ["tass.com"]
    assert [c["id"] for c in data["comments"]] == ["c1", "c2", "c3", "c4"]
    assert [c["parent"] for c in data["comments"]] == [None, "c1", None, "c2"]
    assert data["comments"][0]["author"] == "Пламень За Свободу"
    assert data["comments"][2]["author"] is None
    assert data["comments"][3]["published"] == "3 hours ago"
    assert data["outlet"] == "southfront.example"
    assert data["annotators"] == ["sentences", "quotes", "sources", "techniques", "toxicity"]


def test_every_span_carries_its_text_and_attrs_only_when_set(document: Document) -> None:
    data = to_dict(document)
    layers = {**data["article"]["spans"]}
    for layer, spans in layers.items():
        for span in spans:
            assert span["text"] == ARTICLE[span["start"] : span["end"]], layer
            assert set(span) <= {"start", "end", "label", "score", "text", "source", "attrs", "shown"}
            # Only a layer with a display threshold says whether a span is shown (issue 15).
            assert ("shown" in span) == (layer == "techniques")
    quotes = data["article"]["spans"]["quotes"]
    assert all("attrs" not in span for span in quotes)
    (misspelling,) = data["article"]["title_spans"]["misspellings"]
    assert misspelling == {
        "start": 16,
        "end": 22,
        "label": "misspelling",
        "score": 0.9,
        "text": "Ingore",
        "source": "test",
        "attrs": {"suggestion": "Ignore"},
    }
    technique = data["article"]["spans"]["techniques"][0]
    assert technique["label"] == "Name_Calling,Labeling"
    assert technique["text"].startswith("“moderate opposition”")


def test_score_maps_become_keys_of_their_part(document: Document) -> None:
    document.article.scores["techniques"] = {"Loaded_Language": 0.4}
    data = to_dict(document)
    validate(data)
    assert data["comments"][0]["toxicity"]["threat"] == 0.93
    assert set(data["comments"][1]["toxicity"]) == {
        "toxicity",
        "severe_toxicity",
        "insult",
        "threat",
        "identity_attack",
        "obscene",
        "dehumanization",
    }
    assert data["article"]["techniques"] == {"Loaded_Language": 0.4}


def test_title_scores_have_their_own_key(document: Document) -> None:
    assert document.title is not None
    document.title.scores["techniques"] = {"Loaded_Language": 0.7}
    data = to_dict(document)
    validate(data)
    assert data["article"]["title_scores"] == {"techniques": {"Loaded_Language": 0.7}}


@pytest.mark.parametrize(
    ("where", "name"), [("article", "text"), ("article", "spans"), ("comment", "parent"), ("comment", "id")]
)
def test_a_score_map_named_like_a_fixed_key_is_refused(document: Document, where: str, name: str) -> None:
    part = document.article if where == "article" else document.comments[0]
    part.scores[name] = {"x": 0.5}
    with pytest.raises(PipelineError, match=f"may not be named '{name}'"):
        to_dict(document)


@pytest.mark.parametrize("value", [1.5, -0.2, float("nan")])
def test_scores_outside_zero_one_are_refused(document: Document, value: float) -> None:
    document.comments[0].scores["toxicity"]["insult"] = value
    with pytest.raises(PipelineError, match=r"probabilities in \[0, 1\]"):
        to_dict(document)


def test_rounding_noise_at_the_edges_is_clipped(document: Document) -> None:
    document.comments[0].scores["toxicity"]["insult"] = 1.0000000001
    assert to_dict(document)["comments"][0]["toxicity"]["insult"] == 1.0


def test_tokens_are_left_out_unless_asked_for() -> None:
    article = Part("Two words", kind="article", id="article")
    article.spans.set("tokens", [Span(0, 3, "word"), Span(4, 9, "word")])
    doc = Document(article=article)
    assert "tokens" not in to_dict(doc)["article"]["spans"]
    assert "tokens" not in to_dict(doc)["stats"]["layers"]
    with_tokens = to_dict(doc, include_tokens=True)
    validate(with_tokens)
    assert [t["text"] for t in with_tokens["article"]["spans"]["tokens"]] == ["Two", "words"]
    assert with_tokens["stats"]["layers"]["tokens"]["total"] == 2


def test_stats_count_layers_labels_comments_and_words(document: Document) -> None:
    stats = to_dict(document)["stats"]
    assert stats["comments"] == 4
    assert stats["commenters"] == 2
    assert stats["anonymous_comments"] == 2
    assert stats["replies"] == 2
    assert stats["empty_comments"] == 1
    assert stats["article_words"] == len(ARTICLE.split())
    assert stats["layers"]["misspellings"] == {
        "total": 2,
        "article": 2,
        "comments": 0,
        "labels": {"misspelling": 2},
        "article_labels": {"misspelling": 2},
    }
    assert stats["layers"]["toxicity"]["comments"] == 4
    assert stats["layers"]["toxicity"]["article"] == 0
    assert stats["layers"]["sources"]["labels"] == {"named": 1, "outlet": 1, "unnamed": 1}
    words = len(ARTICLE.split()) + len(document.title.text.split())  # type: ignore[union-attr]
    assert stats["misspellings_per_1000_words"] == round(2000 / words, 2)


def test_a_bare_document_validates_with_nulls() -> None:
    data = to_dict(Document(article=Part("Only text.", kind="article", id="article")))
    validate(data)
    assert data["article"]["title"] is None
    assert data["article"]["published"] is None
    assert data["article"]["language"] is None
    assert data["article"]["title_spans"] == {}
    assert data["comments"] == []
    assert data["stats"]["misspellings_per_1000_words"] is None


def test_a_date_that_is_not_iso_is_kept_as_text_not_lost() -> None:
    article = Part("Text.", kind="article", id="article", published="last Tuesday")
    data = to_dict(Document(article=article))
    validate(data)
    assert data["article"]["published"] is None
    assert data["article"]["attributes"]["published_text"] == "last Tuesday"


def test_attribute_values_become_plain_json() -> None:
    article = Part("Text.", kind="article", id="article")
    article.attrs.update(tuple_value=("a", "b"), set_value={"b", "a"}, nan=float("nan"), nested={"k": (1, 2)})
    data = to_dict(Document(article=article))
    assert data["article"]["attributes"] == {
        "tuple_value": ["a", "b"],
        "set_value": ["a", "b"],
        "nan": None,
        "nested": {"k": [1, 2]},
    }
    json.dumps(data, allow_nan=False)


def test_to_json_keeps_unicode_and_honours_indent(document: Document) -> None:
    text = to_json(document)
    assert "Пламень За Свободу" in text
    assert "\\u" not in text
    assert json.loads(text) == to_dict(document)
    assert "\n" not in to_json(document, indent=None)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("extra_key",), 1),
        (("article", "published"), "June 2023"),
        (("comments", 0, "toxicity", "insult"), 2.0),
        (("comments", 0, "toxicity"), "high"),
        (("article", "spans", "quotes", 0, "surprise"), True),
        (("stats", "comments"), -1),
    ],
)
def test_the_schema_is_strict_on_fixed_keys(document: Document, path: tuple[Any, ...], value: Any) -> None:
    data = to_dict(document)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert errors_of(data)


def test_the_schema_requires_the_span_text(document: Document) -> None:
    data = to_dict(document)
    del data["article"]["spans"]["quotes"][0]["text"]
    assert errors_of(data)


def test_the_example_page_analysed_validates(example_page: Path) -> None:
    data = to_dict(slant.analyze(example_page))
    validate(data)
    article = data["article"]
    assert article["title"].startswith("Govt Forces Renew Military Operation In Aleppo")
    assert "JUNE 2023" not in article["text"]
    assert article["published"] is None or article["published"][:4].isdigit()
    authors = [comment["author"] for comment in data["comments"]]
    assert "northerntruthseeker" in authors
    assert "Пламень За Свободу" in authors
    for part in [article, *data["comments"]]:
        for spans in part["spans"].values():
            for span in spans:
                assert span["text"] == part["text"][span["start"] : span["end"]]


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(max_size=30),
    bounds=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=5),
    score=st.floats(0, 1),
    scores=st.dictionaries(st.text(min_size=1, max_size=8), st.floats(0, 1), max_size=4),
    attrs=st.dictionaries(
        st.text(max_size=5), st.one_of(st.none(), st.integers(), st.text(max_size=5)), max_size=3
    ),
)
def test_any_well_formed_document_validates(
    text: str, bounds: list[tuple[int, int]], score: float, scores: dict[str, float], attrs: dict[str, Any]
) -> None:
    spans = [Span(min(a, b, len(text)), min(max(a, b), len(text)), "x", score, "t", attrs) for a, b in bounds]
    article = Part(text, kind="article", id="article")
    article.spans.set("layer", spans)
    comment = Part(text, kind="comment", id="c1")
    comment.spans.set("toxicity", spans)
    comment.scores["toxicity"] = scores
    doc = Document(article=article, comments=[comment])
    data = to_dict(doc)
    validate(data)
    assert json.loads(to_json(doc)) == data
