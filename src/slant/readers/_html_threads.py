"""Who replies to whom when the markup does not nest replies inside their parents (issue 14).

Nesting is the first sign (a finder gives it); when a comment has no enclosing comment, these say
which earlier comment it answers, surest first:

1. a parent attribute naming another comment's id (``data-parent-id="15000"``, ``data-reply-to``);
2. a reply link in the comment pointing at another comment's anchor ("Antwort auf <a href="#k1">#1</a>");
3. a reply list placed after its parent instead of inside it (WordPress' ``<li>`` closed before its
   ``ul.children``, Drupal's ``div.indented``, ``.follow-up``, ``.replies``);
4. indentation: a depth in a class (``depth-2``, ``level-1``, ``indent-3``), an attribute
   (``data-depth``, ``aria-level``, Hacker News' ``indent``) or a left margin in the style; a deeper
   comment answers the nearest comment before it that is less deep;
5. the text: "In reply to X", "Antwort auf #N" or a leading "@X" names the comment's author (the
   nearest earlier comment by X) or its number.

Nothing here invents a thread: a comment none of these speak for stays top-level.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import Any

from slant.readers._comment_words import FLOOR, NUMBER_LABEL, NUMBER_SIGN
from slant.readers._html_block_signs import attribute_depth, is_key_attribute
from slant.readers._html_marks import ROLE_ATTRIBUTES, PageMarks
from slant.readers._html_text import class_tokens

__all__ = ["ReplyHints", "infer_parents"]

_PARENT_ATTRIBUTE = re.compile(r"parent|reply-?to|in-?reply|replyto|respond-?to")
# an attribute of a part of a comment that points at another comment: "data-ref_cid", "data-quote-id"
# (a separator before "ref" keeps out "href")
_REFERENCE_ATTRIBUTE = re.compile(r"[-_](?:ref|quote[sd]?|parent|reply-?to|in-?reply)(?:[-_]|$)")
_COMMON_ATTRIBUTES = frozenset(
    {"class", "id", "href", "src", "alt", "title", "style", "rel", "name", "width", "height"}
)
# a part of a comment whose role, relation or class names it the link to the comment answered:
# NodeBB's <a component="post/parent" href="/post/8802">, rel="in-reply-to", class="parent-link"
_PARENT_ROLE = re.compile(r"(?:^|[/\s_-])(?:parent|in-?reply-?to|replied-?to)(?:$|[/\s_-])")
_ROLE_ATTRIBUTES = ROLE_ATTRIBUTES | {"class"}
# the words of a role attribute's value that name its link the parent link, tested before the pattern
_PARENT_WORDS = ("parent", "reply-to", "replyto", "replied")
_ID_ATTRIBUTES = (
    "id", "data-id", "data-comment-id", "data-reply-id", "data-post-id", "data-cid", "data-pid", "name"
)  # fmt: skip
_REPLY_LIST = re.compile(
    r"children|replies|reply-list|indented|follow-?up|answers|antworten|responses|sub-?comments|nested|thread-?replies"
)
_DEPTH_CLASS = re.compile(
    r"(?:depth|level|lvl|indent|ind|nest|nesting|ml|reply-level|thread-level)[-_]{0,2}(\d{1,2})$"
)
_DEPTH_ATTRIBUTES = ("data-depth", "data-level", "aria-level", "indent", "data-indent", "data-nesting")
_MARGIN = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)\s*(px|em|rem)?", re.IGNORECASE)
_DIGITS = re.compile(r"(\d+)$")
# a comment's own printed number: "#3", "3楼", "№ 3", "Nr. 3"
# "#3", "№ 3", "Comment 3", "3楼"
_PRINTED_NUMBER = re.compile(
    rf"(?:{NUMBER_LABEL}\s+#?\s*|{NUMBER_SIGN})(?P<number>\d{{1,5}})|{FLOOR}", re.IGNORECASE
)
_INDENT_IMAGE_STEP = 40  # Hacker News indents with a spacer image 40 px wide per level
_MAX_SEARCH_ELEMENTS = 60
_MAX_WRAPPERS = 3  # the lone wrappers above a comment's element searched for its indentation
# The words between the elements of a head line ("replied to"): more make a sentence of the text
_MAX_PART_LINE_WORDS = 3
_INLINE_TAGS = frozenset({"i", "span", "a", "img", "em", "b", "strong", "small", "svg", "sup", "sub", "abbr"})


class ReplyHints:
    """What a comment's text says about its parent (see :mod:`slant.readers._html_fields`)."""

    __slots__ = ("name", "number", "quoted", "quotes")

    def __init__(
        self,
        name: str | None = None,
        number: int | None = None,
        quoted: str | None = None,
        *,
        quotes: int | None = None,
    ) -> None:
        self.name = name
        self.number = number
        # whom a quote box in the comment quotes: tried when ``name`` (perhaps only a guess from
        # "Name, …") names no earlier commenter
        self.quoted = quoted
        # the earlier comment whose words the comment reproduces (:mod:`._html_quotes`): surer
        # than a name, which may have written several earlier comments
        self.quotes = quotes


