"""Issue 17, fifth round: how much the hidden-layer meaning head's figures hang on its seed, and what removes it.

Usage (after ``bench/toxicity_stance_cache.py --part eval`` and ``--part train``):
    .venv/bin/python bench/toxicity_seeds.py [--cache /tmp/tox-stance-cache] [--heads /tmp/i17-seeds-heads]
        [--variants base slow l2-1e-2 ...] [--seeds 15] [--json FILE]

Everything replays :meth:`StackedToxicityModel.predict_proba` on cached embeddings (see
``bench/toxicity_stance.py``): the n-gram logits are recomputed with the shipped n-gram model, the
toxicity meaning head is refitted (the other six labels keep the shipped heads; only toxicity figures
are reported), the stacker and thresholds are refitted on the validation split, as training does.

For each variant (learning rate, passes, L2 penalty of the one-hidden-layer head) and each seed, the
head is fitted three times: on all the training texts, and twice without half of the stance
templates' sentence frames (the "frames CV" of the fourth round: stance templates of unseen frames).
Heads are kept in ``--heads`` so a rerun only fits what is missing. Reported per figure:

- single heads: mean, sd, min, max over the seeds;
- ensembles of K = 3 and 5 heads (the mean of their logits, or of their probabilities), one per
  disjoint group of seeds (seeds 1-3, 4-6, ...): mean, sd, min, max over the groups.

Held-in figures (choice): validation ROC-AUC and the frames CV. Everything else is a check,
the evaluate-only sets above all (never used to choose).
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import toxicity_stance as stance
from _machine import describe

TOX = stance.TOX
#: The head variants: (hidden units, L2 penalty, Adam learning rate, passes). "base" is the shipped one.
VARIANTS: dict[str, tuple[int, float, float, int]] = {
    "base": (128, 1e-3, 1e-3, 12),
    "slow": (128, 1e-3, 3e-4, 36),
    "l2-1e-2": (128, 1e-2, 1e-3, 12),
    "l2-3e-2": (128, 3e-2, 1e-3, 12),
    "l2-1e-1": (128, 1e-1, 1e-3, 12),
}
#: Flagged shares pooled over the three hand-written files of ``bench/toxicity_i17.py`` (as in the fourth round).
POOLED = ("behaviour", "behaviour_heldout", "threads_heldout")
POOLED_CATEGORIES = ("counter_speech", "negation", "quoted_abuse", "plain_abuse", "obfuscated_abuse")
#: Per-set flagged shares reported besides the pooled ones.
FLAGGED = (
    "moderation_heldout/counter_speech",
    "moderation_heldout/negation",
    "moderation_heldout/quotation",
    "moderation_heldout/insult_people",
    "functional/counter_speech",
    "functional/negated_hate",
    "functional/hateful",
)

Head = tuple[np.ndarray, np.ndarray, np.ndarray, float]
_OTHERS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def fit_head(X: np.ndarray, y: np.ndarray, variant: str, seed: int) -> Head:
    """One toxicity head (``W1 (512, h)``, ``b1``, ``W2 (h,)``, ``b2``), as ``StackedToxicityModel.fit`` fits it."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    hidden, alpha, rate, epochs = VARIANTS[variant]
    net = MLPClassifier(
        hidden_layer_sizes=(hidden,),
        alpha=alpha,
        batch_size=256,
        learning_rate_init=rate,
        max_iter=epochs,
        random_state=seed,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=ConvergenceWarning)
        net.fit(X, y)
    return net.coefs_[0], net.intercepts_[0], net.coefs_[1][:, 0], float(net.intercepts_[1][0])


def logits(head: Head, U: np.ndarray) -> np.ndarray:
    W1, b1, W2, b2 = head
    out: np.ndarray = np.maximum(U.astype(np.float64) @ W1 + b1, 0.0) @ W2 + b2
    return out


