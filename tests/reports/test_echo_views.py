"""Echoes and repeats read the same in the JSON, the terminal summary and the HTML report (issue 19)."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import jsonschema
import pytest

import slant
from slant import Document, Part, Pipeline
from slant.reports import document_schema, render_html, render_summary, to_dict
from slant.reports._echo import echo_facts

pytestmark = pytest.mark.issue(19)


@pytest.fixture(scope="module")
def example(example_page: Path) -> Document:
    return Pipeline(["quotes", "echo", "repeats"])(slant.read(example_page))


def test_every_view_says_the_same_sentences(example: Document) -> None:
    facts = echo_facts(example)
    assert facts[0] == (
        "Echoes",
        "5 of 17 comments (29%) repeat the article's words: “finish the job” (3 comments), "
        "“additional weapon supplies to pro-al-qaeda forces” (1 comment), “amid all these reports, the expert "
        "community is quite surprised by a feeble attitude of the russian foreign ministry over the issue” "
        "(1 comment); 2 of 8 echoes quote it to discuss it",
    )
    assert facts[1] == ("Repeats", "slogans: “finish the job” (3 comments)")
    summary = render_summary(example, width=1000)
    report = unescape(render_html(example))
    for name, text in facts:
        assert text in summary and name in summary
        assert text in report


def test_the_json_carries_the_figures_and_validates(example: Document) -> None:
    data = to_dict(example)
    jsonschema.validate(data, document_schema())
    echo = data["article"]["attributes"]["echo"]
    assert (echo["comments"], echo["share"]) == (5, 0.2941)
    echoed = data["article"]["spans"]["echoed"]
    assert any(span["text"] == "finish the job" and len(span["attrs"]["comments"]) == 3 for span in echoed)
    carriers = [
        c["id"]
        for c in data["comments"]
        if any("finish" in s["attrs"]["phrase"] for s in c["spans"]["echoes"])
    ]
    assert len(carriers) == 3


def test_a_page_with_nothing_to_echo_says_so() -> None:
    doc = Document(
        article=Part("A short article about the weather.", kind="article", id="article"),
        comments=[Part("Nice.", kind="comment", id="c1")],
    )
    Pipeline(["echo", "repeats"])(doc)
    assert echo_facts(doc) == [
        ("Echoes", "none of 1 comment repeats the article's words"),
        ("Repeats", "no repeated comments or slogans"),
    ]
    jsonschema.validate(to_dict(doc), document_schema())
    assert echo_facts(Pipeline(["echo"])(Document(article=Part("x", kind="article", id="a")))) == [
        ("Echoes", "no comments to echo the article")
    ]


def test_without_the_annotators_nothing_is_said() -> None:
    doc = Document(article=Part("text", kind="article", id="a"))
    assert echo_facts(doc) == []
    assert "What the comments repeat" not in render_html(doc)
