"""Extraction of countries, companies, commodities, amounts and deals from news articles.

    extractor = Extractor.from_seeds(seeds_dir)   # once per process
    extraction = extractor.extract(article)       # pure

The reference data are the dbt seed CSVs (countries, companies, commodities, organisations,
currencies), so what is recognised and what the warehouse dimensions hold cannot disagree.
"""
from newsetl.extract.deals import DEAL_TYPES
from newsetl.extract.extractor import Extractor

__all__ = ["DEAL_TYPES", "Extractor"]
