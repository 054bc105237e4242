"""``slant eval DATASET ...``: score a shipped or given model under a data set's official rules.

Each evaluation data set's CLI module (listed in :data:`TARGETS`) provides ``register_eval(subparsers)``
and ``run_eval(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

__all__ = ["TARGETS", "register", "run"]

#: data set name -> the CLI module that evaluates on it.
TARGETS: dict[str, str] = {
    "toxicity": "slant._cli._toxicity",
    "ptc": "slant._cli._techniques",
    "gold": "slant._cli._gold",
}


def register(subparsers: Any) -> None:
    """Add ``slant eval`` and one sub-subcommand per evaluation data set."""
    parser = subparsers.add_parser(
        "eval", help="evaluate a model on a labelled data set", description=__doc__
    )
    targets = parser.add_subparsers(dest="dataset", metavar="DATASET", required=True)
    for module in TARGETS.values():
        importlib.import_module(module).register_eval(targets)


def run(args: argparse.Namespace) -> int:
    """Hand over to the chosen data set's evaluator."""
    code: int = importlib.import_module(TARGETS[args.dataset]).run_eval(args)
    return code
