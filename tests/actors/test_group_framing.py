"""Actors and places (issue 19, part 4) without a model: mentions grouped into actors, and their framing.

Pages are built by hand, with the entities a model would have found given directly to ``find_actors``.
"""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from slant import Document, Part, Span
from slant._labels import display_threshold, toxic_threshold
from slant.actors._annotator import find_actors
from slant.actors._group import Mention, group_mentions, name_key, tidy_name
from slant.actors._ner import Entity
from slant.reports import document_schema, render_html, render_summary, to_dict
from slant.reports._actors import actor_facts

pytestmark = pytest.mark.issue(19)

_READ = {"parts": 1, "chars": 0, "comments_unread": 0, "other_language_parts": 0}


def _entities(text: str, *names: tuple[str, str]) -> list[Entity]:
    """An entity for each (name, label), at the name's first place in ``text`` after the previous one."""
    found, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        found.append(Entity(start, start + len(name), label, name))
        at = start + len(name)
    return found


def _figure(doc: Document, entities: dict[str, list[Entity]]) -> dict[str, Any]:
    return find_actors(doc, entities, read=_READ, places=False)


def test_names_are_tidied_and_keyed() -> None:
    assert tidy_name("the United States's") == "United States"
    assert tidy_name("  Sergey\n Lavrov, ") == "Sergey Lavrov"
    assert name_key("Лавров") == name_key("Lavrov") == "lavrov"


def test_surnames_join_the_one_full_name_and_two_obamas_stay_apart() -> None:
    mentions = [
        Mention("article", "article", 0, 13, "PERSON", "Sergey Lavrov"),
        Mention("c1", "comment", 0, 6, "ORG", "Lavrov"),  # the small English model's mistake
        Mention("c2", "comment", 0, 6, "PERSON", "Лавров"),
        Mention("article", "article", 20, 32, "PERSON", "Barack Obama"),
        Mention("article", "article", 40, 56, "PERSON", "Michelle Obama"),
        Mention("c3", "comment", 0, 5, "PERSON", "Obama"),
    ]
    actors = {a.name: a for a in group_mentions(mentions)}
    assert len(actors["Sergey Lavrov"].mentions) == 3
    assert actors["Sergey Lavrov"].label == "PERSON"
    assert set(actors) == {"Sergey Lavrov", "Barack Obama", "Michelle Obama", "Obama"}


def test_places_resolved_to_one_entry_join_and_unresolved_nationalities_go() -> None:
    places = {
        "us": {"geonames_id": 6252001, "name": "United States"},
        "united states": {"geonames_id": 6252001},
    }

    def resolve(name: str, label: str) -> dict[str, Any] | None:
        return places.get(name.casefold())

    mentions = [
        Mention("article", "article", 0, 13, "PLACE", "United States"),
        Mention("c1", "comment", 0, 2, "PLACE", "US"),
        Mention("c1", "comment", 5, 11, "NORP", "Syrian"),
        Mention("c1", "comment", 15, 21, "PLACE", "Aleppo"),
    ]
    actors = group_mentions(mentions, resolve=resolve)
    assert [(a.name, len(a.mentions), a.place is not None) for a in actors] == [
        ("United States", 2, True),
        ("Aleppo", 1, False),
    ]


def test_persons_orgs_places_found_grouped_and_framed() -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov announced a ceasefire in Aleppo, according to TASS. "
        "Critics called Lavrov a liar."
    )
    article = Part(text, kind="article", id="article")
    sentences = [Span(0, 89, "sentence"), Span(90, len(text), "sentence")]
    article.spans.set("sentences", sentences)
    article.spans.set("sources", [Span(71, 88, "named")])
    shown = display_threshold("techniques", "article") or 0.0
    article.spans.set(
        "techniques",
        [
            Span(90, len(text) - 1, "Name_Calling,Labeling", min(1.0, shown + 0.01)),
            Span(90, 97, "Doubt", max(0.0, shown - 0.2)) if shown >= 0.2 else Span(90, 97, "Doubt", 0.0),
        ],
    )
    comment_text = "Lavrov must stop doing stupid deals."
    comment = Part(comment_text, kind="comment", id="c1", author="anon")
    comment.scores["toxicity"] = {
        "toxicity": 0.97,
        "insult": max(0.99, toxic_threshold("insult")),
        "threat": 0.0,
    }
    comment.spans.set("toxicity", [Span(23, 29, "insult", 0.9)])
    doc = Document(article=article, comments=[comment])
    figure = _figure(
        doc,
        {
            "article": _entities(
                text, ("Sergey Lavrov", "PERSON"), ("Aleppo", "PLACE"), ("TASS", "ORG"), ("Lavrov", "PERSON")
            ),
            "c1": _entities(comment_text, ("Lavrov", "PERSON")),
        },
    )
    actors = {a["name"]: a for a in figure["actors"]}
    lavrov = actors["Sergey Lavrov"]
    assert lavrov["kind"] == "person"
    assert lavrov["mentions"] == {"article": 2, "comments": 1}
    assert lavrov["comments"] == 1 and lavrov["parts"] == ["article", "c1"]
    framing = lavrov["framing"]
    assert framing["sources"] == {"named": 1}
    # Only the technique span at or above the display threshold counts (when there is one).
    expected = (
        {"Name_Calling,Labeling": 1}
        if display_threshold("techniques", "article")
        else {
            "Name_Calling,Labeling": 1,
            "Doubt": 1,
        }
    )
    assert framing["techniques"] == expected
    assert framing["toxic_words"] == {"insult": 1}
    assert framing["toxic_comments"] == {"insult": 1, "toxicity": 1}
    assert framing["examples"] and all(e["labels"] for e in framing["examples"])
    assert actors["Aleppo"]["kind"] == "place" and actors["TASS"]["kind"] == "org"
    assert (figure["people"], figure["orgs"], figure["places"]) == (1, 1, 1)
    # Every part read got its actors layer, each span naming its actor.
    assert [(s.label, s.attrs["actor"]) for s in comment.spans["actors"]] == [("PERSON", "Sergey Lavrov")]
    assert len(article.spans["actors"]) == 4


