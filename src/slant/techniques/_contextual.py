"""The fine-tuned span tagger (issue 15): all-MiniLM-L6-v2 trained end to end on PTC spans, run by onnxruntime.

:class:`ContextualTagger` gives each word of a text the probability that it lies inside a propaganda
span, from a transformer that reads it with up to 254 pieces of context (:mod:`._windows`), and turns
those probabilities into spans by the same hysteresis decoding as the linear tagger
(:func:`~slant.techniques._model.decode_spans`), with thresholds chosen on held-in train articles.
It is trained by :mod:`slant.techniques.training._finetune` (torch) and shipped as an int8 ONNX graph
(``contextual_tagger.onnx``) plus ``contextual_tagger.json`` (vocabulary, decoding, training report):
loading runs no code. onnxruntime comes with the ``best`` extra.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from slant import _models
from slant._extras import require_extra
from slant.techniques._encoder import WordPiece
from slant.techniques._model import FloatArray, decode_spans
from slant.techniques._scoring import score_si
from slant.techniques._windows import Words, split_words, windows, word_proba

__all__ = ["ContextualTagger", "DecodingGrid", "choose_decoding"]

_KIND = "techniques"
_JSON = "contextual_tagger.json"
_ONNX = "contextual_tagger.onnx"
# Windows run through the graph together: enough to amortise the call, few enough that padding a
# short last line costs little.
_BATCH = 8


@dataclass(frozen=True, slots=True)
class DecodingGrid:
    """Hysteresis settings: a span holds a word >= ``high``, extends over words >= ``low``, bridges ``max_gap``."""

    high: float
    low: float
    max_gap: int

    def as_dict(self) -> dict[str, float | int]:
        """The settings as JSON-ready numbers."""
        return {"high": self.high, "low": self.low, "max_gap": self.max_gap}


#: The decodings tried on held-in articles (low <= high).
DECODINGS: tuple[DecodingGrid, ...] = tuple(
    DecodingGrid(high, low, gap)
    for high in (0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7)
    for low in (0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
    for gap in (0, 3)
    if low <= high
)


def choose_decoding(
    texts: Mapping[str, str],
    words: Mapping[str, Words],
    proba: Mapping[str, FloatArray],
    gold: Sequence[tuple[str, int, int]],
    *,
    grid: Sequence[DecodingGrid] = DECODINGS,
) -> tuple[DecodingGrid, dict[str, float]]:
    """The decoding of ``grid`` with the best SI F1 on the given articles, and its scores."""
    best: tuple[DecodingGrid, dict[str, float]] | None = None
    for decoding in grid:
        predicted = [
            (aid, s, e)
            for aid in texts
            for s, e, _ in decode_spans(
                words[aid].spans,
                words[aid].line_of,
                proba[aid],
                high=decoding.high,
                low=decoding.low,
                max_gap=decoding.max_gap,
            )
        ]
        scores = score_si(predicted, gold)
        if best is None or scores["f1"] > best[1]["f1"]:
            best = (decoding, scores)
    assert best is not None
    return best


class ContextualTagger:
    """A fine-tuned transformer span tagger run by onnxruntime on one thread.

    Args:
        graph: the ONNX graph's bytes (inputs ``input_ids``, ``attention_mask``; output ``logits``).
        vocabulary: the WordPiece vocabulary it was trained with.
        max_pieces: pieces per window, without ``[CLS]`` and ``[SEP]``.
        decoding: how word probabilities become spans.
        with_lexicon: whether the loaded-word lexicon's words outside its spans are added (chosen on
            held-in articles).
        report: how it was trained and what it measured (saved as is).
    """

    def __init__(
        self,
        graph: bytes,
        vocabulary: Sequence[str],
        *,
        max_pieces: int,
        decoding: DecodingGrid,
        report: Mapping[str, Any],
        with_lexicon: bool = False,
    ) -> None:
        self.graph = graph
        self.with_lexicon = with_lexicon
        self.tokenizer = WordPiece(vocabulary)
        self.max_pieces = max_pieces
        self.decoding = decoding
        self.report = dict(report)
        self._session: Any = None

    def _run(self, ids: np.ndarray[Any, Any], mask: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        if self._session is None:
            require_extra("best", purpose="the fine-tuned technique tagger (--quality best)")
            import onnxruntime

            options = onnxruntime.SessionOptions()
            # One core per process: slant's benchmarks and corpus workers count on it.
            options.intra_op_num_threads = 1
            options.inter_op_num_threads = 1
            self._session = onnxruntime.InferenceSession(
                self.graph, options, providers=["CPUExecutionProvider"]
            )
        outputs = self._session.run(["logits"], {"input_ids": ids, "attention_mask": mask})
        return np.asarray(outputs[0], dtype=np.float32)

    def word_proba(self, words: Words) -> FloatArray:
        """Each word's probability of lying inside a propaganda span."""
        batch = windows(words, self.tokenizer, max_pieces=self.max_pieces)
        piece_proba: list[FloatArray] = []
        for k in range(0, len(batch), _BATCH):
            chunk = batch[k : k + _BATCH]
            n = max(len(w.ids) for w in chunk)
            ids = np.zeros((len(chunk), n), dtype=np.int64)
            mask = np.zeros((len(chunk), n), dtype=np.int64)
            for row, w in enumerate(chunk):
                ids[row, : len(w.ids)] = w.ids
                mask[row, : len(w.ids)] = 1
            logits = self._run(ids, mask)
            for row, w in enumerate(chunk):
                inner = logits[row, 1 : len(w.ids) - 1]
                piece_proba.append((1.0 / (1.0 + np.exp(-inner))).astype(np.float32))
        return word_proba(len(words.spans), batch, piece_proba)

    def token_proba(self, text: str) -> tuple[list[tuple[int, int]], list[int], FloatArray]:
        """Words of ``text``, their line numbers, and each word's propaganda probability."""
        words = split_words(text, self.tokenizer)
        if not words.spans:
            return [], [], np.zeros(0, dtype=np.float32)
        return words.spans, words.line_of, self.word_proba(words)

    def predict(self, text: str) -> list[tuple[int, int, float]]:
        """Propaganda spans of ``text`` as ``(start, end, mean word probability)``."""
        spans, line_of, proba = self.token_proba(text)
        d = self.decoding
        return decode_spans(spans, line_of, proba, high=d.high, low=d.low, max_gap=d.max_gap)

    # -- persistence ----------------------------------------------------------------------------
    @classmethod
    def from_onnx(
        cls,
        file: str | Path,
        vocabulary: Sequence[str],
        *,
        max_pieces: int,
        decoding: DecodingGrid,
        report: Mapping[str, Any],
    ) -> ContextualTagger:
        """A tagger running the ONNX graph in ``file``."""
        return cls(
            Path(file).read_bytes(), vocabulary, max_pieces=max_pieces, decoding=decoding, report=report
        )

    def save(self, path: str | Path) -> None:
        """Write ``contextual_tagger.onnx`` and ``contextual_tagger.json`` into the folder ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _ONNX).write_bytes(self.graph)
        config = {
            **_models.header("contextual_tagger", thresholds=self.decoding.as_dict()),
            "max_pieces": self.max_pieces,
            "decoding": self.decoding.as_dict(),
            "with_lexicon": self.with_lexicon,
            "vocabulary": self.tokenizer.vocabulary,
            "report": self.report,
        }
        (folder / _JSON).write_text(json.dumps(config, ensure_ascii=False) + "\n", encoding="utf-8")

    @staticmethod
    def present(path: str | Path) -> bool:
        """Whether the folder ``path`` holds a fine-tuned tagger."""
        return (Path(path) / _JSON).is_file() and (Path(path) / _ONNX).is_file()

    @classmethod
    def load(cls, path: str | Path) -> ContextualTagger:
        """Read the tagger from the folder ``path`` (the graph is parsed on first use).

        Raises:
            ModelError: a file is missing, damaged, or holds something else.
        """
        folder = Path(path)
        config = _models.read_json(folder / _JSON, kind=_KIND)
        _models.read_header(config, folder / _JSON, cls="contextual_tagger", kind=_KIND)
        with _models.reading(folder / _ONNX, kind=_KIND):
            graph = (folder / _ONNX).read_bytes()
            d = config["decoding"]
            decoding = DecodingGrid(float(d["high"]), float(d["low"]), int(d["max_gap"]))
            return cls(
                graph,
                [str(piece) for piece in config["vocabulary"]],
                max_pieces=int(config["max_pieces"]),
                decoding=decoding,
                report=config.get("report", {}),
                with_lexicon=bool(config.get("with_lexicon", False)),
            )
