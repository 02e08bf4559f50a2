"""The text the extractor reads: title, standfirst and body joined, with sentence spans.

Every offset the extractor reports is an offset into `Document.text`, which is
title + "\\n\\n" + description + "\\n\\n" + body (empty parts kept, so offsets are stable).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

SEPARATOR = "\n\n"

# Tokens that end with a full stop without ending a sentence.
_ABBREVIATIONS = frozenset({
    "U.S", "U.K", "U.N", "U.A.E", "E.U", "Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Corp", "Co", "Ltd", "No",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gov", "Sen",
    "Rep", "Gen", "Lt", "Col", "Jr", "Sr", "Bros", "Pty", "vs", "approx", "e.g", "i.e", "S.A", "N.V",
    "Fig", "Mt", "Ft", "Prof", "Rev", "Messrs",
})
# A sentence opens with a digit or a capital of any Latin alphabet ("... with Škoda JS. ČEZ shares rose").
_LATIN_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_BOUNDARY = re.compile(rf"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9{_LATIN_CAPITALS}])")
# Everything but letters, digits and currency signs is a word boundary for dictionary matching.
_CURRENCY_SIGNS = "$€£¥₹₩₽₺₦₱฿₫₴₸₮₪"
# On ASCII bytes: letters, digits and "$" kept, every other byte a space.
_ASCII_FOLD = bytes.maketrans(bytes(range(256)),
                              bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "$") else 32 for c in range(256)))
# Runs of non-ASCII characters encoded with errors="replace". Not `\?+`: a pattern opening with a literal
# character is searched for quickly, one opening with a repeat is tried at every position (7x slower).
_NON_ASCII_MARKS = re.compile(rb"\?\?*")


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    lowered: str  # same length as text, for case-insensitive matching at the same offsets
    folded: str  # " " + lowered with punctuation as spaces + " ": whole-word matching (see matcher.py)
    description_start: int
    body_start: int

    def section(self, offset: int) -> str:
        if offset >= self.body_start:
            return "body"
        if offset >= self.description_start:
            return "description"
        return "title"


_new_tuple = tuple.__new__


class Sentence(NamedTuple):
    start: int
    end: int
    text: str
    section: str  # 'title', 'description' or 'body'


def lower_same_length(text: str) -> str:
    """Lower-case `text` without changing its length (a few characters lower-case to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def whole_word_positions(text: str, word: str, in_compounds: bool = False) -> list[int]:
    """Where `word` stands alone in `text`: not inside a longer word, nor in a hyphenated compound unless
    `in_compounds` ("Amman-based" names Amman)."""
    positions = []
    at = text.find(word)
    while at >= 0:
        before = text[at - 1:at]
        after = text[at + len(word):at + len(word) + 1]
        if not (before.isalnum() or after.isalnum()) and (in_compounds or "-" not in (before, after)):
            positions.append(at)
        at = text.find(word, at + 1)
    return positions


def build_document(title: str, description: str | None, body: str) -> Document:
    title = title or ""
    description = description or ""
    text = f"{title}{SEPARATOR}{description}{SEPARATOR}{body or ''}"
    description_start = len(title) + len(SEPARATOR)
    body_start = description_start + len(description) + len(SEPARATOR)
    lowered = lower_same_length(text)
    return Document(text=text, lowered=lowered, folded=f" {fold_for_matching(lowered)} ",
                    description_start=description_start, body_start=body_start)


def fold_for_matching(lowered: str) -> str:
    """Lower-cased text with every character but letters, digits and currency signs as a space.

    ASCII text goes through one byte-table lookup (fast in CPython); the few other characters of an
    English article (curly quotes, dashes, accented letters, "€") are put back one by one."""
    if lowered.isascii():
        return lowered.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    # A real "?" folds to a space anyway: made one first, every "?" left stands for a non-ASCII character,
    # and runs of "?" in bytes are found far faster than runs of non-ASCII characters in the text.
    encoded = lowered.replace("?", " ").encode("ascii", "replace")  # one byte per character: offsets kept
    folded = encoded.translate(_ASCII_FOLD).decode("ascii")
    pieces, last = [], 0
    for run in _NON_ASCII_MARKS.finditer(encoded):
        start, end = run.span()
        pieces.append(folded[last:start])
        pieces.append("".join(ch if ch.isalnum() or ch in _CURRENCY_SIGNS else " " for ch in lowered[start:end]))
        last = end
    pieces.append(folded[last:])
    return "".join(pieces)


_LEGAL_ABBREVIATIONS = frozenset({"Inc", "Corp", "Co", "Ltd", "Plc", "plc"})
# Words that open a sentence and never continue a company name: "... Metals Corp. Shares of X rose".
_SENTENCE_OPENERS = frozenset("""
The It Its Shares He She They This That These Those In On At A An But However Meanwhile Separately Analysts
Earlier Also Under After While We Our Both Following According Last Despite Since Officials
""".split())


def _legal_form_ends_sentence(chunk: str, following: str) -> bool:
    """"Inc." or "Corp." closes the sentence when the next word opens one."""
    words = chunk.rsplit(None, 1)
    if not words or words[-1].rstrip(".") not in _LEGAL_ABBREVIATIONS:
        return False
    after = following.split(None, 1)
    return bool(after) and after[0].strip("\"“‘(,") in _SENTENCE_OPENERS


def _ends_with_abbreviation(chunk: str) -> bool:
    words = chunk.rsplit(None, 1)
    if not words:
        return False
    token = words[-1].lstrip("(\"“‘").rstrip(".")
    if token in _ABBREVIATIONS:
        return True
    # An initial ("J. Smith") or a dotted acronym ("U.S.") does not end a sentence.
    # "C$52.10" or "A$1.5" at a sentence's end is an amount, not an acronym.
    letters = token.replace(".", "")
    return len(token) == 1 and token.isupper() or ("." in token and letters.isalpha() and letters.isupper())


def split_sentences(doc: Document) -> list[Sentence]:
    """Sentences of the document: every line break ends one, as does terminal punctuation."""
    sentences: list[Sentence] = []
    text = doc.text
    position = 0
    for line in text.split("\n"):
        line_start = position
        position += len(line) + 1
        if not line.strip():
            continue
        start = 0
        for boundary in _BOUNDARY.finditer(line):
            if not _ends_sentence(line[start:boundary.start() + 1], line[boundary.end():boundary.end() + 20]):
                continue
            _append(sentences, doc, line_start + start, line_start + boundary.end(), line[start:boundary.end()])
            start = boundary.end()
        _append(sentences, doc, line_start + start, line_start + len(line), line[start:])
    return sentences


def sentence_ends_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends in text[start:end], by `split_sentences`'s rules: "from U.S. and Asian funds" or
    "with Tessaro Corp. at 42 cents" goes on."""
    return any(_ends_sentence(text[start:boundary.start() + 1], text[boundary.end():boundary.end() + 20])
               for boundary in _BOUNDARY.finditer(text, start, min(len(text), end + 1)))


def _ends_sentence(piece: str, following: str) -> bool:
    """Whether the punctuation closing `piece` ends a sentence: not after an abbreviation ("U.S.", "Corp."),
    unless a legal form closes the sentence before `following`."""
    return not _ends_with_abbreviation(piece) or _legal_form_ends_sentence(piece, following)


def _append(sentences: list[Sentence], doc: Document, start: int, end: int, piece: str) -> None:
    stripped = piece.strip()
    if not stripped:
        return
    if piece[0].isspace():
        start += len(piece) - len(piece.lstrip())
    section = "body" if start >= doc.body_start else "description" if start >= doc.description_start else "title"
    sentences.append(_new_tuple(Sentence, (start, start + len(stripped), stripped, section)))
