"""Page chrome in plain-text dumps: the widgets, buttons, headings and notices around an article
and its comments, recognised one line at a time.

The patterns are English first, with the Russian equivalents of the commonest ones (the project
reads Western and Russian pages). Each is anchored at both ends: a line is chrome only when all of
it is, so an article sentence that mentions sharing or cookies stays text.
"""

from __future__ import annotations

import re

from slant.readers._comment_words import JOINED_LABEL, USER_AGENT_LINE
from slant.readers._text_reply_counts import REPLY_NOUNS

__all__ = [
    "ACTION_WORDS",
    "is_buttons",
    "is_chrome",
    "is_comments_heading",
    "is_follow_button",
    "is_like_row",
    "is_link_list_heading",
    "is_reply_form",
    "ui_words_kind",
]

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
    r"copy\s+link|copier\s+le\s+lien|link\s+kopieren|copiar\s+(?:el\s+)?enlace|pocket|flipboard|messenger|save|bookmark|teilen|partager|поделиться)"
    r"(?:\s+(?:this(?:\s+(?:article|story|post|page|video))?|it|on\s+\w+|via\s+\w+))?"
    r"|(?:artikel|beitrag)\s+teilen|partager\s+(?:cet\s+article|sur\s+\w+))"
)
# A like button's label in the languages slant reads: Jetpack, Facebook's plugin and forums show it
# over every comment, often glued to its counter by markup ("J'aimeAimé par 2 personnes").
_LIKE_BUTTON = (
    r"(?:like|j['’]aime|me\s+gusta|gefällt\s+mir|mi\s+piace|curtir|vind\s+ik\s+leuk|lubię\s+to!?"
    r"|нравится|подобається|赞|点赞|いいね!?|좋아요)"
)
_COUNT_WORD = r"(?:\d[\d\s,.]*|one|a|an|une?|un[oa]?|ein(?:er|em)?)"
# The counter beside it: "Liked by 21 people", "Aimé par 2 personnes", "3 personnes aiment ça",
# "Gefällt 4 Personen", "A 3 personas les gusta esto", "Нравится 5 людям", "12人赞过".
_LIKED_BY = (
    rf"(?:liked\s+by\s+{_COUNT_WORD}\s+(?:people|person|others?|bloggers?)"
    rf"|aimé\s+par\s+{_COUNT_WORD}\s*(?:personnes?|blogueu(?:r|se)s?)"
    rf"|(?:à\s+|a\s+)?{_COUNT_WORD}\s*personnes?\s+aiment\s+(?:ça|cela|ceci)"
    rf"|gefällt\s+{_COUNT_WORD}\s*(?:personen|person|bloggern?)"
    rf"|(?:a\s+)?{_COUNT_WORD}\s*personas?\s+(?:les?\s+)?gusta(?:\s+esto)?|le\s+gusta\s+a\s+{_COUNT_WORD}\s*personas?"
    rf"|piace\s+a\s+{_COUNT_WORD}\s*persone?|(?:нравится|понравилось)\s+\d[\d\s]*\s*(?:людям|человекам?|пользователям)"
    r"|\d+\s*人(?:赞过|点赞|赞|觉得很赞))"
)
#: A like row: buttons, then at most a counter ("Like", "LikeLiked by 3 people", "J'aimeJ'aime").
_LIKE_ROW = rf"(?:{_LIKE_BUTTON}\s*)*(?:{_LIKE_BUTTON}|{_LIKED_BY})"
_LIKE_ROW_LINE = re.compile(rf"^{_LIKE_ROW}$", re.IGNORECASE)
_CHROME_PATTERNS = (
    r"(?:click|tap)\b.{0,80}",
    _SHARE + r"(?:" + _SEPARATORS + _SHARE + r")*:?",
    r"(?:read|see|view|watch)\s+(?:more|also|the\s+full\s+.{0,40}|full\s+.{0,40}|next)\b.{0,60}",
    r"continue\s+reading.{0,40}",
    r"like\s+this:?|like\s+loading\.*|be\s+the\s+first\s+to\s+(?:like|comment)\b.{0,20}",
    r"(?:loading|please\s+wait|load\s+more|show\s+more|see\s+more|view\s+more)\b.{0,40}",
    r"(?:show|view|hide|load|see)\s+(?:all\s+)?(?:\d+\s+)?(?:more\s+)?(?:comments?|replies|repl(?:y|ies))\b.{0,20}",
    r"\d[\d,.]*[km]?\s+(?:likes?|shares?|views?|reads?|votes?|points?|upvotes?|reactions?|replies)",
    _LIKE_ROW + "|"
    r"(?:the\s+)?comments?\s+(?:are|will\s+be)\s+(?:pre-?)?moderated\b.{0,120}|"
    # WordPress's "Your comment is awaiting moderation." in its translations
    r"your\s+comment\s+is\s+awaiting\s+moderation\b.{0,80}|tu\s+comentario\s+está\s+(?:pendiente|esperando).{0,80}|"
    r"dein\s+kommentar\s+muss\s+noch\s+freigeschaltet\s+werden.{0,40}|"
    r"votre\s+commentaire\s+est\s+en\s+attente\s+de\s+modération.{0,40}|"
    r"il\s+tuo\s+commento\s+è\s+in\s+attesa\s+di\s+moderazione.{0,40}|"
    r"o\s+seu\s+comentário\s+aguarda\s+moderação.{0,40}|ваш\s+комментарий\s+(?:ожидает|будет)\s+.{0,60}",
    r"(?:views?|reads?|просмотр(?:ы|ов)?)\s*:\s*[\d,. ]+[km]?|advertisement\b.{0,40}|\d+\s*(?:-\s*)?min(?:ute)?s?\s+read",
    r"(?:senior|junior|new|regular|active|banned|registered|premium|super|gold|silver|platinum|veteran|"
    r"founding|full)\s+(?:member|user|moderator|poster|contributor)|member|moderator|administrator|contributor",
    # a member card's registration date, in the languages of the shared list ("Fecha de ingreso: mar 2016")
    JOINED_LABEL + r"\s*[:：]\s*\S.{0,40}",
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
    # a comment widget's sign-in prompt: "ВОЙТИ С ПОМОЩЬЮ", "ИЛИ ЗАРЕГИСТРИРОВАТЬСЯ В DISQUS ?"
    r"(?:или\s+)?(?:зарегистрироваться|войти\s+(?:с\s+помощью|через))\b.{0,40}|"
    r"войти|регистрация|главная|поиск|меню|комментировать|показать\s+(?:еще|ещё|все).{0,30})",
    r"(?:photo|image|picture|credit|illustration|video|source|file\s+photo|pictured|caption|фото|источник|"
    r"foto|bild|quelle|crédits?|illustration)s?\s*(?::|©|by\b|von\b|par\b).{0,160}",
    r"disclosure(?:\s+statement)?|(?:temps\s+de\s+lecture|lesezeit|lesedauer|время\s+чтения|reading\s+time)\s*:?\s*\d.{0,20}|"
    r"(?:page|seite|страница)\s+\d+\s+(?:of|von|из|sur)\s+\d+",
    r"(?:lire\s+aussi|à\s+lire\s+aussi|read\s+(?:more|also|next)|see\s+also|читайте\s+также|lesen\s+sie\s+auch|"
    r"mehr\s+zum\s+thema)\s*[|:›»]\s*.{1,200}",
    r"(?:your\s+)?e-?mail\s+address\s*\*?|we\s+value\s+your\s+privacy\.?",
    # the comment form's e-mail notice in WordPress's translations
    r"tu\s+(?:dirección\s+de\s+)?correo\s+electrónico\s+no\s+(?:será|se)\s+publica.{0,80}|"
    r"(?:deine|ihre)\s+e-?mail-?adresse\s+wird\s+nicht\s+veröffentlicht.{0,80}|"
    r"votre\s+adresse\s+(?:e-?mail|de\s+messagerie|courriel)\s+ne\s+sera\s+pas\s+publiée.{0,80}|"
    r"il\s+tuo\s+indirizzo\s+(?:e-?mail\s+)?non\s+sarà\s+pubblicato.{0,80}|"
    r"o\s+seu\s+(?:endereço\s+de\s+)?e-?mail\s+não\s+será\s+publicado.{0,80}|"
    r"ваш\s+(?:адрес\s+)?(?:e-?mail|email|электронной\s+почты)\s+не\s+будет\s+опубликован.{0,80}|"
    r"je\s+e-?mailadres\s+wordt\s+niet\s+gepubliceerd.{0,80}|"
    r"you\s+must\s+(?:log\s+in|sign\s+in|register)\s+(?:or\s+(?:register|sign\s+up)\s+)?to\s+.{1,60}|"
    r"(?:you\s+must\s+be|log\s+in\s+to|sign\s+in\s+to|please\s+log\s+in\s+to)\s+(?:logged\s+in\s+to\s+)?"
    r"(?:post\s+a\s+|leave\s+a\s+|add\s+a\s+)?(?:comment|reply)\b.{0,40}",
    r"(?:©|\(c\)|copyright\b).{0,120}",
    r"[-=_*~#.·•]{3,}",
    # comment systems' notices and prompts, in the page's language
    r"this\s+discussion\s+is\s+(?:now\s+)?closed\b.{0,160}|comments\s+(?:are|have\s+been)\s+(?:now\s+)?closed\b.{0,80}|"
    r"(?:the\s+)?comments\s+below\s+have\s+(?:not\s+)?been\s+moderated\.?|"
    r"by\s+posting\s+(?:your\s+)?(?:a\s+)?comments?\b.{0,120}|do\s+you\s+want\s+to\s+automatically\s+post\b.{0,120}|"
    r"(?:sign|log)\s+in\s+(?:or|to|with)\b.{0,120}|or\s+sign\s+up\s+with\b.{0,40}|ou\s+s['’]inscrire\s+(?:avec|sur)\b.{0,40}|"
    r"oder\s+(?:mit|bei)\s+\S+\s+registrieren\b.{0,20}|(?:create|register)\s+(?:an|your)\s+.{0,40}account\b.{0,80}|"
    r"share\s+(?:what\s+you\s+think|your\s+(?:thoughts|views|comment|opinion))\b.{0,20}|"
    r"continue\s+this\s+thread\b.{0,10}|video\s+player\b.{0,30}|(?:last\s+)?edited\s+(?:\S+\s+){0,4}by\s+\S.{0,40}|"
    r"zuletzt\s+bearbeitet\b.{0,60}|(?:dernière\s+)?modifi(?:é|cation)\s+(?:\S+\s+){0,4}par\s+\S.{0,40}|"
    r"本帖最后由.{1,60}编辑|本帖最後由.{1,60}編輯|"  # a forum's "last edited by <name> at <time>"
    r"(?:отредактировано|изменено)\s+.{0,60}|(?:последний\s+раз\s+)?редактировалось\s+.{0,100}|(?:trouble|problems?)\s+loading\b.{0,20}|reuse\s+this\s+content|"
    r"(?:подписывайтесь|подпишитесь|присоединяйтесь)\b.{0,100}|войдите\b.{0,80}|"
    r"чтобы\s+оставить\s+комментарий.{0,40}|(?:abonnieren|folgen)\s+sie\b.{0,80}|melden\s+sie\s+sich\b.{0,80}|"
    r"(?:abonnez-vous|inscrivez-vous|connectez-vous|suivez-nous)\b.{0,80}",
    r"(?:(?:newer|older|next|previous)\s+(?:posts?|entr(?:y|ies)|articles?|stories)|home|back)"
    r"(?:\s+(?:(?:newer|older|next|previous)\s+(?:posts?|entr(?:y|ies)|articles?|stories)|home|back))*",
    r"show\s+\d+|[\[(<]?(?:image|photo|picture|gif|video|attachment|media|sticker|изображение|фото)[\])>]?",
    r"also\s+on\s+.{1,60}",
    r"(?:write|e-?mail|contact)\s+(?:to\s+)?us\b.{0,80}",
    r"(?:(?:additional\s+)?reporting|writing|editing|compiled|translated)\s+by\b.{1,200}|our\s+standards:.{0,80}",
    r"(?:tags?|schlagworte|mots-clés|etiquetas|теги|filed\s+under|posted\s+in|categor(?:y|ies)|topics?)\s*:.{0,200}",
    r"(?:tags|related(?:\s+(?:posts?|articles?|stories|news|content|topics))?|you\s+may\s+also\s+like|"
    r"more\s+(?:stories|news|from\s+.{1,40})|recommended(?:\s+for\s+you)?|most\s+(?:read|popular)|"
    r"popular\s+(?:posts|stories)|trending(?:\s+now)?|latest\s+news|editor'?s\s+picks?)\s*:?",
)
# A button that unfolds more of the thread, in any language: a verb, a count, the word for comments
# or replies and the word for "more" ("Ver 1 respuesta más", "Cargar 6 comentarios más", "Weitere 3
# Antworten laden"). The "more" sets it apart from a reply count over shown replies ("Ver 2 respuestas").
_MORE = r"(?:more|más|mais|mehr|weitere|de\s+plus|altri|altre|ещё|еще|więcej)"
# "Show 3 other replies", "Charger 5 autres commentaires": the hidden ones are the others.
_OTHER = r"(?:other|autres|andere|anderen|otros|otras|outros|outras|других|другие)"
_THREAD_NOUNS = (
    rf"(?:{REPLY_NOUNS}|comments?|comentarios?|comentários?|commentaires?|kommentare?|commenti|комментари\w*)"
)
_EXPANDER = (
    rf"(?:[^\W\d_]{{2,12}}\s+)?(?:{_MORE}\s+)?\d{{1,4}}\s+(?:(?:{_MORE}|{_OTHER})\s+)?{_THREAD_NOUNS}"
    rf"(?:\s+{_MORE})?(?:\s+[^\W\d_]{{2,12}})?"
)
_CHROME = re.compile(r"^(?:" + "|".join(_CHROME_PATTERNS) + r")$", re.IGNORECASE)
_EXPANDER_LINE = re.compile(rf"^{_EXPANDER}$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_MORE_WORD = re.compile(rf"(?<!\w)(?:{_MORE}|{_OTHER})(?!\w)", re.IGNORECASE)
# Short lines only (a cheap length check keeps these backtracking patterns off the paragraphs).
_MAX_SHORT_CHROME_CHARS = 60
_SHORT_CHROME = re.compile(
    r"^(?:"
    r".{1,40}\s+\d{1,3}(?:[.,]\d)?\s?%|"  # a poll's option and its share: "Yes 58%"
    # a credit to news agencies: "M.C. avec AFP", "with Reuters", "mit dpa"
    r"(?:.{1,40}\s+)?(?:avec|with|mit|и|and|/)?\s*(?:afp|ap|reuters|dpa|ansa|efe|kna|epd|agencies|agences|"
    r"agenturen|тасс|риа\s+новости|интерфакс)(?:\s*(?:,|/|and|et|und|и)\s*(?:afp|ap|reuters|dpa|agencies))*|"
    # a widget's credit under what it draws: "Powered by Commento", "Propulsé par Disqus"
    r"(?:powered\s+by|propulsé\s+par|bereitgestellt\s+von|desarrollado\s+por|работает\s+на)(?:\s+[^\s.!?]+){1,3}|"
    # the comment plug-in's own name under it: "Facebook-Kommentare-Plug-in", "Plug-in de commentaires Facebook"
    r"(?=[^.!?]*\bplug-?in\b)(?=[^.!?]*(?:comment|kommentar|comentario|коммент))[^.!?]{1,50}"
    r")$",
    re.IGNORECASE,
)
# Notices recognised by a phrase anywhere in a line of at most _MAX_NOTICE_CHARS: newsletter boxes,
# comment-section disclaimers in the languages the project reads.
_MAX_NOTICE_CHARS = 300
_NOTICE_WORDS = (
    "inbox",
    "mailing",
    "reflect",
    "meinung",
    " pas",
    "редакци",
    "мнение",
    "позици",
    "sign up",
    "subscribe",
    "funding",
    "consult",
    "affiliations",
    "moder",
    "abonn",
)
_NOTICE = re.compile(
    r"(?:"
    r"\b(?:delivered|sent|straight|direct(?:ly)?)\s+to\s+your\s+inbox\b|"
    r"\bmailing\s+list\b|"
    r"\bdo(?:es)?\s+not\s+(?:necessarily\s+)?reflect\s+the\s+views\b|"
    r"\bnicht\s+(?:unbedingt|zwingend|notwendigerweise)\s+die\s+meinung\b|"
    r"\bne\s+(?:reflètent|représentent|engagent)\s+pas\b|"
    r"(?:мнение|позици[юя])\s+редакции\s+(?:может\s+)?не\s+(?:совпада|отража)|"
    r"\bне\s+(?:всегда\s+|обязательно\s+)?(?:отражают|совпадает\s+с)\s+(?:мнение|позици[юя])\b|"
    r"\b(?:sign\s+up|subscribe)\s+(?:here|now|today)\.?$|"
    # a subscription offer and its price: "abonnez-vous dès 1 € le premier mois", "jetzt abonnieren ab 1 €"
    r"\b(?:abonnez-vous|abonnieren\s+sie|abonnieren|abónate|abbonati)\s+(?:dès|à\s+partir\s+de|ab|desde|da)\s+\d|"
    # authors' disclosures: "X receives funding from ...", "... does not work for, consult, own shares in ..."
    # a thread's moderation notice: "Les réactions sont modérées a posteriori.", "Comments are moderated."
    r"^(?:the\s+|les\s+|die\s+)?(?:comments|réactions|commentaires|kommentare|beiträge)\s+(?:are|sont|werden)\s+"
    r"(?:(?:pre-?|post-?)?moderated|modérés|modérées|moderiert)\b|"
    r"\breceives?\s+funding\s+from\b|\bdoes\s+not\s+work\s+for,\s+consult\b|\bno\s+relevant\s+affiliations\b"
    r")",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:use|accept|consent|policy|settings|agree)\b|"
    r"\b(?:cookies?|куки)\b.{0,120}(?:использ|отключ|принима|соглас|настройк|verwende|akzept|einstell|zustimm|"
    r"utilis|accept|paramètr|consent|utiliz|acept|navega)|(?:использ|verwende|utilis|utiliz|usamos|usiamo|\buse\b)"
    r".{0,80}\b(?:cookies?|куки)\b",
    re.IGNORECASE,
)
# "Home | News | City" (two bars or slashes at least), or "Главная › Общество" (arrows, no digits:
# "Post by jane » Mon Nov 28, 2016" is a forum post's header).
_BREADCRUMB = re.compile(
    r"^(?:[^|›»>/]{1,40}(?:\s+[|/]\s+[^|›»>/]{1,40}){2,}|[^|›»>/\d]{1,40}(?:\s+[›»>‹]\s+[^|›»>/\d]{1,40})+)$"
)
_COMMENTS_HEADING = re.compile(
    r"^(?:(?:\d[\d,.]*k?|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:(?:readers?|users?|visitors?|residents?|members?|viewers?|listeners?)'?s?'?\s+|top\s+|all\s+|newest\s+|latest\s+|best\s+|most\s+relevant\s+)?"
    r"(?:comments?|responses?|replies|thoughts?|reactions?|discussion|conversation|"
    r"комментари[йияев]+|отзыв(?:ы|ов)?|обсуждение|kommentare?|leserkommentare|diskussion|commentaires?|"
    r"réactions?|comentarios?|forum|beiträge|leserbeiträge|posts|messages|сообщени[йя]|"
    # WordPress's "N thoughts on “...”" in its translations
    r"réflexions?|reflexiones|riflessioni|pensieri|gedanken|мысл(?:ей|и|ь)|pensamentos|comentários?|commenti|"
    r"reacties|reactie|komentarz[ey]?|kommentarer|коментар(?:і|ів|ія)?|komentáře|komentářů|komentáře|komentari|"
    r"komentarai|kommentit|hozzászólások|yorumlar|respuestas|risposte|respostas|svar|yorum|yorumlar|"
    r"(?:条|條|則|件|个|個)?\s*(?:评论|評論|留言|コメント)|댓글)(?!\w)"  # (not "Top Commenter", a badge)
    r"(?:\s*\(\d[\d,]*\)|\s+\d[\d,]*)?"
    r"(?:\s+(?:on|to|about|sur|zu|zum|zur|su|sobre|en|em|a|к|о|op|do|om|til|till)\s+.{1,200})?\s*:?"
    r"|(?:join|start)\s+(?:the|our)\s+(?:discussion|conversation|debate|commenting\s+forum|community).{0,40}"
    r"|vos\s+(?:réactions|commentaires|avis)|ihre\s+(?:kommentare|meinungen?)|ваши\s+(?:комментарии|отзывы)"
    r"|what\s+do\s+you\s+think\??|your\s+(?:views|comments|say|opinions?|reactions|replies|letters|responses)|have\s+your\s+say.{0,20}|(?:add|post|write)\s+a\s+comment.{0,20}"
    r"|discuss(?:ion)?(?:\s+this\s+(?:article|story|post))?"
    r"|diskutieren\s+sie\s+mit.{0,20}|ihre\s+meinung.{0,20}|(?:kommentar|beitrag)\s+(?:schreiben|verfassen)"
    r"|réagissez.{0,20}|(?:ajouter|écrire|laisser)\s+un\s+commentaire.{0,20}|einen\s+kommentar\s+hinzufügen.{0,20}|donnez\s+votre\s+avis.{0,20}"
    r"|(?:написать|оставить|добавить)\s+комментарий.{0,20}|ваше\s+мнение.{0,20}"
    r"|(?:\d+\s+)?comments?\s+(?:to|for|on)\s+.{1,200}$",
    re.IGNORECASE,
)
_REPLY_FORM = re.compile(
    r"^(?:leave\s+a\s+(?:reply|comment)|(?:leave|add|post|write)\s+your\s+(?:reply|comment|response)|reply\s+to\s+this\s+(?:post|article)|"
    # WordPress's "Leave a Reply" in its translations, and other engines' comment forms
    r"deja\s+(?:una\s+respuesta|un\s+comentario|tu\s+comentario)|dejar\s+un\s+comentario|"
    r"(?:agrega|agregar|añade|añadir)\s+(?:un|tu)\s+comentario|"
    r"escribe\s+(?:un|tu)\s+comentario|(?:schreibe|hinterlasse|hinterlassen\s+sie|schreiben\s+sie)\s+einen\s+"
    r"(?:kommentar|antwort)|lascia\s+(?:un\s+commento|una\s+risposta)|deixe\s+(?:um\s+comentário|uma\s+resposta|"
    r"seu\s+comentário)|laisser\s+(?:un\s+commentaire|une\s+réponse)|(?:laissez|écrivez)\s+un\s+commentaire|"
    r"(?:оставить|оставьте|добавить|написать)\s+(?:комментарий|ответ)|laat\s+een\s+(?:reactie|antwoord)\s+achter|"
    r"dodaj\s+komentarz|napisz\s+komentarz|zostaw\s+komentarz|"
    # Blogger's "Post a Comment" in its translations
    r"posta\s+un\s+commento|publicar\s+un\s+comentario|einen\s+kommentar\s+veröffentlichen|"
    r"publier\s+un\s+commentaire|postar\s+um\s+comentário|отправить\s+комментарий|"
    r"发表评论|發表評論|发表回复|發表回覆|留下评论|我也说一句|我也說一句|コメントを(?:残す|書く)|댓글\s*(?:남기기|쓰기))(?:\b.{0,60})?$",
    re.IGNORECASE,
)
_LINK_LIST_HEADING = re.compile(
    r"^(?:tags|schlagworte|mots-clés|теги|related(?:\s+(?:posts?|articles?|stories|news|content|topics|coverage))?|"
    r"you\s+may\s+also\s+like|"
    r"more\s+(?:stories|news|from\s+.{1,40})|recommended(?:\s+for\s+you)?|most\s+(?:read|popular)|"
    r"popular\s+(?:posts|stories)|trending(?:\s+now)?|latest\s+news|editor'?s\s+picks?|read\s+(?:also|next)|"
    r"see\s+also|читайте\s+также|по\s+теме|похожие\s+(?:новости|статьи)|also\s+on\s+.{1,60}|"
    r"explore\s+more(?:\s+on\s+th(?:ese|is)\s+topics?)?|more\s+on\s+th(?:is|ese)\s+(?:story|stories|topics?)|"
    r"mehr\s+zum\s+thema|lesen\s+sie\s+(?:auch|mehr)|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren|"
    r"(?:à\s+)?lire\s+aussi|sur\s+le\s+même\s+sujet|(?:articles?\s+)?(?:similaires|liés)|"
    r"ещ[её]\s+по\s+теме|другие\s+новости|новости\s+партн[её]ров|les\s+plus\s+(?:lus|partagés|commentés)|"
    r"meistgelesen|am\s+meisten\s+gelesen|promoted\s+(?:stories|content|links)|sponsored\s+(?:stories|content|links)|"
    r"(?:from|around)\s+the\s+web|(?:by\s+)?(?:taboola|outbrain)|paid\s+content|dans\s+la\s+même\s+rubrique|"
    r"sur\s+le\s+même\s+thème|poll|umfrage|опрос|sondage|quiz|материалы\s+по\s+теме|(?:related\s+)?topics|sujets|themen|темы|"
    r"самое\s+(?:читаемое|популярное)|популярное|most\s+(?:viewed|shared|commented)|"
    r"(?:lo\s+)?más\s+(?:vist[oa]s?|leíd[oa]s?|comentad[oa]s?)|(?:i\s+)?più\s+lett[ei])\s*:?$",
    re.IGNORECASE,
)


