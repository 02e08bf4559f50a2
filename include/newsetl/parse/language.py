"""A cheap language guess from the share of very common function words.

Good enough to flag a story that is not in English for the quality checks; not a general
language identifier.
"""
from __future__ import annotations

from collections import Counter
from itertools import chain

_STOPWORDS: dict[str, str] = {
    "en": "the of and to in a is that for on with as by it was at from are be has have this which will its "
          "an or said not but were their been after would",
    "es": "el la de que y en los las del se por un una con para es al lo como su más pero sus ha fue "
          "este esta",
    "fr": "le la les de des du et en un une est que qui dans pour pas sur au aux avec par ce il elle sont "
          "été",
    "de": "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an "
          "wird hat",
    "pt": "o a os as de do da dos das e em um uma que para com não no na por se mais ao foi é",
    "it": "il lo la i gli le di del della e che in un una per con non è da al sono si anche nel",
}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in _STOPWORDS.items():
    for _word in _words.split():
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _code)

SAMPLE_WORDS = 150  # enough to tell
_MIN_WORDS = 8
_MIN_SHARE = 0.12  # running English prose scores 0.3-0.5; lists of names score near 0


def guess_language(words: list[str]) -> str | None:
    """ISO 639-1 code of the language whose function words are most frequent among the first
    SAMPLE_WORDS of `words` (lower case, punctuation removed: an identity key split at spaces)."""
    sample = words[:SAMPLE_WORDS]
    if len(sample) < _MIN_WORDS:
        return None
    # one count per language of each function word, in the order the words come: a tie goes to the language
    # whose word comes first (counting words through a set left it to the set's order, which string hashing
    # makes differ from run to run)
    hits = Counter(chain.from_iterable(filter(None, map(_LANGUAGES_OF.get, sample))))
    if not hits:
        return None
    code, count = hits.most_common(1)[0]
    return code if count >= _MIN_SHARE * len(sample) else None
