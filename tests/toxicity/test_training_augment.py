"""The training texts added in issue 17: harsh words aimed at things or people, abuse spliced into calm comments."""

from __future__ import annotations

import pytest

from slant.toxicity import LABELS
from slant.toxicity.training._data import Example
from slant.toxicity.training._splice import spliced_examples
from slant.toxicity.training._targets import target_examples

pytestmark = pytest.mark.issue(17)
_TOXICITY = LABELS.index("toxicity")


def test_target_pairs_share_their_harsh_words_and_differ_by_target() -> None:
    examples = target_examples()
    clean = [e for e in examples if e.labels[_TOXICITY] == 0.0]
    toxic = [e for e in examples if e.labels[_TOXICITY] == 1.0]
    assert clean and toxic and abs(len(clean) - len(toxic)) <= len(examples) // 4
    assert all(e.split == "train" for e in examples)
    assert all(e.labels[LABELS.index("insult")] == 1.0 for e in toxic)
    # The same harsh word occurs on both sides, so it cannot carry the decision alone.
    assert any("stupid" in e.text for e in clean) and any("stupid" in e.text for e in toxic)
    assert len({e.key for e in examples}) == len(examples)
    assert target_examples() == examples  # fixed seed


def test_target_sentences_read_as_english() -> None:
    texts = [e.text for e in target_examples()]
    assert not any(" a idiot" in t or " a absurd" in t or "you is" in t for t in texts)
    assert all(t[0].isupper() for t in texts)


def _example(text: str, toxic: float, dataset: str, key: str, split: str = "train") -> Example:
    labels = [0.0] * len(LABELS)
    labels[_TOXICITY] = toxic
    return Example(text, tuple(labels), dataset, key, split)


def test_spliced_texts_put_a_toxic_unit_inside_a_civil_run_of_another_comment() -> None:
    civil = [
        _example(
            f"The council met on day {i}. It discussed the budget. Nothing was decided.",
            0.0,
            "toxic_spans_civil",
            f"{i}/0",
        )
        for i in range(5)
    ]
    units = [
        _example(f"You are a complete idiot number {i}.", 1.0, "toxic_spans_units", f"{i}/1")
        for i in range(5)
    ]
    held_out = [_example("You are a moron from validation.", 1.0, "toxic_spans_units", "v/1", split="val")]
    out = spliced_examples(civil + units + held_out, seed=13)
    toxic = [e for e in out if e.labels[_TOXICITY] == 1.0]
    clean = [e for e in out if e.labels[_TOXICITY] == 0.0]
    assert len(toxic) == len(clean) > 0
    assert all("idiot" in e.text and "council" in e.text for e in toxic)
    assert not any("validation" in e.text for e in out)
    assert all(e.text.count("council") == 2 and "idiot" not in e.text for e in clean)
    assert spliced_examples(civil + units, seed=13) == spliced_examples(civil + units, seed=13)


def test_nothing_is_spliced_without_both_kinds_of_text() -> None:
    assert (
        spliced_examples(
            [_example("Only one calm text here, nothing else.", 0.0, "toxic_spans_civil", "1/0")], seed=1
        )
        == []
    )
