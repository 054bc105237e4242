"""Reading a file of comments for ``slant toxicity``: CSV, JSONL or plain text, one comment per row.

Plain text is one comment per line. Every line is a row, blank ones included (they score 0.0 on
every label), so output line N always answers input line N; only the newline that ends the file
does not start another row. JSONL skips blank lines (they are not records in JSONL).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from pathlib import Path
from typing import Literal

from slant._errors import BinaryInputError, EmptyInputError, EncodingError, InputError

__all__ = [
    "ID_COLUMNS",
    "CommentFormat",
    "RowId",
    "decode_comments",
    "format_from_name",
    "read_comment_rows",
    "read_comments",
]

CommentFormat = Literal["auto", "csv", "tsv", "jsonl", "text"]

_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"MZ")
csv.field_size_limit(10_000_000)


def format_from_name(name: str) -> CommentFormat:
    """Guess a format from a file name's extension ("auto" when it says nothing)."""
    suffix = Path(name).suffix.lower()
    return {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "text"}.get(
        suffix, "auto"
    )  # type: ignore[return-value]


def decode_comments(data: bytes, *, source: str) -> str:
    """Decode bytes as UTF-8 (or UTF-16 with a byte-order mark), refusing binary data.

    Raises:
        EmptyInputError: no bytes at all.
        BinaryInputError: an image, archive or other binary file.
        EncodingError: not UTF-8 text.
    """
    if not data:
        raise EmptyInputError(f"{source} is empty; give one comment per line, a CSV or a JSONL file")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16").replace("\r\n", "\n")
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise BinaryInputError(
            f"{source} is binary data, not text; give a CSV, JSONL or plain-text file of comments"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EncodingError(
            f"{source} is not UTF-8 (byte {error.start} cannot be decoded); convert it, e.g. iconv -f cp1252 -t utf-8"
        ) from error
    return text.replace("\r\n", "\n").replace("\r", "\n")


#: Columns (CSV) or fields (JSONL) that name a row's id, first found wins (issue 17: output lines carry it).
ID_COLUMNS: tuple[str, ...] = ("id", "comment_id")

#: A row's id as the input gave it: a string, or a JSON number.
RowId = str | int | float


def read_comments(
    data: bytes, *, format: CommentFormat = "auto", text_column: str | None = None, source: str = "input"
) -> list[str]:
    """The comments in ``data``, one per input row, in order (see :func:`read_comment_rows`)."""
    return [
        text for text, _ in read_comment_rows(data, format=format, text_column=text_column, source=source)
    ]


def read_comment_rows(
    data: bytes, *, format: CommentFormat = "auto", text_column: str | None = None, source: str = "input"
) -> list[tuple[str, RowId | None]]:
    """The comments in ``data`` with their row ids, one per input row, in order.

    A CSV/TSV row's id is its ``id`` (else ``comment_id``) column, a JSONL record's its ``id`` (else
    ``comment_id``) field when that is a string or a number; plain text has no ids (None).

    Args:
        data: the file's bytes.
        format: ``csv``/``tsv`` (needs ``text_column``), ``jsonl`` (field ``text``, or ``text_column``),
            ``text`` (one comment per line), or ``auto``: JSONL when the first non-blank line is a JSON
            object, CSV when ``text_column`` is given, else text.
        text_column: the CSV column (or JSONL field) holding the comment.
        source: the name used in error messages.

    Raises:
        InputError: (and subclasses) with a one-line message saying what is wrong and how to fix it.
    """
    text = decode_comments(data, source=source)
    if format == "auto":
        first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        format = "jsonl" if first.startswith("{") else "csv" if text_column else "text"
    if format in ("csv", "tsv"):
        return _read_csv(text, delimiter="\t" if format == "tsv" else ",", column=text_column, source=source)
    if format == "jsonl":
        return _read_jsonl(text, field=text_column or "text", source=source)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        raise EmptyInputError(f"{source} holds no lines; give one comment per line")
    return [(line, None) for line in lines]


def _read_csv(
    text: str, *, delimiter: str, column: str | None, source: str
) -> list[tuple[str, RowId | None]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise EmptyInputError(f"{source} has no header row; a CSV needs one naming its columns") from None
    except csv.Error as error:
        raise InputError(f"{source} is not valid CSV ({error}); check its quoting") from error
    names = ", ".join(repr(h) for h in header)
    if column is None:
        raise InputError(f"{source} is CSV: name the comment column with --text-column (columns: {names})")
    if column not in header:
        raise InputError(f"{source} has no column {column!r}; choose --text-column from: {names}")
    index = header.index(column)
    id_index = next((header.index(name) for name in ID_COLUMNS if name in header and name != column), None)
    out: list[tuple[str, RowId | None]] = []
    try:
        for row in reader:
            if not row:
                continue
            row_id = row[id_index] if id_index is not None and id_index < len(row) else None
            out.append((row[index] if index < len(row) else "", row_id))
    except csv.Error as error:
        raise InputError(
            f"{source} is not valid CSV at line {reader.line_num} ({error}); check its quoting"
        ) from error
    return out


def _read_jsonl(text: str, *, field: str, source: str) -> list[tuple[str, RowId | None]]:
    out: list[tuple[str, RowId | None]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(
                f"{source} line {number} is not valid JSON ({error.msg}); JSONL needs one object per line"
            ) from error
        if not isinstance(record, dict):
            raise InputError(
                f"{source} line {number} is a JSON {type(record).__name__}, not an object with a {field!r} field"
            )
        value = record.get(field)
        if not isinstance(value, str):
            fields = ", ".join(repr(k) for k in record) or "none"
            what = "missing" if value is None else f"a {type(value).__name__}, not a string"
            raise InputError(
                f"{source} line {number}: field {field!r} is {what} (fields: {fields}); name another with --text-column"
            )
        out.append((value, _row_id(record, field)))
    if not out:
        raise EmptyInputError(f"{source} holds no JSON records; JSONL needs one object per line")
    return out


def _row_id(record: dict[str, object], field: str) -> RowId | None:
    """The record's id: the first of :data:`ID_COLUMNS` holding a string or a number (not a bool)."""
    for name in ID_COLUMNS:
        value = record.get(name)
        if name != field and isinstance(value, str | int | float) and not isinstance(value, bool):
            return value
    return None
