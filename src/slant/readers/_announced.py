"""What a page announces about its comments, for telling the user when they are not in the page.

A page may say "74 comments" while the comments themselves load by script (Disqus, Facebook,
Coral...) or behind a "Show comments" button, so the saved page holds none or only some of them.
Without a word, that reads as a page nobody commented on. The readers record the gap once, in
``doc.meta["comments_note"]`` (see :func:`comments_note`); :mod:`slant.reports._notes` says it.

What counts as an announcement, and why it is narrow:

* a count in a short standalone element or line that is nothing but the count ("74 Comments",
  "Comments (74)", "74 Kommentare", "评论（74）"): a sentence of the article ("the bill drew 74
  comments") is longer than the count, so it never matches;
* in HTML, also the counters made for it: schema.org ``commentCount`` (JSON-LD on the article,
  or microdata), ``data-comments-count`` attributes and ``comment-count``-like classes;
* the marks of comment systems that load by script, and "Load/Show comments" buttons.

Counts that disagree within one kind (a "most read" box listing other stories' counts) are no
announcement: the kinds are tried from the most to the least specific, and an ambiguous kind
is skipped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from slant.readers._html_marks import PageMarks

__all__ = ["Announcement", "announced_in_html", "announced_in_text", "comments_note"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Announcement:
    """What a page says about its comments.

    Attributes:
        count: how many comments the page says it has, if it says.
        system: the script-loaded comment system whose marks the page carries ("disqus", ...);
            None when there is none, or when only a generic "Show comments" button says so.
        loads_by_script: the page loads its comments by script (a known system, or a button).
    """

    count: int | None = None
    system: str | None = None
    loads_by_script: bool = False


NOTHING_ANNOUNCED = Announcement()

# A count the page could not mean: anything above this is a misread number, not comments.
_MAX_COUNT = 10_000_000
# Standalone counts are short ("Show all 1,234 comments"); longer text is a sentence.
_MAX_COUNT_TEXT_CHARS = 60
_NUMBER = r"(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d)?\s?[kK]|\d+)"
_COMMENT_WORDS = (
    r"comments?|kommentare?|leserkommentare|комментари[йияев]{0,2}|commentaires?|comentarios?|"
    r"commenti|reacties|komentarze|komentářů|komentáře|yorum(?:lar)?|評論|则评论|條評論|条评论|评论|留言"
)
_VERB = r"(?:(?:view|show|read|see|load|display|all)\s+(?:all\s+)?)?"
_STANDALONE_COUNT = re.compile(
    # "74 comments", "Show all 74 comments", "74 Kommentare", "74 条评论", "5 thoughts on “Title”"
    rf"^{_VERB}{_NUMBER}\s*(?:{_COMMENT_WORDS})"
    r"(?:\s+(?:on|to|about|zu|sur|к)\s+.{1,200})?$"
    rf"|^{_NUMBER}\s+(?:thoughts?|responses?)\s+(?:on|to)\s+.{{1,200}}$"
    # "Comments (74)", "Kommentare: 74", "评论（74）", "Comments 74"
    rf"|^(?:{_COMMENT_WORDS})\s*[(\[（:]?\s*{_NUMBER}\s*[)\]）]?$",
    re.IGNORECASE,
)
_COMMENT_WORD = re.compile(_COMMENT_WORDS + r"|thoughts?|responses?", re.IGNORECASE)
_LOAD_BUTTON = re.compile(
    r"^(?:(?:load|show|view|display|open|read|see)\s+(?:all\s+)?(?:the\s+)?comments?"
    r"|click\s+(?:here\s+)?to\s+(?:load|show|view)\s+(?:the\s+)?comments?"
    r"|kommentare\s+(?:laden|anzeigen|einblenden|öffnen)|(?:afficher|voir|charger)\s+les\s+commentaires"
    r"|(?:показать|загрузить|открыть)\s+(?:все\s+)?комментарии|(?:ver|mostrar|cargar)\s+(?:los\s+)?comentarios"
    r"|(?:查看|显示|加载)评论)"
    r"\s*[.…›»>]*$",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_BARE_NUMBER = re.compile(_NUMBER)

# (system, how its mark reads): an element the system fills in, or its loader script.
# Systems whose container marks a page, in the order they are tried (see _script_system).
_SYSTEM_ORDER = ("disqus", "facebook", "coral", "openweb", "viafoura", "commento", "hyvor", "livefyre")
_SYSTEM_TAGS = ("fb:comments", "vf-conversations", "hyvor-talk-comments")
_SYSTEM_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("disqus", re.compile(r"[\w-]+\.disqus\.com/|disqus\.com/embed\.js", re.IGNORECASE)),
    ("facebook", re.compile(r"connect\.facebook\.net/[^\"']*sdk\.js[^\"']*xfbml", re.IGNORECASE)),
    ("coral", re.compile(r"coral[\w.-]*/assets/js/embed\.js|Coral\.createStreamEmbed", re.IGNORECASE)),
    ("openweb", re.compile(r"launcher\.spot\.im|launcher\.openweb\.com", re.IGNORECASE)),
    ("viafoura", re.compile(r"cdn\.viafoura\.net|viafoura\.co", re.IGNORECASE)),
    ("commento", re.compile(r"cdn\.commento\.io|/js/commento\.js", re.IGNORECASE)),
    ("hyvor", re.compile(r"talk\.hyvor\.com", re.IGNORECASE)),
    ("utterances", re.compile(r"utteranc\.es/client\.js", re.IGNORECASE)),
    ("giscus", re.compile(r"giscus\.app/client\.js", re.IGNORECASE)),
    ("livefyre", re.compile(r"livefyre\.com/", re.IGNORECASE)),
)
# Only the article's own schema.org object counts its comments (not a breadcrumb or an author).
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting)$")
_COUNT_CLASS = re.compile(r"\bcomments?[-_]?(?:count|counter|number|num|total)\b", re.IGNORECASE)
_COUNT_ATTRIBUTES = ("data-comments-count", "data-comment-count", "data-commentcount", "data-comments-total")
# A box of other stories ("Most read", a menu) lists their counts, not this page's.
_OTHER_STORIES = ("nav", "aside")
# What every text that _LOAD_BUTTON matches holds once case-folded: a quick test on a link's texts
# before the exact one. No part has an "i", a "k" or an "s": a pattern that ignores case matches
# those to "ı", "K" (Kelvin) and "ſ", and case-folding keeps "ı". U+1C82 (a narrow "о") folds to "о".
_BUTTON_WORD_PARTS = ("omment", "oment", "омм", "评论")
# The same for every text _COMMENT_WORD finds, as one pattern (literal, so quick) to run on the
# case-folded text. "respon" has an "s": case-folding makes "ſ" an "s".
_COMMENT_WORD_PARTS = re.compile("omment|oment|омм|reac|yorum|评论|評論|留言|thought|respon")


def announced_in_html(root: Any, *, jsonld: list[Any], marks: PageMarks | None = None) -> Announcement:
    """What the page's markup announces about its comments.

    Args:
        root: the page's lxml tree, scripts still in it (their sources are the systems' marks).
        jsonld: the page's JSON-LD objects.
        marks: the attributes of ``root`` as they are now, if already gathered.
    """
    # Every search below first looks at what the page has (the attributes gathered here, plain
    # strings): a quick test on those skips the walk over elements on pages that have nothing it
    # could find (an element, or a string lxml returns with its parent, costs several times a plain one).
    marks = marks or PageMarks.of(root)
    texts = _BodyTexts(root)
    count = _first_agreed(
        (
            ("JSON-LD commentCount", list(_jsonld_counts(jsonld))),
            ("microdata commentCount", list(_microdata_counts(root, marks=marks))),
            ("comment-count element", list(_counter_element_counts(root, marks=marks))),
            ("standalone count text", list(_standalone_text_counts(texts))),
        )
    )
    system = _script_system(root, marks=marks)
    loads_by_script = system is not None or any(
        # (a link without children holds its own text only: no text iterator made for it)
        _holds_any(element.itertext() if len(element) else (element.text or "",), _BUTTON_WORD_PARTS)
        and _LOAD_BUTTON.match(_short_text(element) or "")
        for element in _button_candidates(texts)
    )
    return Announcement(count=count, system=system, loads_by_script=loads_by_script)


class _BodyTexts:
    """The text nodes under the page's ``<body>``, in document order, read once for the count and
    button searches: as plain strings (quick to make and test), and with their elements only if a
    search wants a node's element (each such string costs several times a plain one)."""

    __slots__ = ("_nodes", "_root", "strings")

    def __init__(self, root: Any) -> None:
        self._root = root
        self.strings: list[str] = root.xpath("//body/descendant::text()", smart_strings=False)
        self._nodes: list[Any] | None = None

    def node(self, index: int) -> Any:
        """The text node at ``index`` of :attr:`strings`, which knows its element (``getparent``,
        ``is_tail``)."""
        if self._nodes is None:
            self._nodes = self._root.xpath("//body/descendant::text()")
        return self._nodes[index]


