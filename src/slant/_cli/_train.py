"""``slant train MODEL --data DIR --out DIR``: train one of slant's models from data on disk.

Each trainable model's CLI module (listed in :data:`TARGETS`) provides ``register_train(subparsers)``
and ``run_train(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

__all__ = ["TARGETS", "register", "run"]

#: model name -> the CLI module that trains it.
TARGETS: dict[str, str] = {
    "toxicity": "slant._cli._toxicity",
    "techniques": "slant._cli._techniques",
    "techniques-calibration": "slant._cli._techniques_calibration",
    "techniques-tagger": "slant._cli._techniques_tagger",
    "techniques-classifier": "slant._cli._techniques_classifier",
}


def register(subparsers: Any) -> None:
    """Add ``slant train`` and one sub-subcommand per trainable model."""
    parser = subparsers.add_parser("train", help="train a model from data on disk", description=__doc__)
    targets = parser.add_subparsers(dest="model", metavar="MODEL", required=True)
    for module in TARGETS.values():
        importlib.import_module(module).register_train(targets)


def run(args: argparse.Namespace) -> int:
    """Hand over to the chosen model's trainer."""
    code: int = importlib.import_module(TARGETS[args.model]).run_train(args)
    return code
