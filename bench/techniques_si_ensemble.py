"""SI: the fine-tuned span tagger combined with the fast linear route, chosen on held-in articles (issue 15).

Reads the cache of ``bench/techniques_si_ensemble_cache.py`` (both routes' word probabilities, the
fast route's verifier candidates with out-of-fold verifier probabilities) and scores, under the
official SI rules, every combination below on the 37 train articles the fine-tuned tagger held in
(the linear route there is out of fold: a tagger, lexicon and verifier fitted without the article).
Each combination's decoding (hysteresis thresholds) and its other knobs are re-chosen on those
articles; the best row overall is then measured once on dev (``--dev``; otherwise dev is not read).

Combinations (word grid: the fine-tuned tagger's words; a linear token's probability is given to
every word inside it):

- ``average w``: p = w * p_fine-tuned + (1 - w) * p_linear;
- ``geometric w``: p = p_fine-tuned^w * p_linear^(1 - w); ``logit-average w``: the logits averaged;
- each of them with or without the loaded-word lexicon's words outside its spans;
- ``union``: the fast route's spans (verifier threshold re-chosen) plus the fine-tuned tagger's
  spans (decoding re-chosen); ``intersection``: the characters both mark; ``fast ∩ touched``: the
  fast route's spans that touch a fine-tuned span;
- ``verifier + fine-tuned``: the fast route's candidates rescored by a logistic regression over the
  verifier's logit and the fine-tuned tagger's mean, max and min word probability over the
  candidate (and, ``+ its spans``, the fine-tuned tagger's own spans that touch no candidate as
  further candidates); fitted on the held-in candidates, so scored there by 5-fold
  cross-validation over articles, the threshold chosen on the pooled out-of-fold probabilities.

    python bench/techniques_si_ensemble.py --cache CACHE [--data ../shared/data/ptc] [--dev] [--out FILE]
    python bench/techniques_si_ensemble.py --speed-model DIR     # CPU cost of each route's SI, one thread
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from slant.techniques._contextual import DECODINGS, DecodingGrid
from slant.techniques._data import read_split
from slant.techniques._features import whole_words
from slant.techniques._model import decode_spans, merge_candidates
from slant.techniques._scoring import score_si

Span = tuple[int, int]
VERIFIER_THRESHOLDS = tuple(round(0.2 + 0.025 * i, 3) for i in range(17))  # 0.2 .. 0.6
STACK_THRESHOLDS = tuple(round(0.1 + 0.025 * i, 3) for i in range(25))
WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: The fine-tuned tagger's own spans offered to the stacked verifier: decoded loosely, it filters them.
LOOSE = DecodingGrid(0.2, 0.1, 3)


@dataclass
class Article:
    """Both routes' view of one article."""

    text: str
    words: list[Span]
    line_of: list[int]
    p_fine: np.ndarray[Any, Any]
    p_linear: np.ndarray[Any, Any]  # on the fine-tuned tagger's words
    lexicon: list[tuple[int, int, float]]  # tagger lexicon words (share >= min_ratio), scored by share
    candidates: list[Span]
    verifier: np.ndarray[Any, Any]


def linear_on_words(
    tokens: Sequence[Span], proba: Sequence[float], words: Sequence[Span]
) -> np.ndarray[Any, Any]:
    """Each word's linear probability: that of the linear token holding its first character (0 if none)."""
    starts = np.array([s for s, _ in tokens], dtype=np.int64)
    ends = np.array([e for _, e in tokens], dtype=np.int64)
    p = np.asarray(proba, dtype=np.float32)
    out = np.zeros(len(words), dtype=np.float32)
    for i, (s, _) in enumerate(words):
        k = int(np.searchsorted(starts, s, side="right")) - 1
        if k >= 0 and s < ends[k]:
            out[i] = p[k]
    return out


def load(
    cache: Path, split: str, texts: Mapping[str, str], ids: Sequence[str], min_ratio: float
) -> dict[str, Article]:
    fine = json.loads((cache / f"contextual_{'held_in' if split == 'train' else 'dev'}.json").read_text())
    linear = json.loads((cache / f"linear_{split}.json").read_text())
    out = {}
    for aid in ids:
        f, lin = fine[aid], linear[aid]
        words = [tuple(w) for w in f["words"]]
        out[aid] = Article(
            text=texts[aid],
            words=words,  # type: ignore[arg-type]
            line_of=f["line_of"],
            p_fine=np.asarray(f["proba"], dtype=np.float32),
            p_linear=linear_on_words([tuple(t) for t in lin["tokens"]], lin["proba"], words),  # type: ignore[arg-type]
            lexicon=[(s, e, r) for s, e, r in lin["lexicon_spans"] if r >= min_ratio],
            candidates=[tuple(c["span"]) for c in lin["candidates"]],  # type: ignore[misc]
            verifier=np.asarray([c["verifier"] for c in lin["candidates"]], dtype=np.float64),
        )
    return out