# The forum software's footer: "GMT+8, 2024-12-5 21:07 , Processed in 0.061 second(s), 22 queries .",
# "Page generated in 0.12 seconds".
_SERVER_FOOTER = re.compile(
    r"^.{0,60}\bprocessed\s+in\s+\d*\.\d+\s*s.{0,20}\b\d+\s+quer(?:y|ies)\b.{0,20}$|"
    r"^page\s+(?:generated|created|rendered)\s+in\s+\d*\.\d+\s*s\w*\.?$|"
    # the board's clock: vBulletin's "All times are GMT +1. The time now is 12:03." in its translations
    r"^(?:all\s+times\s+are|la\s+franja\s+horaria\s+es|alle\s+zeitangaben\s+in|toutes\s+les\s+heures\s+sont"
    r"|tutti\s+gli\s+orari\s+sono|часовой\s+пояс)\s+(?:gmt|utc)\b.{0,80}$|"
    # the forum software's credit with its copyright: "Powered by vBulletin® Copyright ©2000 - 2024, ..."
    r"^(?:powered\s+by|propulsé\s+par|desarrollado\s+por|bereitgestellt\s+von)\s+\S+\s+(?:copyright|©).{0,100}$",
    re.IGNORECASE,
)
_SERVER_FOOTER_WORDS = (
    "processed in",
    "generated in",
    "created in",
    "rendered in",
    "gmt",
    "utc",
    "copyright",
    "©",
)
# A comment form's consent box: save the name, the e-mail address and the website in this browser
# (WordPress's "Save my name, email, and website in this browser for the next time I comment." in
# every translation names the e-mail and the browser).
_CONSENT_EMAIL = re.compile(r"e-?mail|correo|courriel|почт|邮箱|メール", re.IGNORECASE)
_CONSENT_BROWSER = ("browser", "navegador", "navigateur", "браузер", "浏览器", "ブラウザ")
_CONSENT_NAME = re.compile(r"\b(?:name[ns]?|nombre|nom|nome|naam|имя)\b|名", re.IGNORECASE)
_MAX_CONSENT_WORDS = 30


