"""The four tables of a corpus run (``pages``, ``spans``, ``comments``, ``errors``) and their Arrow schemas.

The schemas are fixed here, in one place, so every Parquet part file of a run has the same columns
whatever annotators ran (a column stays null when its annotator is absent) and DuckDB can read the
folders of part files as one table each. docs/corpus.md documents every column.
"""

from __future__ import annotations

from typing import Any

from slant._labels import toxic_threshold
from slant.toxicity._labels import LABELS

__all__ = [
    "DERIVED_TABLES",
    "TABLE_NAMES",
    "TOXICITY_LABELS",
    "TOXIC_THRESHOLD",
    "comment_clusters_schema",
    "schemas",
]

#: The tables of a run, in the order ``slant corpus query`` lists them.
TABLE_NAMES: tuple[str, ...] = ("pages", "spans", "comments", "errors")

#: Tables made from the whole run at its end, not batch by batch (issue 19): rewritten by every run.
DERIVED_TABLES: tuple[str, ...] = ("comment_clusters",)

#: The seven comment scores of slant's toxicity model (``part.scores["toxicity"]``), one column each.
TOXICITY_LABELS: tuple[str, ...] = LABELS

#: A comment counts as toxic in the page aggregates when its "toxicity" score reaches this: the label
#: table's threshold (the toxicity model's tuned one), the same every other view uses.
TOXIC_THRESHOLD = toxic_threshold()


def schemas() -> dict[str, Any]:
    """The Arrow schema of each table (pyarrow is imported here, lazily, as it is an optional extra)."""
    import pyarrow as pa

    counts = pa.map_(pa.string(), pa.int32())
    rates = pa.map_(pa.string(), pa.float64())
    pages = pa.schema(
        [
            ("page_id", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("outlet", pa.string()),
            ("published", pa.string()),
            ("published_date", pa.date32()),
            ("title", pa.string()),
            ("author", pa.string()),
            ("language", pa.string()),
            ("reader", pa.string()),
            ("word_count", pa.int32()),
            ("comment_count", pa.int32()),
            ("technique_spans", pa.int32()),
            ("techniques_per_1k_words", pa.float64()),
            ("technique_counts", counts),
            ("technique_rates", rates),
            ("comment_technique_spans", pa.int32()),
            ("toxicity_mean", pa.float64()),
            ("toxicity_max", pa.float64()),
            ("toxic_comments", pa.int32()),
            ("toxic_share", pa.float64()),
            ("sources_named", pa.int32()),
            ("sources_unnamed", pa.int32()),
            ("outlets_cited", pa.int32()),
            ("quotes", pa.int32()),
            ("scare_quotes", pa.int32()),
            ("misspellings", pa.int32()),
            ("layer_counts", counts),
            ("attrs", pa.string()),
            ("scores", pa.string()),
            ("text", pa.string()),
        ]
    )
    spans = pa.schema(
        [
            ("page_id", pa.string()),
            ("part", pa.string()),
            ("part_id", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("layer", pa.string()),
            ("label", pa.string()),
            ("score", pa.float64()),
            ("annotator", pa.string()),
            ("text", pa.string()),
            ("attrs", pa.string()),
        ]
    )
    comments = pa.schema(
        [
            ("page_id", pa.string()),
            ("comment_id", pa.string()),
            ("position", pa.int32()),
            ("author", pa.string()),
            ("parent", pa.string()),
            ("published", pa.string()),
            ("language", pa.string()),
            ("word_count", pa.int32()),
            ("technique_spans", pa.int32()),
            *[(label, pa.float64()) for label in TOXICITY_LABELS],
            ("attrs", pa.string()),
            ("scores", pa.string()),
            ("text", pa.string()),
            # The comment's MinHash signature (slant.corpus._clusters), for the comment_clusters table.
            ("minhash", pa.binary()),
        ]
    )
    errors = pa.schema(
        [
            ("page_id", pa.string()),
            ("source", pa.string()),
            ("stage", pa.string()),
            ("error_type", pa.string()),
            ("reason", pa.string()),
        ]
    )
    return {"pages": pages, "spans": spans, "comments": comments, "errors": errors}


def comment_clusters_schema() -> Any:
    """The Arrow schema of ``comment_clusters``: one row per comment of a near-duplicate cluster."""
    import pyarrow as pa

    return pa.schema(
        [
            ("cluster_id", pa.int64()),
            ("size", pa.int32()),
            ("pages", pa.int32()),
            ("authors", pa.int32()),
            ("outlets", pa.int32()),
            ("first_published", pa.string()),
            ("last_published", pa.string()),
            ("page_id", pa.string()),
            ("comment_id", pa.string()),
            ("author", pa.string()),
            ("outlet", pa.string()),
            ("published", pa.string()),
            ("text", pa.string()),
        ]
    )
