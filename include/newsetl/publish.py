"""Publishing: the analysts' read-only warehouse, swapped into place atomically, at a cost that
does not grow with history.

DuckDB takes one writer per file, and a writer and readers cannot share a file across
processes, so analysts never open the work file the pipeline writes. They open the published
file `FILE` (`--warehouse`, `NEWSETL_WAREHOUSE`): a small DuckDB *catalog* holding one view per
table, over immutable Parquet files kept beside it::

    FILE                                   e.g. data/warehouse.duckdb: views only, read-only (0444)
    <stem>.published/
        marts.fct_mentions/ingest_date=2025-04-15/<digest>.parquet
        marts.bridge_deal_parties/deal_ingest_date=2025-04-15/<digest>.parquet
        marts.dim_companies/all/<digest>.parquet
        reference.exchange_rates/all/<digest>.parquet
        manifests/<run id>.json            what each publish referenced (for garbage collection)

How one publish goes (`publish(work_warehouse, published)`):

1. Every table of the work warehouse's `marts` and `reference` schemas is split into partitions:
   by `ingest_date` when it has that column; a table keyed by `deal_id` takes its deal's
   `ingest_date` (the bridges); anything else (dimensions, seeds) is one partition. Each
   partition gets a digest of its content (row count and an order-independent sum of row
   hashes, computed in DuckDB) and of the table's column names and types.
2. A partition's file is named by that digest, so a partition that did not change already has
   its file and is not written again; a changed one is written to a *new* path (temporary name,
   then rename). Files are never modified in place, so a session that opened an older catalog
   keeps reading exactly the data it started with.
3. The new catalog (views naming their files by absolute path, plus `meta.publish` and
   `meta.partitions`) is written to a temporary file beside FILE, made read-only, and renamed
   onto FILE in one `os.replace`. Sessions open before the rename keep the old catalog (their
   open file); new sessions get the new one. Nothing ever opens FILE for writing, so no reader
   can make a run fail and no run can break a reader.
4. Garbage collection: a publish's files stay while its manifest is one of the last
   `NEWSETL_PUBLISH_KEEP` (default 3) or was superseded less than
   `NEWSETL_PUBLISH_RETENTION_HOURS` (default 36) ago, long enough for a session opened
   before a publish to be used all day. Unreferenced files are then deleted.

What a daily publish costs is therefore the new day's partitions, the changed small tables and
a catalog of a few hundred KB, whatever the history; it reads (hashes) the marts once, which is
in-memory DuckDB work. A failed run never reaches this stage, and a publish that fails before
the rename leaves FILE as it was.

For the benchmark (`make bench`): `publish()` returns `PublishStats` (`as_dict()` for a
report): bytes and files written and reused, seconds (total, hashing, exporting), and the size
of the work file, which is what the earlier whole-file copy wrote on every run.
`cost_curve()` measures a daily publish against a synthetic history of a given number of days.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pyarrow as pa

log = logging.getLogger(__name__)

PUBLISHED_SCHEMAS = ("marts", "reference")
PARTITION_COLUMN = "ingest_date"
# A table without ingest_date but keyed by one of these columns takes its parent row's partition.
PARENT_KEYS = {"deal_id": ("marts", "fct_deals")}
KEEP_ENV = "NEWSETL_PUBLISH_KEEP"
RETENTION_ENV = "NEWSETL_PUBLISH_RETENTION_HOURS"
DEFAULT_KEEP = 3
DEFAULT_RETENTION_HOURS = 36.0
MANIFESTS = "manifests"
READ_ONLY = 0o444


@dataclass
class PublishStats:
    """What one publish did and cost; `bytes_written` is everything written to disk."""

    path: Path
    run_id: str
    seconds: float = 0.0
    hash_seconds: float = 0.0  # reading the marts to find the changed partitions
    export_seconds: float = 0.0  # writing the changed partitions' Parquet files
    bytes_written: int = 0  # Parquet + catalog + manifest
    parquet_bytes_written: int = 0
    catalog_bytes: int = 0
    files_written: int = 0
    files_reused: int = 0
    rows_written: int = 0
    tables: int = 0
    partitions: int = 0
    rows_published: int = 0
    bytes_published: int = 0  # all Parquet the new catalog references
    work_bytes: int = 0  # size of the work file: what copying the whole warehouse would write
    files_removed: int = 0
    bytes_removed: int = 0
    written: list[str] = field(default_factory=list)  # the partitions written, "schema.table/key"

    def as_dict(self) -> dict:
        out = asdict(self)
        out["path"] = str(self.path)
        return out


def published_dir(published: Path) -> Path:
    """Where the Parquet files behind the catalog FILE live: `<stem>.published/` beside it."""
    return published.parent / f"{published.stem}.published"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@dataclass
class _Table:
    schema: str
    name: str
    columns: list[tuple[str, str]]  # (name, DuckDB type), in order
    comment: str | None
    column_comments: dict[str, str]
    source: str  # FROM clause, the table aliased as _row
    key: str | None  # SQL expression of the partition, None: one partition
    key_name: str  # the partition folder's prefix

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def signature(self) -> str:
        return json.dumps(self.columns)


def _tables(con: duckdb.DuckDBPyConnection) -> list[_Table]:
    found = con.execute(
        f"""select schema_name, table_name, comment from duckdb_tables()
            where database_name = current_database() and schema_name in ({', '.join('?' * len(PUBLISHED_SCHEMAS))})
            union all
            select schema_name, view_name, comment from duckdb_views()
            where database_name = current_database() and not internal
              and schema_name in ({', '.join('?' * len(PUBLISHED_SCHEMAS))})
            order by 1, 2""", [*PUBLISHED_SCHEMAS, *PUBLISHED_SCHEMAS]).fetchall()
    columns: dict[tuple[str, str], list] = {}
    for schema, table, column, dtype, comment in con.execute(
            """select schema_name, table_name, column_name, data_type, comment from duckdb_columns()
               where database_name = current_database() order by schema_name, table_name, column_index""").fetchall():
        columns.setdefault((schema, table), []).append((column, dtype, comment))
    tables = []
    for schema, name, comment in found:
        cols = columns[(schema, name)]
        names = {c for c, _, _ in cols}
        source = f"{_quote(schema)}.{_quote(name)} as _row"
        key, key_name = None, "all"
        if PARTITION_COLUMN in names:
            key, key_name = f"_row.{_quote(PARTITION_COLUMN)}", PARTITION_COLUMN
        else:
            for column, (parent_schema, parent) in PARENT_KEYS.items():
                parent_cols = {c for c, _, _ in columns.get((parent_schema, parent), [])}
                if column in names and PARTITION_COLUMN in parent_cols and (schema, name) != (parent_schema, parent):
                    source += (f" left join (select {_quote(column)} as _k, any_value({PARTITION_COLUMN}) as _p"
                               f" from {_quote(parent_schema)}.{_quote(parent)} group by 1) as _parent"
                               f" on _row.{_quote(column)} = _parent._k")
                    key, key_name = "_parent._p", f"{parent.removeprefix('fct_').rstrip('s')}_{PARTITION_COLUMN}"
                    break
        tables.append(_Table(schema, name, [(c, t) for c, t, _ in cols], comment,
                             {c: m for c, _, m in cols if m}, source, key, key_name))
    return tables


def _partitions(con: duckdb.DuckDBPyConnection, table: _Table) -> list[tuple[str | None, int, str]]:
    """(partition value, rows, content digest) of every partition of the table."""
    key = f"cast({table.key} as varchar)" if table.key else "null"
    row_hash = f"hash({', '.join(f'_row.{_quote(c)}' for c, _ in table.columns)})"
    found = con.execute(
        f"""select {key} as part, count(*), coalesce(sum({row_hash}), 0)::hugeint, coalesce(bit_xor({row_hash}), 0)
            from {table.source} group by 1 order by 1 nulls first""").fetchall()
    if not found:  # an empty table still needs a file, for its columns
        found = [(None, 0, 0, 0)]
    out = []
    for part, rows, total, xor in found:
        digest = hashlib.sha256(f"{table.signature}|{rows}|{total}|{xor}".encode()).hexdigest()[:24]
        out.append((part, rows, digest))
    return out


def _partition_folder(table: _Table, part: str | None) -> str:
    if table.key is None:
        return "all"
    return f"{table.key_name}={'null' if part is None else part.replace('/', '_')}"


def _export(con: duckdb.DuckDBPyConnection, table: _Table, parts: list[str | None], targets: list[Path],
            staging: Path) -> list[int]:
    """Write the given partitions of a table to their target files, in one pass over the table.

    DuckDB writes them with COPY ... PARTITION_BY into `staging` (on the same file system); each
    file is then made read-only and renamed to its target. Returns the files' sizes."""
    folder = staging / table.qualified
    staging.mkdir(parents=True, exist_ok=True)
    marker = "__newsetl_part"
    con.execute("create or replace temp table _wanted (part varchar, idx integer)")
    con.executemany("insert into _wanted values (?, ?)", [[p, i] for i, p in enumerate(parts)])
    key = f"cast({table.key} as varchar)" if table.key else "null"
    where = "true"
    if table.key is not None:  # on the key's own type, so DuckDB can skip row groups of other days
        values = [_literal(p) for p in parts if p is not None]
        where = " or ".join(([f"{table.key} in ({', '.join(values)})"] if values else [])
                            + ([f"{table.key} is null"] if None in parts else []))
    con.execute(f"copy (select _row.*, _wanted.idx as {marker} from {table.source}"
                f" join _wanted on {key} is not distinct from _wanted.part where {where})"
                f" to {_literal(str(folder))} (format parquet, compression zstd, partition_by ({marker}),"
                f" overwrite_or_ignore)")
    sizes = []
    for index, (part, target) in enumerate(zip(parts, targets)):
        written = sorted((folder / f"{marker}={index}").glob("*.parquet"))
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.parent / f".tmp-{os.getpid()}-{target.name}"
        if len(written) == 1:
            os.replace(written[0], tmp)
        else:  # an empty partition (an empty table) or one DuckDB split: write it on its own
            value = "null" if part is None else _literal(part)
            where = "true" if table.key is None else f"{key} is not distinct from {value}"
            con.execute(f"copy (select _row.* from {table.source} where {where}) "
                        f"to {_literal(str(tmp))} (format parquet, compression zstd)")
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, READ_ONLY)
        os.replace(tmp, target)
        sizes.append(target.stat().st_size)
    shutil.rmtree(folder, ignore_errors=True)
    return sizes


