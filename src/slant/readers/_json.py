"""JSON of an already-structured page, and slant's own ``analyze --json`` output, read back.

Two shapes are accepted (docs/input-json.md has the reference):

- a page: ``{"title", "text" (or "html"), "url", "outlet", "published", "author", "comments": [...]}``;
- an analysis: ``{"schema": ..., "article": {"title", "text", "published", ...}, "comments": [...]}``,
  so that analyses can be re-read (their spans are dropped: they are made again).

Each comment is ``{"id", "author", "text", "parent", "published"}``; only ``text`` is required. An
``id`` left out becomes ``c<n>`` (its 1-based position); ``parent`` names an earlier comment by id, or
by its 0-based index in the list (a number that is an earlier comment's id is that id). Common other names are read too ("body", "parent_id",
"created_at": see ``_PAGE_ALIASES`` and ``_COMMENT_ALIASES``). Unknown keys are ignored, so other
tools may carry their own.
Every problem is one line naming the place: ``comments[3]: "parent" names "c9", which is not an
earlier comment``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from slant._document import Document, Part
from slant._errors import InputError, NotAPageError
from slant.readers._budget import COMMENTS_LEFT_UNREAD
from slant.readers._dates import to_iso
from slant.readers._html_text import xml_safe
from slant.readers._urls import host_of, usable_url

__all__ = ["read_json_page"]


def read_json_page(text: str, *, source: str, url: str | None, max_comments: int | None = None) -> Document:
    """Read a page given as JSON into a :class:`Document`.

    Args:
        text: the JSON text.
        source: what the user gave, for messages.
        url: the URL the JSON came from, if any (the JSON's own ``"url"`` wins).
        max_comments: read only the first this many comments (the analysis budget's), recording how
            many were left unread in ``meta`` (:data:`~slant.readers._budget.COMMENTS_LEFT_UNREAD`);
            None reads them all.

    Raises:
        InputError: not valid JSON, or a field of the wrong type or with a wrong reference.
        NotAPageError: no article text (``"text"`` or ``"html"``).
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{source} is not valid JSON: {error.msg} at line {error.lineno} column {error.colno}; "
            "fix the JSON or give --format text/html"
        ) from error
    except RecursionError as error:
        raise InputError(
            f"{source} is JSON nested too deeply to be a page; a page is an object with a list of comments"
        ) from error
    if not isinstance(data, dict):
        raise InputError(
            f"{source} must hold one page as a JSON object; got a JSON {_kind(data)} "
            "(for many pages use 'slant corpus run')"
        )
    is_analysis = isinstance(data.get("article"), dict)
    data = _with_aliases(data, _PAGE_ALIASES)
    article_fields: dict[str, Any] = _with_aliases(data["article"], _PAGE_ALIASES) if is_analysis else data
    where = "article" if is_analysis else source
    page_url = _optional_str(data, "url", source) or (
        _optional_str(article_fields, "url", where) if is_analysis else None
    )
    page_url = page_url or url
    given_url = page_url
    page_url = usable_url(page_url, source=source)
    title_text = _optional_str(article_fields, "title", where)
    if title_text is None and is_analysis:
        title_text = _optional_str(data, "title", source)
    body = _optional_str(article_fields, "text", where)
    html = _optional_str(article_fields, "html", where)
    comments_given = "comments" in data and data["comments"] is not None
    raw_comments = data.get("comments") if comments_given else []
    unread = 0
    if max_comments is not None and isinstance(raw_comments, list) and len(raw_comments) > max_comments:
        # Comments past the budget would be dropped after reading: not making them keeps reading
        # a page of 80,000 comments as cheap as one of 10,000.
        unread = len(raw_comments) - max_comments
        raw_comments = raw_comments[:max_comments]
    comments = _comments(raw_comments, source) if comments_given else []
    from_html: Document | None = None
    if not (body and body.strip()) and html and html.strip():
        from slant.readers._html import read_html_page

        from_html = read_html_page(html, url=page_url, source=source)
        body = from_html.article.text
        if title_text is None and from_html.title is not None:
            title_text = from_html.title.text
        if not comments_given:
            comments = list(from_html.comments)
    if not body or not body.strip():
        raise NotAPageError(
            f'{source} has no article text: give the article body as "text" (or the page as "html")'
        )
    published = _date(article_fields, "published", where)
    if published is not None:
        published = published[:10]  # an article's date is a day (the JSON schema's "date")
    author = _author(article_fields.get("author"), where)
    if from_html is not None:
        published = published or from_html.published
        author = author or from_html.author
    article = Part(_lines(body), kind="article", id="article", author=author, published=published)
    title = (
        Part(" ".join(xml_safe(title_text).split()), kind="title", id="title")
        if title_text and title_text.strip()
        else None
    )
    outlet = _optional_str(data, "outlet", source) or (
        _optional_str(article_fields, "outlet", where) if is_analysis else None
    )
    meta: dict[str, Any] = {}
    if is_analysis and isinstance(data.get("meta"), dict):
        meta.update(data["meta"])  # what the first reader learned (the site's name, the comment markup)
    meta["json_shape"] = "analysis" if is_analysis else "page"
    if unread:
        meta[COMMENTS_LEFT_UNREAD] = unread
    if given_url and page_url is None:
        meta["invalid_url"] = given_url  # kept, but not used: no later stage can parse it
    if is_analysis and "schema" in data:
        meta["schema"] = data["schema"]
    doc = Document(
        article=article,
        title=title,
        comments=comments,
        url=page_url,
        source=source,
        outlet=outlet or host_of(page_url),
        reader="json",
        meta=meta,
    )
    if is_analysis and isinstance(data.get("models"), dict):
        doc.models.update(data["models"])  # the models that made the analysis read back
    return doc


def _comments(value: Any, source: str) -> list[Part]:
    if not isinstance(value, list):
        raise InputError(f'{source}: "comments" must be a list of comments; got a JSON {_kind(value)}')
    # Ids in order (a numeric parent may be an index) and their positions (a set-speed look-up: a
    # page of 50,000 comments must not cost 50,000 list scans).
    ids: list[str] = []
    positions: dict[str, int] = {}
    parts: list[Part] = []
    for index, raw in enumerate(value):
        where = f"comments[{index}]"
        if isinstance(raw, str):
            raw = {"text": raw}
        if not isinstance(raw, dict):
            raise InputError(f'{where} must be an object with "text"; got a JSON {_kind(raw)}')
        raw = _with_aliases(raw, _COMMENT_ALIASES)
        comment_id = _comment_id(raw, index, where)
        if comment_id in positions:
            raise InputError(
                f'{where}: "id" {comment_id!r} is already the id of comments[{positions[comment_id]}]; '
                "give every comment its own id"
            )
        if "text" not in raw or raw["text"] is None:
            raise InputError(f'{where}: "text" is missing; give each comment its text ("" for an empty one)')
        if not isinstance(raw["text"], str):
            raise InputError(f'{where}: "text" must be a string; got a JSON {_kind(raw["text"])}')
        parts.append(
            Part(
                _lines(raw["text"]),
                kind="comment",
                id=comment_id,
                author=_author(raw.get("author"), where),
                parent=_parent(raw.get("parent"), ids, positions, where),
                published=_date(raw, "published", where),
            )
        )
        positions[comment_id] = len(ids)
        ids.append(comment_id)
    return parts


# Names other tools give the same fields (crawler exports, forum dumps, Disqus and Reddit-like
# APIs). The first name present wins; messages use slant's own name.
_PAGE_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("body", "article"),
    "title": ("headline",),
    "published": ("date", "date_published", "datePublished"),
    "author": ("byline",),
    "url": ("link",),
}
_COMMENT_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("comment_id",),
    "text": ("body", "content", "message"),
    "author": ("user", "username", "name"),
    "parent": ("parent_id", "reply_to", "in_reply_to"),
    "published": ("date", "time", "created_at", "created", "created_utc"),
}


