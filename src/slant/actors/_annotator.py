"""``ActorsAnnotator`` (registered as ``slant.actors.v1``): who and where a page is about, and how each is framed.

Opt-in (``slant analyze --with actors``): named-entity recognition costs more than the rest of the
default pipeline together (docs/benchmarks.md, section "Actors and places").

Each part is read by the model of its language (the language annotator's ``attrs.language``; without it,
the part's script decides): English by spaCy's small English model, Russian by natasha
(:mod:`slant.actors._ner`); parts in other languages are not read, and the page's figure says how many.
Mentions go into the part's ``actors`` span layer (labels PERSON, ORG, PLACE) and are grouped into
actors (:mod:`slant.actors._group`); places get coordinates from slant's offline gazetteer
(``slant._geo.resolve_places``, all of a page's place names at once); each actor's framing is counted (:mod:`slant.actors._framing`). The page's
figure is ``article.attrs["actors"]``.

The annotator reads at most ``max_chars`` characters of a page, the title and article first and then
the comments in page order: the reader's analysis budget bounds a page at 500,000 characters, which
would take NER minutes; the comments left unread are counted in the figure, never silently dropped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, ClassVar

from slant._document import Document, Part, Span
from slant._extras import require_extra
from slant._pipeline import BaseAnnotator
from slant.actors._framing import framing, sentence_bounds
from slant.actors._group import KINDS, Actor, Mention, group_mentions, name_key, tidy_name
from slant.actors._ner import Entity, english_entities, model_facts, russian_entities

__all__ = ["MAX_ACTORS", "MAX_CHARS", "ActorsAnnotator", "find_actors", "page_places"]

logger = logging.getLogger(__name__)

#: Characters of a page read for names by default. At the measured ~X characters per second of NER
#: (docs/benchmarks.md), this bounds one page's cost; the example page is 7,000 characters.
MAX_CHARS = 60_000
#: Actors listed in the page's figure (the most mentioned; the count says how many there were).
MAX_ACTORS = 40
#: Part ids listed per actor.
_MAX_PARTS = 20
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LETTER = re.compile(r"[^\W\d_]")


def _reader_of(part: Part) -> str | None:
    """``"en"``, ``"ru"`` or None (a language no model here reads)."""
    language = part.attrs.get("language")
    if language in {"en", "ru"}:
        return str(language)
    if language not in {None, "und"}:
        return None
    letters = len(_LETTER.findall(part.text[:2000]))
    cyrillic = len(_CYRILLIC.findall(part.text[:2000]))
    return "ru" if letters and cyrillic * 2 > letters else "en"


def _place_dict(place: Any) -> dict[str, Any]:
    return {
        "name": place.name,
        "kind": place.kind,
        "country_code": place.country_code,
        "latitude": round(float(place.latitude), 4),
        "longitude": round(float(place.longitude), 4),
        "population": place.population,
        "geonames_id": place.geonames_id,
    }


def page_places(names: Sequence[str]) -> dict[str, dict[str, Any] | None]:
    """The gazetteer's entry for each place name of one page, each read in the light of the others
    (``slant._geo.resolve_places``: "Georgia" beside "Atlanta" is the US state); None where it holds none."""
    from slant._geo import resolve_places

    found: dict[str, dict[str, Any] | None] = {}
    for language in ("en", "ru"):
        batch = [name for name in dict.fromkeys(names) if bool(_CYRILLIC.search(name)) == (language == "ru")]
        for name, place in zip(batch, resolve_places(batch, language=language), strict=True):
            found[name] = _place_dict(place) if place is not None else None
    return found


def _title_case(text: str) -> bool:
    """Whether a headline capitalises most of its longer words ("Govt Forces Renew Military Operation In ...")."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _trusted_title_mentions(mentions: list[Mention]) -> list[Mention]:
    """Drop the people and organisations of a Title Case headline that the rest of the page never names.

    The small English model reads capitalised headline words as names ("Govt Forces Renew Military
    Operation" as an organisation on the example page); places stay, as the gazetteer checks them.
    """
    keys = [name_key(m.name) for m in mentions if m.part_kind != "title"]
    # "Lavrov" in the headline is the article's "Sergey Lavrov": last words count too.
    elsewhere = {*keys, *(key.split()[-1] for key in keys if key)}
    return [
        m
        for m in mentions
        if m.part_kind != "title" or m.label in {"PLACE", "NORP"} or name_key(m.name) in elsewhere
    ]


def _actor_entry(
    actor: Actor, parts: dict[str, Part], bounds: dict[str, list[tuple[int, int]]]
) -> dict[str, Any]:
    in_article = sum(1 for m in actor.mentions if m.part_kind != "comment")
    comment_ids = list(dict.fromkeys(m.part_id for m in actor.mentions if m.part_kind == "comment"))
    part_ids = list(dict.fromkeys(m.part_id for m in actor.mentions))
    return {
        "name": actor.name,
        "kind": KINDS[actor.label],
        "forms": actor.forms[:5],
        "mentions": {"article": in_article, "comments": len(actor.mentions) - in_article},
        "comments": len(comment_ids),
        "parts": part_ids[:_MAX_PARTS],
        "place": actor.place,
        "framing": framing(actor.mentions, parts, bounds),
    }


