"""How the technique model does on informal reader comments (issue 15), on the labelled comment set.

The set (`tests/techniques/data/informal_comments.txt`, README beside it) is 21 invented comment
threads; each is run as a page (its news item as the article) through the `techniques` annotator,
so the comments take the comment path exactly as on any page, and, for comparison, with each
comment run as article text. For the dev half, the held-out half and the whole set it reports: SI
(official scorer, each comment one "article"), TC micro-F1 on the gold spans (each classified as
that path classifies), the spans shown at the comments' display threshold and at the article one
(precision: share touching a gold span of their technique), the calibration of the scores (ECE,
Brier, reliability bins), the lowest threshold at which the spans shown are at least half right, and
counts per technique. Nothing is fitted here.

    python bench/techniques_comments.py [--model DIR] [--out bench/results/techniques_comments_i15.json]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from _machine import describe

from slant.techniques._annotator import load_model
from slant.techniques._data import read_split
from slant.techniques.training._comment_eval import (
    RunAs,
    bootstrap_f1,
    classify_gold,
    find_comment_spans,
    measure,
    short_line_si,
)
from slant.techniques.training._comment_set import SPLITS, read_comment_set

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model", type=Path, default=None, help="a model folder (default: the shipped model)"
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "techniques_comments_i15.json"
    )
    parser.add_argument(
        "--ptc",
        type=Path,
        default=ROOT.parent / "shared" / "data" / "ptc",
        help="the PTC folder, for the comment path's SI on short dev lines (skipped when absent)",
    )
    args = parser.parse_args()
    model = load_model(args.model)
    if model.calibration is None:
        raise SystemExit("the model has no calibration.json: its scores are not probabilities to threshold")
    display = model.calibration.display_thresholds
    thresholds = {"comment": display["comment"], "article": display["article"]}
    threads = read_comment_set()
    halves = {
        "dev": [t for t in threads if t.split == SPLITS[0]],
        "held-out": [t for t in threads if t.split == SPLITS[1]],
    }
    halves["all"] = threads
    result: dict[str, Any] = {"machine": describe(), "display_thresholds": thresholds}
    run_as: RunAs
    for run_as in ("comment", "article"):
        started = time.process_time()
        found = find_comment_spans(args.model, threads, run_as=run_as)
        classified = classify_gold(model, threads, run_as=run_as)
        cpu = time.process_time() - started
        result[run_as] = {
            "cpu_s": round(cpu, 2),
            **{
                name: measure(part, found, classified, thresholds=thresholds) for name, part in halves.items()
            },
        }
        for name, part in halves.items():
            result[run_as][name]["interval_95"] = bootstrap_f1(part, found, classified)
    if (args.ptc / "dev-articles").is_dir():
        result["ptc_dev_short_lines_comment_path_si"] = short_line_si(model, read_split(args.ptc, "dev"))
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    for run_as in ("comment", "article"):
        print(f"== run as {run_as} ({result[run_as]['cpu_s']} s CPU)")
        for name in halves:
            m = result[run_as][name]
            shown = "; ".join(
                f"at {s['threshold']}: {s['shown']} shown, precision {s['precision']}, SI F1 {s['si_of_shown']['f1']}"
                for s in m["shown"].values()
            )
            cal = m["calibration"]
            print(
                f"{name:8} comments {m['comments']:3} gold {m['gold_spans']:3} found {int(m['si']['predicted_spans']):3} "
                f"SI P/R/F1 {m['si']['precision']:.3f}/{m['si']['recall']:.3f}/{m['si']['f1']:.3f} "
                f"TC {m['tc']['micro_f1']:.3f} ECE {cal.get('ece')} Brier {cal.get('brier')} "
                f"half-right from {m['threshold_for_half_right']} harmless {m['spans_on_harmless_comments']}"
            )
            print(f"         95% intervals: {m['interval_95']}; {shown}")
    if "ptc_dev_short_lines_comment_path_si" in result:
        print("PTC dev short lines, comment path, SI:", result["ptc_dev_short_lines_comment_path_si"])
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
