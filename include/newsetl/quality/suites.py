"""The expectation suites, as code: the raw contract of a day's batch and the contract of the marts.

Each `SuiteSpec` is one Great Expectations suite over one pandas frame (see `frames.py` for how
each frame is read and which derived columns it carries). `context.py` saves these suites into
the repository's file data context; the checks decide what stops a run from each
expectation's built-in `severity`:

- critical: loading or publishing this would put wrong or orphaned rows in front of analysts,
  so the run stops (QualityError).
- warning:  suspicious but loadable; kept in the results and Data Docs, logged, the run goes on.

Thresholds are named constants below, each with the reason for its value. The two coverage
thresholds on the marts can be overridden from the environment (`coverage_parameters`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import great_expectations as gx
import great_expectations.expectations as gxe
import pycountry
from great_expectations.expectations.row_conditions import Column

CRITICAL = "critical"
WARNING = "warning"

RAW_CONTRACT = "raw_contract"  # the check on one day's lake batch, before it loads
MARTS = "marts"  # the check on the marts, before they publish

# --- Vocabularies (CONTRACT.md, records.py) --------------------------------------------------

LEDGER_STATUSES = ["loaded", "duplicate", "rejected"]
ENTITY_TYPES = ["country", "company", "commodity"]
AMOUNT_KINDS = ["money", "quantity", "percent"]
PARTY_TYPES = ["country", "company"]
QUANTITY_UNITS = ["t", "bbl", "m3", "W", "Wh", "oz"]
PERCENT_UNITS = ["percent"]
# Money is stated in ISO 4217 codes (CONTRACT.md): any code outside the standard is an
# extraction bug (a symbol or a made-up code) that would make value_usd silently null.
CURRENCY_CODES = sorted(currency.alpha_3 for currency in pycountry.currencies)

# --- Raw contract thresholds -----------------------------------------------------------------

# Body length, in characters. A story shorter than a couple of sentences is usually a teaser,
# a paywall stub or a page whose body the parser failed to find; longer than 200,000 characters
# (a short book) usually means page furniture or several stories glued together. Both are
# warnings, not failures: short wire flashes and long reports are legitimate, the input size is
# already bounded by MAX_FILE_BYTES, and an empty body (the real breakage) is critical on its own.
MIN_BODY_CHARS = 200
MAX_BODY_CHARS = 200_000

# The extractor's dictionaries and patterns are English. Another language loads fine but
# yields few mentions, so it is a warning; a missing language (not detected) is not judged.
EXTRACTOR_LANGUAGE_PATTERN = r"^(?i:en)(?:[-_][A-Za-z]+)?$"

# A story dated more than a day after its landing day: a wrong date or time zone at the source,
# or a parser reading the wrong field. Kept and flagged (Article.is_future_dated), not rejected.
MAX_DAYS_PUBLISHED_AFTER_INGEST = 1

# Volume: the day's article count against the median of the previous complete days in the
# lake. Feeds vary a lot (weekends, holidays, a new source), so only a collapse to under a
# fifth or a jump past five times the usual volume is flagged: a feed that stopped, a landing
# folder half copied, or a source duplicated. A warning: an odd day is not wrong data.
VOLUME_HISTORY_DAYS = 14
VOLUME_MIN_HISTORY_DAYS = 3  # fewer prior days than this: no usable baseline, not judged
VOLUME_MIN_RATIO = 0.2
VOLUME_MAX_RATIO = 5.0

# --- Marts coverage thresholds ---------------------------------------------------------------

# Shares judged on the newest ingest days in the marts (back from the newest day the run built,
# until there are MIN_SAMPLE_FOR_SHARE rows), because that is where an extraction regression
# shows first: on the whole warehouse a bad day is diluted by months of good ones.
# The corpus is about minerals, energy and trade, so on a normal day the large majority of
# articles names a country, company or commodity (an off-topic or very short story is the
# exception), and most money amounts are in US dollars or a major currency with a known rate.
# A regression (seeds not read, matcher broken, bodies emptied by a parser change, currency
# codes garbled, the rate join broken) drives a share towards zero; ordinary day-to-day
# variation moves it by a few points and does not halve it. Hence one half: far below normal,
# far above broken. Overridable from the environment for a corpus that differs.
MIN_SHARE_ARTICLES_WITH_MENTION = 0.5
MIN_SHARE_MONEY_AMOUNTS_WITH_USD = 0.5
MIN_SHARE_ARTICLES_WITH_MENTION_ENV = "NEWSETL_QUALITY_MIN_SHARE_ARTICLES_WITH_MENTION"
MIN_SHARE_MONEY_AMOUNTS_WITH_USD_ENV = "NEWSETL_QUALITY_MIN_SHARE_MONEY_AMOUNTS_WITH_USD"
# Fewer rows than this and a share is noise (one odd article out of five is 20 points): the
# window reaches back over older days until it has this many, and with fewer in all the share
# is left null and not judged.
MIN_SAMPLE_FOR_SHARE = 20


@dataclass(frozen=True)
class SuiteSpec:
    """One suite, the frame it validates and the columns that name an offending row."""

    name: str  # suite name, and the name of its data asset and validation definition in gx/
    frame: str  # the frame it validates, as named by frames.py
    index_columns: tuple[str, ...]  # printed with each offending row
    expectations: tuple[gxe.Expectation, ...]

    def build(self) -> gx.ExpectationSuite:
        """A fresh ExpectationSuite (GE mutates suites when saving, so never share one)."""
        return gx.ExpectationSuite(name=self.name,
                                   expectations=[e.copy(deep=True) for e in self.expectations])


# --- Small builders, so each suite reads as a list of rules ------------------------------------


def _not_null(column: str, **kwargs) -> gxe.Expectation:
    return gxe.ExpectColumnValuesToNotBeNull(column=column, severity=CRITICAL, **kwargs)


def _not_blank(column: str, **kwargs) -> gxe.Expectation:
    """Empty or whitespace-only text (nulls are judged by _not_null)."""
    return gxe.ExpectColumnValuesToNotMatchRegex(column=column, regex=r"^\s*$", severity=CRITICAL, **kwargs)


def _key(column: str) -> list[gxe.Expectation]:
    return [_not_null(column), gxe.ExpectColumnValuesToBeUnique(column=column, severity=CRITICAL)]


def _in_set(column: str, values: list, **kwargs) -> gxe.Expectation:
    return gxe.ExpectColumnValuesToBeInSet(column=column, value_set=values, severity=CRITICAL, **kwargs)


def _non_negative(column: str) -> gxe.Expectation:
    return gxe.ExpectColumnValuesToBeBetween(column=column, min_value=0, severity=CRITICAL)


def _is_true(column: str, notes: str, **kwargs) -> gxe.Expectation:
    """A boolean column derived in frames.py must hold for every row."""
    return gxe.ExpectColumnValuesToBeInSet(column=column, value_set=[True], severity=CRITICAL,
                                           notes=notes, **kwargs)


def _units_known_per_kind() -> list[gxe.Expectation]:
    """Each amount's unit belongs to its kind's vocabulary (CONTRACT.md, fct_amounts.unit)."""
    kind = Column("amount_kind")
    return [
        _in_set("unit", CURRENCY_CODES, row_condition=kind == "money"),
        _in_set("unit", QUANTITY_UNITS, row_condition=kind == "quantity"),
        _in_set("unit", PERCENT_UNITS, row_condition=kind == "percent"),
    ]


_BODY_LENGTH = "body_length"
_BODY_LENGTH_NOTES = "body_length: the body's length in characters, null when the article has no body."
_ARTICLE_IN_BATCH = "article_in_batch"
_ARTICLE_IN_BATCH_NOTES = ("article_in_batch: the row's article_id is one of the batch's articles; "
                           "a row without its article would load as an orphan.")

# --- The raw contract: one day's lake partition ------------------------------------------------

RAW_SCHEMA = SuiteSpec(
    name="raw_schema",
    frame="raw_schema",
    index_columns=("table_name", "column_name", "expected_type", "actual_type"),
    expectations=(
        _is_true("type_matches", notes="One row per column of the lake schemas (newsetl.lake): the "
                 "day's Parquet file must have it, with that Arrow type ('missing' when absent)."),
    ),
)

RAW_ARTICLES = SuiteSpec(
    name="raw_articles",
    frame="articles",
    index_columns=("article_id", "source_file"),
    expectations=(
        *_key("article_id"),
        _not_null("source_file"),
        _not_null("title"),
        _not_blank("title"),
        # The bodies are judged through columns frames.py derives from them, so that the text
        # itself never enters pandas: the same rules as on the text, the same severities.
        _not_null(_BODY_LENGTH, notes=_BODY_LENGTH_NOTES),
        gxe.ExpectColumnValuesToBeInSet(column="body_is_blank", value_set=[False], severity=CRITICAL,
                                        notes="body_is_blank: the body is empty or only whitespace "
                                        "(null when there is no body, which body_length judges)."),
        gxe.ExpectColumnValuesToBeBetween(column=_BODY_LENGTH, min_value=MIN_BODY_CHARS,
                                          max_value=MAX_BODY_CHARS, severity=WARNING,
                                          notes=_BODY_LENGTH_NOTES),
        gxe.ExpectColumnValuesToMatchRegex(column="language", regex=EXTRACTOR_LANGUAGE_PATTERN,
                                           severity=WARNING),
        gxe.ExpectColumnValuesToBeBetween(
            column="days_published_after_ingest", max_value=MAX_DAYS_PUBLISHED_AFTER_INGEST,
            severity=WARNING, notes="days_published_after_ingest = published_date - ingest_date, "
            "null when the article gives no date."),
    ),
)

RAW_INGEST_LEDGER = SuiteSpec(
    name="raw_ingest_ledger",
    frame="ingest_ledger",
    index_columns=("source_file", "record_index", "status"),
    expectations=(
        _not_null("source_file"),
        _in_set("status", LEDGER_STATUSES),
        # CONTRACT.md: a reason for every duplicate and rejected record, actionable by a person.
        _not_null("reason", row_condition=Column("status").is_in(["duplicate", "rejected"])),
        _not_blank("reason", row_condition=Column("status").is_in(["duplicate", "rejected"])),
        _is_true(_ARTICLE_IN_BATCH, notes=_ARTICLE_IN_BATCH_NOTES,
                 row_condition=Column("status") == "loaded"),
    ),
)

RAW_MENTIONS = SuiteSpec(
    name="raw_mentions",
    frame="mentions",
    index_columns=("article_id", "entity_type", "entity_ref"),
    expectations=(
        _is_true(_ARTICLE_IN_BATCH, notes=_ARTICLE_IN_BATCH_NOTES),
        _in_set("entity_type", ENTITY_TYPES),
        _not_null("entity_ref"),
        gxe.ExpectColumnValuesToBeBetween(column="mention_count", min_value=1, severity=CRITICAL),
    ),
)

RAW_AMOUNTS = SuiteSpec(
    name="raw_amounts",
    frame="amounts",
    index_columns=("amount_id", "article_id", "raw_text"),
    expectations=(
        *_key("amount_id"),
        _is_true(_ARTICLE_IN_BATCH, notes=_ARTICLE_IN_BATCH_NOTES),
        _in_set("amount_kind", AMOUNT_KINDS),
        _not_null("value"),
        _non_negative("value"),
        *_units_known_per_kind(),
    ),
)

RAW_DEALS = SuiteSpec(
    name="raw_deals",
    frame="deals",
    index_columns=("deal_id", "article_id"),
    expectations=(
        *_key("deal_id"),
        _is_true(_ARTICLE_IN_BATCH, notes=_ARTICLE_IN_BATCH_NOTES),
        _not_null("evidence_text"),
        gxe.ExpectColumnValuesToBeBetween(column="party_count", min_value=1, severity=CRITICAL,
                                          notes="party_count: the deal's parties; a deal needs one."),
        _non_negative("value"),
        _non_negative("quantity"),
        _in_set("currency", CURRENCY_CODES),
        _in_set("quantity_unit", QUANTITY_UNITS),
    ),
)

RAW_VOLUME = SuiteSpec(
    name="raw_volume",
    frame="volume",
    index_columns=("ingest_date", "article_count", "prior_days", "prior_median"),
    expectations=(
        gxe.ExpectColumnValuesToBeBetween(
            column="ratio_to_recent_median", min_value=VOLUME_MIN_RATIO, max_value=VOLUME_MAX_RATIO,
            severity=WARNING, notes=f"The day's article count over the median of up to "
            f"{VOLUME_HISTORY_DAYS} previous complete days; null (not judged) with fewer than "
            f"{VOLUME_MIN_HISTORY_DAYS} such days."),
    ),
)

# --- The marts (CONTRACT.md), read from the work warehouse after dbt --------------------------

# The columns each mart must have (CONTRACT.md; bridge_deal_countries is ours, which analysts' queries
# join on): checked first, and the only columns read.
MART_COLUMNS: dict[str, tuple[str, ...]] = {
    "dim_articles": ("article_id", "source_file", "title", "published_date", "publisher", "ingest_date"),
    "dim_countries": ("country_key", "iso2", "iso3", "country_name"),
    "dim_companies": ("company_key", "company_name", "country_iso2"),
    "dim_commodities": ("commodity_key", "commodity_name", "commodity_group"),
    "fct_mentions": ("article_id", "entity_type", "entity_key", "mention_count"),
    "fct_amounts": ("amount_id", "article_id", "amount_kind", "value", "unit", "value_usd", "raw_text",
                    "commodity_key"),
    "fct_deals": ("deal_id", "article_id", "deal_type", "announced_date", "value", "currency", "value_usd",
                  "quantity", "quantity_unit", "evidence_text"),
    "bridge_deal_parties": ("deal_id", "party_type", "entity_key"),
    "bridge_deal_commodities": ("deal_id", "commodity_key"),
    "bridge_deal_countries": ("deal_id", "country_key", "iso2", "is_country_party", "is_company_home"),
    "ingest_ledger": ("source_file", "record_index", "status", "reason", "article_id", "ingest_date"),
}

MARTS_SCHEMA = SuiteSpec(
    name="marts_schema",
    frame="marts_schema",
    index_columns=("table_name", "column_name"),
    expectations=(
        _not_null("actual_type", notes="One row per column CONTRACT.md requires; actual_type is its "
                  "DuckDB type in schema marts, null when the column (or the table) is missing."),
    ),
)


@dataclass(frozen=True)
class MartKey:
    """A mart's key (CONTRACT.md, or the model's yml for our own marts): never null and unique over the
    whole table, all days."""

    table: str
    columns: tuple[str, ...]
    also_named_by: tuple[str, ...] = ()  # columns printed, beside the key, for a row with a null key


MART_KEYS: tuple[MartKey, ...] = (
    MartKey("dim_articles", ("article_id",), ("source_file",)),
    MartKey("dim_countries", ("country_key",), ("iso2",)),
    MartKey("dim_companies", ("company_key",), ("company_name",)),
    MartKey("dim_commodities", ("commodity_key",), ("commodity_name",)),
    MartKey("fct_mentions", ("article_id", "entity_type", "entity_key")),
    MartKey("fct_amounts", ("amount_id",), ("article_id", "raw_text")),
    MartKey("fct_deals", ("deal_id",), ("article_id",)),
    MartKey("bridge_deal_parties", ("deal_id", "party_type", "entity_key")),
    MartKey("bridge_deal_commodities", ("deal_id", "commodity_key")),
    MartKey("bridge_deal_countries", ("deal_id", "country_key")),
)

# Keys span the whole history (a key repeated across two old days is as wrong as one repeated
# today), so they are counted in DuckDB over every row of each mart: one row per MART_KEYS entry.
MARTS_KEYS = SuiteSpec(
    name="marts_keys",
    frame="keys",
    index_columns=("table_name", "key_columns", "offenders"),
    expectations=(
        gxe.ExpectColumnValuesToBeBetween(
            column="null_key_rows", max_value=0, severity=CRITICAL,
            notes="null_key_rows: rows of the mart, on any day, with a key column null; offenders "
            "names a few of them."),
        gxe.ExpectColumnValuesToBeBetween(
            column="duplicated_keys", max_value=0, severity=CRITICAL,
            notes="duplicated_keys: key values held by more than one row of the mart, on any day; "
            "offenders names a few of them, with their number of rows."),
    ),
)

# The suites below judge each row on its own, so they see only the rows of the days the run
# built (frames.py: mart_frames); their keys are MARTS_KEYS' business.
MARTS_FCT_MENTIONS = SuiteSpec(
    name="marts_fct_mentions",
    frame="fct_mentions",
    index_columns=("article_id", "entity_type", "entity_key"),
    expectations=(
        _in_set("entity_type", ENTITY_TYPES),
    ),
)

MARTS_FCT_AMOUNTS = SuiteSpec(
    name="marts_fct_amounts",
    frame="fct_amounts",
    index_columns=("amount_id", "article_id", "raw_text"),
    expectations=(
        _in_set("amount_kind", AMOUNT_KINDS),
        _not_null("value"),
        _non_negative("value"),
        _non_negative("value_usd"),
        *_units_known_per_kind(),
    ),
)

MARTS_FCT_DEALS = SuiteSpec(
    name="marts_fct_deals",
    frame="fct_deals",
    index_columns=("deal_id", "article_id"),
    expectations=(
        gxe.ExpectColumnValuesToBeBetween(column="party_count", min_value=1, severity=CRITICAL,
                                          notes="party_count: the deal's rows in bridge_deal_parties."),
        _non_negative("value"),
        _non_negative("value_usd"),
        _non_negative("quantity"),
        _in_set("currency", CURRENCY_CODES),
        _in_set("quantity_unit", QUANTITY_UNITS),
    ),
)

MARTS_BRIDGE_DEAL_PARTIES = SuiteSpec(
    name="marts_bridge_deal_parties",
    frame="bridge_deal_parties",
    index_columns=("deal_id", "party_type", "entity_key"),
    expectations=(
        _in_set("party_type", PARTY_TYPES),
    ),
)

MARTS_INGEST_LEDGER = SuiteSpec(
    name="marts_ingest_ledger",
    frame="ingest_ledger",
    index_columns=("source_file", "record_index", "status"),
    expectations=(
        _not_null("source_file"),
        _in_set("status", LEDGER_STATUSES),
        _not_null("reason", row_condition=Column("status").is_in(["duplicate", "rejected"])),
    ),
)

MARTS_COVERAGE = SuiteSpec(
    name="marts_coverage",
    frame="coverage",
    index_columns=("articles_since", "articles", "money_amounts_since", "money_amounts"),
    expectations=(
        gxe.ExpectColumnValuesToBeBetween(
            column="share_articles_with_mention",
            min_value={"$PARAMETER": "min_share_articles_with_mention"}, max_value=1, severity=CRITICAL,
            notes="Articles with at least one row in fct_mentions, over all articles, on the newest "
            f"ingest days, up to the newest one checked, that make {MIN_SAMPLE_FOR_SHARE} articles "
            "(articles_since); null (not judged) with fewer articles in all."),
        gxe.ExpectColumnValuesToBeBetween(
            column="share_money_amounts_with_usd",
            min_value={"$PARAMETER": "min_share_money_amounts_with_usd"}, max_value=1, severity=CRITICAL,
            notes="Money amounts with a value_usd, over all money amounts, on the newest ingest "
            f"days, up to the newest one checked, that make {MIN_SAMPLE_FOR_SHARE} of them "
            "(money_amounts_since); null (not judged) with fewer in all."),
    ),
)

RAW_CONTRACT_SUITES: tuple[SuiteSpec, ...] = (
    RAW_ARTICLES, RAW_INGEST_LEDGER, RAW_MENTIONS, RAW_AMOUNTS, RAW_DEALS, RAW_VOLUME,
)
MARTS_SUITES: tuple[SuiteSpec, ...] = (
    MARTS_KEYS, MARTS_FCT_MENTIONS, MARTS_FCT_AMOUNTS, MARTS_FCT_DEALS, MARTS_BRIDGE_DEAL_PARTIES,
    MARTS_INGEST_LEDGER, MARTS_COVERAGE,
)
# Every suite the context holds: the schema suites run first, on their own (see checks.py).
ALL_SUITES: tuple[SuiteSpec, ...] = (RAW_SCHEMA, *RAW_CONTRACT_SUITES, MARTS_SCHEMA, *MARTS_SUITES)


def _share_from_env(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    value = float(raw)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name}={raw!r}: a share between 0 and 1 is expected")
    return value


def coverage_parameters() -> dict[str, float]:
    """The `$PARAMETER` values of MARTS_COVERAGE: the thresholds, from the environment or defaults."""
    return {
        "min_share_articles_with_mention": _share_from_env(
            MIN_SHARE_ARTICLES_WITH_MENTION_ENV, MIN_SHARE_ARTICLES_WITH_MENTION),
        "min_share_money_amounts_with_usd": _share_from_env(
            MIN_SHARE_MONEY_AMOUNTS_WITH_USD_ENV, MIN_SHARE_MONEY_AMOUNTS_WITH_USD),
    }
