"""The same page gives the same numbers in every view (issue 13).

The JSON's ``stats`` are the page's statistics; the terminal summary and the HTML report show those
numbers, and say which count the article and which the whole page. The web page's side is checked in
tests/serve/test_labels.py (its script) and tests/serve/test_browser.py (in chromium).
"""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest

import slant
from slant import Document
from slant._labels import label_spec, toxic_threshold
from slant.reports import render_html, render_summary, to_dict

from .conftest import make_document

pytestmark = pytest.mark.issue(13)


@pytest.fixture(scope="module")
def analysed_example(example_page: Path) -> Document:
    try:
        pipeline = slant.default_pipeline()
    except slant.SlantError as error:  # a model annotator not installed here
        pytest.skip(f"the default pipeline is not available: {error}")
    return pipeline(slant.read(example_page))


def html_figures(report: str) -> dict[str, str]:
    """The HTML report's figure cards: name -> value."""
    cards = re.findall(r"<li title=\"[^\"]*\"><b>([^<]*)</b>([^<]*)</li>", report)
    return {unescape(name): unescape(value) for value, name in cards}


def html_legend_counts(report: str) -> dict[str, tuple[int, int]]:
    """Label title -> (spans shown, less certain spans hidden), as the legend counts them (issue 15)."""
    rows = re.findall(
        r'<span class="name">([^<]*)</span><span class="n">(\d+)(?:<span class="more"[^>]*>\+(\d+)</span>)?</span>',
        report,
    )
    return {unescape(name): (int(count), int(hidden or 0)) for name, count, hidden in rows}


def expected_numbers(stats: dict[str, Any]) -> dict[str, int]:
    layers = stats["layers"]
    return {
        "named": layers["sources"]["article_labels"].get("named", 0),
        "unnamed": layers["sources"]["article_labels"].get("unnamed", 0),
        "scare_quotes": layers["quotes"]["article_labels"].get("scare_quote", 0),
        "quotations": layers["quotes"]["article_labels"].get("quotation", 0),
        "misspellings": layers["misspellings"]["article"],
        "techniques": layers["techniques"]["total"],
        "techniques_shown": layers["techniques"]["shown"],
        "toxic": stats["toxic_comments"],
    }


def check_views_agree(doc: Document) -> None:
    stats = to_dict(doc)["stats"]
    expected = expected_numbers(stats)
    threshold = f"{stats['toxic_threshold']:.2f}"

    summary = render_summary(doc, width=200)
    assert f"{expected['named']} named, {expected['unnamed']} unnamed" in summary
    assert re.search(
        rf"\b{expected['quotations']} quotations?, {expected['scare_quotes']} scare quotes?", summary
    )
    assert re.search(rf"Misspellings +{expected['misspellings']} \(", summary)
    assert re.search(
        rf"Propaganda techniques on the whole page: {expected['techniques_shown']} spans? shown of "
        rf"{expected['techniques']} ",
        summary,
    )
    assert (
        f"Most toxic comments ({expected['toxic']} of {stats['scored_comments']} scored {threshold} or more)"
        in (summary)
    )

    report = render_html(doc)
    figures = html_figures(report)
    assert figures["sources named / unnamed in the article"] == f"{expected['named']} / {expected['unnamed']}"
    assert figures["scare quotes in the article"] == str(expected["scare_quotes"])
    assert figures["quotations in the article"] == str(expected["quotations"])
    assert any(
        name.startswith("misspellings per 1,000 words") and name.endswith(f"({expected['misspellings']})")
        for name in figures
    )
    assert figures["technique spans shown / found on the page"] == (
        f"{expected['techniques_shown']} / {expected['techniques']}"
    )
    assert figures[f"toxic comments (score ≥ {threshold})"] == str(expected["toxic"])
    # The legend counts the whole page, as the JSON's labels do, and says so.
    assert "Counts are of the whole page" in report
    legend = html_legend_counts(report)
    for layer in ("sources", "quotes", "techniques"):
        counted = stats["layers"][layer]
        for label, count in counted["labels"].items():
            shown = counted.get("shown_labels", counted["labels"]).get(label, 0)
            assert legend[label_spec(layer, label).title] == (shown, count - shown)


def test_json_terminal_and_html_show_the_same_counts_for_the_example_page(analysed_example: Document) -> None:
    check_views_agree(analysed_example)


def test_json_terminal_and_html_show_the_same_counts_for_a_hand_made_page() -> None:
    check_views_agree(make_document())


def test_a_comment_over_the_model_threshold_but_under_one_half_counts_as_toxic() -> None:
    # The issue's case: a comment at 0.4 had toxic words marked but was counted as not toxic.
    doc = make_document()
    threshold = toxic_threshold()
    assert threshold < 0.5, "the shipped model's toxicity threshold is no longer below one half"
    # Between the threshold and one half (0.4 until issue 17 moved the threshold to 0.422).
    between = (threshold + 0.5) / 2
    for comment in doc.comments:
        comment.scores["toxicity"] = dict.fromkeys(comment.scores["toxicity"], 0.01)
    doc.comments[0].scores["toxicity"]["toxicity"] = between
    stats = to_dict(doc)["stats"]
    assert stats["toxic_comments"] == 1
    assert stats["toxic_threshold"] == threshold
    assert f"Most toxic comments (1 of 4 scored {threshold:.2f} or more)" in render_summary(doc)
    report = render_html(doc)
    assert html_figures(report)[f"toxic comments (score ≥ {threshold:.2f})"] == "1"
    assert report.count('class="comment card d0 toxic"') == 1


@pytest.mark.issue(13)
@pytest.mark.model
def test_the_json_records_the_models_that_ran(example_page: Path) -> None:
    from slant.toxicity._annotator import ToxicityAnnotator

    data = to_dict(slant.analyze(example_page))
    assert set(data["models"]) == {"techniques", "toxicity"}
    expected = ToxicityAnnotator().model_info().as_dict()
    assert data["models"]["toxicity"] == {k: v for k, v in expected.items() if k != "path"}
    assert to_dict(slant.analyze(example_page, pipeline=["sentences"]))["models"] == {}
    # Read back from the analysis JSON as it was written.
    again = slant.read(json.dumps(data), format="json")
    assert again.models == data["models"]


@pytest.mark.issue(14)
def test_the_json_carries_the_notes_every_view_shows() -> None:
    data = json.dumps({"text": "The council met on Monday and voted. " * 20, "comments": ["a", "b", "c"]})
    doc = slant.read(data, format="json", limits=slant.ReadLimits(max_comments=1))
    notes = to_dict(doc)["notes"]
    assert notes and "the first 1 of 3 comments" in notes[0]
    assert notes[0] in render_html(doc).replace("&#x27;", "'")
    assert to_dict(slant.read(json.dumps({"text": "The council met. " * 20}), format="json"))["notes"] == []
