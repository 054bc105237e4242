"""``slant eval gold PATH``: score the technique model against a team's corrected spans (issue 16)."""

from __future__ import annotations

import argparse
import json
from typing import Any

__all__ = ["register_eval", "run_eval"]


def register_eval(targets: Any) -> None:
    """Add ``slant eval gold``."""
    parser = targets.add_parser(
        "gold",
        help="score the technique model on corrected spans from Label Studio, brat or PTC files",
        description="Read corrected technique spans (a Label Studio JSON export, a brat folder, or a PTC folder "
        "written by 'slant export' and corrected), then print SI and TC metrics under SemEval-2020 Task 11's "
        "rules as JSON.",
    )
    parser.add_argument("gold", metavar="PATH", help="the corrected export: a .json file or a folder")
    parser.add_argument(
        "--format",
        choices=("auto", "label-studio", "brat", "ptc"),
        default="auto",
        help="the export's format (default: told from the path)",
    )
    parser.add_argument(
        "--task", choices=("si", "tc", "both"), default="both", help="which scores (default: both)"
    )
    parser.add_argument("--model", metavar="DIR", help="a model folder (default: the shipped model)")


def run_eval(args: argparse.Namespace) -> int:
    """Read the gold, evaluate, print the metrics."""
    from slant.annotation import evaluate_gold, read_gold
    from slant.techniques._annotator import load_model

    tasks = read_gold(args.gold, format=args.format)
    print(json.dumps(evaluate_gold(load_model(args.model), tasks, task=args.task), indent=2))
    return 0
