"""article_id: the identity of a story, from its words alone.

Two copies of a story (a page scrape and the news-API record of it, say) differ in quote
styles, dashes, white space, paragraph breaks and letter case; none of that changes the id.
The file name, format and dates are deliberately not part of it.
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")
# ASCII bytes: letters lower-cased, digits kept, everything else a space; bytes of non-ASCII
# characters (0x80-0xFF) pass through untouched and are folded character by character below.
_ASCII_FOLD = bytes(
    b + 32 if 65 <= b <= 90 else b if (48 <= b <= 57 or 97 <= b <= 122 or b >= 128) else 32
    for b in range(256)
)
_ASCII_BYTES = bytes(range(128))
# Above this many distinct non-ASCII characters (text in a non-Latin script) the definition's one regex pass
# beats a str.replace per character, which would grow with their number times the text's length.
_MAX_REPLACED_CHARS = 32


def identity_key(text: str) -> str:
    """The words of `text`, compatibility-normalised and case-folded, single-spaced, punctuation dropped."""
    return " ".join(identity_words(text))


def identity_words(text: str) -> list[str]:
    """The words of `identity_key(text)`: `_NOT_WORD.sub(" ", NFKC(text).casefold()).split()`, faster.

    After NFKC every step is a mapping of single characters: ASCII goes in one byte translation, and
    each distinct non-ASCII character (a page has a handful: quotes, dashes, accented letters) is
    replaced once by its folded form, so no per-word or whole-text Unicode pass is needed.
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii").split()
    normalized = unicodedata.normalize("NFKC", text)
    folded = normalized.encode("utf-8").translate(_ASCII_FOLD)
    others = set(folded.translate(None, _ASCII_BYTES).decode("utf-8"))  # its distinct non-ASCII characters
    if len(others) > _MAX_REPLACED_CHARS:
        return _NOT_WORD.sub(" ", normalized.casefold()).split()
    text = folded.decode("utf-8")
    for char in others:  # a folded character folds to itself: the order of replacing does not matter
        text = text.replace(char, _folded_char(char))
    return text.split()


@functools.lru_cache(maxsize=4096)
def _folded_char(char: str) -> str:
    """One non-ASCII character case-folded (to one or more characters), each then a space if it is no
    word character; ASCII that case folding yields is folded as above."""
    return "".join(
        folded.encode("ascii").translate(_ASCII_FOLD).decode("ascii") if folded.isascii()
        else " " if _NOT_WORD.match(folded) else folded
        for folded in char.casefold())


def article_id_of_keys(title_key: str, body_key: str) -> str:
    """sha256 hex of the identity keys of a title and a body."""
    return hashlib.sha256(f"{title_key}\n{body_key}".encode("utf-8")).hexdigest()


def article_id(title: str, body: str) -> str:
    """sha256 hex of the folded title and body."""
    return article_id_of_keys(identity_key(title), identity_key(body))
