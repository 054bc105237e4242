"""A comment's fields as a reader sees them: what is name, what is body, what is button (issue 14).

Every HTML comment finder (a markup family or the shape finder) hands its raw author and body text
through here, so that the same roles hold on every site: dates, "Reply"/"Antworten", like counters,
vote scores, comment numbers and badges never stay in an author or a comment's text, and a
"In reply to X" line becomes the comment's parent instead of its first words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from slant.readers._comment_words import (
    FLOOR,
    JOINED_LABEL,
    NUMBER_SIGN,
    REPLY_TO_WORDS,
    SAID_VERBS,
    SAID_VERBS_EN,
    SAID_VERBS_OTHER,
    SAID_WORDS,
)
from slant.readers._dates import WEEKDAY_NAMES, find_date, is_relative_time, strip_timestamp, to_iso
from slant.readers._html_mail import SIGNATURE_MARKS, is_quoted_line, is_reply_subject, without_signature
from slant.readers._names import normalise_author
from slant.readers._text_chrome import ACTION_WORDS, is_like_row

__all__ = [
    "BADGES",
    "BADGE_CLASS_WORDS",
    "BESIDE_NAME_CLASS_WORDS",
    "BYLINE_WORDS",
    "GUEST_CLASS_WORDS",
    "HTML_ACTION_WORDS",
    "POST_AUTHOR_BADGES",
    "SPEECH_LEAD",
    "SPEECH_TAIL",
    "SUBJECT_TAGS",
    "TidyText",
    "date_inside",
    "is_action_line",
    "is_byline_residue",
    "is_hidden",
    "is_join_date",
    "is_quote",
    "is_titled_quote",
    "joined_dates",
    "labelled_quote_author",
    "quoted_author",
    "reply_head_name",
    "reply_label_name",
    "reply_opening",
    "tidy_author",
    "tidy_text",
    "without_badge",
]

# The text reader's button words, and what an HTML block adds: Spanish, Chinese and German ones the
# dumps have not needed, link-row words, and the symbols that separate or stand for buttons.
HTML_ACTION_WORDS = ACTION_WORDS | frozenset(
    """responder respuesta denunciar compartir citar 回复 回覆 bearbeiten löschen link thread hide next prev parent
    remove supprimer modifier permalien lien editar eliminar borrar enlace редактировать удалить ссылка цитатой цитатник
    цитата quote quoting zitat zitieren citation cita
    删除 编辑 举报 点赞 赞 引用 分享 收起 展开 回应 回應 收藏 转发 踩 顶 支持 反对
    · | • - – — ↑ ↓ ▲ ▼ [–] [+] [-] + ♥ ❤""".split()
)
_JOINING_WORDS = frozenset("with mit avec con с со в и and und et y or oder ou o или".split())
# A heading inside a comment is its subject line, not what the commenter wrote in the body.
SUBJECT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Counters and numbers: "12", "+3", "-1", "1.2k", a comment's number "#4" or "4." on its own.
_COUNT = re.compile(r"^(?:[+\-−–]?\d+(?:[.,]\d+)?[kK]?|#\d+|\d+\.)$")
# Words of a class that names what else a profile box tells of the commenter, not the name:
# "user-location" holds "Leeds, United Kingdom", "user-rank" "声望 1.2k", "replyer-level" "LV4"
_PROFILE_FACT_WORDS = frozenset(
    "location place city country rank level karma reputation points posts stats joined since".split()
)
# Class words of a badge or another profile fact shown with a name and never part of it:
# "comments2--author-badge" ("Автор"), "author-tag" ("作者"), Astra's "ast-highlight-text" ("Post
# author"), "role-label", "user-flair", "Answer-badge", an icon
_MARK_CLASS_WORDS = _PROFILE_FACT_WORDS | frozenset(
    {"badge", "badges", "flair", "award", "label", "tag", "role", "highlight", "icon"}
)
#: Class words of an element inside a name element that is no part of the name: the marks, and a
#: guest mark ("<span class=guest>[游客]</span>"; on a whole comment, "usertype-guest" or
#: "wpd-blog-guest" names the kind of writer, and the comment is no badge).
#: The guest mark's class words: with a word naming the name ("guest_name") they name a guest's name.
GUEST_CLASS_WORDS = frozenset({"guest"})
BADGE_CLASS_WORDS = _MARK_CLASS_WORDS | GUEST_CLASS_WORDS
#: Class words of an element beside a name that is no name of its own: the marks, and the server of
#: a fediverse account ("user-instance": "@lemmy.example"), which inside the name element is part of
#: the account ("rowanbyte@lemmy.example") and so no badge there.
BESIDE_NAME_CLASS_WORDS = _MARK_CLASS_WORDS | frozenset({"instance", "domain"})
#: The badges that name the post's author: a comment "by" one of these alone is the author's answer.
POST_AUTHOR_BADGES = frozenset("author autor auteur autore автор 作者".split())
BADGES = POST_AUTHOR_BADGES | frozenset(
    """moderator moderador modérateur модератор mod admin administrator
    administrador админ staff team editor redakteur redaktion rédaction op verified member membre mitglied
    miembro участник newbie junior senior""".split()
)
# A badge glued to a name by markup without a space: "Martina BergAutor", "Dana OkaforStaff".
_GLUED_BADGE = re.compile(
    r"(?<=[a-zà-ÿа-я.])("
    + "|".join(sorted((b.capitalize() for b in BADGES if b.isalpha()), key=len, reverse=True))
    + r")$"
)
# What follows an author's name in a header line: "Ulrike sagt:", "Ramón dijo:". An English verb may
# stand alone; the others open sentences too ("Dice que…"), so they need their colon.
SPEECH_LEAD = re.compile(rf"^(?:(?:{SAID_VERBS_EN})\s*:?|(?:{SAID_VERBS_OTHER})\s*[:：])\s*", re.IGNORECASE)
#: What follows an author's name at the end of a header line: "Ulrike sagt", "Bernadette63 a écrit :".
SPEECH_TAIL = re.compile(rf"\s+(?:{SAID_VERBS})\s*[:：]?\s*$", re.IGNORECASE)
# A line that names the comment being answered: "In reply to Sepp G.", "Antwort auf #1 von Sepp G.",
# "En respuesta a Vicent_C", "en réponse à Odile", "В ответ на ...", "回复 码农老陈:".
_REPLY_MARKER = re.compile(
    rf"^\s*{REPLY_TO_WORDS}\s*:?\s*(?P<target>[^:：]*?)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_VOTE_AND_NUMBER = re.compile(r"[+\-−]?\d+\s+#\d+|#\d+")
# "#3", "Kommentar Nr. 3", "№ 3", "n° 3", "3楼": the comment a reply line names by its number
_NUMBER_REFERENCE = re.compile(rf"{NUMBER_SIGN}(?P<number>\d{{1,5}})\b|{FLOOR}", re.IGNORECASE)
# "回复 @折腾不止的阿凯 :…", "回复 青椒炒肉丝 :…", "Reply to @ann: …": the commenter's own words name whom
# they answer (the words stay in the text)
_REPLY_OPENING = re.compile(rf"^{REPLY_TO_WORDS}\s*@?(?P<name>[^\s:：@]{{1,30}})\s*[:：]", re.IGNORECASE)
_OPENING_NUMBER = re.compile(r"^#(?P<number>\d{1,4})\b[\s,:]")
_BY_NAME = re.compile(r"\b(?:von|by|de|от|par)\s+(?P<name>.+)$", re.IGNORECASE)
# "@Olga S. you are right": a handle or a name of up to three words before the text.
_AT_NAME = re.compile(r"^@(?P<name>[^\s,:;!?]+(?:\s+[A-ZÀ-ÝА-Я][\w.'’-]*){0,2})")
_MAX_MARKER_CHARACTERS = 80
# A registration date's label at the end of the words before the date ("注册日期", "Joined:").
_JOINED_BEFORE = re.compile(rf"{JOINED_LABEL}\s*[:：]?\s*$", re.IGNORECASE)
# How far before a date its label is looked for (characters).
_MAX_LABEL_CHARACTERS = 40
_JOINED_AFTER = re.compile(rf"{JOINED_LABEL}\s*[:：]?\s*", re.IGNORECASE)
# A separator left at the end of a body whose byline after it was read out ("text — name date")
_SEPARATORS = ("-", "—", "–", "·", "•", "|")
_DANGLING_SEPARATOR = re.compile(rf"\s+[{''.join(_SEPARATORS)}]$")
# "On Wed, Apr 2, 2025 at 8:14 AM Margaret Heald <margaret@lists.example> wrote:"
_MAX_ATTRIBUTION_CHARACTERS = 120
_AMBIGUOUS_DAY_MONTH = re.compile(r"\b(\d{1,2})/(\d{1,2})/\d{2,4}\b")
# A comment that opens by addressing someone: "Rick, good to hear", "Марина, в прошлом году", or a
# handle joined by underscores ("Ночная_сова, значит…", "Огородник_58, у меня"), never a word of prose.
_ADDRESSED = re.compile(
    r"^(?P<name>[A-ZÀ-ÝА-ЯЁ][^\W\d_]{2,}(?: [A-ZÀ-ÝА-ЯЁ][^\W\d_]*\.?)?|[^\W\d_]\w*_\w+),\s"
)
_USER_NUMBER = re.compile(r"\s*\(\d+\)$")
# Drupal's mark beside a guest's name, in its translations: "Guest (not verified)", "Гость (не проверено)"
_UNVERIFIED = re.compile(
    r"\s*\((?:not\s+verified|unverified|nicht\s+(?:überprüft|verifiziert)|non\s+vérifié|no\s+verificado"
    r"|non\s+verificato|não\s+verificado|niet\s+geverifieerd|не\s+проверено)\)$",
    re.IGNORECASE,
)
# A byline: the name after a word of authorship, with at most a label before it ("Kommentar von Anna",
# "Posted by Ann", "escrito por María", "Antwort von Redaktion"), or after a date ("3 mars 2025, par
# Jean"); "Author: Ivan". A name with "von" inside ("Ursula von der Leyen") has no label before it.
_BYLINE_LABEL = (
    r"(?:comment(?:ed)?|kommentar|commentaire|comentario|комментарий|posted|submitted|written|published"
    r"|escrito|publicado|posté|publié|écrit|geschrieben|verfasst|antwort|reply|réponse|respuesta|ответ"
    r"|answer|message|nachricht|beitrag|post|mensaje|сообщение)"
)
#: The words of authorship a byline puts before a name, as a regular-expression group (read by the
#: shape finder's byline lines too).
BYLINE_WORDS = r"(?:by|von|par|por|от)"
_LABELLED_BYLINE = re.compile(rf"^(?:{_BYLINE_LABEL}\s+)?{BYLINE_WORDS}\s+(?=\w)", re.IGNORECASE)
_DATED_BYLINE = re.compile(rf"[,;|·•–—-]?\s+{BYLINE_WORDS}\s+(?=\w)", re.IGNORECASE)
_AUTHOR_LABEL = re.compile(r"^(?:author|autor|auteur|автор|作者)\s*[:：]\s*(?=\w)", re.IGNORECASE)
# "Ann on Tue," once the date after it is cut
_WEEKDAYS = WEEKDAY_NAMES
_WEEKDAY_ABBREVIATIONS = r"(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim)"
_TRAILING_WEEKDAY = re.compile(
    rf"\s+(?:(?:on|am|le|el)\s+(?:{_WEEKDAYS}|{_WEEKDAY_ABBREVIATIONS}\.?)|{_WEEKDAYS})$", re.IGNORECASE
)
_TRAILING_HANDLE = re.compile(r"(?<=\S)\s+@[\w.@-]+$")
# "周可@user0.bsky.social", "Jane Doe@jane.bsky.social": a display name glued to a domain handle by
# markup without a space; a login or an address alone ("rowanbyte@lemmy.example", "jd@example.com",
# no space and no letter outside ASCII before the "@") stays whole
_GLUED_HANDLE = re.compile(r"^(?P<name>.*(?:\s|[^\x00-\x7f]).*?)@[\w-]+(?:\.[\w-]+)+$")
# "rowanbyte @lemmy.example": a fediverse address whose instance is a span of its own (the space is
# the markup's), one account, not a display name and a handle
_SPLIT_ADDRESS = re.compile(r"^([\w.-]+)\s+(@[\w-]+(?:\.[\w-]+)+)$")
_YEAR = re.compile(r"(?:19|20)\d\d")
# a button row's words, between spaces, dots and brackets (found one by one: most lines stop at the first)
_BUTTON_WORD = re.compile(r"[^\s·•|()]+")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_AUTHOR_SEPARATORS = re.compile(r"\s+[-–—·•|]\s+|\s{2,}")
# What a date, a button row or a speech verb brings into an author line and a name alone has not.
_NOT_PLAIN = re.compile(r"[|·•–—:,/()\[\]@]|\s-\s")
_MAX_TIME_CHARACTERS = 60
# What an author's box may also say that is no part of the name: avatar labels, profile links.
_NOT_A_NAME = frozenset("profile profil профиль avatar photo picture image user benutzer usuario".split())
# ...but a label followed by a number is how sites name accounts with no chosen name ("User 42",
# "Usuario #7", "Гость 12"): the number alone would be no name
_NUMBERED_ACCOUNT = re.compile(
    r"(?:user|benutzer|usuario|utilisateur|пользователь|гость|guest|anonymous|anonym)\s*#?\d{1,9}",
    re.IGNORECASE,
)


def date_inside(text: str) -> str | None:
    """The date (and time) a short header line holds beside other words: "1 Nina (02.06.2025 10:41)",
    "Submitted by Ann on Tue, 05/07/2013 - 11:02"; ISO 8601, or None."""
    found = find_date(text, with_time=True)
    if found is None:
        return None
    ambiguous = _AMBIGUOUS_DAY_MONTH.search(text[found[1] : found[2]])
    # "02/04/2026" is 2 April in France and 4 February in the US: a guess is worse than no date
    if ambiguous is not None and int(ambiguous.group(1)) <= 12 and int(ambiguous.group(2)) <= 12:
        return None
    return found[0]


def is_join_date(element: Any, text: str) -> bool:
    """Whether the date ``text`` of ``element`` is the commenter's registration date in a profile
    box ("<em>注册日期</em><span>2019-04-12</span>", "Joined: Mar 2019"), not the post's: a join label
    ends the words before it, in the element's own text or, failing any, just before the element."""
    found = find_date(text)
    if found is None and _joined_ago(text):
        return True
    before = text[: found[1]] if found is not None else text
    if not before.strip():
        previous = element.getprevious()
        if previous is not None:
            before = (previous.text_content() if isinstance(previous.tag, str) else "") + (
                previous.tail or ""
            )
        else:
            parent = element.getparent()
            before = (parent.text or "") if parent is not None else ""
    return _JOINED_BEFORE.search(before[-_MAX_LABEL_CHARACTERS:]) is not None


