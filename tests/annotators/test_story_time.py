"""The page's date against the story's own time (issue 19, part 2): pages built by hand, and the example."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest

import slant
from slant import Document, Part
from slant.annotators._story_time import StoryTimeAnnotator
from slant.reports import document_schema, render_html, render_summary, to_dict
from slant.reports._story_time import time_facts

pytestmark = pytest.mark.issue(19)


def _page(
    text: str,
    *,
    published: str | None = None,
    url: str | None = None,
    chrome: list[str] | None = None,
    comment_times: tuple[str | None, ...] = (),
) -> Document:
    article = Part(text, kind="article", id="article", published=published)
    comments = [
        Part("A comment.", kind="comment", id=f"c{i}", published=t) for i, t in enumerate(comment_times)
    ]
    return Document(article=article, comments=comments, url=url, meta={"chrome": chrome} if chrome else None)


def _result(doc: Document) -> dict[str, Any]:
    StoryTimeAnnotator()(doc)
    result: dict[str, Any] = doc.article.attrs["story_time"]
    return result


def test_an_old_dated_story_under_a_new_page_date_is_flagged() -> None:
    result = _result(_page("On 13 December 2016 the army entered the city.", chrome=["JUNE 2023"]))
    assert result["page_date"] == {"value": "2023-06", "source": "chrome", "text": "JUNE 2023"}
    assert result["window"] == {"not_before": "2016-12-13", "not_after": None}
    assert result["flag"] == (
        "page dated 2023-06; the latest date the text gives is 2016-12-13, 6 year(s) earlier: "
        "check that the story is current"
    )


def test_a_page_dated_after_its_first_comment_is_flagged() -> None:
    doc = _page(
        "The minister spoke yesterday.",
        url="https://x.example/2023/06/14/story",
        comment_times=("2016-12-14T10:00", None),
    )
    result = _result(doc)
    assert result["page_date"]["value"] == "2023-06-14" and result["page_date"]["source"] == "url"
    assert result["window"] == {"not_before": None, "not_after": "2016-12-14"}
    assert "its first comment is from 2016-12-14" in result["flag"]
    # "yesterday" is anchored to a page date known to the day.
    (relative,) = [e for e in result["evidence"] if e["kind"] == "relative"]
    assert relative == {"kind": "relative", "text": "yesterday", "value": "2023-06-13"}


def test_a_current_story_is_not_flagged() -> None:
    result = _result(_page("Talks resumed on 2 June 2023, officials said.", published="2023-06-03"))
    assert result["window"] == {"not_before": "2023-06-02", "not_after": None}
    assert result["flag"] is None


def test_no_evidence_is_said_never_invented() -> None:
    result = _result(_page("Talks resumed last night, officials said."))
    assert result["page_date"] is None and result["window"] is None and result["flag"] is None
    assert result["evidence"] == [{"kind": "relative", "text": "last night", "value": None}]
    assert (
        result["note"] == "no explicit date in the story and no comment times: the story's time is not known"
    )
    assert time_facts(_page("")) == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "31 February 2016 and 99/99/2016 and June 2016x",
        "Published 2016-13-45.",
        "0" * 20000,
        "1999 " * 5000,
    ],
)
def test_odd_dates_and_empty_pages_give_results(text: str) -> None:
    doc = _page(
        text,
        published="sometime in spring",
        chrome=["MAY 20", "Page 1 of 3"],
        comment_times=("3 hours ago", "yesterday"),
    )
    result = _result(doc)
    assert result["page_date"] is None
    assert result["comment_times"] == 0
    jsonschema.validate(to_dict(doc), document_schema())


def test_people_in_office_are_listed_unchecked() -> None:
    result = _result(_page("Meanwhile, still president of the United States Barack Obama ordered more aid."))
    (office,) = [e for e in result["evidence"] if e["kind"] == "office"]
    assert office["person"] == "Barack Obama" and office["office"] == "president of the united states"
    assert office["qualifier"] == "still" and office["checked"] is False
    assert "not checked" in result["note"]


def test_example_page_shows_its_date_and_evidence(example_page: Path) -> None:
    doc = StoryTimeAnnotator()(slant.read(example_page))
    result = doc.article.attrs["story_time"]
    assert result["page_date"]["text"] == "JUNE 2023"
    kinds = [(e["kind"], e["text"]) for e in result["evidence"]]
    assert ("office", "still president of the United States Barack Obama") in kinds
    assert ("relative", "Last night") in kinds
    # No explicit date and no comment times: no window, so no flag, and the reason is said.
    assert result["window"] is None and result["flag"] is None
    facts = dict(time_facts(doc))
    assert facts["Dates"].startswith("page dated 2023-06 (a line of page chrome: “JUNE 2023”)")
    assert "Barack Obama (still president of the united states)" in facts["In office"]
    assert facts["Dates"][:60] in render_summary(doc, width=1000)
    assert "When is this story from?" in render_html(doc)
    jsonschema.validate(to_dict(doc), document_schema())
