"""Functional tests of the toxicity model, in the spirit of HateCheck: EVALUATION ONLY.

Each case says whether a careful reader would call it toxic. The clean cases probe the known
failures of word-based models: identity words in neutral or positive sentences, negated abuse,
quoted or countered abuse, and profanity that attacks no one. The toxic cases check that real abuse
is still caught, plain and obfuscated.

None of these sentences is used for training (the training templates in :mod:`._augment` are
different sentences), and a third of the groups here never occur in the training templates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from slant.toxicity._labels import LABELS

if TYPE_CHECKING:
    from slant.toxicity._shipped import AnyToxicityModel

__all__ = ["FUNCTIONAL_CASES", "FunctionalCase", "functional_report"]

_GROUPS = (
    "Muslims",
    "Jews",
    "gay people",
    "Black people",
    "immigrants",
    "women",
    "Russians",
    "trans people",
    "refugees",
    "Hindus",
    "Sikhs",
    "Roma",
    "bisexual people",
    "Indigenous people",
    "Nigerians",
)


@dataclass(frozen=True, slots=True)
class FunctionalCase:
    """One functional test sentence, its category and whether it is toxic."""

    text: str
    category: str
    toxic: bool


_TEMPLATES: dict[str, tuple[tuple[str, ...], bool]] = {
    "identity_neutral": (
        (
            "I met two {G} at the bus stop this morning.",
            "The council will consult {G} living in the area.",
            "{G} make up about a tenth of the town's population.",
            "Our school has a club run by {G}.",
            "She wrote a book about {G} in the nineteenth century.",
        ),
        False,
    ),
    "identity_positive": (
        (
            "I really admire {G}.",
            "{G} are wonderful neighbours.",
            "So proud of the {G} who organised the food bank.",
            "{G} have enriched our culture enormously.",
        ),
        False,
    ),
    "negated_hate": (
        (
            "{G} are not animals.",
            "I would never say that {G} are inferior.",
            "Nobody here thinks {G} are parasites.",
            "{G} are no threat and never were.",
        ),
        False,
    ),
    "counter_speech": (
        (
            "Saying {G} are rats is vile, and you should apologise.",
            '"{G} should be shot" is an abhorrent thing to write.',
            "The troll wrote that {G} are scum, and he was rightly banned.",
            "Comparing {G} to cockroaches is how genocides begin.",
        ),
        False,
    ),
    "hateful": (
        (
            "{G} are filthy rats.",
            "I can't stand {G}, they are disgusting.",
            "{G} should all be shot.",
            "{G} are parasites who ruin everything.",
            "Death to all {G}.",
        ),
        True,
    ),
}

_SINGLE: dict[str, tuple[tuple[str, ...], bool]] = {
    "profanity_not_abuse": (
        (
            "Holy shit, what a fantastic goal!",
            "I am so fucking happy for the team today.",
            "Damn, this recipe is good.",
            "That was one hell of a concert.",
        ),
        False,
    ),
    "civil_disagreement": (
        (
            "I think the minister is wrong about the budget.",
            "Your numbers don't add up, please check the source.",
            "This article leaves out the most important facts.",
            "I disagree strongly, but I see why people voted for it.",
            "What does “ingore” mean?",
            "it is a typo… it is actually “ignore”….",
        ),
        False,
    ),
    "insult": (
        (
            "You are a pathetic idiot.",
            "Shut up, you ignorant moron.",
            "What a clueless, lying fool this writer is.",
            "Only a brain-dead loser would believe this garbage.",
        ),
        True,
    ),
    "threat": (
        (
            "I will find you and break your neck.",
            "Someone should put a bullet in his head.",
            "Traitors like him should be hanged.",
            "Crush them all, no mercy.",
        ),
        True,
    ),
    "obfuscated": (
        (
            "You are a f@cking 1diot.",
            "What a stupid b1tch.",
            "Sh1t for brains, all of you.",
            "f u c k you and your family",
            "You absolute a$$hole.",
        ),
        True,
    ),
}


def _build() -> tuple[FunctionalCase, ...]:
    cases: list[FunctionalCase] = []
    for category, (templates, toxic) in _TEMPLATES.items():
        for template in templates:
            for group in _GROUPS:
                text = template.replace("{G}", group)
                cases.append(FunctionalCase(text[0].upper() + text[1:], category, toxic))
    for category, (texts, toxic) in _SINGLE.items():
        cases.extend(FunctionalCase(text, category, toxic) for text in texts)
    return tuple(cases)


#: Every functional test case.
FUNCTIONAL_CASES: tuple[FunctionalCase, ...] = _build()


def functional_report(model: AnyToxicityModel) -> dict[str, Any]:
    """Per category: the share of cases flagged toxic (false positives for clean categories)."""
    toxicity = LABELS.index("toxicity")
    identity = LABELS.index("identity_attack")
    probs = model.predict_proba([c.text for c in FUNCTIONAL_CASES])
    flagged = probs[:, toxicity] >= model.thresholds_[toxicity]
    identity_flagged = probs[:, identity] >= model.thresholds_[identity]
    out: dict[str, Any] = {}
    for category in dict.fromkeys(c.category for c in FUNCTIONAL_CASES):
        rows = [i for i, c in enumerate(FUNCTIONAL_CASES) if c.category == category]
        toxic = FUNCTIONAL_CASES[rows[0]].toxic
        share = float(flagged[rows].mean())
        out[category] = {
            "n": len(rows),
            "expected": "toxic" if toxic else "clean",
            ("recall" if toxic else "false_positive_rate"): round(share, 4),
            "identity_attack_flagged": round(float(identity_flagged[rows].mean()), 4),
            "mean_toxicity": round(float(probs[rows, toxicity].mean()), 4),
        }
    clean = [i for i, c in enumerate(FUNCTIONAL_CASES) if not c.toxic]
    toxic_rows = [i for i, c in enumerate(FUNCTIONAL_CASES) if c.toxic]
    out["all_clean_false_positive_rate"] = round(float(flagged[clean].mean()), 4)
    out["all_toxic_recall"] = round(float(flagged[toxic_rows].mean()), 4)
    return out
