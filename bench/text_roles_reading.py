"""Leave-one-group-out reading with the text reader's learned line-role model (issue 14).

    OMP_NUM_THREADS=1 .venv/bin/python bench/text_roles_reading.py [--at REV:GROUP ...]

For each group of tests/pages/text (the batch each page came in, as bench/text_line_roles.py finds
it), fits the model on the other groups' pages and reads the group's pages with it, at each
``footer`` threshold (readers/_text_roles.py), and with the signs alone. Prints the outside check's
measures (bench/reader_accuracy.py) summed over every group, per threshold.

The signs were written with every one of these pages in view, so the current reader reads them all
right and the model can only keep or spoil that: this part measures what a threshold costs on pages
the signs read right. ``--at REV:GROUP`` reads GROUP's pages with the reader at git revision REV
(that batch's first reading), with the model's modules copied into that tree, the model fitted on
every other group: what the model would have done for pages the signs had not seen.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "pages" / "text"
FOOTERS = (0.5, 0.6, 0.7, 0.8, 0.9)
# The modules the model needs, copied into an older tree to read with it there.
_MODULES = (
    "_text_roles.py",
    "_text_role_features.py",
    "_text_role_labels.py",
    "_text_role_model.py",
    "_html_role_model.py",
)
_CHILD = """
import json, sys
from collections import defaultdict
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from reader_accuracy import Tally, score_page
from slant.readers._text_role_model import TextLineRoleModel
from slant.readers._text_roles import using_model
settings, model_file, names = json.loads(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4])
model = TextLineRoleModel.load(model_file)
out = {}
for footer in settings:
    tally = Tally()
    if footer is None:
        with using_model(None):
            for name in names:
                score_page(Path(sys.argv[5]) / (name + ".expected.json"), tally)
    else:
        model.thresholds_ = {"footer": footer}
        with using_model(model):
            for name in names:
                score_page(Path(sys.argv[5]) / (name + ".expected.json"), tally)
    out[str(footer)] = {"right": dict(tally.outside_right), "total": dict(tally.outside_total),
                              "misses": tally.outside_misses}
print(json.dumps(out))
"""


def read_group(src: Path, model_file: Path, names: list[str]) -> dict[str, Any]:
    settings = [None, *FOOTERS]
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _CHILD,
            str(ROOT / "bench"),
            json.dumps(settings),
            str(model_file),
            json.dumps(names),
            str(PAGES),
        ],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin", "OMP_NUM_THREADS": "1"},
    )
    loaded: dict[str, Any] = json.loads(result.stdout)
    return loaded


def tree_at(revision: str, folder: Path) -> Path:
    """The src tree at ``revision`` with the model's modules copied in and its one call added."""
    archive = subprocess.run(["git", "archive", revision, "src"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    readers = folder / "src" / "slant" / "readers"
    for module in _MODULES:
        shutil.copy(ROOT / "src" / "slant" / "readers" / module, readers / module)
    text = (readers / "_text.py").read_text(encoding="utf-8")
    anchor = "    thread_start = _with_count_line(lines, thread_start, search_from)\n"
    if anchor not in text:
        raise SystemExit(f"{revision}: no thread start to hook the model to")
    text = text.replace(anchor, anchor + "    lines = corrected_lines(lines, thread_start)\n")
    text = text.replace(
        "from slant.readers._text_prepare import split_lines\n",
        "from slant.readers._text_prepare import split_lines\nfrom slant.readers._text_roles import corrected_lines\n",
    )
    (readers / "_text.py").write_text(text, encoding="utf-8")
    return folder / "src"


def add(into: dict[str, Any], result: dict[str, Any]) -> None:
    for setting, counts in result.items():
        slot = into.setdefault(setting, {"right": defaultdict(int), "total": defaultdict(int), "misses": []})
        for metric, value in counts["right"].items():
            slot["right"][metric] += value
        for metric, value in counts["total"].items():
            slot["total"][metric] += value
        slot["misses"].extend(counts["misses"])


def table(title: str, sums: dict[str, Any]) -> None:
    metrics = ("found", "authors", "parents", "invented", "article")
    print(f"\n{title}\n")
    print("| footer threshold | " + " | ".join(metrics) + " |")
    print("|---|" + "---:|" * len(metrics))
    for setting, slot in sums.items():
        cells = [f"{slot['right'][m]}/{slot['total'][m]}" for m in metrics]
        print(f"| {'signs alone' if setting == 'None' else setting} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--at", action="append", default=[], metavar="REV:GROUP")
    parser.add_argument("--skip-current", action="store_true", help="only the --at readings")
    parser.add_argument(
        "--misses", default="", metavar="SETTING", help="list the misses at this footer threshold"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "src"))
    from text_line_roles import page_groups

    from slant.readers._text_role_training import labelled_pages, train_text_roles

    pages = [page for page in labelled_pages(PAGES) if len(page.roles)]
    groups = page_groups(PAGES)
    by_group: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        by_group[groups.get(page.name, page.name)].append(page.name)
    wanted = dict(item.split(":")[::-1] for item in args.at)
    current: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for group, names in by_group.items():
            if args.skip_current and group not in wanted:
                continue
            model = train_text_roles([page for page in pages if page.name not in names])
            model_file = Path(scratch) / f"{group}.json"
            model.save(model_file, thresholds={}, model_card={})
            if not args.skip_current:
                add(current, read_group(ROOT / "src", model_file, names))
            if group in wanted:
                older = Path(scratch) / f"tree-{group}"
                older.mkdir()
                at: dict[str, Any] = {}
                add(at, read_group(tree_at(wanted[group], older), model_file, names))
                table(
                    f"group {group} read at {wanted[group]} ({len(names)} pages), model fitted without it", at
                )
                if args.misses in at:
                    for miss in at[args.misses]["misses"]:
                        print(f"- {miss}")
    if current:
        table(f"every group read now, each with the model fitted without it ({len(pages)} pages)", current)
        if args.misses in current:
            for miss in current[args.misses]["misses"]:
                print(f"- {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
