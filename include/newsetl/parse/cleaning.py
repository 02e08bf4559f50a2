"""Text cleaning applied to every decoded file before any format reader looks at it.

Removes characters that are invisible yet change string identity (NUL, zero-width and bidi
controls, soft hyphens), unifies line breaks and normalises to NFC, so the same words always
compare equal downstream.
"""
from __future__ import annotations

import re
import unicodedata

# Invisible characters that carry no text: C0/C1 controls other than tab and newline, zero-width
# characters, bidi embedding/override/isolate controls, the BOM and the soft hyphen.
_INVISIBLE = (
    [c for c in range(0x00, 0x20) if c not in (0x09, 0x0A, 0x0D)]
    + [0x7F] + list(range(0x80, 0xA0))
    + [0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063,
       0x2064, 0xFEFF]
    + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A))
)
_DELETE_INVISIBLE = dict.fromkeys(_INVISIBLE)
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"[^\S\n]+")


def clean_text(text: str) -> str:
    """Unify line breaks to '\\n', drop invisible characters, normalise to NFC."""
    text = _LINE_BREAKS.sub("\n", text)
    text = text.translate(_DELETE_INVISIBLE)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def collapse_spaces(text: str) -> str:
    """One line of text with runs of white space (including newlines) made single spaces."""
    return " ".join(text.split())


def tidy_lines(text: str) -> str:
    """Keep line structure, but make horizontal white space single and trim each line."""
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
