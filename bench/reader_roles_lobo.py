"""Leave-one-batch-out reading of the learned line-role model (issue 14, "Sixth reading").

For each batch of bench/pages/html-real from dev to heldout-14: fit the model on the other batches'
pages, read the left-out batch with it and with the hand-written signs alone, and print the outside
check's measures (bench/reader_accuracy.py) for both, per batch and together. heldout-15 and
heldout-16 are never read here: they are the test, read once with the final model
(``bench/reader_accuracy.py --pages``).

    OMP_NUM_THREADS=1 .venv/bin/python bench/reader_roles_lobo.py [--trim 0.2 0.1] [--rescue 0.9] [--no-hand]
        [--author-low 0.1 0.3] [--author-take 0.5 0.8]

Each (variant, trim, rescue, author_low, author_take) combination asked for is read in turn; the
figures say which to ship. An ``--author-take`` above 1 leaves authors as the signs read them (the
sixth reading's model).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from reader_accuracy import OUTSIDE_METRICS, Tally, score_page

from slant.readers._html_role_model import LABELS
from slant.readers._html_role_training import LabelledPage, labelled_pages, train_line_roles
from slant.readers._html_roles import using_model

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "bench" / "pages" / "html-real"
#: The batches read here; heldout-15 and heldout-16 are kept for the one final reading.
BATCHES = ("dev", *(f"heldout-{number}" for number in range(1, 15)))


def _cells(tally: Tally) -> str:
    cells = []
    for metric, _, _ in OUTSIDE_METRICS:
        total, right = tally.outside_total[metric], tally.outside_right[metric]
        cells.append(f"{right / total:.0%} ({right}/{total})" if total else "n/a")
    return " | ".join(cells)


def _score(batch: str) -> Tally:
    tally = Tally()
    for path in sorted((PAGES / batch).glob("*.expected.json")):
        score_page(path, tally)
    return tally


def _add(total: Tally, part: Tally) -> None:
    for metric in part.outside_total:
        total.outside_total[metric] += part.outside_total[metric]
        total.outside_right[metric] += part.outside_right[metric]
    total.pages += part.pages


def _line_figures(data: dict[str, list[LabelledPage]], *, use_hand: bool, l2: float) -> None:
    """Body lines told right on each left-out batch (the argmax role), all batches together."""
    hits = predicted = wanted = 0
    body = LABELS.index("body")
    for batch in BATCHES:
        model = train_line_roles(
            [page for other in BATCHES if other != batch for page in data[other]], l2=l2, use_hand=use_hand
        )
        pages = [page for page in data[batch] if len(page.roles)]
        said = model.predict_proba(np.vstack([page.features for page in pages])).argmax(axis=1) == body
        truth = np.concatenate([page.roles for page in pages]) == body
        hits += int((said & truth).sum())
        predicted += int(said.sum())
        wanted += int(truth.sum())
    print(f"use_hand={use_hand}: body lines, precision {hits / predicted:.3f}, recall {hits / wanted:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--trim", type=float, nargs="+", default=[0.2])
    parser.add_argument("--rescue", type=float, nargs="+", default=[0.9])
    parser.add_argument("--author-low", type=float, nargs="+", default=[0.0])
    parser.add_argument("--author-take", type=float, nargs="+", default=[1.01])
    parser.add_argument(
        "--no-hand", action="store_true", help="also read the variant without the hand features"
    )
    parser.add_argument(
        "--only-no-hand",
        action="store_true",
        help="read only the variant without the hand features (shipped)",
    )
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--details", action="store_true", help="list what changed page by page")
    args = parser.parse_args(argv)
    data: dict[str, list[LabelledPage]] = {batch: labelled_pages([PAGES / batch]) for batch in BATCHES}
    lines = sum(len(page.roles) for pages in data.values() for page in pages)
    print(f"{lines} labelled lines on {sum(len(p) for p in data.values())} pages")
    before: dict[str, Tally] = {}
    with using_model(None):
        for batch in BATCHES:
            before[batch] = _score(batch)
    variants = [False] if args.only_no_hand else [True, False] if args.no_hand else [True]
    for use_hand in variants:
        _line_figures(data, use_hand=use_hand, l2=args.l2)
    header = " | ".join(m[1] for m in OUTSIDE_METRICS)
    for use_hand in variants:
        models = {
            batch: train_line_roles(
                [page for other in BATCHES if other != batch for page in data[other]],
                l2=args.l2,
                use_hand=use_hand,
            )
            for batch in BATCHES
        }
        settings = [
            {"trim": trim, "rescue": rescue, "author_low": low, "author_take": take}
            for trim in args.trim
            for rescue in args.rescue
            for low in args.author_low
            for take in args.author_take
        ]
        for thresholds in settings:
            print(f"\n### use_hand={use_hand} {thresholds}\n")
            print(f"| batch | {header} |\n|---|" + "---:|" * len(OUTSIDE_METRICS))
            total_before, total_after = Tally(), Tally()
            for batch in BATCHES:
                model = models[batch]
                model.thresholds_ = dict(thresholds)
                with using_model(model):
                    after = _score(batch)
                print(f"| {batch} before | {_cells(before[batch])} |")
                print(f"| {batch} after | {_cells(after)} |")
                _add(total_before, before[batch])
                _add(total_after, after)
                if args.details:
                    old = set(before[batch].outside_misses)
                    for miss in after.outside_misses:
                        if miss not in old:
                            print(f"  + {miss}")
                    for miss in before[batch].outside_misses:
                        if miss not in set(after.outside_misses):
                            print(f"  - {miss}")
            print(f"| **all before** | {_cells(total_before)} |")
            print(f"| **all after** | {_cells(total_after)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