def infer_parents(
    blocks: Sequence[Any | None],
    parents: Sequence[int | None],
    *,
    authors: Sequence[str | None],
    hints: Sequence[ReplyHints],
    marks: PageMarks | None = None,
) -> list[int | None]:
    """Each comment's parent index: the one given, or the first of the signs above that names an
    earlier comment. ``blocks[i]`` is comment i's element (None when it came from data, not markup).
    ``marks``: the page's attributes, gathered before any was cut, which spare the walk for sign 2's
    references a page without them."""
    result = list(parents)
    ids = _identifiers(blocks)
    heads = _HeadAnchors(blocks)
    _refine_flattened(blocks, result, ids, authors=authors, hints=hints)
    if all(parent is not None for parent in result[1:]):
        return result  # nesting said it all
    positions = {id(element): position for position, element in enumerate(blocks) if element is not None}
    depths = [_depth(block) if block is not None else None for block in blocks]
    if any(depth is not None for depth in depths):
        # a flat list indents its replies only ("ml-32"): the others are at the margin
        depths = [
            0.0 if depth is None and block is not None else depth
            for depth, block in zip(depths, blocks, strict=True)
        ]
    use_depth = len({d for d in depths if d is not None}) > 1
    # the walk of each comment's first elements (the 500-comment page: 4 % of a read) finds nothing
    # on a page with no reference attribute and no role or class naming a parent link
    references = marks is None or _may_refer(marks)
    threads = _ThreadWrappers(positions)
    placed: list[int] = []  # the comments the markup's signs (not nesting, not text) gave a parent
    shallower = _previous_shallower(depths) if use_depth else []
    numbers = _comment_numbers(blocks) if any(hint.number is not None for hint in hints) else {}
    by_name = (
        _AuthorIndex(authors, handles=_Handles(blocks))
        if any(hint.name or hint.quoted for hint in hints)
        else None
    )
    for index, block in enumerate(blocks):
        if result[index] is not None or index == 0:
            continue
        found = None
        if block is not None:
            found = _by_attribute(block, ids, index)
            if found is None and references:
                found = _by_reference_inside(block, ids, index)
            if found is None:
                found = _by_reply_link(block, ids, index, heads=heads)
            if found is None:
                found = _by_reply_list(block, positions, index)
            if found is None and use_depth:
                found = shallower[index]
            if found is None:
                found = threads.root(block, index)
            if found is not None:
                placed.append(index)
        quoted = hints[index].quotes
        if found is None and quoted is not None and quoted < index:
            found = quoted
        if found is None:
            found = _by_hint(hints[index], by_name, numbers, index)
            if found is not None and by_name is not None:
                found = _continued(found, index, result, authors, by_name)
        result[index] = found
    # a reply the markup's other signs put under a thread's first comment may name a later reply
    # in that thread, as a nested one may (CSDN's reply lists hold every reply beside the others)
    _refine_flattened(blocks, result, ids, authors=authors, hints=hints, indices=placed)
    return result


