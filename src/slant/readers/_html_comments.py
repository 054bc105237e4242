"""Comments in HTML as structured records, one extractor per markup family comment systems produce.

trafilatura gives comments as one flat block; slant needs each comment's author, time, text and
the comment it replies to. Families, tried in this order (the first that finds comments wins):

- WordPress: ``ol.commentlist`` / ``ol.comment-list`` of ``li.comment``, replies in ``ul.children``;
- Disqus threads saved with the page: ``#disqus_thread`` / ``.post-list`` of ``li.post``;
- schema.org ``Comment`` microdata (``itemprop="comment"``, ``author``/``name``, ``dateCreated``, ``text``);
- schema.org ``Comment`` in JSON-LD (``"comment"`` arrays, nested for replies);
- a generic fallback: an element whose class or id says "comment", holding one author-like child
  and a text-like child;
- when none of these finds any, comments found by their shape (:mod:`slant.readers._html_shapes`).

Replies are told by nesting: a comment's parent is the nearest enclosing comment. Page order is
document order, so a parent always comes before its replies.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from slant.readers._dates import to_iso
from slant.readers._html_author_signs import agreed_author, is_badge, name_text
from slant.readers._html_drawn_heads import without_drawn_head
from slant.readers._html_fields import (
    BESIDE_NAME_CLASS_WORDS,
    POST_AUTHOR_BADGES,
    SUBJECT_TAGS,
    TidyText,
    date_inside,
    is_action_line,
    is_quote,
    labelled_quote_author,
    quoted_author,
    reply_head_name,
    reply_label_name,
    tidy_author,
    tidy_text,
)
from slant.readers._html_forms import holds_entry, is_writing_form
from slant.readers._html_mail import is_signature
from slant.readers._html_marks import PageMarks
from slant.readers._html_owner_replies import FAMILIES as OWNER_REPLY_FAMILIES
from slant.readers._html_owner_replies import owner_replies
from slant.readers._html_quotes import BARE_QUOTE_TAGS, QuoteEvidence, quoted_comments
from slant.readers._html_removed import is_moderation_note, is_removed, without_removed
from slant.readers._html_repeats import earlier_copies, without_repeated_heads
from slant.readers._html_roles import MAX_BLOCKS, corrected_comments
from slant.readers._html_said import said_lines
from slant.readers._html_shapes import (
    find_shaped_comments,
    in_chrome,
    kin_between,
    links_elsewhere,
    name_among,
)
from slant.readers._html_text import class_tokens, element_text, spaced_text
from slant.readers._html_threads import ReplyHints, infer_parents
from slant.readers._names import normalise_author

__all__ = ["CommentExtraction", "CommentRecord", "extract_comments", "read_jsonld"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CommentRecord:
    """One comment as found in the page.

    Attributes:
        text: the comment's text ('' for an image-only comment).
        author: the commenter's normalised name, or None.
        published: when it was posted (ISO 8601), or None.
        parent: index of the comment it replies to in the same list, or None.
        key: the comment system's own id (an element id, a JSON-LD ``@id``), or None.
        by_post_author: whether the comment is the post's author answering inside another comment,
            under a label in place of a name (its author is then the article's).
    """

    text: str
    author: str | None
    published: str | None
    parent: int | None
    key: str | None = None
    # an answer by the post's author inside a comment ("博主回复："): its author is the article's
    by_post_author: bool = False


@dataclass(slots=True)
class CommentExtraction:
    """What the comment extractors found.

    Attributes:
        family: which markup family the comments came from ("wordpress", "disqus", "microdata",
            "jsonld", "generic", "shape", "said"), or None when the page has none.
        comments: the comments in page order.
        elements: the outermost elements holding comments, to cut out before extracting the article.
        unread: how many comment blocks were left unread past the analysis budget's comment cap.
    """

    family: str | None = None
    comments: list[CommentRecord] = field(default_factory=list)
    elements: list[Any] = field(default_factory=list)
    # each comment's element (None for one read from data), for the thread signs beside nesting
    blocks: list[Any] = field(default_factory=list)
    unread: int = 0


def _token(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


_LD_JSON_LOWER = str.maketrans("LDJSON", "ldjson")


def read_jsonld(root: Any) -> list[Any]:
    """Every JSON-LD object in the page's ``<script type="application/ld+json">`` blocks (bad ones skipped)."""
    objects: list[Any] = []
    # "//script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]" by lxml's walk by tag
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").translate(_LD_JSON_LOWER):
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$", "", raw)
        if not raw:
            continue
        try:
            objects.append(json.loads(raw))
        except (ValueError, RecursionError):
            logger.debug("skipping a JSON-LD block that is not valid JSON, or nested too deeply")
    return objects


def extract_comments(
    root: Any, *, jsonld: list[Any], marks: PageMarks | None = None, max_comments: int | None = None
) -> CommentExtraction:
    """Find the page's comments, trying each markup family in turn, then give every comment the same
    roles (:func:`slant.readers._html_fields.tidy_text`) and thread signs (:mod:`._html_threads`).

    Args:
        root: the page's lxml HTML tree, with scripts already removed.
        jsonld: the page's JSON-LD objects, read before the scripts were removed.
        marks: the page's attributes, gathered before the scripts were removed (some thread signs
            are not looked for on a page without the attributes they read).
        max_comments: read only the first this many comment blocks in page order (the analysis
            budget's cap: it would leave the later ones out anyway); None reads them all.
    """
    found = _found_comments(root, jsonld=jsonld, limit=max_comments, marks=marks)
    return _tidied(_with_owner_replies(_without_taken_down(found)), marks=marks)


def _with_owner_replies(found: CommentExtraction) -> CommentExtraction:
    """The comments with the post author's answers inside them (:mod:`._html_owner_replies`) as
    replies of their own, each right after the comment it answers."""
    if not found.blocks or found.family not in OWNER_REPLY_FAMILIES or len(found.blocks) > MAX_BLOCKS:
        return found  # (a page longer than the learned roles read is read by the signs alone too)
    ids = {id(block) for block in found.blocks if block is not None}
    answers = owner_replies(found.blocks, outermost=found.elements, nested=ids)
    if not answers:
        return found
    moved: dict[int, int] = {}
    comments: list[CommentRecord] = []
    blocks: list[Any] = []
    for position, (record, block) in enumerate(zip(found.comments, found.blocks, strict=True)):
        moved[position] = len(comments)
        answer = answers.get(position)
        text = record.text
        if answer is not None and answer.text in text:
            # the answer read into the comment's text, or read as its text (a body-named box, or the
            # box read as the body for its length): cut where the box starts, at its label if read
            end = text.index(answer.text)
            if answer.label and answer.label in text[:end]:
                end = text.index(answer.label)
            text = text[:end].rstrip() or _text_without(block, answer.element, ids)
        parent = moved[record.parent] if record.parent is not None else None
        comments.append(CommentRecord(text, record.author, record.published, parent, record.key))
        blocks.append(block)
        if answer is not None:
            comments.append(
                CommentRecord(answer.text, answer.author, answer.published, moved[position], None, True)
            )
            blocks.append(answer.element)
    return CommentExtraction(found.family, comments, found.elements, blocks, found.unread)


def _without_taken_down(found: CommentExtraction) -> CommentExtraction:
    """The extraction without blocks marked as removed by a moderator or the writer
    (:mod:`._html_removed`) and without copies of a comment shown again further down
    (:func:`._html_repeats.earlier_copies`); their elements are still cut from the article."""
    if not found.blocks:
        return found
    copies = earlier_copies(
        [record.author for record in found.comments], [record.text for record in found.comments]
    )
    removed = [is_removed(block) or copy for block, copy in zip(found.blocks, copies, strict=True)]
    if not any(removed):
        return found
    kept, parents = without_removed([record.parent for record in found.comments], removed)
    found.comments = [
        dataclasses.replace(found.comments[position], parent=parent)
        for position, parent in zip(kept, parents, strict=True)
    ]
    found.blocks = [found.blocks[position] for position in kept]
    return found


def _tidied(found: CommentExtraction, *, marks: PageMarks | None = None) -> CommentExtraction:
    if not found.comments:
        return found
    blocks = found.blocks or [None] * len(found.comments)
    block_ids = {id(block) for block in blocks if block is not None}
    authors: list[str | None] = []
    texts: list[TidyText] = []
    by_post_author = [record.by_post_author for record in found.comments]
    for position, (record, block) in enumerate(zip(found.comments, blocks, strict=True)):
        author = tidy_author(record.author)
        badge = author is not None and author.lower() in POST_AUTHOR_BADGES
        if badge:
            # a badge where the name goes ("作者", "Author"): the post's author answering, whose name
            # the page gives once, above the article
            author, by_post_author[position] = None, True
        if author is None and block is not None and not badge:
            # a theme whose author box no reader knows by name: the name its generic signs agree on
            author = agreed_author(block, nested=lambda element: id(element) in block_ids)
        authors.append(author)
        texts.append(tidy_text(record.text, author=author))
    # the time a head line read out of the body gave, for a comment no field dated
    head_times = [tidy.published for tidy in texts]
    for position, corrected in enumerate(
        corrected_comments(blocks, [tidy.text for tidy in texts], authors, family=found.family)
    ):
        if corrected is not None:
            # the learned roles' reading (readers/_html_roles.py): an author the model is sure of
            # where the signs had none or a line it doubts; whom the first reading said the comment
            # answers still holds (an "In reply to" line is read before it goes)
            if corrected.author is not None and not by_post_author[position]:
                authors[position] = corrected.author
            before = texts[position]
            again = tidy_text(corrected.text or before.text, author=authors[position])
            texts[position] = TidyText(
                again.text,
                before.reply_to_name or again.reply_to_name,
                before.reply_to_number if before.reply_to_number is not None else again.reply_to_number,
            )
    signs = [
        # a reply tab's label, whom a quote box quotes: read only where nesting gave no parent
        _reply_signs(block, block_ids, authors[position]) if record.parent is None and position else None
        for position, (block, record) in enumerate(zip(blocks, found.comments, strict=True))
    ]
    # the earlier comment whose words a quote reproduces, and the text without them
    quotes, quoteless = quoted_comments(
        [tidy.text for tidy in texts], [sign.evidence if sign is not None else None for sign in signs]
    )
    # then a reply that still opens with an earlier comment's words quotes it without naming it (a
    # bare blockquote, pasted lines): the words go, the parent is left to the other signs
    unquoted = without_repeated_heads(quoteless)
    hints: list[ReplyHints] = []
    for position, (tidy, sign) in enumerate(zip(texts, signs, strict=True)):
        if unquoted[position] != tidy.text:
            texts[position] = TidyText(unquoted[position], tidy.reply_to_name, tidy.reply_to_number)
        labelled, quoted = (sign.labelled, sign.quoted) if sign is not None else (None, None)
        parent = found.comments[position].parent
        if parent is not None and tidy.reply_to_name is None and position - parent >= 2:
            # nested, with a head "Antwort auf H. Brenner" naming someone else than the comment it
            # is nested in: a page that nests one level deep only puts a reply to a reply beside it
            # (the thread's reading moves it under the named one, in the same thread only; so only
            # a comment with another between it and its parent is read: 5 % of a long page's time)
            head = _nested_reply_head(blocks[position], block_ids)
            labelled = head if head is not None and head != authors[parent] else None
        hints.append(
            ReplyHints(tidy.reply_to_name or labelled, tidy.reply_to_number, quoted, quotes=quotes[position])
        )
    parents = infer_parents(
        blocks, [record.parent for record in found.comments], authors=authors, hints=hints, marks=marks
    )
    for position, (tidy, block) in enumerate(zip(texts, blocks, strict=True)):
        if tidy.reply_to_name is not None:
            # "A 回复 B：" drawn by the page (B marked up as A is): no words of the commenter's
            unheaded = without_drawn_head(
                tidy.text, block=block, author=authors[position], nested=lambda e: id(e) in block_ids
            )
            if unheaded != tidy.text:
                texts[position] = TidyText(unheaded, tidy.reply_to_name, tidy.reply_to_number)
    found.comments = [
        # as dataclasses.replace would, at a fifth of its cost
        CommentRecord(tidy.text, author, record.published or head_time, parent, record.key, by_post)
        for record, author, tidy, parent, by_post, head_time in zip(
            found.comments, authors, texts, parents, by_post_author, head_times, strict=True
        )
    ]
    return found


class _ReplySigns:
    """What a comment's own elements say of whom it answers (see :func:`_reply_signs`)."""

    __slots__ = ("evidence", "labelled", "quoted")

    def __init__(self, labelled: str | None, quoted: str | None, evidence: QuoteEvidence) -> None:
        self.labelled = labelled
        self.quoted = quoted
        self.evidence = evidence


def _text_without(block: Any, answer: Any, blocks: set[int]) -> str:
    """A comment's text read again, without the answer inside it and the replies nested in it (its
    header and buttons go as chrome lines)."""
    return element_text(block, skip=lambda element: element is answer or id(element) in blocks)


def _reply_signs(block: Any | None, blocks: set[int], author: str | None) -> _ReplySigns | None:
    """Whom a comment says it answers in its own elements (not the replies nested in it), in one
    short walk: a reply tab's label for screen readers ("in reply to post 2 by @ohm_my_god") or a
    reply head line ("Replying to @handle"), whom a quote box quotes ("Цитата: Иван_К"), and the
    quote boxes' text and the longer pieces of text on the way, for the quoted words
    (:mod:`slant.readers._html_quotes`)."""
    if block is None:
        return None
    labelled: str | None = None
    quoted: str | None = None
    quoting = False  # past a quote box named as one
    boxes: list[str] = []
    loose: list[str] = []
    stack = list(reversed(block))
    seen = 0
    while stack and seen < _MAX_QUOTE_SEARCH:
        element = stack.pop()
        seen += 1
        if not isinstance(element.tag, str) or id(element) in blocks:
            continue
        box = None
        if is_quote(element):
            box = element
            if not quoting:
                quoted = quoted_author(element)
        elif not quoting:
            named = labelled_quote_author(element)
            if named is not None and named != author:
                # a box titled "Cita:" / "Originalmente Escrito por X": the title's holder is the box
                box = element.getparent() if element.getparent() is not None else element
                quoted = named
        if box is not None:
            # the quoted words, piece by piece as the markup holds them (a box's label or title,
            # "引用", may run into its first line); a quote's inner parts are the quote's
            boxes.append("\n".join(box.itertext()))
            quoting = True
            continue
        if quoting:
            continue  # past a quote, only more quote boxes are read (as before the quoted words)
        if element.tag in BARE_QUOTE_TAGS:
            # set apart with nothing naming it a quote: its words tell (a title inside it still names)
            boxes.append("\n".join(element.itertext()))
        own = element.text
        if own and len(own) >= _MIN_LOOSE_CHARACTERS and len(loose) < _MAX_LOOSE:
            loose.append(own)
        if labelled is None and (element.get("aria-label") or element.get("title")):
            labelled = reply_label_name(str(element.get("aria-label") or "")) or reply_label_name(
                str(element.get("title") or "")
            )
        if labelled is None:
            # a reply head the finder kept out of the body: "Replying to @handle"
            labelled = reply_head_name(element)
        stack.extend(reversed(element))
    return _ReplySigns(labelled, quoted, QuoteEvidence(boxes, loose))


def _nested_reply_head(block: Any | None, blocks: set[int]) -> str | None:
    """The name a reply head line among the first of a comment's own elements gives ("Antwort auf
    H. Brenner"), or None: the one sign :func:`_reply_signs` reads that a nested comment may need."""
    if block is None:
        return None
    stack = list(reversed(block))
    seen = 0
    while stack and seen < _MAX_HEAD_SEARCH:
        element = stack.pop()
        seen += 1
        if not isinstance(element.tag, str) or id(element) in blocks:
            continue
        name = reply_head_name(element)
        if name is not None:
            return name
        stack.extend(reversed(element))
    return None


def _found_comments(
    root: Any, *, jsonld: list[Any], limit: int | None = None, marks: PageMarks | None = None
) -> CommentExtraction:
    _group_definition_lists(root)
    markup_families: tuple[tuple[str, Callable[[Any], list[Any]], _FieldReader], ...] = (
        ("wordpress", _wordpress_items, _wordpress_fields),
        ("disqus", _disqus_items, _disqus_fields),
        ("microdata", _microdata_items, _microdata_fields),
    )
    for family, find_items, read_fields in markup_families:
        if marks is not None and not _may_hold(family, marks):
            continue  # none of the attributes its items are found by is on the page
        items = find_items(root)
        if items:
            found = _threaded(family, items, read_fields, limit=limit)
            if family == "wordpress" and _partly_read(found):
                # a comment list whose items are of another type (WooCommerce's reviews: "li.review",
                # the shop's answer the only "li.comment") or whose fields have names of a theme's
                # own: when the shape finder reads the list more fully, its reading wins
                shaped = _by_shape(root, limit=limit)
                return shaped if _fullness(shaped) > _fullness(found) else found
            if family == "microdata" and any(_ANSWER_TYPE.search(item.get("itemtype", "")) for item in items):
                # a Q&A page types its answers, not always the comments under them (Stack
                # Exchange): when the shape finder reads the discussion more fully, its reading wins
                shaped = _by_shape(root, limit=limit)
                return shaped if _fullness(shaped) > _fullness(found) else found
            return found
    try:
        comments = jsonld_comments(jsonld)
    except RecursionError:  # JSON-LD nested deeper than any page's: ignore it
        comments = []
    if comments:
        return CommentExtraction("jsonld", comments, [])
    items = _without_widgets(_generic_items(root), root)
    if items:
        generic = _threaded("generic", items, _generic_fields, limit=limit)
        # a "comment"-named element is a weak sign: when the shape finder reads the page's
        # comments more fully (bodies, names, times), its reading wins
        shaped = _by_shape(root, limit=limit)
        return shaped if _fullness(shaped) > _fullness(generic) else generic
    shaped = _by_shape(root, limit=limit)
    return shaped if shaped.comments else _by_said_lines(root)


def _may_hold(family: str, marks: PageMarks) -> bool:
    """Whether the page has the attributes a family's items are found by (gathered from a tree that
    held every element the search walks): a necessary condition, which spares a page without them
    libxml2's walk of every element (Disqus' and microdata's searches: 34 and 10 ms on the tree of
    the 500-comment page, a fifth of a second or more on a page of 20,000 comments in other markup)."""
    if family == "disqus":
        return bool(marks.ids & _DISQUS_IDS) or any("post-list" in value for value in marks.classes)
    if family == "microdata":
        return {"itemscope", "itemtype"} <= marks.attributes
    return True


def _group_definition_lists(root: Any) -> None:
    """Wrap each ``<dt>`` and the ``<dd>`` after it in a ``<div>`` (HTML allows it in a ``<dl>``).

    Classic Blogger lists comments as ``dt`` (the author) and ``dd`` (the body, the time) siblings: a
    comment is a run of siblings, not an element. Wrapped, it is one block like any other.
    """
    import lxml.html

    for listing in list(root.iter("dl")):
        children = [child for child in listing if isinstance(child.tag, str)]
        if sum(child.tag == "dt" for child in children) < 2 or children[0].tag != "dt":
            continue
        if any(child.tag not in {"dt", "dd"} for child in children):
            continue
        group = None
        for child in children:
            if child.tag == "dt" or group is None:
                group = lxml.html.Element("div")
                child.addprevious(group)
            group.append(child)  # moves it, with its tail


def _partly_read(found: CommentExtraction) -> bool:
    """Whether a family's reading left most comments without a name or a body: its names do not fit
    this page's markup (most pages of a family read whole and skip the shape finder; one anonymous
    or cut-off comment in a long list does not make it read the list again)."""
    missing = sum(record.author is None or not record.text for record in found.comments)
    return missing * 2 > len(found.comments)


def _fullness(found: CommentExtraction) -> float:
    """How fully an extraction reads its comments: each with a body, a name and a time counts."""
    total = 0.0
    for record in found.comments:
        if record.text and not is_action_line(record.text):
            total += 1.0 + (record.author is not None) + 0.5 * (record.published is not None)
            total += 0.25 * (record.parent is not None)  # a thread read, not flattened
        else:
            total -= 1.0  # a comment with no body is a misreading
    return total


def _by_shape(root: Any, *, limit: int | None = None) -> CommentExtraction:
    """The last resort, when no family's names are on the page: comments found by their shape (the
    first ``limit`` of them, see :func:`extract_comments`)."""
    shaped, unread = find_shaped_comments(root, limit=limit)
    if not shaped:
        return CommentExtraction()
    comments = [
        CommentRecord(
            text=found.text,
            author=found.author,
            published=found.published,
            parent=found.parent,
            key=found.element.get("id"),
        )
        for found in shaped
    ]
    outermost = kin_between([found.element for found in shaped if found.parent is None])
    return CommentExtraction("shape", comments, outermost, [found.element for found in shaped], unread)


def _by_said_lines(root: Any) -> CommentExtraction:
    """Failing even shapes, comments written as "Name said: text" lines in a list (:mod:`._html_said`)."""
    found = said_lines(root)
    comments = [CommentRecord(text, author, None, None, item.get("id")) for item, author, text in found]
    items = [item for item, _, _ in found]
    return CommentExtraction("said", comments, items, items) if comments else CommentExtraction()


# --- shared machinery for markup families -------------------------------------------------------

# (item, items) -> (author, published, text)
_FieldReader = Callable[[Any, set[Any]], tuple[str | None, str | None, str]]


def _threaded(
    family: str, items: list[Any], read_fields: _FieldReader, *, limit: int | None = None
) -> CommentExtraction:
    """The items' comments, each with the item it is nested in as its parent; only the first
    ``limit`` items are read (page order: a reply comes after the comment it answers, so every
    parent is among them); the others are still left out of the text of those they are nested in."""
    item_set = set(items)
    index = {item: position for position, item in enumerate(items)}
    comments: list[CommentRecord] = []
    outermost: list[Any] = []
    read = items if limit is None else items[:limit]
    for item in read:
        parent_item = _nearest_item(item, item_set)
        author, published, text = read_fields(item, item_set)
        comments.append(
            CommentRecord(
                text=text,
                author=normalise_author(author),
                published=published,
                parent=index[parent_item] if parent_item is not None else None,
                key=item.get("id"),
            )
        )
        if parent_item is None:
            outermost.append(item)
    return CommentExtraction(family, comments, outermost, list(read), len(items) - len(read))


def _nearest_item(element: Any, items: set[Any]) -> Any | None:
    for ancestor in element.iterancestors():
        if ancestor in items:
            return ancestor
    return None


def _own_elements(item: Any, items: set[Any], *, without_overlays: bool = False) -> Iterator[Any]:
    """The elements inside ``item``, in document order, without the replies nested in it (and,
    ``without_overlays``, without boxes shown over the page, such as a profile card with its
    "Joined" date)."""
    if without_overlays:
        # an overlay's whole subtree is passed over, which the quick walk below cannot do
        stack = list(reversed(item))
    else:
        # Up to the first reply, lxml walks the elements ("*": no comments or processing
        # instructions); a walk in Python, child list by child list, costs three times as much.
        # Most comments hold no reply and end there.
        reply = None
        for element in item.iterdescendants("*"):
            if element in items:
                reply = element
                break
            yield element
        if reply is None:
            return
        # After a reply, a walk that passes over each reply whole (a walk through a reply's
        # elements was quadratic on deeply nested threads): what follows the reply, level by level
        # up to the comment, the nearest level on top.
        levels = []
        while reply is not item:
            levels.append(list(reply.itersiblings()))
            reply = reply.getparent()
        stack = [sibling for siblings in reversed(levels) for sibling in reversed(siblings)]
    while stack:
        element = stack.pop()
        if element in items or not isinstance(element.tag, str):
            continue
        if without_overlays and _is_overlay(element):
            continue
        yield element
        stack.extend(reversed(element))


def _first_by_class(
    item: Any, items: set[Any], names: tuple[str, ...], *, enough: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """For each class name in ``names``, the first element of ``item``'s own that has it.

    The walk stops once every name is found, or every name in ``enough`` (those a caller prefers
    to the others: the rest can no longer change what it picks).
    """
    wanted = set(names)
    found: dict[str, Any] = {}
    for element in _own_elements(item, items):
        classes = element.get("class")
        if classes:
            tokens = _class_names(classes)
            if wanted.isdisjoint(tokens):
                continue  # nothing found: the test below cannot have changed (most elements)
            for name in wanted.intersection(tokens):
                found.setdefault(name, element)
            if len(found) == len(wanted) or (enough and enough.issubset(found)):
                break
    return found


# A page repeats its comments' class values ("comment-author vcard" once a comment): each is
# lower-cased and split once, not once an element (500 comments: 4.2 -> 3.7 ms of field finding).
@functools.lru_cache(maxsize=4096)
def _class_names(value: str) -> frozenset[str]:
    """The lower-cased class names in a class attribute's value."""
    return frozenset(value.lower().split())


def _pick(found: dict[str, Any], names: tuple[str, ...]) -> Any | None:
    """The element found for the first of ``names`` that was found (lxml elements are falsy when
    childless, so ``or`` cannot chain them)."""
    return next((found[name] for name in names if name in found), None)


def _text_of(element: Any | None) -> str | None:
    if element is None:
        return None
    return spaced_text(element) or None


def _time_of(element: Any | None) -> str | None:
    if element is None:
        return None
    for attribute in ("datetime", "content", "title", "data-time", "data-date"):
        iso = to_iso(element.get(attribute))
        if iso is not None:
            return iso
    text = element.text_content()
    iso = to_iso(text)
    if iso is not None or len(text) > _MAX_HEADER_CHARACTERS:
        return iso
    # a time element's line may hold more than the date: "Submitted by Ann on Tue, 05/07/2013 - 11:02"
    return date_inside(text)


def _skipper(items: set[Any], tokens: tuple[str, ...]) -> Callable[[Any], bool]:
    """A skip predicate for :func:`element_text`: nested replies, a comment's subject line (a heading:
    Drupal's and forums' comment titles are not what the commenter wrote in the body), and chrome
    named by class tokens."""

    chrome = frozenset(tokens)

    def skip(element: Any) -> bool:
        if element in items or element.tag in SUBJECT_TAGS or is_quote(element):
            return True
        classes = element.get("class")  # most elements of a comment's text have none
        if not classes:
            return False
        # the commenter's signature, a moderator's note: not what the comment says
        return (
            not chrome.isdisjoint(classes.lower().split())
            or is_signature(element)
            or is_moderation_note(element)
        )

    return skip


# --- WordPress ------------------------------------------------------------------------------------

_WP_LIST_NAMES = frozenset({"commentlist", "comment-list", "wp-block-comment-template"})
_WP_CHROME = (
    "reply",
    "comment-reply-link",
    "edit-link",
    "comment-awaiting-moderation",
    "comment-author",
    "comment-meta",
    "comment-metadata",
    "commentmetadata",
    "wp-block-comment-author-name",
    "wp-block-comment-date",
    "wp-block-comment-reply-link",
    "wp-block-comment-edit-link",
    "avatar",
    "says",
    # Jetpack's like row under each comment ("LikeLiked by 21 people"): its text rule is the fallback
    "comment-likes",
)


_WP_META = ("comment-metadata", "comment-meta", "commentmetadata", "wp-block-comment-date")
_WP_FIELDS = (
    "comment-author",
    "wp-block-comment-author-name",
    *_WP_META,
    "comment-content",
    "wp-block-comment-content",
    "comment-body",
)
# the first choice for each field below: once all three are found, the others cannot matter
_WP_FIRST_CHOICES = frozenset({"comment-author", _WP_META[0], "comment-content"})


def _wordpress_items(root: Any) -> list[Any]:
    """``//*[self::ol or self::ul][_WP_LIST_NAMES]/descendant::li[comment]`` (page order, each once),
    walked by lxml and tested in Python: libxml2's class tests took 3 ms on a 500-comment page."""
    items: list[Any] = []
    seen: set[Any] = set()
    for listing in root.iter("ol", "ul"):
        classes = listing.get("class")  # read and split once for the three names (every list is asked)
        if not classes or _WP_LIST_NAMES.isdisjoint(_xml_tokens(classes)):
            continue
        # a list inside another comes later in page order: its items are already in
        for item in listing.iter("li"):
            if item not in seen and _has_token(item, "comment"):
                seen.add(item)
                items.append(item)
    return items


def _has_token(element: Any, name: str) -> bool:
    """XPath's ``contains(concat(' ', normalize-space(@class), ' '), ' name ')``: XML white space
    only (a no-break space joins), case kept."""
    value = element.get("class")
    return bool(value) and name in _xml_tokens(value)


def _xml_tokens(value: str) -> list[str]:
    """``value`` split at XML white space only (space, tab, line feed, carriage return): three
    replacements in C, where ``str.translate``'s table cost four times as much (asked of every list
    and every list item of the page)."""
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ").split(" ")


def _wordpress_fields(item: Any, items: set[Any]) -> tuple[str | None, str | None, str]:
    found = _first_by_class(item, items, _WP_FIELDS, enough=_WP_FIRST_CHOICES)
    author_box = _pick(found, ("comment-author", "wp-block-comment-author-name"))
    author_element = None
    if author_box is not None:
        author_element = next((e for e in author_box.iter() if "fn" in class_tokens(e)), author_box)
    meta = _pick(found, _WP_META)
    published = None
    if meta is not None:
        published = _time_of(next(meta.iter("time"), None)) or _time_of(meta)
    # Older themes put the paragraphs straight into div.comment-body next to author and meta.
    content = _pick(found, ("comment-content", "wp-block-comment-content", "comment-body"))
    text = element_text(content if content is not None else item, skip=_skipper(items, _WP_CHROME))
    return name_text(author_element) if author_element is not None else None, published, text


# --- Disqus ---------------------------------------------------------------------------------------


_DISQUS_IDS = frozenset({"disqus_thread", "post-list"})


def _disqus_items(root: Any) -> list[Any]:
    return list(
        root.xpath(
            f"//*[@id='disqus_thread' or @id='post-list' or {_token('post-list')}]//li[{_token('post')}]"
        )
    )


def _disqus_fields(item: Any, items: set[Any]) -> tuple[str | None, str | None, str]:
    found = _first_by_class(item, items, ("author", "time-ago", "post-message"))
    author = found.get("author")
    published = _time_of(found.get("time-ago"))
    message = found.get("post-message")
    text = element_text(message, skip=_skipper(items, ())) if message is not None else ""
    return _text_of(author), published, text


# --- schema.org microdata -------------------------------------------------------------------------

# schema.org's Answer is a kind of Comment (a Q&A page's answers are its discussion, their comments
# replies); its Question is one too, but the question is the page's article, not a comment on it
_COMMENT_TYPE = re.compile(r"schema\.org/(?:Comment|UserComments|Answer)/?$", re.IGNORECASE)
_ANSWER_TYPE = re.compile(r"schema\.org/Answer/?(?:\s|$)", re.IGNORECASE)


def _microdata_items(root: Any) -> list[Any]:
    return [
        element
        for element in root.xpath("//*[@itemscope and @itemtype]")
        if any(_COMMENT_TYPE.search(kind) for kind in element.get("itemtype", "").split())
    ]


_MICRODATA_PROPS = ("author", "creator", "dateCreated", "datePublished", "commentTime", "text", "commentText")


def _microdata_fields(item: Any, items: set[Any]) -> tuple[str | None, str | None, str]:
    found: dict[str, Any] = {}
    elements = list(_own_elements(item, items))
    for element in elements:
        for prop in set(_MICRODATA_PROPS).intersection(str(element.get("itemprop") or "").split()):
            found.setdefault(prop, element)
    author_element = _pick(found, ("author", "creator"))
    author: str | None = None
    if author_element is not None:
        name_element = next(
            (e for e in author_element.iter() if "name" in str(e.get("itemprop") or "").split()),
            author_element,
        )
        author = name_element.get("content") or _text_of(name_element)
    else:
        # typed and timed, but the name left out of the markup (Question2Answer): the name its own
        # elements show, read as the shape finder reads a block's
        author = name_among(elements)
    published = _time_of(_pick(found, ("dateCreated", "datePublished", "commentTime")))
    body = _pick(found, ("text", "commentText"))
    text = element_text(body, skip=_skipper(items, ())) if body is not None else ""
    return author, published, text


# --- schema.org JSON-LD ---------------------------------------------------------------------------


def jsonld_comments(objects: list[Any]) -> list[CommentRecord]:
    """Comments in JSON-LD objects, replies nested in a comment's ``"comment"`` or named by ``parentItem``."""
    found: list[tuple[dict[str, Any], int | None]] = []

    def visit(node: Any, parent: int | None) -> None:
        if isinstance(node, list):
            for child in node:
                visit(child, parent)
            return
        if not isinstance(node, dict):
            return
        if _is_comment(node):
            found.append((node, parent))
            own = len(found) - 1
            visit(node.get("comment"), own)
            visit(node.get("hasPart"), own)
            return
        for value in node.values():
            visit(value, parent)

    visit(objects, None)
    ids: dict[str, int] = {}
    records: list[CommentRecord] = []
    for position, (node, parent) in enumerate(found):
        key = node.get("@id") if isinstance(node.get("@id"), str) else None
        if parent is None:
            parent = _parent_by_id(node.get("parentItem"), ids)
        records.append(
            CommentRecord(
                text=_jsonld_text(node.get("text") or node.get("commentText") or ""),
                author=normalise_author(_jsonld_name(node.get("author") or node.get("creator"))),
                published=to_iso(_first_str(node.get("dateCreated") or node.get("datePublished"))),
                parent=parent,
                key=key,
            )
        )
        if key is not None:
            ids[key] = position
    return records


def _is_comment(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] in {"Comment", "UserComments"} for k in kinds)


def _parent_by_id(reference: Any, ids: dict[str, int]) -> int | None:
    if isinstance(reference, dict):
        reference = reference.get("@id")
    return ids.get(reference) if isinstance(reference, str) else None


def _first_str(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) else None


def _jsonld_name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("alternateName")
    return value if isinstance(value, str) else None


def _jsonld_text(value: Any) -> str:
    text = _first_str(value) or ""
    if "<" in text and ">" in text:
        # Some sites put the comment's HTML into "text": read it as HTML, never as markup to keep.
        import lxml.etree
        import lxml.html

        from slant.readers._html_text import remove_unsafe, xml_safe

        try:
            fragment = lxml.html.fragment_fromstring(xml_safe(text), create_parent="div")
        except (lxml.etree.ParserError, ValueError):
            return " ".join(text.split())
        remove_unsafe(fragment)
        return element_text(fragment)
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip())


