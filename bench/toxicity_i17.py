"""Issue 17 in one run: the default toxicity model, ``--fast`` and alt-profanity-check, quality and cost.

Usage:
    python3 -m venv /tmp/apc-venv && /tmp/apc-venv/bin/pip install alt-profanity-check==1.9.1
    .venv/bin/python bench/toxicity_i17.py [--data ../shared/data/toxicity] [--apc-python /tmp/apc-venv/bin/python]
        [--json bench/results/toxicity_i17.json]

alt-profanity-check pins its own scikit-learn, so it runs in its own virtualenv, through a subprocess.

Quality (toxicity ROC-AUC, each tool's toxicity score; never trained or tuned on): every evaluate-only
set (kaggle_insults; unhealthy_conversations against each of its judgements), held-in test comments
plain and obfuscated, the functional tests of slant.toxicity.training, and the sets written for
issue 17 in tests/toxicity/data (behaviour, the example page, Russian / German / French toxic
comments against neutral rewrites; the held-out threads and behaviour items written before the second
round of changes), and the share of each category of the hand-written sets flagged toxic.

Speed and memory (VmHWM: ru_maxrss after fork and exec can report the parent's size), each in a fresh process pinned to one core (taskset -c 0, one BLAS thread), model
loaded and warmed up: on real news comments in their natural mix (the Globe and Mail comments of
unhealthy_conversations, mostly civil), and on toxic Civil Comments only (the cascade's worst case:
nearly every comment is encoded).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from _machine import describe

ROOT = Path(__file__).resolve().parent.parent
TESTDATA = ROOT / "tests" / "toxicity" / "data"
_ENV = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")

_SLANT_SPEED = """
import json, sys, time
t0 = time.perf_counter()
from slant.toxicity import load_fast_model, load_model
texts = json.load(open(sys.argv[1], encoding="utf-8"))
fast = sys.argv[2] == "fast"
model = load_fast_model() if fast else load_model()
model.predict_proba(texts[:64])
ready = time.perf_counter() - t0
t = time.perf_counter()
for i in range(0, len(texts), 512):
    model.predict_proba(texts[i : i + 512])
seconds = time.perf_counter() - t
share = 0.0 if fast else model.encoded_share(texts)
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0]
print(json.dumps({"per_s": len(texts) / seconds, "ready_s": ready, "encoded_share": share,
                  "peak_rss_mb": int(hwm.split()[1]) / 1024}))
"""

_APC = """
import json, sys, time
texts = json.load(open(sys.argv[1], encoding="utf-8"))
from profanity_check import predict_prob
predict_prob(texts[:100])
t = time.perf_counter()
probs = predict_prob(texts)
seconds = time.perf_counter() - t
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0]
json.dump({"probs": [float(p) for p in probs], "per_s": len(texts) / seconds,
           "peak_rss_mb": int(hwm.split()[1]) / 1024}, open(sys.argv[2], "w"))
