"""One label table for every view (issue 13): names, fixed colours that never collide, thresholds.

``GET /v1/labels`` hands the page the table the terminal summary, the HTML report and the corpus
dashboard read (``slant._labels``), so the page never invents a colour or a threshold.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from itertools import combinations
from pathlib import Path

import pytest

from slant._labels import label_spec, label_table, toxic_threshold
from slant.corpus import TOXIC_THRESHOLD
from slant.toxicity import LABELS

from .conftest import ApiClient

pytestmark = pytest.mark.issue(13)

APP_JS = Path(__file__).resolve().parents[2] / "src" / "slant" / "serve" / "static" / "app.js"
VIEW_LAYERS = ("techniques", "sources", "quotes", "misspellings", "links", "toxicity")


def shipped_thresholds() -> dict[str, float]:
    text = resources.files("slant").joinpath("data", "toxicity", "metrics.json").read_text(encoding="utf-8")
    thresholds: dict[str, float] = json.loads(text)["thresholds"]
    return thresholds


def test_every_label_of_every_layer_has_a_colour_and_a_name() -> None:
    table = label_table()
    layers = {spec.layer for spec in table}
    assert set(VIEW_LAYERS) <= layers
    assert {spec.label for spec in table if spec.layer == "toxicity"} == set(LABELS)
    assert len({spec.label for spec in table if spec.layer == "techniques"}) == 14
    for spec in table:
        assert re.fullmatch(r"#[0-9a-f]{6}", spec.colour), spec
        assert spec.title and spec.group and spec.definition, spec


def test_no_two_labels_of_a_view_share_a_colour() -> None:
    # Every view shows the labels of all six layers at once (the comments carry toxicity words next to
    # technique spans), so colours and hues must differ across the whole table, not within a layer.
    shown = [spec for spec in label_table() if spec.layer in VIEW_LAYERS]
    assert len({spec.colour for spec in shown}) == len(shown)
    assert len({spec.hue for spec in shown}) == len(shown)
    techniques = [spec.hue for spec in shown if spec.layer == "techniques"]
    distances = [min(abs(a - b), 360 - abs(a - b)) for a, b in combinations(techniques, 2)]
    assert min(distances) >= 8


def test_a_label_has_its_colour_on_every_page() -> None:
    # Colours belong to labels, not to positions in one page's legend.
    assert (
        label_spec("techniques", "Loaded_Language")
        == label_table()[[(s.layer, s.label) for s in label_table()].index(("techniques", "Loaded_Language"))]
    )
    unknown = label_spec("someone_elses_layer", "thing")
    assert unknown.colour == label_spec("someone_elses_layer", "thing").colour
    assert unknown.threshold is None


def test_toxicity_thresholds_are_the_models_tuned_ones() -> None:
    thresholds = shipped_thresholds()
    for label in LABELS:
        assert label_spec("toxicity", label).threshold == pytest.approx(thresholds[label])
    assert toxic_threshold() == pytest.approx(thresholds["toxicity"])
    assert toxic_threshold() != 0.5
    # The corpus tables and dashboard count a comment as toxic from the same threshold.
    assert toxic_threshold() == TOXIC_THRESHOLD
    assert label_spec("quotes", "scare_quote").threshold is None


def test_labels_route_serves_the_table(client: ApiClient) -> None:
    served = client.get("/v1/labels").json()
    for spec in label_table():
        entry = served[spec.layer][spec.label]
        assert entry["colour"] == spec.colour
        assert entry["title"] == spec.title
        assert entry["threshold"] == spec.threshold
    assert served["toxicity"]["toxicity"]["threshold"] == pytest.approx(shipped_thresholds()["toxicity"])


def _function(source: str, name: str) -> str:
    """The body of one top-level function of app.js (up to the next function at the same indent)."""
    start = source.index(f"  function {name}(")
    end = source.index("\n  function ", start + 1)
    return source[start:end]


def test_web_page_takes_counts_from_stats_and_colours_from_the_table() -> None:
    source = APP_JS.read_text(encoding="utf-8")
    # No colour is assigned by position: the colour is the label table's.
    assert "PALETTE" not in source and not re.search(r'"c" \+', source)
    colour = _function(source, "colourBy")
    assert "labelInfo(layer, label).colour" in colour
    # The summary's numbers are the JSON's stats fields, never counts of spans.
    summary = _function(source, "renderSummary")
    for field in ("stats", "article_labels", "article_words", ".total", "toxic_comments", "toxic_threshold"):
        assert field in summary, field
    assert ".spans" not in summary and "filter((s)" not in summary and "reduce(" not in summary
    # The legend's counts are stats.layers[layer].labels, the whole page's.
    legend = _function(source, "collectKeys")
    assert "data.stats" in legend and ".labels" in legend
    # A comment is toxic from the table's threshold, not from a constant.
    assert "thresholdOf(" in _function(source, "renderComment")
    assert ">= 0.5" not in source
