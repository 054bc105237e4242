"""Issue 17, fourth round: is stance (counter-speech, negation, quotation) in the model, and can it be used?

Usage (after ``bench/toxicity_stance_cache.py --part eval`` and ``--part train``):
    .venv/bin/python bench/toxicity_stance.py diagnose   [--cache /tmp/tox-stance-cache]
    .venv/bin/python bench/toxicity_stance.py variants   [--cache /tmp/tox-stance-cache] [--json FILE] [--only NAME ...]
    .venv/bin/python bench/toxicity_stance.py judge      [--model DIR] [--json FILE]

Everything runs on cached embeddings and n-gram logits of the shipped model, so a meaning head or a
stacker can be refitted in seconds; predictions replay :meth:`StackedToxicityModel.predict_proba`
exactly (cascade, foreign texts scored by the meaning heads alone, max over units).

``diagnose``: per component (n-gram logit, meaning logit, stacked probability), the toxicity ROC-AUC
of stance items (counter-speech, negation, quotation: expected low) against the abuse they counter,
on issue 3's functional set and on the behaviour sets; and a probe of the encoder: a logistic
regression on the USE embedding of the *training* templates of ``training/_augment.py``
(countered or negated abuse, clean, against the same abuse said in earnest), cross-validated by
leaving out whole frames, then applied to the functional set's different sentences.

``variants``: meaning heads and stackers chosen on held-in data only (validation split, frames of
the training templates), each scored on every set: the held-out sets written first
(moderation_heldout, threads_heldout, behaviour_heldout), the evaluate-only sets, held-in test, the
example page and the Russian pairs.

``judge``: every figure above, and the shares flagged per category, for the shipped model or the
model in ``--model`` (its n-gram logits recomputed, the cached unit embeddings reused).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
TOX = 0  # LABELS.index("toxicity")
STANCE_LOW = ("counter_speech", "negated_hate", "negation", "quoted_abuse", "quotation", "reported_abuse")


def _auc(y: np.ndarray, s: np.ndarray) -> float:
    from slant.toxicity.training._metrics import roc_auc

    return float(roc_auc(np.asarray(y) >= 0.5, np.asarray(s, dtype=np.float64)))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -35.0, 35.0)))


class Cached:
    """One cached set: targets, n-gram logits, unit embeddings and their owners."""

    def __init__(self, path: Path) -> None:
        from slant.toxicity._stacked import reads_ngrams

        z = np.load(path, allow_pickle=False)
        self.name = path.stem
        self.y = z["y"]
        self.ngram = z["ngram"].astype(np.float64)
        self.units = z["units"].astype(np.float32)
        self.owners = z["owners"]
        self.texts = [str(t) for t in z["texts"]]
        self.extra = {k: z[k] for k in z.files if k not in {"y", "ngram", "units", "owners", "texts"}}
        self.latin = np.array([reads_ngrams(t) for t in self.texts], dtype=bool)

    def meaning(self, head: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        unit_logits = head(self.units)
        out = np.full((len(self.texts), unit_logits.shape[1]), -np.inf)
        np.maximum.at(out, self.owners, unit_logits)
        return out


class Scorer:
    """A meaning head plus a level-two stacker, applied as the shipped model applies its own."""

    def __init__(self, head: Callable[[np.ndarray], np.ndarray], base: Any, unsure_below: float) -> None:
        self.head = head
        self.base = base
        self.unsure_below = unsure_below
        self.stack = np.zeros((7, 3))
        self.alone = np.zeros((7, 2))
        self.thresholds = np.full(7, 0.5)

    def fit_stack(self, val: Cached, *, extra: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = ()) -> None:
        """Level two on ``val`` (and any ``(ngram, meaning, y)`` blocks in ``extra``), thresholds on ``val``."""
        from sklearn.linear_model import LogisticRegression

        from slant.toxicity._model import best_f1_threshold

        meaning = val.meaning(self.head)
        for k in range(7):
            known = ~np.isnan(val.y[:, k])
            X = np.c_[val.ngram[known, k], meaning[known, k]]
            y = (val.y[known, k] >= 0.5).astype(int)
            for ngram, mean, targets in extra:
                ok = ~np.isnan(targets[:, k])
                X = np.r_[X, np.c_[ngram[ok, k], mean[ok, k]]]
                y = np.r_[y, (targets[ok, k] >= 0.5).astype(int)]
            two = LogisticRegression(C=1e4, random_state=0).fit(X, y)
            self.stack[k] = (*two.coef_[0], two.intercept_[0])
            platt = LogisticRegression(C=1e4, random_state=0).fit(
                meaning[known, k : k + 1], (val.y[known, k] >= 0.5).astype(int)
            )
            self.alone[k] = (platt.coef_[0, 0], platt.intercept_[0])
        probs = self.combine(val.ngram, meaning, val.latin)
        for k in range(7):
            known = ~np.isnan(val.y[:, k])
            self.thresholds[k] = best_f1_threshold(probs[known, k], (val.y[known, k] >= 0.5).astype(np.int64))

    def combine(self, ngram: np.ndarray, meaning: np.ndarray, latin: np.ndarray) -> np.ndarray:
        stacked = _sigmoid(ngram * self.stack[:, 0] + meaning * self.stack[:, 1] + self.stack[:, 2])
        alone = _sigmoid(meaning * self.alone[:, 0] + self.alone[:, 1])
        return np.where(latin[:, None], stacked, alone)

    def proba(self, data: Cached) -> np.ndarray:
        out = self.base.calibrate(data.ngram)
        unsure = (out[:, TOX] >= self.unsure_below) | ~data.latin
        full = self.combine(data.ngram, data.meaning(self.head), data.latin)
        return np.where(unsure[:, None], full, out)


def load_all(cache: Path) -> dict[str, Cached]:
    return {p.stem: Cached(p) for p in sorted(cache.glob("*.npz")) if p.stem != "train"}


def shipped_scorer(folder: Path | None = None) -> Scorer:
    from slant.toxicity import load_model

    model = load_model(folder)
    scorer = Scorer(model._head_logits, model.base_, float(model.unsure_below))
    scorer.stack = model.stack_.astype(np.float64)
    scorer.alone = model.embedding_calibration_.astype(np.float64)
    scorer.thresholds = model.thresholds_.astype(np.float64)
    return scorer


# -- the sets every variant is judged on ---------------------------------------------------------


def judge(scorer: Scorer, sets: dict[str, Cached]) -> dict[str, Any]:
    """Toxicity ROC-AUC on every set, and the share flagged per category of the hand-written ones."""
    out: dict[str, Any] = {"auc": {}, "flagged": {}}
    t = scorer.thresholds[TOX]
    for name, data in sets.items():
        p = scorer.proba(data)[:, TOX]
        if name == "val":
            out["auc"]["val"] = _auc(data.y[:, TOX], p)
            continue
        if name == "unhealthy_conversations":
            for j in ("unhealthy", "hostile", "antagonize"):
                out["auc"][f"G&M ~ {j}"] = _auc(data.extra[f"j_{j}"], p)
            continue
        if name == "multilingual":
            for lang in ("ru", "de", "fr"):
                rows = data.extra["lang"] == lang
                out["auc"][f"pairs {lang}"] = _auc(data.y[rows], p[rows])
            continue
        out["auc"][name] = _auc(data.y, p)
        if "category" in data.extra:
            for cat in sorted(set(data.extra["category"])):
                rows = data.extra["category"] == cat
                out["flagged"][f"{name}/{cat}"] = float((p[rows] >= t).mean())
    return out


def _stance_pairs(data: Cached) -> tuple[np.ndarray, np.ndarray] | None:
    """Rows of stance items (expected low) and of plain or obfuscated abuse (expected high) in ``data``."""
    if "category" not in data.extra:
        return None
    cats = data.extra["category"]
    low = np.isin(cats, STANCE_LOW)
    high = data.y >= 0.5
    rows = low | high
    return rows, high[rows]


def diagnose(sets: dict[str, Cached], scorer: Scorer, train: Any) -> dict[str, Any]:
    """Component AUCs on stance vs abuse, and the encoder probe on the training templates."""
    report: dict[str, Any] = {"components": {}, "probe": {}}
    print("stance items (expected low) against abuse (expected high): toxicity ROC-AUC per component")
    print(f"{'set':22} {'n low/high':>11} {'n-gram':>7} {'meaning':>8} {'stacked':>8}")
    for name in ("functional", "behaviour", "behaviour_heldout", "moderation_heldout", "threads_heldout"):
        data = sets[name]
        found = _stance_pairs(data)
        if found is None:
            continue
        rows, y = found
        en = data.latin[rows]
        meaning = data.meaning(scorer.head)[rows, TOX]
        row = {
            "n_low": int((~y).sum()),
            "n_high": int(y.sum()),
            "ngram": _auc(y[en], data.ngram[rows, TOX][en]),
            "meaning": _auc(y[en], meaning[en]),
            "stacked": _auc(y[en], scorer.proba(data)[rows, TOX][en]),
        }
        report["components"][name] = row
        print(
            f"{name:22} {row['n_low']:>5}/{row['n_high']:<5} {row['ngram']:>7.3f} {row['meaning']:>8.3f} {row['stacked']:>8.3f}"
        )
    report["unit_choice"] = unit_choice(sets, scorer)
    if train is None:
        return report
    # The probe: countered / negated abuse (clean) against the same abuse in earnest (toxic), training templates only.
    keys = train["key"]
    dataset = train["dataset"]
    is_template = dataset == "templates"
    kind = np.array([k.split("/")[0] for k in keys])
    chosen = is_template & np.isin(kind, ("countered", "earnest", "clean", "toxic"))
    X = train["X"][chosen].astype(np.float32)
    y = train["y"][chosen, TOX] >= 0.5
    frame = np.array(["/".join(k.split("/")[:2]) for k in keys[chosen]])
    from sklearn.linear_model import LogisticRegression

    scores = np.zeros(len(y))
    for f in sorted(set(frame)):
        held = frame == f
        probe = LogisticRegression(C=1.0, max_iter=2000).fit(X[~held], y[~held])
        scores[held] = probe.decision_function(X[held])
    # Within-frame AUC is undefined (a frame is all clean or all toxic); the CV AUC ranks across frames left out.
    report["probe"]["leave_one_frame_out_auc"] = _auc(y, scores)
    stance_frames = np.isin(np.array([k.split("/")[0] for k in keys[chosen]]), ("countered", "earnest"))
    report["probe"]["countered_vs_earnest_auc"] = _auc(y[stance_frames], scores[stance_frames])
    shipped_on_templates = X @ scorer_coef(scorer)
    report["probe"]["shipped_head_on_templates_in_sample_auc"] = _auc(y, shipped_on_templates)
    probe = LogisticRegression(C=1.0, max_iter=2000).fit(X, y)
    data = sets["functional"]
    found = _stance_pairs(data)
    assert found is not None
    rows, yy = found
    m = data.meaning(lambda U: probe.decision_function(U)[:, None])[rows, 0]
    report["probe"]["probe_on_functional_stance_auc"] = _auc(yy, m)
    print("\nprobe of the USE embedding on the training templates (logistic, C=1):")
    for key, value in report["probe"].items():
        print(f"  {key:45} {value:.3f}")
    return report


def unit_choice(sets: dict[str, Cached], scorer: Scorer) -> dict[str, Any]:
    """Stance items of several units: the meaning logit of the highest unit against that of the whole text."""
    from slant.toxicity import load_model

    model = load_model()
    out: dict[str, Any] = {}
    print(
        "\nunit choice, stance items against abuse (meaning logit; multi-unit stance items / all stance items)"
    )
    for name in ("behaviour", "behaviour_heldout", "moderation_heldout", "threads_heldout"):
        data = sets[name]
        found = _stance_pairs(data)
        assert found is not None
        rows, y = found
        whole = scorer.head(model.encode([data.texts[i] for i in np.flatnonzero(rows)]))[:, TOX]
        units = data.meaning(scorer.head)[rows, TOX]
        counts = np.bincount(data.owners, minlength=len(data.texts))[rows]
        out[name] = {
            "multi_unit_stance": int(((counts > 1) & ~y).sum()),
            "stance": int((~y).sum()),
            "max_over_units_auc": _auc(y, units),
            "whole_text_auc": _auc(y, whole),
        }
        print(
            f"  {name:22} {out[name]['multi_unit_stance']:>3}/{out[name]['stance']:<3} max over units {out[name]['max_over_units_auc']:.3f}, whole text {out[name]['whole_text_auc']:.3f}"
        )
    return out


def scorer_coef(scorer: Scorer) -> np.ndarray:
    eye = np.eye(512, dtype=np.float32)
    return scorer.head(eye)[:, TOX] - scorer.head(np.zeros((1, 512), dtype=np.float32))[0, TOX]


# -- variants ----------------------------------------------------------------------------------------

#: Template kinds of ``training/_augment.py`` that carry stance (clean: countered, negated; toxic: earnest).
STANCE_KINDS = ("countered", "earnest", "clean", "toxic")


def _template_frames(train: Any) -> np.ndarray:
    """Per training row: its template frame ("countered/3"), or "" for rows that are not stance templates."""
    keys = train["key"]
    out = np.array(["/".join(k.split("/")[:2]) for k in keys])
    is_stance = (train["dataset"] == "templates") & np.isin(
        np.array([k.split("/")[0] for k in keys]), STANCE_KINDS
    )
    out[~is_stance] = ""
    return out


def fit_logistic(
    X: np.ndarray,
    Y: np.ndarray,
    w: np.ndarray | None = None,
    *,
    C: float = 1.0,
    labels: tuple[int, ...] = tuple(range(7)),
) -> Callable[[np.ndarray], np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    coef = np.zeros((7, 512))
    intercept = np.zeros(7)
    for k in labels:
        known = ~np.isnan(Y[:, k])
        head = LogisticRegression(C=C, max_iter=500, random_state=13)
        head.fit(X[known], (Y[known, k] >= 0.5).astype(int), sample_weight=None if w is None else w[known])
        coef[k], intercept[k] = head.coef_[0], head.intercept_[0]
    return lambda U: U.astype(np.float64) @ coef.T + intercept


def fit_mlp(
    X: np.ndarray,
    Y: np.ndarray,
    base_head: Callable[[np.ndarray], np.ndarray],
    w: np.ndarray | None = None,
    *,
    hidden: int,
    alpha: float,
    epochs: int,
    seed: int = 13,
) -> Callable[[np.ndarray], np.ndarray]:
    """A one-hidden-layer head for toxicity; the other labels keep ``base_head``."""
    from sklearn.neural_network import MLPClassifier

    known = ~np.isnan(Y[:, TOX])
    net = MLPClassifier(
        hidden_layer_sizes=(hidden,),
        alpha=alpha,
        batch_size=256,
        max_iter=epochs,
        random_state=seed,
        learning_rate_init=1e-3,
        early_stopping=False,
    )
    net.fit(X[known], (Y[known, TOX] >= 0.5).astype(int), sample_weight=None if w is None else w[known])
    W1, b1 = net.coefs_[0], net.intercepts_[0]
    W2, b2 = net.coefs_[1][:, 0], net.intercepts_[1][0]

    def head(U: np.ndarray) -> np.ndarray:
        out = base_head(U)
        hidden_out = np.maximum(U.astype(np.float64) @ W1 + b1, 0.0)
        out[:, TOX] = hidden_out @ W2 + b2
        return out

    return head


def fit_mlp_all(
    X: np.ndarray, Y: np.ndarray, w: np.ndarray | None = None, *, hidden: int, alpha: float, epochs: int
) -> Any:
    """One one-hidden-layer head per label (each on the rows whose target is known)."""
    from sklearn.neural_network import MLPClassifier

    layers = []
    for k in range(7):
        known = ~np.isnan(Y[:, k])
        net = MLPClassifier(
            hidden_layer_sizes=(hidden,),
            alpha=alpha,
            batch_size=256,
            max_iter=epochs,
            random_state=13,
            learning_rate_init=1e-3,
            early_stopping=False,
        )
        net.fit(X[known], (Y[known, k] >= 0.5).astype(int), sample_weight=None if w is None else w[known])
        layers.append((net.coefs_[0], net.intercepts_[0], net.coefs_[1][:, 0], net.intercepts_[1][0]))

    def head(U: np.ndarray) -> np.ndarray:
        U64 = U.astype(np.float64)
        return np.stack([np.maximum(U64 @ W1 + b1, 0.0) @ W2 + b2 for W1, b1, W2, b2 in layers], axis=1)

    return head


def _mean_head(heads: list[Callable[[np.ndarray], np.ndarray]]) -> Callable[[np.ndarray], np.ndarray]:
    """The mean logit of several heads (an ensemble over seeds)."""
    return lambda U: np.mean([head(U) for head in heads], axis=0)


def per_label(scorer: Scorer, sets: dict[str, Cached]) -> dict[str, dict[str, float]]:
    """ROC-AUC of every label on val and held-in test (rows whose target is known)."""
    from slant.toxicity import LABELS

    out: dict[str, dict[str, float]] = {}
    for name in ("val",):
        data = sets[name]
        p = scorer.proba(data)
        out[name] = {}
        for k, label in enumerate(LABELS):
            known = ~np.isnan(data.y[:, k])
            out[name][label] = _auc(data.y[known, k], p[known, k])
    return out


def frame_cv(
    fit: Callable[[np.ndarray, np.ndarray, np.ndarray], Callable[[np.ndarray], np.ndarray]],
    train: Any,
    w: np.ndarray,
) -> float:
    """Stance-template ROC-AUC of a head fitted without half of the template frames, over two folds."""
    frames = _template_frames(train)
    names = sorted(set(frames) - {""})
    X, Y = train["X"], train["y"]
    scores = np.zeros(len(Y))
    for fold in (0, 1):
        held_frames = [f for i, f in enumerate(names) if i % 2 == fold]
        held = np.isin(frames, held_frames)
        head = fit(X[~held].astype(np.float32), Y[~held], w[~held])
        scores[held] = head(X[held].astype(np.float32))[:, TOX]
    rows = frames != ""
    return _auc(Y[rows, TOX], scores[rows])


HELD_IN_GROUP_EVERY = 5


def variants(
    sets: dict[str, Cached], shipped: Scorer, train: Any, *, only: list[str] | None
) -> dict[str, Any]:
    """Fit each variant on the training cache, stack on val, judge it everywhere."""
    from slant.toxicity.training._augment import TRAIN_GROUPS

    X = train["X"].astype(np.float32)
    Y = train["y"].astype(np.float64)
    frames = _template_frames(train)
    stance = frames != ""
    # A held-in share of the stance templates for the stacker: every fifth training group's templates.
    groups = np.array([k.split("/")[2] if s else "" for k, s in zip(train["key"], stance, strict=True)])
    held_groups = [g for i, g in enumerate(TRAIN_GROUPS) if i % HELD_IN_GROUP_EVERY == 0]
    held_in = np.isin(groups, held_groups)
    ones = np.ones(len(Y))

    def weights(factor: float) -> np.ndarray:
        return np.where(stance, factor, 1.0)

    logistic = lambda Xs, Ys, ws: fit_logistic(Xs, Ys, ws)  # noqa: E731
    logistic_tox = lambda Xs, Ys, ws: fit_logistic(Xs, Ys, ws, labels=(TOX,))  # noqa: E731

    def mlp(hidden: int, alpha: float, epochs: int) -> Any:
        def fit(Xs: np.ndarray, Ys: np.ndarray, ws: np.ndarray, base: Any = None) -> Any:
            base_head = base if base is not None else (lambda U: np.zeros((len(U), 7)))
            return fit_mlp(Xs, Ys, base_head, ws, hidden=hidden, alpha=alpha, epochs=epochs)

        return fit

    specs: dict[str, dict[str, Any]] = {
        "logistic (refit)": {"fit": logistic, "cv": logistic_tox, "w": ones},
        "logistic, stance templates x5": {"fit": logistic, "cv": logistic_tox, "w": weights(5.0)},
        "logistic, stance templates x20": {"fit": logistic, "cv": logistic_tox, "w": weights(20.0)},
        "mlp 128": {"fit": mlp(128, 1e-3, 12), "cv": mlp(128, 1e-3, 12), "w": ones, "mlp": True},
        **{
            f"mlp 128, seed {seed}": {
                "fit": lambda Xs, Ys, ws, base, seed=seed: fit_mlp(
                    Xs, Ys, base, ws, hidden=128, alpha=1e-3, epochs=12, seed=seed
                ),
                "cv": None,
                "w": ones,
                "mlp": True,
            }
            for seed in (1, 2)
        },
        "mlp 128, mean of seeds 13, 1, 2": {
            "fit": lambda Xs, Ys, ws, base: _mean_head(
                [
                    fit_mlp(Xs, Ys, base, ws, hidden=128, alpha=1e-3, epochs=12, seed=seed)
                    for seed in (13, 1, 2)
                ]
            ),
            "cv": None,
            "w": ones,
            "mlp": True,
        },
        "mlp 128, every label": {
            "fit": lambda Xs, Ys, ws, base=None: fit_mlp_all(Xs, Ys, ws, hidden=128, alpha=1e-3, epochs=12),
            "cv": None,
            "w": ones,
            "mlp": True,
        },
        "mlp 128, stance templates x5": {
            "fit": mlp(128, 1e-3, 12),
            "cv": mlp(128, 1e-3, 12),
            "w": weights(5.0),
            "mlp": True,
        },
    }
    out: dict[str, Any] = {"shipped": judge(shipped, sets)}
    out["shipped"]["per_label"] = per_label(shipped, sets)
    print("shipped per label", {k: round(v, 4) for k, v in out["shipped"]["per_label"]["val"].items()})
    base_logistic: Any = shipped.head
    for name, spec in specs.items():
        if only and name not in only:
            continue
        t0 = time.process_time()
        keep = ~held_in if spec.get("held_in") else np.ones(len(Y), dtype=bool)
        if spec.get("mlp"):
            # The other six labels keep the shipped logistic heads (the refit gives the same to float16 rounding).
            head = spec["fit"](X[keep], Y[keep], spec["w"][keep], base_logistic)
        else:
            head = spec["fit"](X[keep], Y[keep], spec["w"][keep])
        scorer = Scorer(head, shipped.base, shipped.unsure_below)
        extra = []
        if spec.get("held_in"):
            Xh = X[held_in]
            extra.append((_ngram_of(shipped, train, held_in), head(Xh), Y[held_in]))
        scorer.fit_stack(sets["val"], extra=extra)
        result = judge(scorer, sets)
        if spec["cv"] is not None:
            result["auc"]["templates, 2-fold by frame"] = frame_cv(spec["cv"], train, spec["w"])
        result["per_label"] = per_label(scorer, sets)
        print("  per label", {k: round(v, 4) for k, v in result["per_label"]["val"].items()})
        result["stack_tox"] = [float(v) for v in scorer.stack[TOX]]
        result["threshold_tox"] = float(scorer.thresholds[TOX])
        result["cpu_s"] = time.process_time() - t0
        out[name] = result
        print(
            f"\n== {name} ({result['cpu_s']:.0f} s CPU) stack {np.round(scorer.stack[TOX], 2)} threshold {scorer.thresholds[TOX]:.3f}"
        )
        for key, value in result["auc"].items():
            print(f"  {key:30} {value:.3f}   (shipped {out['shipped']['auc'].get(key, float('nan')):.3f})")
        for key, value in result["flagged"].items():
            if any(c in key for c in STANCE_LOW) or "heldout" in key:
                print(f"  flagged {key:40} {value:5.0%}   (shipped {out['shipped']['flagged'][key]:5.0%})")
    return out


def _ngram_of(shipped: Scorer, train: Any, rows: np.ndarray) -> np.ndarray:
    """The shipped n-gram model's logits of the chosen training texts (whole texts, as the stacker reads them)."""
    texts = [str(t) for t in train["texts"][rows]]
    out: np.ndarray = shipped.base.decision_function(texts)
    return out