# --- generic fallback -----------------------------------------------------------------------------

# On a question-and-answer page the answers are the comments ("answer-box", "answer_box").
_COMMENTISH = re.compile(r"comment|answer")
# Class or id tokens with "comment" in them that name a count, a form or a state, not a comment.
_NOT_A_COMMENT = re.compile(
    r"^(?:has|no)-|count|form|respond|link|button|btn|icon|policy|rules|toggle|number|open|closed|"
    r"title|heading|author|text|body|content|message|meta|date|time|avatar|header|footer|action|vote|toolbar"
)
# A "comment" name that says the list of them all ("comments_list", "comments-section"): an area
# comments are in, never one comment.
_LIST_OF_THEM = re.compile(r"list|section")
_AUTHORISH = re.compile(r"author|user|name|nick|byline|poster|commenter")
_TEXTISH = re.compile(r"text|body|content|message|msg")
# A field's machine name after the word "name" ("field--name-comment", "field-name-comment-body")
_FIELD_NAME = re.compile(r"^field[-_]+name[-_]+")
# The name of the commenter being answered or quoted, not of this comment's author.
_REPLIED_TO = re.compile(r"in-?reply-?to|reply-?to|reply-?name|replied|parent|quote|mention")
_NAME_WORDS = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_BODY_WORDS = frozenset({"body", "text", "content", "message", "msg"})

