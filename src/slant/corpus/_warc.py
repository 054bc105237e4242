"""The pages of a WARC file (``.warc``, ``.warc.gz``): its HTTP responses of page types, as PageTasks.

A WARC file cut short (a crawl killed mid-write, a partial download) must not give a partial page
that looks whole, nor drop its last records without a word (issue 12). warcio reads a cut record
as a shorter one and stops at a record cut in its headers as if the file had ended there, so each
way a file can end early is checked here and becomes one ``errors`` row:

- a record whose block is shorter than its ``Content-Length`` (its bytes ran out);
- a record whose headers were cut (no type, no length), or that warcio fails to parse;
- bytes left after the last whole record (warcio saw the cut headers as the end of the file).
"""

from __future__ import annotations

import logging
import os
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from slant._errors import DependencyError, InputError
from slant.corpus._files import open_regular
from slant.corpus._tasks import PageTask, error_task, make_page_id
from slant.readers import ReadLimits
from slant.readers._format import content_type_format

__all__ = ["iter_warc"]

logger = logging.getLogger(__name__)

_DRAIN_CHUNK = 1 << 16


def iter_warc(path: Path, limits: ReadLimits) -> Iterator[PageTask]:
    """Stream the page responses of the WARC file ``path``; what cannot be read becomes error tasks."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as error:
        raise DependencyError(
            "reading WARC files needs warcio; install the corpus extra: pip install 'slant[corpus]'"
        ) from error
    # AttributeError: warcio 1.7 fails so on a record cut inside its WARC headers (no target URI).
    failures = (ArchiveLoadFailed, OSError, EOFError, zlib.error, AttributeError)
    try:
        stream = open_regular(path)
    except InputError as error:
        yield error_task(str(path), str(error))
        return
    with stream:
        size = os.fstat(stream.fileno()).st_size
        records = ArchiveIterator(stream)
        while True:
            try:
                record = next(records, None)
                if record is None:
                    break
                task = _record_task(path, record, records, limits)
            except failures as error:
                # A corrupt WARC: keep what was read, and record the rest as one error.
                offset = records.offset
                message = " ".join(str(error).split())
                if isinstance(error, AttributeError):  # warcio's own message names its internals
                    reason = "truncated or invalid WARC record: its WARC headers are incomplete"
                elif _cut_version_line(message):
                    # a gzip member cut inside its headers can decompress to the start of "WARC/1.0"
                    # alone ("Invalid WARC record, first line: W"): a cut file, not a corrupt one
                    reason = "truncated WARC record: the file ends inside its first line"
                else:
                    reason = "unreadable WARC record: " + _shortened(message)
                logger.warning("%s@%d: %s", path, offset, reason)
                yield error_task(f"{path}@{offset}", reason)
                return
            if task is not None:
                yield task
        if records.offset < size:
            reason = (
                f"truncated WARC file: it ends inside a record at byte {records.offset:,} of {size:,}; "
                "the pages after the last whole record are missing"
            )
            logger.warning("%s@%d: %s", path, records.offset, reason)
            yield error_task(f"{path}@{records.offset}", reason)


_FIRST_LINE = re.compile(r"first line: (?P<line>\S*)$")
_VERSION_LINES = ("WARC/1.0", "WARC/1.1")
_MAX_MESSAGE_CHARS = 200


def _cut_version_line(message: str) -> bool:
    """Tell warcio's complaint about a record whose first line is a cut WARC version line ("W",
    "WARC/1"): what the file holds of a record it ends inside."""
    match = _FIRST_LINE.search(message)
    line = match.group("line") if match else ""
    return bool(line) and any(version.startswith(line) and version != line for version in _VERSION_LINES)


def _shortened(message: str) -> str:
    """warcio's message, cut to a line's length (it quotes the whole first line of a corrupt record)."""
    return message if len(message) <= _MAX_MESSAGE_CHARS else message[: _MAX_MESSAGE_CHARS - 1] + "…"


def _record_task(path: Path, record: Any, records: Any, limits: ReadLimits) -> PageTask | None:
    """The task of one record: a page, an error, or None for a record that is not a page response."""
    if record.rec_type is None or not hasattr(record.raw_stream, "limit"):
        records.read_to_end()
        reason = "truncated WARC record: its headers are incomplete (no record type or length)"
        return error_task(f"{path}@{records.get_record_offset()}", reason)
    if record.rec_type != "response":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers
    status = http.get_statuscode() if http is not None else "200"
    content_type = http.get_header("Content-Type") if http is not None else None
    if status != "200" or not _is_page_type(content_type):
        return None
    data = record.content_stream().read(limits.max_bytes + 1)
    missing = _drain(record)
    # The offset is only known once the record's content was read.
    source = f"{path}@{records.get_record_offset()}"
    if len(data) > limits.max_bytes:
        return error_task(source, f"response over the {limits.max_bytes:,}-byte page limit")
    if missing:
        reason = (
            f"truncated WARC record: {missing:,} bytes of its {record.length:,} are missing (the file ends "
            "early); the partial page is not analysed"
        )
        logger.warning("%s: %s", source, reason)
        return error_task(source, reason)
    return PageTask(make_page_id(source, data), source, data, url=url, content_type=content_type)


def _drain(record: Any) -> int:
    """Read the rest of ``record`` (in chunks) and return how many of its declared bytes never came."""
    raw = record.raw_stream
    while raw.read(_DRAIN_CHUNK):
        pass
    missing: int = raw.limit
    return missing


def _is_page_type(content_type: str | None) -> bool:
    # A payload of a type no reader takes (an image, a script, a style sheet) is not a news page;
    # one that states no type may be.
    return not content_type or content_type_format(content_type) is not None