# "vor 2 Monaten", "3 years ago", "il y a 3 ans": the words a relative time takes at most
_MAX_RELATIVE_WORDS = 5


def _joined_ago(text: str) -> bool:
    """Whether a join label in ``text`` is followed by a relative time: a profile box's
    "Registriert: vor 6 Jahren", "Joined 3 years ago" (no date to find, so the label is looked for
    before the words that make the time)."""
    for label in _JOINED_AFTER.finditer(text):
        words = text[label.end() :].split()[:_MAX_RELATIVE_WORDS]
        if any(is_relative_time(" ".join(words[:count])) for count in range(1, len(words) + 1)):
            return True
    return False


def joined_dates(text: str) -> set[str]:
    """The days (YYYY-MM-DD) ``text`` labels as registration dates ("注册日期2019-04-12", "Joined: Mar 3, 2019")."""
    days = set()
    for label in _JOINED_AFTER.finditer(text):
        found = find_date(text[label.end() : label.end() + _MAX_TIME_CHARACTERS])
        if found is not None and found[1] == 0:
            days.add(found[0][:10])
    return days


def is_action_line(text: str) -> bool:
    """A line of buttons and counters only: "Like · Reply · 2", "Antworten", "LikeLiked by 3 people"."""
    if len(text) > _MAX_MARKER_CHARACTERS:
        return False
    if is_like_row(text.strip()):
        return True
    # "Ответить с цитатой", "Reply with quote": little words may join buttons, never make one;
    # the words are read up to the first that is no button (most lines are sentences)
    found = False
    for found_word in _BUTTON_WORD.finditer(text.strip()):  # "Like (3)": a counter in brackets
        word = found_word.group()
        if word.lower() in _JOINING_WORDS or _is_icon(word):
            # (an icon counts as a button beside a count, "♥ 2 ↻ 0 💬 1"; alone, "👍", it may be
            # the comment's last word, and a row of icons without counts is left to other rules)
            continue
        if not _is_action_word(word):
            return False
        found = True
    return found


