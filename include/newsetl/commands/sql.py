"""`newsetl sql`: query the published warehouse, read-only.

    newsetl sql "SELECT ..."        one query (or several, separated by ';': the last one's rows
                                    are printed) as a plain table, for scripts; --csv for CSV
    newsetl sql - < query.sql       the query from standard input
    newsetl sql                     an interactive session (`make sql`)

The warehouse is `--warehouse FILE`, else `$NEWSETL_WAREHOUSE`, else `data/warehouse.duckdb`. It
is always opened read-only: statements that would change it fail, and a session can never get
in the way of the daily run (which swaps a new catalog in beside open sessions; see
`newsetl.publish`). A session keeps the data it opened with; `.reopen` moves to the newest.

The interactive session is the DuckDB shell when a `duckdb` binary of the same version is on
PATH (it ships with syntax highlighting and completion), else a small built-in shell with
DuckDB's own table rendering, history, completion and a few dot commands (`.help`).
`NEWSETL_SQL_SHELL=builtin` (or `duckdb`) picks one.

Read-only is not enough on its own: a statement could still ATTACH another file read-write (the
work warehouse) or COPY over one. Every session is locked down: it reads only the published
Parquet files and writes only into the export folder (`exports/` beside the warehouse, or
`$NEWSETL_EXPORT_DIR`), and it cannot change that setting back.
"""
from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, TextIO

import duckdb

from newsetl import settings as settings_module
from newsetl.publish import published_dir
from newsetl.report import format_table

SHELL_ENV = "NEWSETL_SQL_SHELL"
HISTORY_FILE = Path.home() / ".newsetl_sql_history"
HELP = """\
End every statement with ';'. The warehouse is read-only; COPY (...) TO '{exports}/file.csv' exports.
  .tables [SCHEMA]       tables and views (default: marts)
  .describe TABLE        columns and types of a table (also .schema)
  .mode box|table|csv    how results are shown (box: DuckDB's, truncated to .maxrows)
  .maxrows N             rows shown in box mode (default 40)
  .timer on|off          show how long each statement took
  .reopen                switch to the newest published data (this session keeps its own until then)
  .help                  this text
  .quit                  leave (also .exit, Ctrl-D)
Contents of every mart: data/dbt_docs/static_index.html. What is published: meta.publish, meta.partitions."""


def export_dir(warehouse: Path) -> Path:
    """The one folder a session may write to (COPY ... TO): `exports/` beside the warehouse."""
    return Path(os.environ.get("NEWSETL_EXPORT_DIR") or warehouse.parent / "exports")


def _published_folders(con: duckdb.DuckDBPyConnection, warehouse: Path) -> set[Path]:
    """The folders of Parquet files the catalog's views read (absolute paths written by the publish)."""
    try:
        files = [Path(f) for (f,) in con.execute("select distinct file from meta.partitions").fetchall()]
    except duckdb.Error:  # not a published catalog (an older or a hand-made warehouse)
        files = []
    return {parent for f in files for parent in f.parents if parent.name.endswith(".published")} | {
        published_dir(warehouse), published_dir(warehouse.resolve())}


def lockdown_statements(con: duckdb.DuckDBPyConnection, warehouse: Path) -> list[str]:
    """Settings that confine a session to the published files and the export folder, for good."""
    exports = export_dir(warehouse)
    folders = {str(folder) + "/" for folder in _published_folders(con, warehouse) | {exports, exports.resolve()}}
    allowed = ", ".join("'" + folder.replace("'", "''") + "'" for folder in sorted(folders))
    return [f"SET allowed_directories = [{allowed}]", "SET enable_external_access = false",
            "SET lock_configuration = true"]


def _connect(warehouse: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(warehouse), read_only=True)
    for statement in lockdown_statements(con, warehouse):
        con.execute(statement)
    return con


def run_query(warehouse: Path, sql: str, out: TextIO, as_csv: bool = False) -> None:
    """Run `sql` on the warehouse (read-only) and print the last statement's rows."""
    if any(statement.type == duckdb.StatementType.COPY for statement in duckdb.extract_statements(sql)):
        export_dir(warehouse).mkdir(parents=True, exist_ok=True)  # the one folder COPY ... TO may write
    with _connect(warehouse) as con:
        result = con.execute(sql)
        if result.description is None:
            return
        columns = [d[0] for d in result.description]
        rows = result.fetchall()
    if as_csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        print(format_table(columns, rows), file=out)
        print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", file=out)


# --- The built-in interactive shell ------------------------------------------------------------