def is_chrome(line: str) -> bool:
    """Tell page furniture: widgets, share rows, captions, cookie notices, comment-form fields."""
    if _CHROME.match(line) is not None or _BREADCRUMB.match(line) is not None:
        return True
    if len(line) <= _MAX_SHORT_CHROME_CHARS and _SHORT_CHROME.match(line) is not None:
        return True
    if len(line) <= _MAX_SHORT_CHROME_CHARS and USER_AGENT_LINE.match(line.strip()) is not None:
        return True  # "Chrome 131.0.0.0   Windows 10" under a commenter's name: the widget's, no text
    if (
        len(line) <= _MAX_SHORT_CHROME_CHARS
        and _DIGIT.search(line) is not None
        and _MORE_WORD.search(line) is not None
        and _EXPANDER_LINE.match(line) is not None
    ):
        return True
    # The phrase searches scan the whole line: only lines holding one of their words pay for them.
    lowered = line.casefold()
    if (
        any(word in lowered for word in _CONSENT_BROWSER)  # (the rarest of the three words first)
        and len(line.split()) <= _MAX_CONSENT_WORDS
        and _CONSENT_EMAIL.search(line) is not None
        and _CONSENT_NAME.search(line) is not None
    ):
        return True
    if any(words in lowered for words in _SERVER_FOOTER_WORDS) and _SERVER_FOOTER.match(line) is not None:
        return True
    if (
        len(line) <= _MAX_NOTICE_CHARS
        and any(word in lowered for word in _NOTICE_WORDS)
        and _NOTICE.search(line) is not None
    ):
        return True
    return (
        ("cookie" in lowered or "куки" in lowered)
        and len(line.split()) <= 40
        and _COOKIE.search(line) is not None
    )


