"""Dates and timestamps, for every reader: absolute dates to ISO 8601, relative ones recognised.

One parser (issue 13): :func:`parse_date` reads a date that fills a line of a text dump, and
:func:`to_iso` a date from HTML or JSON (an attribute, a ``<time>``, a JSON-LD value), which may
also be ISO 8601 already. Only the standard library: the text reader must stay cheap to import.
Month names are English, German, French, Russian, Spanish, Italian, Portuguese, Dutch, Polish and Turkish (and CJK "2024年3月5日"); a
month and year alone ("JUNE 2023") is never a date, because dumps carry such date widgets as page
chrome. Relative forms ("3 hours ago") carry no date and give None.
"""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = [
    "WEEKDAY_NAMES",
    "find_date",
    "is_month_year",
    "is_relative_time",
    "parse_date",
    "strip_timestamp",
    "to_iso",
]

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        (
            "january",
            "jan",
            "января",
            "январь",
            "янв",
            "januar",
            "jänner",
            "janvier",
            "janv",
            "enero",
            "ene",
            "gennaio",
            "janeiro",
            "januari",
            "stycznia",
            "ocak",
        ),
        (
            "february",
            "feb",
            "февраля",
            "февраль",
            "фев",
            "februar",
            "février",
            "fevrier",
            "févr",
            "fevr",
            "febrero",
            "febbraio",
            "fevereiro",
            "februari",
            "lutego",
            "şubat",
        ),
        (
            "march",
            "mar",
            "марта",
            "март",
            "мар",
            "märz",
            "maerz",
            "mars",
            "marzo",
            "março",
            "marco",
            "maart",
            "marca",
            "mart",
        ),
        (
            "april",
            "apr",
            "апреля",
            "апрель",
            "апр",
            "avril",
            "avr",
            "abril",
            "abr",
            "aprile",
            "kwietnia",
            "nisan",
        ),
        ("may", "мая", "май", "mai", "mayo", "maggio", "maio", "mei", "maja", "mayıs"),
        (
            "june",
            "jun",
            "июня",
            "июнь",
            "июн",
            "juni",
            "juin",
            "junio",
            "giugno",
            "junho",
            "czerwca",
            "haziran",
        ),
        (
            "july",
            "jul",
            "июля",
            "июль",
            "июл",
            "juli",
            "juillet",
            "juil",
            "julio",
            "luglio",
            "julho",
            "lipca",
            "temmuz",
        ),
        (
            "august",
            "aug",
            "августа",
            "август",
            "авг",
            "août",
            "aout",
            "agosto",
            "augustus",
            "sierpnia",
            "ağustos",
        ),
        (
            "september",
            "sep",
            "sept",
            "сентября",
            "сентябрь",
            "сен",
            "septembre",
            "septiembre",
            "setiembre",
            "settembre",
            "setembro",
            "września",
            "wrzesnia",
            "eylül",
        ),
        (
            "october",
            "oct",
            "октября",
            "октябрь",
            "окт",
            "oktober",
            "okt",
            "octobre",
            "octubre",
            "ottobre",
            "outubro",
            "października",
            "pazdziernika",
            "ekim",
        ),
        (
            "november",
            "nov",
            "ноября",
            "ноябрь",
            "ноя",
            "novembre",
            "noviembre",
            "novembro",
            "listopada",
            "kasım",
        ),
        (
            "december",
            "dec",
            "декабря",
            "декабрь",
            "дек",
            "dezember",
            "dez",
            "décembre",
            "decembre",
            "déc",
            "diciembre",
            "dic",
            "dicembre",
            "dezembro",
            "grudnia",
            "aralık",
        ),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = (
    r"(?:,?\s*(?:at|@|-|–|—|в|à|um|a\s+las|a\s+la|alle(?:\s+ore)?|às|as|om|o|kl\.|•|·|\|)?\s*(?P<hour>[0-2]?\d)(?:[:.]|\s?h\s?(?=\d))(?P<minute>[0-5]\d)(?::[0-5]\d|\s*min\b)?"
    r"\s*(?P<ampm>[ap](?:\.?m\.?)?(?![a-z]))?(?:\s*(?:utc|gmt|[ecmp][sd]?t|msk|cet|cest|bst|uhr)\b(?:\s*[+-]\d{1,2}(?::?\d\d)?)?)?)?"
)
_DATE_FORMS = (
    # 2024-12-06 at 21:18 (a WordPress theme's ISO date with a worded time; before the plain ISO
    # form, which would leave "at 21:18" beside a name)
    r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d),?\s+(?:at|@|à|um|a\s+las|alle|às|om|в)\s+"
    r"(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)\s*(?P<ampm>[ap](?:\.?m\.?)?(?![a-z]))?",
    # 2016-11-28, 2016-11-28T17:12, 2016/11/28 17:12
    r"(?P<year>(?:19|20)\d\d)[-/](?P<mnum>[01]?\d)[-/](?P<day>[0-3]?\d)(?:[T\s](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?",
    # 2016.11.28 10:21, 2016. 11. 28. (year first with dots: Chinese sites, Korean, Hungarian)
    r"(?P<year>(?:19|20)\d\d)\.\s?(?P<mnum>[01]?\d)\.\s?(?P<day>[0-3]?\d)\.?" + _TIME,
    # November 28, 2016 / Nov. 28th 2016 (+ time)
    _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _TIME,
    # 28 November 2016 / 28th Nov, 2016 / 28 ноября 2016 г. (+ time)
    _WEEKDAY
    + _DAY
    + r"\s+(?:of\s+|de\s+)?"
    + _MONTH
    + r",?\s+(?:de\s+|del\s+)?"
    + _YEAR
    + r"(?:\s*г\.?)?"
    + _TIME,
    # 28.11.2016 (day first) / 11/28/2016 (month first unless the first number is over 12)
    r"(?P<first>[0-3]?\d)(?P<sep>[./])(?P<second>[0-3]?\d)(?P=sep)" + _YEAR + _TIME,
    # 05-Mar-23 10:12:00 (forums)
    _WEEKDAY + r"(?P<day>[0-3]?\d)-" + _MONTH + r"-(?P<year2>\d\d)(?!\d)" + _TIME,
    # 05-dic-2024, 09:14 (forums, vBulletin's Spanish and others with the full year)
    _WEEKDAY + r"(?P<day>[0-3]?\d)-" + _MONTH + r"-" + _YEAR + _TIME,
    # 2024年3月5日 14:05 (Chinese, Japanese), 2024년 3월 5일 (Korean)
    r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<mnum>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]?" + _TIME,
    # 21/08/23 à 11h42, 28.08.23 (a two-digit year, 20xx)
    r"(?P<first>[0-3]?\d)(?P<sep>[./])(?P<second>[0-3]?\d)(?P=sep)(?P<year2>\d\d)(?![./\d])" + _TIME,
)
# (a letter may follow: "December 29, 20231:15 PM GMTUpdated" is how some dumps glue a date line)
_DATE_PATTERNS = tuple(re.compile(r"(?<![\w])" + form + r"(?![0-9])", re.IGNORECASE) for form in _DATE_FORMS)

