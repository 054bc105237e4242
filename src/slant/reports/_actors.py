"""What every view says about the page's actors and places (issue 19, part 4), worded once.

The figure is the actors annotator's (``article.attrs["actors"]``); the terminal summary and the HTML
report show these sentences, and the web page (which reads the same JSON) words them the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slant._document import Document

__all__ = ["actor_facts", "actors_of", "framing_text", "mentions_text"]

_SHOWN = 5
_KIND_NOUNS = {
    "person": ("person", "people"),
    "org": ("organisation", "organisations"),
    "place": ("place", "places"),
}


def actors_of(doc: Document) -> Mapping[str, Any] | None:
    """The page's actors figure, or None when the actors annotator did not run."""
    result = doc.article.attrs.get("actors")
    return result if isinstance(result, Mapping) else None


def _count(n: int, kind: str) -> str:
    one, many = _KIND_NOUNS[kind]
    return f"{n:,} {one if n == 1 else many}"


def mentions_text(actor: Mapping[str, Any]) -> str:
    """``"1 in the article, 4 in 3 comments"``."""
    mentions = actor.get("mentions") or {}
    article, comments = int(mentions.get("article", 0)), int(mentions.get("comments", 0))
    parts = []
    if article:
        parts.append(f"{article:,} in the article")
    if comments:
        n = int(actor.get("comments", 0))
        parts.append(f"{comments:,} in {n:,} comment{'s' if n != 1 else ''}")
    return ", ".join(parts) or "no mentions"


def framing_text(actor: Mapping[str, Any]) -> str:
    """The framing counts near an actor in one line: ``"techniques: loaded language 2; sources: named 1"``."""
    framing = actor.get("framing") or {}
    pieces = []
    for key, title in (
        ("techniques", "techniques"),
        ("sources", "sources"),
        ("quotes", "quotes"),
        ("toxic_words", "toxic words"),
        ("toxic_comments", "in toxic comments"),
    ):
        counts = framing.get(key) or {}
        if counts:
            pieces.append(
                f"{title}: " + ", ".join(f"{str(label).replace('_', ' ')} {n}" for label, n in counts.items())
            )
    return "; ".join(pieces) or "nothing near it"


def actor_facts(doc: Document) -> list[tuple[str, str]]:
    """``(name, sentence)`` pairs on the page's actors and places; empty when the annotator did not run.

    Example: ``("Actors", "12 people, 9 organisations, 15 places (10 on the map); most named: Sergey
    Lavrov (person: 1 in the article, 4 in 3 comments), ...")``.
    """
    result = actors_of(doc)
    if result is None:
        return []
    actors = [a for a in result.get("actors", ()) if isinstance(a, Mapping)]
    read = result.get("read") or {}
    notes = []
    if read.get("comments_unread"):
        notes.append(f"{int(read['comments_unread']):,} comments past the reading budget not read")
    if read.get("other_language_parts"):
        notes.append(f"{int(read['other_language_parts']):,} parts in languages no model here reads")
    unread = [("Not read", "; ".join(notes))] if notes else []
    if not actors:
        return [("Actors", str(result.get("note") or "no people, organisations or places named")), *unread]
    counts = ", ".join(
        _count(int(result.get(key, 0)), kind)
        for key, kind in (("people", "person"), ("orgs", "org"), ("places", "place"))
    )
    if result.get("places"):
        counts += f" ({int(result.get('mapped', 0)):,} on the map)"
    shown = ", ".join(f"{a.get('name')} ({a.get('kind')}: {mentions_text(a)})" for a in actors[:_SHOWN])
    facts = [("Actors", f"{counts}; most named: {shown}"), *unread]
    framed = [a for a in actors[:_SHOWN] if framing_text(a) != "nothing near it"]
    for actor in framed[:3]:
        facts.append(("Framing", f"{actor.get('name')}: {framing_text(actor)}"))
    return facts