def is_like_row(line: str) -> bool:
    """Tell a like button and its counter, in any language slant reads: "LikeLiked by 21 people",
    "J'aimeAimé par 2 personnes", "Me gusta", "Gefällt mir"."""
    return _LIKE_ROW_LINE.match(line) is not None


def is_buttons(line: str) -> bool:
    """Tell a comment's action row: "Reply", "Like (4) · Reply · Report", "△ ▽ • Reply • Share ›"."""
    return _BUTTONS.match(line) is not None


def is_comments_heading(line: str) -> bool:
    """Tell the heading over a comment thread: "Comments (12)", "5 thoughts on “...”"."""
    return _COMMENTS_HEADING.match(line) is not None


def is_reply_form(line: str) -> bool:
    """Tell the heading of the reply form: "Leave a Reply", before or after the thread."""
    return _REPLY_FORM.match(line) is not None


# A follow button, maybe with its pronoun ("Follow", "+ Follow", "Follow her", "关注她", "フォローする").
_FOLLOW_BUTTON = re.compile(
    r"^\+?\s*(?:follow|folgen|suivre|seguir|segui|volgen|obserwuj|подписаться|关注|關注|フォロー(?:する)?|팔로우)"
    r"\s*(?:him|her|them|ihm|ihr|他|她|它|ta)?$",
    re.IGNORECASE,
)