_YEAR_HINT = re.compile(r"(?:19|20)\d\d|\d[./]\d\d?[./]\d\d|\d-[a-zа-я]{3,4}\.?-\d\d", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"^\s*" + _MONTH + r",?\s+" + _YEAR + r"\s*$", re.IGNORECASE)
_MONTH_ANY = _MONTH.replace("(?P<month>", "(?:")
_RELATIVE = re.compile(
    r"^(?:posted\s+|edited\s+|updated\s+)?(?:"
    r"(?:\d+|an?|one|few|a\s+few)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|hr|days?|weeks?|wks?|"
    r"months?|mos?|years?|yrs?|[smhdwy])\.?\s+ago"
    r"|\d+\s*(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|д(?:ень|ня|ней)|недел[юиь]|месяц(?:а|ев)?|"
    r"год(?:а)?|лет)\s+назад|вчера|сегодня|только\s+что|\d+\s*(?:ч|мин|сек|дн?|нед|мес)\.?"
    r"|\d+\s*(?:s|m|h|d|w|y|min|mins|hr|hrs|wk|wks|mo|mos|yr|yrs)"
    r"|just\s+now|yesterday|today|moments?\s+ago|[0-2]?\d:[0-5]\d(?:\s*[ap]\.?m\.?)?"
    r"|" + _MONTH_ANY + r"\s+[0-3]?\d(?:st|nd|rd|th)?"
    r"|[0-3]?\d\.?\s+" + _MONTH_ANY + r""
    r"|vor\s+(?:\d+|einer?|einem)\s*(?:sekunden?|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|wochen?|monat(?:en)?|"
    r"jahr(?:en)?)|gestern|heute|gerade\s+eben"
    r"|il\s+y\s+a\s+(?:\d+|une?)\s*(?:secondes?|minutes?|min|heures?|h|jours?|j|semaines?|mois|ans?|années?)"
    r"|hier|aujourd[’']hui|à\s+l[’']instant"
    # "hace 2 semanas", "3 giorni fa", "há 2 dias", "2 weken geleden", "2 tygodnie temu", "för 2 veckor sedan",
    # "2 hafta önce", "πριν από 2 εβδομάδες": a number and any unit word, before or after the word for "ago"
    r"|(?:hace|há|för|πριν\s+από|před|prieš)\s+(?:\d+|un|una|unos|unas|um|uma)\s*[^\W\d_]{1,12}(?:\s+sedan)?"
    r"|(?:\d+|un|una|uno)\s*[^\W\d_]{1,12}\s+(?:fa|geleden|temu|sedan|önce)"
    r"|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|vandaag|wczoraj|dzisiaj|igår|idag|dün|bugün"
    r")(?:,?\s*(?:at\s+|в\s+|um\s+|à\s+)?[0-2]?\d[:h][0-5]\d\s*(?:[ap]\.?m\.?|uhr)?)?"
    r"(?:\s*[·•|,-]?\s*\(?(?:edited|bearbeitet|modifié|изменено|ред\.)\b[^()]{0,30}\)?)?\.?$",
    re.IGNORECASE,
)


