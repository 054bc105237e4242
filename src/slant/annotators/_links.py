"""Links, the outlets they cite, and who a claim rests on.

``spans.links``: every URL (``url`` label, attrs ``url`` and ``domain``).
``spans.sources``: the source phrases claims rest on:
- ``outlet``: a named news outlet ("From TASS http://tass.com/...", "Reuters reported");
- ``named``: an attribution to a named body or person ("according to the Russian Defense Ministry",
  "Russian Foreign Minister Sergey Lavrov announced");
- ``unnamed``: an attribution to nobody in particular ("according to local sources", "sources claim",
  "reportedly", "experts say") — the hallmark of an unverifiable claim.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any, ClassVar
from urllib.parse import urlsplit

from slant._document import Document, Part, Span
from slant._pipeline import PartAnnotator

__all__ = ["LinkAnnotator", "domain_of", "outlet_table"]

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]’']", re.IGNORECASE)
_UNNAMED_HEAD = (
    r"(?:local|unnamed|anonymous|informed|reliable|some|many|several|other|military|diplomatic|security|"
    r"intelligence|government|pro-government|opposition|official|western|russian|syrian|our|independent|"
    r"well-informed|knowledgeable|credible)"
)
_SOURCES_VERB = r"sources\s+(?:claim|claimed|say|said|says|report|reported|suggest|believe|told)"
_UNNAMED_OTHER = (
    rf"according to (?:(?:the|some|several|many)\s+)?(?:{_UNNAMED_HEAD}\s+)*(?:sources|reports|observers|"
    rf"experts|analysts|officials|witnesses|residents|activists|insiders|media)"
    rf"|(?:experts|analysts|observers|officials|insiders|critics|many|some)\s+(?:say|said|believe|claim|claimed|argue|suggest)"
    rf"|(?:it is|it was|it has been)\s+(?:reported|claimed|said|believed|alleged|rumou?red)"
    rf"|reportedly|allegedly|rumou?rs? (?:say|has it)|reports (?:started|began) to appear|there are reports"
    rf"|the expert community"
)
# Every branch but "local sources say", which _unnamed_sources finds from its "sources say" backwards:
# tried from each word of a run of qualifiers ("some some some ..."), it rescanned the whole run from
# every word (quadratic: 100,000 characters of them took about 35 s).
_UNNAMED_BUT_SOURCES = re.compile(rf"\b(?:{_UNNAMED_OTHER})\b", re.IGNORECASE)
_BARE_SOURCES = re.compile(rf"\b{_SOURCES_VERB}\b", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(rf"(?<!\w){_UNNAMED_HEAD}\Z", re.IGNORECASE)
_LONGEST_QUALIFIER = max(len(word) for word in _UNNAMED_HEAD.strip("(?:)").split("|"))
# "according to X" where X is a named body: capitalised words (with of/the/for/and inside).
_NAMED_ACCORDING = re.compile(
    r"\baccording to\s+((?:the\s+)?(?:[A-Z][\w’'-]*)(?:\s+(?:(?:of|the|for|and|on|de|al)\b|[A-Z][\w’'-]*))*)"
)
_SPEECH = r"(?:said|says|announced|told|stated|declared|claimed|added|warned|reported|wrote|tweeted|confirmed|denied)"
# "Russian Foreign Minister Sergey Lavrov announced", "Obama said", "the Pentagon said".
# A capitalised word of a name, or an initial ("George W. Bush"); a word ending a sentence ("Agency.")
# is not part of the next sentence's speaker, and a speaker's name never runs over a line break.
_NAME_WORD = r"(?:[A-Z]\.|[A-Z][\w’'-]+)"
_NAMED_SPEAKER = re.compile(
    rf"((?:{_NAME_WORD}[ \t]+){{0,6}}{_NAME_WORD})[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+)?{_SPEECH}\b"
)
# A run of the characters a name word is made of; a name can start at any capital inside one.
_NAME_CHAR = re.compile(r"[\w’'-]")
_NAME_RUN = re.compile(r"[\w’'-]*")
_FIRST_CAPITAL_OF_RUN = re.compile(r"(?<![\w’'-])[\w’'-]*?[A-Z]")
_FIRST_CAPITAL_HERE = re.compile(r"[\w’'-]*?[A-Z]")
_NOT_A_SPEAKER = frozenset(
    "It This That He She They We I You There The A An But And So Then Yesterday Today As When While "
    "Because If After Before Since Meanwhile Also Later Earlier Last Now Here".split()
)


def domain_of(url: str) -> str:
    """The host of ``url`` without ``www.`` ("http://www.tass.com/x" -> "tass.com")."""
    try:
        host = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
    except ValueError:  # "http://[broken": page text, not a URL the parser accepts
        return ""
    return host.removeprefix("www.").lower()


@lru_cache(maxsize=1)
def outlet_table() -> dict[str, Any]:
    """Outlets slant knows by name: ``{"by_name": {lower name: (name, domain)}, "by_domain": {...}}``."""
    raw = json.loads(resources.files("slant").joinpath("data", "outlets.json").read_text(encoding="utf-8"))
    by_name: dict[str, tuple[str, str]] = {}
    by_domain: dict[str, str] = {}
    for entry in raw["outlets"]:
        by_domain[entry["domain"]] = entry["name"]
        for alias in [entry["name"], *entry.get("aliases", [])]:
            by_name[alias] = (entry["name"], entry["domain"])
    names = sorted(by_name, key=len, reverse=True)
    # Case-sensitive: outlet names are proper nouns, and "ap" or "sun" in lower case are ordinary words.
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    return {"by_name": by_name, "by_domain": by_domain, "pattern": pattern}


#: More labels than any known outlet's domain has (they have at most 3, "news.bbc.co").
_MAX_OUTLET_LABELS = 8


def _outlet_domain(domain: str, by_domain: dict[str, str]) -> str | None:
    # Only the last labels can name a known outlet: joining every suffix of "a.a.a. ... .a" (a link
    # of 50,000 labels) was quadratic.
    parts = domain.rsplit(".", _MAX_OUTLET_LABELS)
    for i in range(len(parts) - 1):
        candidate = ".".join(parts[i:])
        if candidate in by_domain:
            return candidate
    return None


class LinkAnnotator(PartAnnotator):
    """Links (``spans.links``), cited sources (``spans.sources``) and ``attrs.outlets`` (domains cited)."""

    name = "links"
    assigns: ClassVar[tuple[str, ...]] = ("spans.links", "spans.sources", "attrs.outlets")

    def annotate_part(self, part: Part, doc: Document) -> None:
        """Find links and source attributions in ``part``."""
        text = part.text
        table = outlet_table()
        links, sources = [], []
        outlets: list[str] = []
        for match in _URL.finditer(text):
            url = match.group(0)
            domain = domain_of(url)
            links.append(
                Span(match.start(), match.end(), "url", 1.0, self.name, {"url": url, "domain": domain})
            )
            known = _outlet_domain(domain, table["by_domain"])
            if known is not None:
                outlets.append(known)
        link_ranges = _Ranges((s.start, s.end) for s in links)
        link_starts = [link.start for link in links]
        cited_links: set[int] = set()
        for match in table["pattern"].finditer(text):
            if link_ranges.contains(match.start()):
                continue
            name, domain = table["by_name"][match.group(0)]
            start, end = match.span()
            # "From TASS http://tass.com/...": the phrase runs from the cue over the outlet's own link.
            cue = _CITE_CUE.search(text, max(0, start - 30), start)
            if cue is not None:
                start = cue.start()
            # Links are in text order: only those starting within 3 characters of the name can join it.
            for index in range(bisect_left(link_starts, end), bisect_right(link_starts, end + 3)):
                link = links[index]
                if not text[end : link.start].strip(" :-–(") and _same_outlet(link, domain, table):
                    end = link.end
                    cited_links.add(index)
                    break
            sources.append(Span(start, end, "outlet", 0.9, self.name, {"name": name, "domain": domain}))
            outlets.append(domain)
        for index, link in enumerate(links):
            known = _outlet_domain(str(link.attrs["domain"]), table["by_domain"])
            if known is not None and index not in cited_links:
                attrs = {"name": table["by_domain"][known], "domain": known}
                sources.append(Span(link.start, link.end, "outlet", 0.9, self.name, attrs))
        for start, end in _unnamed_sources(text):
            sources.append(Span(start, end, "unnamed", 0.8, self.name))
        taken = _Ranges((s.start, s.end) for s in sources)
        for match in _NAMED_ACCORDING.finditer(text):
            if not taken.overlaps(match.start(), match.end()):
                who = match.group(1).removeprefix("the ").strip()
                sources.append(Span(match.start(), match.end(), "named", 0.9, self.name, {"name": who}))
        taken = _Ranges((s.start, s.end) for s in sources)
        for match in _named_speakers(text):
            speaker = match.group(1)
            words = speaker.split()
            while words and words[0] in _NOT_A_SPEAKER:
                words.pop(0)
            if not words:
                continue
            start = match.start(1) + len(speaker) - len(" ".join(words))
            if not taken.overlaps(start, match.end()):
                sources.append(Span(start, match.end(), "named", 0.7, self.name, {"name": " ".join(words)}))
        part.spans.set("links", links)
        part.spans.set("sources", sources)
        part.attrs["outlets"] = sorted(set(outlets))


# Words that introduce a cited outlet right before its name ("From TASS", "via Reuters", "Source: RT").
_CITE_CUE = re.compile(
    r"(?:\b(?:[Ff]rom|[Vv]ia|[Ss]ource:|[Aa]ccording to|[Ss]ays|[Rr]eports?)\s+(?:the\s+)?)\Z"
)


def _same_outlet(link: Span, domain: str, table: dict[str, Any]) -> bool:
    return _outlet_domain(str(link.attrs["domain"]), table["by_domain"]) == domain


class _Ranges:
    """Fixed (start, end) ranges, asked about in logarithmic time: a page citing thousands of sources
    made the linear look-up per candidate quadratic."""

    def __init__(self, ranges: Iterator[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [start for start, _ in ordered]
        self._furthest_end: list[int] = []  # the largest end among the ranges up to each index
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._furthest_end.append(furthest)

    def _furthest_end_of_ranges_starting_before(self, count: int) -> int:
        return self._furthest_end[count - 1] if count else -1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some range has ``range_start < end`` and ``start < range_end``."""
        return self._furthest_end_of_ranges_starting_before(bisect_left(self._starts, end)) > start

    def contains(self, position: int) -> bool:
        """Whether some range has ``range_start <= position < range_end``."""
        return self._furthest_end_of_ranges_starting_before(bisect_right(self._starts, position)) > position


