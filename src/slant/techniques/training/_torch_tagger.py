"""A BERT token tagger in plain PyTorch (training time only; needs the ``train`` extra's torch).

Written out rather than taken from ``transformers`` so that training needs torch alone and the ONNX
export sees a small, fixed graph: embeddings, ``layers`` post-norm encoder layers of all-MiniLM-L6-v2
(384 wide, 12 heads, GELU), and one linear output per piece (the logit of "inside a propaganda span").
Weights come from the checkpoint's ``model.safetensors`` (the layout of Hugging Face's ``BertModel``).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import torch  # type: ignore[import-not-found, unused-ignore]
from torch import nn  # type: ignore[import-not-found, unused-ignore]

__all__ = ["BertTagger"]

_LAYER_NORM_EPS = 1e-12


class _Layer(nn.Module):  # type: ignore[misc, unused-ignore]
    def __init__(self, hidden: int, heads: int, intermediate: int) -> None:
        super().__init__()
        self.heads = heads
        self.query = nn.Linear(hidden, hidden)
        self.key = nn.Linear(hidden, hidden)
        self.value = nn.Linear(hidden, hidden)
        self.attention_out = nn.Linear(hidden, hidden)
        self.attention_norm = nn.LayerNorm(hidden, eps=_LAYER_NORM_EPS)
        self.intermediate = nn.Linear(hidden, intermediate)
        self.output = nn.Linear(intermediate, hidden)
        self.output_norm = nn.LayerNorm(hidden, eps=_LAYER_NORM_EPS)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x: Any, bias: Any) -> Any:
        b, n, h = x.shape
        d = h // self.heads

        def split(t: Any) -> Any:
            return t.view(b, n, self.heads, d).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(d) + bias
        context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, h)
        x = self.attention_norm(x + self.dropout(self.attention_out(context)))
        inner = nn.functional.gelu(self.intermediate(x))
        return self.output_norm(x + self.dropout(self.output(inner)))


class BertTagger(nn.Module):  # type: ignore[misc, unused-ignore]
    """BERT embeddings + encoder layers + a per-piece logit."""

    def __init__(
        self, *, vocab: int, hidden: int, heads: int, intermediate: int, layers: int, positions: int
    ) -> None:
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab, hidden)
        self.position_embeddings = nn.Embedding(positions, hidden)
        self.token_type_embeddings = nn.Embedding(2, hidden)
        self.embeddings_norm = nn.LayerNorm(hidden, eps=_LAYER_NORM_EPS)
        self.dropout = nn.Dropout(0.1)
        self.layers = nn.ModuleList(_Layer(hidden, heads, intermediate) for _ in range(layers))
        self.classifier = nn.Linear(hidden, 1)

    def forward(self, input_ids: Any, attention_mask: Any) -> Any:
        """Logits ``(batch, pieces)`` for padded ``input_ids`` with ``attention_mask`` (1 = a real piece)."""
        return self.classifier(self.encode(input_ids, attention_mask)).squeeze(-1)

    def encode(self, input_ids: Any, attention_mask: Any) -> Any:
        """The last layer's states ``(batch, pieces, hidden)`` (the technique classifier reads them too)."""
        n = input_ids.shape[1]
        positions = torch.arange(n, device=input_ids.device).unsqueeze(0)
        x = (
            self.word_embeddings(input_ids)
            + self.position_embeddings(positions)
            + self.token_type_embeddings.weight[0]
        )
        x = self.dropout(self.embeddings_norm(x))
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return x

    @classmethod
    def from_checkpoint(cls, folder: Path, *, layers: int, seed: int) -> BertTagger:
        """The first ``layers`` layers of the BERT checkpoint in ``folder``; the output layer seeded."""
        import json

        from safetensors.torch import load_file

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        torch.manual_seed(seed)
        model = cls(
            vocab=config["vocab_size"],
            hidden=config["hidden_size"],
            heads=config["num_attention_heads"],
            intermediate=config["intermediate_size"],
            layers=layers,
            positions=config["max_position_embeddings"],
        )
        weights = load_file(str(folder / "model.safetensors"))
        prefix = "" if "embeddings.word_embeddings.weight" in weights else "bert."
        renamed = {
            "word_embeddings.weight": "embeddings.word_embeddings.weight",
            "position_embeddings.weight": "embeddings.position_embeddings.weight",
            "token_type_embeddings.weight": "embeddings.token_type_embeddings.weight",
            "embeddings_norm.weight": "embeddings.LayerNorm.weight",
            "embeddings_norm.bias": "embeddings.LayerNorm.bias",
        }
        parts = {
            "query": "attention.self.query",
            "key": "attention.self.key",
            "value": "attention.self.value",
            "attention_out": "attention.output.dense",
            "attention_norm": "attention.output.LayerNorm",
            "intermediate": "intermediate.dense",
            "output": "output.dense",
            "output_norm": "output.LayerNorm",
        }
        for n in range(layers):
            for new, old in parts.items():
                for kind in ("weight", "bias"):
                    renamed[f"layers.{n}.{new}.{kind}"] = f"encoder.layer.{n}.{old}.{kind}"
        state = {new: weights[prefix + old] for new, old in renamed.items()}
        missing = model.load_state_dict(state, strict=False)
        if set(missing.missing_keys) != {"classifier.weight", "classifier.bias"}:
            raise ValueError(f"checkpoint in {folder} lacks {missing.missing_keys}")
        return model