def _score(
    articles: Mapping[str, Article], found: Mapping[str, Sequence[Span]], gold: Sequence[tuple[str, int, int]]
) -> dict[str, float]:
    predicted = [
        (aid, *whole_words(articles[aid].text, s, e)) for aid, spans in found.items() for s, e in spans
    ]
    return score_si(predicted, gold)


def _decode(a: Article, p: np.ndarray[Any, Any], d: Any, *, lexicon: bool) -> list[Span]:
    spans = decode_spans(a.words, a.line_of, p, high=d.high, low=d.low, max_gap=d.max_gap)
    if lexicon:
        spans = merge_candidates(spans, a.lexicon)
    return [(s, e) for s, e, _ in spans]


def _logit(p: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    q = np.clip(p.astype(np.float64), 1e-6, 1 - 1e-6)
    return np.log(q / (1 - q))


MIXES: dict[str, Callable[[Article, float], np.ndarray[Any, Any]]] = {
    "average": lambda a, w: w * a.p_fine + (1 - w) * a.p_linear,
    "geometric": lambda a, w: (
        np.power(np.maximum(a.p_fine, 1e-9), w) * np.power(np.maximum(a.p_linear, 1e-9), 1 - w)
    ),
    "logit-average": lambda a, w: 1 / (1 + np.exp(-(w * _logit(a.p_fine) + (1 - w) * _logit(a.p_linear)))),
}


def best_decoding(
    articles: Mapping[str, Article], proba: Mapping[str, np.ndarray[Any, Any]], gold: Any, *, lexicon: bool
) -> tuple[dict[str, Any], dict[str, float]]:
    best: tuple[dict[str, Any], dict[str, float]] | None = None
    for d in DECODINGS:
        scores = _score(
            articles, {aid: _decode(a, proba[aid], d, lexicon=lexicon) for aid, a in articles.items()}, gold
        )
        if best is None or scores["f1"] > best[1]["f1"]:
            best = (d.as_dict(), scores)
    assert best is not None
    return best


def fast_spans(a: Article, threshold: float) -> list[Span]:
    return [c for c, p in zip(a.candidates, a.verifier, strict=True) if p >= threshold]


def intersect(x: Sequence[Span], y: Sequence[Span]) -> list[Span]:
    out = []
    for s, e in x:
        for t, u in y:
            lo, hi = max(s, t), min(e, u)
            if hi > lo:
                out.append((lo, hi))
    return out


def touches(x: Sequence[Span], y: Sequence[Span]) -> list[Span]:
    return [(s, e) for s, e in x if any(s < u and t < e for t, u in y)]


SPAN_SETS: dict[str, Callable[[Sequence[Span], Sequence[Span]], list[Span]]] = {
    "union": lambda x, y: list(x) + list(y),
    "intersection": intersect,
    "fast ∩ touched": touches,
}


# -- stacking: the verifier's candidates rescored with the fine-tuned tagger's view ---------------
def _stack_rows(a: Article, *, own_spans: Sequence[Span]) -> tuple[list[Span], np.ndarray[Any, Any]]:
    """The verifier's candidates plus ``own_spans`` touching none of them, and one row of numbers each:
    the verifier's logit (0 for an own span), the fine-tuned tagger's mean, max and min word
    probability over it and the mean's logit, and whether it is an own span."""
    spans = list(a.candidates)
    ver = list(_logit(a.verifier)) if len(a.verifier) else []
    extra = [sp for sp in own_spans if not any(sp[0] < e and s < sp[1] for s, e in a.candidates)]
    spans += extra
    ver += [0.0] * len(extra)
    starts = np.array([s for s, _ in a.words], dtype=np.int64)
    ends = np.array([e for _, e in a.words], dtype=np.int64)
    rows = []
    for k, ((s, e), v) in enumerate(zip(spans, ver, strict=True)):
        inside = (starts < e) & (ends > s)
        p = a.p_fine[inside] if inside.any() else np.zeros(1, dtype=np.float32)
        rows.append(
            [
                v,
                float(p.mean()),
                float(p.max()),
                float(p.min()),
                float(_logit(np.array([p.mean()]))[0]),
                float(k >= len(a.candidates)),
            ]
        )
    return spans, np.asarray(rows, dtype=np.float64).reshape(len(spans), 6)


def _overlaps(spans: Sequence[Span], gold: Sequence[Span]) -> np.ndarray[Any, Any]:
    return np.array([any(s < ge and gs < e for gs, ge in gold) for s, e in spans], dtype=bool)


def stack(
    train: Mapping[str, Article],
    gold_by: Mapping[str, list[Span]],
    *,
    own: Mapping[str, Sequence[Span]],
    C: float,
) -> LogisticRegression:
    rows, ys = [], []
    for aid, a in train.items():
        spans, x = _stack_rows(a, own_spans=own.get(aid, ()))
        rows.append(x)
        ys.append(_overlaps(spans, gold_by.get(aid, [])))
    x, y = np.vstack(rows), np.concatenate(ys)
    return LogisticRegression(C=C, max_iter=2000).fit(x, y)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="the folder bench/techniques_si_ensemble_cache.py wrote")
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "ptc"
    )
    parser.add_argument("--dev", action="store_true", help="measure the chosen combination on dev (once)")
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--speed-model",
        type=Path,
        metavar="DIR",
        help="only time span identification by each route with the model folder DIR (one core), on dev's articles",
    )
    args = parser.parse_args()
    if args.speed_model:
        from _machine import cpu_name, speed_reference

        print(
            json.dumps(
                {
                    **measure_speed(args.speed_model, args.data / "dev-articles"),
                    "cpu": cpu_name(),
                    **speed_reference(),
                },
                indent=1,
            )
        )
        return
    if args.cache is None:
        parser.error("--cache is required (unless --speed-model)")
    meta = json.loads((args.cache / "meta.json").read_text())
    train = read_split(args.data, "train")
    held = meta["held_in"]
    articles = load(args.cache, "train", train.articles, held, meta["lexicon_min_ratio"])
    gold = sorted({(s.article_id, s.start, s.end) for s in train.spans if s.article_id in set(held)})
    gold_by: dict[str, list[Span]] = {}
    for aid, s, e in gold:
        gold_by.setdefault(aid, []).append((s, e))
    rows: list[dict[str, Any]] = []

    def row(name: str, settings: Mapping[str, Any], scores: Mapping[str, float]) -> None:
        rows.append(
            {
                "combination": name,
                "settings": dict(settings),
                "held_in": {k: round(v, 4) for k, v in scores.items()},
            }
        )
        print(
            f"{name:42s} F1 {scores['f1']:.3f} (P {scores['precision']:.3f}, R {scores['recall']:.3f})  {json.dumps(settings)}",
            flush=True,
        )

    # Baselines.
    thr = meta["verifier_threshold"]
    row(
        "fast route (out of fold, as shipped)",
        {"verifier_threshold": thr},
        _score(articles, {aid: fast_spans(a, thr) for aid, a in articles.items()}, gold),
    )
    fine_spans = {aid: _decode(a, a.p_fine, _exported(meta), lexicon=False) for aid, a in articles.items()}
    row("fine-tuned tagger (as exported)", meta["contextual_decoding"], _score(articles, fine_spans, gold))
    lin = {aid: a.p_linear for aid, a in articles.items()}
    for lex in (False, True):
        dd, sc = best_decoding(articles, lin, gold, lexicon=lex)
        row(f"linear tagger alone{' + lexicon' if lex else ''} (re-decoded)", dd, sc)

    # Probability mixes.
    for mix, fn in MIXES.items():
        for w in WEIGHTS:
            proba = {aid: fn(a, w) for aid, a in articles.items()}
            for lex in (False, True):
                dd, sc = best_decoding(articles, proba, gold, lexicon=lex)
                row(f"{mix} w={w}{' + lexicon' if lex else ''}", {"w": w, **dd, "lexicon": lex}, sc)

    # Span sets.
    fine_by_decoding = {
        d: {aid: _decode(a, a.p_fine, d, lexicon=False) for aid, a in articles.items()} for d in DECODINGS
    }
    for name, op in SPAN_SETS.items():
        best: tuple[dict[str, Any], dict[str, float]] | None = None
        for t in VERIFIER_THRESHOLDS:
            fast = {aid: fast_spans(a, t) for aid, a in articles.items()}
            for d, fine in fine_by_decoding.items():
                sc = _score(articles, {aid: op(fast[aid], fine[aid]) for aid in articles}, gold)
                if best is None or sc["f1"] > best[1]["f1"]:
                    best = ({"verifier_threshold": t, **d.as_dict()}, sc)
        assert best is not None
        row(name, *best)

    # Stacking, 5-fold CV over the held-in articles.
    order = sorted(articles)
    cv_folds = [order[k::5] for k in range(5)]
    own_all = {aid: _decode(a, a.p_fine, LOOSE, lexicon=False) for aid, a in articles.items()}
    for with_own in (False, True):
        own = own_all if with_own else {}
        for C in (0.1, 1.0):
            oof: dict[str, tuple[list[Span], np.ndarray[Any, Any]]] = {}
            for fold in cv_folds:
                fitted = stack({a: articles[a] for a in order if a not in fold}, gold_by, own=own, C=C)
                for aid in fold:
                    spans, x = _stack_rows(articles[aid], own_spans=own.get(aid, ()))
                    oof[aid] = (spans, fitted.predict_proba(x)[:, 1] if len(x) else np.zeros(0))
            best = None
            for t in STACK_THRESHOLDS:
                sc = _score(
                    articles,
                    {aid: [sp for sp, p in zip(*oof[aid], strict=True) if p >= t] for aid in articles},
                    gold,
                )
                if best is None or sc["f1"] > best[1]["f1"]:
                    best = ({"C": C, "threshold": t, "own_spans": with_own}, sc)
            assert best is not None
            row(f"verifier + fine-tuned{' + its spans' if with_own else ''} (5-fold CV)", *best)

    baselines = ("fast route", "fine-tuned tagger", "linear tagger alone")
    chosen = max(
        (r for r in rows if not r["combination"].startswith(baselines)), key=lambda r: r["held_in"]["f1"]
    )
    chosen["minus_fine_tuned"] = paired_bootstrap(
        articles, chosen_spans(args, meta, chosen, articles), fine_spans, gold
    )
    print("chosen on held-in:", json.dumps(chosen), flush=True)
    result: dict[str, Any] = {"held_in_articles": len(held), "rows": rows, "chosen": chosen}
    if args.dev:
        result["dev"] = measure_dev(args, meta, chosen)
        print("dev:", json.dumps(result["dev"]), flush=True)
    if args.out:
        args.out.write_text(json.dumps(result, indent=1) + "\n")


