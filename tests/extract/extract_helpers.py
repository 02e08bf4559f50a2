"""Helpers for the extraction tests: one extractor per test session, and readers of its output.

(Not named conftest.py: test folders of this project share one import namespace.)
"""
from __future__ import annotations

from datetime import date
from functools import cache

from newsetl.extract import Extractor
from newsetl.records import Article, Extraction
from newsetl.settings import SEEDS_DIR


@cache
def extractor() -> Extractor:
    return Extractor.from_seeds(SEEDS_DIR)


def extract(body: str, title: str = "Markets wrap", description: str | None = None,
            publisher: str | None = "Test Wire") -> Extraction:
    article = Article(article_id="a1", source_file="2025-01-01/a.txt", record_index=None, source_format="txt",
                      title=title, body=body, ingest_date=date(2025, 1, 1), description=description,
                      publisher=publisher)
    return extractor().extract(article)


def refs(extraction: Extraction, entity_type: str) -> set[str]:
    return {m.entity_ref for m in extraction.mentions if m.entity_type == entity_type}


def countries(body: str, **kwargs) -> set[str]:
    return refs(extract(body, **kwargs), "country")


def companies(body: str, **kwargs) -> set[str]:
    return refs(extract(body, **kwargs), "company")


def commodities(body: str, **kwargs) -> set[str]:
    return refs(extract(body, **kwargs), "commodity")


def amounts(body: str, **kwargs) -> list[tuple[str, float, str]]:
    return [(a.amount_kind, round(a.value, 6), a.unit) for a in extract(body, **kwargs).amounts]


def deal_parties(body: str, **kwargs) -> list[set[str]]:
    return [{p.entity_ref for p in d.parties} for d in extract(body, **kwargs).deals]