@functools.lru_cache(maxsize=1024)
def _is_icon(word: str) -> bool:
    """Tell a word made of pictographs alone ("♥", "↻", "💬", "👍🏻"): a button's icon, no letters."""
    return any(unicodedata.category(char) == "So" for char in word) and all(
        unicodedata.category(char) in _ICON_CATEGORIES for char in word
    )


# A pictograph, and what an emoji is written with beside it: a skin tone (Sk), a variation selector
# (Mn), a zero-width joiner (Cf).
_ICON_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})


# a pure test of one word, asked for the first words of every line of every comment: the same words
# come back ("Reply", "I", "The"), and a miss costs a relative-time match (several microseconds)
@functools.lru_cache(maxsize=4096)
def _is_action_word(word: str) -> bool:
    if word.lower() in HTML_ACTION_WORDS or _COUNT.match(word) or is_relative_time(word):
        return True
    # buttons whose labels markup glued together: "LikeLike", "ReplyReport"
    glued = _CAPITALISED.findall(word)
    return (
        len(glued) > 1 and "".join(glued) == word and all(part.lower() in HTML_ACTION_WORDS for part in glued)
    )


def without_badge(name: str) -> str:
    """``name`` without the role badges after it ("Martina Berg Autor" is "Martina Berg")."""
    name = _GLUED_BADGE.sub("", name)
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip("()[]") in BADGES:
        words.pop()
    return " ".join(words)


