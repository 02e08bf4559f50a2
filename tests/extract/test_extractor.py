"""The extractor as the pipeline uses it: pure, stable, picklable."""
import pickle
from datetime import date

from extract_helpers import extract, extractor

from newsetl.records import Article

BODY = ("Rio Tinto agreed to buy Arcadium Lithium for $6.7 billion, the miner said. "
        "The deal gives Rio a large position in lithium in Argentina and Canada.")


def test_extract_is_pure_and_ids_are_stable():
    assert extract(BODY) == extract(BODY)


def test_every_mention_counts_all_its_occurrences():
    rio = next(m for m in extract(BODY).mentions if m.entity_ref == "Rio Tinto")
    assert (rio.mention_count, rio.surface_forms, rio.home_country_iso2, rio.in_registry) == (
        2, ("Rio Tinto", "Rio"), "GB", True)


def test_an_extractor_survives_pickling_for_worker_processes():
    article = Article(article_id="a1", source_file="a.txt", record_index=None, source_format="txt",
                      title="Lithium deal", body=BODY, ingest_date=date(2025, 1, 1))
    clone = pickle.loads(pickle.dumps(extractor()))
    assert clone is not extractor() and clone.extract(article) == extractor().extract(article)


def test_only_the_articles_own_text_is_read():
    assert extract("", title="No body at all").mentions == []
