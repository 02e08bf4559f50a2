"""The Parquet lake: one fixed Arrow schema per table, one partition per landing day.

Layout: ``<lake>/<table>/ingest_date=YYYY-MM-DD/part-0.parquet``. A day's files are written to
a hidden temporary name and renamed into place, so a reader (or a run killed half way) never
sees a partial file; re-writing a day replaces that day's partition and nothing else. A
manifest written last, ``<lake>/_manifests/ingest_date=D.json``, says the day is complete.
"""
from __future__ import annotations

import functools
import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsetl.records import Amount, Article, Deal, LedgerEntry, Mention

ARTICLES = pa.schema([
    ("article_id", pa.string()),
    ("source_file", pa.string()),
    ("record_index", pa.int32()),
    ("source_format", pa.string()),
    ("title", pa.string()),
    ("description", pa.string()),
    ("body", pa.string()),
    ("published_at", pa.timestamp("us", tz="UTC")),
    ("published_date", pa.date32()),
    ("publisher", pa.string()),
    ("author", pa.string()),
    ("url", pa.string()),
    ("language", pa.string()),
    ("is_future_dated", pa.bool_()),
    ("ingest_date", pa.date32()),
])

INGEST_LEDGER = pa.schema([
    ("source_file", pa.string()),
    ("record_index", pa.int32()),
    ("status", pa.string()),
    ("reason", pa.string()),
    ("article_id", pa.string()),
    ("source_format", pa.string()),
    ("byte_size", pa.int64()),
    ("ingest_date", pa.date32()),
])

MENTIONS = pa.schema([
    ("article_id", pa.string()),
    ("entity_type", pa.string()),
    ("entity_ref", pa.string()),
    ("mention_count", pa.int32()),
    ("surface_forms", pa.list_(pa.string())),
    ("home_country_iso2", pa.string()),
    ("in_registry", pa.bool_()),
    ("ingest_date", pa.date32()),
])

AMOUNTS = pa.schema([
    ("amount_id", pa.string()),
    ("article_id", pa.string()),
    ("amount_kind", pa.string()),
    ("value", pa.float64()),
    ("unit", pa.string()),
    ("raw_text", pa.string()),
    ("char_start", pa.int32()),
    ("qualifier", pa.string()),
    ("value_low", pa.float64()),
    ("value_high", pa.float64()),
    ("period", pa.string()),
    ("commodity_ref", pa.string()),
    ("ingest_date", pa.date32()),
])

DEAL_PARTY = pa.struct([("party_type", pa.string()), ("entity_ref", pa.string())])

DEALS = pa.schema([
    ("deal_id", pa.string()),
    ("article_id", pa.string()),
    ("deal_type", pa.string()),
    ("evidence_text", pa.string()),
    ("parties", pa.list_(DEAL_PARTY)),
    ("commodities", pa.list_(pa.string())),
    ("value", pa.float64()),
    ("currency", pa.string()),
    ("quantity", pa.float64()),
    ("quantity_unit", pa.string()),
    ("quantity_period", pa.string()),
    ("duration_years", pa.float64()),
    ("start_year", pa.int32()),
    ("ingest_date", pa.date32()),
])

# Table name in the lake and in the warehouse's raw schema -> its Arrow schema.
SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "ingest_ledger": INGEST_LEDGER,
    "mentions": MENTIONS,
    "amounts": AMOUNTS,
    "deals": DEALS,
}


def to_table(table: str, records: Sequence[Article | LedgerEntry | Mention | Amount | Deal],
             ingest_date: date) -> pa.Table:
    """Records of one kind -> an Arrow table with the table's fixed schema.

    Built column by column: `dataclasses.asdict` deep-copies every value, which cost about a fifth
    of parse+extract. Only a list-of-struct column (a deal's parties) needs its records turned into
    dicts.
    """
    schema = SCHEMAS[table]
    columns = []
    for field in schema:
        name = field.name  # read once: an Arrow field makes a new str of its name at every read
        if name == "ingest_date":
            values = [ingest_date] * len(records)
        elif _holds_records(field.type):
            values = [_as_dicts(getattr(record, name)) for record in records]
        else:
            values = [getattr(record, name, None) for record in records]
        columns.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def _holds_records(arrow_type: pa.DataType) -> bool:
    return pa.types.is_list(arrow_type) and pa.types.is_struct(arrow_type.value_type)