def _is_plain_name(text: str) -> bool:
    """A name and nothing else, the common case: up to four words, no separators, no date-like
    numbers (a handle's "gravelgrinder88" and "Reader 7" pass; "Ben 19. Juni 2018" does not)."""
    words = text.split()
    if not 0 < len(words) <= 4 or _NOT_PLAIN.search(text) or _GLUED_BADGE.search(text):
        return False
    numbered = [word for word in words if any(map(str.isdigit, word))]  # (map: in C, for every author)
    return len(numbered) <= 1 and all(
        any(map(str.isalpha, word)) or (word.isdigit() and not _YEAR.fullmatch(word) and len(word) <= 4)
        for word in numbered
    )


def tidy_author(raw: str | None) -> str | None:
    """An author box's text reduced to the name: no date, buttons, badge, speech verb or avatar label.

    "Ben 19. Juni 2018 um 15:28 Uhr - Antworten" is "Ben"; "Martina BergAutor" is "Martina Berg";
    "Ramón dijo:" is "Ramón"; "Profile" alone is no name.
    """
    if raw is None:
        return None
    text = _USER_NUMBER.sub("", " ".join(raw.split()))  # "ZenMaster (41000)": the user's number
    text = _UNVERIFIED.sub("", text)
    text = _after_byline(text)
    if "@" in text:
        text = _SPLIT_ADDRESS.sub(r"\1\2", text)
    text = _TRAILING_HANDLE.sub("", text)  # "Nadia K. @nadia@pouet.example": the display name
    if _NUMBERED_ACCOUNT.fullmatch(text):
        return normalise_author(text)
    if _is_plain_name(text):
        words = text.lower().split()
        if words[-1] not in BADGES and words[-1] not in SAID_WORDS and not _NOT_A_NAME.intersection(words):
            return normalise_author(text)  # the common case: a name and nothing else
    # buttons after the name: "Ben - Antworten", "Sabine · Reply"
    pieces = _AUTHOR_SEPARATORS.split(text)
    while len(pieces) > 1 and is_action_line(pieces[-1]):
        pieces.pop()
    text = " ".join(pieces)
    found = find_date(text, with_time=True)
    if found is not None and found[1] > 0:
        text = text[: found[1]]
    else:
        text, _, _ = strip_timestamp(text)
    text = re.sub(r"\s+(?:um|at|à|a\s+las|в)\s*$", "", text.strip(" -–—·•|,"), flags=re.IGNORECASE)
    if found is not None and found[1] > 0:
        text = _TRAILING_WEEKDAY.sub("", text).strip(" -–—·•|,") or text
    # "Jana Vogt @jana@bitfeld.example 07.03.2025": the handle was not last until the date went
    text = _TRAILING_HANDLE.sub("", text.strip())
    glued = _GLUED_HANDLE.match(text)
    if glued is not None and glued.group("name").strip():
        text = glued.group("name")
    if _NUMBERED_ACCOUNT.fullmatch(text.strip()):
        return normalise_author(text)
    words = [word for word in text.split() if word.lower() not in _NOT_A_NAME] or text.split()
    if len(words) == 1 and words[0].lower() in _NOT_A_NAME:
        return None
    name = normalise_author(" ".join(words))
    if name is None:
        return None
    name = SPEECH_LEAD.sub("", without_badge(name)) if " " in name else without_badge(name)
    name = SPEECH_TAIL.sub("", name)
    return normalise_author(name)


