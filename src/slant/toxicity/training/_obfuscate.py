"""Adversarial variants of held-in comments: the words that make them toxic, spelt around filters.

For each toxic test comment, the (up to) two tokens that push its toxicity most are rewritten with
one seeded, randomly chosen trick: leetspeak, a mask, spaced letters, stretched letters, Cyrillic
look-alikes, or a zero-width character. The report compares the model's recall at its threshold
and ROC-AUC (against the clean test texts) on the originals and on the variants.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from slant.toxicity._labels import LABELS
from slant.toxicity.training._metrics import roc_auc

if TYPE_CHECKING:
    from slant.toxicity._model import TokenContributions
    from slant.toxicity._shipped import AnyToxicityModel
    from slant.toxicity.training._data import Example

__all__ = ["OBFUSCATIONS", "obfuscate_word", "obfuscation_report"]

_LEET = {"a": "@", "i": "1", "e": "3", "o": "0", "s": "$", "t": "7"}
_CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}


def _leet(word: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(word) if c.lower() in _LEET]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + _LEET[word[i].lower()] + word[i + 1 :]


def _mask(word: str, rng: random.Random) -> str:
    vowels = [i for i, c in enumerate(word[1:-1], start=1) if c.lower() in "aeiou"]
    if not vowels:
        return word
    i = rng.choice(vowels)
    return word[:i] + "*" + word[i + 1 :]


def _spaced(word: str, rng: random.Random) -> str:
    return rng.choice((" ", ".")).join(word)


def _stretched(word: str, rng: random.Random) -> str:
    vowels = [i for i, c in enumerate(word) if c.lower() in "aeiou"] or [len(word) - 1]
    i = rng.choice(vowels)
    return word[: i + 1] + word[i] * rng.randint(2, 4) + word[i + 1 :]


def _homoglyph(word: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(word) if c in _CYRILLIC]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + _CYRILLIC[word[i]] + word[i + 1 :]


def _zero_width(word: str, rng: random.Random) -> str:
    i = rng.randint(1, max(1, len(word) - 1))
    return word[:i] + "\u200b" + word[i:]


#: The tricks, by name.
OBFUSCATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "leet": _leet,
    "mask": _mask,
    "spaced": _spaced,
    "stretched": _stretched,
    "homoglyph": _homoglyph,
    "zero_width": _zero_width,
}


def obfuscate_word(word: str, rng: random.Random, trick: str | None = None) -> str:
    """Spell ``word`` around a filter with ``trick`` (or a random one)."""
    name = trick if trick is not None else rng.choice(sorted(OBFUSCATIONS))
    return OBFUSCATIONS[name](word, rng)


def obfuscated_variant(
    model: AnyToxicityModel,
    text: str,
    rng: random.Random,
    *,
    words: int = 2,
    explained: TokenContributions | None = None,
) -> str:
    """``text`` with its ``words`` most toxic tokens (by contribution) obfuscated."""
    if explained is None:
        explained = model.explain(text)
    toxic = (
        explained.contributions[:, LABELS.index("toxicity")] if len(explained.contributions) else np.zeros(0)
    )
    chosen = [int(i) for i in np.argsort(-toxic)[:words] if toxic[i] > 0]
    out = text
    for i in sorted(chosen, key=lambda i: -explained.normalized.starts[i]):
        start, end = explained.normalized.starts[i], explained.normalized.ends[i]
        original = text[start:end]
        if len(original) >= 3 and original.isalpha():
            out = out[:start] + obfuscate_word(original, rng) + out[end:]
    return out


def obfuscation_report(
    model: AnyToxicityModel, test: Sequence[Example], *, seed: int = 13, limit: int = 1500
) -> dict[str, Any]:
    """Recall and ROC-AUC of toxicity on held-in toxic test texts, plain and obfuscated."""
    rng = random.Random(seed)
    k = LABELS.index("toxicity")
    toxic = [e.text for e in test if e.labels[k] == 1.0]
    clean = [e.text for e in test if e.labels[k] == 0.0]
    rng.shuffle(toxic)
    toxic = toxic[:limit]
    explained = [e for i in range(0, len(toxic), 256) for e in model.explain_many(toxic[i : i + 256])]
    variants = [
        obfuscated_variant(model, text, rng, explained=e) for text, e in zip(toxic, explained, strict=True)
    ]
    threshold = float(model.thresholds_[k])
    plain_p = model.predict_proba(toxic)[:, k]
    variant_p = model.predict_proba(variants)[:, k]
    clean_p = model.predict_proba(clean)[:, k]
    y = np.r_[np.ones(len(toxic)), np.zeros(len(clean))]
    return {
        "n_toxic": len(toxic),
        "n_clean": len(clean),
        "recall_plain": round(float((plain_p >= threshold).mean()), 4),
        "recall_obfuscated": round(float((variant_p >= threshold).mean()), 4),
        "roc_auc_plain": round(roc_auc(y, np.r_[plain_p, clean_p]), 4),
        "roc_auc_obfuscated": round(roc_auc(y, np.r_[variant_p, clean_p]), 4),
        "examples": [[a, b] for a, b in zip(toxic[:3], variants[:3], strict=True)],
    }