def chosen_spans(
    args: argparse.Namespace,
    meta: Mapping[str, Any],
    chosen: Mapping[str, Any],
    articles: Mapping[str, Article],
) -> dict[str, list[Span]]:
    """The spans the combination ``chosen`` (a row of :func:`main`) finds in ``articles``."""
    name, settings = chosen["combination"], chosen["settings"]
    mix = name.split(" ")[0]
    if mix in MIXES:
        d = DecodingGrid(settings["high"], settings["low"], settings["max_gap"])
        return {
            aid: _decode(a, MIXES[mix](a, settings["w"]), d, lexicon=settings["lexicon"])
            for aid, a in articles.items()
        }
    if name in SPAN_SETS:
        d = DecodingGrid(settings["high"], settings["low"], settings["max_gap"])
        return {
            aid: SPAN_SETS[name](
                fast_spans(a, settings["verifier_threshold"]), _decode(a, a.p_fine, d, lexicon=False)
            )
            for aid, a in articles.items()
        }
    if name.startswith("verifier + fine-tuned"):
        # Fitted on all held-in candidates, with the threshold cross-validation chose there.
        train = read_split(args.data, "train")
        held = load(args.cache, "train", train.articles, meta["held_in"], meta["lexicon_min_ratio"])
        gold_by: dict[str, list[Span]] = {}
        for span in train.spans:
            gold_by.setdefault(span.article_id, []).append((span.start, span.end))

        def own_of(a: Article) -> list[Span]:
            return _decode(a, a.p_fine, LOOSE, lexicon=False) if settings["own_spans"] else []

        fitted = stack(held, gold_by, own={aid: own_of(a) for aid, a in held.items()}, C=settings["C"])
        found = {}
        for aid, a in articles.items():
            spans, x = _stack_rows(a, own_spans=own_of(a))
            p = fitted.predict_proba(x)[:, 1] if len(x) else np.zeros(0)
            found[aid] = [sp for sp, q in zip(spans, p, strict=True) if q >= settings["threshold"]]
        return found
    raise SystemExit(f"no spans for {name!r}")


