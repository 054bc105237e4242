"""Training texts that put abuse inside long, calm news comments (issue 17).

In the training sets, long political text is almost always clean (the civil runs of Civil
Comments) and most abuse comes in short tweets. Both level-one models learn the shortcut: a bag of
n-grams whose features are L2-normalised dilutes one obscenity among many political words, and the
encoder's heads learn "news topic = clean". On the example page, "... said a very big f@ck of to
Lavrov and to his lover" inside a sentence about Assad and Hezbollah scored 0.38, under calm
arguments.

Splicing breaks the shortcut with the data's own sentences: a civil run of one Civil Comments
comment, with a unit that raters marked toxic from *another* comment put before, inside or after
it, is toxic with that unit's labels; two civil runs of different comments joined are clean, so
length itself teaches nothing. Only training-split examples are spliced, so validation and test
stay untouched.
"""

from __future__ import annotations

import random

from slant.toxicity.training._data import Example

__all__ = ["spliced_examples"]

#: How many toxic and how many clean spliced texts are added (each).
N_SPLICED = 3000
#: Toxic units longer than this many words are not spliced (the point is one abusive clause).
MAX_UNIT_WORDS = 20


def spliced_examples(train: list[Example], *, seed: int) -> list[Example]:
    """Toxic and clean spliced texts made from the training split's Civil Comments units and civil runs."""
    civil = [e for e in train if e.dataset == "toxic_spans_civil" and e.split == "train"]
    toxic = [
        e
        for e in train
        if e.dataset == "toxic_spans_units"
        and e.split == "train"
        and e.labels[0] == 1.0
        and len(e.text.split()) <= MAX_UNIT_WORDS
    ]
    if not civil or not toxic:
        return []
    rng = random.Random(seed)
    out: list[Example] = []
    for i in range(N_SPLICED):
        run, unit = rng.choice(civil), rng.choice(toxic)
        sentences = run.text.split(". ")
        cut = rng.randint(0, len(sentences))
        before, after = ". ".join(sentences[:cut]), ". ".join(sentences[cut:])
        if before and not before.endswith((".", "!", "?")):
            before += "."
        text = " ".join(part for part in (before, unit.text, after) if part)
        out.append(Example(text, unit.labels, "spliced", f"toxic/{i}/{run.key}/{unit.key}", "train"))
        first, second = rng.sample(civil, 2)
        out.append(
            Example(
                f"{first.text} {second.text}",
                first.labels,
                "spliced",
                f"clean/{i}/{first.key}/{second.key}",
                "train",
            )
        )
    return out
