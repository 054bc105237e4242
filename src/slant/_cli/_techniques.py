"""``slant techniques``: propaganda-technique spans, SemEval-2020 Task 11 submissions, explanations.

Also plugs ``slant train techniques`` and ``slant eval ptc`` into the train and eval commands.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from slant._errors import InputError, MissingInputError

__all__ = ["register", "register_eval", "register_train", "run", "run_eval", "run_train"]

_DESCRIPTION = """Find the spans of a text that use a propaganda technique (SemEval-2020 Task 11's 14 classes).

  slant techniques --format ptc-si ARTICLES_DIR
      prints ID<TAB>start<TAB>end for each span in every article<ID>.txt (the SI submission format)
  slant techniques --format ptc-tc --template TEMPLATE ARTICLES_DIR
      prints ID<TAB>technique<TAB>start<TAB>end, one line per TEMPLATE line, in its order
  slant techniques --explain [TECHNIQUE]
      prints the definition and an example of one technique, or of all of them
  slant techniques PAGE
      prints the page's technique spans (a page file, a URL, or '-'), as JSON lines or --format text
"""


def add_quality_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--quality fast|best``: how technique spans are found (issue 15)."""
    parser.add_argument(
        "--quality",
        choices=("fast", "best"),
        default="fast",
        help="span finding: fast (default; the linear tagger, lexicon and verifier) or best (a fine-tuned "
        "MiniLM tagger run by onnxruntime, pip install 'slant[best]'; needs --model DIR from 'slant train "
        "techniques-tagger': the shipped model has none)",
    )


def register(subparsers: Any) -> None:
    """Add ``slant techniques``."""
    parser = subparsers.add_parser(
        "techniques",
        help="propaganda-technique spans; SemEval-2020 Task 11 submission files; explanations",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "input", nargs="?", metavar="INPUT", help="a folder of article<ID>.txt files, a page, or '-'"
    )
    parser.add_argument(
        "--format",
        choices=("ptc-si", "ptc-tc", "jsonl", "text"),
        help="output: ptc-si / ptc-tc submission lines (default for a folder), or per-span JSON lines "
        "(default for a page) or readable text",
    )
    parser.add_argument(
        "--template", metavar="FILE", help="with --format ptc-tc: the TC template (ID, ?, start, end)"
    )
    parser.add_argument(
        "--explain",
        nargs="?",
        const="",
        metavar="TECHNIQUE",
        help="print the definition and example of TECHNIQUE (or of all techniques) and exit",
    )
    parser.add_argument(
        "--model", metavar="DIR", help="a folder from 'slant train techniques' (default: the shipped model)"
    )
    add_quality_argument(parser)


def _explain(name: str) -> int:
    from slant.techniques._explain import TECHNIQUE_INFO

    if name and name not in TECHNIQUE_INFO:
        lowered = {k.lower(): k for k in TECHNIQUE_INFO}
        if name.lower() not in lowered:
            raise InputError(f"unknown technique {name!r}; expected one of: {', '.join(TECHNIQUE_INFO)}")
        name = lowered[name.lower()]
    for info in [TECHNIQUE_INFO[name]] if name else TECHNIQUE_INFO.values():
        print(f"{info.name} ({info.title})\n  {info.definition}\n  Example: {info.example}\n")
    return 0


def run(args: argparse.Namespace) -> int:
    """Print submission lines, page spans, or explanations."""
    if args.explain is not None:
        return _explain(args.explain)
    if args.input is None:
        raise InputError("expected INPUT (a folder of article<ID>.txt files, a page, or '-') or --explain")
    from slant.techniques._annotator import load_model

    is_folder = args.input != "-" and "://" not in args.input and Path(args.input).is_dir()
    fmt = args.format or ("ptc-si" if is_folder else "jsonl")
    if fmt in ("ptc-si", "ptc-tc"):
        return _run_ptc(args, fmt, load_model(args.model))
    return _run_page(args, fmt)


def _run_ptc(args: argparse.Namespace, fmt: str, model: Any) -> int:
    from slant.techniques._data import read_articles, read_tc_labels
    from slant.techniques._ptc import predict_si, predict_tc

    if args.input == "-" or not Path(args.input).is_dir():
        raise MissingInputError(
            f"--format {fmt} expects a folder of article<ID>.txt files; {args.input!r} is not one"
        )
    articles = read_articles(args.input)
    out = sys.stdout
    if fmt == "ptc-si":
        for article_id, start, end in predict_si(model, articles, quality=args.quality):
            out.write(f"{article_id}\t{start}\t{end}\n")
    else:
        if not args.template:
            raise InputError("--format ptc-tc needs --template FILE (lines ID<TAB>?<TAB>start<TAB>end)")
        for article_id, technique, start, end in predict_tc(
            model.classifier, articles, read_tc_labels(args.template)
        ):
            out.write(f"{article_id}\t{technique}\t{start}\t{end}\n")
    out.flush()
    return 0


def _run_page(args: argparse.Namespace, fmt: str) -> int:
    from slant.readers import read, read_bytes
    from slant.readers._limits import DEFAULT_LIMITS, read_at_most
    from slant.techniques._annotator import TechniqueAnnotator

    if args.input == "-":
        data = read_at_most(sys.stdin.buffer, DEFAULT_LIMITS.max_bytes, source="standard input")
        doc = read_bytes(data, source="<stdin>")
    else:
        doc = read(args.input if "://" in args.input else Path(args.input))
    TechniqueAnnotator(model_dir=args.model, quality=args.quality)(doc)
    out = sys.stdout
    for part in doc.parts:
        for span in part.spans["techniques"]:
            text = part.span_text(span)
            if fmt == "text":
                out.write(f"{part.kind} {part.id}\t{span.label}\t{span.score:.2f}\t{text!r}\n")
            else:
                record = {
                    "part": part.id,
                    "kind": part.kind,
                    "start": span.start,
                    "end": span.end,
                    "technique": span.label,
                    "score": round(span.score, 4),
                    "text": text,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def register_train(targets: Any) -> None:
    """Add ``slant train techniques``."""
    parser = targets.add_parser(
        "techniques",
        help="train the propaganda-technique models on the PTC (SemEval-2020 Task 11)",
        description="Fit the span tagger and the technique classifier on the PTC train split, choose their "
        "settings on dev, measure them on unseen articles by 5-fold cross-fitting over train, and write the "
        "model files and metrics.json to --out.",
    )
    parser.add_argument("--data", required=True, metavar="DIR", help="the PTC folder (../shared/data/ptc)")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the model into")
    parser.add_argument(
        "--seed", type=int, default=0, help="seed of the cross-fitting folds and solvers (default: 0)"
    )
    parser.add_argument(
        "--vectors",
        metavar="DIR",
        help="folder with word_vectors.json/.safetensors (default: the distilled vectors shipped with slant; "
        "'none' for hashed features only)",
    )
    parser.add_argument(
        "--encoder",
        metavar="DIR",
        help="folder with encoder.json/.safetensors, the technique classifier's contextual span encoder "
        "(default: the one shipped with slant; 'none' for no encoder)",
    )
    parser.add_argument(
        "--add-gold",
        action="append",
        metavar="PATH",
        help="also fit on corrected spans from 'slant export' (a Label Studio .json, a brat or PTC folder); "
        "repeatable. They join the train articles; dev stays the PTC's, so the figures stay comparable",
    )


def run_train(args: argparse.Namespace) -> int:
    """Train, then print the headline figures."""
    import logging

    from slant.techniques._annotator import shipped_model_dir
    from slant.techniques._encoder import SpanEncoder
    from slant.techniques._vectors import WordVectors
    from slant.techniques.training._train import train

    started = time.perf_counter()
    if not Path(args.data).is_dir():
        raise MissingInputError(f"--data must be the PTC folder; {args.data!r} is not a folder")
    vectors = None
    if args.vectors != "none":
        vectors = WordVectors.load(args.vectors or shipped_model_dir())
    encoder = None
    if args.encoder != "none":
        encoder = SpanEncoder.load(args.encoder or shipped_model_dir())
    extra = None
    if args.add_gold:
        from slant.annotation import gold_split, read_gold

        extra = gold_split([task for path in args.add_gold for task in read_gold(path)], prefix="gold-")
    logger = logging.getLogger("slant.techniques")
    level = logger.level
    if logger.getEffectiveLevel() > logging.INFO:
        # Training takes minutes: show progress even without -v.
        logger.setLevel(logging.INFO)
    try:
        metrics = train(
            args.data, args.out, random_state=args.seed, vectors=vectors, encoder=encoder, extra_train=extra
        )
    finally:
        logger.setLevel(level)
    dev, unseen = metrics["dev"], metrics["cross_fitted_train"]
    print(
        f"trained in {time.perf_counter() - started:.0f} s, peak memory {metrics['training']['peak_memory_mb']:.0f} MB\n"
        f"dev: SI F1 {dev['si']['f1']:.3f}, TC micro-F1 {dev['tc']['micro_f1']:.3f}; "
        f"cross-fitted train ({unseen['folds']} folds): SI F1 {unseen['si']['f1_mean']:.3f} +- {unseen['si']['f1_sd']:.3f}, "
        f"TC micro-F1 {unseen['tc']['micro_f1_mean']:.3f} +- {unseen['tc']['micro_f1_sd']:.3f}\n"
        f"model and metrics.json written to {args.out}",
        file=sys.stderr,
    )
    return 0


def register_eval(targets: Any) -> None:
    """Add ``slant eval ptc``."""
    parser = targets.add_parser(
        "ptc",
        help="score the technique model on PTC articles under the official SemEval-2020 Task 11 rules",
        description="Predict spans (--task si) or techniques of the gold spans (--task tc) for a folder of "
        "article<ID>.txt files and print the official metrics as JSON.",
    )
    parser.add_argument(
        "--task", choices=("si", "tc"), required=True, help="span identification or classification"
    )
    parser.add_argument("--articles", required=True, metavar="DIR", help="folder of article<ID>.txt files")
    parser.add_argument("--gold", required=True, metavar="FILE", help="gold labels (SI or TC labels file)")
    parser.add_argument("--model", metavar="DIR", help="a model folder (default: the shipped model)")
    add_quality_argument(parser)


def run_eval(args: argparse.Namespace) -> int:
    """Evaluate and print the metrics as JSON."""
    from slant.techniques._annotator import load_model
    from slant.techniques._ptc import evaluate_ptc

    result = evaluate_ptc(
        load_model(args.model), args.articles, args.gold, task=args.task, quality=args.quality
    )
    print(json.dumps(result, indent=2))
    return 0