def paired_bootstrap(
    articles: Mapping[str, Article],
    first: Mapping[str, Sequence[Span]],
    second: Mapping[str, Sequence[Span]],
    gold: Sequence[tuple[str, int, int]],
    *,
    resamples: int = 2000,
    seed: int = 0,
) -> dict[str, float]:
    """SI F1 of ``first`` minus ``second``, and its 95% interval over articles drawn with replacement."""
    ids = sorted(articles)
    sums = []
    for found in (first, second):
        rows = []
        for aid in ids:
            scores = _score({aid: articles[aid]}, {aid: found.get(aid, [])}, [g for g in gold if g[0] == aid])
            rows.append(
                (
                    scores["precision"] * scores["predicted_spans"],
                    scores["predicted_spans"],
                    scores["recall"] * scores["gold_spans"],
                    scores["gold_spans"],
                )
            )
        sums.append(np.asarray(rows))

    def f1(table: np.ndarray[Any, Any]) -> float:
        p = table[:, 0].sum() / max(table[:, 1].sum(), 1e-9)
        r = table[:, 2].sum() / max(table[:, 3].sum(), 1e-9)
        return float(2 * p * r / (p + r)) if p + r > 0 else 0.0

    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(resamples):
        pick = rng.integers(0, len(ids), len(ids))
        diffs.append(f1(sums[0][pick]) - f1(sums[1][pick]))
    low, high = np.percentile(diffs, [2.5, 97.5])
    return {
        "difference": round(f1(sums[0]) - f1(sums[1]), 4),
        "interval_95": [round(float(low), 4), round(float(high), 4)],
        "share_above_zero": round(float(np.mean(np.asarray(diffs) > 0)), 3),
    }


