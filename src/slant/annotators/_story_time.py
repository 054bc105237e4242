"""The page's date against the story's own time (issue 19, part 2): old stories under new dates.

Recycled old news under a new date is a staple of disinformation. This annotator gathers, and never
invents, the evidence for both times:

- **the page's date**: the reader's metadata (``published``), a date in the URL (``/2023/06/14/``),
  or a page-chrome line the reader set aside (``"JUNE 2023"``), in that order of trust;
- **the story's time**: the explicit dates the title and article give ("13 December 2016", "December
  2016"), relative expressions ("last night", "yesterday"), anchored to the page's date only when that
  date is known to the day, and the comments' times (a story is older than its first comment);
- **people described in office** ("president of the United States Barack Obama"): checked against
  slant's own office-holders table (:mod:`slant.annotators._offices`); a person described as sitting
  bounds the story to their term(s) in that office. A name the table does not hold, or holds in
  another office only, is listed unchecked, with the reason.

The result (``article.attrs["story_time"]``) is a window for the story's time with its evidence, and a
flag when the page's date lies outside it: after the story's first comment or after the term of a
person described as sitting in office, before such a term, or more than :data:`STALE_DAYS` after the
latest date the story gives. With no evidence, the window is None and the
summary says so. Spans in the article's (and title's) ``dates`` layer mark every piece of evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, ClassVar

from slant._document import Document, Part, Span
from slant._pipeline import BaseAnnotator
from slant.annotators._offices import NOT_SITTING, held_name, office_pattern
from slant.readers._dates import find_date, to_iso

__all__ = ["STALE_DAYS", "StoryTimeAnnotator", "page_date", "story_time"]

#: A page dated this many days after the latest date its story gives is flagged: news is rarely
#: published a year after the last event it dates (and a flag is a prompt to check, not a verdict).
STALE_DAYS = 365

_MONTH_NAMES = "january february march april may june july august september october november december".split()
_MONTH_YEAR = re.compile(
    r"\b(?P<month>" + "|".join(_MONTH_NAMES) + r")\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]\d)(?:[/-](?P<day>[0-3]\d))?(?=[/-]|$)")
#: Relative expressions, with their offset in days from the day of writing (None: within that day).
_RELATIVE: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:last night|yesterday)\b", re.IGNORECASE), -1),
    (
        re.compile(
            r"\b(?:today|tonight|this (?:morning|afternoon|evening)|(?:a )?few hours ago|hours ago)\b",
            re.IGNORECASE,
        ),
        0,
    ),
    (re.compile(r"\btomorrow\b", re.IGNORECASE), 1),
    (re.compile(r"\b(?:last week|days ago)\b", re.IGNORECASE), -7),
)


def _month_value(year: str, month: str) -> str:
    return f"{int(year):04d}-{int(month):02d}"


def page_date(doc: Document) -> dict[str, Any] | None:
    """The page's own date and where it came from, or None when the page gives none.

    Returns:
        ``{"value": "2023-06" or "2023-06-14", "source": "metadata" | "url" | "chrome", "text": ...}``.
    """
    published = to_iso(doc.published) if doc.published else None
    if published:
        return {"value": published[:10], "source": "metadata", "text": doc.published}
    if doc.url:
        match = _URL_DATE.search(doc.url)
        if match and 1 <= int(match["month"]) <= 12:
            value = _month_value(match["year"], match["month"])
            if match["day"]:
                value += f"-{int(match['day']):02d}"
            return {"value": value, "source": "url", "text": match.group()}
    for line in doc.meta.get("chrome", ()) if isinstance(doc.meta.get("chrome"), list) else ():
        text = str(line).strip()
        found = find_date(text)
        if found is not None and found[2] - found[1] >= len(text) - 2:
            return {"value": found[0][:10], "source": "chrome", "text": text}
        match = _MONTH_YEAR.fullmatch(text)
        if match:
            month = _MONTH_NAMES.index(match["month"].lower()) + 1
            return {"value": _month_value(match["year"], str(month)), "source": "chrome", "text": text}
    return None


def _dates_in(text: str) -> list[tuple[int, int, str]]:
    """Every explicit date in ``text``: ``(start, end, "2016-12-13" or "2016-12")``, in order."""
    found: list[tuple[int, int, str]] = []
    position = 0
    while position < len(text):
        hit = find_date(text[position:])
        if hit is None:
            break
        value, start, end = hit
        found.append((position + start, position + end, value[:10]))
        position += end
    taken = [(s, e) for s, e, _ in found]
    for match in _MONTH_YEAR.finditer(text):
        if not any(s <= match.start() < e for s, e in taken):
            month = _MONTH_NAMES.index(match["month"].lower()) + 1
            found.append((match.start(), match.end(), _month_value(match["year"], str(month))))
    return sorted(found)


def _as_date(value: str, *, end: bool = False) -> date:
    """The first (or with ``end``, the last) day a ``YYYY-MM[-DD]`` value covers."""
    parts = [int(p) for p in value[:10].split("-")]
    if len(parts) == 3:
        return date(*parts)
    first = date(parts[0], parts[1], 1)
    if not end:
        return first
    following = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
    return following - timedelta(days=1)


def _spans(part: Part, anchor: date | None, source: str) -> tuple[list[Span], list[dict[str, Any]]]:
    spans: list[Span] = []
    evidence: list[dict[str, Any]] = []
    for start, end, value in _dates_in(part.text):
        spans.append(Span(start, end, "date", 1.0, source, {"value": value}))
        evidence.append({"kind": "date", "text": part.text[start:end], "value": value})
    for pattern, offset in _RELATIVE:
        for match in pattern.finditer(part.text):
            anchored = (anchor + timedelta(days=offset)).isoformat() if anchor is not None else None
            spans.append(Span(match.start(), match.end(), "relative", 1.0, source, {"anchored": anchored}))
            evidence.append({"kind": "relative", "text": match.group(), "value": anchored})
    for match in office_pattern().finditer(part.text):
        title = " ".join(match["office"].lower().replace("-", " ").split())
        country = (
            re.sub(r"^of (?:the )?", "", match["of"].strip(), flags=re.IGNORECASE) if match["of"] else None
        )
        qualifier = (match["qualifier"] or "").strip(" -").lower() or None
        held = held_name(title, country or match["country"], match["person"])
        if held is None:
            continue
        person, check = held
        end = match.start("person") + len(person)
        words = [match["country"] or "", match["office"], match["of"] or ""]
        attrs: dict[str, Any] = {
            "office": " ".join(" ".join(words).lower().split()),
            "person": person,
            "qualifier": qualifier,
            "checked": bool(check.terms),
            "terms": [dict(term) for term in check.terms],
            "unchecked_because": check.reason,
        }
        spans.append(Span(match.start(), end, "office", 1.0, source, attrs))
        evidence.append({"kind": "office", "text": " ".join(part.text[match.start() : end].split()), **attrs})
    return spans, evidence


def _comment_times(comments: Iterable[Part]) -> list[str]:
    times = []
    for comment in comments:
        value = to_iso(comment.published) if comment.published else None
        if value:
            times.append(value[:10])
    return sorted(times)


def _office_bounds(offices: list[dict[str, Any]]) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """The story's bounds from people described as sitting in an office the table checked.

    Returns ``(not_before, not_after)``, each ``(date, why)`` or None. A person with several terms in
    the office bounds the story by the first start and the last end (never narrower than the table).
    """
    not_before: tuple[str, str] | None = None
    not_after: tuple[str, str] | None = None
    for office in offices:
        if not office["terms"] or office["qualifier"] in NOT_SITTING or office["office"].endswith("elect"):
            continue
        why = f"{office['person']} described as sitting {office['terms'][0]['office'].split(' (')[0]}"
        start = min((t["start"] for t in office["terms"]), key=_as_date)
        ends = [t["end"] for t in office["terms"]]
        if not_before is None or _as_date(start) > _as_date(not_before[0]):
            not_before = (start, why)
        if None not in ends:
            end = max(ends, key=lambda v: _as_date(v, end=True))
            if not_after is None or _as_date(end, end=True) < _as_date(not_after[0], end=True):
                not_after = (end, why)
    return not_before, not_after


def _office_note(offices: list[dict[str, Any]]) -> str | None:
    unchecked = [o for o in offices if not o["terms"]]
    if not unchecked:
        return None
    people = ", ".join(f"{o['person']} ({o['unchecked_because']})" for o in unchecked[:3])
    more = f" and {len(unchecked) - 3} more" if len(unchecked) > 3 else ""
    return f"people described in office listed, unchecked: {people}{more}"


def story_time(doc: Document, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    """The story-time result from the evidence found in the title and article (see the module's doc)."""
    page = page_date(doc)
    comment_times = _comment_times(doc.comments)
    dated = [e["value"] for e in evidence if e["kind"] == "date"]
    latest_date = max(dated, key=lambda v: _as_date(v, end=True)) if dated else None
    first_comment = comment_times[0] if comment_times else None
    offices = [e for e in evidence if e["kind"] == "office"]
    office_start, office_end = _office_bounds(offices)
    # Each bound with what set it: the tighter of the date (or comment) and the office.
    lower = [(latest_date, "the latest date it gives")] if latest_date else []
    if office_start is not None:
        lower.append(office_start)
    upper = [(first_comment, "its first comment")] if first_comment else []
    if office_end is not None:
        upper.append(office_end)
    not_before = max(lower, key=lambda b: _as_date(b[0])) if lower else None
    not_after = min(upper, key=lambda b: _as_date(b[0], end=True)) if upper else None
    window = None
    if not_before or not_after:
        window = {
            "not_before": not_before[0] if not_before else None,
            "not_after": not_after[0] if not_after else None,
            "not_before_by": not_before[1] if not_before else None,
            "not_after_by": not_after[1] if not_after else None,
        }
    flag = None
    if page is not None:
        page_first, page_last = _as_date(page["value"]), _as_date(page["value"], end=True)
        if not_after is not None and page_first > _as_date(not_after[0], end=True):
            if not_after[0] == first_comment:
                flag = f"page dated {page['value']}; its first comment is from {first_comment}: the story is older than its date"
            else:
                flag = f"page dated {page['value']}; the text places the events before {not_after[0]}: {not_after[1]}"
        elif latest_date is not None and (page_first - _as_date(latest_date, end=True)).days > STALE_DAYS:
            flag = (
                f"page dated {page['value']}; the latest date the text gives is {latest_date}, "
                f"{(page_first - _as_date(latest_date, end=True)).days // 365} year(s) earlier: check that the story is current"
            )
        elif latest_date is not None and page_last < _as_date(latest_date):
            flag = f"page dated {page['value']}; the text names a later date, {latest_date}"
        elif office_start is not None and page_last < _as_date(office_start[0]):
            flag = f"page dated {page['value']}; the text places the events after {office_start[0]}: {office_start[1]}"
    notes = []
    if window is None:
        notes.append(
            "no explicit date, no comment times and no checked office: the story's time is not known"
        )
    office_note = _office_note(offices)
    if office_note:
        notes.append(office_note)
    return {
        "page_date": page,
        "window": window,
        "comment_times": len(comment_times),
        "evidence": evidence,
        "flag": flag,
        "note": "; ".join(notes) or None,
    }


class StoryTimeAnnotator(BaseAnnotator):
    """Finds the page's date and the story's time evidence (``spans.dates`` of the title and article)
    and sums them up with a window and a flag (``attrs.story_time`` of the article)."""

    name: ClassVar[str] = "story_time"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("spans.dates", "attrs.story_time")

    def __call__(self, doc: Document) -> Document:
        page = page_date(doc)
        # Relative expressions are anchored only to a page date known to the day.
        anchor = _as_date(page["value"]) if page is not None and len(page["value"]) == 10 else None
        evidence: list[dict[str, Any]] = []
        for part in (doc.title, doc.article):
            if part is None:
                continue
            spans, found = _spans(part, anchor, self.name)
            part.spans.set("dates", spans, overwrite=True)
            evidence.extend(found)
        doc.article.attrs["story_time"] = story_time(doc, evidence)
        return doc
