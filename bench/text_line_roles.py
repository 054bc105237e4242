"""Leave-one-group-out line accuracy of the text reader's learned line-role model (issue 14).

    OMP_NUM_THREADS=1 .venv/bin/python bench/text_line_roles.py [--signs-at REV:GROUP ...]

Labels every line of the hand-labelled text pages (tests/pages/text) from their expectations
(slant.readers._text_role_labels), groups the pages by the batch they came in (the commit that added
each page, from git), and for each group fits the model on the other groups and predicts the
group's lines. Prints the line accuracy and each role's F1 over all held-out lines, and the same for
what the signs alone say: the reader's own reading of each page (model off), turned into line roles
by the same labelling (its title, article and comments taken as the expectations).

The signs were written with every one of these pages in view, so on them they are near 100 % by
construction; ``--signs-at REV:GROUP`` also labels a group's lines from the reading of the reader at
git revision REV (e.g. the revision of that batch's first reading), which is the fair comparison
for pages the signs had not seen. The model's features are computed by the current signs either way.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "pages" / "text"
sys.path.insert(0, str(ROOT / "src"))

from slant.readers._text_role_labels import ROLES, line_roles  # noqa: E402
from slant.readers._text_role_training import LabelledPage, labelled_pages, train_text_roles  # noqa: E402
from slant.readers._text_roles import recording, using_model  # noqa: E402

_EDGE = 40


def page_groups(folder: Path) -> dict[str, str]:
    """Each page's group: the short hash of the commit that added its text to ``folder``."""
    out: dict[str, str] = {}
    for page in sorted(folder.glob("*.txt")):
        log = subprocess.run(
            ["git", "log", "--format=%h", "--diff-filter=A", "--", str(page.relative_to(ROOT))],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        out[page.stem] = log[-1] if log else "untracked"
    return out


def as_expected(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A reading (title, article, comments) written as expectations, to label lines from it."""
    article = doc["article"]
    return {
        "title": doc.get("title"),
        "article_starts_with": article[:_EDGE].strip(),
        "article_ends_with": article[-_EDGE:].strip(),
        "comments": [
            {
                "author": c["author"],
                "starts_with": c["text"][:_EDGE].strip(),
                "ends_with": c["text"][-_EDGE:].strip(),
            }
            for c in doc["comments"]
        ],
    }


def current_readings(names: Sequence[str]) -> dict[str, dict[str, Any]]:
    import slant

    out = {}
    with using_model(None):
        for name in names:
            doc = slant.read(PAGES / f"{name}.txt")
            out[name] = {
                "title": doc.title.text if doc.title else None,
                "article": doc.article.text,
                "comments": [{"author": c.author, "text": c.text} for c in doc.comments],
            }
    return out


_READ_SCRIPT = """
import json, sys
from pathlib import Path
import slant
out = {}
for name in sys.argv[2:]:
    try:
        doc = slant.read(Path(sys.argv[1]) / (name + ".txt"))
    except Exception:
        continue
    out[name] = {"title": doc.title.text if doc.title else None, "article": doc.article.text,
                 "comments": [{"author": c.author, "text": c.text} for c in doc.comments]}
print(json.dumps(out))
"""


def readings_at(revision: str, names: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The readings of the pages by the reader at git ``revision`` (its src tree, in a subprocess)."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "archive", revision, "src"], cwd=ROOT, capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
        result = subprocess.run(
            [sys.executable, "-c", _READ_SCRIPT, str(PAGES), *names],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(Path(folder) / "src"), "PATH": "/usr/bin:/bin"},
        )
    loaded: dict[str, dict[str, Any]] = json.loads(result.stdout)
    return loaded


def recorded_lines(name: str) -> list[Any]:
    import slant

    with using_model(None), recording() as records:
        slant.read(PAGES / f"{name}.txt")
    return records[0].lines


def sign_roles(page: LabelledPage, reading: Mapping[str, Any] | None) -> np.ndarray:
    """The roles the reading gives the page's lines (-1 on every line when it cannot be labelled)."""
    if reading is None:
        return np.full(len(page.roles), -1)
    roles = line_roles(recorded_lines(page.name), as_expected(reading))
    return np.full(len(page.roles), -1) if roles is None else np.asarray(roles)


def report(label: str, truth: np.ndarray, guess: np.ndarray) -> str:
    accuracy = float((truth == guess).mean()) if len(truth) else 0.0
    cells = [f"{label}", f"{len(truth)}", f"{accuracy:.1%}"]
    for index in range(len(ROLES)):
        hit = int(((truth == index) & (guess == index)).sum())
        predicted, actual = int((guess == index).sum()), int((truth == index).sum())
        f1 = 2 * hit / (predicted + actual) if predicted + actual else 0.0
        cells.append(f"{f1:.2f}")
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--signs-at", action="append", default=[], metavar="REV:GROUP")
    parser.add_argument("--iterations", type=int, default=1500)
    parser.add_argument("--l2", type=float, default=1e-3)
    args = parser.parse_args(argv)
    pages = [page for page in labelled_pages(PAGES) if len(page.roles)]
    groups = page_groups(PAGES)
    by_group: dict[str, list[LabelledPage]] = {}
    for page in pages:
        by_group.setdefault(groups.get(page.name, page.name), []).append(page)
    predicted: dict[str, np.ndarray] = {}
    probabilities: dict[str, np.ndarray] = {}
    for group, held in by_group.items():
        rest = [page for page in pages if groups.get(page.name, page.name) != group]
        model = train_text_roles(rest, l2=args.l2, iterations=args.iterations)
        for page in held:
            probabilities[page.name] = model.predict_proba(page.features)
            predicted[page.name] = probabilities[page.name].argmax(axis=1)
    truth = np.concatenate([page.roles for page in pages])
    model_guess = np.concatenate([predicted[page.name] for page in pages])
    readings = current_readings([page.name for page in pages])
    signs_guess = np.concatenate([sign_roles(page, readings.get(page.name)) for page in pages])
    header = "| lines | n | accuracy | " + " | ".join(f"F1 {role}" for role in ROLES) + " |"
    print(f"{len(pages)} pages, {len(by_group)} groups, {len(truth)} lines")
    print(header)
    print("|" + "---|" * (3 + len(ROLES)))
    print(report("model, leave-one-group-out", truth, model_guess))
    print(report("signs now (seen every page)", truth, signs_guess))
    for item in args.signs_at:
        revision, _, group = item.partition(":")
        held = by_group.get(group, [])
        old = readings_at(revision, [page.name for page in held])
        group_truth = np.concatenate([page.roles for page in held])
        print(
            report(
                f"{group}: model, group held out",
                group_truth,
                np.concatenate([predicted[p.name] for p in held]),
            )
        )
        print(
            report(
                f"{group}: signs now",
                group_truth,
                np.concatenate([sign_roles(p, readings.get(p.name)) for p in held]),
            )
        )
        print(
            report(
                f"{group}: signs at {revision}",
                group_truth,
                np.concatenate([sign_roles(p, old.get(p.name)) for p in held]),
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