def _refine_flattened(
    blocks: Sequence[Any | None],
    result: list[int | None],
    ids: dict[str, int],
    *,
    authors: Sequence[str | None],
    hints: Sequence[ReplyHints],
    indices: Sequence[int] | None = None,
) -> None:
    """A reply nested under a thread's first comment that links to a later reply in that thread, or
    names its author ("回复 @name :"), answers that reply: Waline and Bilibili flatten every depth
    under the root and mark the real parent with "@name". Only moves a parent deeper inside the
    same thread. ``indices``: only these comments (all when None)."""
    if indices is not None and not any(hints[index].name for index in indices):
        return
    by_name = _AuthorIndex(authors) if any(hint.name for hint in hints) else None
    for index in range(len(blocks)) if indices is None else indices:
        block = blocks[index]
        nested = result[index]
        if nested is None or index - nested < 2:
            continue  # no comment between this one and its parent that it could answer instead
        named = _by_hint(ReplyHints(hints[index].name), by_name, {}, index) if hints[index].name else None
        # the "@name" link sits at the head of the comment's own text: a short walk
        linked = _by_reply_link(block, ids, index, head_only=True) if block is not None and ids else None
        for found in (linked, named):
            if found is not None and found > nested and _descends_from(found, nested, result):
                result[index] = found
                break


def _descends_from(index: int, ancestor: int, parents: Sequence[int | None]) -> bool:
    current: int | None = index
    for _ in range(len(parents)):  # a bounded climb: parents always point earlier
        if current is None:
            return False
        if current == ancestor:
            return True
        current = parents[current]
    return False


def _identifiers(blocks: Sequence[Any | None]) -> dict[str, int]:
    """Every id a comment goes by: its own ids and data ids, and the anchors just before it."""
    # the names the comments' own attributes have, gathered once: each comment is then asked for
    # those of them that may hold its id (a look at each of its attributes and eight names it may
    # not have cost twice as much); the order of one comment's ids does not matter, all map to it
    present: set[str] = set()
    for block in blocks:
        if block is not None:
            present.update(block.keys())
    names = [name for name in _ID_ATTRIBUTES if name in present]
    # a key under another name ("commentid", "data-key"): web components name their own
    names.extend(name for name in present if name not in _ID_ATTRIBUTES and is_key_attribute(name))
    ids: dict[str, int] = {}
    for index, block in enumerate(blocks):
        if block is None:
            continue
        for value in _own_ids(block, names):
            ids.setdefault(value, index)
            digits = _DIGITS.search(value)
            if digits is not None:
                ids.setdefault(digits.group(1), index)
    return ids


_MAX_HEAD_ELEMENTS = 12


class _HeadAnchors:
    """The anchors in each comment's head, read once and only when a reply link names an id that is
    no comment's own: wpDiscuz's div#wpd-comm-2213_0 holds div#comment-2213, which replies link to."""

    __slots__ = ("_blocks", "_ids")

    def __init__(self, blocks: Sequence[Any | None]) -> None:
        self._blocks = blocks
        self._ids: dict[str, int] | None = None

    def get(self, key: str) -> int | None:
        if self._ids is None:
            self._ids = {}
            members = {id(block) for block in self._blocks if block is not None}
            for index, block in enumerate(self._blocks):
                if block is None:
                    continue
                # the block's first few elements, up to the first comment nested in it
                for element in itertools.islice(block.iterdescendants(), _MAX_HEAD_ELEMENTS):
                    if id(element) in members:
                        break
                    if isinstance(element.tag, str) and element.get("id"):
                        self._ids.setdefault(str(element.get("id")), index)
                    fragment = _self_link(element)
                    if fragment is not None:
                        self._ids.setdefault(fragment, index)
        return self._ids.get(key)


def _self_link(element: Any) -> str | None:
    """The anchor a comment's permalink names when it prints its own address ("<a
    href="#comment:3">comment:3</a>", Trac): the comment goes by that name though no element
    carries it as an id, and replies link to it ("in reply to: <a href="#comment:3">↑ 3</a>")."""
    if element.tag != "a":
        return None
    href = str(element.get("href") or "")
    text = "".join(element.text_content().split())
    if len(href) < 2 or not href.startswith("#") or text.lstrip("#") != href[1:]:
        return None
    return href[1:]


