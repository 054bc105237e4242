"""``slant toxicity INPUT``: score comments for toxicity, one JSON object per input row.

Also plugs ``slant train toxicity`` and ``slant eval toxicity`` into the train and eval commands.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from slant._errors import MissingInputError, UsageError
from slant.readers._limits import read_at_most

__all__ = ["register", "register_eval", "register_train", "run", "run_eval", "run_train"]

_MAX_BYTES = 512 * 1024 * 1024

_DESCRIPTION = """Score comments for toxicity with slant's offline model.

INPUT is a file or '-' for standard input: CSV or TSV (name the column with --text-column), JSONL
(field "text", or --text-column), or plain text with one comment per line. Writes one JSON object
per input row, in order, with the seven scores as floats in [0, 1]: toxicity, severe_toxicity,
insult, threat, identity_attack, obscene, dehumanization. In plain text every line is a row, blank
lines included (they score 0.0), so output line N answers input line N. When a CSV row or JSONL
record has an "id" (or "comment_id") column or field, its line starts with that "id".

The default model reads meaning (the n-gram model stacked with a multilingual sentence encoder;
about 500-1,000 comments/s on one core, depending on how many comments it is unsure of). --fast
runs the n-gram model alone (English only, several thousand comments/s); its scores are its own
calibrated probabilities, and the thresholds the other views use are the default model's.
"""


def register(subparsers: Any) -> None:
    """Add ``slant toxicity``."""
    parser = subparsers.add_parser(
        "toxicity",
        help="score comments (CSV, JSONL or one per line) for toxicity",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "input", metavar="INPUT", help="a CSV, TSV, JSONL or text file, or '-' for standard input"
    )
    parser.add_argument(
        "--text-column", metavar="COL", help="the CSV column (or JSONL field) holding the comment"
    )
    parser.add_argument(
        "--format",
        choices=("auto", "csv", "tsv", "jsonl", "text"),
        default="auto",
        help="how to read INPUT (default: from the extension; else JSONL if it starts with '{', else text)",
    )
    parser.add_argument(
        "--spans", action="store_true", help='add the words responsible as "spans" to each object'
    )
    parser.add_argument(
        "--model", metavar="DIR", help="a model folder from 'slant train toxicity' (default: the shipped one)"
    )
    parser.add_argument(
        "--fast",
        action="store_true",
        help="the n-gram model alone: several times faster, English only, blind to meaning",
    )
    parser.add_argument(
        "--batch-size", type=int, default=512, help="comments scored per model call (default: %(default)s)"
    )


def run(args: argparse.Namespace) -> int:
    """Read the comments, score them in batches and print one JSON line each."""
    from slant.toxicity._io import format_from_name, read_comment_rows
    from slant.toxicity._score import iter_scores
    from slant.toxicity._shipped import load_fast_model, load_model

    if args.input == "-":
        data = read_at_most(sys.stdin.buffer, _MAX_BYTES, source="standard input")
    else:
        path = Path(args.input)
        if not path.is_file():
            raise MissingInputError(
                f"{args.input} does not exist or is not a file; give a CSV, JSONL or text file, or '-'"
            )
        with path.open("rb") as stream:
            data = read_at_most(stream, _MAX_BYTES, source=str(path))
    source = "standard input" if args.input == "-" else str(args.input)
    fmt = args.format
    if fmt == "auto" and args.input != "-":
        fmt = format_from_name(args.input)
    rows = read_comment_rows(data, format=fmt, text_column=args.text_column, source=source)
    if args.batch_size < 1:
        raise UsageError(f"--batch-size must be at least 1; got {args.batch_size}")
    model = load_fast_model(args.model) if args.fast else load_model(args.model)
    out = sys.stdout
    records = iter_scores(
        (text for text, _ in rows), model=model, spans=args.spans, batch_size=args.batch_size
    )
    for (_, row_id), record in zip(rows, records, strict=True):
        if row_id is not None:
            record = {"id": row_id, **record}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def register_train(targets: Any) -> None:
    """Add ``slant train toxicity``."""
    parser = targets.add_parser(
        "toxicity",
        help="train the toxicity model (train-and-ship data sets only)",
        description="Train the toxicity model on the train-and-ship tier of the toxicity data, evaluate it "
        "on held-in splits and the evaluate-only sets, and write model, model card and metrics to --out.",
    )
    parser.add_argument(
        "--data", required=True, metavar="DIR", help="the toxicity data folder (../shared/data/toxicity)"
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the model into")
    parser.add_argument(
        "--seed", type=int, default=13, help="seed of the split and the solver (default: %(default)s)"
    )
    parser.add_argument(
        "--n-bits", type=int, default=18, help="log2 of the hashed feature count (default: %(default)s)"
    )
    parser.add_argument(
        "--C", type=float, default=4.0, help="inverse regularisation strength (default: %(default)s)"
    )


def run_train(args: argparse.Namespace) -> int:
    """Train, then print the headline figures."""
    from slant.toxicity.training._train import train_toxicity

    if args.verbose == 0:
        # Training takes minutes: show its progress (data loaded, each head fitted) without -v.
        logging.getLogger("slant.toxicity").setLevel(logging.INFO)
    started = time.perf_counter()
    metrics = train_toxicity(args.data, args.out, seed=args.seed, n_bits=args.n_bits, C=args.C)
    test = metrics["test"]["labels"]
    aucs = ", ".join(f"{label} {row['roc_auc']:.3f}" for label, row in test.items())
    cost = metrics["cost"]
    print(
        f"trained in {time.perf_counter() - started:.0f} s, peak memory {cost['peak_memory_mb']:.0f} MB",
        file=sys.stderr,
    )
    print(f"test ROC-AUC: {aucs}", file=sys.stderr)
    print(f"model, MODEL_CARD.md and metrics.json written to {args.out}", file=sys.stderr)
    return 0


def register_eval(targets: Any) -> None:
    """Add ``slant eval toxicity``."""
    parser = targets.add_parser(
        "toxicity",
        help="evaluate a toxicity model on the held-in test split and the evaluate-only sets",
        description="Recompute the toxicity model's metrics on the held-in splits (same seeded split as training), "
        "the evaluate-only sets, the SemEval-2021 span test set, the functional tests and obfuscated variants. "
        "Prints JSON.",
    )
    parser.add_argument(
        "--data", required=True, metavar="DIR", help="the toxicity data folder (../shared/data/toxicity)"
    )
    parser.add_argument("--model", metavar="DIR", help="a model folder (default: the shipped model)")
    parser.add_argument(
        "--fast", action="store_true", help="evaluate the n-gram model alone (slant toxicity --fast)"
    )
    parser.add_argument("--seed", type=int, default=13, help="the split seed the model was trained with")


def run_eval(args: argparse.Namespace) -> int:
    """Evaluate and print the metrics as JSON."""
    from slant.toxicity._shipped import load_fast_model, load_model
    from slant.toxicity.training._train import evaluate_model

    model = load_fast_model(args.model) if args.fast else load_model(args.model)
    metrics = evaluate_model(model, args.data, seed=args.seed)
    print(json.dumps(metrics, indent=2))
    return 0
