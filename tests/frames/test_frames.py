"""slant.frames: documents as tidy Arrow tables and pandas frames, a column of pages analysed (issue 16)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from slant import DependencyError, Document, Part, Span, UsageError
from slant.corpus._tables import TOXICITY_LABELS, schemas
from slant.frames import DOCUMENT_TABLES, analyze_column, to_arrow, to_pandas

pytestmark = pytest.mark.issue(16)
pd = pytest.importorskip("pandas", reason="needs the pandas extra")


def _doc(scored: bool = True) -> Document:
    article = Part("The so-called experts lied.", kind="article", id="article")
    article.spans.set("techniques", [Span(4, 13, "Name_Calling,Labeling", 0.7, "techniques")])
    first = Part("Idiots, all of them", kind="comment", id="c1", author="Ann")
    second = Part("Agreed", kind="comment", id="c2", author=None, parent="c1")
    if scored:
        first.scores["toxicity"] = dict.fromkeys(TOXICITY_LABELS, 0.25) | {"toxicity": 0.9}
        second.scores["toxicity"] = dict.fromkeys(TOXICITY_LABELS, 0.01)
    first.spans.set("toxicity", [Span(0, 6, "insult", 0.8, "toxicity")])
    return Document(article=article, comments=[first, second], url="https://news.example/a")


def test_the_tables_have_the_columns_of_a_corpus_run() -> None:
    for table in DOCUMENT_TABLES:
        assert to_arrow(_doc(), table).schema == schemas()[table]


def test_one_row_per_comment_with_author_parent_and_the_seven_scores() -> None:
    frame = to_pandas(_doc(), "comments")
    assert list(frame["comment_id"]) == ["c1", "c2"]
    assert frame.loc[0, "author"] == "Ann" and frame.loc[1, "parent"] == "c1"
    assert set(TOXICITY_LABELS) <= set(frame.columns)
    assert frame.loc[0, "toxicity"] == 0.9 and frame.loc[1, "insult"] == 0.01
    unscored = to_pandas(_doc(scored=False), "comments")
    assert all(math.isnan(v) for v in unscored["toxicity"])


def test_one_row_per_span_with_part_offsets_label_score_and_text() -> None:
    frame = to_pandas(_doc(), "spans")
    rows = frame[["part", "part_id", "start", "end", "layer", "label", "score", "text"]].to_dict("records")
    assert rows == [
        {"part": "article", "part_id": "article", "start": 4, "end": 13, "layer": "techniques",
         "label": "Name_Calling,Labeling", "score": 0.7, "text": "so-called"},
        {"part": "comment", "part_id": "c1", "start": 0, "end": 6, "layer": "toxicity",
         "label": "insult", "score": 0.8, "text": "Idiots"},
    ]  # fmt: skip


def test_several_documents_follow_each_other_with_their_page_ids() -> None:
    table = to_arrow([_doc(), _doc()], "comments", page_ids=["a", "b"])
    assert table.column("page_id").to_pylist() == ["a", "a", "b", "b"]
    assert to_arrow([_doc(), _doc()], "pages").column("page_id").to_pylist() == ["0", "1"]
    with pytest.raises(UsageError, match="page_ids must name each of the 2 documents"):
        to_arrow([_doc(), _doc()], page_ids=["a"])
    with pytest.raises(UsageError, match="table must be one of pages, spans, comments"):
        to_arrow(_doc(), "errors")
    with pytest.raises(UsageError, match="got a str among them"):
        to_arrow(["not a document"])  # type: ignore[list-item]


def test_arrow_tables_need_no_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    assert to_arrow(_doc(), "comments").num_rows == 2
    with pytest.raises(DependencyError, match=r"pip install 'slant\[pandas\]'"):
        to_pandas(_doc())
    with pytest.raises(DependencyError, match=r"slant\[pandas\]"):
        analyze_column(["page"])


def test_a_column_of_pages_gives_one_row_per_page_on_its_index(example_page: Path) -> None:
    text = example_page.read_text(encoding="utf-8")
    pages = pd.Series(
        [
            text,
            "A short page.\n\nIt has one paragraph of plain text for the reader to read here, and no comments.",
        ],
        index=[7, 9],
    )
    frame = analyze_column(pages, pipeline=["sentences"])
    assert list(frame.index) == [7, 9]
    assert list(frame["page_id"]) == ["7", "9"]
    assert frame.loc[7, "comment_count"] > 10 and frame.loc[9, "comment_count"] == 0
    assert list(frame.columns) == schemas()["pages"].names
    from_path = analyze_column(pd.Series([example_page]), pipeline=["sentences"])
    assert from_path.loc[0, "source"] == str(example_page) and from_path.loc[0, "comment_count"] > 10


def test_a_page_that_cannot_be_read_stops_the_column_or_is_recorded() -> None:
    from slant import InputError

    pages = pd.Series(
        ["A page with enough words in one line of text to be read as a whole news page.", "", None],
        index=["a", "b", "c"],
    )
    with pytest.raises(InputError):
        analyze_column(pages, pipeline=["sentences"])
    frame = analyze_column(pages, pipeline=["sentences"], on_error="record")
    assert pd.isna(frame.loc["a", "error"]) and frame.loc["a", "word_count"] > 0
    assert "empty" in frame.loc["b", "error"] and "page c must be text" in frame.loc["c", "error"]
    with pytest.raises(UsageError, match="must be a pandas Series"):
        analyze_column(["a page"])
