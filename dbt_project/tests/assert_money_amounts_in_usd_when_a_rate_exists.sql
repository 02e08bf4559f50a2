-- value_usd is present whenever a rate exists: when the exchange-rate seed has any rate of a
-- money amount's currency, the amount has a USD value (the earliest rate reaches back and the
-- latest forward, so any date converts). Returns the amounts that should have converted.
with

amounts as (

    select * from {{ ref('fct_amounts') }}

),

rates as (

    select * from {{ ref('int_exchange_rate_periods') }}

),

not_converted as (

    select
        amounts.amount_id,
        amounts.raw_text,
        amounts.currency

    from amounts
    where
        amounts.amount_kind = 'money'
        and amounts.value_usd is null
        and amounts.currency in (select rates.currency from rates)

)

select * from not_converted
