"""What storing the toxicity heads' matrices in float16 changes (issue 17, session 13).

Usage:
    .venv/bin/python bench/toxicity_fp16.py [--reference-commit dbf31c9] [--data ../shared/data/toxicity]
        [--json bench/results/toxicity_fp16.json]

Compares the shipped model (src/slant/data/toxicity, heads in float16) with the same model whose
``stack.safetensors`` is the float32 file of ``--reference-commit`` (everything else shared). Both
read the same sentence embeddings (one cache), so only the heads' weights differ. Measures:

- every label's probabilities on the held-in val and test splits and the evaluate-only sets: the
  largest absolute difference, the ROC-AUC of each model, and the decisions at the shipped
  thresholds that flip;
- the same on every set in tests/toxicity/data and on the example page's comments;
- every figure of ``evaluate_model`` (what metrics.json holds: splits, evaluate-only sets, spans,
  functional tests, obfuscation) for both models, and the figures that differ.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from _machine import describe

from slant import read
from slant.toxicity import LABELS, StackedToxicityModel
from slant.toxicity._encoder import shared_encoder
from slant.toxicity.training._data import load_evaluation_sets, load_training_sets
from slant.toxicity.training._metrics import roc_auc
from slant.toxicity.training._train import EVALUATION_PARTS, evaluate_model

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "src" / "slant" / "data" / "toxicity"
TESTDATA = ROOT / "tests" / "toxicity" / "data"


class _CachedEncoder:
    """The shared encoder, each text encoded once for both models (the heads are all that differ)."""

    def __init__(self) -> None:
        self._encoder = shared_encoder()
        self._cache: dict[str, npt.NDArray[np.float32]] = {}

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        for start in range(0, len(missing), 512):
            chunk = missing[start : start + 512]
            self._cache.update(zip(chunk, self._encoder.encode(chunk), strict=True))
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


def _reference_folder(commit: str, into: Path) -> Path:
    folder = into / "toxicity-float32"
    shutil.copytree(SHIPPED, folder)
    blob = subprocess.run(
        ["git", "show", f"{commit}:src/slant/data/toxicity/stack.safetensors"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    (folder / "stack.safetensors").write_bytes(blob)
    return folder


def _compare(
    ref: StackedToxicityModel, new: StackedToxicityModel, texts: list[str], targets: np.ndarray | None
) -> dict[str, Any]:
    """Per label: largest absolute difference, decisions flipped, and (with targets) both ROC-AUCs."""
    a, b = ref.predict_proba(texts), new.predict_proba(texts)
    flips = (a >= ref.thresholds_) != (b >= new.thresholds_)
    out: dict[str, Any] = {
        "n": len(texts),
        "max_abs_diff": float(np.abs(a - b).max()) if len(texts) else 0.0,
        "flipped": int(flips.sum()),
        "labels": {},
    }
    for k, label in enumerate(LABELS):
        row: dict[str, Any] = {
            "max_abs_diff": float(np.abs(a[:, k] - b[:, k]).max()) if len(texts) else 0.0,
            "flipped": int(flips[:, k].sum()),
        }
        if targets is not None:
            known = ~np.isnan(targets[:, k])
            y = targets[known, k] >= 0.5
            row["roc_auc_float32"] = roc_auc(y, a[known, k])
            row["roc_auc_float16"] = roc_auc(y, b[known, k])
            row["roc_auc_change"] = row["roc_auc_float16"] - row["roc_auc_float32"]
        out["labels"][label] = row
    return out


def _leaves(tree: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(tree, dict):
        out: dict[str, Any] = {}
        for key, value in tree.items():
            out.update(_leaves(value, f"{prefix}{key}."))
        return out
    if isinstance(tree, list):
        out = {}
        for i, value in enumerate(tree):
            out.update(_leaves(value, f"{prefix}{i}."))
        return out
    return {prefix.rstrip("."): tree}


def _jsonl(name: str) -> list[dict[str, Any]]:
    lines = (TESTDATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference-commit", default="dbf31c9", help="a commit with the float32 file")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "toxicity")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    print(describe())
    encoder = _CachedEncoder()
    results: dict[str, Any] = {"machine": describe(), "reference_commit": args.reference_commit}
    with tempfile.TemporaryDirectory() as tmp:
        folder = _reference_folder(args.reference_commit, Path(tmp))
        ref = StackedToxicityModel.load(folder)
        results["size_bytes"] = {
            "float32": (folder / "stack.safetensors").stat().st_size,
            "float16": (SHIPPED / "stack.safetensors").stat().st_size,
        }
    new = StackedToxicityModel.load(SHIPPED)
    ref._encoder = new._encoder = encoder  # type: ignore[assignment]
    results["weights_max_abs_diff"] = {
        "embedding_hidden": float(np.abs(ref.embedding_hidden_ - new.embedding_hidden_).max()),
        "embedding_coef": float(np.abs(ref.embedding_coef_ - new.embedding_coef_).max()),
    }

    sets: dict[str, Any] = {}
    for name in (
        "behaviour.jsonl",
        "behaviour_heldout.jsonl",
        "moderation_heldout.jsonl",
        "threads_heldout.jsonl",
    ):
        sets[name] = _compare(ref, new, [r["text"] for r in _jsonl(name)], None)
    pairs = _jsonl("multilingual.jsonl")
    sets["multilingual.jsonl"] = _compare(
        ref, new, [p["toxic"] for p in pairs] + [p["neutral"] for p in pairs], None
    )
    doc = read(ROOT / "examples" / "news-page-with-comments.txt")
    sets["example page"] = _compare(ref, new, [c.text for c in doc.comments], None)
    results["test_sets"] = sets

    if args.data.is_dir():
        metrics = json.loads((SHIPPED / "metrics.json").read_text(encoding="utf-8"))
        seed = int(metrics["seed"])
        examples = load_training_sets(args.data, normalizer=new.normalizer_, seed=seed)
        splits: dict[str, Any] = {}
        for split in ("val", "test"):
            chosen = [e for e in examples if e.split == split and e.dataset in EVALUATION_PARTS]
            splits[split] = _compare(
                ref, new, [e.text for e in chosen], np.array([e.labels for e in chosen], dtype=np.float64)
            )
        for name, rows in load_evaluation_sets(args.data).items():
            splits[name] = _compare(ref, new, [r.text for r in rows], None)
        results["splits"] = splits
        figures = {
            "float32": _leaves(evaluate_model(ref, args.data, seed=seed, examples=examples)),
            "float16": _leaves(evaluate_model(new, args.data, seed=seed, examples=examples)),
        }
        shipped = _leaves(
            {k: metrics[k] for k in ("val", "test", "evaluate_only", "spans", "functional", "obfuscation")}
        )
        results["metrics_json"] = {
            "figures": len(figures["float16"]),
            "float32_differs_from_metrics_json": {
                key: [shipped.get(key), value]
                for key, value in figures["float32"].items()
                if shipped.get(key) != value
            },
            "float16_differs_from_float32": {
                key: [figures["float32"][key], value]
                for key, value in figures["float16"].items()
                if figures["float32"].get(key) != value
            },
        }
    text = json.dumps(results, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
