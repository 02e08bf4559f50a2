"""Same-day duplicates: the first copy of a story is kept, later copies are ledgered as such.

"First" is by (source_file, record_index), so the outcome does not depend on the order in
which worker processes finished. Duplicates across landing days are the warehouse's business.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from newsetl.records import Article, LedgerEntry, ParseResult


def deduplicate(results: Iterable[ParseResult]) -> ParseResult:
    """Merge per-file results; keep the first article of each article_id, mark the rest 'duplicate'."""
    articles: dict[tuple[str, int], Article] = {}
    ledger: list[LedgerEntry] = []
    for result in results:
        articles.update((_key(a.source_file, a.record_index), a) for a in result.articles)
        ledger.extend(result.ledger)
    ledger.sort(key=lambda row: _key(row.source_file, row.record_index))

    kept_at: dict[str, LedgerEntry] = {}
    kept: list[Article] = []
    merged: list[LedgerEntry] = []
    for row in ledger:
        if row.status != "loaded" or row.article_id is None:
            merged.append(row)
            continue
        first = kept_at.get(row.article_id)
        if first is None:
            kept_at[row.article_id] = row
            article = articles.get(_key(row.source_file, row.record_index))
            if article is not None:
                kept.append(article)
            merged.append(row)
        else:
            reason = f"duplicate: same content as {_where(first)}"
            merged.append(replace(row, status="duplicate", reason=reason))
    return ParseResult(articles=kept, ledger=merged)


def _key(source_file: str, record_index: int | None) -> tuple[str, int]:
    return source_file, -1 if record_index is None else record_index


def _where(row: LedgerEntry) -> str:
    return row.source_file if row.record_index is None else f"{row.source_file} (record {row.record_index})"
