"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1251/1252, and refusal of binary."""

from __future__ import annotations

import codecs
import re

from slant._errors import BinaryInputError, EmptyInputError, EncodingError

__all__ = ["decode"]

_CHARSET_IN_CONTENT_TYPE = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)
_CHARSET_IN_META = re.compile(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", re.IGNORECASE)
# Signatures of common binary formats: images, archives, PDF, office files, executables.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"\x7fELF",
    b"MZ",
    b"RIFF",
    b"\xd0\xcf\x11\xe0",
    b"\x00asm",
    b"OggS",
    b"ID3",
)


def decode(data: bytes, *, source: str = "input", content_type: str | None = None) -> str:
    """Decode a page's bytes to text with normalised line ends.

    The order of evidence: a byte-order mark; a charset in ``content_type`` or an HTML ``<meta>``;
    strict UTF-8; then charset-normalizer's guess among the encodings news pages use.

    Raises:
        EmptyInputError: no bytes, or only white space.
        BinaryInputError: the bytes are a known binary format, or full of control bytes.
        EncodingError: no encoding decodes them as text.
    """
    if not data.strip():
        raise EmptyInputError(f"{source} is empty; give a page with an article")
    if data.startswith(_BINARY_MAGIC) or _control_byte_share(data[:8192]) > 0.05:
        raise BinaryInputError(f"{source} is binary data, not a text, HTML or JSON page")
    text = _decode_text(data, source=source, content_type=content_type)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
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
    declared = _declared_charset(data, content_type)
    if declared is not None:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to the evidence of the bytes
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess(data, source)


def _declared_charset(data: bytes, content_type: str | None) -> str | None:
    if content_type:
        match = _CHARSET_IN_CONTENT_TYPE.search(content_type)
        if match:
            return match.group(1)
    meta = _CHARSET_IN_META.search(data[:4096])
    return meta.group(1).decode("ascii", "replace") if meta else None


def _guess(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1251", "cp1252", "iso-8859-1", "koi8-r", "iso-8859-2", "cp1250"]).best()
    if best is None:
        raise EncodingError(
            f"{source} is not UTF-8, Windows-1251 or Windows-1252 text; re-save it as UTF-8"
        )
    return str(best)


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
