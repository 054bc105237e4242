"""``slant train techniques-calibration``: calibrate a trained technique model's span scores (issue 15).

A separate, reproducible step on a model already trained (by default the shipped one): the same
cross-fitting as ``slant train techniques`` (which runs this step itself at its end), without
refitting the model or choosing its settings again.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from slant._errors import MissingInputError

__all__ = ["register_train", "run_train"]


def register_train(targets: Any) -> None:
    """Add ``slant train techniques-calibration``."""
    parser = targets.add_parser(
        "techniques-calibration",
        help="calibrate the technique model's span scores and choose its display thresholds",
        description="Refit the technique model's parts (its own settings) on 4/5 of the PTC train articles, five "
        "times, run each on the fifth (whole articles, and their short lines as comments), fit the calibration "
        "of span scores on those spans, choose the display thresholds on them, check both on dev, and write "
        "calibration.json to --out. Costs about what the cross-fitting of `slant train techniques` costs.",
    )
    parser.add_argument("--data", required=True, metavar="DIR", help="the PTC folder (../shared/data/ptc)")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write calibration.json into")
    parser.add_argument(
        "--model",
        dest="model_dir",  # "model" names the train target (slant train MODEL)
        metavar="DIR",
        help="the technique model folder to calibrate (default: the shipped one)",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="seed of the cross-fitting folds (default: 0, as in training)"
    )


def run_train(args: argparse.Namespace) -> int:
    """Calibrate, then print the headline figures."""
    import logging

    from slant.techniques._annotator import load_model
    from slant.techniques._data import read_split
    from slant.techniques.training._calibrate import calibrate_model
    from slant.techniques.training._train_verifier import FOLDS

    started = time.perf_counter()
    if not Path(args.data).is_dir():
        raise MissingInputError(f"--data must be the PTC folder; {args.data!r} is not a folder")
    model = load_model(args.model_dir)
    train, dev = read_split(args.data, "train"), read_split(args.data, "dev")
    logger = logging.getLogger("slant.techniques")
    level = logger.level
    if logger.getEffectiveLevel() > logging.INFO:
        # The cross-fitting takes minutes: show progress even without -v.
        logger.setLevel(logging.INFO)
    try:
        calibration = calibrate_model(model, train, dev, folds=FOLDS, random_state=args.seed, say=logger.info)
    finally:
        logger.setLevel(level)
    calibration.save(args.out)
    lines = [f"calibrated in {time.perf_counter() - started:.0f} s"]
    for kind in ("article", "comment"):
        dev_report = calibration.report[kind]["dev"]
        before, after, shown = dev_report["before"], dev_report["after"], dev_report["shown"]
        lines.append(
            f"{kind}s on dev: ECE {before['ece']:.3f} -> {after['ece']:.3f}, Brier {before['brier']:.3f} -> "
            f"{after['brier']:.3f}; shown from {calibration.display_thresholds[kind]:.2f}: {shown['shown']} of "
            f"{shown['spans']} spans, {shown['precision']:.0%} right"
        )
    lines.append(f"calibration.json written to {args.out}")
    print("\n".join(lines), file=sys.stderr)
    return 0
