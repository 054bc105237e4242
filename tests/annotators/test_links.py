"""Links, outlets and source attributions."""

from __future__ import annotations

import statistics
import time

import pytest

from slant import Document, Part
from slant.annotators._links import _MAX_OUTLET_LABELS, LinkAnnotator, domain_of, outlet_table


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


def test_a_qualifier_run_before_sources_still_starts_the_match() -> None:
    part = _annotate("Yet some local  reliable sources said so, and some some sources claim more.")
    assert _sources(part) == [
        ("unnamed", "some local  reliable sources said"),
        ("unnamed", "some some sources claim"),
    ]


def test_a_later_capital_of_a_word_and_a_final_initial_still_name_speakers() -> None:
    part = _annotate("The MacDonald said yes. Then McA. Smith said no. al-Assad told them.")
    names = [s.attrs["name"] for s in part.spans["sources"]]
    assert names == ["MacDonald", "A. Smith", "Assad"]


def _seconds(text: str) -> float:
    doc = Document(article=Part(text, kind="article", id="article"))
    start = time.process_time()
    LinkAnnotator()(doc)
    return time.process_time() - start


def _repeat(unit: str, size: int) -> str:
    return "Text. " + unit * (size // len(unit))


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("unit", "before"),
    [
        ("some ", "37 s"),  # qualifiers never followed by "sources": each rescanned the rest of the run
        ("Aa-", "33 s"),  # capitals inside one long word: each started a speaker's name
        ("A", "107 s"),
        ("www.", "3.8 s"),  # one link of 25,000 labels: every suffix joined to look up the outlet
    ],
)
def test_links_and_sources_are_linear_on_hostile_runs(unit: str, before: str) -> None:
    # Before -> after on 100,000 characters: 37 s -> 0.02 s, 33 s -> 0.02 s, 107 s -> 0.01 s, 3.8 s -> 0.01 s.
    assert _seconds(_repeat(unit, 100_000)) < 3, f"took about {before} before the fix"


@pytest.mark.issue(12)
@pytest.mark.parametrize("unit", ["RT RT http://rt.com ", "reportedly Bob said "])
def test_many_outlets_links_and_sources_cost_linear_time(unit: str) -> None:
    # Before: every outlet name looked through every link, and every candidate through every source
    # found (100,000 characters: 7.6 s and 0.63 s; 25,000 -> 100,000 characters took 16x as long).
    # After: 0.09 s and 0.04 s, 4x as long for 4x the text.
    def seconds(size: int) -> float:
        return statistics.median(_seconds(_repeat(unit, size)) for _ in range(3))

    small, large = seconds(25_000), seconds(100_000)
    assert large < 10 * max(small, 0.01)


def test_no_known_outlet_has_more_labels_than_are_looked_up() -> None:
    assert max(domain.count(".") + 1 for domain in outlet_table()["by_domain"]) < _MAX_OUTLET_LABELS