def _view_sql(table: _Table, files: list[Path]) -> str:
    columns = ", ".join(f"cast({_quote(c)} as {t}) as {_quote(c)}" for c, t in table.columns)
    paths = ", ".join(_literal(str(p)) for p in files)
    return f"create view {_quote(table.schema)}.{_quote(table.name)} as select {columns} from read_parquet([{paths}])"


def _write_catalog(tmp: Path, tables: list[_Table], placed: dict[str, list[dict]], root: Path,
                   run_id: str, published_at: datetime) -> None:
    tmp.unlink(missing_ok=True)
    Path(f"{tmp}.wal").unlink(missing_ok=True)
    with duckdb.connect(str(tmp)) as con:
        con.execute("begin transaction")
        for schema in sorted({t.schema for t in tables}):
            con.execute(f"create schema if not exists {_quote(schema)}")
        for table in tables:
            con.execute(_view_sql(table, [root / p["file"] for p in placed[table.qualified]]))
            view = f"{_quote(table.schema)}.{_quote(table.name)}"
            if table.comment:
                con.execute(f"comment on view {view} is {_literal(table.comment)}")
            for column, comment in table.column_comments.items():
                con.execute(f"comment on column {view}.{_quote(column)} is {_literal(comment)}")
        con.execute("create schema meta")
        con.execute("create table meta.publish (run_id varchar, published_at timestamptz, data_dir varchar)")
        con.execute("insert into meta.publish values (?, ?, ?)", [run_id, published_at, str(root)])
        con.execute("""create table meta.partitions (table_schema varchar, table_name varchar,
                       partition_key varchar, row_count bigint, bytes bigint, file varchar)""")
        listed = [(t.schema, t.name, p["key"], p["rows"], p["bytes"], str(root / p["file"]))
                  for t in tables for p in placed[t.qualified]]
        con.register("_listed", pa.table({name: [row[i] for row in listed] for i, name in enumerate(
            ("table_schema", "table_name", "partition_key", "row_count", "bytes", "file"))}))
        con.execute("insert into meta.partitions select * from _listed")
        con.unregister("_listed")
        con.execute("comment on table meta.publish is 'The publish this catalog belongs to'")
        con.execute("comment on table meta.partitions is "
                    "'The Parquet file behind each partition of each table (facts: one per landing day)'")
        con.execute("commit")
        con.execute("checkpoint")
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())