def judge_model(sets: dict[str, Cached], folder: Path | None) -> dict[str, Any]:
    """Every figure of :func:`judge` for the model in ``folder``, its own n-gram logits recomputed.

    The cached unit embeddings are the encoder's, which no training changes; the n-gram logits are
    recomputed with ``folder``'s n-gram model, so the replay is that model's ``predict_proba``.
    """
    scorer = shipped_scorer(folder)
    for data in sets.values():
        data.ngram = scorer.base.decision_function(data.texts)
    result = judge(scorer, sets)
    result["per_label"] = per_label(scorer, sets)
    result["threshold_tox"] = float(scorer.thresholds[TOX])
    result["stack_tox"] = [float(v) for v in scorer.stack[TOX]]
    components: dict[str, Any] = {}
    for name in ("functional", "behaviour", "behaviour_heldout", "moderation_heldout", "threads_heldout"):
        data = sets[name]
        found = _stance_pairs(data)
        assert found is not None
        rows, y = found
        en = data.latin[rows]
        components[name] = {
            "ngram": _auc(y[en], data.ngram[rows, TOX][en]),
            "meaning": _auc(y[en], data.meaning(scorer.head)[rows, TOX][en]),
            "stacked": _auc(y[en], scorer.proba(data)[rows, TOX][en]),
        }
    result["components"] = components
    print(
        f"model {folder or 'shipped'}: toxicity threshold {scorer.thresholds[TOX]:.3f}, stack {np.round(scorer.stack[TOX], 2)}"
    )
    for key, value in result["auc"].items():
        print(f"  {key:30} {value:.3f}")
    print("  per label (val)", {k: round(v, 4) for k, v in result["per_label"]["val"].items()})
    for key, value in components.items():
        print(
            f"  stance vs abuse {key:20} n-gram {value['ngram']:.3f} meaning {value['meaning']:.3f} stacked {value['stacked']:.3f}"
        )
    for key, value in result["flagged"].items():
        print(f"  flagged {key:44} {value:5.0%}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=("diagnose", "variants", "judge"))
    parser.add_argument("--model", type=Path, help="judge: a model folder (default: the shipped model)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/tox-stance-cache"))
    parser.add_argument("--json", type=Path)
    parser.add_argument("--only", nargs="*", help="names of the variants to run (default: all)")
    args = parser.parse_args()
    started = time.process_time()
    sets = load_all(args.cache)
    scorer = shipped_scorer()
    train = (
        np.load(args.cache / "train.npz", allow_pickle=False)
        if (args.cache / "train.npz").is_file()
        else None
    )
    results: dict[str, Any] = {}
    if args.what == "diagnose":
        results["shipped"] = judge(scorer, sets)
        for name, value in results["shipped"]["auc"].items():
            print(f"  {name:28} {value:.3f}")
        results["diagnosis"] = diagnose(sets, scorer, train)
    if args.what == "judge":
        results = judge_model(sets, args.model)
    if args.what == "variants":
        results["variants"] = variants(sets, scorer, train, only=args.only)
    print(f"\n{time.process_time() - started:.0f} s CPU")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
