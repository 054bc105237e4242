"""The data model: fixed texts, span layers, comment threading."""

from __future__ import annotations

import pytest

from slant import Document, InputError, Part, PipelineError, Span


def _doc(*comments: Part) -> Document:
    return Document(
        title=Part("A headline", kind="title", id="title"),
        article=Part("The body. Two sentences.", kind="article", id="article"),
        comments=comments,
    )


def test_part_text_is_read_only() -> None:
    part = Part("fixed", kind="comment", id="c1")
    with pytest.raises(AttributeError):
        part.text = "changed"  # type: ignore[misc]


def test_parts_are_in_page_order() -> None:
    doc = _doc(Part("first", kind="comment", id="c1"), Part("second", kind="comment", id="c2", parent="c1"))
    assert [p.id for p in doc.parts] == ["title", "article", "c1", "c2"]
    assert doc.comment("c2").parent == "c1"


def test_document_without_title_starts_with_article() -> None:
    doc = Document(article=Part("Body.", kind="article", id="article"))
    assert [p.kind for p in doc.parts] == ["article"]


def test_span_layers_are_sorted_and_read_only() -> None:
    part = Part("so-called experts said", kind="article", id="article")
    part.spans.set("quotes", [Span(10, 17, "scare_quote"), Span(0, 9, "scare_quote")])
    assert [s.start for s in part.spans["quotes"]] == [0, 10]
    assert part.span_text(part.spans["quotes"][1]) == "experts"
    assert isinstance(part.spans["quotes"], tuple)


def test_setting_a_layer_twice_needs_overwrite() -> None:
    part = Part("text", kind="article", id="article")
    part.spans.set("x", [Span(0, 4, "a")])
    with pytest.raises(PipelineError, match="overwrite=True"):
        part.spans.set("x", [])
    part.spans.set("x", [Span(0, 1, "b")], overwrite=True)
    assert part.spans["x"][0].label == "b"


@pytest.mark.parametrize(
    ("span", "message"),
    [
        (Span(0, 99, "a"), "within the text"),
        (Span(3, 2, "a"), "within the text"),
        (Span(0, 1, "a", 1.5), "score"),
    ],
)
def test_bad_spans_are_refused(span: Span, message: str) -> None:
    part = Part("text", kind="article", id="article")
    with pytest.raises(ValueError, match=message):
        part.spans.set("x", [span])


def test_duplicate_comment_ids_are_refused() -> None:
    with pytest.raises(InputError, match="unique"):
        _doc(Part("a", kind="comment", id="c1"), Part("b", kind="comment", id="c1"))


def test_parent_must_be_an_earlier_comment() -> None:
    with pytest.raises(InputError, match="not an earlier comment"):
        _doc(Part("a", kind="comment", id="c1", parent="c2"), Part("b", kind="comment", id="c2"))


def test_wrong_part_kinds_are_refused() -> None:
    with pytest.raises(InputError, match="kind 'article'"):
        Document(article=Part("x", kind="comment", id="c1"))
    with pytest.raises(ValueError, match="part kind"):
        Part("x", kind="footer", id="f")  # type: ignore[arg-type]
