"""Comments a page carries as data: JSON state in its scripts, or the address of its comments API.

Many comment systems render in the browser from data the page already holds (``__NEXT_DATA__``,
``window.__INITIAL_STATE__ = {...}``, ``<script type="application/json">``) or fetch it from an
address the page names (``data-comments-url="/api/comments?id=42"``). Reading that data needs no
browser: this module finds comment lists in the page's JSON, and the API address, which
:mod:`slant.readers._source` fetches (same address rules as the page) when the page is read from a
URL. ``--render`` is the fallback for what is neither.

A comment list is a JSON array of objects that have a text (``text``, ``body``, ``content``,
``message``...) and an author (``author``, ``user``, ``username``, ``name``...); replies are nested
(``replies``, ``children``) or name their parent (``parent_id``, ``parentId``, ``in_reply_to``).
JSON-LD ``Comment`` objects are read by :mod:`slant.readers._html_comments` already, not here.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from slant.readers._dates import to_iso
from slant.readers._html_comments import CommentRecord
from slant.readers._names import normalise_author

__all__ = ["EmbeddedData", "read_embedded", "with_api_comments"]

logger = logging.getLogger(__name__)

# Scripts larger than this are not searched (a bundled app, not state): 5 MB of JSON is a lot of comments.
_MAX_SCRIPT_CHARS = 5_000_000
# Nodes visited per script: the walk is bounded however the JSON is shaped.
_MAX_NODES = 200_000
_MAX_COMMENTS = 10_000
_TEXT_KEYS = (
    "text",
    "body",
    "content",
    "message",
    "comment",
    "raw_message",
    "commentText",
    "html",
    "bodyHtml",
)
_AUTHOR_KEYS = (
    "author",
    "user",
    "username",
    "userName",
    "author_name",
    "authorName",
    "name",
    "displayName",
    "by",
)
_NAME_KEYS = ("name", "displayName", "display_name", "username", "userName", "nickname")
_TIME_KEYS = (
    "created_at",
    "createdAt",
    "date",
    "created",
    "time",
    "timestamp",
    "published",
    "datePublished",
    "posted",
)
_ID_KEYS = ("id", "_id", "comment_id", "commentId", "uuid")
_PARENT_KEYS = ("parent_id", "parentId", "parent", "in_reply_to", "inReplyTo", "reply_to", "replyTo")
_REPLY_KEYS = ("replies", "children", "responses", "comments", "childContent")
# Keys that give the author by an id the page's state resolves elsewhere ({"authors": {id: {...}}}):
# read only when that id names a person there, never as a name themselves.
_AUTHOR_ID_KEYS = ("authorId", "author_id", "userId", "user_id", "uid")
# How deep an item's fields may sit in wrapper objects ({"post": {"record": {"text": ...}}}).
_MAX_WRAPPER_DEPTH = 2
# A Unix time in seconds (10 digits) or milliseconds (13), as comment APIs give it.
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
# window.__STATE__ = {...}; / var initialState = {...}
_ASSIGNED = re.compile(r"(?:window\.|var\s+|let\s+|const\s+)?[\w$.]+\s*=\s*(?=[{\[])")
# Attributes and JSON keys that name a comments API.
_API_ATTRIBUTES = ("data-comments-url", "data-comments-api", "data-comments-src", "data-comments-endpoint")
_API_KEY = re.compile(
    r'"(?:commentsUrl|comments_url|commentsApi|comments_api|commentsEndpoint)"\s*:\s*"([^"]{1,2000})"'
)
# Keys under which a list is taken for comments.
_COMMENT_KEY = re.compile(r"comment|repl|thread|discussion|posts|responses|kommentar|коммент", re.IGNORECASE)
#: The script element a fetched comments API answer is put in, so the HTML reader reads it as page state.
API_SCRIPT_ID = "slant-comments-api"


@dataclass(slots=True)
class EmbeddedData:
    """What the page's scripts and attributes hold about comments.

    Attributes:
        comments: the largest comment list found in the page's JSON, in order.
        api_url: the address of the page's comments API, made absolute, or None.
    """

    comments: list[CommentRecord] = field(default_factory=list)
    api_url: str | None = None


def read_embedded(root: Any, *, url: str | None, attributes: Collection[str] | None = None) -> EmbeddedData:
    """Comments in the page's JSON state, and its comments API address (call before scripts are removed).

    Args:
        root: the page's lxml tree, scripts still in it.
        url: the page's address, to make a relative API address absolute.
        attributes: the names of the attributes in ``root``, if known: an API attribute the page
            does not have is not searched for (a walk over the whole tree each).
    """
    found = EmbeddedData()
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" in kind or not (kind in {"", "text/javascript", "module"} or "json" in kind):
            continue
        raw = script.text or ""
        if not raw.strip() or len(raw) > _MAX_SCRIPT_CHARS:
            continue
        for value in _json_values(raw, is_json="json" in kind):
            comments = _best_list(value)
            if len(comments) > len(found.comments):
                found.comments = comments
        if found.api_url is None:
            match = _API_KEY.search(raw)
            if match:
                found.api_url = _absolute(match.group(1).replace("\\/", "/"), url)
    if found.api_url is None:
        for attribute in _API_ATTRIBUTES:
            if attributes is not None and attribute not in attributes:
                continue
            values = root.xpath(f"//@{attribute}")
            if values:
                found.api_url = _absolute(str(values[0]), url)
                break
    return found


def with_api_comments(html: str, answer: bytes) -> str | None:
    """``html`` with a comments API's JSON ``answer`` added as a page-state script, or None when the
    answer is not JSON holding comments. The HTML reader then reads it as any JSON state."""
    try:
        value = json.loads(answer)
    except (ValueError, RecursionError, UnicodeDecodeError):
        return None
    if not _best_list(value, named=True):
        return None
    # Named so that the page-state reader takes it for comments wherever its list sits.
    value = {"comments_api": value}
    # "</" cannot end the script early once escaped; the JSON means the same.
    data = json.dumps(value, ensure_ascii=False).replace("</", "<\\/")
    script = f'<script type="application/json" id="{API_SCRIPT_ID}">{data}</script>'
    closing = html.lower().rfind("</body>")
    return html[:closing] + script + html[closing:] if closing >= 0 else html + script


def _absolute(address: str, base: str | None) -> str | None:
    joined = urljoin(base, address.strip()) if base else address.strip()
    return joined if urlsplit(joined).scheme in {"http", "https"} else None


def _json_values(raw: str, *, is_json: bool) -> list[Any]:
    """The JSON values of a script: the whole of it when it is JSON, else each ``x = {...}`` assignment."""
    decoder = json.JSONDecoder()
    if is_json:
        try:
            return [json.loads(raw)]
        except (ValueError, RecursionError):
            return []
    values = []
    for match in _ASSIGNED.finditer(raw):
        try:
            value, _end = decoder.raw_decode(raw, match.end())
        except (ValueError, RecursionError):
            continue
        values.append(value)
    return values


def _best_list(value: Any, *, named: bool = False) -> list[CommentRecord]:
    """The largest comment list in ``value`` (a bounded walk, no recursion).

    In page state, only a list under a key that says so (``comments``, ``replies``, ``thread``,
    ``posts``...) counts: a list of related stories also has authors and texts. A comments API's
    answer (``named=True``) is comments wherever its list sits.
    """
    best: list[CommentRecord] = []
    people = _People(value)
    stack: list[tuple[Any, bool]] = [(value, named)]
    visited = 0
    while stack and visited < _MAX_NODES:
        node, under_name = stack.pop()
        visited += 1
        if isinstance(node, dict):
            stack.extend(
                (child, under_name or _COMMENT_KEY.search(str(key)) is not None)
                for key, child in node.items()
            )
        elif isinstance(node, list):
            if (under_name or _is_threaded_list(node)) and _is_comment_list(node, people):
                records = _records(node, people)
                if len(records) > len(best):
                    best = records
                continue
            stack.extend((child, under_name) for child in node)
    return best


class _People:
    """The names the state gives people by id, gathered on first need: most states give their
    comments' authors by name, and the walk over the whole state is then never made."""

    def __init__(self, root: Any) -> None:
        self._root = root
        self._names: dict[str, str] | None = None

    def name(self, key: str) -> str | None:
        if self._names is None:
            self._names = _people(self._root)
        return self._names.get(key)


