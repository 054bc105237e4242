"""Comments found by their shape, not by the names a comment system gives them (issue 14).

The markup families in :mod:`slant.readers._html_comments` know comment systems by their class names;
a new site needs a new rule. This finder looks for what every comment list has instead: a parent
element whose children are two or more blocks of the same tag, each holding a short name-like text
near its start, a time (a ``<time>``, a ``datetime``/``title`` date, or a date or relative-time text)
or a reply link, and a body of running text. Candidate regions are scored by how many blocks they
hold and how many of those carry each role; the best one above a threshold wins. Inside each block,
roles are assigned by features: the author is the first name-like short element, the time the first
time-like one, and the body is the rest, without the author line, the time, action words ("Reply",
"Antworten", "Like", vote counts) or badges ("Autor", "Moderator").

Blocks are elements of the usual container tags, and custom elements (``<xyz-comment>``), quote
boxes and tables when they repeat as siblings with those roles, and ``<pre>`` blocks that are
messages written out as mail (:func:`slant.readers._html_mail.mail_head`); a block's author, time
and key may also come from its attributes (:mod:`slant.readers._html_block_signs`). Every region that passes the
gates is a :class:`RegionCandidate` with its features; the hand-set score chooses (a logistic
regression on the features chose no better, leave one batch out: ``bench/region_model.py``).

Replies are told by nesting: a block inside another block's list of blocks replies to it; a thread
wrapper's first comment block is the comment and the others its replies. Blocks in
``aside``, ``nav``, ``form``, ``footer`` or ``header``, or linking to other pages' comments
(recent-comments widgets), are never comments of this page.

Cost: one walk over the tree, and per candidate block one walk over its own elements (nested blocks
pruned, at most ``_MAX_BLOCK_ELEMENTS``).
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import re
from collections import defaultdict
from collections.abc import Set
from dataclasses import dataclass
from typing import Any

from slant.readers._dates import is_relative_time, to_iso
from slant.readers._html_author_signs import is_badge, is_name_like, name_text
from slant.readers._html_block_signs import (
    attribute_author,
    attribute_time,
    name_after_time,
    name_beside_time,
)
from slant.readers._html_fields import (
    BADGES,
    BESIDE_NAME_CLASS_WORDS,
    BYLINE_WORDS,
    SPEECH_LEAD,
    SPEECH_TAIL,
    SUBJECT_TAGS,
    date_inside,
    is_action_line,
    is_hidden,
    is_join_date,
    is_quote,
    is_titled_quote,
    tidy_author,
    without_badge,
)
from slant.readers._html_forms import is_writing_form
from slant.readers._html_layout import LAYOUT_PART
from slant.readers._html_mail import is_signature, mail_head
from slant.readers._html_quotes import BARE_QUOTE_TAGS
from slant.readers._html_removed import is_moderation_note
from slant.readers._html_text import element_text, hidden_by_class, spaced_text
from slant.readers._names import is_name, normalise_author
from slant.readers._words import word_count

__all__ = [
    "REGION_FEATURES",
    "RegionCandidate",
    "ShapedComment",
    "candidate_regions",
    "find_shaped_comments",
    "in_chrome",
    "kin_between",
    "links_elsewhere",
    "name_among",
]

logger = logging.getLogger(__name__)

_BLOCK_TAGS = frozenset({"li", "article", "div", "section", "tr"})
# Blocks that hold one comment only when they repeat as siblings with a comment's roles (a post per
# quote box or per layout table); custom elements (a "-" in the tag) are a web component's blocks
_REPEATED_BLOCK_TAGS = frozenset({"blockquote", "table", "pre"})
# Tags that are always items of a list: one nested in another is a reply.
_ITEM_TAGS = frozenset({"li", "article", "tr"})
# Class names of a reply block inside the comment it answers.
_REPLY_NAMES = frozenset({"reply", "answer", "comment-reply", "comment-answer"})
# Class names that alternate between sibling blocks.
_ZEBRA = frozenset(
    {"alt", "odd", "even", "thread-alt", "thread-odd", "thread-even", "parent", "bypostauthor", "byuser"}
)
# Children that carry a body's running text.
_TEXT_BLOCK_TAGS = frozenset({"p", "div", "blockquote", "section", "article", "pre"})
_RUNNING_TEXT_TAGS = frozenset({"p", "span", "em", "i", "strong", "b", "a", "br", "code", "u", "s", "small"})
_NAME_TAGS = frozenset(
    {"a", "strong", "b", "cite", "span", "em", "h2", "h3", "h4", "h5", "h6", "div", "p", "td"}
)
# Regions in these never hold this page's discussion: menus, sidebars, forms, page chrome.
_CHROME_TAGS = frozenset({"aside", "nav", "form", "footer", "header"})
_CHROME_ROLES = frozenset({"complementary", "navigation", "contentinfo", "banner"})
_LIST_TAGS = frozenset({"ul", "ol", "div", "section", "tbody", "table"})
# A block bigger than this (nested blocks left out) is a page section, not a comment.
_MAX_BLOCK_ELEMENTS = 300
_MAX_NAME_CHARACTERS = 40
_MAX_TIME_CHARACTERS = 60
# A header (the name or time and the words around them: "Ramón dijo:") is at most this much longer.
_MAX_HEADER_EXTRA = 40
_MAX_HEADER_WORDS = 4
# More words than a header's name, badges and buttons together (CJK counted by characters).
_MAX_HEADER_BODY_WORDS = 8
_MAX_TIME_WORDS = 10
_MIN_BODY_WORDS = 3
_MAX_BODY_LINK_SHARE = 0.5
_MIN_ROLE_SHARE = 0.5
_MIN_BLOCKS = 2
_KIN_SIBLINGS = 3
# A thread wrapper holds a comment and its replies; more than this is a page section, not a thread.
_MAX_WRAPPED = 200

# Dates and relative times in the languages slant meets; the absolute ones are also read by to_iso.
_TIME_TEXT = re.compile(
    r"(?<![\dA-Za-z_])(?:19|20)\d\d(?!\d)|\b[0-2]?\d:[0-5]\d\b|\bago\b|назад|\bhace\s+\d|\bil\s+y\s+a\b|\bvor\s+\d"
    r"|\d+\s*(?:秒|分钟|小时|天|周|个月|年)前|昨天|今天|刚刚",
    re.IGNORECASE,
)
# Class names that CSS-in-JS tools generate per style ("kTZwqN", "bMXlhr"): they tell siblings apart
# by their looks, not their role.
_HASHED_CLASS = re.compile(r"^(?=[A-Za-z]*[A-Z])(?=[A-Za-z]*[a-z])[A-Za-z]{5,8}$")
_PROFILE_PATH = re.compile(
    r"/(?:people|person|user|users|u|profile|profiles|member|members|author|authors|benutzer|usuario|utilisateur"
    r"|membres|space|home\.php|blog)/|[?&;](?:user|uid|u|member|showuser)=|action=profile|member\.php|/~[\w.-]+"
    r"|^/@|/@[\w.-]+/?$",
    re.IGNORECASE,
)
# one word, letters first, a year last: a user name's number, not a date
_HANDLE_WITH_YEAR = re.compile(r"[^\W\d_][\w.-]*?(?:19|20)\d\d")
_HEADER_SEPARATOR = re.compile(r"\s[•·|–—-]\s")
_ID_DIGITS = re.compile(r"\d+")
_DATED_PATH = re.compile(r"/(?:19|20)\d\d/")
_SCHEME_AND_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/]*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ShapedComment:
    """One comment block as the shape finder read it.

    Attributes:
        element: the block element.
        author: the commenter's normalised name, or None.
        published: when it was posted (ISO 8601), or None.
        text: the body, without author line, time, action words and badges.
        parent: index of the block it replies to in the same list, or None.
    """

    element: Any
    author: str | None
    published: str | None
    text: str
    parent: int | None


@dataclass(slots=True)
class _Roles:
    """What one candidate block holds."""

    name: str | None
    name_element: Any | None
    published: str | None
    timed: bool
    actions: bool
    text: str
    link_share: float
    avatar: bool
    body_element: Any | None = None

    @property
    def has_body(self) -> bool:
        return word_count(self.text) >= _MIN_BODY_WORDS and self.link_share <= _MAX_BODY_LINK_SHARE

    @property
    def is_comment(self) -> bool:
        return self.name is not None and self.has_body and (self.timed or self.actions)


@dataclass(frozen=True, slots=True)
class RegionCandidate:
    """A region that passed the shape finder's gates, with what its choice is made on.

    Attributes:
        containers: the elements holding its blocks (one, or sibling lists of one kind).
        tag: the blocks' tag.
        blocks: the blocks, in page order.
        score: the hand-set score (comments found, weighted by the share with a time and actions).
        comments: the roles of the blocks that read as comments.
        elsewhere: how many blocks link to a comment on another page.
        page: what the walk learnt of the page (size, first headline, element order).
        size: how many blocks the region holds (more than ``blocks`` when the budget's cap cut the
            reading short).
    """

    containers: list[Any]
    tag: str
    blocks: list[Any]
    score: float
    comments: list[_Roles]
    elsewhere: int
    page: _PageFacts
    size: int

    def features(self) -> tuple[float, ...]:
        """The region's features (see :data:`REGION_FEATURES`), computed on demand: only the
        measurement of a learned choice reads them (``bench/region_model.py``), never the reader."""
        comments, page = self.comments, self.page
        count = len(comments)
        lengths = [len(found.text) for found in comments]
        mean = sum(lengths) / count
        spread = (sum((length - mean) ** 2 for length in lengths) / count) ** 0.5 / max(mean, 1.0)
        start = page.order[self.blocks[0]]
        return (
            math.log1p(count),
            count / len(self.blocks),
            sum(found.timed for found in comments) / count,
            sum(found.published is not None for found in comments) / count,
            sum(found.actions or found.avatar for found in comments) / count,
            sum(found.link_share for found in comments) / count,
            spread,
            math.log1p(sum(word_count(found.text) for found in comments) / count),
            len({found.name for found in comments}) / count,
            start / max(page.size, 1),
            1.0 if page.first_h1 is None or start > page.first_h1 else 0.0,
            self.elsewhere / len(self.blocks),
        )


def find_shaped_comments(root: Any, *, limit: int | None = None) -> tuple[list[ShapedComment], int]:
    """The page's comments found by their shape, in page order ([] when no region looks like
    comments), and how many blocks were left unread.

    ``limit``: the analysis budget's comment cap. A region's first ``limit`` blocks are read (which
    region holds the comments is decided on them), and the thread stops after ``limit`` comments:
    the budget would leave the later ones out anyway, and reading 20,000 blocks took seconds.
    """
    candidates, cache = candidate_regions(root, limit=limit)
    best = max(candidates, key=lambda candidate: candidate.score, default=None)
    if best is None:
        return [], 0
    regions, tag = best.containers, best.tag
    logger.debug("comments by shape: <%s> blocks under %d <%s>", tag, len(regions), regions[0].tag)
    for region in regions:
        _name_by_place(region, tag, cache)
    _bodies_by_place(best.blocks, cache)
    comments: list[ShapedComment] = []
    for region in regions:
        if limit is not None and len(comments) >= limit:
            break
        comments.extend(_thread(region, tag, cache, offset=len(comments), limit=limit))
    # the region's blocks the cap left unread (0 when it was read whole)
    return comments, best.size - len(best.blocks)


def kin_between(blocks: list[Any]) -> list[Any]:
    """``blocks`` with the siblings of their kind that sit between two of them and read as no comment
    (a trackback, an ad or a deleted comment's box among the comments), in page order: they are the
    discussion's, and must not be left to end the article."""
    found: list[Any] = []
    for before, after in zip(blocks, [*blocks[1:], None], strict=True):
        found.append(before)
        if after is None or before.getparent() is not after.getparent():
            continue
        kind = _signature(before)
        if _signature(after) != kind:
            continue
        for sibling in before.itersiblings():
            if sibling is after:
                break
            if isinstance(sibling.tag, str) and _signature(sibling) == kind:
                found.append(sibling)
    return found


def candidate_regions(root: Any, *, limit: int | None = None) -> tuple[list[RegionCandidate], dict[Any, Any]]:
    """Every region of repeated sibling blocks that passes the gates (enough blocks reading as
    comments, not in page chrome, not a widget of links to other pages), in page walk order, and the
    blocks' roles read on the way (a cache the threading reuses). ``limit``: only a region's first
    this many blocks are read (see :func:`find_shaped_comments`)."""
    order: dict[Any, int] = {}
    ids: set[str] = set()
    first_h1: int | None = None
    groups: dict[tuple[Any, str], list[Any]] = defaultdict(list)
    for position, element in enumerate(root.iter()):
        if not isinstance(element.tag, str):
            continue
        order[element] = position
        for key in ("id", "name"):
            if element.get(key):
                ids.add(str(element.get(key)))
        tag = element.tag.lower()
        if tag == "h1" and first_h1 is None:
            first_h1 = position
        parent = element.getparent()
        if parent is not None and (_is_block_tag(tag) or (tag in _INNER_LIST_TAGS and _holds_parts(element))):
            groups[(parent, tag)].append(element)
    cache: dict[Any, _Roles | None] = {}
    page = _PageFacts(len(order), first_h1, order, ids)
    candidates: list[RegionCandidate] = []
    for (parent, tag), blocks in groups.items():
        if len(blocks) < _MIN_BLOCKS:
            continue
        if first_h1 is not None and order[blocks[-1]] < first_h1:
            continue  # comments follow the headline
        if _replies_in_place(blocks):
            continue  # a comment's parts and the reply inside it, not a list of comments
        candidate = _candidate(parent, [parent], tag, blocks[:limit], cache, page, size=len(blocks))
        if candidate is not None:
            candidates.append(candidate)
    # sibling lists of one kind that hold a thread each (CSDN's ul.comment-list per thread), together
    for (holder, _kind, tag), containers in _kin_groups(groups, order).items():
        blocks = [block for container in containers for block in groups[(container, tag)]]
        if len(containers) < 2 or len(blocks) < _MIN_BLOCKS:
            continue
        if first_h1 is not None and order[blocks[-1]] < first_h1:
            continue
        if _replies_in_place(blocks):
            continue
        candidate = _candidate(holder, containers, tag, blocks[:limit], cache, page, size=len(blocks))
        if candidate is not None:
            candidates.append(candidate)
    return candidates, cache


def _replies_in_place(blocks: list[Any]) -> bool:
    """Whether a block sits right inside a comment as its reply (:func:`_is_nested_block`: emlog's
    div.comment "comment-children" in div.comment): its siblings are that comment's header and text,
    and the comment's list is the one above."""
    return any(
        block.getparent().tag == block.tag
        and _marked_reply(_signature(block)[1], _signature(block.getparent())[1])
        for block in blocks
    )


def _marked_reply(inner: frozenset[str], outer: frozenset[str]) -> bool:
    """Whether a block's classes are those of the block it is in, and one more that marks that kind
    (emlog's "comment comment-children" in "comment"): a reply. A part of a block is named apart
    ("comment-body"), and a utility class beside the same ones ("wp cl", "clearfix …") marks nothing."""
    return (
        bool(outer)
        and inner > outer
        and any(name.startswith((stem + "-", stem + "_")) for name in inner - outer for stem in outer)
    )


def _is_block_tag(tag: str) -> bool:
    """Whether elements of ``tag`` may be comment blocks: the usual containers, quote boxes and layout
    tables, and custom elements (``<ytd-comment-renderer>``, ``<xyz-comment>``)."""
    return tag in _BLOCK_TAGS or tag in _REPEATED_BLOCK_TAGS or "-" in tag


def _holds_parts(listing: Any) -> bool:
    """Whether a list is one block of parts rather than a list of items: two or more items, each of
    its own kind (Z-BlogPHP's ``ul.msg`` of ``li.msgname`` and ``li.msgarticle`` is one comment,
    its replies' ``ul.msg`` nested in its text)."""
    kinds = [_signature(item) for item in listing if isinstance(item.tag, str)]
    return (
        len(kinds) >= _MIN_BLOCKS
        and len(set(kinds)) == len(kinds)
        and all(tag == "li" and classes for tag, classes in kinds)
    )


def _kin_groups(
    groups: dict[tuple[Any, str], list[Any]], order: dict[Any, int]
) -> dict[tuple[Any, tuple[str, frozenset[str]], str], list[Any]]:
    """Containers of blocks grouped by their parent, their own kind and the blocks' tag, in page order."""
    kin: dict[tuple[Any, tuple[str, frozenset[str]], str], list[Any]] = defaultdict(list)
    for parent, tag in groups:
        holder = parent.getparent()
        if holder is not None and parent.tag in _LIST_TAGS:
            kin[(holder, _signature(parent), tag)].append(parent)
    for containers in kin.values():
        containers.sort(key=order.__getitem__)
    return kin


def _name_by_place(region: Any, tag: str, cache: dict[Any, _Roles | None]) -> None:
    """Give a block whose name did not look like one ("Mama von drei", "A. Lechner") the text at the
    place where most of its siblings have their name: a role told by repetition, not by the words."""
    places: dict[tuple[tuple[str, str], ...], int] = defaultdict(int)
    nameless: list[tuple[Any, _Roles]] = []
    for block in region.iter(tag):
        roles = cache.get(block)
        if roles is None:
            continue
        if roles.name_element is not None:
            places[_place(roles.name_element, block)] += 1
        elif roles.has_body and (roles.timed or roles.actions):
            nameless.append((block, roles))
    if not places or not nameless:
        return
    place, count = max(places.items(), key=lambda item: item[1])
    if count < _MIN_BLOCKS:
        return
    for block, roles in nameless:
        element = _at_place(block, place)
        text = _short_text(element, limit=_MAX_NAME_CHARACTERS) if element is not None else None
        # "Paco el del kiosco · hace 1 hora": the name and the time on one line, as its siblings have
        name = (
            (tidy_author(text) if _HEADER_SEPARATOR.search(text) else normalise_author(without_badge(text)))
            if text
            else None
        )
        if name and _could_be_display_name(name) and name not in roles.text:
            roles.name, roles.name_element = name, element


def _bodies_by_place(blocks: list[Any], cache: dict[Any, _Roles | None]) -> None:
    """Take the body from a block that has nothing at the place where most of its siblings have
    their body, and whose "body" is at a place where those siblings hold another part: a tracker's
    entry that only records field changes ("Assignee set to X", the list every entry shows above
    its note) has no note of its own. A role told by repetition, as :func:`_name_by_place` does."""
    bodies: list[tuple[Any, _Roles, tuple[tuple[str, str], ...]]] = []
    for block in blocks:
        roles = cache.get(block)
        if roles is None or not roles.is_comment or roles.body_element in (None, block):
            continue
        bodies.append((block, roles, _place(roles.body_element, block)))
    counts: dict[tuple[tuple[str, str], ...], int] = defaultdict(int)
    for _, _, place in bodies:
        counts[place] += 1
    if not counts:
        return
    usual, count = max(counts.items(), key=lambda item: item[1])
    if count < _MIN_BLOCKS or count * 2 <= len(bodies):
        return
    usual_blocks = [(block, roles) for block, roles, place in bodies if place == usual]
    for block, roles, place in bodies:
        if place == usual or _at_place(block, usual) is not None:
            continue
        if any(_holds_apart(other, other_roles.body_element, place) for other, other_roles in usual_blocks):
            roles.text = ""


def _holds_apart(block: Any, body: Any, place: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``block`` has elements at ``place`` and none is its body, around it or in it (two
    unnamed cells side by side are one place: the body's cell is then no part apart)."""
    found = [block]
    for tag, classes in place:
        found = [
            child
            for element in found
            for child in element
            if isinstance(child.tag, str)
            and child.tag == tag
            and " ".join(sorted(_signature(child)[1])) == classes
        ]
    if not found and place and place[-1][1]:
        # the part one level deeper or higher in the entries that have a note (a tracker's minor
        # event is its head line alone, not wrapped as the head of a note is): found by its class
        tag, classes = place[-1]
        found = [
            element
            for element in block.iter(tag)
            if element is not block and " ".join(sorted(_signature(element)[1])) == classes
        ]
    around = {body, *body.iterancestors()}
    return bool(found) and not any(
        element in around or any(ancestor is body for ancestor in element.iterancestors())
        for element in found
    )


def _place(element: Any, block: Any) -> tuple[tuple[str, str], ...]:
    """The path from ``block`` down to ``element``: each step's tag and class."""
    steps: list[tuple[str, str]] = []
    while element is not None and element is not block:
        steps.append((element.tag, " ".join(sorted(_signature(element)[1]))))
        element = element.getparent()
    return tuple(reversed(steps))


def _at_place(block: Any, place: tuple[tuple[str, str], ...]) -> Any | None:
    element = block
    for tag, classes in place:
        element = next(
            (
                child
                for child in element
                if isinstance(child.tag, str)
                and child.tag == tag
                and " ".join(sorted(_signature(child)[1])) == classes
            ),
            None,
        )
        if element is None:
            return None
    return element


@dataclass(frozen=True, slots=True)
class _PageFacts:
    size: int
    first_h1: int | None
    order: dict[Any, int]
    ids: set[str]


# The features a learned choice of region was measured on, in this order (bench/region_model.py).
REGION_FEATURES = (
    "log_comment_blocks",  # log(1 + blocks reading as comments)
    "comment_share",  # of the region's blocks
    "timed_share",  # of the comment blocks: a time shown
    "dated_share",  # an absolute date (an ISO time read)
    "actions_share",  # reply / like buttons or an avatar
    "body_link_share",  # mean share of link text in the bodies
    "length_spread",  # coefficient of variation of the bodies' lengths
    "log_body_words",  # log(1 + mean words per body)
    "distinct_names_share",  # distinct names / comment blocks
    "position",  # where the region starts in the page (0 top, 1 bottom)
    "after_headline",  # 1 when it starts after the first h1 (or the page has none)
    "links_elsewhere_share",  # blocks linking to a comment on another page
)


def _candidate(
    holder: Any,
    containers: list[Any],
    tag: str,
    blocks: list[Any],
    cache: dict[Any, _Roles | None],
    page: _PageFacts,
    *,
    size: int,
) -> RegionCandidate | None:
    """``blocks``: the region's blocks to read (its first ones when the cap cut them short); ``size``:
    how many it holds."""
    if in_chrome(holder):
        return None
    roles = [_roles_cached(block, cache) for block in blocks]
    comments = [found for found in roles if found is not None and found.is_comment]
    if len(comments) < _MIN_BLOCKS:
        return None
    # the share is of the blocks of the comments' kinds: a forum's posts sit beside its header, its
    # breadcrumb, its menus and its boxes, siblings of the same tag and another kind, which are the
    # page's frame, not blocks that failed to read as comments (Phorum's div#phorum)
    kinds = {
        _signature(block)
        for block, found in zip(blocks, roles, strict=True)
        if found is not None and found.is_comment
    }
    kin = [found for block, found in zip(blocks, roles, strict=True) if _signature(block) in kinds]
    if len(comments) / (len(kin) - _footers(kin)) < _MIN_ROLE_SHARE:
        return None
    elsewhere = sum(links_elsewhere(block, page.ids) for block in blocks)
    if elsewhere * 2 >= len(blocks):
        return None  # a recent-comments widget: each block links to a comment on another page
    count = len(comments)
    timed = sum(found.timed for found in comments) / count
    actions = sum(found.actions or found.avatar for found in comments) / count
    score = count * (1.0 + timed + 0.5 * actions)
    return RegionCandidate(containers, tag, blocks, score, comments, elsewhere, page, size)


def _footers(roles: list[_Roles | None]) -> int:
    """How many blocks after a comment block, before the next, hold neither a name nor a body: the
    comment's button row and spacer drawn as rows of their own (phpBB 2 draws each post as three
    table rows), not other blocks that failed to read as comments."""
    count = 0
    after_comment = False
    for found in roles:
        if found is not None and found.is_comment:
            after_comment = True
        elif after_comment and found is not None and found.name is None and not found.has_body:
            count += 1
        else:
            after_comment = False
    return count


def _roles_cached(block: Any, cache: dict[Any, _Roles | None]) -> _Roles | None:
    if block not in cache:
        cache[block] = _roles(block)
    return cache[block]


def _signature(element: Any) -> tuple[str, frozenset[str]]:
    """Tag and class names, without those that tell siblings apart ("depth-2", "alt", "odd")."""
    return _signature_of(element.tag, str(element.get("class") or ""))


@functools.lru_cache(maxsize=4096)
def _signature_of(tag: str, classes: str) -> tuple[str, frozenset[str]]:
    kept = [name for name in classes.split() if not _HASHED_CLASS.match(name)]
    return tag, frozenset(
        name
        for name in (c.lower() for c in kept)
        if name not in _ZEBRA and not any(c.isdigit() for c in name)
    )


def _is_nested_block(element: Any, block: Any, *, part: bool = False) -> bool:
    """Whether ``element`` inside ``block`` is a block of its own: an item of a list of replies.
    ``part``: asked of the block's own elements, whose generated classes tell a part from a reply."""
    if element.tag != block.tag:
        return False
    inner, outer = _signature(element), _signature(block)
    if part and inner == outer and not _same_style(element, block):
        return False
    if part and not inner[1] and element.get(LAYOUT_PART) is not None:
        # a bare part of a layout table read as divisions (a post's table of header and text inside
        # its row) is the block's layout, as a bare <tr> is: not a reply
        return False
    if inner == outer:
        # ids of another stem tell a part from a reply: DataLife Engine's div#comm-id-870 (the text)
        # in div#comment-id-870 (the comment)
        own, other = element.get("id"), block.get("id")
        return not (own and other and _ID_DIGITS.sub("", own) != _ID_DIGITS.sub("", other))
    # an item tag of a kin class is a reply ("comment depth-2" in "comment depth-1"); a bare <li> is a
    # list in the comment's text, and a bare <tr> a layout row (Hacker News), not a reply
    if (element.tag in _ITEM_TAGS and bool(inner[1] & outer[1])) or _names_a_kind_of(inner[1], outer[1]):
        return True
    if _marked_reply(inner[1], outer[1]):
        return True
    # a block named a reply that holds a time of its own beside its text (Contao's div.reply in the
    # comment it answers: "Antwort von X | <time>", then the text); WordPress's div.reply holds a
    # button only (a look-up in C, not a reading of its roles: nested replies would recurse)
    return (
        bool(inner[1] & _REPLY_NAMES) and len(element) >= 2 and next(element.iter("time"), None) is not None
    )


def _same_style(element: Any, other: Any) -> bool:
    """Whether two elements of one signature also share their generated classes: with no class left
    to compare, "_2TEvNi" in "_2gPNSa" is the style of a part, not another comment ("depth-1" and
    "depth-2" differ in digits only, and are one kind)."""
    if _signature(element)[1]:
        return True
    return _class_stems(element) == _class_stems(other)


def _class_stems(element: Any) -> frozenset[str]:
    """The element's classes without their digits."""
    return _stems_of(str(element.get("class") or ""))


# asked of every pair of a block and its part with no class left: the same few class strings recur
@functools.lru_cache(maxsize=4096)
def _stems_of(classes: str) -> frozenset[str]:
    return frozenset(_ID_DIGITS.sub("", name) for name in classes.split())


def _names_a_kind_of(inner: frozenset[str], outer: frozenset[str]) -> bool:
    """Whether a class of ``inner`` names a kind of an ``outer`` class: "sub-reply-item" in
    "reply-item", "child-comment" in "comment". (A part of a block is named the other way
    round, the block's name first: "comment-body", "reply-item-footer".)"""
    return any(
        name != stem and (name.endswith("-" + stem) or name.endswith("_" + stem))
        for name in inner
        for stem in outer
    )


def _own_elements(block: Any) -> list[Any] | None:
    """The block's elements in page order, nested blocks left out; None when too many.

    A nested block is one of the block's own kind, or of the kind of its sibling blocks: CSDN puts
    a comment's replies in a sibling ``li.replay-box`` whose own items are ``li.comment-line-box``
    like the comments beside it (inside a list of the reply box, not as its own child)."""
    # the kinds of the block's siblings matter only for an element of the block's own tag inside it,
    # which most blocks lack: read when first needed (reading them for every block was a tenth of
    # the shape finder's time on a page of 20,000 blocks)
    kin: set[tuple[str, frozenset[str]]] | None = None
    # a reply wrapper nested in a wrapper of its own kind holds its comment as a child of the kind of
    # its siblings: IntenseDebate's div.idc-thread holds div.idc-c, then the replies' div.idc-thread
    # (one such part in each: a list of comments holding two is no wrapper of one comment)
    holder = block.getparent()
    own_part = False
    if holder is not None and isinstance(holder.tag, str) and _signature(holder) == _signature(block):
        kin = _sibling_kinds(block)
        own_part = _parts_of_kind(holder, block.tag, kin) == 1 and _parts_of_kind(block, block.tag, kin) == 1
    # a reply right inside its comment (Cusdis' div.cusdis-padding in div.cusdis-padding): its
    # siblings are the comment's header and text, so its own children of their kinds are its own
    nested_in_kind = holder is not None and isinstance(holder.tag, str) and _is_nested_block(block, holder)
    found: list[Any] = []
    stack = list(reversed(list(block)))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or _is_nested_block(element, block, part=True):
            continue
        if element.tag == block.tag:
            if kin is None:
                kin = _sibling_kinds(block)
            if (
                _signature(element) in kin
                and not ((own_part or nested_in_kind) and element.getparent() is block)
                # a part of a layout table read as divisions is the block's layout, never a block
                and element.get(LAYOUT_PART) is None
            ):
                continue
        if element.tag == "h1":
            return None  # the page's headline is in it: a page section
        if element.tag in _INNER_LIST_TAGS and block.tag != "li" and _inner_replies(element):
            continue  # a list of replies inside the comment (Tieba's floor-in-floor): not its text
        found.append(element)
        if len(found) > _MAX_BLOCK_ELEMENTS:
            return None
        stack.extend(reversed(list(element)))
    return found


_INNER_LIST_TAGS = frozenset({"ul", "ol"})


def _parts_of_kind(element: Any, tag: str, kinds: set[tuple[str, frozenset[str]]]) -> int:
    return sum(1 for child in element.iterchildren(tag) if _signature(child) in kinds)


def _inner_replies(listing: Any) -> list[Any]:
    """The items of a list inside a comment block when every item is a comment of its own (a name, a
    time, a text): replies listed under the comment in a list of another kind. [] otherwise."""
    items = [child for child in listing if isinstance(child.tag, str)]
    if not items or any(item.tag != "li" for item in items):
        return []
    if any(_TIME_TEXT.search(item.text_content()) is None for item in items):
        return []  # a cheap test first: every reply shows its time
    for item in items:
        roles = _roles(item)
        if roles is None or not roles.is_comment:
            return []
    return items


def _inner_reply_lists(block: Any) -> list[Any]:
    """The reply items of the lists inside ``block`` (see :func:`_inner_replies`), in page order."""
    if block.tag == "li":
        return []
    found: list[Any] = []
    for listing in block.iter("ul", "ol"):
        if listing is not block:
            found.extend(_inner_replies(listing))
    return found


_INNER_HOLDER_TAGS = frozenset({"div", "section"})


def _inner_block_lists(block: Any, roles: _Roles, cache: dict[Any, _Roles | None]) -> list[Any]:
    """Replies listed inside a comment in a division of blocks of one kind, each a comment of its own
    (a name, a time, a text) and none holding the comment's own name: giscus' ``div.gsc-replies``
    of ``div.gsc-reply``, a Q&A answer's comment list with its title. Lists (``ul``/``ol``) are read
    by :func:`_inner_reply_lists`. A division holding blocks of several kinds is the comment's own
    layout; one holding a single block is a list only when that block is all it holds."""
    elements = _own_elements(block)
    if not elements:
        return []
    found: list[Any] = []
    for holder in elements:
        if holder.tag not in _INNER_HOLDER_TAGS:
            continue
        kids = [child for child in holder if isinstance(child.tag, str) and _is_block_tag(child.tag)]
        if not kids:
            continue
        kinds: dict[tuple[str, frozenset[str]], list[Any]] = defaultdict(list)
        for kid in kids:
            # with no class left to tell kinds apart, the generated ones do ("_23G05g", "_3OhIvz")
            kinds[_signature(kid) if _signature(kid)[1] else (kid.tag, _class_stems(kid))].append(kid)
        members = max(kinds.values(), key=len)
        # one reply alone in its holder (Jianshu's reply box under a comment with one answer) is a
        # list too when the holder has no other element and no text of its own
        alone = (
            len(members) == 1
            and len(holder) == 1
            and not (holder.text or "").strip()
            and not _repeats_a_block(members[0])  # a list of several replies is no one reply
        )
        if (len(members) < _MIN_BLOCKS and not alone) or (
            _signature(members[0]) == _signature(block) and _same_style(members[0], block)
        ):
            continue
        if roles.name_element is not None and any(
            member is roles.name_element or member in roles.name_element.iterancestors() for member in members
        ):
            continue  # the comment's own header and text, wrapped
        replies = [member for member in members if _is_reply_block(member, roles, cache)]
        if len(replies) == len(members):
            found.extend(replies)
        if len(found) >= _MAX_WRAPPED:
            break
    return found


def _repeats_a_block(element: Any) -> bool:
    """Whether two of the element's child blocks have the same tag and classes (items of a list)."""
    seen: set[tuple[str, str]] = set()
    for child in element:
        if isinstance(child.tag, str) and _is_block_tag(child.tag):
            kind = (child.tag, str(child.get("class") or ""))
            if kind in seen:
                return True
            seen.add(kind)
    return False


def _is_reply_block(member: Any, roles: _Roles, cache: dict[Any, _Roles | None]) -> bool:
    inner = _roles_cached(member, cache)
    return inner is not None and inner.is_comment and inner.text != roles.text


def _sibling_kinds(block: Any) -> set[tuple[str, frozenset[str]]]:
    """The kinds (tag and classes) of the few blocks of the same tag before and after ``block``; of a
    named kind, only blocks that show a time, as a comment or a box of replies does: a forum's menu
    or "related topics" box beside its posts is of no comment's kind (Phorum's div.generic boxes
    beside its div.message posts, which each hold a div.generic author box). (A bare sibling's kind
    still counts, as it always did: Stack Exchange's answers, whose blocks teach the line-role
    model, are read on the blocks they always were.)"""
    own = _signature(block)
    kinds: set[tuple[str, frozenset[str]]] = set()
    for siblings in (block.itersiblings(block.tag), block.itersiblings(block.tag, preceding=True)):
        for count, sibling in enumerate(siblings):
            if count >= _KIN_SIBLINGS:
                break
            kind = _signature(sibling)
            if kind != own and kind not in kinds and (not kind[1] or _shows_time(sibling)):
                kinds.add(kind)
    return kinds


def _shows_time(element: Any) -> bool:
    """Whether a time is in the element's text or, shown shortened ("2025.08.30" after a name with no
    space between), in a ``datetime`` or ``title`` attribute (CSDN's span.date[title])."""
    if _TIME_TEXT.search(element.text_content()):
        return True
    for inner in itertools.islice(element.iter(), _MAX_BLOCK_ELEMENTS):
        for attribute in ("datetime", "title"):
            value = inner.get(attribute)
            if value and to_iso(value) is not None:
                return True
    return False


def _roles(block: Any, *, without: frozenset[Any] = frozenset()) -> _Roles | None:
    """The block's roles; ``without``: replies found inside it, whose elements are not its own."""
    if block.tag == "pre":
        # a message written out as mail, its headers and all (a list archive's <pre> per message):
        # the headers name the sender and the time, the text below them is the body
        # (preformatted text that is not a message is no comment: code, a thread's overview)
        head = mail_head(block.text_content())
        if head is None:
            return None
        timed = head.published is not None
        return _Roles(head.author, None, head.published, timed, False, head.body, 0.0, False, block)
    elements = _own_elements(block)
    if elements is None:
        return None
    if without:
        elements = [element for element in elements if not _under(element, without, block)]
    time_element, published, timed = _time_of(elements)
    name_element, name = _name_after(time_element)
    if name is None:
        name_element, name = _name_of(elements)
    if name is None:
        name_element, name = _byline_name(elements)
    if not timed:
        published = attribute_time(block)
        timed = published is not None
    if name is None:
        name_element, name = _name_outside_elements(block, time_element)
    actions = any(
        is_action_line(_short_text(element) or "") for element in elements if element.tag in ("a", "button")
    )
    avatar = any(element.tag == "img" for element in elements)
    skipped = {_header(element, block) for element in (name_element, time_element) if element is not None}
    quotes = {element for element in elements if is_quote(element) or _quote_table(element)}
    body = _body_element(block, elements, skipped | quotes, headers=skipped)
    text = _body(body, block, skipped, name)
    # links in the body only: a footer's "Родительский" / "Ветвь дискуссии" links are no body's
    in_body = (
        elements if body is block else [element for element in elements if _under(element, {body}, block)]
    )
    link_share = _body_links(in_body, skipped, block) / max(len(text), 1)
    return _Roles(name, name_element, published, timed, actions, text, link_share, avatar, body)


def _name_after(time_element: Any | None) -> tuple[Any | None, str | None]:
    """The name the time's header line ends with after a byline word (:func:`name_after_time`)."""
    if time_element is None:
        return None, None
    name = name_after_time(time_element)
    if name and len(name) <= _MAX_NAME_CHARACTERS and _looks_like_name(name):
        return time_element.getparent(), name
    return None, None


def _name_outside_elements(block: Any, time_element: Any | None) -> tuple[Any | None, str | None]:
    """A name no element of its own holds: the loose words beside the time in its header line
    ("#1 <time>…</time> Nathalie a dit :"), else the block's author attribute (``author="Ann"``)."""
    if time_element is not None:
        beside = name_beside_time(time_element, block)
        if beside and len(beside) <= _MAX_NAME_CHARACTERS and _looks_like_name(beside):
            return time_element.getparent(), beside
    named = attribute_author(block)
    if named and _could_be_display_name(named) and _looks_like_name(named):
        return None, named
    return None, None


def _body_links(elements: list[Any], skipped: set[Any], block: Any) -> int:
    """How many characters of the body are link text (headers, buttons and times left out)."""
    total = 0
    for link in elements:
        if link.tag != "a" or _under(link, skipped, block):
            continue
        if any(ancestor.tag in SUBJECT_TAGS for ancestor in link.iterancestors()):
            continue  # a subject line that links to the comment itself is no link in the body
        text = " ".join(link.text_content().split())
        if not is_action_line(text) and not _TIME_TEXT.search(text):
            total += len(text)
    return total


def _under(element: Any, ancestors: Set[Any], block: Any) -> bool:
    for ancestor in (element, *element.iterancestors()):
        if ancestor is block:
            return False
        if ancestor in ancestors:
            return True
    return False


def _short_text(element: Any, *, limit: int = _MAX_TIME_CHARACTERS) -> str | None:
    """The element's text in single spaces, or None when longer than ``limit``."""
    text = spaced_text(element)
    return text if len(text) <= limit else None


def _short_words(text: str | None) -> str | None:
    """``text`` in single spaces, or None when longer than a time's line."""
    spaced = " ".join((text or "").split())
    return spaced if len(spaced) <= _MAX_TIME_CHARACTERS else None


def _name_of(elements: list[Any]) -> tuple[Any | None, str | None]:
    """The block's name: of the name-like short texts, one that links to a person's profile if any
    (a subject line or an avatar's initials come first in some layouts), else the first."""
    first: tuple[Any, str] | None = None
    for element in elements:
        if (element.tag not in _NAME_TAGS and not _is_name_button(element)) or len(element) > 3:
            continue
        if _names_a_badge(element):
            continue
        # without the badges beside the name ("Thibaut63" <em>Nouveau membre</em>)
        text = name_text(element)
        if not text or len(text) > _MAX_NAME_CHARACTERS + 20:
            continue
        if (
            element.tag == "a"
            and _links_to_a_story(str(element.get("href") or ""))
            and not _links_to_a_person(element)  # "/people/derek-from-leeds" is a person's page
        ):
            continue  # a headline of a related post, not a person
        if is_action_line(text):
            continue  # a menu of buttons ("Quote Edit Remove"), however few its words
        name = _display_name(without_badge(normalise_author(text) or ""))
        if (
            name
            and not _looks_like_name(name)
            and (_HEADER_SEPARATOR.search(text) or SPEECH_TAIL.search(text))
        ):
            # "Klaus R. • vor 2 Stunden": the name and the time in one line; "Bernadette63 a écrit :"
            name = tidy_author(text) or ""
        if not name or len(name) > _MAX_NAME_CHARACTERS:
            continue
        profiled = _links_to_a_person(element)
        if profiled and _could_be_display_name(name):
            return element, tidy_author(name) or name
        if _follows_byline_word(element) and _could_be_display_name(name):
            # "Buvette … 10 avril 2025, par <a>Élodie</a>": the words before an element say it is
            # the author, whatever name-like subject line comes first
            return element, tidy_author(name) or name
        if first is None and _looks_like_name(name) and not _is_initials(name):
            first = (element, name)
        elif first is not None and _initials_of(name) == "".join(first[1].split()).upper():
            # "N7" then "naranjo_73": an avatar's letters and digits drawn from the name after them
            first = (element, name)
    return first if first is not None else (None, None)


# a word of authorship ending the text just before an element ("…, 21:18, par ", "Posted by ")
_ENDS_WITH_BYLINE_WORD = re.compile(rf"(?:^|[\s,;|·•–—-]){BYLINE_WORDS}\s*:?\s*$", re.IGNORECASE)


def _follows_byline_word(element: Any) -> bool:
    """Whether the loose text just before ``element`` (its previous sibling's tail, else its
    parent's own text) ends with a word of authorship: "par <a>Élodie</a>" names the author. Inside
    a quote the same words name the quoted person ("Publicado originalmente por <b>luna</b>:")."""
    if any(ancestor.tag in BARE_QUOTE_TAGS for ancestor in element.iterancestors()):
        return False
    previous, parent = element.getprevious(), element.getparent()
    owner_text = (parent.text or "") if parent is not None else ""
    before = (previous.tail or "") if previous is not None else owner_text
    return _ENDS_WITH_BYLINE_WORD.search(before[-_MAX_TIME_CHARACTERS:]) is not None


# "felix (Felix Aaberg)": a login, then the person's name in brackets
_HANDLE_AND_NAME = re.compile(r"^(?P<handle>[^\s()]+)\s*\((?P<name>[^()]+)\)$")
_MAX_DISPLAY_NAME_WORDS = 4


def _display_name(text: str) -> str:
    """The name in brackets after a login made from it ("felix (Felix Aaberg)", "jdoe (John Doe)"):
    bug trackers show both, the name for people; else ``text``. A login that shares no word with
    the bracket ("Klaus (Berlin)") keeps the whole: the bracket is something else."""
    both = _HANDLE_AND_NAME.match(text)
    if both is None:
        return text
    handle, words = both["handle"].casefold(), both["name"].split()
    made_from = any(len(word) >= 3 and word.casefold() in handle for word in words)
    return " ".join(words) if made_from and len(words) <= _MAX_DISPLAY_NAME_WORDS else text


def _is_name_button(element: Any) -> bool:
    """A button whose class calls it the name ("CommentItem_author__b8Vn2"): a front end that opens
    the commenter's profile card from the name draws it as a button, not a link. Other buttons
    ("Antworten", "Follow") name nobody."""
    return element.tag == "button" and element.get("class") is not None and is_name_like(element)


def name_among(elements: list[Any]) -> str | None:
    """The commenter's name among a comment's own elements, read as a block's name is read here
    (a name-like short element, else a byline), for a comment whose markup types it but names no author."""
    _, name = _name_of(elements)
    if name is None:
        _, name = _byline_name(elements)
    return name


# a badge, or a profile fact ("replyer-level": "LV4", "user-location": "Leeds")
_BADGE_CLASS = re.compile(
    rf"(?:^|[-_])(?:{'|'.join(sorted(BESIDE_NAME_CLASS_WORDS))})(?:$|[-_])", re.IGNORECASE
)


def _names_a_badge(element: Any) -> bool:
    """An element whose class says it is a badge ("Answer-badge", "user-flair"): a distinction
    ("Hilfreichste Antwort", "Top contributor"), or another fact of the profile ("LV4"), never the
    commenter's name."""
    classes = element.get("class")
    return bool(classes) and any(_BADGE_CLASS.search(name) for name in str(classes).split())


# A line that names the commenter in words, not in its own element: "Posted by: Miriam | March 02".
_BYLINE_LEAD = re.compile(
    rf"^(?:posted|submitted|written|geschrieben|publicado|publié|postée?|écrit|escrito)\s+{BYLINE_WORDS}\s*:?\s*"
    rf"|^{BYLINE_WORDS}\s*:\s*",
    re.IGNORECASE,
)


def _byline_name(elements: list[Any]) -> tuple[Any | None, str | None]:
    """The name a short byline line gives in its text ("Posted by: Miriam | March 02, 2025")."""
    for element in elements:
        text = _short_text(element, limit=_MAX_NAME_CHARACTERS + _MAX_TIME_CHARACTERS)
        lead = _BYLINE_LEAD.match(text) if text else None
        if lead is None or text is None:
            continue
        name = tidy_author(text[lead.end() :])
        if name and len(name) <= _MAX_NAME_CHARACTERS and _could_be_display_name(name):
            return element, name
    return None, None


def _is_initials(name: str) -> bool:
    """An avatar's letters ("ÉM", "CD"): a placeholder picture, not a name."""
    letters = name.replace(" ", "").replace(".", "")
    return 0 < len(letters) <= 3 and letters.isalpha() and letters.isupper()


# The parts of a name whose first characters an avatar shows: words, and runs of letters or of digits
# ("naranjo_73" is "naranjo" and "73", "N7"; "Carmen_R" is "CR").
_NAME_PARTS = re.compile(r"[^\W\d_]+|\d+")
_MAX_INITIALS = 3


def _initials_of(name: str) -> str | None:
    """The letters an avatar draws for ``name`` ("N7" for "naranjo_73"), or None for a name of one
    part or of more parts than an avatar shows."""
    parts = _NAME_PARTS.findall(name)
    if not 2 <= len(parts) <= _MAX_INITIALS:
        return None
    return "".join(part[0] for part in parts).upper()


def _links_to_a_person(element: Any) -> bool:
    """Whether the element is (or sits in) a link to a person's profile ("/people/u4", "/user/ann")."""
    for candidate in (element, *list(element.iterancestors())[:2]):
        if candidate.tag == "a" and _PROFILE_PATH.search(str(candidate.get("href") or "")):
            return True
    return False


def _could_be_display_name(text: str) -> bool:
    """A display name a profile link vouches for ("Mike in the Burbs"): short, not a time or button."""
    return (
        len(text.split()) <= 5
        and not (_TIME_TEXT.search(text) and not _HANDLE_WITH_YEAR.fullmatch(text))
        and not is_action_line(text)
    )


def _links_to_a_story(href: str) -> bool:
    """Whether a link goes to an article: a dated path or a slug of several words ("/2024/05/new-tram-line").
    The host is no slug: "https://lea-et-ses-mangas.skyrock.com/" is a person's own blog, its front
    page, as a commenter's name links to it on blog platforms that give each member a host."""
    path = _SCHEME_AND_HOST.sub("", href.split("?")[0].split("#")[0]).rstrip("/")
    last = path.rsplit("/", 1)[-1]
    return _DATED_PATH.search(path) is not None or last.count("-") >= 2 or last.endswith((".html", ".htm"))


def _looks_like_name(text: str) -> bool:
    # a time, unless a handle with a year in it ("绿手指2019", "ann1987")
    if (_TIME_TEXT.search(text) and not _HANDLE_WITH_YEAR.fullmatch(text)) or is_action_line(text):
        return False
    return is_name(text)


def _time_of(elements: list[Any]) -> tuple[Any | None, str | None, bool]:
    """The time-like element, the ISO date it gives (None for a relative time), and whether found.

    A date in an attribute is the surest; a time-like text only counts in a small element, so that
    a header holding both the name and the time is not taken for the time.
    """
    for element in elements:
        for attribute in ("datetime", "title", "data-time", "data-date"):
            iso = to_iso(element.get(attribute))
            if iso is not None and not is_join_date(element, ""):
                return element, iso, True
    for element in elements:
        if len(element) > 2:
            continue
        # a header line that runs on past its time in a child keeps the time in its own first words
        # ("Publicado: Lun Mar 03, 2025 9:12 am<span>&nbsp;</span> Asunto: Re: …")
        text = _short_text(element)
        if len(element) and (not text or word_count(text) > _MAX_TIME_WORDS):
            text = _short_words(element.text)
        if (
            not text
            or word_count(text) > _MAX_TIME_WORDS
            or any(_holds_running_text(child) for child in element)
        ):
            continue  # a time is a few words, not a paragraph that mentions one
        if (
            (is_relative_time(text) or _TIME_TEXT.search(text))
            and not _looks_like_name(text)
            # the date the commenter joined, in a profile box beside the post ("注册日期 2019-04-12")
            and not is_join_date(element, text)
        ):
            return element, to_iso(text) or date_inside(text), True
    return None, None, False


def _header(element: Any, block: Any) -> Any:
    """The element together with the short words around it ("Ramón dijo:"), below the block; never
    a parent that also holds a paragraph of text (a short comment in dense script is no header word)."""
    own = len(element.text_content())
    while True:
        parent = element.getparent()
        if parent is None or parent is block or len(parent.text_content()) > own + _MAX_HEADER_EXTRA:
            return element
        if any(
            _holds_running_text(child) or _holds_many_words(child) for child in parent if child is not element
        ):
            return element
        loose = " ".join([parent.text or "", *((child.tail or "") for child in parent)])
        if word_count(loose) > _MAX_HEADER_WORDS:
            return element  # "<a>小鹿不吃草</a>：支持规范停车…": the text runs on after the name
        element = parent


def _holds_many_words(element: Any) -> bool:
    """An inline element with more words than a header holds (a name, a badge, buttons): the body
    in a ``span`` beside the time ("<span class=reply-content>充电上限设…</span><div>time</div>")."""
    if not isinstance(element.tag, str):
        return False
    text = spaced_text(element)
    return (
        word_count(text) > _MAX_HEADER_BODY_WORDS and not is_action_line(text) and not _TIME_TEXT.search(text)
    )


def _holds_running_text(element: Any) -> bool:
    if not isinstance(element.tag, str) or element.tag not in _TEXT_BLOCK_TAGS:
        return False
    text = spaced_text(element)
    return bool(text) and not is_action_line(text) and not _TIME_TEXT.search(text)


def _body_element(block: Any, elements: list[Any], skipped: set[Any], *, headers: Set[Any]) -> Any:
    """The element holding the most running text of its own (in its text, its inline children and
    paragraphs); the block itself when its text is spread out. The name's and the time's
    ``headers`` are no running text: Movable Type's head line "Tom replied to comment from Ann |
    <date> | Reply" is as long as a short body once its name and date are counted."""
    in_headers = _header_sizes(headers, block)
    best, best_size = block, _running_text_size(block, in_headers)
    for element in elements:
        size = _running_text_size(element, in_headers)
        if (
            size > best_size
            and not _under(element, skipped, block)
            and not is_hidden(element, block)
            # a box a script shows (an editor's raw Markdown beside the rendered text) is no body
            and not hidden_by_class(element)
        ):
            best, best_size = element, size
    return best


def _header_sizes(headers: Set[Any], block: Any) -> dict[Any, int]:
    """How much header text each element below ``block`` holds (the headers and their ancestors)."""
    sizes: dict[Any, int] = {}
    for header in headers:
        size = len(header.text_content().strip())
        element = header
        while element is not None and element is not block:
            sizes[element] = sizes.get(element, 0) + size
            element = element.getparent()
    return sizes


def _running_text_size(element: Any, in_headers: dict[Any, int]) -> int:
    size = len((element.text or "").strip())
    for child in element:
        size += len((child.tail or "").strip())
        if child.tag in _RUNNING_TEXT_TAGS:
            size += max(len(child.text_content().strip()) - in_headers.get(child, 0), 0)
    return size


def _body(body: Any, block: Any, skipped: set[Any], name: str | None) -> str:
    after_header = {element.getnext() for element in skipped}  # (once: not a look-up per element)

    def skip(element: Any) -> bool:
        return (
            element in skipped
            or element.tag in SUBJECT_TAGS
            or element.tag == "img"
            or is_quote(element)
            or _quote_table(element)
            # a signature, a moderator's note (only an element with a class can be named one)
            or (element.get("class") is not None and (is_signature(element) or is_moderation_note(element)))
            or is_hidden(element, element.getparent())
            or _is_nested_block(element, block, part=True)
            # the badge right after the name, in a line that goes on with the text ("Ann <span>作者</span>：…")
            or (element in after_header and is_badge(element))
        )

    lines = []
    for line in element_text(body, skip=skip).split("\n"):
        bare = line.strip()
        if not bare or is_action_line(bare) or bare == name or bare.lower() in BADGES:
            continue
        if len(bare) <= _MAX_TIME_CHARACTERS and (is_relative_time(bare) or to_iso(bare) is not None):
            continue
        lines.append(line)
    text = "\n".join(lines).strip()
    return SPEECH_LEAD.sub("", text).strip()


# The boxes a forum draws a quote in without naming it one: a table (read as divisions once its
# layout is undone) or a fieldset, its first line "X a écrit :" (cnblogs, Doctissimo, phpBB 2).
_QUOTE_TABLE_TAGS = frozenset({"table", "fieldset"})


def _quote_table(element: Any) -> bool:
    """Whether an element is a quote table: a box of :data:`_QUOTE_TABLE_TAGS` titled as a quote."""
    tag = element.get(LAYOUT_PART) or element.tag
    return tag in _QUOTE_TABLE_TAGS and is_titled_quote(element)


def in_chrome(element: Any) -> bool:
    for ancestor in (element, *element.iterancestors()):
        if not isinstance(ancestor.tag, str):
            continue
        if ancestor.tag == "form":
            # a form to write in is chrome; a form that wraps the comment list (DataLife Engine's
            # moderation form, Bugzilla's form round the bug and its comments) is not
            if is_writing_form(ancestor) and ancestor.xpath(
                ".//textarea | .//input[@type='text' or @type='email' or not(@type)]"
            ):
                return True
            continue
        if ancestor.tag in _CHROME_TAGS or ancestor.get("role") in _CHROME_ROLES:
            return True
    return False


def links_elsewhere(block: Any, ids: set[str]) -> bool:
    """Whether the block links to a comment on another page ("/old/3#comment-90"): an anchor that
    is no element of this page."""
    own = None
    for link in block.iter("a"):
        path, _, anchor = str(link.get("href") or "").partition("#")
        if not (path and anchor) or anchor in ids or _is_reply_button(link):
            continue
        if own is None:
            own = {
                digits
                for element in block.iter()
                for digits in _ID_DIGITS.findall(str(element.get("id") or ""))
            }
        # "#msg15201" to this block's "msg_15201" is its own permalink; an anchor with no number
        # ("/t/3120/comment/60410#reply-form") names the block in its path: its own reply link
        if not set(_ID_DIGITS.findall(anchor) or _ID_DIGITS.findall(path)) & own:
            return True
    return False


def _is_reply_button(link: Any) -> bool:
    """Whether a link is the comment's reply button ("Reply", "Reply to this comment"): it leads to
    the comment form, wherever the form's anchor is, never to another page's comment (a b2evolution
    reply link is "/post?reply_ID=880#form_p42", an anchor no element of the page has)."""
    words = spaced_text(link).split()
    return bool(words) and (is_action_line(" ".join(words)) or is_action_line(words[0]))


def _thread(
    parent: Any, tag: str, cache: dict[Any, _Roles | None], *, offset: int = 0, limit: int | None = None
) -> list[ShapedComment]:
    """The region's blocks and the replies nested in their lists, each with the block it replies to
    (indices from ``offset``). A block of the region's own kind deeper down, outside any comment (a
    reply list in a wrapper beside its parent), is taken too; the thread signs place it later."""
    index: dict[Any, int] = {}
    comments: list[ShapedComment] = []
    kind = next(
        (_signature(child) for child in parent if isinstance(child.tag, str) and child.tag == tag), None
    )
    wrapper_comment: Any | None = None  # the region's first comment, when the region is a wrapper
    wrapper_kind = _signature(parent) if _signature(parent)[1] else None  # a named wrapper only
    wrapped = _wrapper_kind(parent, tag, cache)
    for element in parent.iter(tag):
        if limit is not None and offset + len(comments) >= limit:
            break  # the analysis budget's cap (see find_shaped_comments)
        if element is parent or element in index:
            continue
        replied = _enclosing_block(element, parent, index)
        nested = (
            replied is not None
            # in a list of replies; a list that is one block of parts is a reply wherever it sits in
            # its parent; or (a web component's slot) right inside a comment of its own custom tag:
            # <shreddit-comment slot="children"> in <shreddit-comment>
            and (
                element.getparent().tag in _LIST_TAGS
                or element.tag in _INNER_LIST_TAGS
                or ("-" in tag and element.getparent() is replied)
            )
            and _is_nested_block(element, replied, part=True)
        )
        kin = replied is None and _signature(element) == kind
        if element.getparent() is not parent and not nested and not kin:
            continue
        roles = _roles_cached(element, cache)
        if roles is None or not roles.is_comment:
            continue
        wrapped_comments = _wrapped_comments(element, cache, wrapped) if replied is None and wrapped else []
        if wrapped_comments:
            # a thread wrapper (YouTube's ytd-comment-thread-renderer): its first comment block, then
            # the replies to it
            first = offset + len(comments)
            for position, (item, item_roles) in enumerate(wrapped_comments):
                index[item] = offset + len(comments)
                comments.append(
                    ShapedComment(
                        item,
                        item_roles.name,
                        item_roles.published,
                        item_roles.text,
                        first if position else None,
                    )
                )
            index[element] = first
            continue
        if replied is None and wrapper_comment is not None and _signature(element) == wrapper_kind:
            # a wrapper of the region's own kind after the region's comment holds a reply to it
            # (IntenseDebate's div.idc-thread: its div.idc-c, then the replies' div.idc-thread)
            replied = wrapper_comment
        elif replied is None and element.getparent() is parent and wrapper_comment is None:
            wrapper_comment = element
        index[element] = offset + len(comments)
        comments.append(
            ShapedComment(
                element=element,
                author=roles.name,
                published=roles.published,
                text=roles.text,
                parent=index[replied] if replied is not None else None,
            )
        )
        if element.tag != "li":
            position = len(comments) - 1
            replies: list[Any] = []
            for item in [*_inner_reply_lists(element), *_inner_block_lists(element, roles, cache)]:
                if item in index:
                    continue
                inner = _roles_cached(item, cache)
                if inner is None or not inner.is_comment:
                    continue
                index[item] = offset + len(comments)
                replies.append(item)
                comments.append(ShapedComment(item, inner.name, inner.published, inner.text, index[element]))
            own = _roles(element, without=frozenset(replies)) if replies else None
            if own is not None and own.has_body and own.text != roles.text:
                # the replies' words are not the comment's: its body is read again without them (a
                # reply longer than its comment would otherwise pass for the comment's body)
                comments[position] = ShapedComment(
                    element, roles.name, roles.published, own.text, comments[position].parent
                )
    return comments


def _wrapper_kind(
    region: Any, tag: str, cache: dict[Any, _Roles | None]
) -> tuple[str, frozenset[str]] | None:
    """The kind of comment block the region's blocks wrap, when they are thread wrappers: some block
    holds two or more comment blocks of one kind among its own elements (the comment, then its
    replies, each a block of another tag than the wrapper: YouTube's ytd-comment-thread-renderer).
    None when no block does, so that a comment holding one body part stays one comment."""
    for count, block in enumerate(region.iterchildren(tag)):
        if count >= _KIN_SIBLINGS * 4:
            break
        inner = _wrapped_comments(block, cache, None)
        if len(inner) >= _MIN_BLOCKS:
            return _signature(inner[0][0])
    return None


def _wrapped_comments(
    block: Any, cache: dict[Any, _Roles | None], kind: tuple[str, frozenset[str]] | None
) -> list[tuple[Any, _Roles]]:
    """The comment blocks of ``kind`` among the block's own elements, in page order (of the kind of
    the outermost one that reads as a comment when ``kind`` is None); one nested in another counts
    once (the outer)."""
    elements = _own_elements(block)
    if not elements:
        return []
    found: list[tuple[Any, _Roles]] = []
    taken: set[Any] = set()
    for element in elements:
        if element.tag == block.tag or not _is_block_tag(element.tag):
            continue
        if kind is not None and _signature(element) != kind and not _reply_of_kind(element, kind):
            continue
        if any(ancestor in taken for ancestor in element.iterancestors()):
            continue
        roles = _roles_cached(element, cache)
        if roles is None or not roles.is_comment:
            continue
        kind = _signature(element)
        found.append((element, roles))
        taken.add(element)
        if len(found) >= _MAX_WRAPPED:
            break
    return found


def _reply_of_kind(element: Any, kind: tuple[str, frozenset[str]]) -> bool:
    """Whether a block is a reply marked as one beside the kind's own classes ("comentario
    comentario--respuesta" after the thread's "comentario"): a comment of that kind all the same."""
    tag, classes = _signature(element)
    return tag == kind[0] and _marked_reply(classes, kind[1])


def _enclosing_block(element: Any, region: Any, index: dict[Any, int]) -> Any | None:
    for ancestor in element.iterancestors():
        if ancestor is region:
            return None
        if ancestor in index:
            return ancestor
    return None