def _own_ids(block: Any, names: Sequence[str]) -> list[str]:
    """The values of the block's attributes ``names`` (those that may hold an id), and the ids of
    the empty anchors just before it."""
    values = [str(value) for value in map(block.get, names) if value]
    previous = block.getprevious()
    while (
        previous is not None
        and isinstance(previous.tag, str)
        and previous.tag == "a"
        and not previous.text_content().strip()
    ):
        values.extend(str(previous.get(name)) for name in ("id", "name") if previous.get(name))
        previous = previous.getprevious()
    return values


def _by_attribute(block: Any, ids: dict[str, int], index: int) -> int | None:
    for name, value in block.attrib.items():
        if not _PARENT_ATTRIBUTE.search(name.lower()) or not value:
            continue
        target = ids.get(str(value))
        if target is None:
            digits = _DIGITS.search(str(value))
            target = ids.get(digits.group(1)) if digits is not None else None
        if target is not None and target < index:
            return target
    return None


def _by_reference_inside(block: Any, ids: dict[str, int], index: int) -> int | None:
    """A part of the comment (a quote box, a reply line) whose attribute names an earlier comment's
    id: ``<div class="reply-quote" data-ref_cid="4771203300">``. Only the comment's first elements."""
    for element in itertools.islice(block.iterdescendants(), _MAX_SEARCH_ELEMENTS):
        if not isinstance(element.tag, str):
            continue
        for name in element.keys():  # noqa: SIM118 (an lxml element iterates its children)
            if name in _ROLE_ATTRIBUTES and element.tag == "a":
                # a link whose role names it the parent link, read on the attributes looked at
                # anyway (a look at every link of every comment cost the 500-comment page 5 %)
                value = str(element.get(name)).lower()
                if any(word in value for word in _PARENT_WORDS):
                    target = _parent_link(element, ids)
                    if target is not None and target < index:
                        return target
            if name in _COMMON_ATTRIBUTES or not _REFERENCE_ATTRIBUTE.search(name.lower()):
                continue
            target = ids.get(str(element.get(name)))
            if target is not None and target < index:
                return target
    return None


def _may_refer(marks: PageMarks) -> bool:
    """Whether :func:`_by_reference_inside` could find anything on the page ``marks`` describe: an
    attribute named as a reference, or a role attribute's value with a word of the parent link."""
    if any(
        name not in _COMMON_ATTRIBUTES and _REFERENCE_ATTRIBUTE.search(name.lower())
        for name in marks.attributes
    ):
        return True
    return any(
        any(word in value.lower() for word in _PARENT_WORDS) for value in (*marks.classes, *marks.roles)
    )


def _parent_link(element: Any, ids: dict[str, int]) -> int | None:
    """The comment a link named as the parent link (see :data:`_PARENT_ROLE`) points at, by the
    number its address ends in ("/post/8802") or a number it carries (``data-topid="8802"``)."""
    roles = " ".join(str(element.get(name) or "") for name in sorted(_ROLE_ATTRIBUTES)).lower()
    if _PARENT_ROLE.search(roles) is None:
        return None
    values = [str(element.get("href") or "").rstrip("/")]
    values.extend(str(value) for name, value in element.attrib.items() if name.startswith("data-"))
    for value in values:
        digits = _DIGITS.search(value)
        target = ids.get(digits.group(1)) if digits is not None else None
        if target is not None:
            return target
    return None


