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

# Layers made by the built-in rule-based annotators; trained models bring their own texts
# (slant.techniques._explain.TECHNIQUE_INFO, slant.toxicity._labels.LABEL_INFO).
_BUILT_IN: dict[str, dict[str, dict[str, str]]] = {
    "sources": {
        "named": {
            "title": "Named source",
            "definition": "A claim attributed to someone the reader can identify and check: "
            "a person, a ministry, an organisation.",
            "example": "according to the Russian Defense Ministry",
        },
        "unnamed": {
            "title": "Unnamed source",
            "definition": "A claim resting on sources the reader cannot identify or check "
            "('local sources', 'experts say', 'reportedly').",
            "example": "according to local sources",
        },
        "outlet": {
            "title": "Cited outlet",
            "definition": "Another news outlet the page cites for its information.",
            "example": "From TASS",
        },
    },
    "quotes": {
        "quotation": {
            "title": "Quotation",
            "definition": "Words presented as someone else's, in quotation marks.",
            "example": "“We will not stop,” the minister said.",
        },
        "scare_quote": {
            "title": "Scare quote",
            "definition": "A short phrase put in quotes (often after 'so-called') to distance the writer "
            "from it and cast doubt on it, without saying why.",
            "example": "the so-called “moderate opposition”",
        },
    },
    "misspellings": {
        "misspelling": {
            "title": "Misspelling",
            "definition": "A word that looks misspelt; many of them can be a sign of hasty or unedited writing.",
            "example": "ingored (ignored)",
        },
    },
    "links": {
        "url": {
            "title": "Link",
            "definition": "A web address in the text; the page cites or points to it.",
            "example": "http://tass.com/defense",
        },
    },
}


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
    """Layer -> label -> ``{"title", "definition", "example"}``, for every label slant knows here."""
    table = {layer: dict(labels) for layer, labels in _BUILT_IN.items()}
    for layer, module, attr in (
        ("techniques", "slant.techniques._explain", "TECHNIQUE_INFO"),
        ("toxicity", "slant.toxicity._labels", "LABEL_INFO"),
    ):
        entries = _info_table(module, attr)
        table[layer] = {
            str(name): {
                "title": str(getattr(info, "title", name)),
                "definition": str(getattr(info, "definition", "")),
                "example": str(getattr(info, "example", "")),
            }
            for name, info in entries.items()
        }
    return table


@router.get("/v1/labels", summary="What each span label means")
async def labels() -> dict[str, dict[str, dict[str, str]]]:
    """Layer -> label -> title, definition and example, as the page's legend shows them."""
    return label_info()