def _after_byline(text: str) -> str:
    """``text`` from the name on, when it is a byline: "Kommentar von Anna | date" is "Anna | date"."""
    text = _AUTHOR_LABEL.sub("", text, count=1)
    found = _LABELLED_BYLINE.match(text)
    if found is not None:
        return text[found.end() :]
    for found in _DATED_BYLINE.finditer(text):
        before = text[: found.start()]
        if before and find_date(before, with_time=False) is not None:
            return text[found.end() :]
    return text


@dataclass(frozen=True, slots=True)
class TidyText:
    """A comment's body with its chrome lines gone, and whom it says it answers.

    Attributes:
        text: the body.
        reply_to_name: the name an "In reply to X" line or a leading "@X" gives, or None.
        reply_to_number: the comment number a "Antwort auf #N" line gives, or None.
        published: the time a head line of the author's name and a time gives (ISO 8601), or None.
    """

    text: str
    reply_to_name: str | None = None
    reply_to_number: int | None = None
    published: str | None = None


def tidy_text(text: str, *, author: str | None) -> TidyText:
    """The body without leading or trailing chrome lines: buttons, counters, dates, the author's own
    name or header ("Ramón dijo:"), and an "In reply to X" line, which is read for the parent."""
    lines = text.split("\n")
    reply_name: str | None = None
    reply_number: int | None = None
    published: str | None = None
    while lines:
        bare = lines[0].strip()
        # "(In reply to Ann from comment #1)": Bugzilla's marker in brackets
        head = bare[1:-1] if bare.startswith("(") and bare.endswith(")") else bare
        marker = _REPLY_MARKER.match(head) if len(head) <= _MAX_MARKER_CHARACTERS else None
        if marker is not None:
            reply_name, reply_number = _reply_target(marker.group("target"))
        elif is_quoted_line(bare) or (is_reply_subject(bare) and len(lines) > 1):
            pass  # mail's quoted lines: the earlier comment's words
        elif (
            # "On Wed, 02 Apr 2025 at 08:14, Margaret Heald wrote:" over the lines it quotes
            bare.endswith((":", "："))
            and len(bare) <= _MAX_ATTRIBUTION_CHARACTERS
            and len(lines) > 1
            and (lead := _QUOTE_LEAD.match(bare)) is not None
        ):
            # whom the quoted lines are by is whom the reply answers, unless a marker said so
            reply_name = reply_name or _lead_name(lead)
        elif not (bare == "" or _is_chrome_line(bare, author)):
            break
        elif published is None and author is not None and bare.startswith(author):
            # a head line of the name and the time: the time is the comment's when no field gave it
            time = _time_after_name(bare[len(author) :])
            published = (to_iso(time) or date_inside(time)) if time else None
        lines.pop(0)
    if any(mark in text for mark in SIGNATURE_MARKS):  # (most comments have none: the split is the cost)
        lines = without_signature(lines)
    # the line the loop above stopped at is no chrome line (with no author to match, still less),
    # so it is not tested again: a one-line comment's date test (the costly one) runs once
    while len(lines) > 1 and (lines[-1].strip() == "" or _is_chrome_line(lines[-1].strip(), None)):
        lines.pop()
    # "text — name date" with the name and date read out: the dash that led them is no text
    body = "\n".join(lines).strip()
    if body.endswith(_SEPARATORS):
        body = _DANGLING_SEPARATOR.sub("", body)
    body = body.lstrip(":：").lstrip()
    if not body:
        return TidyText(text.strip())  # nothing but chrome-like lines: keep what the finder read
    if author is not None and body.startswith(author):
        # the header on the body's first line: "Ramón dijo: ...", "Jane: ..."
        after = body[len(author) :].lstrip()
        spoken = SPEECH_LEAD.sub("", after, count=1)
        if spoken != after or after.startswith(":"):
            body = spoken.lstrip(" :") or body
    if reply_name is None and reply_number is None:
        numbered = _OPENING_NUMBER.match(body)
        if numbered is not None:
            # "#1 Y que dure…": the commenter answers the comment the page numbers 1
            reply_number = int(numbered.group("number"))
        at = (
            None
            if numbered is not None
            else (_REPLY_OPENING.match(body) or _AT_NAME.match(body) or _ADDRESSED.match(body))
        )
        if at is not None:
            # "@Olga S. …", or "Марина, в прошлом году …": a name the thread matches to an earlier
            # commenter (nothing is inferred when no earlier comment is by that name)
            reply_name = at.group("name")
            floor = _NUMBER_REFERENCE.fullmatch(reply_name)
            if floor is not None:
                # "回复 2楼：…", "Reply to #2: …": a number, not a name
                reply_name, reply_number = None, int(floor.group("number") or floor.group("floor"))
    return TidyText(body, reply_name, reply_number, published)


def reply_opening(text: str) -> re.Match[str] | None:
    """The reply words and name a text opens with ("回复 青椒炒肉丝：…", "Reply to @ann: …"), its
    ``name`` group the name, or None."""
    return _REPLY_OPENING.match(text)


def reply_label_name(label: str) -> str | None:
    """The name a reply marker in a label gives ("in reply to post 2 by @ohm_my_god"), or None."""
    marker = _REPLY_MARKER.match(label) if 0 < len(label) <= _MAX_MARKER_CHARACTERS else None
    if marker is None:
        return None
    by = _BY_NAME.search(marker.group("target"))
    return normalise_author(by.group("name").lstrip("@")) if by is not None else None


