"""The chart explorer's data and its vendored Chart.js, without a browser (issue 16)."""

from __future__ import annotations

import hashlib
import json
import re
from importlib.resources import files

import pytest

from slant.corpus import _explorer
from slant.corpus._explorer import chartjs_info, explorer, measures

pytestmark = pytest.mark.issue(16)
duckdb = pytest.importorskip("duckdb", reason="needs the corpus extra")


def test_the_vendored_chartjs_is_the_recorded_one_with_its_licence() -> None:
    info = chartjs_info()
    assets = files("slant.corpus") / "assets"
    code = (assets / info["file"]).read_bytes()
    assert hashlib.sha256(code).hexdigest() == info["sha256"] and len(code) == info["bytes"]
    assert info["name"] == "chart.js" and info["license"] == "MIT"
    assert code.startswith(f"/*!\n * Chart.js v{info['version']}".encode())
    assert "MIT License" in (assets / "chartjs-LICENSE.md").read_text(encoding="utf-8")
    # Nothing in it may close the inline <script> element, and no source map is referenced.
    assert b"</script" not in code.lower() and b"sourceMappingURL" not in code


def _db() -> object:
    db = duckdb.connect(":memory:")
    db.execute(
        "create table pages as select * from (values "
        "('p1', 'a.example', date '2022-03-04', 1000, 4, map(['Loaded_Language'], [3])),"
        "('p2', 'a.example', null, 500, 1, map(['Doubt'], [1])),"
        "('p3', null, date '2022-04-01', 2000, 0, map([], []))"
        ") t(page_id, outlet, published_date, word_count, technique_spans, technique_counts)"
    )
    db.execute(
        "create table comments as select * from (values ('p1', 0.9), ('p1', 0.1), ('p3', null)) "
        "t(page_id, toxicity)"
    )
    return db


def test_cells_sum_per_outlet_and_month_and_keep_undated_pages() -> None:
    section = explorer(_db())
    assert section is not None
    data = json.loads(re.search(r'id="slant-explorer-data">(.*?)</script>', section.html).group(1))  # type: ignore[union-attr]
    assert data["months"] == ["2022-03", "2022-04"]
    assert data["outlets"] == ["a.example", "(outlet unknown)"]
    march = data["cells"]["a.example"]["2022-03"]
    assert march == {
        "pages": 1, "words": 1000, "techniques": 4, "t:Loaded_Language": 3,
        "scored": 2, "toxic": 1, "toxicity_sum": pytest.approx(1.0),
    }  # fmt: skip
    assert data["cells"]["a.example"]["undated"]["t:Doubt"] == 1
    assert data["cells"]["(outlet unknown)"]["2022-04"]["scored"] == 0  # a comment with no score
    keys = [m["key"] for m in data["measures"]]
    assert keys == [
        "techniques",
        "technique:Loaded_Language",
        "technique:Doubt",
        "toxic_share",
        "toxicity_mean",
    ]


def test_outlets_past_the_top_are_pooled_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_explorer, "TOP_OUTLETS", 1)
    section = explorer(_db())
    data = json.loads(re.search(r'id="slant-explorer-data">(.*?)</script>', section.html).group(1))  # type: ignore[union-attr]
    assert data["outlets"] == ["a.example", "(other outlets)"]
    assert data["cells"]["(other outlets)"]["2022-04"]["words"] == 2000
    assert data["colors"]["(other outlets)"] == "#888888"


def test_page_text_cannot_close_the_data_block() -> None:
    db = _db()
    db.execute("update pages set outlet = '</script><script>alert(1)</script>' where page_id = 'p3'")  # type: ignore[attr-defined]
    section = explorer(db)
    assert section is not None
    assert "<script>alert(1)" not in section.html and "\\u003c/script>" in section.html


def test_measures_are_ratios_of_cell_fields() -> None:
    fields = {"words", "techniques", "scored", "toxic", "toxicity_sum", "t:X"}
    for measure in measures(["X"]):
        assert {measure.num, measure.den} <= fields and measure.scale > 0
