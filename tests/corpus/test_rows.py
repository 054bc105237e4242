"""Flattening a Document into table rows, and building it back for the dashboard's reports."""

from __future__ import annotations

import datetime as dt

from slant import Document, Part, Span
from slant.corpus._rows import document_from_rows, outlet_of, page_rows


def _doc() -> Document:
    article = Part(
        "The so-called rebels fled, according to local sources.",
        kind="article",
        id="a",
        published="2022-05-02T08:00",
    )
    article.attrs.update(language="en", word_count=8, misspelling_rate=0.0)
    article.spans.set("techniques", [Span(4, 20, "Name_Calling,Labeling", 0.7, "techniques")])
    article.spans.set("sentences", [Span(0, 54, "sentence", 1.0, "sentences")])
    article.spans.set("tokens", [Span(0, 3, "word", 1.0, "sentences")])
    article.spans.set("sources", [Span(26, 53, "unnamed", 1.0, "links", {"kind": "plural"})])
    title = Part("Rebels flee", kind="title", id="t")
    first = Part("Scum!", kind="comment", id="c1", author="Ann")
    first.scores["toxicity"] = {"toxicity": 0.8, "insult": 0.7}
    first.spans.set("toxicity", [Span(0, 4, "insult", 0.7, "toxicity")])
    reply = Part("Calm down.", kind="comment", id="c2", author="Bob", parent="c1")
    reply.scores["toxicity"] = {"toxicity": 0.1, "insult": 0.05}
    return Document(
        article=article,
        title=title,
        comments=[first, reply],
        url="https://www.example.org/x",
        source="x.html",
        reader="html",
    )


def test_page_row_aggregates() -> None:
    rows = page_rows(_doc(), page_id="p1")
    (page,) = rows["pages"]
    assert page["outlet"] == "example.org"  # from the URL, without www.
    assert page["published_date"] == dt.date(2022, 5, 2)
    assert page["word_count"] == 8 and page["comment_count"] == 2
    assert page["technique_counts"] == [("Name_Calling,Labeling", 1)]
    # Per 1,000 words of the article body, as word_count and the dashboard count (issue 13): not the title.
    assert page["techniques_per_1k_words"] == 1000 / 8
    assert (page["toxicity_mean"], page["toxicity_max"], page["toxic_comments"], page["toxic_share"]) == (
        0.45,
        0.8,
        1,
        0.5,
    )
    assert (page["sources_named"], page["sources_unnamed"]) == (0, 1)
    assert page["language"] == "en" and '"misspelling_rate": 0.0' in page["attrs"]


def test_spans_skip_tokens_and_sentence_text() -> None:
    spans = page_rows(_doc(), page_id="p1")["spans"]
    layers = sorted({row["layer"] for row in spans})
    assert layers == ["sentences", "sources", "techniques", "toxicity"]
    by_layer = {row["layer"]: row for row in spans}
    assert by_layer["sentences"]["text"] is None
    assert by_layer["techniques"]["text"] == "so-called rebels"
    assert by_layer["sources"]["attrs"] == '{"kind": "plural"}'
    assert by_layer["toxicity"]["part"] == "comment" and by_layer["toxicity"]["part_id"] == "c1"


def test_comment_rows_have_the_seven_score_columns() -> None:
    comments = page_rows(_doc(), page_id="p1")["comments"]
    assert [(c["comment_id"], c["parent"], c["toxicity"], c["threat"]) for c in comments] == [
        ("c1", None, 0.8, None),
        ("c2", "c1", 0.1, None),
    ]


def test_document_round_trips_through_rows() -> None:
    original = _doc()
    rows = page_rows(original, page_id="p1")
    rebuilt = document_from_rows(rows["pages"][0], rows["comments"], rows["spans"])
    assert rebuilt.title is not None and rebuilt.title.text == "Rebels flee"
    assert rebuilt.article.text == original.article.text
    assert rebuilt.published == "2022-05-02T08:00"
    assert rebuilt.article.spans["techniques"] == original.article.spans["techniques"]
    assert "tokens" not in rebuilt.article.spans
    assert rebuilt.article.attrs["language"] == "en"
    assert [c.parent for c in rebuilt.comments] == [None, "c1"]
    assert rebuilt.comments[0].scores == original.comments[0].scores
    assert rebuilt.comments[0].spans["toxicity"] == original.comments[0].spans["toxicity"]
    assert page_rows(rebuilt, page_id="p1")["comments"] == rows["comments"]


def test_outlet_of() -> None:
    assert outlet_of("https://WWW.Example.com:8080/a?b") == "example.com"
    assert outlet_of(None) is None and outlet_of("not a url") is None