# whole words of a class name: "comment-submitted" is no "sub" list
_REPLY_CONTAINER = re.compile(
    r"(?:^|[-_])(?:children|replies|reply-list|thread|threads|sub|sub-?comments|nested|indented|follow-?up|answers"
    r"|responses)(?:$|[-_])"
    # a reply block inside the comment it answers: "ob-comment-answer", "comment-reply"
    r"|comment[-_]+(?:answer|reply)$"
)
# An author's name is short; a longer "author" element is a bio box, not a name.
_MAX_AUTHOR_CHARACTERS = 80
# A generic "comment" holding more than this share of the page's text is the article itself.
_MAX_COMMENT_SHARE = 0.5
_TIMEISH = re.compile(r"date|time|posted|when|ago|stamp")
_MAX_DATE_CHARACTERS = 40
_MAX_HEADER_CHARACTERS = 120
_MAX_QUOTE_SEARCH = 80
# A reply head sits above the text, among a comment's first elements
_MAX_HEAD_SEARCH = 30
# An element's own text this long may be a whole earlier comment stacked above a reply (a few per
# comment: the walk keeps the first ones, the head of the comment, where quotes stand).
_MIN_LOOSE_CHARACTERS = 6
_MAX_LOOSE = 12


# Attributes a page's scripts and tests find its parts by: on a site whose build tool mangles the
# class names (Wix's "_2h4Jr"), they are the only names left ("data-hook=comment").
_HOOK_ATTRIBUTES = ("data-hook", "data-testid")


