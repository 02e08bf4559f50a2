"""Bytes to text: recognise binary content and pick the encoding a file was written in.

Order of trust: a byte-order mark; strict UTF-8 (what nearly every feed sends); a charset the
document itself declares (HTML); Windows-1252, the usual encoding of "ANSI" exports, whose
printable range is a superset of Latin-1's; then charset-normalizer for text that is neither.
"""
from __future__ import annotations

import codecs
import re

from newsetl.parse.draft import Rejected

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"bplist", "a macOS property list"),
    (b"\x00\x05\x16\x07", "a macOS resource fork (AppleDouble)"),
)
# Bytes that never occur in text: C0 controls other than tab, newline, carriage return,
# form feed and escape.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_BINARY_SHARE = 0.02  # above this share of control bytes a file is not text
_SAMPLE = 64 * 1024
_LATIN_HIGH_SHARE = 0.3
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decode a whole file; raise `Rejected` when the bytes are not text."""
    wide = decode_wide_unicode(data)
    if wide is not None:
        reject_control_bytes(wide[:_SAMPLE].encode("utf-8", errors="replace"))
        return wide
    data = data.removeprefix(codecs.BOM_UTF8)
    reject_binary_formats(data)
    reject_control_bytes(data)
    return decode_text_bytes(data, declared=_declared_charset(data) if html else None)


def decode_wide_unicode(data: bytes) -> str | None:
    """Text of bytes written in UTF-16 or UTF-32 (with a byte-order mark, or UTF-16 without); else None."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    utf16 = _bomless_utf16(data)
    return data.decode(utf16, errors="replace") if utf16 else None


def decode_text_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode bytes already known to be text (no BOM, not binary)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):  # UTF-8 with a few damaged bytes: cp1252 would mangle every accent
        return data.decode("utf-8", errors="replace")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    # The five bytes cp1252 leaves undefined are read as Latin-1 (C1 controls, removed later).
    text = data.decode("cp1252", errors=_LATIN1_FALLBACK)
    if _looks_latin(data):
        return text
    return _best_guess(data) or text


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start:error.end].decode("latin-1"), error.end


_LATIN1_FALLBACK = "newsetl-latin1-fallback"
codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


def reject_binary_formats(data: bytes) -> None:
    """`Rejected` naming the format when the bytes open like a known binary file format."""
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise Rejected(f"content is {what}, not text; convert it to text "
                           "or remove it from the landing folder")


def reject_control_bytes(data: bytes) -> None:
    """`Rejected` when more than a trace of the bytes are control codes that text never holds."""
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _BINARY_SHARE * len(sample):
        share = 100 * controls / len(sample)
        raise Rejected(f"binary content, not text ({share:.0f}% control bytes); "
                       "deliver the article as UTF-8 text")


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes look like ASCII text in UTF-16 without a BOM."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    # Browsers read pages declared Latin-1 or ASCII as Windows-1252, and so does the fallback.
    return None if codec in ("latin-1", "iso8859-1", "ascii", "cp1252") else codec


def _mostly_utf8(data: bytes) -> bool:
    """True when well-formed UTF-8 sequences outnumber the stray high bytes around them."""
    sequences = _UTF8_MULTIBYTE.findall(data)
    stray = len(_HIGH_BYTE.findall(data)) - sum(map(len, sequences))
    return len(sequences) > stray


def _looks_latin(data: bytes) -> bool:
    """True for Western European text: bytes above 0x7F (accents, curly quotes) are a minority.

    Text in Cyrillic, Greek or Asian legacy encodings is mostly high bytes.
    """
    return len(_HIGH_BYTE.findall(data[:_SAMPLE])) <= _LATIN_HIGH_SHARE * min(len(data), _SAMPLE)


def _best_guess(data: bytes) -> str | None:
    # Imported here: only text in a non-Western legacy encoding pays for the detector.
    from charset_normalizer import from_bytes

    match = from_bytes(data[:_SAMPLE]).best()
    if match is None:
        return None
    try:
        return data.decode(match.encoding)
    except (LookupError, UnicodeDecodeError):
        return None
