"""Decide what a source is (URL, file, bytes, text) and which reader takes it."""

from __future__ import annotations

import re
from pathlib import Path

from slant._document import Document
from slant._errors import EmptyInputError, InputError, InputTooLargeError, MissingInputError
from slant.readers._budget import within_budget
from slant.readers._decode import decode
from slant.readers._format import PAGE_SUFFIXES, ReaderFormat, decide_format
from slant.readers._html_text import xml_safe
from slant.readers._limits import DEFAULT_LIMITS, InputFormat, ReadLimits, read_at_most

__all__ = ["read", "read_bytes"]

# A str shorter than this with no line break may be a path; page text is longer or has line breaks.
_MAX_PATH_LENGTH = 4096
# "www.example.org/story" or "example.com/2024/x": a URL without its scheme, not a file name.
_DOMAIN_LIKE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/", re.IGNORECASE)


def read(
    source: str | bytes | Path,
    *,
    format: InputFormat = "auto",
    limits: ReadLimits | None = None,
    render: bool = False,
) -> Document:
    """Read one page from a path, a URL, bytes, or the page's own text.

    Args:
        source: a :class:`~pathlib.Path`; a str that is a URL, an existing file's path, or page
            content (text, HTML or JSON); or raw bytes of a page.
        format: ``"auto"`` to sniff the content, or force ``"text"``, ``"html"`` or ``"json"``.
        limits: size and network limits; None for :data:`DEFAULT_LIMITS`.
        render: for a URL, open the page in headless Chromium (the ``render`` extra) so that comments
            loaded by script are read too; ``doc.meta["obtained"]`` says ``"rendered"`` (``"fetched"``
            otherwise). Only URLs can be rendered.

    Returns:
        The unannotated :class:`Document`.

    Raises:
        MissingInputError: a path that does not exist.
        InputError: empty, binary, undecodable, oversized or not a page.
        FetchError: the URL could not be fetched or is not allowed.
        DependencyError: ``render`` without the ``render`` extra or Chromium.
    """
    limits = limits or DEFAULT_LIMITS
    if render and not (isinstance(source, str) and _looks_like_url(source.strip())):
        raise InputError(
            "only a http(s) URL can be rendered; give a URL, or read a saved page without render"
        )
    if isinstance(source, bytes):
        return read_bytes(source, format=format, limits=limits, source="<bytes>")
    if isinstance(source, Path):
        return _read_file(source, format=format, limits=limits)
    if not isinstance(source, str):
        raise InputError(f"source must be a path, a URL, bytes or page text; got {type(source).__name__}")
    stripped = source.strip()
    if _looks_like_url(stripped):
        from slant.readers._obtain import obtain_url

        page = obtain_url(stripped, limits=limits, render=render)
        doc = read_bytes(
            page.content,
            format=format,
            limits=limits,
            source=stripped,
            url=page.url,
            content_type=page.content_type,
        )
        doc.meta.update(page.meta)
        return doc
    if "\n" not in source and 0 < len(source) < _MAX_PATH_LENGTH and _looks_like_path(source):
        return _read_file(Path(source), format=format, limits=limits)
    if len(source.encode("utf-8", "surrogatepass")) > limits.max_bytes:
        raise InputTooLargeError(
            f"page text is over the {limits.max_bytes:,}-byte limit; split it or raise the limit"
        )
    text = xml_safe(source.replace("\r\n", "\n").replace("\r", "\n"))  # as decode() does for bytes
    if not text.strip():
        raise EmptyInputError("the page text is empty; give a page with an article")
    return _dispatch(
        text, format=format, source="<text>", name=None, url=None, content_type=None, limits=limits
    )