def _by_reply_link(
    block: Any, ids: dict[str, int], index: int, *, head_only: bool = False, heads: _HeadAnchors | None = None
) -> int | None:
    """An in-page link to an earlier comment, in a short line that is not the comment's body (with
    ``head_only``, among the comment's first few elements only)."""
    links = (
        (element for element in itertools.islice(block.iter(), _MAX_SEARCH_ELEMENTS) if element.tag == "a")
        if head_only
        else block.iter("a")
    )
    own_addresses: set[str] | None = None
    for count, link in enumerate(links):
        if count > _MAX_SEARCH_ELEMENTS:
            break
        address, _, anchor = str(link.get("href") or "").partition("#")
        if not anchor:
            continue
        if address:
            # a full address with an anchor is this page's when the comment's own permalink has that
            # address (Movable Type's "replied to <a href=…/post.html#comment-8812>")
            if own_addresses is None:
                own_addresses = _own_addresses(block, ids, index)
            if address not in own_addresses:
                continue
        target = ids.get(anchor)
        if target is None and heads is not None:
            target = heads.get(anchor)
        if target is None or target >= index:
            continue
        holder = link.getparent()
        line = " ".join((holder.text_content() if holder is not None else "").split())
        if len(line) <= 80 or _opens(holder, link) or _is_part_line(holder):
            return target
    return None


def _own_addresses(block: Any, ids: dict[str, int], index: int) -> set[str]:
    """The addresses of the comment's own permalinks (links whose anchor names it): the page's."""
    addresses: set[str] = set()
    for count, link in enumerate(block.iter("a")):
        if count > _MAX_SEARCH_ELEMENTS:
            break
        address, _, anchor = str(link.get("href") or "").partition("#")
        if address and anchor and ids.get(anchor) == index:
            addresses.add(address)
    return addresses


def _is_part_line(holder: Any | None) -> bool:
    """Whether a line is made of its elements (a name, a link, a date) with a few words between
    them ("<name> replied to <link> | <date> | Reply"), not a sentence of the comment's text."""
    if holder is None:
        return False
    loose = " ".join([holder.text or "", *(child.tail or "" for child in holder)])
    return sum(any(c.isalnum() for c in word) for word in loose.split()) <= _MAX_PART_LINE_WORDS


def _opens(holder: Any | None, link: Any) -> bool:
    """Whether ``link`` is the first thing in its holder's text: a reply that opens with its
    parent's name linked to that comment ("<a href=#8801000>pinecone</a>, seeds are …")."""
    if holder is None or (holder.text or "").strip():
        return False
    first = next((child for child in holder if isinstance(child.tag, str)), None)
    return first is link


def _by_reply_list(block: Any, positions: dict[int, int], index: int) -> int | None:
    """A reply list right after a comment, beside it rather than inside it. ``positions`` maps
    each comment element's ``id()`` to its index."""
    for ancestor in block.iterancestors():
        if not isinstance(ancestor.tag, str) or ancestor.tag in {"body", "html"}:
            return None
        if _could_hold_replies(ancestor, positions):
            previous = ancestor.getprevious()
            while previous is not None and _is_spacer(previous, positions):
                previous = previous.getprevious()
            if previous is None:
                continue
            target = positions.get(id(previous))
            if target is None:
                # the parent comment is wrapped: the one comment inside the previous sibling (a
                # sibling holding several is another list of comments, not one comment)
                inside = [positions[id(e)] for e in previous.iter() if id(e) in positions]
                target = inside[0] if len(inside) == 1 else None
            if target is not None and target < index:
                return target
            return None
        if id(ancestor) in positions:
            return None  # nested in a comment: nesting already said what it could
    return None


def _is_spacer(element: Any, positions: dict[int, int]) -> bool:
    """An element between a comment and the reply list after it that shows nothing: an empty anchor,
    a clearing ``div``, the empty box a reply form is moved into (Thrive's ``div.clear`` and
    ``div.lrp`` stand between a comment and its ``ul.children``). One holding a comment is none."""
    if not isinstance(element.tag, str):
        return True
    if element.text_content().strip() or element.find(".//img") is not None:
        return False
    return id(element) not in positions and not any(id(inner) in positions for inner in element.iter())


# A wrapper named for one discussion or thread: GitLab's li.note-discussion > … ul.notes, each
# discussion's first note its root and the others its replies, one level deep.
_THREAD_NAME = re.compile(r"discussion|thread|conversation")
_MAX_THREAD_CLIMB = 8
# how far along its siblings a thread wrapper's like is looked for (system notes stand between)
_MAX_THREAD_SIBLINGS = 12