def _names(element: Any) -> list[str]:
    names = class_tokens(element) + str(element.get("id") or "").lower().split()
    for attribute in _HOOK_ATTRIBUTES:
        value = element.get(attribute)
        if value:
            names.append(value.lower())
    return names


def _is_commentish(element: Any) -> bool:
    return any(_COMMENTISH.search(name) and not _NOT_A_COMMENT.search(name) for name in _names(element))


def _names_a_list(element: Any) -> bool:
    return any(_COMMENTISH.search(name) and _LIST_OF_THEM.search(name) for name in _names(element))


def _is_authorish(element: Any) -> bool:
    if "author" in str(element.get("itemprop") or ""):
        return True
    for name in _names(element):
        # "field--name-comment": Drupal names which field a wrapper holds, not whose name it is
        name = _FIELD_NAME.sub("", name)
        if _AUTHORISH.search(name) is None or _REPLIED_TO.search(name) is not None:
            continue
        # "field-name-comment-body" names a body field, not a name
        words = {word.lower() for word in _NAME_WORDS.split(name) if word}
        # "author-badge" ("Автор"), "user-location" ("Leeds"): what a name's box shows beside it
        if not words & _BODY_WORDS and not words & BESIDE_NAME_CLASS_WORDS:
            return True
    return False