class Session:
    """A read-only SQL session on the published warehouse: statements and dot commands."""

    def __init__(self, warehouse: Path, out: TextIO):
        self.warehouse = warehouse
        self.out = out
        self.mode = "box"
        self.max_rows = 40
        self.timer = False
        self.con: duckdb.DuckDBPyConnection | None = None
        self.opened: tuple[int, int] | None = None
        self.told_newer = False
        self.failed = False  # a statement failed (piped input then exits 1)
        self.open()

    def open(self) -> None:
        if self.con is not None:
            self.con.close()
        self.opened = _identity(self.warehouse)
        export_dir(self.warehouse).mkdir(parents=True, exist_ok=True)  # ready for COPY ... TO
        self.con = _connect(self.warehouse)
        self.told_newer = False

    def describe_publish(self) -> str:
        try:
            (run_id, published_at), = self.con.execute("select run_id, published_at from meta.publish").fetchall()
            return f"published {published_at:%Y-%m-%d %H:%M %Z} (run {run_id})"
        except duckdb.Error:
            return "published earlier (no meta.publish)"

    def names(self) -> list[str]:
        rows = self.con.execute("""select table_schema, table_name from information_schema.tables
                                   union select table_schema, table_name || '.' || column_name
                                   from information_schema.columns""").fetchall()
        return sorted({f"{s}.{n}" for s, n in rows} | {n.split(".")[-1] for _, n in rows} | {s for s, _ in rows})

    def _note_newer_publish(self) -> None:
        if not self.told_newer and _identity(self.warehouse) != self.opened:
            print("-- a newer publish is available: .reopen to see it (this session keeps the data it "
                  "opened with)", file=self.out)
            self.told_newer = True

    def execute(self, sql: str) -> None:
        self._note_newer_publish()
        started = time.perf_counter()
        try:
            relation = self.con.sql(sql)
            if relation is not None:
                self._show(relation)
        except duckdb.Error as error:
            print(f"Error: {error}", file=self.out)
            self.failed = True
        except KeyboardInterrupt:
            print("-- interrupted", file=self.out)
        if self.timer:
            print(f"Run Time: {time.perf_counter() - started:.3f}s", file=self.out)

    def _show(self, relation: duckdb.DuckDBPyRelation) -> None:
        if self.mode == "box":
            width = shutil.get_terminal_size((120, 40)).columns
            print(_render_box(relation, width, self.max_rows), file=self.out)
            return
        columns, rows = relation.columns, relation.fetchall()
        if self.mode == "csv":
            writer = csv.writer(self.out, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows(rows)
        else:
            print(format_table(columns, rows), file=self.out)

    def command(self, line: str) -> bool:
        """A dot command; returns False to leave the session."""
        name, _, argument = line.strip().partition(" ")
        argument = argument.strip().rstrip(";")
        if name in (".quit", ".exit", ".q"):
            return False
        if name == ".help":
            print(HELP.format(exports=export_dir(self.warehouse)), file=self.out)
        elif name == ".tables":
            schema = argument or "marts"
            self.execute("select table_name as name, lower(table_type) as type from information_schema.tables "
                         f"where table_schema = '{schema.replace(chr(39), '')}' order by 1")
        elif name in (".describe", ".schema"):
            if not argument:
                print("usage: .describe TABLE   (e.g. .describe marts.fct_deals)", file=self.out)
            else:
                self.execute(f"describe {argument if '.' in argument else 'marts.' + argument}")
        elif name == ".mode" and argument in ("box", "table", "csv"):
            self.mode = argument
        elif name == ".maxrows" and argument.isdigit():
            self.max_rows = int(argument)
        elif name == ".timer" and argument in ("on", "off"):
            self.timer = argument == "on"
        elif name == ".reopen":
            self.open()
            print(f"-- reopened: {self.describe_publish()}", file=self.out)
        else:
            print(f"unknown or incomplete command {line.strip()!r}; .help lists them", file=self.out)
        return True


def _render_box(relation: duckdb.DuckDBPyRelation, width: int, max_rows: int) -> str:
    import io
    import contextlib

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        relation.show(max_width=width, max_rows=max_rows)
    return buffer.getvalue().rstrip("\n")


def _identity(path: Path) -> tuple[int, int]:
    """Which file `path` names now: a publish renames a new file onto it."""
    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns


def statements(lines: Iterator[str | None]) -> Iterator[str]:
    """Dot commands (one line) and SQL statements (up to a line ending in ';') from input lines.

    A None line (Ctrl-C at the prompt) drops the statement being typed."""
    buffer: list[str] = []
    for line in lines:
        if line is None:
            buffer = []
            continue
        if not buffer and line.strip().startswith("."):
            yield line.strip()
            continue
        if not buffer and not line.strip():
            continue
        buffer.append(line)
        if line.rstrip().endswith(";"):
            yield "\n".join(buffer)
            buffer = []
    if buffer and "".join(buffer).strip():
        yield "\n".join(buffer)


def _prompted_lines(buffer_state: dict) -> Iterator[str | None]:
    while True:
        try:
            line = input("...> " if buffer_state["open"] else "sql> ")
        except EOFError:
            print()
            return
        except KeyboardInterrupt:  # Ctrl-C drops the statement being typed, as in the DuckDB shell
            print("^C")
            buffer_state["open"] = False
            yield None
            continue
        stripped = line.strip()
        if not buffer_state["open"] and stripped.startswith("."):
            pass
        elif stripped:
            buffer_state["open"] = not stripped.endswith(";")
        yield line


def _set_up_readline(session: Session):
    try:
        import readline
    except ImportError:  # pragma: no cover - not on Linux or macOS
        return None
    words = sorted(set(session.names()) | {w.lower() for w in (
        "SELECT FROM WHERE GROUP BY ORDER HAVING LIMIT JOIN LEFT INNER ON USING AS WITH COUNT SUM AVG MIN MAX "
        "DISTINCT CASE WHEN THEN ELSE END AND OR NOT NULL IS IN LIKE ILIKE BETWEEN DESCRIBE SUMMARIZE "
        "STRING_AGG DATE_TRUNC COALESCE").split()} | {".tables", ".describe", ".mode", ".timer", ".reopen",
                                                     ".help", ".quit"})

    def complete(text: str, state: int):
        matches = [w for w in words if w.startswith(text.lower()) or w.startswith(text)]
        return matches[state] if state < len(matches) else None

    readline.set_completer(complete)
    readline.set_completer_delims(" \t\n,()=<>;'\"")
    readline.parse_and_bind("tab: complete")
    try:
        readline.read_history_file(HISTORY_FILE)
    except OSError:
        pass
    return readline


def interactive(warehouse: Path, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    """The built-in shell. With a terminal: prompts, history, completion. Else it reads statements
    from the input and exits 1 if one of them failed."""
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    session = Session(warehouse, out)
    tty = stdin.isatty() and stdin is sys.stdin
    readline = None
    if tty:
        print(f"newsetl sql: {warehouse} (read-only), {session.describe_publish()}", file=out)
        print("marts: .tables   columns: .describe fct_deals   help: .help   leave: .quit or Ctrl-D", file=out)
        readline = _set_up_readline(session)
        lines = _prompted_lines({"open": False})
    else:
        lines = (line.rstrip("\n") for line in stdin)
    try:
        for statement in statements(lines):
            if statement.startswith("."):
                if not session.command(statement):
                    break
            else:
                session.execute(statement)
    finally:
        if readline is not None:
            try:
                readline.set_history_length(2000)
                readline.write_history_file(HISTORY_FILE)
            except OSError:
                pass
        session.con.close()
    return 1 if session.failed and not tty else 0


def _duckdb_shell() -> str | None:
    """A `duckdb` binary on PATH of the same version as the duckdb package (same file format)."""
    binary = shutil.which("duckdb")
    if not binary:
        return None
    try:
        version = subprocess.run([binary, "-version"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    wanted = ".".join(duckdb.__version__.split(".")[:2])
    return binary if version.strip().lstrip("v").startswith(wanted) else None


def run(args: argparse.Namespace) -> int:
    warehouse = Path(args.warehouse or settings_module.from_env().warehouse)
    if not warehouse.exists():
        print(f"sql: no published warehouse at {warehouse}; build one with `make run` or "
              f"`newsetl run --raw-dir DIR --warehouse {warehouse}`, or pass --warehouse", file=sys.stderr)
        return 2
    if args.query is not None:
        sql = sys.stdin.read() if args.query == "-" else args.query
        try:
            run_query(warehouse, sql, sys.stdout, as_csv=args.csv)
        except duckdb.Error as error:
            print(f"sql: {error}", file=sys.stderr)
            return 1
        return 0
    choice = os.environ.get(SHELL_ENV, "auto")
    shell = _duckdb_shell() if choice in ("auto", "duckdb") else None
    if choice == "duckdb" and shell is None:
        print("sql: no duckdb binary of version %s on PATH; using the built-in shell" % duckdb.__version__,
              file=sys.stderr)
    if shell:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            setup = "; ".join(lockdown_statements(con, warehouse)) + ";"
        return subprocess.call([shell, "-readonly", "-cmd", setup, str(warehouse)])
    return interactive(warehouse)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("sql", help="query the published warehouse (read-only): one query, or a session")
    parser.add_argument("query", nargs="?", help="SQL to run and print; '-' reads it from standard input; "
                                                 "none: an interactive session")
    parser.add_argument("--warehouse", help="the published DuckDB file (default: $NEWSETL_WAREHOUSE, "
                                            "else data/warehouse.duckdb)")
    parser.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    parser.set_defaults(handler=run)
