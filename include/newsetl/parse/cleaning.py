"""Text cleaning applied to every decoded file before any format reader looks at it.

Removes characters that are invisible yet change string identity (NUL and other control
characters, zero-width and bidi controls, soft hyphens), unifies line breaks and normalises
to NFC, so the same words always compare equal downstream.
"""
from __future__ import annotations

import re
import unicodedata

# C0/C1 controls other than tab and newline, the soft hyphen, zero-width characters, bidi
# marks, embeddings, overrides and isolates, invisible operators and the BOM.
_INVISIBLE_CHARS = ("\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u061c\u180e\u200b-\u200f"
                    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff")
_LINE_BREAK_CHARS = "\r\x0b\x0c\x85\u2028\u2029"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
_LINE_BREAK = re.compile(f"[{_LINE_BREAK_CHARS}]")
_NEEDS_CLEANING = re.compile(f"[{_INVISIBLE_CHARS}{_LINE_BREAK_CHARS}]")


def clean_text(text: str) -> str:
    """Unify line breaks to '\\n', drop invisible characters, normalise to NFC."""
    if _NEEDS_CLEANING.search(text):  # one scan decides, for the common case of clean text
        text = _LINE_BREAK.sub("\n", text.replace("\r\n", "\n"))
        text = _INVISIBLE.sub("", text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def collapse_spaces(text: str) -> str:
    """One line of text with runs of white space (including newlines) made single spaces."""
    return text if _is_tidy(text) else " ".join(text.split())


def tidy_lines(text: str) -> list[str]:
    """The lines of `text`, each trimmed, with the white space inside it made single."""
    return [line if _is_tidy(line) else " ".join(line.split()) for line in text.split("\n")]


def _is_tidy(line: str) -> bool:
    """True when `line` has no white space but single spaces between words: every white-space character
    but the space is unprintable, so one C-speed scan clears most lines without splitting them."""
    return line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " "
