"""Paraphrase echoes on pages built by hand (issue 19), with a hand-made encoder: no model runs here.

The encoder maps each sentence to a unit vector of a "meaning" named in the test, so a comment
sentence given the meaning of an article sentence has cosine 1 to it, and 0 to the others.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np
import pytest

from slant import Document, Part, Pipeline, PipelineError
from slant.paraphrase import ParaphraseAnnotator, load_model
from slant.paraphrase._annotator import MAX_COMMENT_CHARS, MAX_COMMENT_SENTENCES

pytestmark = pytest.mark.issue(19)

ARTICLE = (
    "The council voted to close the central library at the end of the year. "
    "Officials said the repairs would cost twelve million euros."
)
MEANINGS = ("close", "cost", "other")


class Encoder:
    """Embeds a sentence as the one-hot vector of the meaning whose keyword it contains; counts texts."""

    def __init__(self, keywords: Mapping[str, str]) -> None:
        self.keywords = keywords
        self.texts: list[str] = []

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        self.texts += texts
        out = np.zeros((len(texts), len(MEANINGS)), dtype=np.float32)
        for row, text in enumerate(texts):
            meaning = next((m for word, m in self.keywords.items() if word in text.lower()), "other")
            out[row, MEANINGS.index(meaning)] = 1.0
        return out


KEYWORDS = {"close": "close", "shut": "close", "repair": "cost", "fixing": "cost"}


def _page(article: str, *comments: str) -> Document:
    return Document(
        article=Part(article, kind="article", id="article"),
        comments=[Part(text, kind="comment", id=f"c{i}", author=f"a{i}") for i, text in enumerate(comments)],
    )


def _run(doc: Document, encoder: Encoder | None = None) -> Document:
    return Pipeline(["quotes", "echo", ParaphraseAnnotator(encoder=encoder or Encoder(KEYWORDS))])(doc)


def test_a_restated_sentence_is_a_span_in_both_parts_with_its_probability() -> None:
    doc = _run(
        _page(ARTICLE, "They will shut down our main library by December, shame.", "Nice weather today.")
    )
    (span,) = doc.comments[0].spans["echoes"]
    assert span.label == "paraphrase" and span.source == "paraphrase"
    assert doc.comments[0].span_text(span) == "They will shut down our main library by December, shame."
    sentence = ARTICLE[span.attrs["article_start"] : span.attrs["article_end"]]
    assert sentence == "The council voted to close the central library at the end of the year."
    assert span.score == pytest.approx(float(load_model().predict_proba([1.0])[0]), abs=1e-4)
    assert span.attrs["similarity"] == pytest.approx(1.0) and span.attrs["quoted"] is False
    (restated,) = doc.article.spans["echoed"]
    assert (restated.label, doc.article.span_text(restated)) == ("paraphrased", sentence)
    assert restated.attrs["comments"] == ["c0"]
    echo = doc.article.attrs["echo"]
    assert (echo["comments"], echo["share"], echo["echoes"], echo["paraphrases"]) == (1, 0.5, 1, 1)
    assert echo["phrases"] == [] and echo["paraphrased"] == [
        {"sentence": sentence.lower(), "comments": ["c0"]}
    ]


def test_a_sentence_already_echoed_word_for_word_gets_no_paraphrase_span() -> None:
    doc = _run(_page(ARTICLE, "Yes they voted to close the central library, sad."))
    assert [s.label for s in doc.comments[0].spans["echoes"]] == ["verbatim"]
    assert doc.article.attrs["echo"]["paraphrases"] == 0


@pytest.mark.parametrize(
    "doc",
    [
        _page("", "They will shut down our main library by December."),  # no article
        _page(ARTICLE),  # no comments
        _page(ARTICLE, "Anyone going to the match tonight?", "My cat sleeps all day long."),  # unrelated
        _page(ARTICLE, "Shut it!", "Close.", ""),  # too short to compare, or empty
    ],
    ids=["no-article", "no-comments", "unrelated", "short"],
)
def test_pages_where_the_answer_is_nothing(doc: Document) -> None:
    _run(doc)
    assert all(not c.spans["echoes"] for c in doc.comments)
    assert doc.article.spans["echoed"] == ()
    assert doc.article.attrs["echo"]["paraphrases"] == 0


def test_thousands_of_comments_are_read_up_to_the_budget() -> None:
    encoder = Encoder(KEYWORDS)
    comments = ["They will shut the library. Fixing it costs a lot. Who pays for all this?"] * 2000
    doc = _run(_page(ARTICLE, *comments), encoder)
    article_sentences = 2
    assert len(encoder.texts) == MAX_COMMENT_SENTENCES + article_sentences
    assert doc.article.attrs["echo"]["paraphrases"] == 2 * MAX_COMMENT_SENTENCES // 3
    assert doc.comments[-1].spans["echoes"] == ()  # past the budget: not read


def test_a_pasted_book_is_read_only_as_far_as_its_first_pages() -> None:
    encoder = Encoder(KEYWORDS)
    _run(_page(ARTICLE, "They will shut the library. " * 50_000), encoder)  # 1.4 million characters
    assert len(encoder.texts) == MAX_COMMENT_CHARS // len("They will shut the library. ") + 2


def test_pipe_and_call_agree_and_keep_order() -> None:
    pages = [_page(ARTICLE, "They will shut down the library."), _page(ARTICLE, "Fixing it is pricey stuff.")]
    one = [_run(p) for p in pages]
    annotator = ParaphraseAnnotator(encoder=Encoder(KEYWORDS))
    prepared = [
        Pipeline(["quotes", "echo"])(p)
        for p in [
            _page(ARTICLE, "They will shut down the library."),
            _page(ARTICLE, "Fixing it is pricey stuff."),
        ]
    ]
    both = list(annotator.pipe(prepared))
    assert [d.comments[0].spans["echoes"] for d in both] == [d.comments[0].spans["echoes"] for d in one]


def test_it_needs_the_echo_annotator_before_it() -> None:
    with pytest.raises(PipelineError, match=re.escape("'paraphrase' requires spans.echoes")):
        Pipeline(["paraphrase"])