def parse_date(text: str, *, with_time: bool = False) -> str | None:
    """Return the ISO 8601 form of the absolute date that ``text`` holds as a whole, else None.

    Args:
        text: a line or part of a line ("March 3, 2021 at 5:12 pm", "2016-11-28").
        with_time: add the time of day when the text gives one ("2021-03-03T17:12:00").
    """
    found = find_date(text, with_time=with_time)
    if found is None:
        return None
    iso, start, end = found
    return iso if not text[:start].strip() and not text[end:].strip(" .,") else None


def to_iso(value: str | None) -> str | None:
    """``value`` as an ISO 8601 date or date-time, or None when it is not an absolute date.

    An ISO 8601 value keeps its seconds and its zone; a displayed date may carry words around it
    ("Posted on June 5, 2023 at 10:14 am", "Updated | 2 Nov 2023").

    >>> to_iso("June 5, 2023 at 10:14 am")
    '2023-06-05T10:14:00'
    >>> to_iso("2023-06-05T10:14:00Z")
    '2023-06-05T10:14:00+00:00'
    """
    text = (value or "").strip()
    if not text:
        return None
    iso = _from_iso(text)
    if iso is not None:
        return iso
    return parse_date(text, with_time=True) or parse_date(_without_noise(text), with_time=True)


def find_date(text: str, *, with_time: bool = False) -> tuple[str, int, int] | None:
    """Find the first absolute date in ``text``: its ISO 8601 form and its character offsets."""
    if _YEAR_HINT.search(text) is None:
        return None  # every absolute form has a four-digit year; most lines have none
    best: tuple[str, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match, with_time=with_time)
            if iso is not None and (best is None or match.start() < best[1]):
                best = (iso, match.start(), match.end())
                break
    return best


def is_month_year(text: str) -> bool:
    """Tell a month-and-year date widget ("JUNE 2023") apart: chrome, never a publication date."""
    return _MONTH_YEAR.match(text) is not None


# "11月20日 10:12": a CJK month and day without a year (and maybe a time), as comment lists print it.
_CJK_MONTH_DAY = re.compile(r"^[01]?\d\s*[月월]\s*[0-3]?\d\s*[日일](?:\s*[0-2]?\d:[0-5]\d)?$")


def is_cjk_month_day(text: str) -> bool:
    """Tell a CJK date without a year ("11月20日", "11月20日 10:12"): a time, though no ISO date."""
    return _CJK_MONTH_DAY.match(text.strip()) is not None


def is_relative_time(text: str) -> bool:
    """Tell a relative timestamp ("3 hours ago", "2d", "yesterday") that fills ``text``."""
    return _RELATIVE.match(text.strip(" ·•|-–—")) is not None


def strip_timestamp(text: str) -> tuple[str, str | None, bool]:
    """Split a trailing or leading timestamp off a header line.

    Returns:
        The rest of the line, the ISO date-time if the timestamp is absolute, and whether a
        timestamp (absolute or relative) was found.
    """
    if is_relative_time(text):
        return "", None, True
    found = find_date(text, with_time=True)
    if found is not None:
        iso, start, end = found
        before, after = text[:start], text[end:]
        lead = before.strip(" .,·•|-–—:").casefold()
        if _WEEKDAY_LEAD.match(lead):
            # "Le mardi 3 décembre 2024, 12:04 par Sylvie D.": the date's weekday (and the word
            # before it) belongs to the timestamp, not to the name beside it
            before, lead = "", ""
        if not after.strip(" .,·•|-–—:") or lead in _LEADING_WORDS:
            return _trim_separators(before + " " + after), iso, True
    words = text.split()
    if len(words) >= 2 and (_DIGIT.search(" ".join(words[-3:])) or words[-1].casefold() in _TIME_WORDS):
        # "jkrauss 4 hours ago": a name and a relative time with no separator between them
        for count in (1, 2, 3, 4):
            if len(words) > count and is_relative_time(" ".join(words[-count:])):
                return _trim_separators(" ".join(words[:-count])), None, True
    parts = re.split(r"\s+[·•|–—»-]\s+|\s{2,}|,\s+(?=\S[^,]*$)", text)
    if len(parts) > 1:
        for index in (len(parts) - 1, 0):
            if is_relative_time(parts[index]):
                rest = parts[:index] + parts[index + 1 :]
                return _trim_separators(" ".join(rest)), None, True
    return text, None, False


