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
        amounts_of_first_copies.* exclude (rate_date),
        case when amount_kind = 'money' then unit end as currency,
        case when amount_kind = 'money' then value * rates.usd_per_unit end as value_usd,
        case when amount_kind = 'money' then rates.rate_date end as usd_rate_date

    from amounts_of_first_copies
    left join rates
        on amounts_of_first_copies.amount_kind = 'money'
        and amounts_of_first_copies.unit = rates.currency
        and amounts_of_first_copies.rate_date >= rates.valid_from
        and amounts_of_first_copies.rate_date < rates.valid_to

)

select * from converted
