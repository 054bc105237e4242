"""Pinned quality gates of the shipped toxicity models (issues 3 and 17).

Recomputes each shipped model's metrics on the held-in test split (the seeded split it was trained
with, never tuned on), the evaluate-only sets, the SemEval-2021 span test set, the functional tests
and obfuscated variants, and fails when any falls below the floor recorded for it (slightly under
the values measured when the model was shipped): ``quality_floors.json`` for the default model,
``quality_floors_fast.json`` for the n-gram model alone (``slant toxicity --fast``). Re-pinning after
retraining is an explicit edit of those files; a lower floor must be justified in the commit.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from slant.toxicity import load_fast_model, load_model
from slant.toxicity.training._data import data_digest
from slant.toxicity.training._train import evaluate_model

pytestmark = [pytest.mark.quality, pytest.mark.slow, pytest.mark.model, pytest.mark.issue(3)]

_HERE = Path(__file__).parent
#: model -> (loader, its pinned floors)
GATES: dict[str, tuple[Callable[[], Any], dict[str, Any]]] = {
    "default": (load_model, json.loads((_HERE / "quality_floors.json").read_text(encoding="utf-8"))),
    "fast": (load_fast_model, json.loads((_HERE / "quality_floors_fast.json").read_text(encoding="utf-8"))),
}
CASES = [
    (model, kind, path)
    for model, (_, floors) in GATES.items()
    for kind in ("min", "max")
    for path in sorted(floors[kind])
]


def _lookup(metrics: dict[str, Any], path: str) -> float:
    value: Any = metrics
    for key in path.split("."):
        value = value[key]
    return float(value)


_MEASURED: dict[str, dict[str, Any]] = {}


def _measure(model: str, shared_data: Path) -> dict[str, Any]:
    """Each model's metrics, computed once per test session (minutes for the default model)."""
    if model not in _MEASURED:
        loader, floors = GATES[model]
        root = shared_data / "toxicity"
        if data_digest(root) != floors["data_digest"]:
            pytest.fail(
                "the toxicity data differs from the data the floors were pinned on; re-pin the floors"
            )
        _MEASURED[model] = evaluate_model(loader(), root, seed=floors["seed"])
    return _MEASURED[model]


@pytest.mark.parametrize(("model", "kind", "path"), CASES)
def test_metric_within_its_pinned_bound(shared_data: Path, model: str, kind: str, path: str) -> None:
    value = _lookup(_measure(model, shared_data), path)
    bound = GATES[model][1][kind][path]
    if kind == "min":
        assert value >= bound, f"{model}: {path} = {value:.4f}, under its floor {bound}"
    else:
        assert value <= bound, f"{model}: {path} = {value:.4f}, over its ceiling {bound}"
