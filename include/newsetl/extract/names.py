"""Company name normalisation: one key for "JERA Co., Inc.", "Jera" and "JERA"."""
from __future__ import annotations

import re
import unicodedata

# Legal forms and corporate-structure words that do not distinguish one company from another: the
# set the evaluation ignores, so a name without them is still the same company ("JERA Co., Inc.").
LEGAL_SUFFIXES = frozenset({
    "inc", "corp", "ltd", "co", "plc", "group", "holdings", "limited", "corporation", "company", "sa", "ag",
    "nv", "llc", "pty", "bhd", "spa", "se", "asa", "ab", "oyj", "kk", "tbk", "jsc", "pjsc", "ojsc", "pao", "oy",
    "gmbh", "nl",  # "nl": Australian "no liability" miners ("Tarnow Resources NL")
    "bv",  # Dutch: "Japan Australia Rare Earths B.V."
    "pte", "sdn",  # Singapore "Pte Ltd", Malaysia "Sdn Bhd": "Pavilion Energy Pte Ltd" is Pavilion Energy
})
# Legal forms written before the name: Indonesian "PT Vale Indonesia Tbk" is Vale Indonesia; Russian and
# Central Asian joint-stock companies: "PJSC Tarvek Neft" is Tarvek Neft.
LEADING_LEGAL_FORMS = frozenset({"pt", "jsc", "pjsc", "ojsc"})
# Every legal form: a capitalised phrase ending in one of these is a company ("Aethon United LP").
LEGAL_FORMS = LEGAL_SUFFIXES | frozenset({
    "incorporated", "lp", "llp", "gmbh", "bv", "sas", "sarl", "berhad", "tbk", "jsc", "pjsc", "ojsc", "pao",
    "oao", "sdn", "holding", "sab", "ltda", "kgaa", "srl",
})
_SUFFIX_TOKEN = re.compile(r"^[\W_]*([A-Za-z.]+?)[.,]*$")
_NON_WORD = re.compile(r"[^\w\s]")
_DOTTED_INITIALS = re.compile(r"\b(?:[A-Za-z]\.){1,3}[A-Za-z]\b\.?")  # "B.V.", "S.A.", "U.S."


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, white space single."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(_NON_WORD.sub(" ", text).split())


def company_key(name: str) -> str:
    """The identity of a company name: folded, without legal suffixes or a leading 'the'."""
    # initials are one word, so a dotted legal form is found as a suffix: "B.V." is "bv", not "b v"
    undotted = _DOTTED_INITIALS.sub(lambda initials: initials.group().replace(".", ""), name)
    words = fold(undotted.replace("&", " and ")).split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    if len(words) > 2 and words[0] in LEADING_LEGAL_FORMS:
        words.pop(0)
    return " ".join(words)


def _is_legal_suffix(token: str) -> bool:
    found = _SUFFIX_TOKEN.match(token)
    return found is not None and found.group(1).replace(".", "").lower() in LEGAL_SUFFIXES


def clean_company_name(surface: str) -> str:
    """A display name for a discovered company: trailing legal forms, commas and 'The' removed."""
    tokens = surface.replace(",", " ").split()
    while len(tokens) > 1 and _is_legal_suffix(tokens[-1]):
        tokens.pop()
    while len(tokens) > 1 and tokens[-1] in {"&", "and"}:
        tokens.pop()
    if len(tokens) > 1 and tokens[0] in {"The", "the"}:
        tokens.pop(0)
    if len(tokens) > 2 and tokens[0].rstrip(".").lower() in LEADING_LEGAL_FORMS:
        tokens.pop(0)
    return " ".join(tokens).strip(" .")
