"""The files of a saved toxicity model's folder, written and read the same way by both kinds of model
(the n-gram :class:`~slant.toxicity._model.ToxicityModel` and the stacked one): ``config.json`` with
the header, an optional model card and ``metrics.json``; the weights file is each model's own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from slant import _models
from slant._errors import ModelError
from slant.toxicity._labels import LABELS

__all__ = ["CARD_FILE", "CONFIG_FILE", "read_card", "read_config", "write_texts"]

CONFIG_FILE = "config.json"
CARD_FILE = "MODEL_CARD.md"


def write_texts(
    path: Path, config: dict[str, Any], *, model_card: str, metrics: dict[str, Any] | None
) -> None:
    """Write ``config.json``, the model card (when there is one) and ``metrics.json`` (when given)."""
    (path / CONFIG_FILE).write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    if model_card:
        (path / CARD_FILE).write_text(model_card, encoding="utf-8")
    if metrics is not None:
        (path / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")


def read_config(path: Path, *, weights_file: str, cls: str, what: str) -> dict[str, Any]:
    """The checked ``config.json`` of the model folder ``path`` holding ``weights_file``.

    Raises:
        ModelError: the folder lacks the files, they hold another kind of model (``cls``), or other labels.
    """
    config_path, weights_path = path / CONFIG_FILE, path / weights_file
    if not config_path.is_file() or not weights_path.is_file():
        raise ModelError(
            f"no {what} in {path}: expected {CONFIG_FILE} and {weights_file}; "
            "train one with: slant train toxicity --data DIR --out DIR"
        )
    config = _models.read_json(config_path, kind="toxicity")
    _models.read_header(config, config_path, cls=cls, kind="toxicity")
    if config.get("labels") != list(LABELS):
        raise ModelError(
            f"{config_path} has labels {config.get('labels')}, expected {list(LABELS)}; retrain the model"
        )
    return config


def read_card(path: Path) -> str:
    """The folder's model card, or "" when it has none."""
    card = path / CARD_FILE
    return card.read_text(encoding="utf-8") if card.is_file() else ""
