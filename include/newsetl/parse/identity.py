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


def fold_for_identity(text: str) -> str:
    """Compatibility-normalised, case-folded words separated by single spaces, punctuation dropped."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub(" ", text).strip()


def article_id(title: str, body: str) -> str:
    """sha256 hex of the folded title and body."""
    key = f"{fold_for_identity(title)}\n{fold_for_identity(body)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
