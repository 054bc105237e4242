"""Comment and article timestamps as they appear in HTML, to ISO 8601.

Machine-readable values come first (``<time datetime>``, microdata ``content``, JSON-LD), and those
are ISO 8601 already. Displayed forms come from the comment systems themselves: WordPress's
"June 5, 2023 at 10:14 am", Disqus's tooltip "Monday, June 5, 2023 10:14 AM". Relative forms
("3 hours ago") carry no date and give None.
"""

from __future__ import annotations

import re
from datetime import datetime

__all__ = ["to_iso"]

_FORMATS = (
    "%B %d, %Y %I:%M %p",
    "%A, %B %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M %p",
    "%d %B %Y %H:%M",
    "%d %B %Y %I:%M %p",
    "%d %b %Y %H:%M",
    "%B %d, %Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y %H:%M",
    "%d/%m/%Y %H:%M",
    "%B %d, %Y",
    "%A, %B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%d.%m.%Y",
)
_DATE_ONLY = frozenset({"%B %d, %Y", "%A, %B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%d.%m.%Y"})
_NOISE = re.compile(r"\b(?:at|posted|on|updated)\b|[|•·]", re.IGNORECASE)
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")
# Russian dates name the month in the genitive ("12 мая 2024, 10:15"); strptime knows only English.
_RUSSIAN_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ),
        start=1,
    )
}
_RUSSIAN_DATE = re.compile(
    r"^(\d{1,2})\s+("
    + "|".join(_RUSSIAN_MONTHS)
    + r")\s+(\d{4})(?:\s*г\.?)?(?:,?\s*(?:в\s*)?(\d{1,2}):(\d\d))?$",
    re.IGNORECASE,
)


def to_iso(value: str | None) -> str | None:
    """``value`` as an ISO 8601 date or date-time, or None when it is not an absolute date.

    >>> to_iso("June 5, 2023 at 10:14 am")
    '2023-06-05T10:14:00'
    >>> to_iso("2023-06-05T10:14:00Z")
    '2023-06-05T10:14:00+00:00'
    """
    if not value:
        return None
    text = value.strip()
    if not text:
        return None
    iso = _from_iso(text)
    if iso is not None:
        return iso
    russian = _RUSSIAN_DATE.match(" ".join(text.split()))
    if russian is not None:
        return _russian(russian)
    cleaned = " ".join(_ORDINAL.sub(r"\1", _NOISE.sub(" ", text)).replace(" ,", ",").split())
    cleaned = re.sub(r"(\d)\s*([ap])\.?m\.?$", r"\1 \2m", cleaned, flags=re.IGNORECASE)
    # Sites put commas in different places ("2 Nov 2023, 09:41"): try the forms without any.
    bare = " ".join(cleaned.replace(",", " ").split())
    for form in _FORMATS:
        for candidate, pattern in ((cleaned, form), (bare, form.replace(",", ""))):
            try:
                parsed = datetime.strptime(candidate, pattern)
            except ValueError:
                continue
            return parsed.date().isoformat() if form in _DATE_ONLY else parsed.isoformat()
    return None


def _from_iso(text: str) -> str | None:
    candidate = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    if re.fullmatch(r"\d{4}-\d\d-\d\d", candidate):
        try:
            return datetime.strptime(candidate, "%Y-%m-%d").date().isoformat()
        except ValueError:
            return None
    if not re.match(r"\d{4}-\d\d-\d\d[T ]\d", candidate):
        return None
    try:
        return datetime.fromisoformat(candidate).isoformat()
    except ValueError:
        return None


def _russian(match: re.Match[str]) -> str | None:
    day, month, year, hour, minute = match.groups()
    try:
        parsed = datetime(
            int(year), _RUSSIAN_MONTHS[month.lower()], int(day), int(hour or 0), int(minute or 0)
        )
    except ValueError:
        return None
    return parsed.isoformat() if hour is not None else parsed.date().isoformat()
