"""Comments that echo the article (issue 19, part 1): pages built by hand, and the example page."""

from __future__ import annotations

from pathlib import Path

import pytest

import slant
from slant import Document, Part, Pipeline
from slant.annotators._echo import EchoAnnotator

pytestmark = pytest.mark.issue(19)

ARTICLE = (
    "Pro-government sources claim that the Syrian army and its allies are set to finish the job. "
    "Meanwhile the United States ordered more military operations."
)


def _page(article: str, *comments: str) -> Document:
    return Document(
        article=Part(article, kind="article", id="article"),
        comments=[Part(text, kind="comment", id=f"c{i}", author=f"a{i}") for i, text in enumerate(comments)],
    )


def _echoes(doc: Document) -> list[tuple[str, str, str]]:
    return [(c.id, s.label, c.span_text(s)) for c in doc.comments for s in c.spans["echoes"]]


def test_verbatim_and_near_echoes_point_at_the_article_words() -> None:
    doc = EchoAnnotator()(
        _page(ARTICLE, "Finish the job, some will die.", "They must finish their job in Syria")
    )
    assert _echoes(doc) == [("c0", "verbatim", "Finish the job"), ("c1", "near", "finish their job")]
    span = doc.comments[1].spans["echoes"][0]
    assert ARTICLE[span.attrs["article_start"] : span.attrs["article_end"]] == "finish the job"
    (echoed,) = doc.article.spans["echoed"]
    assert doc.article.span_text(echoed) == "finish the job"
    assert echoed.attrs["comments"] == ["c0", "c1"]
    summary = doc.article.attrs["echo"]
    assert summary["comments"] == 2 and summary["share"] == 1.0
    assert summary["phrases"] == [{"phrase": "finish the job", "comments": ["c0", "c1"]}]


def test_common_words_names_and_short_overlaps_are_no_echo() -> None:
    doc = EchoAnnotator()(
        _page(
            ARTICLE,
            "the United States again",  # a name, not framing
            "that military operations are hard",  # two content words once the function words go
            "it is of the and to the",  # function words only
            "",
        )
    )
    assert _echoes(doc) == []
    assert doc.article.spans["echoed"] == ()
    assert doc.article.attrs["echo"] == {"comments": 0, "share": 0.0, "echoes": 0, "quoted": 0, "phrases": []}


def test_a_quoted_echo_is_marked_quoted() -> None:
    doc = Pipeline(["quotes", "echo"])(
        _page(
            ARTICLE, "You wrote “the Syrian army and its allies are set to finish the job” and that is false."
        )
    )
    (span,) = doc.comments[0].spans["echoes"]
    assert span.attrs["quoted"] is True
    assert doc.article.attrs["echo"]["quoted"] == 1


@pytest.mark.parametrize(
    "doc",
    [
        _page("", "finish the job now"),  # no article
        _page(ARTICLE),  # no comments
        _page(ARTICLE, *["finish the job, again and again " * 50] * 2000),  # thousands of long comments
        _page("x " * 5000, "x x x x"),  # one word repeated: no content words
    ],
    ids=["no-article", "no-comments", "thousands", "degenerate"],
)
def test_bad_pages_give_results_not_crashes(doc: Document) -> None:
    EchoAnnotator()(doc)
    summary = doc.article.attrs["echo"]
    assert summary["share"] is None if not doc.comments else 0.0 <= summary["share"] <= 1.0


def test_no_comments_gives_no_share() -> None:
    doc = EchoAnnotator()(_page(ARTICLE))
    assert doc.article.attrs["echo"]["share"] is None


def test_example_page_finish_the_job_found_in_the_comments_that_carry_it(example_page: Path) -> None:
    doc = Pipeline(["quotes", "echo"])(slant.read(example_page))
    carriers = {
        c.id: [c.span_text(s) for s in c.spans["echoes"] if "finish" in s.attrs["phrase"]]
        for c in doc.comments
    }
    found = {cid: texts for cid, texts in carriers.items() if texts}
    assert [texts[0].lower() for texts in found.values()] == [
        "finish the job",
        "finish their job",
        "finish the job",
    ]
    texts = [doc.comment(cid).text for cid in found]
    assert "Finish the job, some civilians" in texts[0]
    assert "finish the job of wiping out" in texts[2]
    assert doc.article.attrs["echo"]["phrases"][0]["phrase"] == "finish the job"
    # The paraphrase ("get on with the job") is not claimed: no rule is written for it.
    paraphrase = next(c for c in doc.comments if "get on with the job" in c.text)
    where = paraphrase.text.index("get on with the job")
    assert all(s.end <= where or s.start >= where + 19 for s in paraphrase.spans["echoes"])
