"""Replay the learned line-role model on a reader as it was before it met a pair of batches (issue 14,
docs/bench-readers-html.md "Sixth reading").

The hand-written signs of today's reader were developed on every batch up to heldout-10, so a
leave-one-batch-out reading measures the model against signs that have seen the left-out batch. A
fairer test of unseen systems: take the reader at the commit of a pair's first reading (``git
archive``), copy this tree's five role modules into it with the three-line hook in
``_html_comments._tidied``, train the model on the batches that reader had been developed on, and
read the pair with and without it.

    OMP_NUM_THREADS=1 .venv/bin/python bench/reader_roles_replay.py --commit 535601f \\
        --train dev,heldout-1,...,heldout-8 --test heldout-9,heldout-10
    (b35da51 with dev..heldout-6 for heldout-7 and heldout-8)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "bench" / "pages" / "html-real"
MODULES = (
    "_html_role_lines",
    "_html_role_features",
    "_html_role_model",
    "_html_role_training",
    "_html_roles",
)
_ANCHOR = "        texts.append(tidy_text(record.text, author=author))\n"
_HOOK = """    for position, corrected in enumerate(
        corrected_texts(blocks, [tidy.text for tidy in texts], family=found.family)
    ):
        if corrected is not None:
            again, before = tidy_text(corrected, author=authors[position]), texts[position]
            texts[position] = TidyText(
                again.text,
                before.reply_to_name or again.reply_to_name,
                before.reply_to_number if before.reply_to_number is not None else again.reply_to_number,
            )
"""


def _old_tree(commit: str, into: Path) -> Path:
    archive = subprocess.run(["git", "archive", commit, "src"], cwd=ROOT, check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    readers = into / "src" / "slant" / "readers"
    for module in MODULES:
        shutil.copy(ROOT / "src" / "slant" / "readers" / f"{module}.py", readers / f"{module}.py")
    comments = readers / "_html_comments.py"
    text = comments.read_text(encoding="utf-8")
    if _ANCHOR not in text:
        raise SystemExit(f"{commit}: _html_comments._tidied has no place for the hook")
    text = text.replace(_ANCHOR, _ANCHOR + _HOOK, 1)
    text = text.replace(
        "from slant.readers._html_shapes import",
        "from slant.readers._html_roles import corrected_texts\nfrom slant.readers._html_shapes import",
        1,
    )
    comments.write_text(text, encoding="utf-8")
    return into / "src"


def _worker(train: list[str], test: list[str], trim: float, rescue: float) -> None:
    import slant

    if Path(slant.__file__).resolve().is_relative_to(ROOT):
        raise SystemExit("the worker imported this tree's slant, not the old reader's")
    sys.path.insert(0, str(Path(__file__).parent))
    from reader_accuracy import OUTSIDE_METRICS, Tally, score_page

    from slant.readers._html_role_training import labelled_pages, train_line_roles
    from slant.readers._html_roles import using_model

    def score(batch: str) -> Tally:
        tally = Tally()
        for path in sorted((PAGES / batch).glob("*.expected.json")):
            score_page(path, tally)
        return tally

    def cells(tally: Tally) -> str:
        return " | ".join(
            f"{tally.outside_right[m] / tally.outside_total[m]:.0%} ({tally.outside_right[m]}/{tally.outside_total[m]})"
            for m, _, _ in OUTSIDE_METRICS
        )

    model = train_line_roles(
        [page for batch in train for page in labelled_pages([PAGES / batch])], use_hand=False
    )
    model.thresholds_ = {"trim": trim, "rescue": rescue}
    print("| batch | reading | " + " | ".join(m[1] for m in OUTSIDE_METRICS) + " |")
    print("|---|---|" + "---:|" * len(OUTSIDE_METRICS))
    for batch in test:
        with using_model(None):
            print(f"| {batch} | signs alone | {cells(score(batch))} |")
        with using_model(model):
            print(f"| {batch} | with the model | {cells(score(batch))} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--commit", required=True)
    parser.add_argument("--train", required=True, help="batches the model is trained on, comma-separated")
    parser.add_argument("--test", required=True, help="batches read, comma-separated")
    parser.add_argument("--trim", type=float, default=0.05)
    parser.add_argument("--rescue", type=float, default=0.9)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    train, test = args.train.split(","), args.test.split(",")
    if {"heldout-11", "heldout-12"} & set(train):
        parser.error("heldout-11 and heldout-12 are the test batches: never trained on")
    if args.worker:
        _worker(train, test, args.trim, args.rescue)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        src = _old_tree(args.commit, Path(scratch))
        command = [sys.executable, __file__, *(argv if argv is not None else sys.argv[1:]), "--worker"]
        return subprocess.run(command, env={**os.environ, "PYTHONPATH": str(src)}, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