def _is_textish(element: Any) -> bool:
    return any(_TEXTISH.search(name) for name in _names(element))


def _is_reply_container(element: Any) -> bool:
    if element.tag in {"ul", "ol"} or any(_REPLY_CONTAINER.search(name) for name in _names(element)):
        return True
    # a comment named a reply too, nested right in the comment it answers ("hashover-comment
    # hashover-reply"): what it holds is the reply's
    return _is_replyish(element) and _is_commentish(element)


def _authors(root: Any) -> Iterator[Any]:
    """Author-like elements with a short name, outermost only."""
    # one walk down that does not enter author boxes or forms (an ancestor check per element was
    # quadratic on deeply nested pages)
    stack = [root]
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or element.tag == "button":
            continue  # a "Follow user" button names nobody
        if element.tag == "form" and is_writing_form(element):
            continue  # a comment form's "Your name" field is nobody's name
        if _is_overlay(element):
            continue  # a profile card that pops up over the name repeats it with a bio and buttons
        if _is_authorish(element):
            text = element.text_content().strip()
            if 0 < len(text) <= _MAX_AUTHOR_CHARACTERS:
                if not holds_entry(element):  # a field's row in a form that wraps the page
                    yield element
                continue
            if not _names_whose(element) and not _is_commentish(element):
                continue
            # too long for a name, and a class that says whose comment this is
            # ("comment_author_ulrich", "comment-author-admin", "bypostauthor") or another that
            # names it a comment (Drupal's "comment comment-by-node-author"): the comment itself,
            # not an author box; its name is further in
        stack.extend(reversed(element))