class _ThreadWrappers:
    """The first comment of the thread wrapper a comment sits in, when there is one: an element
    named for a discussion or thread, repeated beside itself (one wrapper per thread: a single
    "thread" element holding every comment is the whole discussion, not one thread of it), that the
    comment is not nested in another comment inside of. Read once per list of comments."""

    __slots__ = ("_positions", "_roots", "_wrappers")

    def __init__(self, positions: dict[int, int]) -> None:
        self._positions = positions
        self._wrappers: dict[int, Any | None] = {}  # by the comments' container
        self._roots: dict[int, int | None] = {}  # by the wrapper (one kind of comment per wrapper)

    def root(self, block: Any, index: int) -> int | None:
        container = block.getparent()
        if container is None:
            return None
        key = id(container)
        if key not in self._wrappers:
            self._wrappers[key] = self._wrapper(container)
        wrapper = self._wrappers[key]
        if wrapper is None:
            return None
        if id(wrapper) not in self._roots:
            # the wrapper's first element of the comment's own kind: a root the finder missed is
            # no reason to take the first reply for it
            classes = block.get("class")
            first = next((e for e in wrapper.iter(block.tag) if e.get("class") == classes), None)
            self._roots[id(wrapper)] = self._positions.get(id(first)) if first is not None else None
        root = self._roots[id(wrapper)]
        return root if root is not None and root < index else None

    def _wrapper(self, container: Any) -> Any | None:
        for count, ancestor in enumerate(itertools.chain((container,), container.iterancestors())):
            if count >= _MAX_THREAD_CLIMB or not isinstance(ancestor.tag, str):
                return None
            if ancestor.tag in {"body", "html"} or id(ancestor) in self._positions:
                return None  # the page, or a comment: the comment is nested, not wrapped
            classes = str(ancestor.get("class") or "")
            if _THREAD_NAME.search(classes.lower()) and _repeated(ancestor, classes):
                return ancestor
        return None


def _repeated(element: Any, classes: str) -> bool:
    """Whether an element of the same tag and classes stands among ``element``'s near siblings."""
    for siblings in (element.itersiblings(preceding=True), element.itersiblings()):
        for sibling in itertools.islice(siblings, _MAX_THREAD_SIBLINGS):
            if sibling.tag == element.tag and str(sibling.get("class") or "") == classes:
                return True
    return False


def _could_hold_replies(container: Any, positions: dict[int, int]) -> bool:
    """A list named for replies, any ``ul``/``ol``, or any wrapper right after a comment (JComments
    nests ``div.comments-list`` after the comment it answers, CSDN ``li.replay-box``)."""
    if container.tag in {"ul", "ol"} or any(_REPLY_LIST.search(name) for name in class_tokens(container)):
        return True
    previous = container.getprevious()
    return previous is not None and id(previous) in positions


def _depth(block: Any) -> float | None:
    """How far the comment is indented, from its own element or the few at its start."""
    for count, element in enumerate(block.iter()):
        if count > _MAX_SEARCH_ELEMENTS or not isinstance(element.tag, str):
            break
        present = element.keys()
        if not present:
            continue  # no attribute, no depth (most elements of a comment)
        for name in _DEPTH_ATTRIBUTES:
            value = str(element.get(name) or "") if name in present else ""
            if value.isdigit():
                return float(value)
        if count == 0:
            # the block's own attribute named for a depth ("depth", "data-comment-level"): inside it,
            # such a number may be a user's rank
            depth = attribute_depth(element)
            if depth is not None:
                return float(depth)
        # an inline element's "level-5" is a user's rank icon ("LV5"), not the comment's depth
        for token in class_tokens(element) if element.tag not in _INLINE_TAGS else ():
            if not token[-1].isdigit():
                continue  # a depth class ends in its number (isdigit holds for every \d)
            match = _DEPTH_CLASS.search(token)
            if match is not None:
                return float(match.group(1))
        if count == 0:
            margin = _margin_depth(element)
            if margin is not None:
                return margin
        if (
            element.tag == "img"
            and "ind" in " ".join(class_tokens(element.getparent()))
            and element.get("width")
        ):
            width = str(element.get("width"))
            if width.isdigit():
                return float(width) / _INDENT_IMAGE_STEP
    return _wrapper_depth(block)


