"""Train the HTML reader's learned line-role model (issue 14) and write it as JSON.

    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_reader_roles.py \
        --pages bench/pages/html-real/dev ... --pages bench/pages/html-real/heldout-14 \
        --out src/slant/data/readers/line_roles.json

Reads each page with the model off, labels its comment blocks' lines from the page's expectations
(slant.readers._html_role_training), fits the model (numpy only, deterministic) and writes it with
its thresholds and a model card (the pages' digest, the line counts). The same pages give the same
file byte for byte. heldout-15 and heldout-16 are test batches: never pass them.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import numpy as np

from slant.readers._html_role_model import LABELS
from slant.readers._html_role_training import labelled_pages, train_line_roles

ROOT = Path(__file__).resolve().parents[1]
#: Thresholds the reader applies, chosen by leave-one-batch-out and replay readings
#: (docs/bench-readers-html.md, "Sixth reading").
TRIM = 0.05
RESCUE = 0.9
#: Batches kept for the one reading of the final model: never trained on.
TEST_BATCHES = ("heldout-15", "heldout-16")


def pages_digest(folders: list[Path]) -> str:
    """SHA-256 over the names and bytes of every page and expectation file under ``folders``."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".html", ".json"):
                digest.update(path.relative_to(folder.parent).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pages", type=Path, action="append", required=True, metavar="DIR")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    folders = [folder.resolve() for folder in args.pages]
    for folder in folders:
        if folder.name in TEST_BATCHES:
            parser.error(f"{folder.name} is a test batch: it is never trained on")
    pages = labelled_pages(folders)
    model = train_line_roles(pages, use_hand=False)
    roles = np.concatenate([page.roles for page in pages if len(page.roles)])
    card = {
        "what": "line roles (body, author, chrome) of HTML comment blocks; see MODEL_CARD.md",
        "batches": [folder.name for folder in folders],
        "pages": len(pages),
        "blocks_matched": sum(page.matched for page in pages),
        "lines": {label: int((roles == index).sum()) for index, label in enumerate(LABELS)},
        "pages_sha256": pages_digest(folders),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out, thresholds={"trim": TRIM, "rescue": RESCUE}, model_card=card)
    print(
        f"{len(roles)} lines of {card['blocks_matched']} comment blocks on {len(pages)} pages -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