_WHOSE = re.compile(r"author[-_].+$|^by-?post-?author$", re.IGNORECASE)


def _names_whose(element: Any) -> bool:
    return any(_WHOSE.search(name) for name in class_tokens(element))


# Boxes shown over the page on hover or click: a profile preview, a menu, a tooltip.
_OVERLAY = re.compile(r"dropdown|popover|hover-?card|tooltip|preview-card|profile-preview")


def _is_overlay(element: Any) -> bool:
    return any(_OVERLAY.search(name) for name in class_tokens(element))


def _generic_items(root: Any) -> list[Any]:
    """Elements holding one comment each: see :func:`_item_of`."""
    body = root.find("body")
    if body is None:
        body = root
    authors = list(_authors(body))
    author_set = set(authors)
    page_length = len(body.text_content())
    items: dict[Any, None] = {}
    for author in authors:
        item = _item_of(author, author_set)
        if item is None or item in items or _own_text(item, author) is None:
            continue
        if len(item.text_content()) > _MAX_COMMENT_SHARE * page_length:
            # An opinion piece in <article class="comment-piece"> with its byline is the page, not a comment.
            continue
        items[item] = None
    # document order, so parents come before their replies
    order = {element: position for position, element in enumerate(body.iter())}
    return sorted(items, key=order.__getitem__)


