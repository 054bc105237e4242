"""``GET /v1/labels``: what each span label means, for the page's legend and explanations."""

from __future__ import annotations

import functools
import importlib
import importlib.util
from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter

__all__ = ["label_info", "router"]

router = APIRouter(tags=["labels"])


def _info_table(module: str, attr: str) -> Mapping[str, Any]:
    if importlib.util.find_spec(module) is None:
        return {}
    try:
        table: Mapping[str, Any] = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        return {}
    return table


@functools.lru_cache(maxsize=1)
def label_info() -> dict[str, dict[str, dict[str, str]]]:
    """Layer -> label -> ``{"title", "definition", "example"}``, for every label slant knows here.

    The texts are the HTML report's (``slant.reports._legend``), so the page and the report explain
    a label in the same words.
    """
    from slant.reports import _legend

    table: dict[str, dict[str, dict[str, str]]] = {}

    def add(layer: str, label: str) -> None:
        found = _legend.explain(layer, label)
        table.setdefault(layer, {})[label] = {
            "title": found.title,
            "definition": found.definition,
            "example": found.example,
        }

    built_in: Mapping[tuple[str, str], Any] = getattr(_legend, "_BUILT_IN", {})
    for layer, label in built_in:
        add(layer, label)
    for layer, module, attr in (
        ("techniques", "slant.techniques._explain", "TECHNIQUE_INFO"),
        ("toxicity", "slant.toxicity._labels", "LABEL_INFO"),
    ):
        for label in _info_table(module, attr):
            add(layer, str(label))
    return table


@router.get("/v1/labels", summary="What each span label means")
async def labels() -> dict[str, dict[str, dict[str, str]]]:
    """Layer -> label -> title, definition and example, as the page's legend shows them."""
    return label_info()