def _run_id(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%S.%fZ")


@contextlib.contextmanager
def _lock(root: Path):
    """One publisher at a time per warehouse (the DAG's pool already ensures it; this is a guard)."""
    import fcntl

    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _env_number(name: str, default: float) -> float:
    value = os.environ.get(name)
    if not value:
        return default
    number = float(value)
    if number < 0:
        raise ValueError(f"{name} must not be negative, got {value!r}")
    return number


def publish(work_warehouse: Path, published: Path, *, keep: int | None = None,
            retention_hours: float | None = None) -> PublishStats:
    """Publish the marts of `work_warehouse` as the read-only catalog `published`; see the module doc."""
    started = time.perf_counter()
    keep = max(1, int(keep if keep is not None else _env_number(KEEP_ENV, DEFAULT_KEEP)))
    retention = timedelta(hours=retention_hours if retention_hours is not None
                          else _env_number(RETENTION_ENV, DEFAULT_RETENTION_HOURS))
    if not work_warehouse.exists():
        raise FileNotFoundError(f"publish: no work warehouse at {work_warehouse}; run the earlier stages first")
    published = published.absolute()
    root = published_dir(published)
    now = datetime.now(timezone.utc)
    stats = PublishStats(path=published, run_id=_run_id(now), work_bytes=work_warehouse.stat().st_size)
    with _lock(root):
        for stale in root.glob("*/*/.tmp-*"):  # left by a publish that crashed (we hold the lock)
            stale.unlink(missing_ok=True)
        for stale in root.glob(".staging-*"):
            shutil.rmtree(stale, ignore_errors=True)
        placed: dict[str, list[dict]] = {}
        with duckdb.connect(str(work_warehouse), read_only=True) as con:
            tables = _tables(con)
            if not any(t.schema == "marts" for t in tables):
                raise RuntimeError(f"publish: {work_warehouse} has no marts; run dbt first")
            staging = root / f".staging-{stats.run_id}"
            try:
                for table in tables:
                    tick = time.perf_counter()
                    partitions = _partitions(con, table)
                    stats.hash_seconds += time.perf_counter() - tick
                    entries, missing = [], []
                    for part, rows, digest in partitions:
                        folder = _partition_folder(table, part)
                        entry = {"key": folder, "rows": rows, "file": f"{table.qualified}/{folder}/{digest}.parquet"}
                        entries.append(entry)
                        target = root / entry["file"]
                        if target.exists():
                            entry["bytes"] = target.stat().st_size
                            stats.files_reused += 1
                        else:
                            missing.append((part, entry))
                    if missing:
                        tick = time.perf_counter()
                        sizes = _export(con, table, [p for p, _ in missing], [root / e["file"] for _, e in missing],
                                        staging)
                        stats.export_seconds += time.perf_counter() - tick
                        for (_, entry), size in zip(missing, sizes):
                            entry["bytes"] = size
                            stats.files_written += 1
                            stats.parquet_bytes_written += size
                            stats.rows_written += entry["rows"]
                            stats.written.append(f"{table.qualified}/{entry['key']}")
                    placed[table.qualified] = entries
                    stats.rows_published += sum(e["rows"] for e in entries)
                    stats.bytes_published += sum(e["bytes"] for e in entries)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
        stats.tables = len(tables)
        stats.partitions = sum(len(p) for p in placed.values())

        # The manifest first: files it names are kept by garbage collection from now on.
        manifest = {"run_id": stats.run_id, "published_at": now.isoformat(), "catalog": str(published),
                    "tables": {t.qualified: {"columns": t.columns, "partitions": placed[t.qualified]}
                               for t in tables}}
        manifests = root / MANIFESTS
        manifests.mkdir(exist_ok=True)
        manifest_tmp = manifests / f".{stats.run_id}.json.tmp"
        manifest_tmp.write_text(json.dumps(manifest, separators=(",", ":"), default=str))
        os.replace(manifest_tmp, manifests / f"{stats.run_id}.json")
        stats.bytes_written += (manifests / f"{stats.run_id}.json").stat().st_size

        published.parent.mkdir(parents=True, exist_ok=True)
        for stale in published.parent.glob(f".{published.name}.publishing-*"):
            stale.unlink(missing_ok=True)
        tmp = published.parent / f".{published.name}.publishing-{os.getpid()}"
        try:
            _write_catalog(tmp, tables, placed, root, stats.run_id, now)
            stats.catalog_bytes = tmp.stat().st_size
            os.chmod(tmp, READ_ONLY)
            os.replace(tmp, published)  # the swap: atomic on one file system
        finally:
            tmp.unlink(missing_ok=True)
            Path(f"{tmp}.wal").unlink(missing_ok=True)
        _fsync_dir(published.parent)
        stats.bytes_written += stats.parquet_bytes_written + stats.catalog_bytes
        stats.files_removed, stats.bytes_removed = collect_garbage(root, keep, retention, now)
    stats.seconds = time.perf_counter() - started
    log.info("publish %s: %d of %d partitions written (%.1f KB, %d rows), %d reused, catalog %.1f KB, "
             "%d old files removed, %.2fs (hash %.2fs, export %.2fs)", published, stats.files_written,
             stats.partitions, stats.parquet_bytes_written / 1024, stats.rows_written, stats.files_reused,
             stats.catalog_bytes / 1024, stats.files_removed, stats.seconds, stats.hash_seconds,
             stats.export_seconds)
    return stats


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def collect_garbage(root: Path, keep: int, retention: timedelta, now: datetime) -> tuple[int, int]:
    """Delete manifests past retention and the Parquet files no remaining manifest names.

    A manifest stays while it is one of the newest `keep`, or while the publish that replaced it
    is younger than `retention` (a session opened on it may still be reading its files).
    Returns (files removed, bytes removed).
    """
    paths = sorted((root / MANIFESTS).glob("*.json"))
    loaded = []
    for path in paths:
        try:
            loaded.append((path, json.loads(path.read_text())))
        except (OSError, ValueError):
            log.warning("publish: unreadable manifest %s kept; its files are kept too", path)
            return 0, 0
    kept = []
    for index, (path, manifest) in enumerate(loaded):
        if index >= len(loaded) - keep:
            kept.append(manifest)
            continue
        replaced_at = datetime.fromisoformat(loaded[index + 1][1]["published_at"])
        if now - replaced_at < retention:
            kept.append(manifest)
        else:
            path.unlink()
    referenced = {p["file"] for m in kept for t in m["tables"].values() for p in t["partitions"]}
    removed = removed_bytes = 0
    for table_dir in root.iterdir():
        if not table_dir.is_dir() or table_dir.name == MANIFESTS:
            continue
        for file in table_dir.glob("*/*.parquet"):
            if file.relative_to(root).as_posix() not in referenced:
                removed_bytes += file.stat().st_size
                file.unlink()
                removed += 1
        for folder in table_dir.iterdir():
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        if not any(table_dir.iterdir()):
            table_dir.rmdir()
    return removed, removed_bytes


# --- For the benchmark: what a daily publish costs as history grows ----------------------------


def synthetic_history(source_work: Path, target_work: Path, days: int, first_day: date = date(2020, 1, 1),
                      copies_per_day: int = 1) -> None:
    """A work warehouse whose marts hold `days` landing days, each a copy of `source_work`'s marts.

    Every day's rows are the source's rows with `ingest_date` set to that day and ids made unique,
    `copies_per_day` times over (to scale a day's volume); the other tables are copied as they are.
    """
    target_work.unlink(missing_ok=True)
    with duckdb.connect(str(target_work)) as con:
        con.execute(f"attach {_literal(str(source_work))} as src (read_only)")
        for schema, name, cols in _tables_of(con, "src"):
            con.execute(f"create schema if not exists {_quote(schema)}")
            con.execute(f"create table {_quote(schema)}.{_quote(name)} as "
                        f"select * from src.{_quote(schema)}.{_quote(name)}"
                        + (" limit 0" if _day_dependent(cols) else ""))
        _insert_days(con, first_day, 0, days, copies_per_day)
        con.execute("detach src")
        con.execute("checkpoint")


def add_synthetic_day(source_work: Path, target_work: Path, day_index: int, first_day: date = date(2020, 1, 1),
                      copies_per_day: int = 1) -> None:
    """Append landing day number `day_index` (0-based) to a history made by `synthetic_history`."""
    with duckdb.connect(str(target_work)) as con:
        con.execute(f"attach {_literal(str(source_work))} as src (read_only)")
        _insert_days(con, first_day, day_index, 1, copies_per_day)
        con.execute("detach src")
        con.execute("checkpoint")


def _day_dependent(cols: list[str]) -> bool:
    return PARTITION_COLUMN in cols or any(k in cols for k in PARENT_KEYS)


def _insert_days(con: duckdb.DuckDBPyConnection, first_day: date, first_index: int, count: int,
                 copies: int) -> None:
    con.execute("create or replace temp table _days as select (?::date + i::integer) as _d, i as _i "
                "from range(?, ?) t(i)", [first_day, first_index, first_index + count])
    con.execute("create or replace temp table _copies as select c as _c from range(?) t(c)", [copies])
    for schema, name, cols in _tables_of(con, "src"):
        if schema not in PUBLISHED_SCHEMAS or not _day_dependent(cols):
            continue
        select = []
        for column in cols:
            if column == PARTITION_COLUMN:
                select.append("_days._d")
            elif column.endswith("_id") or column == "source_file":
                select.append(f"_s.{_quote(column)} || '-' || _days._i || '-' || _copies._c")
            else:
                select.append(f"_s.{_quote(column)}")
        con.execute(f"insert into {_quote(schema)}.{_quote(name)} select {', '.join(select)} "
                    f"from src.{_quote(schema)}.{_quote(name)} as _s, _days, _copies")


def _tables_of(con: duckdb.DuckDBPyConnection, database: str) -> list[tuple[str, str, list[str]]]:
    cols: dict[tuple[str, str], list[str]] = {}
    for schema, table, column in con.execute(
            "select schema_name, table_name, column_name from duckdb_columns() where database_name = ? "
            "order by schema_name, table_name, column_index", [database]).fetchall():
        cols.setdefault((schema, table), []).append(column)
    names = con.execute("select schema_name, table_name from duckdb_tables() where database_name = ? "
                        f"and schema_name in ({', '.join('?' * len(PUBLISHED_SCHEMAS))})",
                        [database, *PUBLISHED_SCHEMAS]).fetchall()
    return [(s, t, cols[(s, t)]) for s, t in sorted(names)]


def cost_curve(source_work: Path, folder: Path, history_days: list[int], copies_per_day: int = 1) -> list[dict]:
    """For each history size N: build N days, publish (the first, full publish), add day N+1,
    publish again (the daily publish). Returns one dict per N with both publishes' stats and
    what copying the whole work file costs, for comparison with the previous design."""
    results = []
    for days in history_days:
        run_dir = folder / f"history-{days}"
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir(parents=True)
        work = run_dir / "warehouse.work.duckdb"
        published = run_dir / "warehouse.duckdb"
        synthetic_history(source_work, work, days, copies_per_day=copies_per_day)
        first = publish(work, published, keep=1, retention_hours=0)
        add_synthetic_day(source_work, work, days, copies_per_day=copies_per_day)
        daily = publish(work, published, keep=1, retention_hours=0)
        tick = time.perf_counter()
        shutil.copyfile(work, run_dir / "full-copy.duckdb")
        copy_seconds = time.perf_counter() - tick
        (run_dir / "full-copy.duckdb").unlink()
        results.append({"history_days": days, "first_publish": first.as_dict(), "daily_publish": daily.as_dict(),
                        "full_copy_bytes": work.stat().st_size, "full_copy_seconds": copy_seconds})
    return results
