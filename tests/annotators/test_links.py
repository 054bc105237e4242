"""Links, outlets and source attributions."""

from __future__ import annotations

from slant import Document, Part
from slant.annotators._links import LinkAnnotator, domain_of


def _annotate(text: str) -> Part:
    doc = Document(article=Part(text, kind="article", id="article"))
    LinkAnnotator()(doc)
    return doc.article


def _sources(part: Part) -> list[tuple[str, str]]:
    return [(s.label, part.span_text(s)) for s in part.spans["sources"]]


def test_link_and_outlet_cited() -> None:
    part = _annotate("From TASS http://tass.com/defense/918123 the battle is over.")
    assert [(s.label, s.attrs["domain"]) for s in part.spans["links"]] == [("url", "tass.com")]
    assert _sources(part) == [("outlet", "From TASS http://tass.com/defense/918123")]
    assert part.spans["sources"][0].attrs == {"name": "TASS", "domain": "tass.com"}
    assert part.attrs["outlets"] == ["tass.com"]


def test_unnamed_sources() -> None:
    part = _annotate(
        "Forces are storming the area, according to local sources. Pro-government sources claim victory. "
        "It is reported that the city fell. The army reportedly advanced."
    )
    unnamed = [text for label, text in _sources(part) if label == "unnamed"]
    assert unnamed == [
        "according to local sources",
        "Pro-government sources claim",
        "It is reported",
        "reportedly",
    ]


def test_named_sources() -> None:
    part = _annotate(
        "Some 8,461 civilians left, according to the Russian Defense Ministry. BUT all left. "
        "Russian Foreign Minister Sergey Lavrov announced a ceasefire."
    )
    named = [
        (text, s.attrs["name"])
        for s in part.spans["sources"]
        if s.label == "named"
        for text in [part.span_text(s)]
    ]
    assert named == [
        ("according to the Russian Defense Ministry", "Russian Defense Ministry"),
        ("Russian Foreign Minister Sergey Lavrov announced", "Russian Foreign Minister Sergey Lavrov"),
    ]


def test_outlet_names_are_case_sensitive() -> None:
    assert _sources(_annotate("Time is needed to rest, and the sun rose.")) == []


def test_domain_of() -> None:
    assert domain_of("http://www.tass.com/x") == "tass.com"
    assert domain_of("www.bbc.co.uk/news") == "bbc.co.uk"
    assert domain_of("http://[::1") == ""


def test_a_bare_link_to_an_outlet_cites_it_and_cues_join_the_name() -> None:
    part = _annotate(
        "See https://www.reuters.com/world/x for more, via the BBC. Other: https://example.org/a"
    )
    assert _sources(part) == [("outlet", "https://www.reuters.com/world/x"), ("outlet", "via the BBC")]
    assert part.spans["sources"][0].attrs == {"name": "Reuters", "domain": "reuters.com"}
    assert part.attrs["outlets"] == ["bbc.co.uk", "reuters.com"]
    assert [s.attrs["domain"] for s in part.spans["links"]] == ["reuters.com", "example.org"]


def test_a_link_before_an_outlet_name_is_not_joined_to_it() -> None:
    part = _annotate("Read http://tass.com/a first. Later TASS said it again.")
    spans = [(label, text) for label, text in _sources(part) if label == "outlet"]
    assert spans == [("outlet", "http://tass.com/a"), ("outlet", "TASS")]


def test_a_speaker_never_runs_over_a_sentence_or_line_end() -> None:
    part = _annotate("He briefed the Central Intelligence Agency.\nTrump tweeted. George W. Bush said so.")
    named = [(text, s.attrs["name"]) for s in part.spans["sources"] for text in [part.span_text(s)]]
    assert named == [("Trump tweeted", "Trump"), ("George W. Bush said", "George W. Bush")]