def read_bytes(
    data: bytes,
    *,
    format: InputFormat = "auto",
    limits: ReadLimits | None = None,
    source: str = "<bytes>",
    url: str | None = None,
    content_type: str | None = None,
    name: str | None = None,
) -> Document:
    """Decode and read a page given as bytes (a file's content, standard input, a response body).

    Args:
        data: the page's bytes, in any supported encoding.
        format: ``"auto"`` or a forced format.
        limits: the size limit to apply.
        source: what to record as the document's source.
        url: the page's URL, if known (helps the HTML reader resolve links and the outlet).
        content_type: an HTTP Content-Type, if known (its charset wins over sniffing).
        name: the name of the file the bytes were saved as, if they are a file's (an upload, a file
            of a corpus folder): its suffix tells the format as a file read from disk's does.
    """
    limits = limits or DEFAULT_LIMITS
    if len(data) > limits.max_bytes:
        raise InputTooLargeError(
            f"{source} is {len(data):,} bytes, over the {limits.max_bytes:,}-byte limit; "
            "split it or raise the limit (--max-bytes)"
        )
    text = decode(data, source=source, content_type=content_type)
    return _dispatch(
        text, format=format, source=source, name=name, url=url, content_type=content_type, limits=limits
    )


def _read_file(path: Path, *, format: InputFormat, limits: ReadLimits) -> Document:
    if not path.exists():
        if _DOMAIN_LIKE.match(str(path)):
            raise MissingInputError(
                f"no such file: {path}; for a web page give the whole URL, https://{path}"
            )
        raise MissingInputError(f"no such file: {path}; check the path (use '-' to read standard input)")
    if path.is_dir():
        raise InputError(f"{path} is a folder; give one page file (folders are for 'slant corpus run')")
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise InputTooLargeError(
                f"{path} is {size:,} bytes, over the {limits.max_bytes:,}-byte limit; "
                "split it or raise the limit (--max-bytes)"
            )
        # A device or a pipe states no size (``/dev/zero`` says 0): the read itself is capped.
        with path.open("rb") as stream:
            data = read_at_most(stream, limits.max_bytes, source=str(path))
    except FileNotFoundError as error:  # removed between the check and the read
        raise MissingInputError(f"no such file: {path}; check the path") from error
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}; check its permissions") from error
    return read_bytes(data, format=format, limits=limits, source=str(path), name=path.name)


def _dispatch(
    text: str,
    *,
    format: InputFormat,
    source: str,
    name: str | None,
    url: str | None,
    content_type: str | None,
    limits: ReadLimits,
) -> Document:
    decided = decide_format(text, name=name, content_type=content_type, format=format)
    doc = _read_format(text, format=decided, source=source, url=url, limits=limits)
    return within_budget(doc, limits)


def _read_format(
    text: str, *, format: ReaderFormat, source: str, url: str | None, limits: ReadLimits
) -> Document:
    if format == "html":
        from slant.readers._html import read_html_page

        return read_html_page(text, url=url, source=source, max_comments=limits.max_comments)
    if format == "json":
        from slant.readers._json import read_json_page

        return read_json_page(text, source=source, url=url, max_comments=limits.max_comments)
    from slant.readers._text import read_text_page

    return read_text_page(text, source=source, url=url)


def _looks_like_url(text: str) -> bool:
    head = text[:12].lower()
    has_scheme = head.startswith(("http://", "https://")) or "://" in text[:20]
    return has_scheme and not any(c.isspace() for c in text) and len(text) < 8192


def _looks_like_path(text: str) -> bool:
    # A one-line str is a path if it exists, or if it looks like one (a file-name suffix or a
    # separator), so a mistyped path fails as "no such file" instead of being analysed as text.
    name = text.strip()
    if name.startswith(("<", "{", "[")):
        return False  # markup or JSON given as a string, however short
    try:
        if Path(text).exists():
            return True
    except (OSError, ValueError):
        return False  # a name the file system cannot even hold (NUL bytes, over-long)
    return " " not in name and (name.lower().endswith(tuple(PAGE_SUFFIXES)) or "/" in name)
