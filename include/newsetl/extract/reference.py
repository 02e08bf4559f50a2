"""Reference data: the dbt seed CSVs read into plain records the extractor builds its lookups from.

The extractor and the dbt dimensions read the same files, so what the extractor can recognise
and what the warehouse dimensions contain cannot disagree. Multi-valued cells are '|' separated.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class CountryRecord:
    iso2: str
    name: str
    aliases: tuple[str, ...]  # names and abbreviations ("U.S.", "Britain")
    adjectives: tuple[str, ...]  # adjectives and demonyms ("American", "Americans")
    capitals: tuple[str, ...]  # capitals and seats of government used for the government
    ambiguous_forms: tuple[str, ...]  # forms that are also ordinary words or names ("Georgia", "Jordan")
    context_terms: tuple[str, ...]  # terms that confirm an ambiguous form refers to the country
    not_country_phrases: tuple[str, ...]  # phrases containing a form that do not refer to it


@dataclass(frozen=True, slots=True)
class CompanyRecord:
    name: str  # canonical
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]  # short forms valid only where the company is also named in full
    tickers: tuple[str, ...]  # "EXCHANGE:SYMBOL"
    country_iso2: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class CommodityRecord:
    name: str  # canonical, lower case
    group: str
    synonyms: tuple[str, ...]
    ambiguous_synonyms: tuple[str, ...]  # ordinary words too ("lead"): need a market context
    not_commodity_phrases: tuple[str, ...]  # "gold medal", "greenhouse gas"


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    """A body that is not a company: government, agency, international body, exchange, fund."""

    name: str
    aliases: tuple[str, ...]
    org_type: str
    country_iso2: str | None
    acts_for_country: bool  # a government body: as a deal party it stands for its country


@dataclass(frozen=True, slots=True)
class CurrencyRecord:
    code: str  # ISO 4217
    symbols: tuple[str, ...]  # written before the number: "A$", "€"
    names: tuple[str, ...]  # written after the number: "euros", "Australian dollars"
    country_iso2: str | None = None  # the country whose currency it is (none for the euro or the CFA franc)


@dataclass(frozen=True, slots=True)
class ReferenceData:
    countries: tuple[CountryRecord, ...]
    companies: tuple[CompanyRecord, ...]
    commodities: tuple[CommodityRecord, ...]
    organisations: tuple[OrganisationRecord, ...]
    currencies: tuple[CurrencyRecord, ...]


def split_cell(cell: str | None) -> tuple[str, ...]:
    """A '|' separated seed cell as a tuple of trimmed, non-empty values."""
    if not cell:
        return ()
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _country(row: dict[str, str]) -> CountryRecord:
    return CountryRecord(
        iso2=row["iso2"].strip().upper(),
        name=row["country_name"].strip(),
        aliases=split_cell(row.get("aliases")),
        adjectives=split_cell(row.get("adjectives")),
        capitals=split_cell(row.get("capitals")) + split_cell(row.get("seats_of_government")),
        ambiguous_forms=split_cell(row.get("ambiguous_forms")),
        context_terms=split_cell(row.get("context_terms")),
        not_country_phrases=split_cell(row.get("not_country_phrases")),
    )


def _company(row: dict[str, str]) -> CompanyRecord:
    return CompanyRecord(
        name=row["company_name"].strip(),
        aliases=split_cell(row.get("aliases")),
        context_aliases=split_cell(row.get("context_aliases")),
        tickers=split_cell(row.get("tickers")),
        country_iso2=(row.get("country_iso2") or "").strip().upper() or None,
        sector=(row.get("sector") or "").strip() or None,
    )


def _commodity(row: dict[str, str]) -> CommodityRecord:
    return CommodityRecord(
        name=row["commodity_name"].strip().lower(),
        group=row["commodity_group"].strip(),
        synonyms=split_cell(row.get("synonyms")),
        ambiguous_synonyms=split_cell(row.get("ambiguous_synonyms")),
        not_commodity_phrases=split_cell(row.get("not_commodity_phrases")),
    )


def _organisation(row: dict[str, str]) -> OrganisationRecord:
    return OrganisationRecord(
        name=row["org_name"].strip(),
        aliases=split_cell(row.get("aliases")),
        org_type=row["org_type"].strip(),
        country_iso2=(row.get("country_iso2") or "").strip().upper() or None,
        acts_for_country=(row.get("acts_for_country") or "").strip().lower() == "true",
    )


def _currency(row: dict[str, str]) -> CurrencyRecord:
    return CurrencyRecord(
        code=row["currency"].strip().upper(),
        symbols=split_cell(row.get("symbols")),
        names=split_cell(row.get("names")),
        country_iso2=(row.get("country_iso2") or "").strip().upper() or None,
    )


def load_reference(seeds_dir: Path) -> ReferenceData:
    """Read the seed CSVs of `seeds_dir` (the dbt project's seeds folder)."""
    return ReferenceData(
        countries=tuple(_country(r) for r in _rows(seeds_dir / "countries.csv")),
        companies=tuple(_company(r) for r in _rows(seeds_dir / "companies.csv")),
        commodities=tuple(_commodity(r) for r in _rows(seeds_dir / "commodities.csv")),
        organisations=tuple(_organisation(r) for r in _rows(seeds_dir / "organisations.csv")),
        currencies=tuple(_currency(r) for r in _rows(seeds_dir / "currencies.csv")),
    )
