"""Bylines and date lines in plain-text page dumps: "By Jane Doe | Nov 28, 2016", "Posted on March
2, 2021 by Ellen Park", "Sophie Lambert | December 9, 2023", "Jenna Ruiz, staff reporter", and
the roles printed under a byline ("Health correspondent")."""

from __future__ import annotations

import re

from slant.readers._dates import find_date, strip_timestamp
from slant.readers._names import PARTICLES, is_name, normalise_author
from slant.readers._text_chrome import is_chrome

__all__ = ["DATE_LABEL", "is_author_tagline", "is_role_line", "parse_byline"]

_SENTENCE_END = re.compile(r"[.!?…:;。！？：；][\"'”’»)\]」』）]*$")


# An author's tagline is a sentence or two: "Priya Nandakumar covers education. Reach her at ...".
_MAX_TAGLINE_WORDS = 40
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def is_author_tagline(line: str, author: str | None) -> bool:
    """Tell the note about the article's author printed after its last paragraph: it opens with the
    byline's name and gives an e-mail address to write to ("Priya Nandakumar covers education and
    local government. Reach her at pnandakumar@rivertonrecord.com.")."""
    return (
        author is not None
        and len(author.split()) >= 2
        and line.startswith(author + " ")
        and len(line.split()) <= _MAX_TAGLINE_WORDS
        and _EMAIL.search(line) is not None
    )


def parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """Read a byline or a date line: "By Jane Doe | Nov 28, 2016", "Posted on March 2, 2021 by Ellen Park".

    Returns:
        The author and the ISO date the line names (either may be None), or None when the line is
        neither a byline nor a date line.
    """
    line = _GLUED_UPDATED.sub(" ", line)  # "20231:15 PM GMTUpdated 2 hours ago"
    body = _UPDATED_TAIL.sub("", DATE_LABEL.sub("", line, count=1))
    published: str | None = None
    found = find_date(body)
    if found is not None:
        published, start, end = found
        body = body[:start] + " " + body[end:]
    body = _LEADING_RELATIVE.sub("", body.strip(" |·•,-–—:"))  # "submitted 5 hours ago by jane"
    body, _, _ = strip_timestamp(body)
    body = _TRAILING_TIME.sub("", body).strip(" |·•,-–—:")
    body = _DANGLING_AT.sub("", body)  # "Pubblicato da Paolo Ferri alle" once the time is gone
    body = _LEADING_TIME.sub("", body).strip(" |·•,-–—:")
    if not body or (published is not None and is_chrome(body)):
        return (None, published) if published is not None else None  # "2,481,093 views  Jan 14, 2022"
    match = _BYLINE.match(body)
    if match is None:
        # "Sophie Lambert | December 9, 2023": a name of two or more words beside the date;
        # "Jenna Ruiz, staff reporter": a name and a journalist's role
        name, _, role = body.partition(",")
        if not role:
            name, role = _role_tail(body)  # "Riverside Gazette staff", "Jane Doe Staff Writer"
        author = normalise_author(name if role and _is_role(role) else body)
        if author is None or len(author.split()) < 2 or not (_is_byline_name(author) and is_name(author)):
            return None
        return (author, published) if published is not None or (role and _is_role(role)) else None
    name = re.split(r"\s*(?:[|·•,(»]|\s[–—-]\s|\son\s)\s*", match.group("rest") + " ", maxsplit=1)[0]
    author = normalise_author(name)
    if author is None or not _is_byline_name(author):
        return None
    return author, published


def _role_tail(body: str) -> tuple[str, str]:
    """Split a byline's trailing role words off the name before them: ("Riverside Gazette", "staff"),
    ("Jane Doe", "Staff Writer"); (body, "") when the line ends in no role."""
    tokens = body.split()
    for count in (3, 2, 1):
        tail = [token.casefold().strip(",.") for token in tokens[-count:]]
        anchored = "staff" in tail or any(word.startswith(_ROLE_ANCHORS) for word in tail)
        if len(tokens) - count >= 2 and anchored and all(word in _ROLE_WORDS for word in tail):
            return " ".join(tokens[:-count]), " ".join(tokens[-count:])
    return body, ""


def _is_role(role: str) -> bool:
    return is_role_line(role) or role.casefold().strip(",. ") == "staff"


def _is_byline_name(name: str) -> bool:
    tokens = name.split()
    if len(tokens) == 1 and _BYLINE_HANDLE.match(name):
        return True  # "u/newsbot_3000", "jdoe"
    return 1 <= len(tokens) <= 8 and all(
        token[0].isupper() or token.lower() in PARTICLES or token.lower() in {"and", "&"} for token in tokens
    )


