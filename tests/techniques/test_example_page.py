"""What the shipped model finds on the bundled example page (examples/news-page-with-comments.txt).

Asserts the spans a reader would agree with (the article's scare quotes, loaded words and
name-calling in the comments) and that plain reporting stays unmarked; not every span.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from slant import Document
from slant._labels import display_threshold
from slant.readers import read
from slant.techniques._annotator import TechniqueAnnotator

pytestmark = [pytest.mark.model, pytest.mark.issue(4)]

LABELLING = {"Name_Calling,Labeling", "Loaded_Language"}


@pytest.fixture(scope="module")
def page(example_page: Path) -> Document:
    return TechniqueAnnotator()(read(example_page))


def _found(page: Document, kind: str) -> list[tuple[str, str, float]]:
    return [
        (part.span_text(span), span.label, span.score)
        for part in page.parts
        if part.kind == kind
        for span in part.spans["techniques"]
    ]


def test_article_scare_quotes_are_labelling(page: Document) -> None:
    article = {text: label for text, label, _ in _found(page, "article")}
    assert article.get("so-called “moderate opposition”") in LABELLING
    assert article.get("so-called “opposition”") in LABELLING


def test_hyphenated_name_calling_comes_out_whole(page: Document) -> None:
    # The comments' pro-Al-Qaeda forces, widened to whole words (the tagger's own span began at "-Qaeda").
    comments = {text: label for text, label, _ in _found(page, "comment")}
    assert comments.get("pro-Al-Qaeda forces") in LABELLING
    for kind in ("article", "comment"):
        assert not any(text.startswith("-") for text, _, _ in _found(page, kind))


def test_the_article_keeps_few_spans_beyond_its_scare_quotes(page: Document) -> None:
    # Since the model is fitted on all train articles, the verifier gives the scare-quoted “Moderate
    # rebels” 0.27 and the article's pro-Al-Qaeda forces 0.34, just under its 0.35
    # (docs/models/techniques.md): the article's spans are the two scare quotes and one stretch of
    # the storming report, which a reader could dispute, at a low score.
    texts = {text for text, _, _ in _found(page, "article")}
    assert {"so-called “moderate opposition”", "so-called “opposition”"} <= texts
    assert len(texts) == 3
    assert all(s < 0.2 for t, _, s in _found(page, "article") if "storming" in t)


def test_plain_reporting_is_not_marked(page: Document) -> None:
    for text, _, _ in _found(page, "article"):
        assert "8,461 civilians" not in text
        assert "Click to see" not in text


def test_loaded_words_and_name_calling_in_comments(page: Document) -> None:
    comments = _found(page, "comment")
    found = {(t, label) for t, label, _ in comments}
    assert ("crush", "Loaded_Language") in found
    assert ("doing stupid deals", "Loaded_Language") in found
    assert ("Al-Qaeda gangs", "Name_Calling,Labeling") in found
    assert any("ISIS terrorists" in t and label == "Name_Calling,Labeling" for t, label, _ in comments)


@pytest.mark.issue(15)
def test_the_vague_stretch_is_hidden_by_default(page: Document) -> None:
    # Scores are calibrated (issue 15): the long stretch of the storming report, a guess, stays under
    # the display threshold, so no view shows it or quotes it unless the reader asks.
    threshold = display_threshold("techniques", "article")
    assert threshold is not None
    vague = [s for t, _, s in _found(page, "article") if "storming" in t]
    assert vague and all(s < threshold for s in vague)


@pytest.mark.issue(15)
def test_scare_quote_technique_spans_score_what_the_ptc_annotators_marked(page: Document) -> None:
    # As technique spans, "so-called X" phrases were marked by the PTC annotators 3 times in 27 in
    # the cross-fitted train articles, and their calibrated score says so (the quotes layer still
    # marks them as scare quotes, shown in every view).
    scores = {text: score for text, _, score in _found(page, "article")}
    assert 0.02 < scores["so-called “moderate opposition”"] < 0.2
