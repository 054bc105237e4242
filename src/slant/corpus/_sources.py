"""The inputs of a corpus run, streamed one page at a time as :class:`PageTask` objects.

A corpus is any mix of folders of page files (``.txt``, ``.html``, ``.json``, searched recursively),
JSON Lines files (one page per line, in the JSON page format ``slant.read`` accepts: ``text`` or
``html``, plus ``url``, ``outlet``, ``published``, ``comments``...), WARC files (``.warc``,
``.warc.gz``: their HTTP response records) and URL lists (``.urls``: one URL a line, fetched or
rendered by the run, politely: :mod:`slant.corpus._polite`). Nothing is read ahead: memory does not grow with the
corpus, and no page is held beyond the size limit (a longer line or file is an error, read no further).

Every page gets a ``page_id`` that depends only on where it came from and what it holds, so a run
that is started again recognises the pages it has already done. What cannot be read (a FIFO or a
device, an unreadable file or folder, a cut WARC record) is yielded as a task with ``error`` set,
which the run stores as an ``errors`` row (issue 12).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from slant._errors import InputError, MissingInputError
from slant.corpus._files import list_folder, open_regular, oserror_reason
from slant.corpus._tasks import PageTask, error_task, make_page_id
from slant.corpus._warc import iter_warc
from slant.readers import ReadLimits
from slant.readers._format import PAGE_SUFFIXES, suffix_format

__all__ = ["PAGE_SUFFIXES", "PageTask", "iter_tasks", "make_page_id"]

logger = logging.getLogger(__name__)

_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_WARC_SUFFIXES = (".warc", ".warc.gz")
#: A list of URLs, one a line (blank lines and lines starting with # are skipped): issue 18.
URL_LIST_SUFFIX = ".urls"
_MAX_URL = 8192
# The rest of a JSON line over the limit is skipped in chunks of this size, never held whole.
_SKIP_CHUNK = 1 << 16


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


def _iter_folder(top: Path, limits: ReadLimits) -> Iterator[PageTask]:
    # Depth first, a folder's files before its sub-folders (the order os.walk gave), with a stack
    # instead of recursion so that no nesting depth can overflow Python's stack.
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            files, folders = list_folder(folder)
        except InputError as error:
            yield error_task(str(folder), str(error))
            continue
        for path in files:
            if _kind(path) == "urls":
                continue  # a URL list fetches from the network: only when named as an input itself
            if _kind(path) != "page" or path.suffix.lower() in PAGE_SUFFIXES:
                yield from _iter_file(path, limits)
        # Run folders (an --out inside an input folder) hold no pages.
        stack.extend(reversed([sub for sub in folders if not _is_run_folder(sub)]))


def _is_run_folder(path: Path) -> bool:
    try:
        return (path / "ledger").is_dir() and (path / "manifest.json").is_file()
    except OSError:  # a folder slant may not look into: walking it will record why
        return False


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    if name.endswith(URL_LIST_SUFFIX):
        return "urls"
    return "page"


def _iter_file(path: Path, limits: ReadLimits) -> Iterator[PageTask]:
    kind = _kind(path)
    if kind == "jsonl":
        yield from _iter_jsonl(path, limits)
    elif kind == "warc":
        yield from iter_warc(path, limits)
    elif kind == "urls":
        yield from _iter_url_list(path, limits)
    else:
        yield _page_file(path, limits)


def _page_file(path: Path, limits: ReadLimits) -> PageTask:
    source = str(path)
    fmt: str = suffix_format(path.name)
    try:
        with open_regular(path) as stream:
            data = stream.read(limits.max_bytes + 1)
    except InputError as error:
        return error_task(source, str(error), fmt)
    except OSError as error:
        return error_task(source, f"cannot read the file: {oserror_reason(error)}", fmt)
    if len(data) > limits.max_bytes:
        return error_task(source, f"over the {limits.max_bytes:,}-byte page limit", fmt)
    # The name goes with the bytes: the worker's reader decides the format from both, as slant.read
    # does for the same file (the driver decodes nothing).
    return PageTask(make_page_id(source, data), source, data, name=path.name)


def _iter_jsonl(path: Path, limits: ReadLimits) -> Iterator[PageTask]:
    # Lines are handed over as they are: the worker's JSON reader validates them, so a broken line
    # becomes one row in `errors` instead of stopping the stream here.
    try:
        stream = open_regular(path)
    except InputError as error:
        yield error_task(str(path), str(error), "json")
        return
    with stream:
        number = 0
        while True:
            source = f"{path}:{number + 1}"
            try:
                line = stream.readline(limits.max_bytes + 1)
                over = len(line) > limits.max_bytes
                extra = _skip_line(stream) if over and not line.endswith(b"\n") else 0
            except OSError as error:
                yield error_task(source, f"cannot read the file: {oserror_reason(error)}", "json")
                return
            if not line:
                return
            number += 1
            if over:
                size = len(line) + extra
                reason = f"line of {size:,} bytes, over the {limits.max_bytes:,}-byte page limit"
                yield error_task(source, reason, "json")
            elif line.strip():
                yield PageTask(make_page_id(source, line), source, line, "json")


def _iter_url_list(path: Path, limits: ReadLimits) -> Iterator[PageTask]:
    """One task per URL of a ``.urls`` file, not fetched here: the run fetches only those not done yet.

    A page's id is its URL's (the same URL in two lists, or in a list read again, is the same page).
    """
    try:
        stream = open_regular(path)
    except InputError as error:
        yield error_task(str(path), str(error))
        return
    with stream:
        number = 0
        while True:
            raw = stream.readline(_MAX_URL + 2)
            if not raw:
                return
            number += 1
            if len(raw) > _MAX_URL + 1 and not raw.endswith(b"\n"):
                _skip_line(stream)  # never held whole
            line = raw.decode("utf-8", "replace").strip()
            if not line or line.startswith("#"):
                continue
            if len(line) > _MAX_URL or not line.lower().startswith(("http://", "https://")):
                yield error_task(f"{path}:{number}", f"not a http(s) URL: {line[:200]!r}")
                continue
            yield PageTask(make_page_id(line, b"url"), line, b"", url=line, fetch=True)


def _skip_line(stream: BinaryIO) -> int:
    """Read past the rest of the current line, in bounded chunks; return how many bytes it had."""
    skipped = 0
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