"""


def _apc(python: str, texts: list[str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.json", Path(tmp) / "out.json"
        src.write_text(json.dumps(texts), encoding="utf-8")
        subprocess.run(["taskset", "-c", "0", python, "-c", _APC, str(src), str(dst)], check=True, env=_ENV)
        out: dict[str, Any] = json.loads(dst.read_text(encoding="utf-8"))
    return out


def _slant_speed(texts: list[str], which: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.json"
        src.write_text(json.dumps(texts), encoding="utf-8")
        command = ["taskset", "-c", "0", sys.executable, "-c", _SLANT_SPEED, str(src), which]
        result = subprocess.run(command, capture_output=True, text=True, env=_ENV, check=True, cwd=ROOT)
    out: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return out


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _quality_sets(data: Path, seed: int) -> dict[str, tuple[list[str], np.ndarray]]:
    from slant import read
    from slant.toxicity import LABELS, load_fast_model
    from slant.toxicity.training._data import load_evaluation_sets, load_training_sets
    from slant.toxicity.training._functional import FUNCTIONAL_CASES
    from slant.toxicity.training._obfuscate import obfuscated_variant
    from slant.toxicity.training._train import EVALUATION_PARTS

    k = LABELS.index("toxicity")
    sets: dict[str, tuple[list[str], np.ndarray]] = {}
    for name, rows in load_evaluation_sets(data).items():
        for judgement in rows[0].judgements:
            sets[f"eval-only {name} ~ {judgement}"] = (
                [r.text for r in rows],
                np.array([r.judgements[judgement] for r in rows]),
            )
    fast = load_fast_model()
    examples = load_training_sets(data, normalizer=fast.normalizer_, seed=seed)
    test = [e for e in examples if e.split == "test" and e.dataset in EVALUATION_PARTS]
    toxic = [e.text for e in test if e.labels[k] == 1.0]
    clean = [e.text for e in test if e.labels[k] == 0.0]
    rng = random.Random(seed)
    rng.shuffle(toxic)
    toxic = toxic[:1500]
    labels = np.r_[np.ones(len(toxic)), np.zeros(len(clean))]
    sets["held-in test, toxic vs clean"] = (toxic + clean, labels)
    sets["held-in test, toxic OBFUSCATED vs clean"] = (
        [obfuscated_variant(fast, t, rng) for t in toxic] + clean,
        labels,
    )
    sets["functional tests (issue 3)"] = (
        [c.text for c in FUNCTIONAL_CASES],
        np.array([c.toxic for c in FUNCTIONAL_CASES], dtype=float),
    )
    behaviour = _jsonl(TESTDATA / "behaviour.jsonl")
    sets["behaviour set (issue 17)"] = (
        [r["text"] for r in behaviour],
        np.array([r["expected"] == "high" for r in behaviour], dtype=float),
    )
    held_out = _jsonl(TESTDATA / "behaviour_heldout.jsonl")
    sets["behaviour held-out set (issue 17, written before the second round)"] = (
        [r["text"] for r in held_out],
        np.array([r["expected"] == "high" for r in held_out], dtype=float),
    )
    threads = _jsonl(TESTDATA / "threads_heldout.jsonl")
    for name, chosen_rows in (
        ("held-out threads (issue 17), all", threads),
        ("held-out threads, English", [r for r in threads if r["lang"] == "en"]),
        ("held-out threads, Russian and bilingual", [r for r in threads if r["lang"] != "en"]),
    ):
        sets[name] = (
            [r["text"] for r in chosen_rows],
            np.array([r["label"] == "toxic" for r in chosen_rows], dtype=float),
        )
    labels_page = json.loads((TESTDATA / "example_page_labels.json").read_text(encoding="utf-8"))
    doc = read(ROOT / labels_page["page"])
    texts = {c.id: c.text for c in doc.comments}
    chosen = labels_page["toxic"] + labels_page["harmless"]
    sets["example page, toxic vs harmless"] = (
        [texts[i] for i in chosen],
        np.array([i in labels_page["toxic"] for i in chosen], dtype=float),
    )
    pairs = _jsonl(TESTDATA / "multilingual.jsonl")
    for lang in dict.fromkeys(r["lang"] for r in pairs):
        chosen_pairs = [r for r in pairs if r["lang"] == lang]
        sets[f"{lang}: toxic vs neutral rewrite"] = (
            [r["toxic"] for r in chosen_pairs] + [r["neutral"] for r in chosen_pairs],
            np.r_[np.ones(len(chosen_pairs)), np.zeros(len(chosen_pairs))],
        )
    return sets


def _speed_texts(data: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with (data / "unhealthy_conversations" / "val.csv").open(encoding="utf-8") as handle:
        out["news comments, natural mix (Globe and Mail)"] = [
            row["comment"] for row in csv.DictReader(handle)
        ]
    with (data / "toxic_spans" / "data" / "comments.csv").open(encoding="utf-8") as handle:
        out["toxic Civil Comments only (worst case)"] = [
            row["comment_text"] for row in csv.DictReader(handle)
        ][:4000]
    return out


def _flagged_shares(default: Any, fast: Any, apc_python: str) -> dict[str, dict[str, float]]:
    """Share of each category of the hand-written sets flagged toxic, each tool at its own threshold (apc: 0.5)."""
    from slant.toxicity import LABELS

    k = LABELS.index("toxicity")
    rows = (
        _jsonl(TESTDATA / "behaviour.jsonl")
        + _jsonl(TESTDATA / "behaviour_heldout.jsonl")
        + _jsonl(TESTDATA / "threads_heldout.jsonl")
    )
    texts = [r["text"] for r in rows]
    flags = {
        "default": default.predict_proba(texts)[:, k] >= default.thresholds_[k],
        "fast": fast.predict_proba(texts)[:, k] >= fast.thresholds_[k],
        "apc": np.array(_apc(apc_python, texts)["probs"]) >= 0.5,
    }
    out: dict[str, dict[str, float]] = {}
    print("\nflagged toxic, per category of the hand-written sets (all three files together)")
    for category in sorted({r["category"] for r in rows}):
        chosen = np.array([r["category"] == category for r in rows])
        out[category] = {"n": int(chosen.sum()), **{t: float(f[chosen].mean()) for t, f in flags.items()}}
        shares = " ".join(f"{t} {out[category][t]:4.0%}" for t in flags)
        print(f"  {category:22} n={int(chosen.sum()):3}  {shares}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "toxicity")
    parser.add_argument("--apc-python", default="/tmp/apc-venv/bin/python")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--speed-only", action="store_true", help="skip the quality part")
    parser.add_argument("--quality-only", action="store_true", help="skip the speed part")
    parser.add_argument(
        "--model", type=Path, help="a model folder to measure instead of the shipped one (quality only)"
    )
    args = parser.parse_args()

    from slant.toxicity import LABELS, load_fast_model, load_model
    from slant.toxicity.training._metrics import roc_auc

    k = LABELS.index("toxicity")
    default, fast = load_model(args.model), load_fast_model(args.model)
    results: dict[str, Any] = {"machine": describe(), "quality": {}, "speed": {}}
    print(f"{describe()}\n")
    print(f"{'toxicity ROC-AUC':52} {'n':>6} {'default':>8} {'--fast':>8} {'apc':>8}")
    for name, (texts, y) in ({} if args.speed_only else _quality_sets(args.data, args.seed)).items():
        row = {
            "n": len(texts),
            "default": roc_auc(y, default.predict_proba(texts)[:, k]),
            "fast": roc_auc(y, fast.predict_proba(texts)[:, k]),
            "apc": roc_auc(y, np.array(_apc(args.apc_python, texts)["probs"])),
        }
        results["quality"][name] = row
        print(f"{name:52} {len(texts):>6} {row['default']:>8.3f} {row['fast']:>8.3f} {row['apc']:>8.3f}")

    if not args.speed_only:
        results["flagged"] = _flagged_shares(default, fast, args.apc_python)

    print("\nspeed on one core (comments/s), peak memory of the scoring process")
    for name, texts in ({} if args.quality_only or args.model else _speed_texts(args.data)).items():
        mean = sum(map(len, texts)) / len(texts)
        ours = _slant_speed(texts, "default")
        quick = _slant_speed(texts, "fast")
        theirs = _apc(args.apc_python, texts)
        results["speed"][name] = {
            "n": len(texts),
            "mean_chars": mean,
            "default": ours,
            "fast": quick,
            "apc": {"per_s": theirs["per_s"], "peak_rss_mb": theirs["peak_rss_mb"]},
        }
        print(
            f"{name} ({len(texts):,} comments, mean {mean:.0f} chars): default {ours['per_s']:,.0f}/s "
            f"({ours['encoded_share']:.0%} encoded, {ours['peak_rss_mb']:.0f} MB, ready in {ours['ready_s']:.1f} s); "
            f"--fast {quick['per_s']:,.0f}/s ({quick['peak_rss_mb']:.0f} MB); "
            f"alt-profanity-check {theirs['per_s']:,.0f}/s ({theirs['peak_rss_mb']:.0f} MB)"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