def _margin_depth(element: Any) -> float | None:
    """The left margin in ``element``'s own style, in ems ("margin-left:30px" is 1.875)."""
    margin = _MARGIN.search(str(element.get("style") or ""))
    if margin is None:
        return None
    return float(margin.group(1)) / (16.0 if margin.group(2) is None or margin.group(2) == "px" else 1.0)


def _wrapper_depth(block: Any) -> float | None:
    """The indentation of the wrappers that hold the comment's element alone: LiveInternet indents
    ``div#Comment_1[style=margin-left:30px]`` whose one child, a layout table, is what the reader
    took for the comment. A wrapper with other elements holds more than this comment, and its
    margin is no depth of this one."""
    element = block
    for _ in range(_MAX_WRAPPERS):
        parent = element.getparent()
        # "the parent holds this element alone" asked of the element's neighbours, which is what
        # len(parent) == 1 says (both count elements, comments and processing instructions): lxml
        # counts a parent's children one by one, and asked of every block of a flat list of 20,000
        # comments that was quadratic (the page in unknown markup: 2.7 -> 6.1 s)
        if (
            parent is None
            or element.getprevious() is not None
            or element.getnext() is not None
            or (parent.text or "").strip()
        ):
            return None
        depth = attribute_depth(parent)
        if depth is not None:
            return float(depth)
        margin = _margin_depth(parent)
        if margin is not None:
            return margin
        element = parent
    return None


def _previous_shallower(depths: list[float | None]) -> list[int | None]:
    """For each comment, the nearest comment before it that is less deep (None when there is none,
    or when its depth is unknown), in one pass: a look back from every comment was quadratic on a
    long flat list (every top-level comment looked back to the first)."""
    found: list[int | None] = []
    open_levels: list[tuple[int, float]] = []  # (index, depth) of ever deeper comments so far
    for index, depth in enumerate(depths):
        if depth is None:
            found.append(None)
            continue
        while open_levels and open_levels[-1][1] >= depth:
            open_levels.pop()  # a comment this deep or deeper answers nothing after this one
        found.append(open_levels[-1][0] if open_levels else None)
        open_levels.append((index, depth))
    return found


def _comment_numbers(blocks: Sequence[Any | None]) -> dict[int, int]:
    """Comment numbers pages print ("#3"), by the comment that carries them."""
    numbers: dict[int, int] = {}
    for index, block in enumerate(blocks):
        if block is None:
            continue
        for count, element in enumerate(block.iter()):
            if count > _MAX_SEARCH_ELEMENTS:
                break
            if not isinstance(element.tag, str) or len(element):
                continue
            text = (element.text or "").strip()
            match = _PRINTED_NUMBER.fullmatch(text)
            if match is not None:
                numbers.setdefault(int(match.group("number") or match.group("floor")), index)
                break
    return numbers


_HANDLE = re.compile(r"@[\w.-]{1,40}")


class _Handles:
    """Each comment's "@handle" shown beside its display name (X, GitLab, Mastodon), read once and
    only when a reply names someone no comment's author is called: "Replying to @owenmarsh_"
    answers the comment whose head shows "@owenmarsh_" under the name "Owen Marsh"."""

    __slots__ = ("_blocks", "_positions")

    def __init__(self, blocks: Sequence[Any | None]) -> None:
        self._blocks = blocks
        self._positions: dict[str, list[int]] | None = None

    def positions(self, handle: str) -> list[int]:
        if self._positions is None:
            self._positions = {}
            members = {id(block) for block in self._blocks if block is not None}
            for index, block in enumerate(self._blocks):
                if block is not None:
                    found = _own_handle(block, members)
                    if found is not None:
                        self._positions.setdefault(found, []).append(index)
        return self._positions.get(handle.casefold().lstrip("@"), [])