def ensemble(heads: list[Head], how: str) -> Callable[[np.ndarray], np.ndarray]:
    """The toxicity logit of ``heads`` together: the mean logit, or the logit of the mean probability."""

    def tox(U: np.ndarray) -> np.ndarray:
        each = np.array([logits(h, U) for h in heads])
        if how == "logit":
            out: np.ndarray = each.mean(axis=0)
            return out
        p = np.clip(stance._sigmoid(each).mean(axis=0), 1e-12, 1 - 1e-12)
        return np.log(p / (1 - p))

    return tox


class Heads:
    """Fitted heads on disk: ``<variant>/<seed>-<fold>.npz`` (fold "all", "f0", "f1")."""

    def __init__(self, folder: Path, train: Any) -> None:
        self.folder = folder
        self.X = train["X"].astype(np.float32)
        Y = train["y"].astype(np.float64)
        self.known = ~np.isnan(Y[:, TOX])
        self.y = (Y[:, TOX] >= 0.5).astype(np.int64)
        frames = stance._template_frames(train)
        names = sorted(set(frames) - {""})
        self.held = {
            f"f{fold}": np.isin(frames, [f for i, f in enumerate(names) if i % 2 == fold]) for fold in (0, 1)
        }
        self.stance_rows = frames != ""
        self.fit_cpu = 0.0
        self.fits = 0

    def get(self, variant: str, seed: int, fold: str) -> Head:
        path = self.folder / variant / f"{seed}-{fold}.npz"
        if path.is_file():
            z = np.load(path)
            return z["W1"], z["b1"], z["W2"], float(z["b2"])
        rows = self.known & ~self.held[fold] if fold != "all" else self.known
        started = time.process_time()
        head = fit_head(self.X[rows], self.y[rows], variant, seed)
        self.fit_cpu += time.process_time() - started
        self.fits += 1
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, W1=head[0], b1=head[1], W2=head[2], b2=head[3])
        return head

    def frames_cv(self, variant: str, seeds: list[int], how: str) -> float:
        """Stance-template ROC-AUC of the (ensemble) head fitted without the frames it scores."""
        scores = np.zeros(len(self.y))
        for fold, held in self.held.items():
            tox = ensemble([self.get(variant, s, fold) for s in seeds], how)
            scores[held] = tox(self.X[held])
        rows = self.stance_rows
        return stance._auc(self.y[rows], scores[rows])


def figures(
    tox: Callable[[np.ndarray], np.ndarray], shipped: stance.Scorer, sets: dict[str, stance.Cached]
) -> dict[str, float]:
    """Every figure of the fourth round's table for a toxicity head (stacker and thresholds refitted on val)."""

    def head(U: np.ndarray) -> np.ndarray:
        # The shipped heads of the other six labels, computed once per cached array (the units never change).
        if id(U) not in _OTHERS:
            _OTHERS[id(U)] = (U, shipped.head(U))
        out = _OTHERS[id(U)][1].copy()
        out[:, TOX] = tox(U)
        return out

    scorer = stance.Scorer(head, shipped.base, shipped.unsure_below)
    scorer.fit_stack(sets["val"])
    judged = stance.judge(scorer, sets)
    out: dict[str, float] = dict(judged["auc"])
    out["threshold"] = float(scorer.thresholds[TOX])
    out["stack n-gram"], out["stack meaning"] = (float(v) for v in scorer.stack[TOX, :2])
    t = scorer.thresholds[TOX]
    for cat in POOLED_CATEGORIES:
        flagged = []
        for name in POOLED:
            data = sets[name]
            rows = data.extra["category"] == cat
            if rows.any():
                flagged.extend(scorer.proba(data)[rows, TOX] >= t)
        out[f"flagged {cat} (3 files, n={len(flagged)})"] = float(np.mean(flagged))
    for key in FLAGGED:
        out[f"flagged {key}"] = judged["flagged"][key]
    return out


