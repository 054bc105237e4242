"""slant's documents as Arrow tables and pandas frames (issue 16).

    import slant, slant.frames
    doc = slant.analyze("examples/news-page-with-comments.txt")
    slant.frames.to_pandas(doc, "comments")      # one row per comment: author, parent, seven scores
    slant.frames.to_arrow(doc, "spans")          # one row per span, without pandas
    slant.frames.analyze_column(df["html"])      # one row per page, aligned on the column's index

The tables have the columns of a corpus run's tables (docs/corpus.md), so a frame made in a notebook
from a few documents and one read from a run (:func:`slant.corpus.open`) can be concatenated.
"""

from __future__ import annotations

from slant.frames._frames import DOCUMENT_TABLES, analyze_column, to_arrow, to_pandas

__all__ = ["DOCUMENT_TABLES", "analyze_column", "to_arrow", "to_pandas"]
