-- Money carries its currency: a deal with a value names the ISO 4217 code of a known currency.
-- Returns the deals that do not.
with

deals as (

    select * from {{ ref('fct_deals') }}

),

currencies as (

    select * from {{ ref('currencies') }}

),

without_currency as (

    select
        deals.deal_id,
        deals.value,
        deals.currency,
        deals.evidence_text

    from deals
    where
        deals.value is not null
        and (
            deals.currency is null
            or deals.currency not in (select currencies.currency from currencies)
        )

)

select * from without_currency
