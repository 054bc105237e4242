"""Side by side: slant's toxicity model and alt-profanity-check, on the same held-in texts, in one run.

Usage:
    python3 -m venv /work/venv-apc && /work/venv-apc/bin/pip install alt-profanity-check
    .venv/bin/python bench/toxicity_compare.py [--data ../shared/data/toxicity] [--apc-python /work/venv-apc/bin/python]

alt-profanity-check (the offline library a user would try first) lives in its own virtualenv, because
it pins its own scikit-learn; this script calls it through a subprocess with the texts in a file.
Compared on: the validation split of each train-and-ship data set (toxicity ROC-AUC), the evaluate-only
sets (never trained on), the functional tests (false positives and recall at each tool's threshold),
obfuscated variants of toxic test comments, and speed on one core (comments per second, model loaded).
The CPU cost of Detoxify's transformer architectures is measured separately (bench/transformer_cost.py).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent

_APC = """
import json, sys, time
texts = json.load(open(sys.argv[1], encoding="utf-8"))
from profanity_check import predict_prob
predict_prob(texts[:100])
t = time.perf_counter()
probs = predict_prob(texts)
seconds = time.perf_counter() - t
json.dump({"probs": [float(p) for p in probs], "seconds": seconds}, open(sys.argv[2], "w"))
"""


def _apc(python: str, texts: list[str]) -> tuple[np.ndarray, float]:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.json", Path(tmp) / "out.json"
        src.write_text(json.dumps(texts), encoding="utf-8")
        env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
        subprocess.run(["taskset", "-c", "0", python, "-c", _APC, str(src), str(dst)], check=True, env=env)
        out = json.loads(dst.read_text(encoding="utf-8"))
    return np.array(out["probs"]), float(out["seconds"])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "toxicity")
    parser.add_argument("--apc-python", default="/work/venv-apc/bin/python")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    os.sched_setaffinity(0, {0})  # one core, like alt-profanity-check's subprocess

    from slant.toxicity import LABELS, load_model
    from slant.toxicity.training._data import load_evaluation_sets, load_training_sets
    from slant.toxicity.training._functional import FUNCTIONAL_CASES
    from slant.toxicity.training._metrics import roc_auc
    from slant.toxicity.training._obfuscate import obfuscated_variant
    from slant.toxicity.training._train import EVALUATION_PARTS

    model = load_model()
    k = LABELS.index("toxicity")
    threshold = float(model.thresholds_[k])
    examples = load_training_sets(args.data, normalizer=model.normalizer_, seed=args.seed)
    sets: dict[str, tuple[list[str], np.ndarray]] = {}
    for name in ("davidson2017", "hatexplain", "olid"):
        rows = [e for e in examples if e.split == "val" and e.dataset == name]
        sets[f"val {name}"] = ([e.text for e in rows], np.array([e.labels[k] for e in rows]))
    rows = [e for e in examples if e.split == "val" and e.dataset in ("toxic_spans", "toxic_spans_civil")]
    sets["val Civil Comments (toxic vs civil runs)"] = (
        [e.text for e in rows],
        np.array([e.labels[k] for e in rows]),
    )
    evaluate_only = load_evaluation_sets(args.data)
    if "kaggle_insults" in evaluate_only:
        rows_k = evaluate_only["kaggle_insults"]
        sets["eval-only kaggle_insults (insult)"] = (
            [r.text for r in rows_k],
            np.array([r.judgements["insult"] for r in rows_k]),
        )
    if "unhealthy_conversations" in evaluate_only:
        rows_u = evaluate_only["unhealthy_conversations"]
        sets["eval-only unhealthy_conversations (hostile)"] = (
            [r.text for r in rows_u],
            np.array([r.judgements["hostile"] for r in rows_u]),
        )
    rng = random.Random(args.seed)
    test = [e for e in examples if e.split == "test" and e.dataset in EVALUATION_PARTS]
    test_toxic = [e.text for e in test if e.labels[k] == 1.0]
    test_clean = [e.text for e in test if e.labels[k] == 0.0]
    rng.shuffle(test_toxic)
    test_toxic = test_toxic[:1500]
    obfuscated = [obfuscated_variant(model, t, rng) for t in test_toxic]
    sets["test toxic plain vs clean"] = (
        test_toxic + test_clean,
        np.r_[np.ones(len(test_toxic)), np.zeros(len(test_clean))],
    )
    sets["test toxic OBFUSCATED vs clean"] = (
        obfuscated + test_clean,
        np.r_[np.ones(len(obfuscated)), np.zeros(len(test_clean))],
    )

    print(f"{'data set':48} {'n':>6} {'slant AUC':>10} {'apc AUC':>8}")
    for name, (texts, y) in sets.items():
        ours = model.predict_proba(texts)[:, k]
        theirs, _ = _apc(args.apc_python, texts)
        print(f"{name:48} {len(texts):>6} {roc_auc(y, ours):>10.3f} {roc_auc(y, theirs):>8.3f}")

    functional = [c.text for c in FUNCTIONAL_CASES]
    ours_f = model.predict_proba(functional)[:, k] >= threshold
    theirs_f = _apc(args.apc_python, functional)[0] >= 0.5
    print("\nfunctional tests: share flagged toxic (slant at its threshold, apc at 0.5)")
    for category in dict.fromkeys(c.category for c in FUNCTIONAL_CASES):
        idx = [i for i, c in enumerate(FUNCTIONAL_CASES) if c.category == category]
        kind = "recall" if FUNCTIONAL_CASES[idx[0]].toxic else "false positives"
        print(f"  {category:22} {kind:16} slant {ours_f[idx].mean():6.1%}   apc {theirs_f[idx].mean():6.1%}")

    speed_texts = (test_toxic + test_clean) * 3
    model.predict_proba(speed_texts[:200])
    started = time.perf_counter()
    for i in range(0, len(speed_texts), 512):
        model.predict_proba(speed_texts[i : i + 512])
    ours_s = time.perf_counter() - started
    _, theirs_s = _apc(args.apc_python, speed_texts)
    print(
        f"\nspeed on one core, {len(speed_texts):,} comments: slant {len(speed_texts) / ours_s:,.0f}/s, "
        f"alt-profanity-check {len(speed_texts) / theirs_s:,.0f}/s (ratio slant/apc {theirs_s / ours_s:.2f})"
    )
    print(f"python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
