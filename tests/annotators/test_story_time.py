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
    assert result["window"] == {
        "not_before": "2016-12-13",
        "not_after": None,
        "not_before_by": "the latest date it gives",
        "not_after_by": None,
    }
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
    assert result["window"] == {
        "not_before": None,
        "not_after": "2016-12-14",
        "not_before_by": None,
        "not_after_by": "its first comment",
    }
    assert "its first comment is from 2016-12-14" in result["flag"]
    # "yesterday" is anchored to a page date known to the day.
    (relative,) = [e for e in result["evidence"] if e["kind"] == "relative"]
    assert relative == {"kind": "relative", "text": "yesterday", "value": "2023-06-13"}


def test_a_current_story_is_not_flagged() -> None:
    result = _result(_page("Talks resumed on 2 June 2023, officials said.", published="2023-06-03"))
    assert result["window"]["not_before"] == "2023-06-02" and result["window"]["not_after"] is None
    assert result["flag"] is None


def test_no_evidence_is_said_never_invented() -> None:
    result = _result(_page("Talks resumed last night, officials said."))
    assert result["page_date"] is None and result["window"] is None and result["flag"] is None
    assert result["evidence"] == [{"kind": "relative", "text": "last night", "value": None}]
    assert (
        result["note"]
        == "no explicit date, no comment times and no checked office: the story's time is not known"
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
        "President of " + "Aa " * 5000,
        "Russian Foreign Minister Al-Aa " * 2000,
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


def _office(result: dict[str, Any]) -> dict[str, Any]:
    (office,) = [e for e in result["evidence"] if e["kind"] == "office"]
    return office


def test_a_sitting_office_holder_inside_the_term_is_not_flagged() -> None:
    result = _result(
        _page(
            "Meanwhile, still president of the United States Barack Obama ordered more aid.",
            chrome=["MAY 2015"],
        )
    )
    office = _office(result)
    assert office["person"] == "Barack Obama" and office["office"] == "president of the united states"
    assert office["qualifier"] == "still" and office["checked"] is True
    assert office["terms"] == [
        {"office": "President of the United States", "start": "2009-01-20", "end": "2017-01-20"}
    ]
    assert result["window"]["not_before"] == "2009-01-20" and result["window"]["not_after"] == "2017-01-20"
    assert result["flag"] is None and result["note"] is None


def test_a_sitting_office_holder_outside_the_term_is_flagged_with_the_evidence() -> None:
    after = _result(_page("Still president of the United States Barack Obama spoke.", published="2023-06-14"))
    assert after["flag"] == (
        "page dated 2023-06-14; the text places the events before 2017-01-20: "
        "Barack Obama described as sitting President of the United States"
    )
    assert (
        after["window"]["not_after_by"] == "Barack Obama described as sitting President of the United States"
    )
    before = _result(
        _page("Russian Foreign Minister Sergei Lavrov announced a ceasefire.", chrome=["JUNE 2001"])
    )
    assert _office(before)["terms"][0]["start"] == "2004-03-09" and _office(before)["terms"][0]["end"] is None
    assert before["window"]["not_after"] is None
    assert before["flag"] == (
        "page dated 2001-06; the text places the events after 2004-03-09: "
        "Sergei Lavrov described as sitting Minister of Foreign Affairs of Russia"
    )


def test_a_surname_alone_or_a_name_before_other_capitals_is_found() -> None:
    surname = _result(_page("President Obama said on Tuesday the talks would go on.", chrome=["JUNE 2023"]))
    assert _office(surname)["person"] == "Obama" and _office(surname)["text"] == "President Obama"
    assert surname["window"]["not_after"] == "2017-01-20" and surname["flag"] is not None
    trailing = _result(_page("President Barack Obama Tuesday met the envoys.", published="2015-02-03"))
    assert _office(trailing)["person"] == "Barack Obama" and _office(trailing)["checked"] is True
    # A capitalised word after an office that the table does not hold is not taken for a name.
    assert [
        e for e in _result(_page("Said the President Said nothing."))["evidence"] if e["kind"] == "office"
    ] == []


def test_a_former_office_holder_is_checked_but_does_not_bound_the_story() -> None:
    result = _result(_page("Former president Barack Obama spoke at the event.", published="2023-06-14"))
    assert _office(result)["checked"] is True and _office(result)["qualifier"] == "former"
    assert result["window"] is None and result["flag"] is None
    late = _result(_page("The late President Hafez Assad built the state.", published="2023-06-14"))
    assert _office(late)["checked"] is True and _office(late)["qualifier"] == "late"
    assert late["window"] is None and late["flag"] is None


def test_a_deputy_is_not_the_office_holder() -> None:
    text = (
        "Vice President Joe Biden and Deputy Foreign Minister Sergei Ryabkov met US Vice-President Joe Biden."
    )
    result = _result(_page(text, published="2014-05-02"))
    assert [e for e in result["evidence"] if e["kind"] == "office"] == []
    assert result["flag"] is None


def test_a_name_in_the_table_with_a_different_office_stays_unchecked() -> None:
    result = _result(_page("Still prime minister Barack Obama spoke.", published="2023-06-14"))
    office = _office(result)
    assert office["checked"] is False and office["terms"] == []
    assert office["unchecked_because"] == "the table holds this name in another office only"
    assert result["window"] is None and result["flag"] is None
    assert "Barack Obama (the table holds this name in another office only)" in result["note"]


def test_an_unknown_name_stays_listed_unchecked() -> None:
    result = _result(_page("Still president of the United States Jonas Quill spoke.", published="2023-06-14"))
    office = _office(result)
    assert office["person"] == "Jonas Quill" and office["checked"] is False
    assert office["unchecked_because"] == "the table does not hold this name"
    assert result["flag"] is None
    assert result["note"].endswith(
        "people described in office listed, unchecked: Jonas Quill (the table does not hold this name)"
    )
    # An office the table does not cover is said as such.
    uncovered = _office(_result(_page("Defence Minister Jonas Quill spoke.")))
    assert uncovered["unchecked_because"] == "the table does not cover this office"


def test_example_page_flags_its_date_against_the_office_holders(example_page: Path) -> None:
    doc = StoryTimeAnnotator()(slant.read(example_page))
    result = doc.article.attrs["story_time"]
    assert result["page_date"]["text"] == "JUNE 2023"
    kinds = [(e["kind"], e["text"]) for e in result["evidence"]]
    assert ("office", "still president of the United States Barack Obama") in kinds
    assert ("office", "Russian Foreign Minister Sergey Lavrov") in kinds
    assert ("relative", "Last night") in kinds
    assert result["window"]["not_before"] == "2009-01-20" and result["window"]["not_after"] == "2017-01-20"
    assert result["flag"] == (
        "page dated 2023-06; the text places the events before 2017-01-20: "
        "Barack Obama described as sitting President of the United States"
    )
    facts = dict(time_facts(doc))
    assert facts["Dates"].startswith("page dated 2023-06 (a line of page chrome: “JUNE 2023”)")
    assert facts["Date check"] == result["flag"]
    assert (
        "Barack Obama (still president of the united states): in office 2009-01-20 to 2017-01-20"
        in facts["In office"]
    )
    summary = render_summary(doc, width=1000)
    assert facts["Dates"][:60] in summary and "before 2017-01-20" in summary
    assert "When is this story from?" in render_html(doc)
    jsonschema.validate(to_dict(doc), document_schema())
