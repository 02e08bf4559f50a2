"""newsetl: news articles about minerals, energy and trade deals, into a DuckDB warehouse."""
