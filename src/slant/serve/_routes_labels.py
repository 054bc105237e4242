"""``GET /v1/labels``: the label table, for the page's legend, explanations, colours and thresholds."""

from __future__ import annotations

import functools
from typing import Any

from fastapi import APIRouter

__all__ = ["label_info", "router"]

router = APIRouter(tags=["labels"])


@functools.lru_cache(maxsize=1)
def label_info() -> dict[str, dict[str, dict[str, Any]]]:
    """Layer -> label -> the label table's entry (:mod:`slant._labels`), for every label slant knows.

    The page takes titles, explanations, colours and toxicity thresholds from here, so it explains,
    colours and counts a label exactly as the HTML report and the terminal summary do.
    """
    from slant._labels import label_table

    table: dict[str, dict[str, dict[str, Any]]] = {}
    for spec in label_table():
        table.setdefault(spec.layer, {})[spec.label] = spec.as_json()
    return table


@router.get("/v1/labels", summary="What each span label means, its colour and its threshold")
async def labels() -> dict[str, dict[str, dict[str, Any]]]:
    """Layer -> label -> title, group, definition, example, hue, colour and threshold (toxicity only)."""
    return label_info()