def _own_handle(block: Any, members: set[int]) -> str | None:
    """The first "@handle" standing alone in the comment's head that is not part of a reply head
    ("Replying to @x" names the other comment's handle, not this one's)."""
    for count, element in enumerate(block.iter()):
        if count > _MAX_SEARCH_ELEMENTS:
            break
        if count and id(element) in members:
            return None  # a nested reply's head is not this comment's
        if not isinstance(element.tag, str) or len(element):
            continue
        text = (element.text or "").strip()
        if _HANDLE.fullmatch(text) is None:
            continue
        holder = element.getparent()
        while holder is not None and holder.tag in _INLINE_TAGS:
            holder = holder.getparent()  # the line the handle sits in
        line = (holder.text or "") if holder is not None else ""
        if line.strip():
            continue  # "Replying to <a>@x</a>": a reference, not the comment's own handle
        return text[1:].casefold()
    return None


class _AuthorIndex:
    """Where each name stands among the comments' authors: the nearest earlier comment by a name
    is a lookup, not a look back over every comment (quadratic when many comments open with a
    name-like word, "However, ...")."""

    def __init__(self, authors: Sequence[str | None], *, handles: _Handles | None = None) -> None:
        self._handles = handles
        self._positions: dict[str, list[int]] = {}
        for position, author in enumerate(authors):
            if author is None:
                continue
            folded = author.casefold()
            # the whole name, and each run of its first words ("Ann Marie" of "Ann Marie Smith")
            keys = {folded, *(folded[:cut] for cut, character in enumerate(folded) if character == " ")}
            for key in keys:
                self._positions.setdefault(key, []).append(position)

    def written_by(self, author: str) -> list[int]:
        """The comments whose author is ``author`` or starts with it and a space, in page order."""
        return self._positions.get(author.casefold(), [])

    def last_before(self, name: str, index: int) -> int | None:
        """The last comment before ``index`` whose author is ``name`` or starts with ``name`` and a space."""
        positions = self._positions.get(name.casefold(), [])
        if not positions and self._handles is not None and _HANDLE.fullmatch("@" + name.lstrip("@")):
            positions = self._handles.positions(name)
            if positions and positions[0] == 0 and index > 0:
                # a reply head naming the thread starter's handle answers the opening post: a
                # reply to a reply lists every handle of its chain ("Replying to @a @b")
                return 0
        before = bisect.bisect_left(positions, index)
        return positions[before - 1] if before else None


def _continued(
    found: int,
    index: int,
    parents: Sequence[int | None],
    authors: Sequence[str | None],
    by_name: _AuthorIndex,
) -> int:
    """The named commenter's comment that answered this comment's author, when their latest one
    (``found``) answers a third person: "@tomaszwilk wet soil helps" goes on the conversation
    tomaszwilk had with its author, not the one tomaszwilk had since with someone else."""
    answered, own, named = parents[found], authors[index], authors[found]
    if answered is None or own is None or named is None or authors[answered] == own:
        return found  # their latest is a new point, or already answered this author
    earlier = by_name.written_by(named)
    for position in reversed(earlier[: bisect.bisect_left(earlier, found)]):
        replied = parents[position]
        if replied is not None and authors[replied] == own and authors[position] == named:
            return position
    return found


def _by_hint(
    hint: ReplyHints, by_name: _AuthorIndex | None, numbers: dict[int, int], index: int
) -> int | None:
    if hint.number is not None:
        target = numbers.get(hint.number)
        if target is None and not numbers and 0 < hint.number <= index:
            target = hint.number - 1  # pages that number their comments 1, 2, 3 in order
        if target is not None and target < index:
            return target
    if by_name is None:
        return None
    for name in (hint.name, hint.quoted):
        if not name:
            continue
        # "@Miriam The library keeps…": the longest run of words an earlier commenter is called
        words = name.split()
        for size in range(len(words), 0, -1):
            found = by_name.last_before(" ".join(words[:size]), index)
            if found is not None:
                return found
    return None
