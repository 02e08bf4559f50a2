"""article_id: the identity of a story, from its words alone.

Two copies of a story (a page scrape and the news-API record of it, say) differ in quote
styles, dashes, white space, paragraph breaks and letter case; none of that changes the id.
The file name, format and dates are deliberately not part of it.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")
# ASCII bytes: letters lower-cased, digits kept, everything else a space; bytes of non-ASCII
# characters (0x80-0xFF) pass through untouched and are folded word by word below.
_ASCII_FOLD = bytes(
    b + 32 if 65 <= b <= 90 else b if (48 <= b <= 57 or 97 <= b <= 122 or b >= 128) else 32
    for b in range(256)
)


def identity_key(text: str) -> str:
    """The words of `text`, compatibility-normalised and case-folded, single-spaced, punctuation dropped.

    Same result as `_fold_slowly` on the whole text; this way only the few words holding
    non-ASCII characters pay for Unicode-aware folding.
    """
    words = text.encode("utf-8").translate(_ASCII_FOLD).decode("utf-8").split()
    if not text.isascii():
        words = [word if word.isascii() else _fold_slowly(word) for word in words]
    return " ".join(word for word in words if word)


def _fold_slowly(text: str) -> str:
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def article_id_of_keys(title_key: str, body_key: str) -> str:
    """sha256 hex of the identity keys of a title and a body."""
    return hashlib.sha256(f"{title_key}\n{body_key}".encode("utf-8")).hexdigest()


def article_id(title: str, body: str) -> str:
    """sha256 hex of the folded title and body."""
    return article_id_of_keys(identity_key(title), identity_key(body))
