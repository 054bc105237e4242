"""Bytes to text: BOMs, declared and undeclared Windows-1251/1252, CRLF, long lines, binary and empty input;
and the sniffing of HTML, JSON and text."""

from __future__ import annotations

import codecs
import os
import socket

import pytest

from slant import BinaryInputError, EmptyInputError, EncodingError, FetchError
from slant.readers._decode import decode
from slant.readers._fetch import resolve_host

RUSSIAN = (
    "Министерство обороны России сообщило, что так называемая «умеренная оппозиция» "
    "снова нарушила режим прекращения огня."
)
WESTERN = (
    "The so-called \u201cmoderate opposition\u201d fled \u2013 that\u2019s what the caf\u00e9 owner said."
)


def test_utf8_with_and_without_bom() -> None:
    assert decode(RUSSIAN.encode("utf-8")) == RUSSIAN
    assert decode(codecs.BOM_UTF8 + RUSSIAN.encode("utf-8")) == RUSSIAN


def test_utf16_with_bom() -> None:
    assert decode(WESTERN.encode("utf-16")) == WESTERN


@pytest.mark.parametrize(
    "text", [RUSSIAN, "Привет, мир!", "ВОЕННЫЕ СООБЩИЛИ О НАСТУПЛЕНИИ", RUSSIAN + " " + WESTERN[:20]]
)
def test_undeclared_windows_1251_is_russian_not_another_cyrillic_code_page(text: str) -> None:
    assert decode(text.encode("cp1251")) == text


@pytest.mark.parametrize(
    "text",
    [
        WESTERN,
        "He said \u201cno\u201d.",
        "Le caf\u00e9 est tr\u00e8s bon \u00e0 No\u00ebl.",
        "Gr\u00f6\u00dfere \u00dcbungen f\u00fcr M\u00e4dchen",
    ],
)
def test_undeclared_windows_1252_keeps_curly_quotes_and_accents(text: str) -> None:
    assert decode(text.encode("cp1252")) == text


def test_declared_windows_1251_in_meta() -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    assert RUSSIAN in decode(page.encode("cp1251"))


def test_declared_charset_in_content_type() -> None:
    text = "Министерство обороны сообщило о наступлении."
    assert decode(text.encode("koi8-r"), content_type="text/html; charset=KOI8-R") == text


def test_iso_8859_1_declarations_are_read_as_windows_1252() -> None:
    page = f'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>{WESTERN}</p>'
    assert WESTERN in decode(page.encode("cp1252"))


def test_valid_utf8_wins_over_a_stale_declaration() -> None:
    # a page saved by a browser as UTF-8 keeps its old <meta charset="windows-1251">
    page = f'<meta charset="windows-1251"><p>{RUSSIAN}</p>'
    assert RUSSIAN in decode(page.encode("utf-8"))


def test_crlf_and_lone_cr_become_newlines() -> None:
    assert decode(b"one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


def test_very_long_lines_survive() -> None:
    line = ("word " * 400_000).strip()  # 2 MB on one line
    assert decode(line.encode("utf-8")) == line


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        os.urandom(4096),
    ],
    ids=["png", "pdf", "zip", "gzip", "random"],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInputError, match="is binary data"):
        decode(data, source="upload.bin")


@pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n", codecs.BOM_UTF8 + b"  \n"])
def test_empty_and_white_space_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match=r"page\.txt is empty"):
        decode(data, source="page.txt")


def test_bytes_no_supported_code_page_defines() -> None:
    # 0x81 and 0x98 are undefined in Windows-1252 and Windows-1251 alike
    with pytest.raises(EncodingError, match="not UTF-8, Windows-1251 or Windows-1252"):
        decode(b"Caf\x81 \x98 is this text?", source="odd.txt")


def test_a_bad_bom_is_an_encoding_error() -> None:
    with pytest.raises(EncodingError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"caf\xe9 latte", source="x.txt")


def test_an_unresolvable_host_is_a_fetch_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(*args: object, **kwargs: object) -> list[object]:
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(FetchError, match=r"cannot resolve host 'news\.example': .*Name or service not known"):
        resolve_host("news.example", 443)


def test_utf8_with_one_broken_byte_stays_utf8(caplog: pytest.LogCaptureFixture) -> None:
    text = (RUSSIAN + " " + WESTERN + "\n") * 20
    data = text.encode("utf-8")
    damaged = data[:500] + b"\xff" + data[500:]  # one stray byte in 7 kB
    decoded = decode(damaged, source="page.html")
    assert decoded.replace("\ufffd", "") == text
    assert "a few broken bytes" in caplog.text


def test_windows_1251_with_a_stray_undefined_byte_is_still_russian() -> None:
    text = (RUSSIAN + "\n") * 30
    data = text.encode("cp1251")
    damaged = data[:300] + b"\x98" + data[300:]  # 0x98 is the one byte Windows-1251 leaves undefined
    decoded = decode(damaged, source="page.html")
    assert decoded.replace("\ufffd", "") == text


@pytest.mark.parametrize(
    "data",
    [
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00",
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00",
        b"ID3\x04\x00\x00\x00\x00\x00",
    ],
)
def test_weak_signatures_with_binary_headers_are_binary(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        decode(data + b"rest of the file", source="x")


@pytest.mark.parametrize(
    "line", ["MZ Wallace opens a flagship store", "RIFF raids continue in the north", "ID3 tags explained"]
)
def test_text_that_starts_like_a_binary_signature_is_text(line: str) -> None:
    assert decode(f"{line}\n\nThe rest of the story.".encode()) == f"{line}\n\nThe rest of the story."


def test_terminal_escapes_and_control_characters_are_dropped_for_every_format() -> None:
    body = "A paragraph of the story that goes on for a while. " * 10
    data = f"Headline\x1b[2J\x1b]0;pwned\x07\n\n{body}\x00 text\x0c with a\ttab.\r\n".encode()
    assert decode(data) == f"Headline\n\n{body} text with a\ttab.\n"


def test_page_text_given_as_a_string_is_cleaned_like_bytes() -> None:
    import slant

    story = "The old bridge reopened on Monday after two years of repairs, the town council said today."
    doc = slant.read(f"<html><body><article><p>{story}\x1b[31m</p></article></body></html>")
    assert doc.article.text == story
    with pytest.raises(EmptyInputError):
        slant.read("   \n  \r\n ")
