"""The terminal summary: fits one screen, says what matters, colours only when asked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import slant
from slant import Document, Part, Span
from slant._labels import toxic_threshold
from slant.reports import render_summary

from .conftest import make_document

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def visible(text: str) -> str:
    return ANSI.sub("", text)


def test_summary_of_an_annotated_page(document: Document) -> None:
    summary = render_summary(document)
    lines = summary.splitlines()
    assert lines[0] == "Militants Again Ingore Terms of Ceasefire"
    assert "southfront.example · 2023-06-01 · by Staff · language en" in lines[1]
    assert "Ingore→Ignore" in summary
    assert "militan-held→militant-held" in summary
    assert "1 quotation, 1 scare quote: so-called “moderate opposition”" in summary
    assert "1 named, 1 unnamed, 1 outlet cited: according to local sources" in summary
    assert "1 link to tass.com" in summary
    assert "Propaganda techniques on the whole page: 4 spans" in summary
    # the highest-scored technique span comes first, with where it is
    assert re.search(
        r"81% Name calling or labell?ing \(article\): “moderate opposition” again violated", summary
    )
    assert "Comments: 4 by 2 named authors (2 anonymous, 2 replies)" in summary
    assert lines[-1] == "Full report: slant analyze https://southfront.example/aleppo --html report.html"
    # where the page's URL would make the hint too wide, the command keeps its shape instead
    narrow = render_summary(document, width=60).splitlines()[-1]
    assert narrow == "Full report: slant analyze PAGE --html report.html"
    assert summary.endswith("\n")


def test_most_toxic_comments_come_first_with_author_labels_and_excerpt(document: Document) -> None:
    lines = render_summary(document).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Most toxic comments"))
    assert lines[start] == f"Most toxic comments (2 of 4 scored {toxic_threshold():.2f} or more)"
    assert lines[start + 1].split()[:2] == ["0.97", "northerntruthseeker"]
    assert "obscene 0.95" in lines[start + 1]
    assert "“You are a f@cking idiot.”" in lines[start + 2]
    assert lines[start + 3].split()[:2] == ["0.91", "Пламень"]
    # comments under the threshold are not called toxic
    assert "ingore" not in " ".join(lines[start:])


def test_no_toxic_comment_says_none(document: Document) -> None:
    for comment in document.comments:
        comment.scores["toxicity"] = {key: 0.01 for key in comment.scores["toxicity"]}
    summary = render_summary(document)
    assert f"Most toxic comments (0 of 4 scored {toxic_threshold():.2f} or more)\n  none\n" in summary


def test_plain_text_unless_colour_is_asked_for(document: Document) -> None:
    plain = render_summary(document)
    coloured = render_summary(document, color=True)
    assert "\x1b[" not in plain
    assert "\x1b[" in coloured
    assert visible(coloured) == plain


@pytest.mark.parametrize("width", [40, 60, 100, 160])
def test_lines_fit_the_width(document: Document, width: int) -> None:
    for color in (False, True):
        for line in render_summary(document, width=width, color=color).splitlines():
            assert len(visible(line)) <= width, line


def test_a_long_page_still_fits_one_screen() -> None:
    text = " ".join(f"Sentence {i} says “so-called” things." for i in range(400))
    article = Part(text, kind="article", id="article")
    article.spans.set(
        "quotes", [Span(m.start(), m.end(), "scare_quote") for m in re.finditer("“so-called”", text)]
    )
    article.spans.set(
        "techniques", [Span(m.start(), m.end(), "Loaded_Language", 0.6) for m in re.finditer("things", text)]
    )
    article.spans.set("custom_layer", [Span(0, 8, "thing")])
    comments = [
        Part(f"Comment number {i} " * 30, kind="comment", id=f"c{i}", author=f"user{i % 50}")
        for i in range(300)
    ]
    for i, comment in enumerate(comments):
        comment.scores["toxicity"] = {"toxicity": (i % 100) / 100}
    summary = render_summary(
        Document(article=article, title=Part("T " * 200, kind="title", id="t"), comments=comments)
    )
    lines = summary.splitlines()
    assert len(lines) <= 40
    assert all(len(line) <= 100 for line in lines)
    assert "Comments: 300 by 50 named authors" in summary
    assert "Custom layer" in summary
    assert "0.99 user49" in summary


def test_a_bare_page_has_no_empty_sections() -> None:
    summary = render_summary(Document(article=Part("Just one line.", kind="article", id="article")))
    assert summary.splitlines()[0] == "(no title)"
    assert "outlet unknown · date unknown · 3 words" in summary
    assert "Propaganda techniques" not in summary
    assert "Most toxic" not in summary
    assert "Comments: 0 by 0 named authors" in summary


def test_techniques_layer_without_spans_says_none_found(plain_document: Document) -> None:
    plain_document.article.spans.set("techniques", [])
    assert (
        "Propaganda techniques on the whole page: 0 spans (0 in the article, 0 in comments)\n  none found"
        in render_summary(plain_document)
    )


def test_summary_of_the_example_page(example_page: Path) -> None:
    summary = render_summary(slant.analyze(example_page))
    lines = summary.splitlines()
    assert 5 <= len(lines) <= 40
    assert lines[0].startswith("Govt Forces Renew Military Operation In Aleppo")
    assert "Comments: 17 by" in summary
    assert "northerntruthseeker (2)" in summary
    assert all(len(line) <= 100 for line in lines)


def test_render_summary_is_pure(document: Document, capsys: pytest.CaptureFixture[str]) -> None:
    assert render_summary(document) == render_summary(make_document())
    assert capsys.readouterr().out == ""


def test_a_long_toxic_comment_is_excerpted_around_its_worst_words() -> None:
    text = "A long and calm opening that says nothing at all. " * 6 + "Then: you filthy rat, go away."
    comment = Part(text, kind="comment", id="c1", author="someone")
    start = text.index("filthy rat")
    comment.spans.set("toxicity", [Span(start, start + 10, "dehumanization", 0.9), Span(0, 6, "insult", 0.2)])
    comment.scores["toxicity"] = {"toxicity": 0.9, "dehumanization": 0.9}
    doc = Document(article=Part("Article.", kind="article", id="article"), comments=[comment])
    lines = render_summary(doc, width=80).splitlines()
    excerpt = lines[lines.index(next(line for line in lines if "0.90 someone" in line)) + 1]
    assert "filthy rat" in excerpt
    assert excerpt.strip().startswith("…")
    assert len(excerpt) <= 80


def test_authors_are_listed_as_far_as_they_fit() -> None:
    comments = [Part("x", kind="comment", id=f"c{i}", author=f"author-number-{i:02d}") for i in range(30)]
    comments.append(Part("y", kind="comment", id="c99", author="author-number-05"))
    doc = Document(article=Part("Article.", kind="article", id="article"), comments=comments)
    line = next(line for line in render_summary(doc, width=80).splitlines() if "author-number" in line)
    assert line.startswith("  author-number-05 (2), author-number-00")
    assert re.search(r", and \d+ more$", line)
    assert len(line) <= 80


@pytest.mark.parametrize(
    ("source", "url", "command"),
    [
        ("page one.html", None, "slant analyze 'page one.html' --html report.html"),
        ("<stdin>", None, "slant analyze PAGE --html report.html"),
        (None, None, "slant analyze PAGE --html report.html"),
        (
            "https://example.org/a",
            "https://example.org/a",
            "slant analyze https://example.org/a --html report.html",
        ),
    ],
)
def test_the_hint_names_the_command_for_the_full_report(
    source: str | None, url: str | None, command: str
) -> None:
    doc = Document(article=Part("Text.", kind="article", id="article"), source=source, url=url)
    assert render_summary(doc).splitlines()[-1] == f"Full report: {command}"
