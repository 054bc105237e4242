"""slant corpus query: DuckDB views over a run, printed as a table, CSV or JSON Lines."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from slant import InputError, MissingInputError
from slant.corpus import InProcessEngine, format_result, query, run_corpus

# The helper modules sit next to this file; worker processes import them by name too, so they
# must be on sys.path (pytest's importlib mode does not put them there).
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_annotators import PIPELINE
from corpus_pages import write_pages


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("query")
    write_pages(root / "in", 6)
    out = root / "run"
    run_corpus([root / "in"], out, engine=InProcessEngine(workers=0), pipeline=PIPELINE, batch_size=4)
    return out


SQL = "select title, technique_spans, technique_counts from pages order by title limit 2"


def test_csv_has_a_header_and_json_for_maps(run: Path) -> None:
    text = format_result(query(run, SQL), "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["title", "technique_spans", "technique_counts"]
    assert rows[1][0] == "Report number 0 from the front"
    assert json.loads(rows[1][2]) == {"Loaded_Language": 1, "Name_Calling,Labeling": 1}
    assert len(rows) == 3


def test_jsonl_is_one_object_per_row(run: Path) -> None:
    lines = format_result(query(run, SQL), "jsonl").splitlines()
    assert [json.loads(line)["title"] for line in lines] == [
        "Report number 0 from the front",
        "Report number 1 from the front",
    ]
    assert json.loads(lines[1])["technique_counts"] == {"Loaded_Language": 2}


def test_table_is_aligned_with_a_row_count(run: Path) -> None:
    text = format_result(query(run, "select outlet, count(*) as pages from pages group by 1"), "table")
    lines = text.splitlines()
    assert lines[0].split() == ["outlet", "pages"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[-1] == "(1 row)"


def test_dates_become_iso_strings(run: Path) -> None:
    result = query(run, "select date '2022-03-01' as d")
    assert json.loads(format_result(result, "jsonl")) == {"d": "2022-03-01"}


def test_empty_tables_are_still_views(run: Path) -> None:
    assert query(run, "select count(*) from errors").rows == [(0,)]
    assert "reason" in query(run, "select * from errors").columns


def test_bad_sql_is_a_one_line_input_error(run: Path) -> None:
    with pytest.raises(InputError, match="the query failed") as caught:
        query(run, "select nope from pages")
    assert "\n" not in str(caught.value)


def test_unknown_format_and_missing_run(run: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="format must be"):
        format_result(query(run, SQL), "xml")
    with pytest.raises(MissingInputError):
        query(tmp_path / "nothing", SQL)
    with pytest.raises(InputError, match="not a slant corpus run"):
        query(tmp_path, SQL)
