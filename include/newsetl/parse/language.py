"""A cheap language guess from the share of very common function words.

Good enough to flag a story that is not in English for the quality checks; not a general
language identifier.
"""
from __future__ import annotations

import re

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in a is that for on with as by it was at from are be has have this "
                    "which will its an or said not but were their been after would".split()),
    "es": frozenset("el la de que y en los las del se por un una con para es al lo como su más pero "
                    "sus ha fue este esta".split()),
    "fr": frozenset("le la les de des du et en un une est que qui dans pour pas sur au aux avec par "
                    "ce il elle sont été".split()),
    "de": frozenset("der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als "
                    "auch es an wird hat".split()),
    "pt": frozenset("o a os as de do da dos das e em um uma que para com não no na por se mais ao "
                    "foi é".split()),
    "it": frozenset("il lo la i gli le di del della e che in un una per con non è da al sono si "
                    "anche nel".split()),
}
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 4000
_MIN_WORDS = 8
_MIN_SHARE = 0.12  # running English prose scores 0.3-0.5; lists of names score near 0


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the language whose function words are most frequent, or None."""
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    if len(words) < _MIN_WORDS:
        return None
    best, best_hits = None, 0
    for code, stopwords in _STOPWORDS.items():
        hits = sum(word in stopwords for word in words)
        if hits > best_hits:
            best, best_hits = code, hits
    return best if best_hits >= _MIN_SHARE * len(words) else None
