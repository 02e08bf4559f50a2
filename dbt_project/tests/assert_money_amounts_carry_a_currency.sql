-- Money carries its currency: a money amount's unit is the ISO 4217 code of a known currency,
-- and `currency` repeats it. Returns the money amounts that do not.
with

amounts as (

    select * from {{ ref('fct_amounts') }}

),

currencies as (

    select * from {{ ref('currencies') }}

),

without_currency as (

    select
        amounts.amount_id,
        amounts.raw_text,
        amounts.unit,
        amounts.currency

    from amounts
    where
        amounts.amount_kind = 'money'
        and (
            amounts.currency is null
            or amounts.currency != amounts.unit
            or amounts.unit not in (select currencies.currency from currencies)
        )

)

select * from without_currency
