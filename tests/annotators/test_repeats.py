"""Repeated comments and slogans within one page (issue 19, part 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

import slant
from slant import Document, Part, Pipeline
from slant.annotators._repeats import RepeatsAnnotator

pytestmark = pytest.mark.issue(19)


def _page(*comments: tuple[str | None, str]) -> Document:
    return Document(
        article=Part("An article.", kind="article", id="article"),
        comments=[
            Part(text, kind="comment", id=f"c{i}", author=author) for i, (author, text) in enumerate(comments)
        ],
    )


def test_copies_of_one_comment_are_grouped_whatever_their_case_and_punctuation() -> None:
    doc = RepeatsAnnotator()(
        _page(
            ("bot1", "Stand with our brave army, share this now!"),
            ("reader", "I disagree with the article."),
            ("bot2", "stand with our brave army -- share this now"),
            ("bot1", "Stand with our brave army, share this now!"),
        )
    )
    labels = [[s.label for s in c.spans["repeats"]] for c in doc.comments]
    assert labels == [["repeated_comment"], [], ["repeated_comment"], ["repeated_comment"]]
    (group,) = doc.article.attrs["repeats"]["groups"]
    assert group["comments"] == ["c0", "c2", "c3"] and group["authors"] == ["bot1", "bot2"]
    assert doc.article.attrs["repeats"]["repeated_comments"] == 3
    # Copies of one comment are one voice: they do not make a slogan by themselves.
    assert doc.article.attrs["repeats"]["slogans"] == []


def test_a_phrase_in_three_comments_is_a_slogan() -> None:
    doc = RepeatsAnnotator()(
        _page(
            ("a", "Finish the job, whatever it costs."),
            ("b", "They must finish their job in Syria."),
            ("c", "Time to finish the job of wiping them out."),
            ("d", "Nothing to do with it."),
        )
    )
    (slogan,) = doc.article.attrs["repeats"]["slogans"]
    assert slogan == {"phrase": "finish the job", "comments": ["c0", "c1", "c2"], "count": 3}
    assert [c.span_text(s) for c in doc.comments for s in c.spans["repeats"]] == [
        "Finish the job",
        "finish their job",
        "finish the job",
    ]


def test_nothing_repeated_gives_nothing() -> None:
    doc = RepeatsAnnotator()(
        _page(("a", "Good."), ("b", "Good."), ("c", "A thoughtful reply about the war."))
    )
    assert all(c.spans["repeats"] == () for c in doc.comments)  # two-word copies are conversation
    assert doc.article.attrs["repeats"] == {"repeated_comments": 0, "groups": [], "slogans": []}


def test_no_comments_and_thousands_of_comments() -> None:
    assert RepeatsAnnotator()(_page()).article.attrs["repeats"]["groups"] == []
    many = _page(*[(f"u{i % 7}", f"Vote for the brave candidate now, number {i % 3}") for i in range(3000)])
    summary = RepeatsAnnotator()(many).article.attrs["repeats"]
    assert summary["repeated_comments"] == 3000
    assert [len(g["comments"]) for g in summary["groups"]] == [1000, 1000, 1000]


def test_example_page_notes_the_repeated_slogan(example_page: Path) -> None:
    doc = Pipeline(["repeats"])(slant.read(example_page))
    slogans = doc.article.attrs["repeats"]["slogans"]
    assert [s["phrase"] for s in slogans] == ["finish the job"]
    assert len(slogans[0]["comments"]) == 3
