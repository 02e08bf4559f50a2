-- value_usd is present whenever a rate exists: when the exchange-rate seed has any rate of a
-- deal value's currency, the deal has a USD value. Returns the deals that should have converted.
with

deals as (

    select * from {{ ref('fct_deals') }}

),

rates as (

    select * from {{ ref('int_exchange_rate_periods') }}

),

not_converted as (

    select
        deals.deal_id,
        deals.value,
        deals.currency

    from deals
    where
        deals.value is not null
        and deals.value_usd is null
        and deals.currency in (select rates.currency from rates)

)

select * from not_converted