def summary(rows: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    keys = dict.fromkeys(key for row in rows for key in row)
    out: dict[str, dict[str, float]] = {}
    for key in keys:
        values = np.array([r[key] for r in rows if key in r])
        out[key] = {
            "mean": float(values.mean()),
            "sd": float(values.std(ddof=1)) if len(values) > 1 else 0.0,
            "min": float(values.min()),
            "max": float(values.max()),
            "n": len(values),
        }
    return out


def show(title: str, summ: dict[str, dict[str, float]]) -> None:
    print(f"\n== {title}")
    for key, s in summ.items():
        print(
            f"  {key:48} mean {s['mean']:.4f} sd {s['sd']:.4f} min {s['min']:.4f} max {s['max']:.4f} (n={s['n']})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cache", type=Path, default=Path("/tmp/tox-stance-cache"))
    parser.add_argument("--heads", type=Path, default=Path("/tmp/i17-seeds-heads"))
    parser.add_argument("--variants", nargs="*", default=["base"], choices=sorted(VARIANTS))
    parser.add_argument("--seeds", type=int, default=15, help="seeds 1..N per variant")
    parser.add_argument("--sizes", type=int, nargs="*", default=[3, 5], help="ensemble sizes K")
    parser.add_argument(
        "--no-cv", action="store_true", help="skip the frames CV (one fit per seed, not three)"
    )
    parser.add_argument(
        "--cv-seeds", type=int, default=None, help="frames CV only for seeds 1..N and groups within them"
    )
    parser.add_argument(
        "--fit-only",
        nargs=2,
        type=int,
        metavar=("FIRST", "LAST"),
        help="only fit (and keep) the heads of seeds FIRST..LAST, for workers running side by side",
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    started, wall = time.process_time(), time.time()
    if args.fit_only:
        heads = Heads(args.heads, np.load(args.cache / "train.npz", allow_pickle=False))
        for variant in args.variants:
            for seed in range(args.fit_only[0], args.fit_only[1] + 1):
                for fold in ("all",) if args.no_cv else ("all", "f0", "f1"):
                    heads.get(variant, seed, fold)
                print(f"{variant} seed {seed} fitted ({heads.fit_cpu:.0f} s CPU so far)")
        return
    cv_seeds = args.seeds if args.no_cv is False and args.cv_seeds is None else (args.cv_seeds or 0)
    machine = describe()
    sets = stance.load_all(args.cache)
    shipped = stance.shipped_scorer()
    for data in sets.values():
        data.ngram = shipped.base.decision_function(data.texts)
    heads = Heads(args.heads, np.load(args.cache / "train.npz", allow_pickle=False))
    results: dict[str, Any] = {"machine": machine, "shipped replay": stance.judge(shipped, sets)["auc"]}
    for variant in args.variants:
        seeds = list(range(1, args.seeds + 1))
        singles = []
        for seed in seeds:
            row = figures(ensemble([heads.get(variant, seed, "all")], "logit"), shipped, sets)
            if seed <= cv_seeds:
                row["frames CV"] = heads.frames_cv(variant, [seed], "logit")
            singles.append(row)
            print(
                f"{variant} seed {seed}: val {row['val']:.4f} page {row['example_page']:.3f} ru {row['pairs ru']:.3f}"
            )
        results[f"{variant} single"] = {"per_seed": singles, "summary": summary(singles)}
        show(f"{variant}: single heads, seeds 1-{args.seeds}", results[f"{variant} single"]["summary"])
        for k in args.sizes:
            for how in ("logit", "prob"):
                groups = [seeds[i : i + k] for i in range(0, len(seeds) - k + 1, k)]
                rows = []
                for group in groups:
                    row = figures(ensemble([heads.get(variant, s, "all") for s in group], how), shipped, sets)
                    if max(group) <= cv_seeds:
                        row["frames CV"] = heads.frames_cv(variant, group, how)
                    rows.append(row)
                name = f"{variant} mean of {k} ({how})"
                results[name] = {"groups": groups, "per_group": rows, "summary": summary(rows)}
                show(f"{name}, {len(groups)} disjoint groups", results[name]["summary"])
    results["cost"] = {
        "cpu_s": time.process_time() - started,
        "wall_s": time.time() - wall,
        "fits": heads.fits,
        "fit_cpu_s": heads.fit_cpu,
    }
    print(f"\n{results['cost']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
