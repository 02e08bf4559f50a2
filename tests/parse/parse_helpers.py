"""Helpers for the parse tests: builders of good records and a one-call run over a landing folder.

(Not named conftest.py: test folders of this project share one import namespace.)
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from newsetl.parse import deduplicate, iter_landing_files, parse_file
from newsetl.records import LedgerEntry, ParseResult

FIXTURES = Path(__file__).parent / "fixtures"
DAY = date(2025, 6, 2)

GOOD_TITLE = "Marlow Cobalt wins $75 million loan for Zambian refinery"
GOOD_BODY = (
    "Marlow Cobalt said on Monday it had secured a $75 million loan from a group of regional banks "
    "to finish its cobalt refinery near Kitwe, in Zambia's Copperbelt province.\n\n"
    "The refinery is expected to produce 4,000 tonnes of cobalt hydroxide a year from 2026, and the "
    "company said it was in talks with two European battery makers about the output."
)


def good_record(**overrides: object) -> dict:
    """A news-API record that loads."""
    record = {"source": {"id": None, "name": "Copperbelt Courier"}, "author": "Tendai Phiri",
              "title": GOOD_TITLE, "description": "Regional banks lend to finish the plant.",
              "url": "https://courier.example/marlow", "publishedAt": "2025-06-02T07:00:00Z",
              "content": GOOD_BODY}
    record.update(overrides)
    return record


def good_page_text(title: str = GOOD_TITLE) -> str:
    """A page scrape that loads."""
    return f"{title}\nJune 2, 2025Copperbelt Courier\n\n{GOOD_BODY}\n"


def write_good_neighbour(folder: Path, name: str = "good_neighbour.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(good_record()), encoding="utf-8")
    return path


def run_day(folder: Path, **limits: int) -> ParseResult:
    """What the pipeline does for one landing folder: list, parse each file, deduplicate."""
    raw_root = folder.parent
    return deduplicate(parse_file(raw_root, path, DAY, **limits) for path in iter_landing_files(folder))


def row_for(result: ParseResult, name: str, record_index: int | None = None) -> LedgerEntry:
    """The single ledger row of `name` (relative to the landing folder)."""
    source_file = f"{DAY.isoformat()}/{name}"
    rows = [r for r in result.ledger if r.source_file == source_file and r.record_index == record_index]
    assert len(rows) == 1, f"{source_file}#{record_index}: {rows} in {result.ledger}"
    return rows[0]


def assert_neighbour_loaded(result: ParseResult, name: str = "good_neighbour.json") -> None:
    row = row_for(result, name)
    assert row.status == "loaded", row
    assert any(a.source_file.endswith(name) and a.title == GOOD_TITLE for a in result.articles)
