-- Whenever the exchange-rate seed has a rate for a money value's currency, the value has a USD
-- value: the earliest rate reaches back and the latest forward, so any date converts. Returns
-- the amounts and deals that should have been converted and were not.
with

amounts as (

    select * from {{ ref('fct_amounts') }}

),

deals as (

    select * from {{ ref('fct_deals') }}

),

rates as (

    select * from {{ ref('int_exchange_rate_periods') }}

),

amounts_not_converted as (

    select
        'fct_amounts' as model_name,
        amounts.amount_id as row_id,
        amounts.currency

    from amounts
    where
        amounts.amount_kind = 'money'
        and amounts.value_usd is null
        and amounts.currency in (select rates.currency from rates)

),

deals_not_converted as (

    select
        'fct_deals' as model_name,
        deals.deal_id as row_id,
        deals.currency

    from deals
    where
        deals.value is not null
        and deals.value_usd is null
        and deals.currency in (select rates.currency from rates)

),

failures as (

    select * from amounts_not_converted
    union all
    select * from deals_not_converted

)

select * from failures
