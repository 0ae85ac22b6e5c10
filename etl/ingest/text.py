"""Bytes to text: binary sniffing and encoding choice (UTF-8 strictly, then BOM, then cp1252).

Bytes that the chosen encoding cannot read become lone surrogates (error handler `ESCAPE`), so
the one record that holds them is rejected as `undecodable` and the rest of the file is kept.
"""

from __future__ import annotations

import codecs
import re

HEAD_BYTES = 1 << 20

_BINARY_MAGIC = (
    b"\x89PNG",
    b"\x1f\x8b",  # gzip
    b"PK\x03\x04",  # zip, xlsx, docx
    b"%PDF",
    b"\xff\xd8\xff",  # jpeg
    b"GIF8",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"\x7fELF",
    b"\x28\xb5\x2f\xfd",  # zstd
)
PARQUET_MAGIC = b"PAR1"

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")
ESCAPE = "etl-undecodable"


def _escape_undecodable(exc: UnicodeError) -> tuple[str, int]:
    """Like `surrogateescape`, but for every byte, also ASCII ones: a UTF-16 file cut mid-character
    ends in a lone byte that `surrogateescape` refuses, so decoding would raise."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(chr(0xDC00 + b) for b in bad), exc.end


codecs.register_error(ESCAPE, _escape_undecodable)
_NON_ASCII_OK = re.compile("[\u0080-\ud7ff\ue000-\U0010ffff]")
NEWLINE = re.compile(r"\r\n|\r|\n")


def bom_encoding(head: bytes) -> str | None:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def binary_kind(head: bytes) -> str | None:
    """A short name for what binary file this is, or None for text (or Parquet)."""
    for magic in _BINARY_MAGIC:
        if head.startswith(magic):
            return f"magic bytes {magic[:4]!r}"
    if bom_encoding(head) in ("utf-16", "utf-32"):
        return None
    if b"\x00" in head[:8192]:
        return "NUL bytes"
    return None


def sniff_encoding(head: bytes, *, complete: bool) -> str:
    """The encoding to read a file with, judged from its first bytes (all of them if `complete`)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    bom = bom_encoding(head)
    if bom:
        return bom
    if _NON_ASCII_OK.search(head.decode("utf-8", errors="surrogateescape")):
        return "utf-8"  # real UTF-8 with a few bad bytes: those records are undecodable
    return "cp1252"  # cp1252's five unused bytes surface as undecodable records


def decode(data: bytes) -> tuple[str, str]:
    """Decode a whole file; returns (text, encoding). Never raises."""
    encoding = sniff_encoding(data, complete=True)
    try:
        return data.decode(encoding, errors=ESCAPE), encoding
    except UnicodeDecodeError:  # not expected: ESCAPE takes every byte
        return data.decode("utf-8", errors=ESCAPE), "utf-8"


def has_undecodable(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR or LF only (not on the other characters `str.splitlines` breaks on)."""
    return NEWLINE.split(text)


def safe_text(text: str) -> str:
    """Text that Arrow can store: each undecodable byte shown as `\\xNN`."""
    if not has_undecodable(text):
        return text
    return _SURROGATE.sub(lambda m: f"\\x{(ord(m.group()) - 0xDC00) & 0xFF:02x}", text)
