"""The records that flow between stages: parsed articles, ledger rows and extracted facts.

Plain frozen dataclasses: the parse and extract stages produce them, `lake.py` turns them into
Arrow tables with fixed schemas. Nothing here does I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

LedgerStatus = Literal["loaded", "duplicate", "rejected"]
EntityType = Literal["country", "company", "commodity"]
AmountKind = Literal["money", "quantity", "percent"]
PartyType = Literal["country", "company"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article read from the landing zone, its body stripped of page furniture."""

    article_id: str  # sha256 hex of the normalised title + body: the same story gets the same id
    source_file: str  # path relative to the raw landing folder, '/' separated
    record_index: int | None  # 0-based line of a .jsonl file; None for single-record files
    source_format: str  # 'txt', 'html', 'json', 'jsonl'
    title: str
    body: str
    ingest_date: date  # the landing date (folder name), or the run date for loose files
    description: str | None = None  # standfirst / summary
    published_at: datetime | None = None  # timezone-aware UTC when the source gives a time
    published_date: date | None = None  # the date as the publisher states it (local date)
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    is_future_dated: bool = False  # published after the landing date + 1 day: kept, flagged


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """What happened to one raw record: one file, or one line of a .jsonl file."""

    source_file: str
    record_index: int | None
    status: LedgerStatus
    reason: str | None  # why, for 'duplicate' and 'rejected': actionable by a person
    article_id: str | None  # None when rejected
    ingest_date: date
    source_format: str | None = None
    byte_size: int | None = None


@dataclass(frozen=True, slots=True)
class ParseResult:
    articles: list[Article] = field(default_factory=list)
    ledger: list[LedgerEntry] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Mention:
    """One entity mentioned in one article, all its occurrences counted together."""

    article_id: str
    entity_type: EntityType
    entity_ref: str  # iso2 for a country, canonical name for a company or commodity
    mention_count: int
    surface_forms: tuple[str, ...] = ()  # the distinct spellings seen, for audit
    home_country_iso2: str | None = None  # companies only, when known
    in_registry: bool = True  # False for a company discovered by rules, not in the seed


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount stated in one article."""

    amount_id: str  # stable: hash of article_id + character offset + raw text
    article_id: str
    amount_kind: AmountKind
    value: float  # in the unit's own units: 538000000 for "$538mn"
    unit: str  # ISO 4217 for money; t, bbl, m3, W, Wh, oz for quantities; 'percent'
    raw_text: str
    char_start: int
    qualifier: str | None = None  # 'about', 'over', 'up to', ...
    value_low: float | None = None  # ranges: "2-3 million tonnes"
    value_high: float | None = None
    period: str | None = None  # 'year', 'month', 'day' for rates ("tpa", "annually")
    commodity_ref: str | None = None  # canonical commodity the amount is about, when clear


@dataclass(frozen=True, slots=True)
class DealParty:
    party_type: PartyType
    entity_ref: str  # iso2 or canonical company name


@dataclass(frozen=True, slots=True)
class Deal:
    """One deal as reported by one article."""

    deal_id: str  # stable: hash of article_id + evidence sentence offset
    article_id: str
    deal_type: str  # see extract.deals.DEAL_TYPES
    evidence_text: str  # the sentence it was read from
    parties: tuple[DealParty, ...]
    commodities: tuple[str, ...] = ()  # canonical commodity names
    value: float | None = None
    currency: str | None = None
    quantity: float | None = None
    quantity_unit: str | None = None
    quantity_period: str | None = None
    duration_years: float | None = None
    start_year: int | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    mentions: list[Mention] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    deals: list[Deal] = field(default_factory=list)
