-- Deals of first copies only, each with its announcement date (the article's published date,
-- else its landing day), its value in US dollars at the rate of that date, and its number of
-- parties.
with

deals as (

    select * from {{ ref('stg_deals') }}

),

parties as (

    select * from {{ ref('stg_deal_parties') }}

),

articles as (

    select * from {{ ref('int_articles_first_copy') }}

),

rates as (

    select * from {{ ref('int_exchange_rate_periods') }}

),

party_counts as (

    select
        deal_id,
        ingest_date,
        count(*) as party_count

    from parties
    group by deal_id, ingest_date

),

deals_of_first_copies as (

    select
        deals.*,
        coalesce(articles.published_date, articles.ingest_date) as announced_date

    from deals
    inner join articles
        on deals.article_id = articles.article_id
            and deals.ingest_date = articles.ingest_date

),

assembled as (

    select
        deals_of_first_copies.deal_id,
        deals_of_first_copies.article_id,
        deals_of_first_copies.deal_type,
        deals_of_first_copies.announced_date,
        deals_of_first_copies.value,
        deals_of_first_copies.currency,
        deals_of_first_copies.value * rates.usd_per_unit as value_usd,
        rates.rate_date as usd_rate_date,
        deals_of_first_copies.quantity,
        deals_of_first_copies.quantity_unit,
        deals_of_first_copies.quantity_period,
        deals_of_first_copies.duration_years,
        deals_of_first_copies.start_year,
        coalesce(party_counts.party_count, 0) as party_count,
        deals_of_first_copies.evidence_text,
        deals_of_first_copies.ingest_date

    from deals_of_first_copies
    left join rates
        on deals_of_first_copies.currency = rates.currency
            and deals_of_first_copies.announced_date >= rates.valid_from
            and deals_of_first_copies.announced_date < rates.valid_to
    left join party_counts
        on deals_of_first_copies.deal_id = party_counts.deal_id
            and deals_of_first_copies.ingest_date = party_counts.ingest_date

)

select * from assembled
