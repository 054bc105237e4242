"""slant.toxicity.score: a column of comments in, scores of the same shape out (issue 16)."""

from __future__ import annotations

import math
import sys

import pytest

from slant import UsageError
from slant.toxicity import LABELS, score, score_texts

pytestmark = [pytest.mark.issue(16), pytest.mark.model]

COMMENTS = ["You are an idiot and a liar", "Thank you for the careful reporting"]


def test_a_series_gives_a_frame_on_its_index_with_missing_scores_for_missing_comments() -> None:
    pd = pytest.importorskip("pandas", reason="needs the pandas extra")
    column = pd.Series([COMMENTS[0], None, COMMENTS[1], math.nan], index=[10, 20, 30, 40], name="body")
    frame = score(column)
    assert list(frame.index) == [10, 20, 30, 40] and list(frame.columns) == list(LABELS)
    expected = score_texts(COMMENTS)
    assert frame.loc[10].to_dict() == expected[0] and frame.loc[30].to_dict() == expected[1]
    assert frame.loc[[20, 40]].isna().all().all()
    assert frame.loc[10, "toxicity"] > frame.loc[30, "toxicity"]
    joined = pd.DataFrame({"body": column}).join(frame)
    assert joined.shape == (4, 8)
    with pytest.raises(UsageError, match="give one column"):
        score(pd.DataFrame({"body": COMMENTS}))


def test_lists_give_lists_arrow_gives_arrow_and_a_text_gives_one_dict() -> None:
    pa = pytest.importorskip("pyarrow")
    assert score(COMMENTS) == score_texts(COMMENTS)
    assert score(iter(COMMENTS)) == score_texts(COMMENTS)
    assert score(COMMENTS[0]) == score_texts(COMMENTS[:1])[0]
    table = score(pa.array([COMMENTS[0], None]))
    assert table.column_names == list(LABELS)
    assert table.column("toxicity").to_pylist()[1] is None
    assert table.column("toxicity").to_pylist()[0] == score_texts(COMMENTS[:1])[0]["toxicity"]
    assert score([None, COMMENTS[1]])[0] is None
    with pytest.raises(UsageError, match="comments must be text"):
        score([1, 2])


def test_lists_need_no_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    assert len(score(COMMENTS)) == 2
