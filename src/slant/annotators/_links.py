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
_UNNAMED = re.compile(
    rf"\b(?:according to (?:(?:the|some|several|many)\s+)?(?:{_UNNAMED_HEAD}\s+)*(?:sources|reports|observers|"
    rf"experts|analysts|officials|witnesses|residents|activists|insiders|media)"
    rf"|(?:{_UNNAMED_HEAD}\s+)*sources\s+(?:claim|claimed|say|said|says|report|reported|suggest|believe|told)"
    rf"|(?:experts|analysts|observers|officials|insiders|critics|many|some)\s+(?:say|said|believe|claim|claimed|argue|suggest)"
    rf"|(?:it is|it was|it has been)\s+(?:reported|claimed|said|believed|alleged|rumou?red)"
    rf"|reportedly|allegedly|rumou?rs? (?:say|has it)|reports (?:started|began) to appear|there are reports"
    rf"|the expert community)\b",
    re.IGNORECASE,
)
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


def _outlet_domain(domain: str, by_domain: dict[str, str]) -> str | None:
    parts = domain.split(".")
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
        link_ranges = [(s.start, s.end) for s in links]
        cited_links: set[int] = set()
        for match in table["pattern"].finditer(text):
            if any(a <= match.start() < b for a, b in link_ranges):
                continue
            name, domain = table["by_name"][match.group(0)]
            start, end = match.span()
            # "From TASS http://tass.com/...": the phrase runs from the cue over the outlet's own link.
            cue = _CITE_CUE.search(text, max(0, start - 30), start)
            if cue is not None:
                start = cue.start()
            for index, link in enumerate(links):
                between = text[end : link.start]
                if (
                    link.start >= end
                    and len(between) <= 3
                    and not between.strip(" :-–(")
                    and _same_outlet(link, domain, table)
                ):
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
        for match in _UNNAMED.finditer(text):
            sources.append(Span(match.start(), match.end(), "unnamed", 0.8, self.name))
        taken = [(s.start, s.end) for s in sources]
        for match in _NAMED_ACCORDING.finditer(text):
            if not _overlaps(match.start(), match.end(), taken):
                who = match.group(1).removeprefix("the ").strip()
                sources.append(Span(match.start(), match.end(), "named", 0.9, self.name, {"name": who}))
        taken = [(s.start, s.end) for s in sources]
        for match in _NAMED_SPEAKER.finditer(text):
            speaker = match.group(1)
            words = speaker.split()
            while words and words[0] in _NOT_A_SPEAKER:
                words.pop(0)
            if not words:
                continue
            start = match.start(1) + len(speaker) - len(" ".join(words))
            if not _overlaps(start, match.end(), taken):
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


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in ranges)