def find_actors(
    doc: Document,
    entities: dict[str, list[Entity]],
    *,
    read: dict[str, int],
    places: bool = True,
    languages: Iterable[str] = ("en",),
) -> dict[str, Any]:
    """Write the ``actors`` span layers of ``doc`` from ``entities`` and return the page's figure.

    Args:
        doc: the page.
        entities: part id -> the entities found in it (parts not read are absent).
        read: what was read: ``chars``, ``parts``, ``comments_unread``, ``other_language_parts``.
        places: look places up in the gazetteer.
        languages: the languages of the parts read (their models are named in the figure).
    """
    parts = {part.id: part for part in doc.parts}
    mentions = [
        Mention(part.id, part.kind, e.start, e.end, e.label, e.name)
        for part in doc.parts
        for e in entities.get(part.id, ())
    ]
    if doc.title is not None and _title_case(doc.title.text):
        mentions = _trusted_title_mentions(mentions)
    resolve = None
    if places:
        known = page_places([tidy_name(m.name) for m in mentions if m.label in {"PLACE", "NORP"}])

        def resolve(name: str, label: str) -> dict[str, Any] | None:
            return known[name] if name in known else page_places([name])[name]

    actors = group_mentions(mentions, resolve=resolve)
    # Each part's mentions with their actor, gathered once (a page may have thousands of parts).
    by_part: dict[str, list[tuple[Mention, Actor]]] = {}
    for actor in actors:
        for m in actor.mentions:
            by_part.setdefault(m.part_id, []).append((m, actor))
    names = {id(actor): actor.name for actor in actors}  # computed once: the name counts the mentions
    for part in doc.parts:
        spans = []
        for m, actor in sorted(by_part.get(part.id, ()), key=lambda pair: pair[0].start):
            attrs: dict[str, Any] = {"actor": names[id(actor)]}
            if actor.place is not None:
                attrs["latitude"], attrs["longitude"] = actor.place["latitude"], actor.place["longitude"]
            spans.append(Span(m.start, m.end, m.label, 1.0, ActorsAnnotator.name, attrs))
        part.spans.set("actors", spans, overwrite=True)
    bounds = {part_id: sentence_bounds(parts[part_id]) for part_id in entities}
    entries = [_actor_entry(actor, parts, bounds) for actor in actors[:MAX_ACTORS]]
    kinds = [KINDS[a.label] for a in actors]
    note = None
    if not actors:
        note = "no people, organisations or places named in what was read"
    return {
        "actors": entries,
        "count": len(actors),
        "people": kinds.count("person"),
        "orgs": kinds.count("org"),
        "places": kinds.count("place"),
        "mapped": sum(1 for a in actors if a.place is not None),
        "read": read,
        "models": {language: model_facts()[language] for language in sorted(set(languages))},
        "note": note,
    }


class ActorsAnnotator(BaseAnnotator):
    """Finds the people, organisations and places a page names (``spans.actors`` of every part read) and
    sums them up as actors with their framing and coordinates (``attrs.actors`` of the article).

    Args:
        max_chars: the most characters of one page read for names (title and article first).
        places: look places up in the offline gazetteer for coordinates.
        batch_size: texts per batch in spaCy's ``pipe``.

    Raises:
        DependencyError: (when built) the actors extra is not installed.
    """

    name: ClassVar[str] = "actors"
    requires: ClassVar[tuple[str, ...]] = ()
    optional_requires: ClassVar[tuple[str, ...]] = (
        "attrs.language",
        "spans.sentences",
        "spans.sources",
        "spans.quotes",
        "spans.techniques",
        "spans.toxicity",
        "scores.toxicity",
    )
    assigns: ClassVar[tuple[str, ...]] = ("spans.actors", "attrs.actors")

    def __init__(self, *, max_chars: int = MAX_CHARS, places: bool = True, batch_size: int = 32) -> None:
        # Asking for the annotator without its extra is a one-line error naming it, before any page.
        require_extra("actors", purpose="the actors annotator (slant.actors.v1)")
        self.max_chars = max_chars
        self.places = places
        self.batch_size = batch_size

    def _plan(self, doc: Document) -> tuple[dict[str, tuple[str, str]], dict[str, int]]:
        """Which parts to read with which model (id -> (language, text)), within the page's budget."""
        plan: dict[str, tuple[str, str]] = {}
        left = max(0, self.max_chars)
        unread = other = 0
        for part in doc.parts:
            language = _reader_of(part)
            if language is None:
                other += 1
                continue
            if not part.text.strip():
                continue
            if part.kind == "comment" and len(part.text) > left:
                unread += 1
                continue
            text = part.text[:left]
            left -= len(text)
            if text:
                plan[part.id] = (language, text)
        read = {
            "parts": len(plan),
            "chars": sum(len(text) for _, text in plan.values()),
            "comments_unread": unread,
            "other_language_parts": other,
        }
        if unread:
            logger.info(
                "actors: %d comments past the %d-character budget are not read", unread, self.max_chars
            )
        return plan, read

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
        """Annotate documents a batch at a time (one spaCy ``pipe`` per batch), keeping their order."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, docs: list[Document]) -> list[Document]:
        plans = [self._plan(doc) for doc in docs]
        wanted: dict[str, list[tuple[int, str, str]]] = {"en": [], "ru": []}
        for index, (plan, _) in enumerate(plans):
            for part_id, (language, text) in plan.items():
                wanted[language].append((index, part_id, text))
        found: list[dict[str, list[Entity]]] = [{} for _ in docs]
        english = english_entities([text for _, _, text in wanted["en"]], batch_size=self.batch_size)
        russian = russian_entities([text for _, _, text in wanted["ru"]])
        for (index, part_id, _), part_entities in [
            *zip(wanted["en"], english, strict=True),
            *zip(wanted["ru"], russian, strict=True),
        ]:
            found[index][part_id] = part_entities
        for doc, (plan, read), page_entities in zip(docs, plans, found, strict=True):
            languages = {language for language, _ in plan.values()}
            doc.article.attrs["actors"] = find_actors(
                doc, page_entities, read=read, places=self.places, languages=languages
            )
        return docs

    def __call__(self, doc: Document) -> Document:
        return self._run([doc])[0]
