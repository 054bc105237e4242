"""The words comment headers use around a name, in the languages slant reads: one list per fact,
read by the text reader and the HTML reader alike, so that a word added here is read by every rule
(issue 14). Each is a regular-expression alternation; the patterns that read them stay with their
readers (a name's tail, a header line, a quote's title line).

Beside :mod:`slant.readers._text_chrome`, which holds the words of widgets and buttons.
"""

from __future__ import annotations

import re

__all__ = [
    "FLOOR",
    "FLOOR_NAMES",
    "JOINED_LABEL",
    "NUMBER_LABEL",
    "NUMBER_SIGN",
    "POSTED_VERBS_EN",
    "PROFILE_FACT",
    "REPLY_TO_WORDS",
    "SAID_VERBS",
    "SAID_VERBS_EN",
    "SAID_VERBS_OTHER",
    "SAID_WORDS",
]

#: The English verbs of speech after a commenter's name ("Jane says:", "Ann wrote"). They may
#: stand without a colon: they do not open an English comment the way "dice" or "dit" open others.
SAID_VERBS_EN = r"says|said|wrote|writes"
#: What English headers say instead of a speech verb ("Jane commented", "Ann replied:"); the text
#: reader's header lines accept them, a name's tail does not (a commenter may well be "Ann Posted").
POSTED_VERBS_EN = r"commented|comments|replied|posted"
#: The verbs of speech after a name in the other languages ("Ramón dijo:", "Nathalie a dit :",
#: "Ben schrieb:", "Иван пишет:", "张三说：", "王五写道："). Many also open a sentence ("Dice que…",
#: "Dit is…"), so a pattern that reads them at the start of a text asks for the colon after them.
SAID_VERBS_OTHER = (
    r"dijo|dice|escribió|escribio|escribe|comentó|comento|respondió|respondio|disse|diz|escreveu|comentou|"
    r"respondeu|ha\s+detto|ha\s+scritto|ha\s+commentato|ha\s+risposto|scrive|a\s+dit|a\s+écrit|"
    r"a\s+ecrit|a\s+commenté|a\s+répondu|écrit|dit|schrieb|schreibt|sagte|sagt|meinte|meint|kommentierte|"
    r"antwortete|пишет|писал[аи]?|написал[аи]?|сказал[аи]?|ответил[аи]?|прокомментировал[аи]?|zei|schreef|"
    r"schrijft|reageerde|napisał[a]?|pisze|skrev|sagde|kirjoitti|写道|說道|说道|说|說|表示|曰"
)
#: Every verb of speech, English first.
SAID_VERBS = SAID_VERBS_EN + "|" + SAID_VERBS_OTHER
#: The words before the name of the comment answered: "In reply to Sepp G.", "Antwort auf #1",
#: "En respuesta a Vicent_C", "en réponse à Odile", "В ответ на …", "回复 码农老陈:", "Replying to @ann".
REPLY_TO_WORDS = (
    r"(?:in\s+reply\s+to|replying\s+to|reply\s+to|in\s+response\s+to|response\s+to|replied\s+to"
    r"|(?:als\s+)?antwort\s+(?:auf|an)|en\s+respuesta\s+a|respuesta\s+a|en\s+réponse\s+à|réponse\s+à"
    r"|répondre\s+à|в\s+ответ\s+на|ответ\s+(?:на|для)|回复|回覆)"
)
#: The signs before a comment's number as pages print it: "#3", "Nr. 3", "No. 3", "№ 3", "n° 3".
NUMBER_SIGN = r"(?:#|\bnr\.?\s*|\bno\.\s*|№\s*|\bn°\s*)"
#: The words before a comment's number: "Comment 1" (Bugzilla), "Kommentar #3", "Beitrag 12".
NUMBER_LABEL = (
    r"(?:comment|post|reply|beitrag|kommentar|комментарий|сообщение|commentaire|comentario|commento)"
)
#: A Chinese forum's floor, its comments' number: "3楼" (the named group ``floor``).
FLOOR = r"(?P<floor>\d{1,5})\s*楼"
#: The names a Chinese forum gives its first floors instead of a number, in order from the second
#: post ("沙发" the sofa, "板凳" the bench, "地板" the floor, "地下室" the cellar): each is that post's number.
FLOOR_NAMES = ("沙发", "板凳", "地板", "地下室")

