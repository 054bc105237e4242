"""Issue 17, fourth round: encode once what the stance experiments read (``bench/toxicity_stance.py``).

Usage:
    .venv/bin/python bench/toxicity_stance_cache.py --part eval  [--cache /tmp/tox-stance-cache]
    .venv/bin/python bench/toxicity_stance_cache.py --part train [--cache /tmp/tox-stance-cache]

For each set it writes ``<name>.npz``: the texts' targets, the shipped n-gram model's logits (the
level-one input the stacker reads), the sentence encoder's embedding of every sentence-like unit
(``split_units``, obfuscated words spelt out, exactly as :meth:`StackedToxicityModel.meaning_logits`
encodes them) and the unit's owner, so a meaning head or a stacker can be refitted and scored
without the encoder. ``--part train`` writes the training split as ``slant train toxicity`` builds
it (data sets, templates, target pairs, spliced texts) with whole-text embeddings, as the heads are
trained. Embeddings are stored as float16 (the heads' inputs are L2-normalised, |x| <= 1).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
TESTDATA = ROOT / "tests" / "toxicity" / "data"
logger = logging.getLogger("toxicity_stance_cache")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _encode_units(model: Any, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    from slant.toxicity._units import split_units

    pieces: list[str] = []
    owners: list[int] = []
    for i, text in enumerate(texts):
        units = split_units(text) or [(0, len(text))]
        pieces.extend(text[s:e] for s, e in units)
        owners.extend([i] * len(units))
    chunks = [model.encode(pieces[i : i + 2048]) for i in range(0, len(pieces), 2048)]
    return np.concatenate(chunks).astype(np.float16), np.asarray(owners, dtype=np.int32)


def _save(cache: Path, name: str, model: Any, texts: list[str], y: np.ndarray, **extra: Any) -> None:
    started = time.process_time()
    units, owners = _encode_units(model, texts)
    ngram = model.base_.decision_function(texts)
    np.savez(
        cache / f"{name}.npz",
        y=np.asarray(y, dtype=np.float32),
        ngram=ngram.astype(np.float32),
        units=units,
        owners=owners,
        texts=np.array(texts, dtype=object).astype(str),
        **extra,
    )
    logger.info(
        "%s: %d texts, %d units, %.0f s CPU", name, len(texts), len(units), time.process_time() - started
    )


def _eval_sets(data: Path, seed: int, model: Any) -> dict[str, tuple[list[str], np.ndarray, dict[str, Any]]]:
    from slant import read
    from slant.toxicity import LABELS
    from slant.toxicity.training._data import load_evaluation_sets, load_training_sets
    from slant.toxicity.training._functional import FUNCTIONAL_CASES
    from slant.toxicity.training._obfuscate import obfuscated_variant
    from slant.toxicity.training._train import EVALUATION_PARTS

    k = LABELS.index("toxicity")
    fast = model.base_
    out: dict[str, tuple[list[str], np.ndarray, dict[str, Any]]] = {}
    functional = list(FUNCTIONAL_CASES)
    out["functional"] = (
        [c.text for c in functional],
        np.array([c.toxic for c in functional], dtype=float),
        {"category": np.array([c.category for c in functional])},
    )
    for name in ("behaviour", "behaviour_heldout", "moderation_heldout"):
        rows = _jsonl(TESTDATA / f"{name}.jsonl")
        out[name] = (
            [r["text"] for r in rows],
            np.array([r["expected"] == "high" for r in rows], dtype=float),
            {
                "category": np.array([r["category"] for r in rows]),
                "lang": np.array([r.get("lang", "en") for r in rows]),
            },
        )
    rows = _jsonl(TESTDATA / "threads_heldout.jsonl")
    out["threads_heldout"] = (
        [r["text"] for r in rows],
        np.array([r["label"] == "toxic" for r in rows], dtype=float),
        {"category": np.array([r["category"] for r in rows]), "lang": np.array([r["lang"] for r in rows])},
    )
    page = json.loads((TESTDATA / "example_page_labels.json").read_text(encoding="utf-8"))
    doc = read(ROOT / page["page"])
    by_id = {c.id: c.text for c in doc.comments}
    chosen = page["toxic"] + page["harmless"]
    out["example_page"] = (
        [by_id[i] for i in chosen],
        np.array([i in page["toxic"] for i in chosen], dtype=float),
        {},
    )
    pairs = _jsonl(TESTDATA / "multilingual.jsonl")
    out["multilingual"] = (
        [r["toxic"] for r in pairs] + [r["neutral"] for r in pairs],
        np.r_[np.ones(len(pairs)), np.zeros(len(pairs))],
        {"lang": np.array([r["lang"] for r in pairs] * 2)},
    )
    examples = load_training_sets(data, normalizer=fast.normalizer_, seed=seed)
    val = [e for e in examples if e.split == "val" and e.dataset in EVALUATION_PARTS]
    out["val"] = (
        [e.text for e in val],
        np.array([e.labels for e in val]),
        {"dataset": np.array([e.dataset for e in val])},
    )
    # The rows of bench/toxicity_i17.py: 1,500 toxic test texts (seeded shuffle) against every clean one.
    test = [e for e in examples if e.split == "test" and e.dataset in EVALUATION_PARTS]
    toxic = [e.text for e in test if e.labels[k] == 1.0]
    clean = [e.text for e in test if e.labels[k] == 0.0]
    rng = random.Random(seed)
    rng.shuffle(toxic)
    toxic = toxic[:1500]
    labels = np.r_[np.ones(len(toxic)), np.zeros(len(clean))]
    out["test"] = (toxic + clean, labels, {})
    out["test_obfuscated"] = ([obfuscated_variant(fast, t, rng) for t in toxic] + clean, labels, {})
    for name, rows_ in load_evaluation_sets(data).items():
        judgements = {f"j_{j}": np.array([r.judgements[j] for r in rows_]) for j in rows_[0].judgements}
        first = next(iter(judgements.values()))
        out[name] = ([r.text for r in rows_], first, judgements)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "toxicity")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/tox-stance-cache"))
    parser.add_argument("--part", choices=("eval", "train"), required=True)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    args.cache.mkdir(parents=True, exist_ok=True)

    from slant.toxicity import load_model
    from slant.toxicity._stacked import repaired

    model = load_model()
    if args.part == "eval":
        for name, (texts, y, extra) in _eval_sets(args.data, args.seed, model).items():
            _save(args.cache, name, model, texts, y, **extra)
        return
    from slant.toxicity.training._augment import augmentation_examples
    from slant.toxicity.training._data import load_training_sets
    from slant.toxicity.training._splice import spliced_examples
    from slant.toxicity.training._targets import target_examples
    from slant.toxicity.training._train import TRAIN_PARTS

    normalizer = model.normalizer_
    examples = load_training_sets(args.data, normalizer=normalizer, seed=args.seed)
    train = [e for e in examples if e.split == "train" and e.dataset in TRAIN_PARTS]
    train += augmentation_examples(normalizer) + target_examples() + spliced_examples(train, seed=args.seed)
    started = time.process_time()
    texts = [repaired(normalizer, e.text) for e in train]
    chunks = []
    for i in range(0, len(texts), 4096):
        chunks.append(model.encoder_.encode(texts[i : i + 4096]).astype(np.float16))
        logger.info(
            "train: %d of %d encoded, %.0f s CPU",
            i + len(chunks[-1]),
            len(texts),
            time.process_time() - started,
        )
    np.savez(
        args.cache / "train.npz",
        X=np.concatenate(chunks),
        y=np.array([e.labels for e in train], dtype=np.float32),
        dataset=np.array([e.dataset for e in train]),
        key=np.array([e.key for e in train]),
        texts=np.array([e.text for e in train]),
    )
    logger.info("train: %d texts, %.0f s CPU", len(train), time.process_time() - started)


if __name__ == "__main__":
    main()
