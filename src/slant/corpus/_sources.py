"""The inputs of a corpus run, streamed one page at a time as :class:`PageTask` objects.

A corpus is any mix of folders of page files (``.txt``, ``.html``, ``.json``, searched recursively),
JSON Lines files (one page per line, in the JSON page format ``slant.read`` accepts: ``text`` or
``html``, plus ``url``, ``outlet``, ``published``, ``comments``...) and WARC files (``.warc``,
``.warc.gz``: their HTTP response records). Nothing is read ahead: memory does not grow with the corpus.

Every page gets a ``page_id`` that depends only on where it came from and what it holds, so a run
that is started again recognises the pages it has already done.
"""

from __future__ import annotations

import hashlib
import logging
import os
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from slant._errors import DependencyError, InputError, MissingInputError
from slant.readers import ReadLimits

__all__ = ["PAGE_SUFFIXES", "PageTask", "iter_tasks", "make_page_id"]

logger = logging.getLogger(__name__)

#: File suffixes read as one page each when found in a folder.
PAGE_SUFFIXES: frozenset[str] = frozenset({".txt", ".html", ".htm", ".xhtml", ".json"})
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_WARC_SUFFIXES = (".warc", ".warc.gz")
# WARC payloads worth reading: anything else (images, scripts, robots.txt) is not a news page.
_WARC_PAGE_TYPES = ("text/html", "application/xhtml", "text/plain", "application/json")


@dataclass(frozen=True, slots=True)
class PageTask:
    """One page to analyse, as plain data that crosses process and machine boundaries.

    Attributes:
        page_id: stable id, a hash of ``source`` and the page's bytes (see :func:`make_page_id`).
        source: where the page came from: a file path, ``path:LINE`` for JSON Lines, ``path@OFFSET``
            for a WARC record.
        data: the page's bytes.
        format: how to read ``data``: ``"auto"``, ``"text"``, ``"html"`` or ``"json"``.
        url: the page's URL when the container knows it (a WARC record's target URI).
        content_type: an HTTP Content-Type when known.
        error: set when the page could not even be taken out of its container (a file over the size
            limit, an unreadable WARC record); the worker then records it as an error.
    """

    page_id: str
    source: str
    data: bytes
    format: str = "auto"
    url: str | None = None
    content_type: str | None = None
    error: str | None = None


def make_page_id(source: str, data: bytes) -> str:
    """A stable 16-hex-digit id from a page's source and content.

    Both matter: the same file analysed twice is the same page, and a file edited between runs is a
    new page (its old rows stay under the old id).
    """
    digest = hashlib.blake2b(source.encode("utf-8", "surrogateescape"), digest_size=8)
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


def check_inputs(inputs: Sequence[str | Path]) -> list[Path]:
    """Resolve the inputs of a run, failing early when one does not exist.

    Raises:
        MissingInputError: an input path does not exist.
        InputError: no inputs were given.
    """
    if not inputs:
        raise InputError(
            "a corpus run needs at least one input: a folder, a .jsonl file or a .warc(.gz) file"
        )
    paths = []
    for item in inputs:
        path = Path(item).expanduser()
        if not path.exists():
            raise MissingInputError(f"no such file or folder: {path}; check the corpus inputs")
        paths.append(path.resolve())
    return paths


def iter_tasks(inputs: Sequence[str | Path], *, limits: ReadLimits | None = None) -> Iterator[PageTask]:
    """Stream every page of ``inputs`` as a :class:`PageTask`, in a deterministic order.

    Args:
        inputs: folders, single page files, JSON Lines files and WARC files.
        limits: the size limit applied to each page.

    Raises:
        MissingInputError: an input does not exist (checked before anything is yielded).
    """
    limits = limits or ReadLimits()
    paths = check_inputs(inputs)
    for path in paths:
        if path.is_dir():
            yield from _iter_folder(path, limits)
        else:
            yield from _iter_file(path, limits)


def _iter_folder(folder: Path, limits: ReadLimits) -> Iterator[PageTask]:
    for root, dirs, files in os.walk(folder):
        # Hidden folders, and run folders (an --out inside an input folder), hold no pages.
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _is_run_folder(Path(root) / d))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if _kind(path) != "page" or path.suffix.lower() in PAGE_SUFFIXES:
                yield from _iter_file(path, limits)


def _is_run_folder(path: Path) -> bool:
    return (path / "ledger").is_dir() and (path / "manifest.json").is_file()


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    return "page"


def _iter_file(path: Path, limits: ReadLimits) -> Iterator[PageTask]:
    kind = _kind(path)
    if kind == "jsonl":
        yield from _iter_jsonl(path, limits)
    elif kind == "warc":
        yield from _iter_warc(path, limits)
    else:
        yield _page_file(path, limits)


def _page_file(path: Path, limits: ReadLimits) -> PageTask:
    source = str(path)
    suffix = path.suffix.lower()
    fmt = {".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json"}.get(suffix, "auto")
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            reason = f"{size:,} bytes, over the {limits.max_bytes:,}-byte page limit"
            return PageTask(make_page_id(source, reason.encode()), source, b"", fmt, error=reason)
        data = path.read_bytes()
    except OSError as error:
        reason = f"cannot read the file: {error.strerror or error}"
        return PageTask(make_page_id(source, reason.encode()), source, b"", fmt, error=reason)
    return PageTask(make_page_id(source, data), source, data, fmt)


def _iter_jsonl(path: Path, limits: ReadLimits) -> Iterator[PageTask]:
    # Lines are handed over as they are: the worker's JSON reader validates them, so a broken line
    # becomes one row in `errors` instead of stopping the stream here.
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            if len(line) > limits.max_bytes:
                reason = f"line of {len(line):,} bytes, over the {limits.max_bytes:,}-byte page limit"
                yield PageTask(make_page_id(source, reason.encode()), source, b"", "json", error=reason)
                continue
            yield PageTask(make_page_id(source, line), source, line, "json")


def _iter_warc(path: Path, limits: ReadLimits) -> Iterator[PageTask]:
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as error:
        raise DependencyError(
            "reading WARC files needs warcio; install the corpus extra: pip install 'slant[corpus]'"
        ) from error
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                http = record.http_headers
                status = http.get_statuscode() if http is not None else "200"
                content_type = http.get_header("Content-Type") if http is not None else None
                if status != "200" or not _is_page_type(content_type):
                    continue
                data = record.content_stream().read(limits.max_bytes + 1)
                # The offset is only known once the record's content was read.
                source = f"{path}@{records.get_record_offset()}"
                if len(data) > limits.max_bytes:
                    reason = f"response over the {limits.max_bytes:,}-byte page limit"
                    yield PageTask(make_page_id(source, reason.encode()), source, b"", url=url, error=reason)
                    continue
                yield PageTask(make_page_id(source, data), source, data, url=url, content_type=content_type)
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as error:
            # A truncated or corrupt WARC: keep what was read, and record the rest as one error.
            offset = records.get_record_offset()
            source = f"{path}@{offset}" if offset >= 0 else str(path)
            reason = "unreadable WARC record: " + " ".join(str(error).split())
            logger.warning("%s: %s", source, reason)
            yield PageTask(make_page_id(source, reason.encode()), source, b"", error=reason)


def _is_page_type(content_type: str | None) -> bool:
    if not content_type:
        return True
    return content_type.split(";")[0].strip().lower().startswith(_WARC_PAGE_TYPES)
