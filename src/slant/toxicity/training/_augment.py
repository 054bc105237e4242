"""Training augmentation: template sentences that teach what the data sets under-represent.

The tweet sets mention identity groups mostly in abuse, so a bag of n-grams learns "Muslims" or
"gay" as toxic words. These templates add neutral and positive statements about groups, negated
and countered abuse (marked clean), and direct abuse of groups (marked toxic), so the weights of
identity words move towards zero and the weights of the abusive words carry the decision.

These are *training* templates only. The functional tests that measure false positives
(:mod:`._functional`) use different sentences and partly different groups, so the reported rates
are not measured on what was trained.
"""

from __future__ import annotations

import random

from slant.toxicity._labels import LABELS
from slant.toxicity._normalize import Normalizer
from slant.toxicity.training._data import Example

__all__ = ["TRAIN_GROUPS", "augmentation_examples"]

#: Groups named in the training templates (plural forms).
TRAIN_GROUPS: tuple[str, ...] = (
    "Muslims",
    "Jews",
    "Christians",
    "gay people",
    "lesbians",
    "trans people",
    "Black people",
    "immigrants",
    "refugees",
    "women",
    "Russians",
    "Ukrainians",
    "Arabs",
    "Mexicans",
    "Asians",
    "Africans",
    "disabled people",
    "Palestinians",
    "Israelis",
    "Americans",
    "Chinese people",
    "Catholics",
    "atheists",
    "migrants",
    "Syrians",
)

_CLEAN = (
    "{G} have lived in this city for generations.",
    "Many {G} voted in the last election.",
    "The article interviews several {G} about the new policy.",
    "{G} celebrated the holiday with their families.",
    "I work with a lot of {G} and they are great colleagues.",
    "There are more than a million {G} in the country.",
    "The museum has an exhibition about the history of {G}.",
    "{G} deserve the same rights as everyone else.",
    "My best friends growing up were {G}.",
    "The report says {G} face discrimination when they look for housing.",
    "Calling {G} vermin is disgusting and wrong.",
    "People who say {G} are animals should be ashamed of themselves.",
    "It is hateful to call {G} subhuman, and the paper should not print it.",
    "Stop spreading hate about {G}.",
    "{G} are not a threat to anyone.",
    "I don't hate {G}, I never have.",
    "The comment that {G} should be wiped out was rightly deleted.",
)

_TOXIC: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "{G} are vermin and should be wiped out.",
        ("identity_attack", "dehumanization", "threat", "severe_toxicity"),
    ),
    ("All {G} are disgusting animals.", ("identity_attack", "dehumanization", "insult", "severe_toxicity")),
    ("I hate {G}, every single one of them.", ("identity_attack",)),
    ("{G} are stupid and worthless.", ("identity_attack", "insult")),
    ("Get these filthy {G} out of our country.", ("identity_attack",)),
    ("{G} are a cancer on this nation.", ("identity_attack", "dehumanization", "severe_toxicity")),
)


# Words of dehumanizing and hateful abuse, for the frames below that quote, negate or counter them.
_ABUSE = (
    "vermin",
    "rats",
    "animals",
    "parasites",
    "subhuman",
    "cockroaches",
    "savages",
    "a disease",
    "scum",
    "criminals",
    "terrorists",
    "filth",
    "a plague",
    "inferior",
)

# Abuse quoted, negated or countered: clean.
_COUNTERED = (
    "Calling {G} {Y} is not acceptable here.",
    "Whoever wrote that {G} are {Y} should be banned.",
    "It is shameful that people still say {G} are {Y}.",
    "I reported the post that called {G} {Y}.",
    "No, {G} are not {Y}, and saying so is bigotry.",
    "Nobody should ever describe {G} as {Y}.",
    "Words like '{Y}' about {G} lead to violence.",
    "The politician who said {G} are {Y} has apologised.",
)

# The same abuse said in earnest: toxic.
_EARNEST: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("{G} are nothing but {Y}.", ("identity_attack",)),
    ("Those {G} are {Y}, all of them.", ("identity_attack",)),
)
_DEHUMANIZING = frozenset(
    {
        "vermin",
        "rats",
        "animals",
        "parasites",
        "subhuman",
        "cockroaches",
        "savages",
        "a disease",
        "filth",
        "a plague",
    }
)
#: How many abuse words each (group, frame) pair is filled with, drawn with a fixed seed.
_PER_PAIR = 3


def _labels(positive: tuple[str, ...], *, toxic: bool) -> tuple[float, ...]:
    if not toxic:
        return tuple(0.0 for _ in LABELS)
    values = [0.0] * len(LABELS)
    for label in (*positive, "toxicity"):
        values[LABELS.index(label)] = 1.0
    return tuple(values)


def augmentation_examples(normalizer: Normalizer) -> list[Example]:
    """The template sentences for every group, labelled, in the train split."""
    del normalizer  # the labels are given by the templates, not by the weak rules
    out: list[Example] = []
    rng = random.Random(3)
    for group in TRAIN_GROUPS:
        for i, template in enumerate(_COUNTERED):
            for word in rng.sample(_ABUSE, _PER_PAIR):
                text = _fill(template, group).replace("{Y}", word)
                out.append(
                    Example(
                        text, _labels((), toxic=False), "templates", f"countered/{i}/{group}/{word}", "train"
                    )
                )
        for i, (template, positive) in enumerate(_EARNEST):
            for word in rng.sample(_ABUSE, _PER_PAIR):
                text = _fill(template, group).replace("{Y}", word)
                labels = (
                    (*positive, "dehumanization", "severe_toxicity") if word in _DEHUMANIZING else positive
                )
                out.append(
                    Example(
                        text, _labels(labels, toxic=True), "templates", f"earnest/{i}/{group}/{word}", "train"
                    )
                )
        for i, template in enumerate(_CLEAN):
            text = _fill(template, group)
            out.append(Example(text, _labels((), toxic=False), "templates", f"clean/{i}/{group}", "train"))
        for i, (template, positive) in enumerate(_TOXIC):
            text = _fill(template, group)
            out.append(
                Example(text, _labels(positive, toxic=True), "templates", f"toxic/{i}/{group}", "train")
            )
    return out


def _fill(template: str, group: str) -> str:
    text = template.replace("{G}", group)
    return text[0].upper() + text[1:]