def _as_dicts(items: Sequence | None) -> list[dict] | None:
    """Nested records (a deal's parties) as dicts of their fields, as Arrow takes a struct."""
    return None if items is None else [{name: getattr(item, name) for name in _field_names(type(item))}
                                       for item in items]


@functools.cache
def _field_names(record_type: type) -> tuple[str, ...]:
    """The field names of a record dataclass (`dataclasses.fields` is slow to call once per item)."""
    return tuple(f.name for f in fields(record_type))


def partition_dir(lake_dir: Path, table: str, ingest_date: date) -> Path:
    return lake_dir / table / f"ingest_date={ingest_date.isoformat()}"


def partition_file(lake_dir: Path, table: str, ingest_date: date) -> Path:
    return partition_dir(lake_dir, table, ingest_date) / "part-0.parquet"


def manifest_file(lake_dir: Path, ingest_date: date) -> Path:
    return lake_dir / "_manifests" / f"ingest_date={ingest_date.isoformat()}.json"


def _remove_leftovers(folder: Path, name: str) -> None:
    """Temporary files of a writer that was killed before its rename (any process id)."""
    for leftover in folder.glob(f".{name}.tmp-*"):
        leftover.unlink(missing_ok=True)


def _atomic_write_bytes(path: Path, write) -> None:
    """Write through a hidden temporary file in the same folder, then rename over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(path.parent, path.name)
    tmp = path.parent / f".{path.name}.tmp-{os.getpid()}"
    try:
        write(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_day(lake_dir: Path, ingest_date: date, tables: dict[str, pa.Table]) -> dict[str, int]:
    """Replace one day's partition of every table atomically, then its manifest. Returns row counts."""
    start_day(lake_dir, ingest_date)
    return finish_day(lake_dir, ingest_date,
                      {table: write_table(lake_dir, table, ingest_date, tables[table]) for table in SCHEMAS})


def start_day(lake_dir: Path, ingest_date: date) -> None:
    """Mark the day incomplete (no manifest) before any of its tables is rewritten."""
    manifest_file(lake_dir, ingest_date).unlink(missing_ok=True)


def write_table(lake_dir: Path, table: str, ingest_date: date, data: pa.Table) -> int:
    """Replace one table's partition of the day atomically; returns its row count. The day stays
    incomplete until `finish_day`, so writing the tables one at a time (and freeing each) is safe."""
    if not data.schema.equals(SCHEMAS[table]):
        raise ValueError(f"lake: table {table} for {ingest_date} does not match its schema")
    target = partition_file(lake_dir, table, ingest_date)
    _atomic_write_bytes(target, lambda tmp: pq.write_table(data, tmp, compression="zstd"))
    return data.num_rows


def finish_day(lake_dir: Path, ingest_date: date, counts: dict[str, int]) -> dict[str, int]:
    """Write the day's manifest: from now on the day is complete. Returns the row counts in table order."""
    missing = set(SCHEMAS) - set(counts)
    if missing:
        raise ValueError(f"lake: day {ingest_date} lacks tables {sorted(missing)}")
    rows = {table: counts[table] for table in SCHEMAS}
    _atomic_write_bytes(manifest_file(lake_dir, ingest_date), lambda tmp: tmp.write_text(json.dumps(
        {"ingest_date": ingest_date.isoformat(), "rows": rows}, indent=2)))
    return rows


def day_is_complete(lake_dir: Path, ingest_date: date) -> bool:
    return manifest_file(lake_dir, ingest_date).exists()


def read_day(lake_dir: Path, table: str, ingest_date: date) -> pa.Table:
    return pq.read_table(partition_file(lake_dir, table, ingest_date), schema=SCHEMAS[table])


def complete_days(lake_dir: Path) -> list[date]:
    folder = lake_dir / "_manifests"
    if not folder.is_dir():
        return []
    return sorted(date.fromisoformat(p.stem.split("=", 1)[1]) for p in folder.glob("ingest_date=*.json"))


def drop_day(lake_dir: Path, ingest_date: date) -> None:
    """Remove one day from the lake (used when a landing day turned out to be empty)."""
    manifest_file(lake_dir, ingest_date).unlink(missing_ok=True)
    for table in SCHEMAS:
        shutil.rmtree(partition_dir(lake_dir, table, ingest_date), ignore_errors=True)
