"""``score``: the seven toxicity scores of a column of comments, shaped like the column (issue 16).

A pandas Series gives a DataFrame on the Series' index, so the scores join back onto the frame the
comments came from (``df.join(score(df["body"]))``); an Arrow array gives an Arrow table; a list gives
a list of dicts. Missing comments (None, NaN, Arrow nulls) get missing scores, not the scores of an
empty text, so a mean over the column is not pulled towards zero by rows that have no comment.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from slant._errors import UsageError
from slant._extras import require_extra
from slant.toxicity._labels import LABELS
from slant.toxicity._model import ToxicityModel
from slant.toxicity._score import iter_scores

__all__ = ["score"]


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _library(value: Any) -> str:
    return type(value).__module__.partition(".")[0]


def _scores(
    texts: Iterable[Any], *, model: ToxicityModel | None, batch_size: int
) -> list[dict[str, float] | None]:
    values = list(texts)
    wrong = [type(v).__name__ for v in values if not _is_missing(v) and not isinstance(v, str)]
    if wrong:
        raise UsageError(f"comments must be text (str); got a {wrong[0]} among them")
    present = [v for v in values if isinstance(v, str)]
    scored = iter(iter_scores(present, model=model, batch_size=batch_size))
    return [next(scored) if isinstance(v, str) else None for v in values]


def score(texts: Any, *, model: ToxicityModel | None = None, batch_size: int = 512) -> Any:
    """Score comments for the seven toxicity labels, returning scores shaped like ``texts``.

    Args:
        texts: a :class:`pandas.Series` of comments; a :class:`pyarrow.Array` or ``ChunkedArray`` of
            strings; or any other iterable of str (a list, a tuple). One str alone is scored too.
        model: the toxicity model; None for the one shipped with slant.
        batch_size: how many comments the model scores at a time.

    Returns:
        For a Series: a DataFrame with one column per label, on the Series' index. For an Arrow array:
        a :class:`pyarrow.Table` with those columns. For a str: one dict of the seven scores. For
        anything else: a list with one dict per comment. Scores are calibrated probabilities in
        [0, 1]; a missing comment has missing scores (NaN, null or None).

    Raises:
        UsageError: ``texts`` is a whole DataFrame (give one column), or holds something other than text.
    """
    library = _library(texts)
    if isinstance(texts, str):
        first = _scores([texts], model=model, batch_size=batch_size)[0]
        return first
    if library == "pandas":
        require_extra("pandas", purpose="slant.toxicity.score on a pandas column")
        import pandas as pd

        if isinstance(texts, pd.DataFrame):
            raise UsageError("give one column of comments, e.g. score(df['body']), not a whole DataFrame")
        rows = _scores(texts.tolist(), model=model, batch_size=batch_size)
        empty = dict.fromkeys(LABELS, math.nan)
        return pd.DataFrame([row or empty for row in rows], columns=list(LABELS), index=texts.index)
    if library == "pyarrow":
        import pyarrow as pa

        rows = _scores(texts.to_pylist(), model=model, batch_size=batch_size)
        return pa.table(
            {
                label: pa.array([None if row is None else row[label] for row in rows], pa.float64())
                for label in LABELS
            }
        )
    return _scores(texts, model=model, batch_size=batch_size)