# Unix seconds from 1973 to 5138: a number outside is not a time (an index, a vote count).
_EPOCH_RANGE = (1e8, 1e11)


def _with_aliases(fields: dict[str, Any], aliases: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """``fields`` with each of slant's names filled from its first alias present, if it is absent."""
    renamed = dict(fields)
    for name, others in aliases.items():
        if renamed.get(name) is not None:
            continue
        for other in others:
            value = fields.get(other)
            # a page's "article" object is the analysis shape, never an alias for its text
            if value is not None and not (other == "article" and isinstance(value, dict)):
                renamed[name] = value
                break
    return renamed


def _comment_id(raw: dict[str, Any], index: int, where: str) -> str:
    value = raw.get("id")
    if value is None:
        return f"c{index + 1}"
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(f'{where}: "id" must be a string or a number; got a JSON {_kind(value)}')
    text = str(value).strip()
    if not text:
        raise InputError(f'{where}: "id" is empty; leave it out to number the comment c{index + 1}')
    return text


def _parent(value: Any, earlier: list[str], known: Mapping[str, int], where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise InputError(
            f'{where}: "parent" must be an earlier comment\'s id or index, or null; got {value!r}'
        )
    if isinstance(value, int):
        if str(value) in known:
            return str(value)  # exports with numeric ids give the parent's id as a number
        if 0 <= value < len(earlier):
            return earlier[value]
        raise InputError(
            f'{where}: "parent" is index {value}, which is not an earlier comment '
            f"(0 to {len(earlier) - 1}); replies must come after the comment they answer"
            if earlier
            else f'{where}: "parent" is index {value}, but no comment comes before it; use null'
        )
    if isinstance(value, str | float):
        key = str(value).strip()
        if key in known:
            return key
        raise InputError(
            f'{where}: "parent" names "{key}", which is not an earlier comment; '
            "give the id of a comment above it, its 0-based index, or null"
        )
    raise InputError(
        f'{where}: "parent" must be an earlier comment\'s id or index, or null; got a JSON {_kind(value)}'
    )


def _author(value: Any, where: str) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(
            f'{where}: "author" must be a string, {{"name": ...}} or null; got a JSON {_kind(value)}'
        )
    return " ".join(xml_safe(value).split()) or None


def _date(fields: dict[str, Any], key: str, where: str) -> str | None:
    value = fields.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and _EPOCH_RANGE[0] <= value <= _EPOCH_RANGE[1]
    ):
        # Unix time in seconds, as Reddit-like APIs give it ("created_utc": 1710443564)
        return datetime.fromtimestamp(value, tz=UTC).isoformat()
    if not isinstance(value, str):
        raise InputError(
            f'{where}: "{key}" must be an ISO 8601 date string, Unix seconds, or null; got a JSON {_kind(value)}'
        )
    iso = to_iso(value)
    if iso is None:
        raise InputError(
            f'{where}: "{key}" is {value!r}, not a date slant can read; '
            'give ISO 8601 such as "2024-03-14" or "2024-03-14T19:12:00Z", or null'
        )
    return iso


def _optional_str(fields: dict[str, Any], key: str, where: str) -> str | None:
    value = fields.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f'{where}: "{key}" must be a string or null; got a JSON {_kind(value)}')
    return value


def _lines(text: str) -> str:
    return xml_safe(text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def _kind(value: Any) -> str:
    names = {dict: "object", list: "list", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
