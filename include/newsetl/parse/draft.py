"""What a format reader hands back: a draft of one article, or a `Rejected` with the reason.

`finish` checks a draft has what every article needs (a title and a body), and derives the
fields every format computes the same way: article_id, language, future dating.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from newsetl.parse.cleaning import clean_text, collapse_spaces
from newsetl.parse.identity import article_id_of_keys, identity_key, identity_words
from newsetl.parse.language import guess_language
from newsetl.records import Article

_FUTURE_GRACE = timedelta(days=1)  # time zones put a fresh story up to a day ahead of the landing date


class Rejected(Exception):
    """A record that cannot be loaded; the message says what is wrong and what to do."""

    def __init__(self, reason: str, *, byte_size: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.byte_size = byte_size


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    title: str | None
    body: str | None  # one paragraph per line (blank lines between them are fine)
    description: str | None = None
    published_at: datetime | None = None
    published_date: date | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    declared_language: str | None = None  # what the page says (<html lang>, inLanguage)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record came from: the same for every article of one file."""

    source_file: str
    source_format: str
    ingest_date: date
    record_index: int | None = None


def finish(draft: ArticleDraft, origin: Origin, *, title_field: str = "title", body_field: str = "body"
           ) -> Article:
    """The Article of a draft; `Rejected` naming the missing field(s) when there is no title or body."""
    title = collapse_spaces(clean_text(draft.title or ""))
    body = _paragraphs(clean_text(draft.body or ""))
    missing = [name for name, value in ((title_field, title), (body_field, body)) if not _has_words(value)]
    if missing:
        raise Rejected(f"record has no {' and no '.join(missing)}; "
                       "re-deliver it with the missing text")
    body_words = identity_words(body)  # the article_id's and the language guess's
    return Article(
        article_id=article_id_of_keys(identity_key(title), " ".join(body_words)),
        source_file=origin.source_file,
        record_index=origin.record_index,
        source_format=origin.source_format,
        title=title,
        body=body,
        ingest_date=origin.ingest_date,
        description=_optional(draft.description),
        published_at=draft.published_at,
        published_date=draft.published_date,
        publisher=_optional(draft.publisher),
        author=_optional(draft.author),
        url=_optional(draft.url),
        language=(guess_language(body_words)
                  or _primary_subtag(draft.declared_language)),
        is_future_dated=(draft.published_date is not None
                         and draft.published_date > origin.ingest_date + _FUTURE_GRACE),
    )


def _paragraphs(text: str) -> str:
    """One paragraph per non-blank line, white space made single, paragraphs a blank line apart."""
    if _is_paragraphed(text):  # what the page readers already produce: nothing to redo
        return text
    return "\n\n".join(filter(None, (collapse_spaces(line) for line in text.split("\n"))))


def _is_paragraphed(text: str) -> bool:
    """True when every line break is part of exactly one blank line and no white space is doubled,
    leading or trailing (a handful of C-speed scans instead of a split per line).

    With each blank line made a space, such text holds no line break and no double space; any other
    text does: a single or a third line break stays one, and a space or a second blank line next to a
    blank line doubles a space."""
    if text != text.strip() or "\t" in text or "\xa0" in text:
        return False
    joined = text.replace("\n\n", " ")
    return "\n" not in joined and "  " not in joined


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _optional(text: str | None) -> str | None:
    text = collapse_spaces(clean_text(text or ""))
    return text or None


def _primary_subtag(tag: str | None) -> str | None:
    """'en' for 'en-AU' or 'EN_us'; None for anything that is not a language tag."""
    primary = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    return primary if 2 <= len(primary) <= 3 and primary.isalpha() else None