def is_follow_button(line: str) -> bool:
    """Tell a follow button ("Follow", "Follow her", "关注她"): under a name, it makes an author box."""
    return _FOLLOW_BUTTON.match(line.strip()) is not None


def is_link_list_heading(line: str) -> bool:
    """Tell the heading of a list of links to other stories ("Related stories", "Most read")."""
    return _LINK_LIST_HEADING.match(line) is not None


# The words of comment widgets, buttons and badges, in the languages the project reads. A short line
# made only of these, counts, timestamps and symbols is page chrome whatever its order or separators,
# so a widget the patterns above do not know ("Sort by / Oldest / Per page / 50") does not pass for an
# author line or a one-line comment. Action words close a comment (its action row); the others do not.
#: Words of a comment's buttons, in the languages slant reads; the HTML shape finder uses them too.
ACTION_WORDS = frozenset(
    """reply replies like likes liked unlike dislike report flag share shares recommend rate thank
    upvote downvote vote votes permalink quote edit delete follow save award respond
    antworten antwort melden empfehlen teilen gefällt zitieren bewerten merken
    répondre repondre signaler partager aimer j'aime citer recommander
    ответить ответ нравится пожаловаться поделиться цитировать жалоба лайк""".split()
)
# Action words in further languages, for the text reader only (the HTML shape finder keeps to
# ACTION_WORDS). A language missing here is caught by its repetition: see _text_prepare.
_OTHER_ACTION_WORDS = frozenset(
    """responder responde respuesta respuestas denunciar compartir citar editar borrar
    rispondi risposta risposte segnala condividi cita modifica elimina piace
    resposta respostas partilhar compartilhar curtir
    reageer reageren antwoord antwoorden beantwoorden delen citeren
    odpowiedz odpowiedź odpowiedzi zgłoś udostępnij cytuj
    svara svar dela rapportera vastaa odpovědět odpovedať yanıtla cevapla відповісти odgovori
    回复 回覆 返信 답글 举报 舉報 支持 反对 反對 引用 分享 收藏""".split()
)
_UI_WORDS = frozenset(
    """avatar login logout log in up sign signup register sort sorted newest oldest
    best worst top popular first latest new old most all view show hide load more less collapse collapsed
    expand expanded thread threads display per page picks pick staff contributor moderator mod admin
    administrator op author verified fan fans destacado destacada member pinned featured highlighted name guest's comments comment comentarios comentario
    embed parent context relevant relevance recent cancel post submit tweet print email e-mail rated facebook twitter x google apple disqus telegram vk whatsapp linkedin reddit options menu
    edited editado editada deleted notifications notification subscribe follower followers points point score this article story
    highlight highlights plugin widget powered published updated editors editors' editor's viewing options option flat threaded nested
    privacy preferences manage consent settings accept reject agree cookies cookie address gift reuse content
    contribute artikel beitrag verschenken kommentieren offrir cet ce contenu réutiliser contribuer commenter
    мне mir комментировать écouter ecouter anhören vorlesen listen слушать feedback обсудить discuss diskutieren
    débattre réagir offres offre abonnement d'abonnement d’abonnement hören drucken empfehlungen empfehlung l'article l’article full chronological chronologisch chronologique хронологии abus abuse missbrauch нарушение
    add write leave laden logged message messages see posts reader readers reader's readers' sponsored promoted ad ads anzeige реклама publicité sponsorisé poll polls umfrage опрос sondage quiz вконтакте одноклассники дзен instagram youtube rutube ok закрыть close
    neueste älteste beliebteste zuerst anmelden registrieren abmelden mehr anzeigen alle weitere einblenden
    ausblenden sortieren nach kommentare kommentar antworten redaktion autor
    plus récents recents anciens populaires connexion se connecter inscrire voir afficher tous toutes trier
    par commentaires commentaire réponses réponse masquer rédaction auteur
    сначала новые старые популярные лучшие войти показать ещё еще все скрыть развернуть свернуть комментарии
    комментарий ответы сортировать по автор модератор администратор админ редакция изменено отредактировано
    只看楼主 只看樓主""".split()
)
# Little words that join widget words ("Sign in with", "Trier par : Les plus récents"); alone they are no widget.
_CONNECTIVES = frozenset(
    "or with and by to the of on a an as via nos vos les la le l' des du de à au un une der die das den nach und oder ein eine "
    "на по и или в".split()
)
_UI_SPLIT = re.compile(r"[\s·•|/,–—:()\[\]]+")
_COUNT = re.compile(
    r"^[+\-−]?\d[\d,.]*[kmкм%]?$|^\d{1,3}\s*(?:s|m|h|d|w|y|mo|min|hr|hrs|yr|yrs|wk|wks|j|std|ч|д|г|мин)$",
    re.IGNORECASE,
)
_ALNUM = re.compile(r"\w")
_MAX_UI_TOKENS = 8
_LIKE_BUTTON_WORDS = re.compile(rf"(?<!\w){_LIKE_BUTTON}(?!\w)", re.IGNORECASE)
_SPACED_COUNT = re.compile(r"(?<!\S)(\d{1,3})\s(s|m|h|d|w|y|min|std|ч|д|г|мин)(?!\S)", re.IGNORECASE)


