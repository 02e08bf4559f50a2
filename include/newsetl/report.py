"""What a run built, for people: where things are and a first look at the deals found."""
from __future__ import annotations

from pathlib import Path

import duckdb

from newsetl.settings import Settings

DEALS_QUERY = """
with parties as (
    select
        p.deal_id,
        string_agg(coalesce(c.iso2, k.company_name), ', ' order by p.party_type desc, p.entity_ref) as parties
    from marts.bridge_deal_parties p
    left join marts.dim_countries c on p.party_type = 'country' and p.entity_key = c.country_key
    left join marts.dim_companies k on p.party_type = 'company' and p.entity_key = k.company_key
    group by p.deal_id
)
select
    d.announced_date,
    d.deal_type,
    parties.parties,
    case when d.value is not null then d.currency || ' ' || format('{:,.0f}', d.value) end as value,
    left(a.title, 50) as article
from marts.fct_deals d
join marts.dim_articles a using (article_id)
left join parties using (deal_id)
order by d.announced_date, parties.parties
limit ?
"""

COUNTS_QUERY = """
select
    (select count(*) from marts.dim_articles) as articles,
    (select count(*) from marts.fct_deals) as deals,
    (select count(*) from marts.fct_amounts) as amounts,
    (select count(*) from marts.ingest_ledger where status = 'rejected') as rejected,
    (select count(*) from marts.ingest_ledger where status = 'duplicate') as duplicates
"""


def format_table(columns: list[str], rows: list[tuple]) -> str:
    """A plain-text table, widths fitted to the content."""
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths))
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(r, widths)) for r in cells]
    return "\n".join([line, rule, *body])


def query(warehouse: Path, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    """Run one query on the published warehouse, opened read-only."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        result = con.execute(sql, params or [])
        return [d[0] for d in result.description], result.fetchall()


def summary(settings: Settings, deal_rows: int = 12) -> str:
    columns, counts = query(settings.warehouse, COUNTS_QUERY)
    totals = dict(zip(columns, counts[0]))
    deal_columns, deals = query(settings.warehouse, DEALS_QUERY, [deal_rows])
    return "\n".join([
        f"warehouse (read-only, for analysts): {settings.warehouse}",
        f"dbt docs:                            {settings.dbt_docs_dir / 'static_index.html'}",
        f"quality report (Data Docs):          {settings.quality_dir / 'data_docs' / 'index.html'}",
        "",
        "{articles} articles, {deals} deals, {amounts} amounts; ledger: {rejected} rejected, "
        "{duplicates} duplicate records".format(**totals),
        "",
        format_table(deal_columns, deals),
    ])
