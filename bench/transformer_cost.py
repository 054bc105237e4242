"""CPU cost of the transformer architectures slant's models are compared with, side by side in one run.

- Toxicity (issue 3): Detoxify's architectures, BERT-base ("original") and RoBERTa-base ("unbiased"),
  as sequence classifiers with 7 outputs, against slant's shipped toxicity annotator, in comments/s.
- Techniques (issue 4): a RoBERTa-large token tagger of the kind the SemEval-2020 winners used, against
  slant's shipped techniques annotator, in PTC articles/s.

Transformer weights are random (built from a transformers config, nothing downloaded): the cost of a
forward pass does not depend on the weights' values. Token ids are random too, with lengths taken from
the real texts (words x 1.3 sub-word tokens, measured for BERT's WordPiece on English news text), so
tokenisation time is NOT counted for the transformers, which flatters them. Everything runs on one
core (torch.set_num_threads(1), OMP/MKL/OpenBLAS threads = 1).

Needs torch and transformers, which slant does not depend on; run it in a separate environment::

    python3 -m venv /tmp/venv-bench && /tmp/venv-bench/bin/pip install torch==2.13.0 transformers -e .
    /tmp/venv-bench/bin/python bench/transformer_cost.py --data ../shared/data --json bench/results/transformer_cost.json
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[_var] = "1"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

TOKENS_PER_WORD = 1.3
MAX_LENGTH = 512


def _comments(data: Path, n: int, seed: int) -> list[str]:
    path = data / "toxicity" / "toxic_spans" / "data" / "comments.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        texts = [row["comment_text"] for row in csv.DictReader(handle)]
    random.Random(seed).shuffle(texts)
    return texts[:n]


def _articles(data: Path, n: int) -> list[tuple[str, str]]:
    folder = data / "ptc" / "dev-articles"
    paths = sorted(folder.glob("article*.txt"))[:n]
    return [(p.stem.removeprefix("article"), p.read_text(encoding="utf-8")) for p in paths]


def _token_lengths(texts: list[str]) -> list[int]:
    return [max(3, min(MAX_LENGTH, int(len(t.split()) * TOKENS_PER_WORD) + 2)) for t in texts]


def _time_classifier(model_type: str, lengths: list[int], batch_size: int) -> float:
    """Comments per second for a 7-label sequence classifier with random weights."""
    import torch
    from transformers import AutoConfig, AutoModelForSequenceClassification

    config = AutoConfig.for_model(model_type, num_labels=7)
    if model_type == "roberta":
        config.vocab_size, config.max_position_embeddings, config.type_vocab_size = 50265, 514, 1
    model = AutoModelForSequenceClassification.from_config(config).eval()
    ordered = sorted(lengths)  # length-bucketed batches, as a serving system would do
    start = time.perf_counter()
    with torch.inference_mode():
        for i in range(0, len(ordered), batch_size):
            batch = ordered[i : i + batch_size]
            ids = torch.randint(5, config.vocab_size - 1, (len(batch), max(batch)))
            mask = torch.zeros_like(ids)
            for row, length in enumerate(batch):
                mask[row, :length] = 1
            model(input_ids=ids, attention_mask=mask)
    return len(lengths) / (time.perf_counter() - start)


def _time_token_tagger(article_lengths: list[int]) -> float:
    """PTC articles per second for a RoBERTa-large token tagger (BIO over 14 techniques) with random weights."""
    import torch
    from transformers import AutoConfig, AutoModelForTokenClassification

    config = AutoConfig.for_model(
        "roberta",
        hidden_size=1024,
        num_hidden_layers=24,
        num_attention_heads=16,
        intermediate_size=4096,
        vocab_size=50265,
        max_position_embeddings=514,
        type_vocab_size=1,
        num_labels=29,
    )
    model = AutoModelForTokenClassification.from_config(config).eval()
    start = time.perf_counter()
    with torch.inference_mode():
        for total in article_lengths:
            chunks = [min(MAX_LENGTH, total - i) for i in range(0, total, MAX_LENGTH - 2)]
            ids = torch.randint(5, config.vocab_size - 1, (len(chunks), max(chunks)))
            mask = torch.zeros_like(ids)
            for row, length in enumerate(chunks):
                mask[row, :length] = 1
            model(input_ids=ids, attention_mask=mask)
    return len(article_lengths) / (time.perf_counter() - start)


def _time_slant_toxicity(comments: list[str]) -> float | None:
    import slant

    if "slant.toxicity.v1" not in slant.annotator_names():
        return None
    pipeline = slant.Pipeline(["toxicity"])
    docs = [_comment_doc(comments)]
    pipeline(_comment_doc(comments[:10]))  # load the model outside the timed region
    start = time.perf_counter()
    for doc in docs:
        pipeline(doc)
    return len(comments) / (time.perf_counter() - start)


def _comment_doc(comments: list[str]) -> object:
    import slant

    parts = [slant.Part(text, kind="comment", id=f"c{i}") for i, text in enumerate(comments, 1)]
    return slant.Document(article=slant.Part("", kind="article", id="article"), comments=parts)


def _time_slant_techniques(articles: list[tuple[str, str]]) -> float | None:
    import slant

    if "slant.techniques.v1" not in slant.annotator_names():
        return None
    annotator = slant.create_annotator("techniques")
    names = [n for n in ("sentences",) if any(r.startswith("spans.") for r in annotator.requires)]
    pipeline = slant.Pipeline([*names, annotator])
    docs = [slant.Document(article=slant.Part(text, kind="article", id="article")) for _, text in articles]
    pipeline(slant.Document(article=slant.Part(articles[0][1], kind="article", id="article")))
    from slant.techniques._annotator import load_model

    load_model().classifier.encoder.forget()  # the warm-up's article is read as new when timed
    start = time.perf_counter()
    for doc in docs:
        pipeline(doc)
    return len(docs) / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--comments", type=int, default=256, help="comments timed per transformer")
    parser.add_argument("--articles", type=int, default=8, help="PTC dev articles timed for RoBERTa-large")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    comments = _comments(args.data, args.comments, args.seed)
    many_comments = _comments(args.data, 5000, args.seed)
    articles = _articles(args.data, 75)
    results: dict[str, object] = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, one thread used",
        "python": sys.version.split()[0],
        "torch": torch.__version__,
        "comment_tokens_median": statistics.median(_token_lengths(comments)),
        "article_tokens_median": statistics.median(
            int(len(t.split()) * TOKENS_PER_WORD) + 2 for _, t in articles
        ),
    }
    comment_lengths = _token_lengths(comments)
    results["bert_base_comments_per_s"] = _time_classifier("bert", comment_lengths, batch_size=16)
    results["roberta_base_comments_per_s"] = _time_classifier("roberta", comment_lengths, batch_size=16)
    results["slant_toxicity_comments_per_s"] = _time_slant_toxicity(many_comments)
    article_lengths = [int(len(t.split()) * TOKENS_PER_WORD) + 2 for _, t in articles[: args.articles]]
    results["roberta_large_tagger_articles_per_s"] = _time_token_tagger(article_lengths)
    results["slant_techniques_articles_per_s"] = _time_slant_techniques(articles)
    for key in ("bert_base", "roberta_base"):
        ours = results["slant_toxicity_comments_per_s"]
        if isinstance(ours, float):
            results[f"toxicity_speedup_vs_{key}"] = ours / float(results[f"{key}_comments_per_s"])  # type: ignore[arg-type]
    ours = results["slant_techniques_articles_per_s"]
    if isinstance(ours, float):
        results["techniques_speedup_vs_roberta_large"] = ours / float(
            results["roberta_large_tagger_articles_per_s"]
        )  # type: ignore[arg-type]
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