def _button_candidates(texts: _BodyTexts) -> Iterator[Any]:
    """Every link and button of the body that may be a "Show comments" button: those holding a text
    node short enough for one (:func:`_short_text`) with a button word in it, case-folded.

    ``_LOAD_BUTTON`` matches only an element whose text, read piece by piece (its text nodes: libxml2
    joins adjacent character data into one node), is a short line holding a piece with a button word
    (``_holds_any``): such an element holds that piece's node, as its own text or a descendant's text
    or tail. So the elements above those few nodes are all the buttons there can be; a walk over
    every link of the page (1,012 on the 500-comment page, 2 ms) tested the others for nothing.
    """
    for index, text in enumerate(texts.strings):
        if len(text.strip()) > _MAX_COUNT_TEXT_CHARS or not _holds_any((text,), _BUTTON_WORD_PARTS):
            continue
        node = texts.node(index)
        element = node.getparent()
        if node.is_tail:
            element = element.getparent()  # a tail is in the text of its element's ancestors only
        while element is not None:
            if element.tag in ("a", "button"):
                yield element
            element = element.getparent()


def _holds_any(texts: Iterable[str], parts: tuple[str, ...]) -> bool:
    """Whether one of ``texts``, case-folded, holds one of ``parts``."""
    # loops, not generators: asked of every link and button of the page
    for folded in map(str.casefold, texts):
        for part in parts:
            if part in folded:
                return True
    return False