_UPDATED_TAIL = re.compile(
    r"(?<=\S),?\s+\(?(?:updated|обновлено|изменено|aktualisiert|modifié|mis\s+à\s+jour)\b.*$", re.IGNORECASE
)
_GLUED_UPDATED = re.compile(r"(?<=[A-Za-z0-9])(?=Updated\b)")
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:at|alle(?:\s+ore)?|a\s+las|às|à|um|om|в)\s+)?[0-2]?\d:[0-5]\d\s*(?:[ap]\.?m\.?)?$",
    re.IGNORECASE,
)
# "10:14 EDT, 3 February 2022": a time of day (and its zone) before the date
_LEADING_TIME = re.compile(
    r"^[0-2]?\d[:.h][0-5]\d\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}\b)?(?=\s*(?:,|$))", re.IGNORECASE
)
_LEADING_RELATIVE = re.compile(
    r"^(?:\d+|an?)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s+(?=by\s)", re.IGNORECASE
)
_DANGLING_AT = re.compile(r"\s+(?:at|alle(?:\s+ore)?|a\s+las|às|à|um|om|в)$", re.IGNORECASE)
_BYLINE_HANDLE = re.compile(r"^[\w][\w./-]{1,39}$")
DATE_LABEL = re.compile(
    r"^[\s\-–—•·]*(?:published|posted|date|first\s+published|originally\s+published|posted\s+on|published\s+on|"
    r"updated|last\s+updated|dated?|опубликовано|дата(?:\s+публикации)?|обновлено|veröffentlicht|aktualisiert|"
    r"stand|erschienen|publié|mis\s+à\s+jour|modifié|publicado|publicada|actualizado|pubblicato|aggiornato|"
    r"atualizado|gepubliceerd|opublikowano|publicerad|submitted|发表于|發表於|发布于|發佈於|发布时间|發佈時間)"
    r"\s*(?:on|at|am|le|el|il|em|op|:)?\s*:?\s*|"
    r"^\s*(?:le|am|on|el|il)\s+(?=\d)",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by|written\s+by|posted\s+by|post\s+by|(?:pubblicato|scritto)\s+da|(?:publicado|publicada|escrito)\s+por|"
    r"(?:publié|écrit)\s+par|(?:veröffentlicht|geschrieben|gepostet)\s+von|gepost\s+door|author\s*:|words\s+by|reporting\s+by|автор\s*:?|текст\s*:|von|"
    r"ein\s+(?:kommentar|bericht|artikel|gastbeitrag)\s+von|par|por|autor\s*:|auteur\s*:|di|da|door|przez)\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)


_ROLE_WORDS = frozenset(
    """correspondent correspondents editor editors reporter reporters writer writers journalist columnist
    contributor staff senior chief political health science business economics foreign home affairs
    political security defence defense diplomatic sports sport technology tech culture arts london washington
    moscow paris berlin bureau deputy associate contributing news digital data investigations
    correspondante journaliste rédacteur rédactrice envoyé envoyée spécial spéciale
    korrespondent korrespondentin redakteur redakteurin autor autorin
    корреспондент обозреватель редактор журналист специальный""".split()
)
_ROLE_ANCHORS = (
    "correspondent",
    "editor",
    "reporter",
    "writer",
    "journalist",
    "columnist",
    "contributor",
    "journaliste",
    "rédact",
    "korrespondent",
    "redakteur",
    "корреспондент",
    "обозреватель",
    "редактор",
    "журналист",
    "envoy",
)


def is_role_line(line: str) -> bool:
    """Tell a journalist's role under a byline: "Health correspondent", "Staff Writer"."""
    words = [word.strip(",.&").casefold() for word in line.split()]
    if 2 <= len(words) <= 10 and words[0].startswith(_ACADEMIC) and _SENTENCE_END.search(line) is None:
        return True  # "Professor of Oceanography, University of Southampton"
    return (
        1 <= len(words) <= 5
        and all(word in _ROLE_WORDS or word in {"and", "&", "of", "for", "the", ""} for word in words)
        and any(word.startswith(_ROLE_ANCHORS) for word in words)
    )


_ACADEMIC = (
    "professor",
    "lecturer",
    "researcher",
    "research",
    "fellow",
    "director",
    "senior",
    "associate",
    "assistant",
    "phd",
    "postdoctoral",
    "doctoral",
    "reader",
    "professeur",
    "chercheur",
    "chercheuse",
    "maître",
    "dozent",
    "профессор",
    "доцент",
    "научный",
    "исследователь",
)