def ui_words_kind(line: str) -> str | None:
    """Tell a short line made only of widget words, counts and symbols ("Avatar", "Top fan", "Sort by
    Oldest", "Log in with", "OR SIGN UP WITH DISQUS ?", "Empfehlen (14)", "G" for an avatar's initial).

    The caller strips timestamps first. Returns "buttons" when the line has an action word ("Reply",
    "Antworten"), "chrome" when it has other widget words only, else None.
    """
    if "·" in line or "•" in line or "|" in line:
        # "Me gusta · Responder · 👍 24 · 1 d": in a row of parts, a like button of several words is
        # one action, and a short time spaced from its unit ("1 d", "23 h") one count (only rows
        # pay for the two patterns: they cost a prose line more than the rest of this test)
        line = _SPACED_COUNT.sub(r"\1\2", _LIKE_BUTTON_WORDS.sub("like", line))
    tokens = [token.strip("›»…→↓↑?!.").casefold() for token in _UI_SPLIT.split(line)]
    tokens = [token for token in tokens if token]
    if len(tokens) > _MAX_UI_TOKENS:
        return None
    unknown_allowed = 1 if sum(token in _UI_WORDS or _is_action(token) for token in tokens) >= 3 else 0
    if len(tokens) == 1 and len(tokens[0]) == 1 and tokens[0].isalpha() and len(line.strip()) == 1:
        return "chrome"  # an avatar's initial
    action = False
    words = 0
    for token in tokens:
        if _is_action(token):
            action = True
            words += 1
        elif token in _UI_WORDS:
            words += 1
        elif token in _CONNECTIVES:
            continue
        elif _COUNT.match(token) is None and _ALNUM.search(token) is not None:
            if not unknown_allowed:
                return None  # (one unknown word among three widget words: "See all MNHQ posts")
            unknown_allowed -= 1
    if not words:
        symbols = [token for token in tokens if _ALNUM.search(token) is None]
        return "buttons" if symbols and len(symbols) < len(tokens) else None  # "👍 23", "▲ 4 ▼"
    if action and len(tokens) == 1 and line.rstrip().endswith(":") and tokens[0] in _QUOTE_LABELS:
        return None  # "Quote:" labels the quotation that follows: the comment's text
    return "buttons" if action else "chrome"


_QUOTE_LABELS = frozenset(
    "quote zitat zitieren цитата цитировать citation citer cita citar citazione".split()
)


def _is_action(token: str) -> bool:
    return token in ACTION_WORDS or token in _OTHER_ACTION_WORDS