def _people(value: Any) -> dict[str, str]:
    """The names the state gives people by id: objects keyed by an id whose values carry a name
    ({"authors": {"u1": {"displayName": "Ann"}}}), so that a comment's ``authorId`` reads as Ann."""
    people: dict[str, str] = {}
    stack = [value]
    visited = 0
    while stack and visited < _MAX_NODES:
        node = stack.pop()
        visited += 1
        if isinstance(node, dict):
            named = {
                str(key): name
                for key, child in node.items()
                if isinstance(child, dict) and (name := _name_in(child)) is not None
            }
            if len(named) >= max(1, len(node) // 2):
                people.update(named)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return people


def _name_in(person: dict[str, Any]) -> str | None:
    return next(
        (
            person[key].strip()
            for key in _NAME_KEYS
            if isinstance(person.get(key), str) and person[key].strip()
        ),
        None,
    )


def _view(item: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """An item's fields with those of the wrapper objects that hold its text merged in, the item's
    own first: {"post": {"author": ..., "record": {"text": ..., "createdAt": ...}}, "replies": [...]}
    (Bluesky's thread view), {"content": {"id": ..., "bodyHtml": ...}, "childContent": [...]}
    (Livefyre). Replies are read from the item itself."""
    if depth >= _MAX_WRAPPER_DEPTH or any(isinstance(item.get(key), str) for key in _TEXT_KEYS):
        return item
    merged = dict(item)
    for key, child in item.items():
        if key in _REPLY_KEYS or key in _AUTHOR_KEYS or not isinstance(child, dict):
            continue
        inner = _view(child, depth + 1)
        if any(isinstance(inner.get(name), str) for name in _TEXT_KEYS):
            for name, field_value in inner.items():
                merged.setdefault(name, field_value)
    return merged


def _is_threaded_list(items: list[Any]) -> bool:
    """Tell a list whose items carry what only comments have together, under a key that does not say
    so (Livefyre's ``headDocument.content``): a time and a parent field (empty on a top-level
    comment) in most items, beside the text and author :func:`_is_comment_list` asks for. A list
    of related stories has times but no parents; a menu has parents but no times."""
    views = [_view(item) for item in items[:20] if isinstance(item, dict)]
    threaded = sum(
        any(key in view for key in _PARENT_KEYS) and _first_scalar(view, _TIME_KEYS) is not None
        for view in views
    )
    return bool(views) and threaded >= max(2, len(views) // 2 + 1)


def _is_comment_list(items: list[Any], people: _People) -> bool:
    objects = [_view(item) for item in items[:20] if isinstance(item, dict)]
    if not objects or len(objects) < min(len(items), 20) / 2:
        return False
    return sum(
        _text_of(item) is not None and _author_of(item, people) is not None for item in objects
    ) >= max(1, len(objects) // 2)


def _records(items: list[Any], people: _People) -> list[CommentRecord]:
    """Comment records of a list, replies after their parent, parents by nesting or by id."""
    records: list[CommentRecord] = []
    ids: dict[str, int] = {}
    pending: list[tuple[dict[str, Any], int | None]] = [(item, None) for item in reversed(items)]
    while pending and len(records) < _MAX_COMMENTS:
        item, parent = pending.pop()
        if not isinstance(item, dict):
            continue
        view = _view(item)
        text = _text_of(view)
        if text is None:
            continue
        key = _first_scalar(view, _ID_KEYS)
        if parent is None:
            reference = _first_scalar(view, _PARENT_KEYS)
            parent = ids.get(reference) if reference is not None else None
        position = len(records)
        records.append(
            CommentRecord(
                text=text,
                author=normalise_author(_author_of(view, people)),
                published=_time_of(view),
                parent=parent,
                key=key,
            )
        )
        if key is not None:
            ids.setdefault(key, position)
        for name in _REPLY_KEYS:
            replies = item.get(name)
            if isinstance(replies, list):
                pending.extend((reply, position) for reply in reversed(replies))
                break
    return records


def _text_of(item: dict[str, Any]) -> str | None:
    for key in _TEXT_KEYS:
        value = item.get(key)
        if isinstance(value, dict):  # {"body": {"html": "..."}} and the like
            inner = (value.get(name) for name in _TEXT_KEYS)
            value = next((v for v in inner if isinstance(v, str) and v.strip()), None) or next(
                (v for v in value.values() if isinstance(v, str)), None
            )
        if isinstance(value, str) and value.strip():
            return _plain(value)
    return None


def _author_of(item: dict[str, Any], people: _People) -> str | None:
    for key in _AUTHOR_KEYS:
        value = item.get(key)
        if isinstance(value, dict):
            value = next((value[name] for name in _NAME_KEYS if isinstance(value.get(name), str)), None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    for key in _AUTHOR_ID_KEYS:
        value = item.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool):
            name = people.name(str(value))
            if name is not None:
                return name
    return None


def _time_of(item: dict[str, Any]) -> str | None:
    """The item's time as ISO 8601; a Unix time (seconds or milliseconds) is read as UTC."""
    value = _first_scalar(item, _TIME_KEYS)
    if value is not None and _EPOCH.match(value):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
    return to_iso(value)


def _first_scalar(item: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = item.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value)
    return None


def _plain(text: str) -> str:
    """A comment's text; HTML in it is read as text, never kept as markup."""
    if "<" not in text or ">" not in text:
        return " ".join(text.split())
    import lxml.etree
    import lxml.html

    from slant.readers._html_text import element_text, remove_unsafe, xml_safe

    try:
        fragment = lxml.html.fragment_fromstring(xml_safe(text), create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return " ".join(text.split())
    remove_unsafe(fragment)
    return " ".join(element_text(fragment).split())
