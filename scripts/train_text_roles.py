"""Train the text reader's learned line-role model (issue 14) and write it as JSON.

    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_text_roles.py \
        --pages tests/pages/text --out src/slant/data/readers/text_line_roles.json

Reads each page with the model off, labels its lines from the page's expectations
(slant.readers._text_role_training, slant.readers._text_role_labels), fits the model (numpy only,
deterministic) and writes it with its thresholds and a model card (the pages' digest, the line
counts, the pages left out and why). The same pages give the same file byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import numpy as np

from slant.readers._text_role_labels import ROLES
from slant.readers._text_role_training import labelled_pages, train_text_roles

#: Thresholds the reader applies (readers/_text_roles.py), chosen by leave-one-group-out reading
#: (docs/bench-readers.md, "Session 12: a learned line-role model for text").
FOOTER = 0.7


def pages_digest(folder: Path) -> str:
    """SHA-256 over the names and bytes of every page and expectation file in ``folder``."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*")):
        if path.is_file() and path.suffix in (".txt", ".json"):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pages", type=Path, required=True, metavar="DIR")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    folder = args.pages.resolve()
    pages = labelled_pages(folder)
    model = train_text_roles(pages)
    used = [page for page in pages if len(page.roles)]
    roles = np.concatenate([page.roles for page in used])
    card = {
        "what": "line roles (head, article, chrome, author, body, footer) of plain-text pages; see MODEL_CARD.md",
        "folder": folder.name,
        "pages": len(used),
        "left_out": {page.name: page.why_not for page in pages if not len(page.roles)},
        "lines_left_out": sum(page.lines for page in pages if not len(page.roles)),
        "lines": {label: int((roles == index).sum()) for index, label in enumerate(ROLES)},
        "pages_sha256": pages_digest(folder),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out, thresholds={"footer": FOOTER}, model_card=card)
    print(f"{len(roles)} lines of {len(used)} pages ({len(pages) - len(used)} left out) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