def reply_head_name(element: object) -> str | None:
    """The name a reply head element outside the comment's body gives ("Replying to <a>@handle</a>",
    "En réponse à <b>Odile</b>"), or None. Only an element whose own text opens with the marker is
    read further: the test is cheap for the many that do not."""
    own = (getattr(element, "text", None) or "").strip()
    if not own or len(own) > _MAX_MARKER_CHARACTERS or _REPLY_MARKER.match(own) is None:
        return None
    if any(str(link.get("href") or "").startswith("#") for link in element.iter("a")):  # type: ignore[attr-defined]
        # a head linking to an anchor: the link says which post it answers (Moodle's "En
        # respuesta a X" links to the opening post, the article, not X's later reply)
        return None
    marker = _REPLY_MARKER.match(_first_line(element))
    target = marker.group("target") if marker is not None else ""
    following = element.getnext()  # type: ignore[attr-defined]
    if (
        marker is not None
        and not target
        and following is not None
        and isinstance(following.tag, str)
        and not (getattr(element, "tail", None) or "").strip()
    ):
        # the marker alone in its element, the name in the next one: CSDN's
        # "<span class=text>回复</span><span class=nick-name>X</span>"
        target = " ".join(following.text_content().split())
    name = _reply_target(target)[0] if target else None
    # a name, not a sentence that opens with the words ("Replying to the council was a mistake")
    return name if name is not None and len(name.split()) <= _MAX_HEAD_NAME_WORDS else None


_MAX_HEAD_NAME_WORDS = 3


def _reply_target(target: str) -> tuple[str | None, int | None]:
    number = _NUMBER_REFERENCE.search(target)
    by = _BY_NAME.search(target)
    name = by.group("name") if by is not None else (target if number is None else None)
    return normalise_author(name.lstrip("@")) if name else None, int(
        number.group("number") or number.group("floor")
    ) if number else None


# What is left of a byline once its name and time links are read out: "posted by at [3 favorites] [!]",
# "von am (Antwort)", "por hace". Only these small words, bracketed counters and buttons remain.
_BYLINE_GLUE = frozenset(
    "posted submitted written by at on von am um de par le à por el en hace от в 发表于 于".split()
)
_BRACKETED_BIT = re.compile(r"\[[^\]]{0,30}\]|\([^)]{0,30}\)")


def is_byline_residue(line: str) -> bool:
    """A line that is a byline's small words and counters only ("posted by at [3 favorites] [!]")."""
    # (the count in C, by map: a generator's step per word was most of the cost, on every comment's lines)
    if len(line) > _MAX_MARKER_CHARACTERS or sum(map(_BYLINE_GLUE.__contains__, line.lower().split())) < 2:
        return False
    words = _BRACKETED_BIT.sub(" ", line).split()
    return all(word.lower() in _BYLINE_GLUE or _is_action_word(word) for word in words)


def _is_chrome_line(line: str, author: str | None) -> bool:
    if len(line) > _MAX_MARKER_CHARACTERS:
        return False  # buttons, names, dates and counters are short
    if is_byline_residue(line):
        return True
    if line.lower() in BADGES or (author is not None and line.strip("@: ") == author):
        return True
    if author is not None and line.startswith(author) and _time_after_name(line[len(author) :]) is not None:
        return True  # the comment's head line, name and time together (Enfold's header)
    if is_action_line(line):
        return True
    if _VOTE_AND_NUMBER.fullmatch(line):
        return True  # JComments' "+1 #2": a vote score and the comment's number
    return len(line) <= _MAX_TIME_CHARACTERS and (is_relative_time(line) or to_iso(line) is not None)


def _time_after_name(rest: str) -> str | None:
    """The comment's time, when it is all that follows the commenter's name on a line, between
    separators, a said-verb, little byline words and buttons: "says: March 5, 2025 at 10:21 am -
    Reply" (a theme that prints the name, the date and the reply link in one header line, the body
    in its own element beside it, when the finder read the body from the comment's whole block)."""
    rest = SPEECH_LEAD.sub("", rest.strip(" ,:·•|–—-"), count=1)
    words = rest.split()
    while words and (words[0].lower() in _BYLINE_GLUE or words[0] in _SEPARATORS):
        words.pop(0)  # "on", "le", "am": the byline's small words before the date
    while words and (
        words[-1] in _SEPARATORS or (_is_action_word(words[-1]) and not words[-1][-1].isdigit())
    ):
        words.pop()  # " - Reply", "· Antworten" (a year is no counter)
    time = " ".join(words).rstrip(" ,")
    if 0 < len(time) <= _MAX_TIME_CHARACTERS and (is_relative_time(time) or to_iso(time) is not None):
        return time
    return None