#: The label of a commenter's registration date in a profile box beside the post ("注册日期 2019-04-12",
#: "Joined: Mar 2019", "Mitglied seit 2012", "Регистрация: 12.03.2019"): a date it labels is not the
#: post's.
JOINED_LABEL = (
    r"(?:注册(?:日期|时间|于)|註冊(?:日期|時間|於)|加入(?:日期|时间|時間|于)|登録日|가입일"
    r"|joined(?:\s+on)?|join\s+date|registered(?:\s+on)?|member\s+since|registriert(?:\s+(?:seit|am))?"
    r"|dabei\s+seit|mitglied\s+seit|inscrit(?:e)?\s+(?:le|depuis)|inscription|membre\s+depuis"
    r"|регистрация|зарегистрирован[а]?|на\s+сайте\s+с|с\s+нами\s+с|registrado(?:\s+(?:el|desde))?"
    r"|miembro\s+desde|fecha\s+de\s+(?:registro|ingreso|alta)|iscritto(?:\s+(?:il|dal))?|iscrizione|lid\s+sinds"
    r"|registrerad|rejestracja|kayıt\s+tarihi)"
)

# "написал[аи]?": a word and its optional endings
_ENDINGS = re.compile(r"^(?P<word>\w+)\[(?P<endings>\w+)\]\?$")


def _one_words(alternation: str) -> frozenset[str]:
    words: set[str] = set()
    for alternative in alternation.split("|"):
        endings = _ENDINGS.match(alternative)
        if endings is not None:
            words.add(endings["word"])
            words.update(endings["word"] + ending for ending in endings["endings"])
        elif alternative.isalpha():
            words.add(alternative)
    return frozenset(words)


#: The verbs of speech that are one word ("says", "dijo", "пишет", "написала"), for a name's last word.
SAID_WORDS = _one_words(SAID_VERBS)

#: The profile facts a social network's comment plugin prints under a commenter's name ("Works at
#: Acme", "Trabaja en ...", "Estudió en ...", "Lives in ..."): each opens the line, the place or the
#: employer follows. Under a name they are the commenter's, never the comment's text.
PROFILE_FACT = (
    r"(?:works?\s+at|worked\s+at|studie[sd]\s+at|went\s+to|lives\s+in|trabaja\s+en|trabajó\s+en|"
    r"estudia\s+en|estudió\s+en|vive\s+en|arbeitet\s+(?:bei|in)|studiert(?:e)?\s+(?:an|in)|wohnt\s+in|"
    r"travaille\s+(?:chez|à)|a\s+étudié\s+à|étudie\s+à|habite\s+à|lavora\s+(?:presso|a)|"
    r"ha\s+studiato\s+(?:presso|a)|vive\s+a|trabalha\s+(?:na|no|em)|estudou\s+(?:na|no|em)|mora\s+em|"
    r"работает\s+в|работал[аи]?\s+в|учил(?:ся|ась)\s+в|учится\s+в|живёт\s+в|живет\s+в)"
)


# The browser and the system a comment was written with, which Waline, Valine, Twikoo, Artalk and
# other comment widgets print under the commenter's name ("Chrome 131.0.0.0   Windows 10", "Safari
# 17.6 · iOS 17.6"): a name of each, maybe with a version, in either order.
_BROWSERS = (
    r"chrome|chromium|safari|firefox|edge|opera|vivaldi|brave|yandex(?:\s?browser)?|samsung\s?internet"
    r"|uc\s?browser|qq\s?browser|wechat|weixin|miui\s?browser|huawei\s?browser|internet\s?explorer|ie"
)
_SYSTEMS = (
    r"windows(?:\s?(?:nt|xp|vista))?|mac\s?os(?:\s?x)?|macos|os\s?x|ios|ipados|android|linux|ubuntu|debian"
    r"|fedora|chrome\s?os|harmonyos|openharmony|windows\s?phone"
)
_VERSION = r"(?:\s?v?\d+(?:[._]\d+)*)?"
USER_AGENT_LINE = re.compile(
    rf"^(?:(?:{_BROWSERS}){_VERSION}[\s·•|/,]+(?:{_SYSTEMS}){_VERSION}"
    rf"|(?:{_SYSTEMS}){_VERSION}[\s·•|/,]+(?:{_BROWSERS}){_VERSION})$",
    re.IGNORECASE,
)
