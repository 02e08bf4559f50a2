"""article_id: the identity of a story, from its words alone.

Two copies of a story (a page scrape and the news-API record of it, say) differ in quote
styles, dashes, white space, paragraph breaks and letter case; none of that changes the id.
The file name, format and dates are deliberately not part of it.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from itertools import compress
from operator import not_

_NOT_WORD = re.compile(r"[\W_]+")
# ASCII bytes: letters lower-cased, digits kept, everything else a space; bytes of non-ASCII
# characters (0x80-0xFF) pass through untouched and are folded word by word below.
_ASCII_FOLD = bytes(
    b + 32 if 65 <= b <= 90 else b if (48 <= b <= 57 or 97 <= b <= 122 or b >= 128) else 32
    for b in range(256)
)


def identity_key(text: str) -> str:
    """The words of `text`, compatibility-normalised and case-folded, single-spaced, punctuation dropped.

    Same result as `_NOT_WORD.sub(" ", normalised text)`, faster: ASCII punctuation goes in one
    byte translation, and only the few words holding other characters meet the Unicode regex.
    """
    ascii_only = text.isascii()
    if not ascii_only:
        text = unicodedata.normalize("NFKC", text).casefold()
    words = text.encode("utf-8").translate(_ASCII_FOLD).decode("utf-8").split()
    if ascii_only:
        return " ".join(words)
    split_or_emptied = False
    for index in compress(range(len(words)), map(not_, map(str.isascii, words))):
        folded = _NOT_WORD.sub(" ", words[index]).strip()
        split_or_emptied = split_or_emptied or not folded or " " in folded
        words[index] = folded
    key = " ".join(words)
    return " ".join(key.split()) if split_or_emptied else key


def article_id_of_keys(title_key: str, body_key: str) -> str:
    """sha256 hex of the identity keys of a title and a body."""
    return hashlib.sha256(f"{title_key}\n{body_key}".encode("utf-8")).hexdigest()


def article_id(title: str, body: str) -> str:
    """sha256 hex of the folded title and body."""
    return article_id_of_keys(identity_key(title), identity_key(body))