def _unnamed_sources(text: str) -> Iterator[tuple[int, int]]:
    """The spans ``finditer`` of all the unnamed-source branches in one pattern would give, in linear time.

    At one position the branches are tried in order; "(qualifiers) sources say" is the second, after
    "according to ...", which never starts where it does. Its matches are found from their
    "sources say" and widened back over the qualifiers before it: a later qualifier of a run never
    starts a match, since the run's first one would have.
    """
    position = 0
    other = _UNNAMED_BUT_SOURCES.search(text)
    sources = _BARE_SOURCES.search(text)
    widened = -1
    while other is not None or sources is not None:
        if sources is not None and widened < position:
            widened = _widen_over_qualifiers(text, sources.start(), position)
        if sources is not None and (other is None or widened <= other.start()):
            yield widened, sources.end()
            position = sources.end()
        elif other is not None:
            yield other.span()
            position = other.end()
        # A match of one kind may have passed over the next of the other kind: look again from here.
        if other is not None and other.start() < position:
            other = _UNNAMED_BUT_SOURCES.search(text, position)
        if sources is not None and sources.start() < position:
            sources = _BARE_SOURCES.search(text, position)
            widened = -1


def _named_speakers(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_NAMED_SPEAKER.finditer(text)`` gives, in linear time.

    A name word runs to the end of its run of name characters, so a match from a later capital of
    a run ("AaAaAa ...") implies one from the run's first capital, which ``finditer`` tries first: only
    that one is tried, and the run's last capital when an initial's full stop follows it ("McA.").
    Trying every capital rescanned the run from each (quadratic: 35,000 letters took 9 s).
    """
    position = 0
    while True:
        found = None
        if (
            0 < position < len(text)
            and _NAME_CHAR.match(text, position - 1)
            and _NAME_CHAR.match(text, position)
        ):
            # The last match ended inside a run ("said-Ann"): the rest of that run is a run of its own.
            found = _FIRST_CAPITAL_HERE.match(text, position)
            if found is None:
                position = _end_of_run(text, position)
        if found is None:
            found = _FIRST_CAPITAL_OF_RUN.search(text, position)
        if found is None:
            return
        first = found.end() - 1
        run_end = _end_of_run(text, first)
        match = _NAMED_SPEAKER.match(text, first)
        last = run_end - 1
        if match is None and last > first and "A" <= text[last] <= "Z" and text.startswith(".", run_end):
            match = _NAMED_SPEAKER.match(text, last)
        if match is None:
            position = run_end
            continue
        yield match
        position = match.end()


def _end_of_run(text: str, position: int) -> int:
    run = _NAME_RUN.match(text, position)
    return run.end() if run is not None else position


def _widen_over_qualifiers(text: str, start: int, floor: int) -> int:
    """The first position at or after ``floor`` from which only qualifiers and spaces lead to ``start``."""
    while True:
        before = start
        while before > floor and text[before - 1].isspace():
            before -= 1
        if before == start:
            return start
        qualifier = _QUALIFIER_BEFORE.search(text, max(floor, before - _LONGEST_QUALIFIER), before)
        if qualifier is None:
            return start
        start = qualifier.start()