def measure_dev(
    args: argparse.Namespace, meta: Mapping[str, Any], chosen: Mapping[str, Any]
) -> dict[str, Any]:
    """The chosen combination and both routes alone on dev, with paired bootstrap differences."""
    dev = read_split(args.data, "dev")
    articles = load(args.cache, "dev", dev.articles, sorted(dev.articles), meta["lexicon_min_ratio"])
    gold = sorted({(s.article_id, s.start, s.end) for s in dev.spans})
    fast = {aid: fast_spans(a, meta["verifier_threshold"]) for aid, a in articles.items()}
    fine = {aid: _decode(a, a.p_fine, _exported(meta), lexicon=False) for aid, a in articles.items()}
    combined = chosen_spans(args, meta, chosen, articles)
    return {
        "combination": chosen["combination"],
        "settings": chosen["settings"],
        "fast": _score(articles, fast, gold),
        "fine_tuned": _score(articles, fine, gold),
        "combined": _score(articles, combined, gold),
        "combined_minus_fast": paired_bootstrap(articles, combined, fast, gold),
        "combined_minus_fine_tuned": paired_bootstrap(articles, combined, fine, gold),
    }


def measure_speed(model_dir: Path, articles_dir: Path) -> dict[str, Any]:
    """CPU seconds per article of span identification alone, each route, in one process, articles interleaved.

    The union's cost is the fast route's plus the fine-tuned tagger's (its verifier threshold changes no
    work); technique classification comes on top of every route alike. The span encoder's memory of
    recent phrases is cleared before each article, so each reads as new.
    """
    import resource
    import time

    from slant.techniques._annotator import load_model
    from slant.techniques._data import read_articles

    if hasattr(os, "sched_setaffinity"):  # one core, as bench/bench_techniques.py
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    model = load_model(model_dir)
    texts = list(read_articles(articles_dir).values())
    encoder = model.verifier.encoder if model.verifier is not None else None
    routes: dict[str, Callable[[str], object]] = {
        "fast": lambda text: model.find_spans(text),
        "fine_tuned": lambda text: model.find_spans(text, quality="best"),
        "union": lambda text: (model.find_spans(text), model.find_spans(text, quality="best")),
    }
    for run in routes.values():
        run(texts[0])  # warm-up (and the ONNX session)
    cpu = dict.fromkeys(routes, 0.0)
    for text in texts:
        for name, run in routes.items():
            if encoder is not None:
                encoder.forget()
            started = time.process_time()
            run(text)
            cpu[name] += time.process_time() - started
    return {
        "articles": len(texts),
        **{
            f"{name}_cpu_ms_per_article": round(1000 * seconds / len(texts), 1)
            for name, seconds in cpu.items()
        },
        **{
            f"{name}_articles_per_cpu_second": round(len(texts) / seconds, 1) for name, seconds in cpu.items()
        },
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def _exported(meta: Mapping[str, Any]) -> DecodingGrid:
    d = meta["contextual_decoding"]
    return DecodingGrid(d["high"], d["low"], d["max_gap"])


if __name__ == "__main__":
    main()
