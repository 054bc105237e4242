"""Reading comment files for `slant toxicity`: formats, alignment and one-line errors."""

from __future__ import annotations

import pytest

from slant import BinaryInputError, EmptyInputError, EncodingError, InputError
from slant.toxicity._io import format_from_name, read_comments


def test_plain_text_keeps_one_row_per_line_including_blank_lines() -> None:
    assert read_comments(b"one\n\nthree\n", format="text") == ["one", "", "three"]
    assert read_comments(b"one\r\ntwo", format="text") == ["one", "two"]


def test_csv_needs_the_text_column_and_lists_the_columns() -> None:
    data = b'id,comment\n1,"hello, world"\n2,"multi\nline"\n'
    assert read_comments(data, format="csv", text_column="comment") == ["hello, world", "multi\nline"]
    with pytest.raises(InputError, match=r"--text-column.*'id', 'comment'"):
        read_comments(data, format="csv")
    with pytest.raises(InputError, match=r"no column 'text'.*'id', 'comment'"):
        read_comments(data, format="csv", text_column="text")


def test_tsv_and_bom() -> None:
    assert read_comments("\ufefftext\tx\nhi\t1\n".encode(), format="tsv", text_column="text") == ["hi"]


def test_jsonl_reads_the_text_field_and_skips_blank_lines() -> None:
    data = b'{"text": "a", "id": 1}\n\n{"text": "b"}\n'
    assert read_comments(data, format="jsonl") == ["a", "b"]
    assert read_comments(b'{"body": "x"}\n', format="jsonl", text_column="body") == ["x"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"text": "a"}\n{oops\n', "line 2 is not valid JSON"),
        (b'{"body": "a"}\n', "field 'text' is missing \\(fields: 'body'\\)"),
        (b'{"text": 3}\n', "a int, not a string"),
        (b"[1, 2]\n", "not an object"),
    ],
)
def test_jsonl_errors_name_the_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_comments(data, format="jsonl")


def test_auto_detects_jsonl_csv_and_text() -> None:
    assert read_comments(b'{"text": "a"}\n') == ["a"]
    assert read_comments(b"text\nhi\n", text_column="text") == ["hi"]
    assert read_comments(b"just a comment\n") == ["just a comment"]


def test_bad_bytes_are_refused_with_one_line_errors() -> None:
    with pytest.raises(EmptyInputError):
        read_comments(b"")
    with pytest.raises(BinaryInputError):
        read_comments(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(EncodingError, match="not UTF-8"):
        read_comments(b"caf\xe9 au lait\n")


def test_format_from_name() -> None:
    assert format_from_name("a.CSV") == "csv"
    assert format_from_name("a.jsonl") == "jsonl"
    assert format_from_name("a.txt") == "text"
    assert format_from_name("comments") == "auto"
