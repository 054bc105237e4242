"""Behaviour gates of the default toxicity model on small sets written for slant (issue 17).

The sets live in ``tests/toxicity/data`` and were written by hand for issue 17, never trained or
tuned on (the training run does not read them):

- ``behaviour.jsonl``: 62 English comments; low expected: counter-speech, negation, quoted abuse,
  neutral or positive statements about groups, long calm arguments; high expected: obfuscated and
  plain abuse.
- ``example_page_labels.json``: the example page's comments labelled toxic / harmless / borderline
  (how: in the file), before any model was scored on them.
- ``multilingual.jsonl``: toxic comments and neutral rewrites of them in Russian (24 pairs), German
  and French (8 each).
- ``behaviour_heldout.jsonl`` (36 items: counter-speech, negation, quoted abuse, group statements,
  abuse) and ``threads_heldout.jsonl`` (68 comments of eight news-comment threads, toxic or
  harmless, 12 in Russian or mixed Russian and English): written before the second round of
  issue 17 changed anything.

The floors in ``behaviour_floors.json`` sit slightly under what the shipped model measured; a model
that reads strings instead of meaning (the n-gram model alone) falls under several of them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from slant import read
from slant.toxicity import LABELS, load_model
from slant.toxicity.training._metrics import roc_auc

pytestmark = [pytest.mark.model, pytest.mark.issue(17)]

DATA = Path(__file__).parent / "data"
FLOORS: dict[str, Any] = json.loads((DATA / "behaviour_floors.json").read_text(encoding="utf-8"))
_TOXICITY = LABELS.index("toxicity")


def _jsonl(name: str) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()
    ]


@pytest.fixture(scope="module")
def behaviour() -> tuple[list[dict[str, Any]], np.ndarray[Any, Any], float]:
    rows = _jsonl("behaviour.jsonl")
    model = load_model()
    probs = model.predict_proba([r["text"] for r in rows])[:, _TOXICITY]
    return rows, probs, float(model.thresholds_[_TOXICITY])


def test_behaviour_set_ranks_abuse_above_everything_expected_low(
    behaviour: tuple[list[dict[str, Any]], np.ndarray[Any, Any], float],
) -> None:
    rows, probs, _ = behaviour
    auc = roc_auc(np.array([r["expected"] == "high" for r in rows]), probs)
    assert auc >= FLOORS["behaviour_auc"], f"behaviour ROC-AUC {auc:.3f} under {FLOORS['behaviour_auc']}"


@pytest.mark.parametrize("category", sorted(FLOORS["flagged_at_most"]))
def test_low_categories_are_rarely_flagged(
    behaviour: tuple[list[dict[str, Any]], np.ndarray[Any, Any], float], category: str
) -> None:
    rows, probs, threshold = behaviour
    chosen = np.array([r["category"] == category for r in rows])
    share = float(np.mean(probs[chosen] >= threshold))
    ceiling = FLOORS["flagged_at_most"][category]
    assert share <= ceiling, f"{category}: {share:.0%} flagged toxic, over {ceiling:.0%}"


@pytest.mark.parametrize("category", sorted(FLOORS["flagged_at_least"]))
def test_abuse_categories_are_flagged(
    behaviour: tuple[list[dict[str, Any]], np.ndarray[Any, Any], float], category: str
) -> None:
    rows, probs, threshold = behaviour
    chosen = np.array([r["category"] == category for r in rows])
    share = float(np.mean(probs[chosen] >= threshold))
    floor = FLOORS["flagged_at_least"][category]
    assert share >= floor, f"{category}: {share:.0%} flagged toxic, under {floor:.0%}"


@pytest.mark.parametrize(
    ("name", "key", "positive", "floor"),
    [
        ("behaviour_heldout.jsonl", "expected", "high", "behaviour_heldout_auc"),
        ("threads_heldout.jsonl", "label", "toxic", "threads_auc"),
        # written before the third round tried anything; read once at 0.901 (docs/bench-toxicity.md)
        ("moderation_heldout.jsonl", "expected", "high", "moderation_heldout_auc"),
    ],
)
def test_held_out_sets_of_the_second_and_third_rounds_rank_abuse_first(
    name: str, key: str, positive: str, floor: str
) -> None:
    """Sets written before the second (or third) round of issue 17 changed anything, never trained or
    tuned on."""
    rows = _jsonl(name)
    probs = load_model().predict_proba([r["text"] for r in rows])[:, _TOXICITY]
    auc = roc_auc(np.array([r[key] == positive for r in rows]), probs)
    assert auc >= FLOORS[floor], f"{name}: ROC-AUC {auc:.3f} under {FLOORS[floor]}"


def test_example_page_toxic_comments_rank_above_harmless_ones(example_page: Path) -> None:
    labels = json.loads((DATA / "example_page_labels.json").read_text(encoding="utf-8"))
    doc = read(example_page)
    texts = {comment.id: comment.text for comment in doc.comments}
    chosen = labels["toxic"] + labels["harmless"]
    probs = load_model().predict_proba([texts[i] for i in chosen])[:, _TOXICITY]
    auc = roc_auc(np.array([i in labels["toxic"] for i in chosen]), probs)
    assert auc >= FLOORS["example_page_auc"], f"example page AUC {auc:.3f} under {FLOORS['example_page_auc']}"


@pytest.mark.parametrize("language", sorted(FLOORS["language_auc"]))
def test_toxic_comments_rank_above_their_neutral_rewrites(language: str) -> None:
    pairs = [r for r in _jsonl("multilingual.jsonl") if r["lang"] == language]
    model = load_model()
    probs = model.predict_proba([r["toxic"] for r in pairs] + [r["neutral"] for r in pairs])[:, _TOXICITY]
    auc = roc_auc(np.r_[np.ones(len(pairs)), np.zeros(len(pairs))].astype(bool), probs)
    floor = FLOORS["language_auc"][language]
    assert auc >= floor, f"{language}: toxic vs neutral rewrite ROC-AUC {auc:.3f} under {floor}"
