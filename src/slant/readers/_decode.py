"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1251/1252, and refusal of binary."""

from __future__ import annotations

import codecs
import logging
import re

from slant._errors import BinaryInputError, EmptyInputError, EncodingError
from slant.readers._html_text import xml_safe

__all__ = ["decode"]

logger = logging.getLogger(__name__)

_CHARSET_IN_CONTENT_TYPE = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)
_CHARSET_IN_META = re.compile(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", re.IGNORECASE)
# Labels that browsers read as Windows-1252 (WHATWG Encoding Standard).
_WINDOWS_1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"}
)
# Share of high letter bytes in runs above which undeclared bytes are read as Windows-1251. Russian
# text scores 0.9-1.0 (every word is a run); French and German score 0-0.2 ("Größe" is one run).
_CYRILLIC_RUN_THRESHOLD = 0.6
# At most this share of broken bytes is replaced with U+FFFD rather than refused: one or two in a
# page are damage in transit; more mean a wrong guess of the encoding.
_MAX_BROKEN_SHARE = 0.001
# Signatures of common binary formats: images, archives, PDF, office files, executables.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",
    b"\x00asm",
)
# Signatures that are also how a line of text may start ("MZ Wallace opens...", "RIFF raids"):
# binary only when control bytes follow, as they do in the real formats' headers.
_WEAK_BINARY_MAGIC = (b"GIF8", b"BZh", b"MZ", b"RIFF", b"OggS", b"ID3")


def decode(data: bytes, *, source: str = "input", content_type: str | None = None) -> str:
    """Decode a page's bytes to text with normalised line ends.

    The order of evidence: a byte-order mark; strict UTF-8; a charset in ``content_type`` or an HTML
    ``<meta>``; then the shape of the bytes, which tells Windows-1251 (Russian) from Windows-1252
    (Western). Line ends become ``\\n``.

    Raises:
        EmptyInputError: no bytes, or only white space.
        BinaryInputError: the bytes are a known binary format, or full of control bytes.
        EncodingError: no encoding decodes them as text.
    """
    if not data.strip():
        raise EmptyInputError(f"{source} is empty; give a page with an article")
    weak = data.startswith(_WEAK_BINARY_MAGIC) and _control_byte_share(data[:64]) > 0
    if data.startswith(_BINARY_MAGIC) or weak or _control_byte_share(data[:8192]) > 0.05:
        raise BinaryInputError(f"{source} is binary data, not a text, HTML or JSON page")
    text = _decode_text(data, source=source, content_type=content_type)
    # Control characters and terminal escapes are never page text, whatever the format; dropped
    # here, no reader passes them on to a terminal summary.
    text = xml_safe(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise EmptyInputError(f"{source} is empty; give a page with an article")
    return text


def _decode_text(data: bytes, *, source: str, content_type: str | None) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _strict(data, encoding, source)
    # Valid UTF-8 wins over a declaration: pages saved from a browser keep their old
    # <meta charset="windows-1251"> after being re-encoded, while Russian or Western text in a
    # single-byte code page is practically never valid UTF-8 by accident.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        logger.warning("%s is UTF-8 with a few broken bytes; they are read as \ufffd", source)
        return data.decode("utf-8", errors="replace")
    declared = _declared_charset(data, content_type)
    if declared is not None:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to the evidence of the bytes
    return _guess(data, source)


def _declared_charset(data: bytes, content_type: str | None) -> str | None:
    label: str | None = None
    if content_type:
        match = _CHARSET_IN_CONTENT_TYPE.search(content_type)
        if match:
            label = match.group(1)
    if label is None:
        meta = _CHARSET_IN_META.search(data[:8192])
        label = meta.group(1).decode("ascii", "replace") if meta else None
    if label is None:
        return None
    label = label.strip().lower()
    # Browsers read these labels as Windows-1252 (WHATWG Encoding Standard), and so do the pages
    # that declare them: "iso-8859-1" pages are full of 0x93/0x94 curly quotes.
    return "cp1252" if label in _WINDOWS_1252_LABELS else label


def _guess(data: bytes, source: str) -> str:
    """Decode undeclared, non-UTF-8 bytes as Windows-1251 or Windows-1252, whichever the bytes fit.

    Both code pages decode nearly any byte, so the choice rests on the shape of the text: Russian
    words in Windows-1251 are runs of bytes >= 0xC0, while Western text in Windows-1252 has its
    accented letters one at a time between ASCII letters. (General detectors such as
    charset-normalizer mistake short Western texts for Windows-1250 and curly quotes for Cyrillic.)
    """
    encoding = "cp1251" if _cyrillic_run_share(data) >= _CYRILLIC_RUN_THRESHOLD else "cp1252"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    # A stray byte that the code page leaves undefined (0x98 in Windows-1251) should not cost the
    # page, nor switch it to the other code page; many of them mean another encoding altogether.
    text = data.decode(encoding, errors="replace")
    if text.count("\ufffd") <= len(data) * _MAX_BROKEN_SHARE:
        logger.warning("%s has bytes that %s does not define; they are read as \ufffd", source, encoding)
        return text
    other = "cp1252" if encoding == "cp1251" else "cp1251"
    try:
        return data.decode(other)
    except UnicodeDecodeError:
        pass
    raise EncodingError(
        f"{source} is not UTF-8, Windows-1251 or Windows-1252 text (bytes that none of them "
        "defines); re-save it as UTF-8"
    )


def _mostly_utf8(data: bytes) -> bool:
    """True when ``data`` is UTF-8 apart from a few broken bytes (a cut-off character, one stray byte).

    Text in a single-byte code page is nearly never valid UTF-8 even in part: its accented and
    Cyrillic letters make invalid sequences, not valid multi-byte ones.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = sum(1 for char in text if char > "\x7f") - broken
    return valid > 0 and broken <= len(data) * _MAX_BROKEN_SHARE and broken * 4 <= valid


def _cyrillic_run_share(data: bytes) -> float:
    """Share of letter bytes >= 0xC0 that sit next to another such byte."""
    high = 0
    in_runs = 0
    run_length = 0
    for byte in data:
        is_high = byte >= 0xC0
        if is_high:
            high += 1
            run_length += 1
        elif run_length:
            if run_length > 1:
                in_runs += run_length
            run_length = 0
    if run_length > 1:
        in_runs += run_length
    return in_runs / high if high else 0.0


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise EncodingError(
            f"{source} starts with a {encoding} byte-order mark but is not valid {encoding} "
            f"(byte {error.start}); re-save it as UTF-8"
        ) from error


def _control_byte_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return 0.0
    return controls / len(sample)