def announced_in_text(text: str) -> Announcement:
    """What a plain-text dump announces about its comments, from its standalone lines."""
    lines = [_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    count = _first_agreed((("standalone count line", [c for c in map(_count_in, lines) if c is not None]),))
    loads_by_script = any(_LOAD_BUTTON.match(line) for line in lines)
    return Announcement(count=count, loads_by_script=loads_by_script)


def comments_note(announcement: Announcement, *, found: int) -> dict[str, Any] | None:
    """The ``meta["comments_note"]`` for a page with ``found`` comments, or None when nothing is missing.

    A page announces missing comments when it counts more than were found, or when its comments
    load by script and none were found (a count of zero says there are none to miss).
    """
    count = announcement.count
    if count is not None and found < count:
        reason = "loaded by script" if announcement.loads_by_script and found == 0 else "fewer than announced"
    elif announcement.loads_by_script and found == 0 and count is None:
        reason = "loaded by script"
    else:
        return None
    return {"announced": count, "found": found, "system": announcement.system, "reason": reason}


def _first_agreed(sources: Iterable[tuple[str, list[int]]]) -> int | None:
    """The count of the first kind of source whose counts all agree."""
    for name, counts in sources:
        if len(set(counts)) == 1:
            return counts[0]
        if counts:
            logger.debug(
                "comment counts from %s disagree (%s); not an announcement", name, sorted(set(counts))
            )
    return None


def _jsonld_counts(jsonld: list[Any]) -> Iterator[int]:
    """``commentCount`` (or a CommentAction statistic) of the page's Article objects."""
    for node in _walk(jsonld):
        types = node.get("@type")
        names = types if isinstance(types, list) else [types]
        if not any(isinstance(name, str) and _ARTICLE_TYPE.search(name) for name in names):
            continue
        count = _as_count(node.get("commentCount"))
        if count is None:
            count = _interaction_comments(node.get("interactionStatistic"))
        if count is not None:
            yield count


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD value, depth first."""
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from _walk(child)
    elif isinstance(value, list):
        for child in value:
            yield from _walk(child)


def _interaction_comments(statistic: Any) -> int | None:
    """``userInteractionCount`` of a CommentAction interaction statistic, if there is one."""
    for item in statistic if isinstance(statistic, list) else [statistic]:
        if isinstance(item, dict) and "CommentAction" in str(item.get("interactionType", "")):
            return _as_count(item.get("userInteractionCount"))
    return None


def _microdata_counts(root: Any, *, marks: PageMarks) -> Iterator[int]:
    """``itemprop="commentCount"`` values on the article's item (or on no typed item)."""
    if "commentCount" not in marks.itemprops:
        return
    for element in root.xpath("//*[@itemprop='commentCount']"):
        owner = next(iter(element.xpath("ancestor::*[@itemscope][1]")), None)
        if (
            owner is not None
            and owner.get("itemtype")
            and not _ARTICLE_TYPE.search(owner.get("itemtype").rstrip("/"))
        ):
            continue
        count = _as_count(element.get("content") or element.text_content())
        if count is not None:
            yield count


def _counter_element_counts(root: Any, *, marks: PageMarks) -> Iterator[int]:
    """Counts in ``data-comments-count`` attributes and in short ``comment-count``-like elements."""
    selector = (
        "//body/descendant::*[" + " or ".join(f"@{name}" for name in _COUNT_ATTRIBUTES) + "]"
    )  # one walk
    counted = not marks.attributes.isdisjoint(_COUNT_ATTRIBUTES)
    for element in root.xpath(selector) if counted else ():
        if _in_other_stories(element):
            continue
        count = next(
            (c for c in (_as_count(element.get(name)) for name in _COUNT_ATTRIBUTES) if c is not None), None
        )
        if count is not None:
            yield count
    # only elements with "comment" in a class name, found by libxml2 (a Python test per element was
    # most of this function's cost on a long page)
    # descendant:: rather than //: libxml2 merges a //-step's node sets per context node, which took
    # seconds on a page with 100,000 matches
    if not any(
        ("omment" in value or "OMMENT" in value) and _COUNT_CLASS.search(value) for value in marks.classes
    ):
        return
    for element in root.xpath(
        "//body/descendant::*[contains(@class, 'omment') or contains(@class, 'OMMENT')]"
    ):
        if not _COUNT_CLASS.search(element.get("class") or "") or _in_other_stories(element):
            continue
        text = _short_text(element)
        if text is None:
            continue
        count = _as_count(text) if _BARE_NUMBER.fullmatch(text) else _count_in(text)
        if count is not None:
            yield count


def _standalone_text_counts(texts: _BodyTexts) -> Iterator[int]:
    """Counts in the smallest element around a comment word whose whole text is the count."""
    # Only a short text can be a count, and only one with a comment word: tested on plain strings
    # (most nodes are neither) before the nodes themselves are asked for, in the same order.
    wanted = [
        index
        for index, text in enumerate(texts.strings)
        # a longer node makes every element around it longer than a count (_short_text)
        if len(text.strip()) <= _MAX_COUNT_TEXT_CHARS
        and _COMMENT_WORD_PARTS.search(text.casefold())
        and _COMMENT_WORD.search(text)
    ]
    for node in map(texts.node, wanted):
        element = node.getparent()
        if node.is_tail:
            element = element.getparent()
        while element is not None:
            text = _short_text(element)
            if text is None:
                break
            count = _count_in(text)
            if count is not None:
                if not _in_other_stories(element):
                    yield count
                break
            element = element.getparent()


def _script_system(root: Any, *, marks: PageMarks) -> str | None:
    """The first script-loaded comment system whose marks the page carries.

    The page's ids, classes and marker attributes are gathered once (:class:`PageMarks`), then
    matched against every system's marks (one XPath walk per system was a third of a long page's
    reading time).
    """
    ids, classes = marks.ids, marks.classes
    tokens = {token for value in classes for token in value.split()}
    tags = {element.tag for element in root.iter(*_SYSTEM_TAGS)}
    spotim = not marks.attributes.isdisjoint({"data-spotim-module", "data-spot-im-module"})
    marked = {
        "disqus": "disqus_thread" in ids,
        "facebook": "fb-comments" in tokens or "fb:comments" in tags,
        "coral": bool(ids & {"coral_thread", "coral-thread"}),
        "openweb": spotim,
        "viafoura": "viafoura" in tokens or "vf-conversations" in tags,
        "commento": "commento" in ids,
        "hyvor": "hyvor-talk-view" in ids or "hyvor-talk-comments" in tags,
        "livefyre": bool(ids & {"livefyre", "livefyre-comments"}) or "livefyre-comments" in classes,
    }
    for system in _SYSTEM_ORDER:
        if marked[system]:
            return system
    # the addresses of the scripts that have one, then the code of those that do not, as
    # "//script/@src" and "//script[not(@src)]" gave them, from one walk by tag (libxml2's two "//"
    # walks of every node: 2 ms more on the 500-comment page)
    elements = list(root.iter("script"))
    scripts = [
        *(source for source in (script.get("src") for script in elements) if source is not None),
        *(script.text or "" for script in elements if script.get("src") is None),
    ]
    for system, pattern in _SYSTEM_SCRIPTS:
        if any(pattern.search(script) for script in scripts):
            return system
    return None


def _in_other_stories(element: Any) -> bool:
    return any(ancestor.tag in _OTHER_STORIES for ancestor in element.iterancestors())


def _short_text(element: Any) -> str | None:
    """The element's text in one line, or None once it is longer than a standalone count.

    Stops reading at the limit, so that walking up from a word to a large container costs no
    more than the limit.
    """
    pieces: list[str] = []
    length = 0
    for piece in element.itertext():
        length += len(piece.strip())
        if length > _MAX_COUNT_TEXT_CHARS:
            return None
        pieces.append(piece)
    return _SPACE.sub(" ", " ".join(pieces)).strip()


def _count_in(text: str) -> int | None:
    """The count of a standalone announcement ("74 comments", "Comments (74)"), else None."""
    if len(text) > _MAX_COUNT_TEXT_CHARS:
        return None
    match = _STANDALONE_COUNT.match(text)
    if match is None:
        return None
    number = next(group for group in match.groups() if group is not None)
    return _as_count(number)


def _as_count(value: Any) -> int | None:
    """A count from an int, "74", "1,234", "1.234" or "1.2k"; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value <= _MAX_COUNT else None
    if not isinstance(value, str):
        return None
    text = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    thousands = text[-1:] in ("k", "K")
    if thousands:
        text = text[:-1].replace(",", ".")
        try:
            count = round(float(text) * 1000)
        except ValueError:
            return None
    else:
        digits = text.replace(",", "").replace(".", "")
        if not digits.isdigit():
            return None
        count = int(digits)
    return count if count <= _MAX_COUNT else None