def _without_widgets(items: list[Any], root: Any) -> list[Any]:
    """The items without lists of comments on other pages (a "recent comments" widget): sibling
    items most of which link to a comment anchor that is not on this page."""
    if not items:
        return items
    ids = {
        str(value) for element in root.iter() for value in (element.get("id"), element.get("name")) if value
    }
    siblings: dict[Any, list[Any]] = {}
    for item in items:
        siblings.setdefault(item.getparent(), []).append(item)
    widgets: set[Any] = set()
    for group in siblings.values():
        if (
            sum(links_elsewhere(item, ids) for item in group) * 2 >= len(group)
            and _pages_linked(group, ids) > 1
        ) or _sidebar_quotes(group, items):
            widgets.update(group)
    return [item for item in items if item not in widgets]


def _sidebar_quotes(items: list[Any], every: list[Any]) -> bool:
    """Items in the page's chrome (a sidebar, a footer) each linking to a page of its own: a widget
    quoting the latest comments on other posts by the posts' titles, with no comment anchor (Halo's
    "最新评论"). The shape finder reads no comment in chrome either. A sidebar drawn as a named
    ``<div>`` ("div#sidebar": themes older than ``<aside>``) is chrome here too (``every``: all the
    page's items, which a layout wrapper named for its sidebar holds and a sidebar does not)."""
    holder = items[0].getparent()
    if not in_chrome(holder) and not _in_sidebar(holder, others=set(every).difference(items)):
        return False
    paths = {
        next(
            (str(link.get("href")) for link in item.iter("a") if link.get("href", "").partition("#")[0]), None
        )
        for item in items
    }
    return None not in paths and len(paths) == len(items) > 1


# A class or id that names the page's side column ("sidebar", "sidebar-right", "side-bar"): whole
# words. (A layout wrapper may be named for it too, "container right-sidebar": see _in_sidebar.)
_SIDEBAR_WORD = re.compile(r"(?:^|[-_])(?:sidebar|side-bar)(?:$|[-_])")


def _in_sidebar(element: Any, *, others: set[Any]) -> bool:
    """Whether ``element`` or an ancestor is named the page's sidebar and is one: it holds no
    headline and none of the ``others`` (a wrapper named "has-sidebar" holds the whole page)."""
    for ancestor in (element, *element.iterancestors()):
        if ancestor.tag in {"body", "html"}:
            return False
        names = class_tokens(ancestor) + str(ancestor.get("id") or "").lower().split()
        if any(_SIDEBAR_WORD.search(name) for name in names):
            return next(ancestor.iter("h1"), None) is None and not any(
                other in others for other in ancestor.iter()
            )
    return False


def _pages_linked(items: list[Any], ids: set[str]) -> int:
    """How many pages the items' comment anchors point to: a widget quotes comments on several
    posts, while a mirrored discussion (giscus' permalinks to GitHub) links one."""
    paths: set[str] = set()
    for item in items:
        for link in item.iter("a"):
            path, _, anchor = str(link.get("href") or "").partition("#")
            if path and anchor and anchor not in ids:
                paths.add(path)
    return len(paths)


