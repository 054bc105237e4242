"""Training templates that teach *whom* a harsh word is aimed at (issue 17).

Civil Comments raters and the tweet sets call nearly every "stupid" toxic, so a bag of n-grams gives
the word alone a weight larger than most profanity, and the sentence encoder's heads follow: a
comment such as "the minister must stop doing stupid deals" (criticism of deals) scored 0.97 while
an obscenity aimed at a person in a long comment scored under 0.5. slant's labelling (the model
card's definition, ``tests/toxicity/data/example_page_labels.json``) calls argument and opinion,
however sharp, harmless, and abuse of a person or group toxic.

These pairs hold the harsh word fixed and change only its target: a thing (a policy, a deal, an
article: clean) or a person (the reader, an official, "he": toxic, insult). Learned together, the
word's own weight moves towards zero and the weight goes to the construction that aims it at
someone. The words, targets and frames are slant's own and differ from the sentences of the
hand-written evaluation sets (``tests/toxicity/data``), which the training run never reads.
"""

from __future__ import annotations

import itertools
import random
import re

from slant.toxicity._labels import LABELS
from slant.toxicity.training._data import Example

__all__ = ["target_examples"]

_HARSH = (
    "stupid",
    "idiotic",
    "dumb",
    "moronic",
    "brainless",
    "pathetic",
    "ridiculous",
    "insane",
    "crazy",
    "ignorant",
    "absurd",
    "dishonest",
)
_THINGS = (
    "deal",
    "policy",
    "law",
    "plan",
    "decision",
    "budget",
    "treaty",
    "strategy",
    "proposal",
    "tax",
    "headline",
    "article",
    "idea",
    "ruling",
    "sanctions package",
    "reform",
)
# Harsh criticism of a thing: clean.
_AT_THINGS = (
    "They must stop making {A} {T}s.",
    "This is the most {A} {T} I have seen in years.",
    "What a {A} {T}. It will cost us dearly.",
    "The {T} is {A}, and the numbers in the article show why.",
    "Another {A} {T} from the government, and pensioners will pay for it.",
    "I cannot believe anyone signed such a {A} {T}!!",
    "Honestly the {T} is {A}; nobody thought about the consequences.",
    "Scrap this {A} {T} before it does more damage.",
)
_PEOPLE = ("you", "the minister", "the author", "he", "she", "the mayor", "this commenter", "the senator")
_INSULTS = ("idiot", "moron", "fool", "clown", "imbecile", "loser")
# The same words aimed at a person: toxic (insult).
_AT_PEOPLE = (
    "{P} must be {A} to believe that.",
    "{P} is the most {A} person I have seen in years.",
    "What a {A} {I} {P} is.",
    "{P} is {A}, and everyone here can see it.",
    "Only someone as {A} as {P} would sign that.",
    "Honestly {P} is a {A} {I}; nobody should listen.",
)
#: How many (word, target) fillings each frame gets, drawn with a fixed seed.
_PER_FRAME = 40


_ARTICLE = re.compile(r"\b([Aa]) (?=[aeiou])")


def _fill(frame: str) -> str:
    """A filled frame with "a" before a vowel made "an", capitalised."""
    text = _ARTICLE.sub(r"\1n ", frame)
    return text[0].upper() + text[1:]


def _labels(*, toxic: bool) -> tuple[float, ...]:
    values = [0.0] * len(LABELS)
    if toxic:
        values[LABELS.index("toxicity")] = 1.0
        values[LABELS.index("insult")] = 1.0
    return tuple(values)


def _person(frame: str, person: str) -> str:
    """``frame`` with ``person`` in it ("you is" -> "you are")."""
    text = frame.replace("{P}", person)
    if person == "you":
        text = text.replace("you is", "you are").replace("as you would", "as you would")
    return text


def target_examples() -> list[Example]:
    """The paired template sentences, labelled, all in the train split."""
    rng = random.Random(17)
    out: list[Example] = []
    things = list(itertools.product(_HARSH, _THINGS))
    for i, frame in enumerate(_AT_THINGS):
        for word, thing in rng.sample(things, _PER_FRAME):
            text = _fill(frame.replace("{A}", word).replace("{T}", thing))
            out.append(
                Example(text, _labels(toxic=False), "templates", f"at_thing/{i}/{word}/{thing}", "train")
            )
    people = list(itertools.product(_HARSH, _PEOPLE, _INSULTS))
    for i, frame in enumerate(_AT_PEOPLE):
        for word, person, insult in rng.sample(people, _PER_FRAME):
            text = _fill(_person(frame.replace("{A}", word).replace("{I}", insult), person))
            key = f"at_person/{i}/{word}/{person}/{insult}"
            out.append(Example(text, _labels(toxic=True), "templates", key, "train"))
    return out
