"""The fine-tuned technique classifier's ONNX graph run by onnxruntime (issue 15; an experiment, not shipped).

:class:`FineTunedClassifier` names a span's technique from the span marked in its line
(:mod:`._marked_spans`), by a transformer fine-tuned on the PTC train spans
(:mod:`._finetune_classifier`) and exported as an ONNX graph (``contextual_classifier.onnx``, int8,
plus ``contextual_classifier.json``: vocabulary, techniques, the combination's weight and
temperature, the training report; loading runs no code). :func:`combine_log_proba` mixes its log
probabilities with the linear classifiers'. It lost on dev to the shipped classifiers
(docs/models/techniques.md), so no run-time route reads it: it lives with the training code, which
measures it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from slant import _models
from slant._extras import require_extra
from slant.techniques._encoder import WordPiece
from slant.techniques._model import FloatArray
from slant.techniques.training._marked_spans import mark_span, pad_marked

__all__ = ["FineTunedClassifier", "combine_log_proba"]

_KIND = "techniques"
_JSON = "contextual_classifier.json"
_ONNX = "contextual_classifier.onnx"
# Spans run through the graph together (sorted by length, so padding costs little).
_BATCH = 16


def combine_log_proba(
    finetuned: FloatArray, linear: FloatArray, *, weight: float, temperature: float
) -> FloatArray:
    """Log probabilities of ``weight`` x ``finetuned`` + (1 - ``weight``) x ``linear`` (log probabilities), softmaxed at ``temperature``."""
    mixed = (weight * finetuned + (1.0 - weight) * linear) / temperature
    mixed = mixed - mixed.max(axis=1, keepdims=True)
    out: FloatArray = (mixed - np.log(np.exp(mixed).sum(axis=1, keepdims=True))).astype(np.float32)
    return out


class FineTunedClassifier:
    """A fine-tuned transformer technique classifier run by onnxruntime on one thread.

    Args:
        graph: the ONNX graph's bytes (inputs ``input_ids``, ``attention_mask``, ``markers``; output ``logits``).
        vocabulary: the WordPiece vocabulary it was trained with.
        classes: the techniques, in the order of the graph's logits.
        max_pieces: pieces per marked span, with ``[CLS]``, ``[SEP]`` and the markers.
        weight: its share in the combination with the linear classifiers (chosen on held-in articles).
        temperature: the combination's softmax temperature (fitted on held-in articles by log loss).
        report: how it was trained and what it measured (saved as is).
    """

    def __init__(
        self,
        graph: bytes,
        vocabulary: Sequence[str],
        classes: Sequence[str],
        *,
        max_pieces: int,
        report: Mapping[str, Any],
        weight: float = 1.0,
        temperature: float = 1.0,
    ) -> None:
        self.graph = graph
        self.tokenizer = WordPiece(vocabulary)
        self.classes_ = tuple(classes)
        self.max_pieces = max_pieces
        self.weight = weight
        self.temperature = temperature
        self.report = dict(report)
        self._session: Any = None

    def _run(self, ids: Any, mask: Any, markers: Any) -> FloatArray:
        if self._session is None:
            require_extra("train", purpose="the fine-tuned technique classifier", modules=("onnxruntime",))
            import onnxruntime

            options = onnxruntime.SessionOptions()
            # One core per process: slant's benchmarks and corpus workers count on it.
            options.intra_op_num_threads = 1
            options.inter_op_num_threads = 1
            self._session = onnxruntime.InferenceSession(
                self.graph, options, providers=["CPUExecutionProvider"]
            )
        outputs = self._session.run(
            ["logits"], {"input_ids": ids, "attention_mask": mask, "markers": markers}
        )
        return np.asarray(outputs[0], dtype=np.float32)

    def log_proba(self, items: Sequence[tuple[str, int, int]]) -> FloatArray:
        """Log probabilities of the techniques (columns in ``classes_``), one row per ``(text, start, end)``."""
        out = np.zeros((len(items), len(self.classes_)), dtype=np.float32)
        marked = [mark_span(t, s, e, self.tokenizer, max_pieces=self.max_pieces) for t, s, e in items]
        order = sorted(range(len(marked)), key=lambda i: len(marked[i].ids))
        for k in range(0, len(order), _BATCH):
            rows = order[k : k + _BATCH]
            logits = self._run(*pad_marked([marked[i] for i in rows]))
            logits = logits - logits.max(axis=1, keepdims=True)
            out[rows] = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        return out

    # -- persistence ----------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write ``contextual_classifier.onnx`` and ``contextual_classifier.json`` into the folder ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _ONNX).write_bytes(self.graph)
        config = {
            **_models.header("contextual_classifier", labels=self.classes_),
            "classes": list(self.classes_),
            "max_pieces": self.max_pieces,
            "weight": self.weight,
            "temperature": self.temperature,
            "vocabulary": self.tokenizer.vocabulary,
            "report": self.report,
        }
        (folder / _JSON).write_text(json.dumps(config, ensure_ascii=False) + "\n", encoding="utf-8")

    @staticmethod
    def present(path: str | Path) -> bool:
        """Whether the folder ``path`` holds a fine-tuned technique classifier."""
        return (Path(path) / _JSON).is_file() and (Path(path) / _ONNX).is_file()

    @classmethod
    def load(cls, path: str | Path) -> FineTunedClassifier:
        """Read the classifier from the folder ``path`` (the graph is parsed on first use).

        Raises:
            ModelError: a file is missing, damaged, or holds something else.
        """
        folder = Path(path)
        config = _models.read_json(folder / _JSON, kind=_KIND)
        _models.read_header(config, folder / _JSON, cls="contextual_classifier", kind=_KIND)
        with _models.reading(folder / _ONNX, kind=_KIND):
            return cls(
                (folder / _ONNX).read_bytes(),
                [str(piece) for piece in config["vocabulary"]],
                [str(c) for c in config["classes"]],
                max_pieces=int(config["max_pieces"]),
                report=config.get("report", {}),
                weight=float(config["weight"]),
                temperature=float(config["temperature"]),
            )