# ("bbcode" names a post's whole markup, heise's div.bbcode_v1 body: vBulletin's quotes say "bbcode_quote")
_QUOTE_PARTS = frozenset({"quote", "quoted", "quotation", "cite"})
# what every class naming a quote holds (the parts above, or "quote…"), for a quick test before the split
_QUOTE_PART_INSIDE = re.compile("quot|cite")
# a box of its own: a fieldset with a legend ("<fieldset class=comment_quote><legend>引用") too
# (a table cell named a quote is phpBB 2's quote box, its "X escribió:" title in the row above)
_QUOTE_TAGS = frozenset({"div", "blockquote", "section", "aside", "table", "td", "fieldset"})
_CLASS_PARTS = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")  # "quote-box", "quoteBox"
# When the quoted post was written, before its author: "Le 1 décembre 2025 à 20:31:12 X a écrit :",
# "On 3 May 2024, 10:02, X wrote:", "Am 3. Mai 2025 um 10:02 schrieb X:".
_QUOTE_WHEN = r"(?:(?:le|on|am|el|il|в)\s+[^\n]{1,40}?\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*uhr)?\s*,?\s+)?"
# "Цитата: Иван_К", "Quote from Ann", "Zitat von Ben", "Ann wrote:", "Ben schrieb:", "schrieb Ben:".
_QUOTE_LEAD = re.compile(
    r"^\s*(?:цитата|quote|quoting|zitat|cita|citation|引用|originally\s+(?:posted|written)\s+by|publicado\s+originalmente\s+por"
    r"|originalmente\s+(?:publicado|escrito|enviado)\s+por"
    r"|ursprünglich\s+(?:geschrieben|gepostet)\s+von|message\s+d'origine\s+(?:de|par)|сообщение\s+от)"
    r"\s*(?:from|von|de|от|of)?\s*:?\s*(?P<lead>[^:\n]{1,40}?)\s*:?\s*$"
    r"|^\s*" + _QUOTE_WHEN + rf"(?P<said>[^:\n]{{1,40}}?)\s+(?:{SAID_VERBS})\s*:?\s*$"
    r"|^\s*" + _QUOTE_WHEN + r"(?:schrieb|escribió)\s+(?P<after>[^:\n]{1,40}?)\s*:\s*$",
    re.IGNORECASE,
)
# How far into a blockquote its title line may sit (elements looked at).
_MAX_QUOTE_TITLE_ELEMENTS = 6


def is_quote(element: object) -> bool:
    """Whether an element in a comment quotes an earlier comment: a quote box named as one."""
    tag = getattr(element, "tag", None)
    if not isinstance(tag, str) or tag not in _QUOTE_TAGS:
        return False
    classes = str(element.get("class") or "")  # type: ignore[attr-defined]
    # "quote-box", "quoteBox", and a box's parts "quotetitle", "quotecontent" (most elements have
    # no class: the common case, tested for every element of every comment, skips the split)
    if (
        classes
        and _QUOTE_PART_INSIDE.search(classes.lower()) is not None
        and any(
            part.lower() in _QUOTE_PARTS or part.lower().startswith("quote")
            for part in _CLASS_PARTS.split(classes)
            if part
        )
        and not _names_own_text(classes)
    ):
        return True
    # a blockquote naming its source ("cite", or a title line "X wrote:") quotes an earlier post;
    # a bare one may be the commenter's own emphasis and stays in the text
    return tag == "blockquote" and (bool(element.get("cite")) or _quote_title(element) is not None)  # type: ignore[attr-defined]


# Class words that name a post's own text: "messageText", "post-body", "comment-content".
_OWN_TEXT_PARTS = frozenset({"text", "body", "content", "message"})


def _names_own_text(classes: str) -> bool:
    """Whether one of an element's class names calls it a post's own text with no word of quoting:
    XenForo's body is ``blockquote.messageText.SelectQuoteContainer`` (a container to select quotes
    from), which is the post, not a quote of another."""
    for name in classes.split():
        parts = {part.lower() for part in _CLASS_PARTS.split(name) if part}
        if parts & _OWN_TEXT_PARTS and not any(
            part in _QUOTE_PARTS or part.startswith("quote") for part in parts
        ):
            return True
    return False


def _quote_title(quote: object) -> str | None:
    """The quoted post's author from the quote's first line ("Zitat von X", "X a écrit :"), or None."""
    title = _quote_title_line(quote)
    match = _QUOTE_LEAD.match(title) if title else None
    if match is None:
        # "<cite>X escribió:</cite>Con ese…": the quoted words run on after the title with no break
        # between them, and the line is no title line; a <cite> is the title by its tag
        cite = _first_cite(quote)
        match = _QUOTE_LEAD.match(_first_line(cite)) if cite is not None else None
    return _lead_name(match) if match else None


def _first_cite(quote: object) -> Any | None:
    """The ``<cite>`` among the quote's first elements, or None."""
    for seen, element in enumerate(quote.iter()):  # type: ignore[attr-defined]
        if seen >= _MAX_QUOTE_TITLE_ELEMENTS:
            break
        if element.tag == "cite":
            return element
    return None


def _quote_title_line(quote: object) -> str | None:
    """The quote's first line of text, past a label alone on its line ("Cita:")."""
    for seen, element in enumerate(quote.iter()):  # type: ignore[attr-defined]
        if seen >= _MAX_QUOTE_TITLE_ELEMENTS:
            break
        if not isinstance(element.tag, str):
            continue
        text = _first_line(element)
        if text and _QUOTE_LABEL.fullmatch(text) is None:
            return text
    return None


# A quote box's label alone on its line, above the line naming the quoted author: vBulletin's
# "Cita:" / "Quote:" over "Originally Posted by X".
_QUOTE_LABEL = re.compile(r"\s*(?:цитата|quote|zitat|cita|citation|引用)\s*(?:[:：]\s*|$)", re.IGNORECASE)


