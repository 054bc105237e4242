"""ToxicityAnnotator with the shipped model, on documents built by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant import Document, Part, Pipeline, create_annotator
from slant.toxicity import LABELS, ToxicityAnnotator, load_model

pytestmark = [pytest.mark.model, pytest.mark.issue(3)]

# The comments of examples/news-page-with-comments.txt that the issue names.
HIGH = [
    "Good. Teach these warmonger beheaders a lesson the HARD WAY.",
    "Considering how the criminal Soetoro regime in Washington is now openly flooding weapons into these fraud "
    "US controlled “terrorist” groups in Syria without the direct approval of even the American people, the "
    "Syrian government forces have NO choice now but to say “fuck diplomacy” and finish the job of wiping out "
    "these pricks…",
    "Heroic Assad and really Syria allies Hezbollah and Iran said a very big f@ck of to Lavrov and to his“lover“."
    "Assad is not a puppet of Kremlin-like Zakharchenko and Plotnitsky.",
]
# A call for military action without abuse of anyone: issue 3 listed it with the abuse, issue 17's
# hand labels (tests/toxicity/data/example_page_labels.json, c2) call it borderline. Its threat
# score sits at its label's threshold (0.13 against 0.105 in issue 17's first model, 0.14 against
# 0.171 in the second, whose validation F1 put the threat threshold higher), so whether it is
# flagged is a coin toss between retrainings; what must hold is that it ranks above civil talk.
BORDERLINE = [
    "Putin is ruining the campaign with his political ‘humanitarian pauses’ It’s necessary to crush the "
    "terrorist once and for all",
]
LOW = [
    "What does “ingore” mean?",
    "it is a typo… it is actually “ignore”….",
    "That would make sense. Other than that there is no point with further delay as other garrisons under "
    "siege in Idlib, Palmyra and Deir-Ezzor run the risk of being overrun.",
]
ARTICLE = (
    "Govt forces renewed the operation in Aleppo. The so-called moderate opposition prevented civilians "
    "from leaving, according to local sources."
)


def _doc(comments: list[str], article: str = ARTICLE) -> Document:
    return Document(
        article=Part(article, kind="article", id="article"),
        comments=[
            Part(text, kind="comment", id=f"c{i}", author=f"reader{i}") for i, text in enumerate(comments)
        ],
    )


@pytest.fixture(scope="module")
def annotated() -> Document:
    return ToxicityAnnotator()(_doc(HIGH + LOW + BORDERLINE))


def test_every_comment_gets_seven_scores_in_range(annotated: Document) -> None:
    for comment in annotated.comments:
        scores = comment.scores["toxicity"]
        assert list(scores) == list(LABELS)
        assert all(isinstance(v, float) and 0.0 <= v <= 1.0 for v in scores.values())
        assert "toxicity" in comment.spans
    assert "toxicity" not in annotated.article.scores  # articles are scored only on request


def _flagged(scores: dict[str, float], labels: tuple[str, ...] = LABELS) -> list[str]:
    """The labels whose probability reaches the threshold the model chose for them (its decision rule)."""
    thresholds = load_model().thresholds_
    return [label for label in labels if scores[label] >= thresholds[LABELS.index(label)]]


@pytest.mark.parametrize("index", range(len(HIGH)))
def test_example_page_abuse_is_flagged(annotated: Document, index: int) -> None:
    scores = annotated.comments[index].scores["toxicity"]
    assert _flagged(scores, ("toxicity", "threat", "insult", "obscene")), f"{HIGH[index][:50]!r}: {scores}"


@pytest.mark.issue(17)
def test_example_page_call_for_military_action_ranks_above_civil_talk(annotated: Document) -> None:
    borderline = annotated.comments[len(HIGH) + len(LOW)].scores["toxicity"]["toxicity"]
    civil = [annotated.comments[len(HIGH) + i].scores["toxicity"]["toxicity"] for i in range(len(LOW))]
    assert borderline > max(civil), f"{borderline:.3f} not above the civil comments' {civil}"


@pytest.mark.parametrize("index", range(len(LOW)))
def test_example_page_civil_comments_stay_low(annotated: Document, index: int) -> None:
    comment = annotated.comments[len(HIGH) + index]
    scores = comment.scores["toxicity"]
    assert not _flagged(scores), f"{LOW[index]!r}: {scores}"
    assert comment.spans["toxicity"] == ()


def test_spans_point_at_the_words_responsible(annotated: Document) -> None:
    # Issue 17: the default model reads the "f@ck of to Lavrov" comment (HIGH[3]) as mostly political
    # and scores its toxicity under the threshold, so it gets no spans; the obfuscated word is checked
    # on a comment of its own.
    obfuscated = ToxicityAnnotator()(_doc(["You are a f@cking moron."])).comments[0]
    texts = [obfuscated.span_text(s) for s in obfuscated.spans["toxicity"]]
    assert "f@cking" in texts
    for comment in annotated.comments:
        for span in comment.spans["toxicity"]:
            assert span.label in LABELS
            assert 0.0 <= span.score <= 1.0
            assert span.source == "toxicity"
            assert comment.span_text(span).strip() == comment.span_text(span) != ""


def test_pipe_agrees_with_call_and_keeps_order() -> None:
    annotator = ToxicityAnnotator()
    docs = [_doc([text]) for text in HIGH + LOW]
    piped = list(annotator.pipe((_doc([text]) for text in HIGH + LOW), batch_size=3))
    called = [annotator(doc) for doc in docs]
    assert [d.comments[0].text for d in piped] == HIGH + LOW
    for a, b in zip(piped, called, strict=True):
        assert a.comments[0].scores == b.comments[0].scores
        assert a.comments[0].spans["toxicity"] == b.comments[0].spans["toxicity"]


def test_article_sentences_are_scored_on_request() -> None:
    article = "The minister spoke on Tuesday. These vermin should be wiped out, the fucking rats."
    doc = ToxicityAnnotator(score_article=True)(_doc([], article=article))
    scores = doc.article.scores["toxicity"]
    assert scores["toxicity"] >= 0.5
    spans = doc.article.spans["toxicity"]
    assert spans and all(s.start >= article.index("These") for s in spans)


def test_empty_document_and_empty_comment() -> None:
    doc = ToxicityAnnotator(score_article=True)(_doc(["", "  "], article=""))
    assert doc.comments[0].scores["toxicity"] == dict.fromkeys(LABELS, 0.0)
    assert doc.comments[1].scores["toxicity"] == dict.fromkeys(LABELS, 0.0)
    assert doc.article.spans["toxicity"] == ()


def test_registered_and_usable_in_a_pipeline() -> None:
    annotator = create_annotator("toxicity")
    assert isinstance(annotator, ToxicityAnnotator)
    doc = Pipeline(["toxicity"])(_doc(["you are a pathetic idiot"]))
    assert doc.annotated_by == ["toxicity"]
    assert doc.comments[0].scores["toxicity"]["insult"] > 0.5


def test_the_bundled_example_page_read_by_slant(example_page: Path) -> None:
    """The same expectations on the page as slant's own reader splits it (issue 3's example)."""
    import slant

    doc = ToxicityAnnotator()(slant.read(example_page))
    by_start = {c.text[:40]: c for c in doc.comments}
    for text in HIGH:
        comment = by_start.get(text[:40])
        assert comment is not None, f"the reader did not find the comment {text[:40]!r}"
        assert _flagged(comment.scores["toxicity"], ("toxicity", "threat", "insult", "obscene"))
    for text in LOW:
        comment = by_start.get(text[:40])
        assert comment is not None, f"the reader did not find the comment {text[:40]!r}"
        assert not _flagged(comment.scores["toxicity"])
