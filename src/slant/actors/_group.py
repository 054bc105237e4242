"""Mentions grouped into actors: one person, organisation or place however often and however it is named.

A mention's key is its name with the article, possessive and edge punctuation taken off, in case-folded
form ("the United States's" and "United States" share one). Then:

- a name in Cyrillic letters is keyed by its transliteration, so natasha's "Лавров" (normal form of
  "Лаврова") and spaCy's "Lavrov" are one actor where the spellings agree (not "Керри" and "Kerry");
- a one-word person or organisation ("Lavrov", which the English model sometimes calls an
  organisation; "Assad" for "Bashar al-Assad") joins the one person of several words that ends with
  it, when exactly one does: two Obamas on a page stay apart;
- places the gazetteer resolves to the same entry join ("US", "United States");
- a name tagged differently in different sentences (Washington as a place and as an organisation)
  takes the label of most of its mentions.

An actor's name is the longest form its mentions use most, so "Barack Obama" names the actor that
"Obama" also names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["KINDS", "Actor", "Mention", "group_mentions", "name_key", "tidy_name"]

#: slant's label -> the kind an actor is listed under.
KINDS = {"PERSON": "person", "ORG": "org", "PLACE": "place"}

_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an actor in one part of the page."""

    part_id: str
    part_kind: str
    start: int
    end: int
    label: str
    name: str


@dataclass(slots=True)
class Actor:
    """Mentions of one actor, with its label and the place the gazetteer found for it (if any)."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    place: dict[str, Any] | None = None

    @property
    def label(self) -> str:
        """The label of most of its mentions (PERSON before ORG before PLACE on a tie); NORP if only that."""
        counts = Counter(m.label for m in self.mentions)
        if not any(counts[label] for label in KINDS):
            return "NORP"
        return max(KINDS, key=lambda label: (counts[label], -list(KINDS).index(label)))

    @property
    def name(self) -> str:
        """The form used most, the longest first on a tie ("Barack Obama" over "Obama")."""
        counts = Counter(tidy_name(m.name) for m in self.mentions)
        return max(counts, key=lambda name: (len(name.split()) > 1, counts[name], len(name), name))

    @property
    def forms(self) -> list[str]:
        """Every form its mentions use, most used first."""
        return [name for name, _ in Counter(tidy_name(m.name) for m in self.mentions).most_common()]


def tidy_name(name: str) -> str:
    """A name as shown: one space between words, no leading "the", possessive or edge punctuation."""
    name = " ".join(name.split())
    name = _POSSESSIVE.sub("", name)
    name = _ARTICLE.sub("", name)
    return _EDGE.sub("", name)


_CYRILLIC_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya".split(),
        strict=True,
    )
)


def name_key(name: str) -> str:
    """The key mentions of one actor share: the tidy name, case-folded, Cyrillic letters transliterated."""
    key = tidy_name(name).casefold()
    return (
        "".join(_CYRILLIC_LATIN.get(c, c) for c in key).replace("-", "") if re.search("[а-яё]", key) else key
    )


def _surname(key: str) -> str:
    """The last word of a key without an Arabic article: "bashar al-assad" -> "assad"."""
    last = key.split()[-1]
    return re.sub(r"^(?:al|el|ad|ar|as|an|ash|at)-", "", last)


def group_mentions(
    mentions: Sequence[Mention], *, resolve: Callable[[str, str], dict[str, Any] | None] | None = None
) -> list[Actor]:
    """Group ``mentions`` into actors, most mentioned first (see the module's doc).

    Args:
        mentions: every mention on the page, in page order.
        resolve: ``resolve(name, label)`` -> a place (``{"geonames_id": ..., ...}``) or None; places
            resolved to the same entry are one actor. None resolves nothing.

    Returns:
        The actors, by mentions (most first), then name.
    """
    by_key: dict[str, Actor] = {}
    for mention in mentions:
        if mention.label == "NORP" and resolve is None:
            continue  # a nationality counts only as the place the gazetteer resolves it to
        key = name_key(mention.name)
        if key:
            by_key.setdefault(key, Actor(key)).mentions.append(mention)
    _join_surnames(by_key)
    actors = list(by_key.values())
    if resolve is not None:
        actors = _join_places(actors, resolve)
    order = {m: i for i, m in enumerate(mentions)}
    for actor in actors:
        actor.mentions.sort(key=lambda m: order.get(m, len(order)))
    return sorted(actors, key=lambda a: (-len(a.mentions), a.name.casefold()))


def _join_surnames(by_key: dict[str, Actor]) -> None:
    """Merge each one-word person or organisation into the only longer person whose last word it is."""
    people = [a for a in by_key.values() if a.label == "PERSON" and " " in a.key]
    for actor in [a for a in by_key.values() if a.label in {"PERSON", "ORG"} and " " not in a.key]:
        longer = [a for a in people if _surname(a.key) == _surname(actor.key)]
        if len(longer) == 1:
            longer[0].mentions.extend(actor.mentions)
            del by_key[actor.key]


def _join_places(actors: list[Actor], resolve: Callable[[str, str], dict[str, Any] | None]) -> list[Actor]:
    """Look each place (or nationality) up; join places with the same entry; drop nationalities not found."""
    kept: list[Actor] = []
    by_place: dict[Any, Actor] = {}
    for actor in actors:
        labels = {m.label for m in actor.mentions}
        if actor.label not in {"PLACE", "NORP"}:
            kept.append(actor)
            continue
        place = resolve(actor.name, "NORP" if labels == {"NORP"} else "PLACE")
        if place is None:
            if labels != {"NORP"}:
                kept.append(actor)
            continue
        # A nationality resolved to a place is a mention of that place.
        actor.mentions[:] = [
            Mention(m.part_id, m.part_kind, m.start, m.end, "PLACE" if m.label == "NORP" else m.label, m.name)
            for m in actor.mentions
        ]
        same = by_place.get(place.get("geonames_id") or place.get("name"))
        if same is not None:
            same.mentions.extend(actor.mentions)
            continue
        actor.place = place
        by_place[place.get("geonames_id") or place.get("name")] = actor
        kept.append(actor)
    return kept
