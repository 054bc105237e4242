"""How many wrong comment authors a line-level author choice could put right at best (issue 14).

The learned line-role model gives each line of a comment block an author probability; the reader can
take the model's author line instead of the signs' author (readers/_html_roles.py, thresholds
``author_low`` / ``author_take``). Whatever the thresholds, that can only help where the block holds
a line that, tidied as every author is (``tidy_author``), is the right name. This script counts, on
the labelled batches, the comments the model reads whose author is not one of the page's expected
authors, and how many of those have such a line: the ceiling of any line-level author choice.

    OMP_NUM_THREADS=1 .venv/bin/python bench/reader_roles_authors.py [--all-families] [--batches dev heldout-1 ...]

With ``--all-families`` the comments found by named families (WordPress, Disqus, microdata) are
counted too, as if the model read them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import slant.readers._html_roles as roles
from slant import SlantError
from slant.readers._html_fields import tidy_author
from slant.readers._names import normalise_author
from slant.readers._source import read

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "bench" / "pages" / "html-real"
#: The labelled batches (heldout-15 and heldout-16 are the test: never read here).
BATCHES = ("dev", *(f"heldout-{number}" for number in range(1, 15)))


class _Every:
    """A family set holding every family (the model reads every finder's comments)."""

    def __contains__(self, family: object) -> bool:
        return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--batches", nargs="+", default=list(BATCHES))
    parser.add_argument("--all-families", action="store_true")
    args = parser.parse_args(argv)
    seen: list[tuple[str | None, list[str | None]]] = []
    chosen = roles._corrected_author

    def watched(lines: Any, author: str | None, scores: Any, **settings: float) -> str | None:
        seen.append((author, [tidy_author(line.text) for line in lines]))
        return chosen(lines, author, scores, **settings)

    roles._corrected_author = watched  # type: ignore[assignment]
    if args.all_families:
        roles.LEARNED_FAMILIES = _Every()  # type: ignore[assignment]
    blocks = wrong = reachable = 0
    for batch in args.batches:
        for expected_path in sorted((PAGES / batch).glob("*.expected.json")):
            expected = json.loads(expected_path.read_text(encoding="utf-8"))
            wanted = {normalise_author(comment.get("author")) for comment in expected["comments"]}
            seen.clear()
            try:
                read(expected_path.with_name(expected_path.name.removesuffix(".expected.json") + ".html"))
            except SlantError:
                continue
            for author, names in seen:
                blocks += 1
                if author in wanted:
                    continue
                wrong += 1
                right = [name for name in names if name and name in wanted]
                if right:
                    reachable += 1
                    print(f"{batch}/{expected_path.name}: {author!r} -> {right[0]!r} is a line of the block")
                else:
                    print(
                        f"{batch}/{expected_path.name}: {author!r}: no line of the block is an expected author"
                    )
    print(
        f"{blocks} comment blocks read by the model; {wrong} with an author not among the page's "
        f"expected authors; {reachable} of those hold a line that tidies to one"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