def _item_of(author: Any, authors: set[Any]) -> Any | None:
    """The comment holding ``author``: its highest ancestor with no other author outside a reply list.

    The climb stops at an element that holds another comment's author outside a reply container
    (the list of all comments); the comment is the highest "comment"-named element on the way,
    or failing that the highest ``<li>`` under one. A reply list holding this one reply
    ("ul.comments-tree__answers" placed after its parent's ``<li>``) is no comment when a
    "comment"-named element inside it is one: the list's place tells whom the reply answers.
    """
    chain: list[Any] = []
    for ancestor in author.iterancestors():
        if ancestor.tag in {"body", "html"} or not _alone_in(ancestor, author, authors):
            break
        chain.append(ancestor)
    for position in range(len(chain) - 1, -1, -1):
        element = chain[position]
        if _is_commentish(element) and not _names_a_list(element) and not element.xpath(".//h1"):
            if _is_reply_container(element) and any(_is_one_comment(inner) for inner in chain[:position]):
                continue
            return element
    for element in reversed(chain):
        if (element.tag == "li" or _is_replyish(element)) and any(
            _is_commentish(a) for a in element.iterancestors()
        ):
            return element  # a list item, or a block named a reply ("gsc-reply"), in a comment
    return None


def _is_one_comment(element: Any) -> bool:
    """A "comment"-named element that is one comment: not a list of replies, unless named a reply
    itself ("comment comment-owner-reply", "hashover-comment hashover-reply": the answer, nested in
    a "comment-children" list under the comment it answers)."""
    return _is_commentish(element) and (not _is_reply_container(element) or _is_replyish(element))


def _is_replyish(element: Any) -> bool:
    """Whether a class or id ends in the word "reply" ("gsc-reply", "reply"; not "reply-link" or
    "replies")."""
    return any(_NAME_WORDS.split(name)[-1:] == ["reply"] for name in _names(element))


def _alone_in(element: Any, author: Any, authors: set[Any]) -> bool:
    for other in element.iter():
        if other is author or other not in authors:
            continue
        if not _inside_reply_container(other, element, author):
            return False
    return True


def _inside_reply_container(other: Any, top: Any, author: Any) -> bool:
    for ancestor in other.iterancestors():
        if ancestor is top:
            return False
        if _is_reply_container(ancestor) and author not in set(ancestor.iter()):
            return not _peer_of_own(ancestor, author)
    return False


def _peer_of_own(container: Any, author: Any) -> bool:
    """Whether a reply-named container ("comment-thread") is a sibling of one of the same kind that
    holds ``author``: the next thread of the list, not a list of replies to this comment."""
    kind = (container.tag, container.get("class"))
    parent = container.getparent()
    if parent is None:
        return False
    return any(
        sibling is not container
        and (sibling.tag, sibling.get("class")) == kind
        and any(ancestor is sibling for ancestor in author.iterancestors())
        for sibling in parent
    )


def _own_text(item: Any, author: Any) -> Any | None:
    """The item's text element: of the text-named ones outside the author and the replies, the one
    with the most text ("coral-comment-inReplyTo-text" saying "En respuesta a" is not the body; nor
    is Blogger's "datetime secondary-text" holding the date, longer than a two-word reply)."""
    best, best_size = None, 0
    for candidate in item.iterdescendants():
        if not isinstance(candidate.tag, str) or not _is_textish(candidate):
            continue
        if _is_time_line(candidate):
            continue
        if candidate is author or author in set(candidate.iter()):
            continue
        if any(a is author for a in candidate.iterancestors()):
            continue
        if any(_is_reply_container(a) for a in _between(candidate, item)):
            continue
        size = len(candidate.text_content().strip())
        if best is None or size > best_size:
            best, best_size = candidate, size
    return best


def _is_time_line(element: Any) -> bool:
    """A date-named element whose short text is a date ("19 de marzo de 2024, 10:22")."""
    if _TIMEISH.search(" ".join(_names(element))) is None:
        return False  # most text-named elements: no text read
    return len(element.text_content().strip()) <= _MAX_DATE_CHARACTERS and _time_of(element) is not None


def _between(element: Any, top: Any) -> Iterator[Any]:
    for ancestor in element.iterancestors():
        if ancestor is top:
            return
        yield ancestor


def _generic_fields(item: Any, items: set[Any]) -> tuple[str | None, str | None, str]:
    authors = [a for a in _authors(item) if _nearest_item(a, items) is item]
    author = _name_in(authors[0]) if authors else None
    text_element = _own_text(item, author) if author is not None else None
    skip = _skipper(items, ())
    text = element_text(text_element, skip=skip) if text_element is not None else ""
    name = name_text(author) if author is not None else None
    return name, _generic_time(item, items, author, text_element), text


def _name_in(author_box: Any) -> Any:
    """The name inside an author box that also holds the date and buttons (CSDN's "user-box" holds
    "span.name"): the first author-named element inside it with text, else the link the box's
    line opens with ("Sandra, Leeds, United Kingdom, 2 hours ago"), else the box."""
    for element in author_box.iterdescendants():
        # a badge beside the name ("Post author" in "span.ast-cmt-post-author") is no name
        if (
            isinstance(element.tag, str)
            and _is_authorish(element)
            and not is_badge(element)
            and spaced_text(element)
        ):
            return element
    # "Sandra, Leeds, United Kingdom, 2 hours ago" with the name a link: the link that opens the box
    lead = next((link for link in author_box.iter("a") if spaced_text(link)), None)
    if lead is not None and spaced_text(author_box).startswith(spaced_text(lead)) and lead.tail:
        return lead
    return author_box


def _generic_time(item: Any, items: set[Any], author: Any | None, text_element: Any | None) -> str | None:
    """The comment's time: a ``<time>`` or a date-like class first, else any short line that is a date."""
    fallback: str | None = None
    for element in _own_elements(item, items, without_overlays=True):
        if element is author or element is text_element:
            continue
        named = element.tag == "time" or _TIMEISH.search(" ".join(_names(element))) is not None
        if named:
            found = _time_of(element)
            if found is not None:
                return found
        elif fallback is None and len(element) == 0:
            words = (element.text or "").strip()
            if 0 < len(words) <= _MAX_DATE_CHARACTERS:
                fallback = to_iso(words)
    return fallback
