"""TechniqueAnnotator with the shipped model, on hand-made documents."""

from __future__ import annotations

import pytest

from slant import Document, Part
from slant._document import Span
from slant._pipeline import Pipeline, create_annotator
from slant.techniques import TECHNIQUES
from slant.techniques._annotator import TechniqueAnnotator, _add_echoes

pytestmark = pytest.mark.model

ARTICLE = (
    'The so-called "moderate opposition" are nothing but bloodthirsty terrorists and traitors.\n'
    "The brutal regime must be destroyed, and we will finish the job.\n"
    "The council met on Tuesday to discuss the budget for next year.\n"
)


def _doc() -> Document:
    return Document(
        title=Part("Heroes crush the evil invaders", kind="title", id="title"),
        article=Part(ARTICLE, kind="article", id="article"),
        comments=[
            Part("Finish the job! These traitors deserve nothing.", kind="comment", id="c1"),
            Part("What time does the council meet?", kind="comment", id="c2"),
            Part("", kind="comment", id="c3"),
        ],
    )


def test_registered_and_builds_by_name() -> None:
    annotator = create_annotator("techniques")
    assert isinstance(annotator, TechniqueAnnotator)
    assert annotator.assigns == ("spans.techniques",)
    Pipeline(["techniques"])


def test_every_part_gets_a_layer_with_valid_spans() -> None:
    doc = TechniqueAnnotator()(_doc())
    for part in doc.parts:
        spans = part.spans["techniques"]
        for span in spans:
            assert span.label in TECHNIQUES
            assert 0.0 <= span.score <= 1.0
            assert 0 <= span.start < span.end <= len(part.text)
            assert span.source == "techniques"
    article = doc.article.spans["techniques"]
    # The plain sentence about the council is not propaganda.
    assert not any("council" in doc.article.span_text(s) for s in article)
    assert doc.comment("c3").spans["techniques"] == ()


def test_pipe_and_call_agree_and_keep_order() -> None:
    annotator = TechniqueAnnotator()
    docs = [_doc(), _doc()]
    piped = list(annotator.pipe(docs))
    assert piped[0] is docs[0] and piped[1] is docs[1]
    single = annotator(_doc())
    for a, b in zip(piped[0].parts, single.parts, strict=True):
        assert a.spans["techniques"] == b.spans["techniques"]


def test_predict_does_not_change_the_documents() -> None:
    doc = _doc()
    TechniqueAnnotator().predict([doc])
    assert "techniques" not in doc.article.spans


def test_comment_echo_of_an_article_span_is_repetition() -> None:
    doc = _doc()
    spans: list[list[Span]] = [[] for _ in doc.parts]
    article_text = doc.article.text
    start = article_text.index("finish the job")
    spans[1].append(Span(start, start + len("finish the job"), "Slogans", 0.8, "techniques"))
    _add_echoes(doc.parts, spans, source="techniques")
    echoes = spans[2]
    assert [(doc.comment("c1").span_text(s), s.label, s.score) for s in echoes] == [
        ("Finish the job", "Repetition", 0.8)
    ]
    assert spans[3] == []


@pytest.mark.issue(12)
@pytest.mark.slow
def test_identical_comments_cost_linear_time() -> None:
    # Before: each span's phrase was counted by scanning the whole page, so 2,500 / 5,000 / 10,000
    # identical comments took 4.9 / 14.4 / 46 s (2.5 and 8.4 s in the annotator on 7 December);
    # now 5,000 take about 1.6 s.
    import time

    comment = "Crush these stupid terrorists and their puppet masters now, finish the job!"
    doc = Document(
        article=Part(
            "The army is set to finish the job, according to local sources. " * 5,
            kind="article",
            id="article",
        ),
        comments=[Part(comment, kind="comment", id=f"c{i}") for i in range(5_000)],
    )
    pipeline = Pipeline(["sentences", "techniques"])
    start = time.process_time()
    pipeline(doc)
    assert time.process_time() - start < 6
    assert all(part.spans["techniques"] for part in doc.comments[:3])