_DIGIT = re.compile(r"\d")
_TIME_WORDS = frozenset(
    "ago назад yesterday today вчера сегодня gestern heute hier fa geleden temu sedan önce ayer hoy ieri oggi".split()
)

#: Weekday names in full, which a date may carry before its day ("mardi 3 décembre 2024", "Dienstag,
#: 3. Dezember 2024"); the date patterns know only the English ones.
WEEKDAY_NAMES = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes"
    r"|miércoles|jueves|viernes|sábado|domingo)"
)
_WEEKDAY_LEAD = re.compile(rf"^(?:(?:on|le|am|el|posted(?:\s+on)?)\s+)?{WEEKDAY_NAMES},?$", re.IGNORECASE)

# Words that may stand before a header's leading timestamp: "On Feb 9, 2024, at 6:12 PM, Dan wrote:".
_LEADING_WORDS = frozenset({"", "on", "posted", "posted on", "sent", "date", "le", "am"})


def _trim_separators(text: str) -> str:
    text = re.sub(r"^\s*(?:on|posted(?:\s+on)?|sent|date|le|am)\b", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text).strip(" ·•|–—»-,")
    return re.sub(r"\s+(?:on|at|posted)$", "", text, flags=re.IGNORECASE).strip()


# Words and time forms of the languages that write a numeric date day first ("Publié le 05/12/2024 à
# 17h45", "el 05/12/2024 a las 9:30", "05/12/2024 в 10:12", "05/12/2024 um 18:00 Uhr"): a line
# with one reads an ambiguous "05/12" as the 5th of December, where an English line reads it as May 12.
_DAY_FIRST_SIGN = re.compile(
    r"(?<![\w])(?:le|à|um|uhr|el|a\s+las|a\s+la|del|alle|às|om|dnia|в|г\.)(?![\w])|\d\s?h\s?[0-5]\d(?!\d)",
    re.IGNORECASE,
)


def _iso(match: re.Match[str], *, with_time: bool) -> str | None:
    groups = match.groupdict()
    try:
        year = int(groups["year"]) if groups.get("year") else 2000 + int(groups["year2"])
        if groups.get("month"):
            month = _MONTHS[groups["month"].lower().rstrip(".")]
            day = int(groups["day"])
        elif groups.get("mnum"):
            month, day = int(groups["mnum"]), int(groups["day"])
        else:
            first, second = int(groups["first"]), int(groups["second"])
            # (the line's words are searched only for a date that could be read either way)
            read_day_first = (
                groups["sep"] == "."
                or first > 12
                or (second <= 12 and _DAY_FIRST_SIGN.search(match.string) is not None)
            )
            day, month = (first, second) if read_day_first else (second, first)
        if not with_time or not groups.get("hour"):
            return date(year, month, day).isoformat()
        hour, minute = int(groups["hour"]), int(groups["minute"])
        ampm = (groups.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        return datetime(year, month, day, hour, minute).isoformat()
    except (KeyError, ValueError):
        return None


# Words and separators that displayed dates carry around them ("Posted on ... | 10:14").
_NOISE = re.compile(r"\b(?:at|posted|on|updated)\b|[|•·]", re.IGNORECASE)


def _without_noise(text: str) -> str:
    return " ".join(_NOISE.sub(" ", text).replace(" ,", ",").split())


# compiled once: every time element and short header line of every comment is asked (re's cache
# lookup cost as much as the match)
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_ISO_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d")


def _from_iso(text: str) -> str | None:
    """An ISO 8601 date or date-time as Python writes it, keeping seconds and zone; None otherwise."""
    candidate = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    if _ISO_DATE.fullmatch(candidate):
        try:
            return date.fromisoformat(candidate).isoformat()
        except ValueError:
            return None
    if not _ISO_DATE_TIME.match(candidate):
        return None
    try:
        return datetime.fromisoformat(candidate).isoformat()
    except ValueError:
        return None
