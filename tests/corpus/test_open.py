"""slant.corpus.open: a run's tables as Arrow, pandas and SQL from Python (issue 16)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import slant.corpus
from slant import DependencyError, InputError, MissingInputError, UsageError
from slant.corpus import CorpusRun, InProcessEngine, query, run_corpus
from slant.corpus._tables import schemas

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_annotators import PIPELINE
from corpus_pages import write_pages

pytestmark = pytest.mark.issue(16)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("open")
    write_pages(root / "in", 6)
    out = root / "run"
    run_corpus([root / "in"], out, engine=InProcessEngine(workers=0), pipeline=PIPELINE, batch_size=4)
    return out


def test_tables_are_arrow_with_the_run_schemas_and_the_same_rows_as_sql(run: Path) -> None:
    opened = slant.corpus.open(run)
    assert isinstance(opened, CorpusRun) and opened.finished and opened.tables == slant.corpus.TABLE_NAMES
    for name in opened.tables:
        table = opened.table(name)
        assert table.schema == schemas()[name]
        assert table.num_rows == query(run, f"select count(*) from {name}").rows[0][0]
    assert opened.table("pages").num_rows == 6
    assert [opened.rows(name) for name in opened.tables] == [opened.table(n).num_rows for n in opened.tables]
    shown = opened._repr_html_()
    assert "(finished)" in shown and "<td>pages</td><td>6</td>" in shown
    titles = opened.table("pages", columns=["title"]).column("title").to_pylist()
    assert sorted(titles) == sorted(r[0] for r in query(run, "select title from pages").rows)


def test_pandas_and_sql(run: Path) -> None:
    pytest.importorskip("pandas", reason="needs the pandas extra")
    opened = slant.corpus.open(run)
    comments = opened.to_pandas("comments")
    assert {"page_id", "author", "parent", "toxicity", "insult"} <= set(comments.columns)
    assert len(comments) == query(run, "select count(*) from comments").rows[0][0]
    result = opened.sql(
        "select outlet, count(*) as pages from pages where word_count > ? group by 1", params=[0]
    )
    assert result.column_names == ["outlet", "pages"] and sum(result.column("pages").to_pylist()) == 6
    assert list(result.to_pandas().columns) == ["outlet", "pages"]
    with pytest.raises(InputError, match="the query failed"):
        opened.sql("select nothing from nowhere")
    with pytest.raises(UsageError, match="table must be one of"):
        opened.table("documents")
    with pytest.raises(UsageError, match="has no column 'colour'"):
        opened.table("pages", columns=["colour"])


def test_a_missing_folder_or_one_that_is_not_a_run(tmp_path: Path) -> None:
    with pytest.raises(MissingInputError, match="no such run folder"):
        slant.corpus.open(tmp_path / "nowhere")
    with pytest.raises(InputError, match="is not a slant corpus run folder"):
        slant.corpus.open(tmp_path)
    (tmp_path / "ledger").mkdir()
    with pytest.raises(InputError, match=r"has no manifest\.json"):
        slant.corpus.open(tmp_path)


def test_an_unfinished_run_is_refused_unless_asked_for(run: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "run"
    shutil.copytree(run, copy)
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    del manifest["invocations"][-1]["finished"]  # as a run killed mid-way leaves it
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(InputError, match="has not finished"):
        slant.corpus.open(copy)
    opened = slant.corpus.open(copy, allow_unfinished=True)
    assert not opened.finished and opened.table("pages").num_rows == 6
    assert "not finished" in repr(opened)


def test_without_the_corpus_or_pandas_extra(run: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = slant.corpus.open(run)
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(DependencyError, match=r"slant\[pandas\]"):
        opened.to_pandas("pages")
    monkeypatch.setitem(sys.modules, "duckdb", None)
    with pytest.raises(DependencyError, match=r"slant\[corpus\]"):
        slant.corpus.open(run)
