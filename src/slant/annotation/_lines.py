"""Where in a file a thing was read, for one-line errors that name the line (``tasks.json:12``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from slant._errors import InputError, MissingInputError

__all__ = ["json_array_items", "read_text"]


def read_text(path: Path) -> str:
    """The UTF-8 text of ``path`` exactly as on disk (no newline translation: offsets count every character).

    Raises:
        MissingInputError: no such file.
        InputError: not UTF-8.
    """
    if not path.is_file():
        raise MissingInputError(f"expected a file; {str(path)!r} does not exist")
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as error:
        raise InputError(
            f"expected UTF-8 text in {str(path)!r}; decoding failed at byte {error.start}"
        ) from error


def _line_at(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def json_array_items(path: Path) -> Iterator[tuple[int, Any]]:
    """``(line, item)`` for each item of the JSON array in ``path``: the line where the item starts.

    Raises:
        InputError: the file is not a JSON array; the message names the line of the fault.
    """
    text = read_text(path)
    decoder = json.JSONDecoder()
    index = len(text) - len(text.lstrip())
    if not text.startswith("[", index):
        raise InputError(f"{path}:{_line_at(text, index)}: expected a JSON array of tasks ('[' first)")
    index += 1
    expect_item = True
    while True:
        while index < len(text) and text[index] in " \t\r\n":
            index += 1
        if index >= len(text):
            raise InputError(f"{path}:{_line_at(text, index)}: the JSON array is not closed (']' missing)")
        if text[index] == "]":
            break
        if not expect_item:
            if text[index] != ",":
                raise InputError(f"{path}:{_line_at(text, index)}: expected ',' or ']' between tasks")
            index += 1
            expect_item = True
            continue
        try:
            item, end = decoder.raw_decode(text, index)
        except json.JSONDecodeError as error:
            raise InputError(
                f"{path}:{error.lineno}: not valid JSON ({error.msg}, column {error.colno})"
            ) from error
        yield _line_at(text, index), item
        index = end
        expect_item = False
    if text[index + 1 :].strip():
        raise InputError(f"{path}:{_line_at(text, index + 1)}: unexpected text after the JSON array")
