"""A BERT span classifier in plain PyTorch (training time only; needs the ``train`` extra's torch).

The encoder of :class:`~slant.techniques.training._torch_tagger.BertTagger` (all-MiniLM-L6-v2's
layers, written out; its per-piece output unused) reads a span marked in its line
(:mod:`._marked_spans`); the states at the start and end markers, side by side, go
through one linear layer to a logit per technique (the "entity markers" span representation of
Baldini Soares et al., 2019).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch  # type: ignore[import-not-found, unused-ignore]
from torch import nn  # type: ignore[import-not-found, unused-ignore]

from slant.techniques.training._torch_tagger import BertTagger

__all__ = ["BertSpanClassifier"]


class BertSpanClassifier(nn.Module):  # type: ignore[misc, unused-ignore]
    """BERT embeddings + encoder layers + one linear layer over the two marker states."""

    def __init__(self, encoder: BertTagger, classes: int) -> None:
        super().__init__()
        del encoder.classifier  # the tagger's per-piece output: only its encoder is used
        self.encoder = encoder
        self.dropout = nn.Dropout(0.1)
        self.classifier = nn.Linear(2 * encoder.word_embeddings.weight.shape[1], classes)

    def forward(self, input_ids: Any, attention_mask: Any, markers: Any) -> Any:
        """Logits ``(batch, techniques)``; ``markers`` ``(batch, 2)`` are the marker positions."""
        states = self.encoder.encode(input_ids, attention_mask)  # (batch, pieces, hidden)
        # gather, not states[rows, markers]: it exports as one GatherElements node.
        index = markers.unsqueeze(-1).expand(-1, -1, states.shape[-1])
        marked = torch.gather(states, 1, index)  # (batch, 2, hidden)
        return self.classifier(self.dropout(marked.reshape(states.shape[0], -1)))

    @classmethod
    def from_checkpoint(cls, folder: Path, *, layers: int, classes: int, seed: int) -> BertSpanClassifier:
        """The first ``layers`` layers of the checkpoint in ``folder`` and a seeded ``classes``-way output."""
        encoder = BertTagger.from_checkpoint(folder, layers=layers, seed=seed)
        torch.manual_seed(seed)
        return cls(encoder, classes)
