"""Page chrome in plain-text dumps: the widgets, buttons, headings and notices around an article
and its comments, recognised one line at a time.

The patterns are English first, with the Russian equivalents of the commonest ones (the project
reads Western and Russian pages). Each is anchored at both ends: a line is chrome only when all of
it is, so an article sentence that mentions sharing or cookies stays text.
"""

from __future__ import annotations

import re

__all__ = ["is_buttons", "is_chrome", "is_comments_heading", "is_link_list_heading", "is_reply_form"]

_SEPARATORS = r"[\s·•|/,–—\-]+"
_BUTTON_WORDS = (
    r"(?:reply|replies|like|likes|liked|unlike|report|flag|share|upvote|downvote|vote|votes|points?|"
    r"permalink|link|edit|edited|delete|quote|recommend|follow|hide|collapse|expand|save|award|give\s+award|"
    r"ответить|нравится|пожаловаться|поделиться|цитировать|[△▽›]|reply\s+to\s+this"
    r"(?:\s+comment)?|report\s+(?:this\s+)?comment|report\s+abuse|[↑↓▲▼+−-]|\d[\d,.]*[km]?)"
)
_BUTTONS = re.compile(
    r"^(?:"
    + _BUTTON_WORDS
    + r"(?:\s*\(\d+\))?\s*[↓→]?)(?:"
    + _SEPARATORS
    + r"(?:"
    + _BUTTON_WORDS
    + r"(?:\s*\(\d+\))?\s*[↓→]?))*$",
    re.IGNORECASE,
)
_SHARE = (
    r"(?:(?:share|tweet|print|e-?mail|facebook|twitter|x|whatsapp|telegram|vk|linkedin|reddit|pinterest|"
    r"copy\s+link|pocket|flipboard|messenger|save|bookmark)(?:\s+(?:this|it|on\s+\w+|via\s+\w+))?)"
)
_CHROME_PATTERNS = (
    r"(?:click|tap)\b.{0,80}",
    _SHARE + r"(?:" + _SEPARATORS + _SHARE + r")*:?",
    r"(?:read|see|view|watch)\s+(?:more|also|the\s+full\s+.{0,40}|full\s+.{0,40}|next)\b.{0,60}",
    r"continue\s+reading.{0,40}",
    r"like\s+this:?|like\s+loading\.*|be\s+the\s+first\s+to\s+(?:like|comment)\b.{0,20}",
    r"(?:loading|please\s+wait|load\s+more|show\s+more|see\s+more|view\s+more)\b.{0,40}",
    r"(?:show|view|hide|load|see)\s+(?:all\s+)?(?:\d+\s+)?(?:more\s+)?(?:comments?|replies|repl(?:y|ies))\b.{0,20}",
    r"\d[\d,.]*[km]?\s+(?:likes?|shares?|views?|reads?|votes?|points?|upvotes?|reactions?|replies)",
    r"(?:views?|reads?|просмотр(?:ы|ов)?)\s*:\s*[\d,. ]+[km]?|advertisement\b.{0,40}|\d+\s*(?:-\s*)?min(?:ute)?s?\s+read|.{0,300}\b(?:sign\s+up|subscribe)\s+(?:here|now|today)\.?",
    r"(?:senior|junior|new|regular|active|banned|registered|premium|super|gold|silver|platinum|veteran|"
    r"founding|full)\s+(?:member|user|moderator|poster|contributor)|member|moderator|administrator|contributor",
    r"(?:join(?:ed)?(?:\s+date)?|posts|messages|reputation|rep\s+power|location|likes?\s+received|"
    r"thanks|reaction\s+score|points|karma|member\s+since)\s*:\s*.{0,40}",
    r"(?:advertisement|advertising|sponsored(?:\s+content)?|ad|ads|promoted|skip\s+to\s+(?:main\s+)?content|"
    r"menu|search|home|sign\s+in|log\s*in|log\s*out|register|sign\s+up|subscribe|subscribed|newsletter|"
    r"donate|support\s+us|back\s+to\s+top|top|next|previous|next\s+post|previous\s+post|more|close|"
    r"accept|accept\s+all|reject\s+all|ok|got\s+it|toggle\s+navigation|comments\s+are\s+closed\.?|"
    r"(?:comment|name|e-?mail|website|url)\s*\*?|post\s+comment|submit(?:\s+comment)?|cancel(?:\s+reply)?|"
    r"notify\s+me\b.{0,80}|save\s+my\s+name\b.{0,120}|your\s+email\s+address\s+will\s+not\s+be\s+published\b.{0,80}|"
    r"required\s+fields\s+are\s+marked\b.{0,10}|you\s+must\s+be\s+logged\s+in\b.{0,80}|"
    r"this\s+site\s+uses\s+akismet\b.{0,120}|all\s+rights\s+reserved\.?|sort\s+by\b.{0,30}|"
    r"(?:newest|oldest|best|top|most\s+liked)(?:\s+first)?|"
    r"(?:subscribe|sign\s+up|register|join|follow\s+us)\b.{0,60})",
    r"(?:поделиться|реклама|загрузка\.*|читать\s+(?:далее|также|еще|ещё).{0,60}|подписаться.{0,40}|"
    r"войти|регистрация|главная|поиск|меню|комментировать|показать\s+(?:еще|ещё|все).{0,30})",
    r"(?:photo|image|picture|credit|illustration|video|source|file\s+photo|pictured|caption)s?\s*(?::|©|by\b).{0,160}",
    r"(?:©|\(c\)|copyright\b).{0,120}",
    r"[-=_*~#.·•]{3,}",
    r"(?:(?:newer|older|next|previous)\s+(?:posts?|entr(?:y|ies)|articles?|stories)|home|back)"
    r"(?:\s+(?:(?:newer|older|next|previous)\s+(?:posts?|entr(?:y|ies)|articles?|stories)|home|back))*",
    r"show\s+\d+|[\[(<]?(?:image|photo|picture|gif|video|attachment|media|sticker|изображение|фото)[\])>]?",
    r"also\s+on\s+.{1,60}",
    r"(?:(?:additional\s+)?reporting|writing|editing|compiled|translated)\s+by\b.{1,200}|our\s+standards:.{0,80}",
    r"(?:tags?|filed\s+under|posted\s+in|categor(?:y|ies)|topics?)\s*:.{0,200}",
    r"(?:related(?:\s+(?:posts?|articles?|stories|news|content|topics))?|you\s+may\s+also\s+like|"
    r"more\s+(?:stories|news|from\s+.{1,40})|recommended(?:\s+for\s+you)?|most\s+(?:read|popular)|"
    r"popular\s+(?:posts|stories)|trending(?:\s+now)?|latest\s+news|editor'?s\s+picks?)\s*:?",
)
_CHROME = re.compile(r"^(?:" + "|".join(_CHROME_PATTERNS) + r")$", re.IGNORECASE)
_COOKIE = re.compile(r"\bcookies?\b.*\b(?:use|accept|consent|policy|settings|agree)\b", re.IGNORECASE)
# "Home | News | City" (two bars or slashes at least), or "Главная › Общество" (arrows, no digits:
# "Post by jane » Mon Nov 28, 2016" is a forum post's header).
_BREADCRUMB = re.compile(
    r"^(?:[^|›»>/]{1,40}(?:\s+[|/]\s+[^|›»>/]{1,40}){2,}|[^|›»>/\d]{1,40}(?:\s+[›»>‹]\s+[^|›»>/\d]{1,40})+)$"
)
_COMMENTS_HEADING = re.compile(
    r"^(?:(?:\d[\d,.]*k?|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:(?:readers?|users?|visitors?)'?s?'?\s+|top\s+|all\s+|newest\s+|latest\s+|best\s+|most\s+relevant\s+)?"
    r"(?:comments?|responses?|replies|thoughts?|reactions?|discussion|conversation|"
    r"комментари[йияев]+|отзыв(?:ы|ов)?|обсуждение)"
    r"(?:\s*\(\d[\d,]*\))?(?:\s+(?:on|to|about)\s+.{1,200})?\s*:?"
    r"|(?:join|start)\s+the\s+(?:discussion|conversation|debate).{0,40}"
    r"|what\s+do\s+you\s+think\??|your\s+(?:views|comments|say|opinions?|reactions)|have\s+your\s+say.{0,20}|(?:add|post|write)\s+a\s+comment.{0,20}"
    r"|discuss(?:ion)?(?:\s+this\s+(?:article|story|post))?"
    r"|(?:\d+\s+)?comments?\s+(?:to|for|on)\s+.{1,200}$",
    re.IGNORECASE,
)
_REPLY_FORM = re.compile(
    r"^(?:leave\s+a\s+(?:reply|comment)|reply\s+to\s+this\s+(?:post|article))\b.{0,60}$", re.IGNORECASE
)
_LINK_LIST_HEADING = re.compile(
    r"^(?:related(?:\s+(?:posts?|articles?|stories|news|content|topics|coverage))?|you\s+may\s+also\s+like|"
    r"more\s+(?:stories|news|from\s+.{1,40})|recommended(?:\s+for\s+you)?|most\s+(?:read|popular)|"
    r"popular\s+(?:posts|stories)|trending(?:\s+now)?|latest\s+news|editor'?s\s+picks?|read\s+(?:also|next)|"
    r"see\s+also|читайте\s+также|по\s+теме|похожие\s+(?:новости|статьи))\s*:?$",
    re.IGNORECASE,
)


def is_chrome(line: str) -> bool:
    """Tell page furniture: widgets, share rows, captions, cookie notices, comment-form fields."""
    return (
        _CHROME.match(line) is not None
        or _BREADCRUMB.match(line) is not None
        or (len(line.split()) <= 40 and _COOKIE.search(line) is not None)
    )


def is_buttons(line: str) -> bool:
    """Tell a comment's action row: "Reply", "Like (4) · Reply · Report", "△ ▽ • Reply • Share ›"."""
    return _BUTTONS.match(line) is not None


def is_comments_heading(line: str) -> bool:
    """Tell the heading over a comment thread: "Comments (12)", "5 thoughts on “...”"."""
    return _COMMENTS_HEADING.match(line) is not None


def is_reply_form(line: str) -> bool:
    """Tell the heading of the reply form: "Leave a Reply", before or after the thread."""
    return _REPLY_FORM.match(line) is not None


def is_link_list_heading(line: str) -> bool:
    """Tell the heading of a list of links to other stories ("Related stories", "Most read")."""
    return _LINK_LIST_HEADING.match(line) is not None
