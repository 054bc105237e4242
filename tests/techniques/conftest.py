"""Tiny hand-made PTC-style data for the technique tests: articles, gold spans, a template."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save_file

from slant.techniques._encoder import SpanEncoder, export

# Sentences with loaded words (gold spans on them) and plain ones, repeated so a tiny model learns.
_LOADED = [
    ("The corrupt regime launched a brutal crackdown on protesters.", ["corrupt regime", "brutal crackdown"]),
    ("These traitors want to destroy our great nation.", ["traitors", "destroy our great nation"]),
    ("Is he really fit to lead when nobody trusts him?", ["Is he really fit to lead"]),
]
_PLAIN = [
    "The council met on Tuesday to discuss the budget.",
    "Rain is expected in the north later this week.",
    "The report was published by the ministry in May.",
]
_TECHNIQUE = {
    "corrupt regime": "Name_Calling,Labeling",
    "brutal crackdown": "Loaded_Language",
    "traitors": "Name_Calling,Labeling",
    "destroy our great nation": "Flag-Waving",
    "Is he really fit to lead": "Doubt",
}


def make_article(variant: int) -> tuple[str, list[tuple[str, int, int]]]:
    """An article (title, blank line, one sentence a line) and its (technique, start, end) spans."""
    lines = [f"News of the day {variant}", ""]
    for i in range(3):
        lines.append(_PLAIN[(variant + i) % 3])
        lines.append(_LOADED[(variant + i) % 3][0])
    text = "\n".join(lines) + "\n"
    spans = []
    for sentence, phrases in _LOADED:
        at = text.find(sentence)
        for phrase in phrases:
            start = at + sentence.find(phrase)
            spans.append((_TECHNIQUE[phrase], start, start + len(phrase)))
    return text, spans


@pytest.fixture(scope="session")
def tiny_corpus() -> tuple[list[str], list[list[tuple[str, int, int]]]]:
    """Twelve tiny articles and their labelled spans."""
    made = [make_article(v) for v in range(12)]
    return [t for t, _ in made], [s for _, s in made]


@pytest.fixture()
def articles_dir(tmp_path: Path) -> Path:
    """A folder with two article<ID>.txt files, and a TC template for them next to it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    lines: list[str] = []
    for article_id in ("111", "222"):
        text, spans = make_article(int(article_id) % 7)
        (folder / f"article{article_id}.txt").write_text(text, encoding="utf-8")
        lines.extend(f"{article_id}\t{technique}\t{s}\t{e}" for technique, s, e in spans)
    (tmp_path / "gold-tc.labels").write_text("\n".join(lines) + "\n", encoding="utf-8")
    template = [line.split("\t") for line in lines]
    (tmp_path / "template.labels").write_text(
        "".join(f"{a}\t?\t{s}\t{e}\n" for a, _, s, e in template), encoding="utf-8"
    )
    (folder / "notes.txt").write_text("not an article", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def article_maker() -> Callable[[int], tuple[str, list[tuple[str, int, int]]]]:
    """:func:`make_article`, for tests that write their own PTC-style folders."""
    return make_article


TINY_BERT_VOCABULARY = [
    "[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "so", "-", "called", "opposition", "un", "##aff", "##able",
    "cafe", ".", ",", "“", "”", "rebels", "fled", "$", "5", "##00", "a", "b",
]  # fmt: skip
HIDDEN, HEADS, INNER, LAYERS = 8, 2, 16, 2
#: hidden size, attention heads, layers of the tiny BERT checkpoint.
TINY_BERT_SHAPE = (HIDDEN, HEADS, LAYERS)


def _checkpoint(folder: Path) -> Path:
    """A BERT checkpoint folder with random weights, named as Hugging Face names them."""
    rng = np.random.default_rng(0)

    def normal(*shape: int) -> np.ndarray:
        return rng.normal(scale=0.5, size=shape).astype(np.float32)

    weights = {
        "embeddings.word_embeddings.weight": normal(len(TINY_BERT_VOCABULARY), HIDDEN),
        "embeddings.position_embeddings.weight": normal(512, HIDDEN),
        "embeddings.token_type_embeddings.weight": normal(2, HIDDEN),
        "embeddings.LayerNorm.weight": 1 + normal(HIDDEN) * 0.1,
        "embeddings.LayerNorm.bias": normal(HIDDEN) * 0.1,
    }
    for n in range(LAYERS):
        p = f"encoder.layer.{n}."
        for name in (
            "attention.self.query",
            "attention.self.key",
            "attention.self.value",
            "attention.output.dense",
        ):
            weights[p + name + ".weight"], weights[p + name + ".bias"] = (
                normal(HIDDEN, HIDDEN),
                normal(HIDDEN),
            )
        weights[p + "intermediate.dense.weight"], weights[p + "intermediate.dense.bias"] = (
            normal(INNER, HIDDEN),
            normal(INNER),
        )
        weights[p + "output.dense.weight"], weights[p + "output.dense.bias"] = (
            normal(HIDDEN, INNER),
            normal(HIDDEN),
        )
        for name in ("attention.output.LayerNorm", "output.LayerNorm"):
            weights[p + name + ".weight"], weights[p + name + ".bias"] = (
                1 + normal(HIDDEN) * 0.1,
                normal(HIDDEN) * 0.1,
            )
    folder.mkdir(parents=True, exist_ok=True)
    save_file(weights, str(folder / "model.safetensors"))
    config = {"num_hidden_layers": LAYERS, "num_attention_heads": HEADS, "_name_or_path": "test/bert"}
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    (folder / "vocab.txt").write_text("\n".join(TINY_BERT_VOCABULARY) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A BERT checkpoint folder with random weights (model.safetensors, config.json, vocab.txt)."""
    return _checkpoint(tmp_path_factory.mktemp("bert"))


@pytest.fixture(scope="session")
def encoder(checkpoint: Path) -> SpanEncoder:
    """The span encoder exported from :func:`checkpoint`, all its layers kept."""
    return export(checkpoint, layers=LAYERS)
