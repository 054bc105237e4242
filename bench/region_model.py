"""The shape finder's choice of comment region, hand-set score against a learned one (issue 14).

For every page of bench/pages/html-real (dev, heldout-1 ... heldout-12), the HTML reader is run as a
user runs it, and the tree it hands to the comment finders is taken to list the shape finder's
candidate regions (``_html_shapes.candidate_regions``: regions of repeated sibling blocks that pass
its gates) with their features (``REGION_FEATURES``). A region is **right** when at least half of
its blocks holding five words or more hold the opening words of one of the page's expected
comments (at least two, or all of them on a page expecting fewer).

Per batch, the choice is scored two ways:
- **hand**: the top region by the hand-set score (what the reader has done so far);
- **learned**: the top region by a logistic regression on the features, fitted on the *other*
  batches (leave one batch out), no region when its probability is below 0.5.

A page counts as chosen right when the top region is right, or, on a page with no right candidate,
when no region is chosen (the hand score always chooses one when any passes the gates). A third
column keeps the hand score's choice but drops it when the learned probability is below 0.5.

The features are ``REGION_FEATURES`` plus the hand score (log) and the hand score as a share of the
page's best. Measured 7 December 2026 (docs/bench-readers-html.md, "Regions and blocks by mechanism
(session 9)"): the hand score and the learned choice are both right on 99 of 99 pages, so the reader
keeps the hand score and ships no weights.

    OMP_NUM_THREADS=1 .venv/bin/python bench/region_model.py
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import slant.readers._html as html_reader
import slant.readers._html_comments as html_comments
from slant.readers._html_shapes import candidate_regions
from slant.readers._words import word_count

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "bench" / "pages" / "html-real"
BATCHES = ("dev", *(f"heldout-{n}" for n in range(1, 13)))
C = 1.0  # inverse regularisation strength (sklearn's default)
_MIN_TEXT_WORDS = 5


def _page_regions(page: Path) -> list[tuple[tuple[float, ...], float, list[str]]]:
    """(features, hand score, texts of the region's blocks) for each candidate of ``page``."""
    taken: list[Any] = []
    original = html_reader.extract_comments

    def recording(root: Any, *, jsonld: list[Any]) -> Any:
        # the tree as the shape finder sees it (definition lists grouped), and the blocks' texts now:
        # the reader takes the comments out of the tree afterwards
        html_comments._group_definition_lists(root)
        taken.extend(
            (c.features(), c.score, [" ".join(block.text_content().split()) for block in c.blocks])
            for c in candidate_regions(root)[0]
        )
        return original(root, jsonld=jsonld)

    html_reader.extract_comments = recording  # type: ignore[assignment]
    try:
        html_reader.read_html_page(page.read_text(encoding="utf-8"), url=None, source=str(page))
    except Exception as error:
        print(f"  {page.name}: {type(error).__name__}", file=sys.stderr)
    finally:
        html_reader.extract_comments = original  # type: ignore[assignment]
    return taken


def _is_right(texts: list[str], openings: list[str]) -> bool:
    """At least half of the blocks holding some text (a header row of a table of posts holds none)
    hold an expected comment's opening words, and at least two do (all, on a page expecting one)."""
    if not openings:
        return False
    texts = [text for text in texts if word_count(text) >= _MIN_TEXT_WORDS] or texts
    matched = sum(any(opening in text for opening in openings) for text in texts)
    return matched * 2 >= len(texts) and matched >= min(2, len(openings))


def load() -> dict[str, list[tuple[str, list[tuple[tuple[float, ...], float, bool]]]]]:
    """batch -> [(page, [(features, hand score, right), ...]), ...]"""
    data: dict[str, list[tuple[str, list[tuple[tuple[float, ...], float, bool]]]]] = defaultdict(list)
    for batch in BATCHES:
        for expected_path in sorted((PAGES / batch).glob("*.expected.json")):
            expected = json.loads(expected_path.read_text(encoding="utf-8"))
            openings = [" ".join(c["starts_with"].split())[:24] for c in expected["comments"]]
            page = expected_path.with_name(expected_path.name.replace(".expected.json", ".html"))
            found = _page_regions(page)
            top = max((score for _, score, _ in found), default=1.0)
            # the hand score itself, and as a share of the page's best, join the region's features
            regions = [
                ((*features, math.log1p(score), score / top), score, _is_right(texts, openings))
                for features, score, texts in found
            ]
            data[batch].append((page.stem, regions))
    return data


def fit(rows: list[tuple[tuple[float, ...], bool]]) -> tuple[list[float], list[float], list[float], float]:
    """Standardised L2 logistic regression (sklearn): means, scales, weights, intercept. (With
    balanced class weights it chose worse: 96 of 99 pages, leave one batch out.)"""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([features for features, _ in rows], dtype=float)
    y = np.array([right for _, right in rows], dtype=int)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=C, max_iter=1000, random_state=0)
    model.fit((x - mean) / scale, y)
    return mean.tolist(), scale.tolist(), model.coef_[0].tolist(), float(model.intercept_[0])


def probability(
    features: tuple[float, ...], model: tuple[list[float], list[float], list[float], float]
) -> float:
    mean, scale, weights, intercept = model
    z = intercept + sum(w * (f - m) / s for f, m, s, w in zip(features, mean, scale, weights, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def _chosen_right(
    regions: list[tuple[tuple[float, ...], float, bool]], scores: list[float], floor: float
) -> bool:
    has_right = any(right for _, _, right in regions)
    if not regions:
        return not has_right
    best = max(range(len(regions)), key=scores.__getitem__)
    if scores[best] < floor:
        return not has_right
    return regions[best][2]


def _vetoed_right(regions: list[tuple[tuple[float, ...], float, bool]], model: Any) -> bool:
    """The hand score's top region, left out when the learned probability says it is no discussion."""
    if not regions:
        return True
    best = max(regions, key=lambda region: region[1])
    if probability(best[0], model) < 0.5:
        return not any(right for _, _, right in regions)
    return best[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    data = load()
    print(
        "| batch | pages with candidates | with a right candidate | hand: chosen right | learned (LOBO): chosen right | hand, vetoed when learned < 0.5 |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    totals = [0, 0, 0, 0, 0]
    for batch in BATCHES:
        train = [
            (features, right)
            for other in BATCHES
            if other != batch
            for _, regions in data[other]
            for features, _, right in regions
        ]
        model = fit(train)
        pages = [(name, regions) for name, regions in data[batch] if regions]
        hand = sum(_chosen_right(r, [score for _, score, _ in r], floor=-math.inf) for _, r in pages)
        learned = sum(_chosen_right(r, [probability(f, model) for f, _, _ in r], floor=0.5) for _, r in pages)
        vetoed = sum(_vetoed_right(r, model) for _, r in pages)
        with_right = sum(any(right for _, _, right in r) for _, r in pages)
        for name, r in pages:
            h = _chosen_right(r, [score for _, score, _ in r], floor=-math.inf)
            m = _chosen_right(r, [probability(f, model) for f, _, _ in r], floor=0.5)
            v = _vetoed_right(r, model)
            if h != m or h != v:
                print(
                    f"  {batch}/{name}: hand {'right' if h else 'wrong'}, learned {'right' if m else 'wrong'}, hand+veto {'right' if v else 'wrong'}",
                    file=sys.stderr,
                )
        print(f"| {batch} | {len(pages)} | {with_right} | {hand} | {learned} | {vetoed} |")
        for position, value in enumerate((len(pages), with_right, hand, learned, vetoed)):
            totals[position] += value
    print("| all | " + " | ".join(str(total) for total in totals) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