def test_a_sentence_naming_an_actor_twice_counts_once() -> None:
    text = "Lavrov met Lavrov's deputy, reportedly."
    article = Part(text, kind="article", id="article")
    article.spans.set("sources", [Span(28, 38, "unnamed")])
    doc = Document(article=article)
    figure = _figure(doc, {"article": _entities(text, ("Lavrov", "PERSON"), ("Lavrov", "PERSON"))})
    assert figure["actors"][0]["framing"]["sources"] == {"unnamed": 1}
    assert figure["actors"][0]["mentions"] == {"article": 2, "comments": 0}


def test_a_page_with_no_entities_answers_nothing_in_every_view() -> None:
    doc = Document(article=Part("It rained all day, and then it stopped.", kind="article", id="article"))
    doc.article.attrs["actors"] = _figure(doc, {"article": []})
    figure = doc.article.attrs["actors"]
    assert figure["actors"] == [] and figure["count"] == 0 and figure["mapped"] == 0
    assert figure["note"] == "no people, organisations or places named in what was read"
    assert actor_facts(doc) == [("Actors", figure["note"])]
    assert figure["note"] in render_summary(doc, color=False)
    jsonschema.validate(to_dict(doc), document_schema())


def test_the_figure_validates_against_the_schema() -> None:
    text = "Barack Obama spoke in Washington."
    doc = Document(article=Part(text, kind="article", id="article"))
    doc.article.attrs["actors"] = _figure(
        doc, {"article": _entities(text, ("Barack Obama", "PERSON"), ("Washington", "PLACE"))}
    )
    out = to_dict(doc)
    jsonschema.validate(out, document_schema())
    assert [a["name"] for a in out["article"]["attributes"]["actors"]["actors"]] == [
        "Barack Obama",
        "Washington",
    ]
    assert out["article"]["spans"]["actors"][0]["attrs"] == {"actor": "Barack Obama"}


def test_a_title_case_headline_keeps_only_places_and_names_the_page_repeats() -> None:
    title_text = "Govt Forces Renew Military Operation In Aleppo As Lavrov Meets Kerry"
    text = "Sergey Lavrov spoke."
    doc = Document(
        title=Part(title_text, kind="title", id="title"), article=Part(text, kind="article", id="article")
    )
    figure = _figure(
        doc,
        {
            "title": _entities(
                title_text,
                ("Govt Forces Renew Military Operation", "ORG"),
                ("Aleppo", "PLACE"),
                ("Lavrov", "PERSON"),
                ("Kerry", "PERSON"),
            ),
            "article": _entities(text, ("Sergey Lavrov", "PERSON")),
        },
    )
    assert {a["name"]: a["mentions"]["article"] for a in figure["actors"]} == {
        "Sergey Lavrov": 2,
        "Aleppo": 1,
    }


def test_a_page_with_people_and_no_places_draws_no_map() -> None:
    text = "Sergey Lavrov and John Kerry spoke for an hour."
    doc = Document(article=Part(text, kind="article", id="article"))
    doc.article.attrs["actors"] = find_actors(
        doc,
        {"article": _entities(text, ("Sergey Lavrov", "PERSON"), ("John Kerry", "PERSON"))},
        read=_READ,
        places=True,
    )
    figure = doc.article.attrs["actors"]
    assert (figure["people"], figure["places"], figure["mapped"]) == (2, 0, 0)
    html = render_html(doc)
    assert "Who and where" in html and "<svg" not in html
    assert "(0 on the map)" not in render_summary(doc, color=False, width=300)


def test_places_the_gazetteer_holds_get_coordinates_and_others_none() -> None:
    text = "Talks in Aleppo and in Xyzzyville ended."
    doc = Document(article=Part(text, kind="article", id="article"))
    figure = find_actors(
        doc,
        {"article": _entities(text, ("Aleppo", "PLACE"), ("Xyzzyville", "PLACE"))},
        read=_READ,
        places=True,
    )
    places = {a["name"]: a["place"] for a in figure["actors"]}
    assert places["Aleppo"]["country_code"] == "SY" and places["Xyzzyville"] is None
    assert figure["mapped"] == 1
    spans = {doc.article.span_text(s): dict(s.attrs) for s in doc.article.spans["actors"]}
    assert "latitude" in spans["Aleppo"] and "latitude" not in spans["Xyzzyville"]