def labelled_quote_author(element: object) -> str | None:
    """Whom a quote box that is not named as one quotes, read from its title line ("Originalmente
    Escrito por <b>X</b>", "Originally Posted by X", "Zitat von X"), the element holding that line:
    vBulletin 3 and phpBB 2 draw quotes as plain tables under a "Cita:" label. Only an element whose
    own text opens with such words is read further (one match per element: reading every box's first
    lines cost the 20,000-comment page 10 %); the box must hold the quoted text too."""
    get = getattr(element, "get", None)
    classes = str(get("class") or "") if get is not None else ""
    # a substring test first: most elements have classes, few name a quote (the split is the cost)
    if (
        classes
        and _QUOTE_WORD_INSIDE.search(classes.lower()) is not None
        and any(part.lower() in _QUOTE_WORDS for part in _CLASS_PARTS.split(classes) if part)
    ):
        # a box named for a quote in another language ("citation", "zitat"): its title line names
        # the author as is_quote's boxes do (read here only, for whom the comment answers)
        return _quote_title(element)
    own = getattr(element, "text", None)
    if not own or _QUOTE_BY.match(own) is None:
        return None
    title = _first_line(element)
    match = _QUOTE_LEAD.match(title)
    box = element.getparent()  # type: ignore[attr-defined]
    if match is None or box is None:
        return None
    if len(" ".join(box.text_content().split())) <= len(title) + 1:
        return None  # nothing quoted under the title
    return _lead_name(match)


_QUOTE_WORDS = frozenset({"citation", "cita", "zitat", "цитата", "引用"})
# any of them anywhere in a text, in one search (a test of each in turn cost more than the rest)
_QUOTE_WORD_INSIDE = re.compile("|".join(sorted(_QUOTE_WORDS)))
# The title forms of a quote box that name its author after the words, and so can be told from the
# element's own text: "Originally Posted by X", "Originalmente Escrito por X", "Zitat von X".
_QUOTE_BY = re.compile(
    r"\s*(?:originally\s+(?:posted|written)\s+by|originalmente\s+(?:publicado|escrito|enviado)\s+por"
    r"|publicado\s+originalmente\s+por"
    r"|ursprünglich\s+(?:geschrieben|gepostet)\s+von|message\s+d'origine\s+(?:de|par)|сообщение\s+от"
    r"|quote\s+from|zitat\s+von|цитата\s+от)\b",
    re.IGNORECASE,
)


_LINE_INLINE_TAGS = frozenset({"a", "b", "strong", "span", "em", "i", "cite", "bdi"})


def _first_line(element: object) -> str:
    """An element's own first line, with the inline parts it holds: "<a>Sylvie R.</a> a dit :" is
    "Sylvie R. a dit :" (a title line whose name is a profile link). Stops at a line break or a block."""
    pieces = [element.text or ""]  # type: ignore[attr-defined]
    for child in element:  # type: ignore[attr-defined]
        if not "".join(pieces).strip() and isinstance(child.tag, str) and not child.text_content().strip():
            # empty decoration before the line (a rule, an avatar, a user tag): Khoros' quote
            # box opens "<hr><li-user …></li-user><a>name</a> wrote:"
            pieces.append(child.tail or "")
            continue
        if not isinstance(child.tag, str) or child.tag not in _LINE_INLINE_TAGS:
            break
        pieces.append(child.text_content())
        pieces.append(child.tail or "")
    return " ".join("".join(pieces).split())


def _lead_name(match: re.Match[str]) -> str | None:
    return normalise_author(match.group("lead") or match.group("said") or match.group("after"))


def is_titled_quote(box: object) -> bool:
    """Whether a box that is not named a quote quotes another post by its first line, a quote's
    title ("Lavande_07 a écrit :", "Originally Posted by X") with the quoted words under it, and the
    post's own words after it (a forum's quote table: without them the box is the post itself,
    whose first line happens to read so). The caller picks the boxes (tables, fieldsets): the test
    reads a few elements of each."""
    following = box.getnext()  # type: ignore[attr-defined]
    after = (box.tail or "").strip() or (  # type: ignore[attr-defined]
        following is not None and bool(following.text_content().strip())
    )
    if not after:
        return False
    title = _quote_title_line(box)
    if not title or _QUOTE_LEAD.match(title) is None:
        return False
    return len(" ".join(box.text_content().split())) > len(title) + 1  # type: ignore[attr-defined]


def quoted_author(quote: object) -> str | None:
    """The name a quote box gives its source: a ``cite``, a data attribute, or its title line."""
    for name in ("data-author", "data-username", "data-user", "data-name"):
        value = quote.get(name)  # type: ignore[attr-defined]
        if value:
            return normalise_author(str(value))
    for element in quote.iter():  # type: ignore[attr-defined]
        if not isinstance(element.tag, str):
            continue  # (the box's own text too: a title line that is the quote's first part)
        text = _first_line(element)
        if element.tag == "cite" and text:
            match = _QUOTE_LEAD.match(text)
            return _lead_name(match) if match else normalise_author(text)
        match = _QUOTE_LEAD.match(text) if text else None
        if match is not None:
            return _lead_name(match)
    return None


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def is_hidden(element: object, block: object) -> bool:
    """Whether ``element`` (or an ancestor below ``block``) is kept from readers: ``aria-hidden``,
    ``hidden`` or a hiding style. Waline's location / browser / OS line is ``aria-hidden``; a
    comment's body never is."""
    current = element
    while current is not None and current is not block:
        get = current.get  # type: ignore[attr-defined]
        if (
            get("aria-hidden") == "true"
            or get("hidden") is not None
            or _HIDDEN_STYLE.search(str(get("style") or ""))
        ):
            return True
        current = current.getparent()  # type: ignore[attr-defined]
    return False
