-- Amounts of first copies only, money converted to US dollars at the rate valid on the
-- article's date (its published date, else the landing day of its first copy).
with

amounts as (

    select * from {{ ref('stg_amounts') }}

),

articles as (

    select * from {{ ref('int_articles_first_copy') }}

),

rates as (

    select * from {{ ref('int_exchange_rate_periods') }}

),

amounts_of_first_copies as (

    select
        amounts.*,
        coalesce(articles.published_date, articles.ingest_date) as rate_date

    from amounts
    inner join articles
        on amounts.article_id = articles.article_id
            and amounts.ingest_date = articles.ingest_date

),

converted as (

    select
        amounts_of_first_copies.amount_id,
        amounts_of_first_copies.article_id,
        amounts_of_first_copies.amount_kind,
        amounts_of_first_copies.value,
        amounts_of_first_copies.unit,
        amounts_of_first_copies.raw_text,
        amounts_of_first_copies.char_start,
        amounts_of_first_copies.qualifier,
        amounts_of_first_copies.value_low,
        amounts_of_first_copies.value_high,
        amounts_of_first_copies.period,
        amounts_of_first_copies.commodity_ref,
        amounts_of_first_copies.ingest_date,
        case
            when amounts_of_first_copies.amount_kind = 'money' then amounts_of_first_copies.unit
        end as currency,
        amounts_of_first_copies.value * rates.usd_per_unit as value_usd,
        rates.rate_date as usd_rate_date

    from amounts_of_first_copies
    left join rates
        on amounts_of_first_copies.amount_kind = 'money'
            and amounts_of_first_copies.unit = rates.currency
            and amounts_of_first_copies.rate_date >= rates.valid_from
            and amounts_of_first_copies.rate_date < rates.valid_to

)

select * from converted
