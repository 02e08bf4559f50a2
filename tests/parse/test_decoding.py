"""Bytes to clean text: encodings, binary detection, invisible characters, language."""
from __future__ import annotations

import pytest

from newsetl.parse.cleaning import clean_text
from newsetl.parse.decoding import decode_bytes
from newsetl.parse.draft import Rejected
from newsetl.parse.identity import identity_key
from newsetl.parse.language import guess_language

SAMPLE = "Café owners in Zürich paid €3 for “premium” beans – the price rose 12% this year."


@pytest.mark.parametrize("encoded", [
    SAMPLE.encode("utf-8"),
    b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
    SAMPLE.encode("utf-16"),
    SAMPLE.encode("utf-16-le"),  # no byte-order mark
    SAMPLE.encode("cp1252"),
])
def test_encodings(encoded: bytes) -> None:
    assert decode_bytes(encoded) == SAMPLE


def test_latin_1_text() -> None:
    text = "Société Générale signe à Montréal; 25° au soleil."
    assert decode_bytes(text.encode("latin-1")) == text


def test_utf8_with_one_damaged_byte_is_not_read_as_cp1252() -> None:
    damaged = SAMPLE.encode("utf-8") + b" \xff"
    assert decode_bytes(damaged).startswith(SAMPLE)


def test_charset_declared_by_an_html_page() -> None:
    text = '<meta charset="koi8-r"><p>Новости рынка</p>'
    assert decode_bytes(text.encode("koi8_r"), html=True) == text


def test_binary_content_is_rejected() -> None:
    with pytest.raises(Rejected, match=r"binary content, not text \(\d+% control bytes\)"):
        decode_bytes(bytes(range(32)) * 100)
    with pytest.raises(Rejected, match="content is a ZIP archive"):
        decode_bytes(b"PK\x03\x04" + b"\x00" * 100)


def test_clean_text_removes_invisible_characters_and_normalises() -> None:
    dirty = "A\x00B\u200bC\u200dD\u202eE\u2066F\ufeffG\u00adH\r\nI\rJ\u2028K e\u0301"
    assert clean_text(dirty) == "ABCDEFGH\nI\nJ\nK é"


def words(text: str) -> list[str]:
    return identity_key(text).split(" ")


def test_language_guess() -> None:
    assert guess_language(words("The ministry said on Monday that the deal would be signed in the capital "
                          "by the end of the year, and that it was the first of its kind.")) == "en"
    assert guess_language(words("El ministerio dijo el lunes que el acuerdo se firmará en la capital "
                                "antes de "
                          "que termine el año y que es el primero de su tipo.")) == "es"
    assert guess_language(words("Rio Tinto, BHP, Vale, Glencore, Anglo American, Freeport")) is None
