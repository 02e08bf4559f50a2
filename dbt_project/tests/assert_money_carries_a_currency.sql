-- Money carries its currency: a money amount's unit is the ISO 4217 code of a known currency,
-- and a deal with a value names its currency. Returns the rows that do not.
with

amounts as (

    select * from {{ ref('fct_amounts') }}

),

deals as (

    select * from {{ ref('fct_deals') }}

),

currencies as (

    select * from {{ ref('currencies') }}

),

amounts_without_currency as (

    select
        'fct_amounts' as model_name,
        amounts.amount_id as row_id,
        amounts.unit as currency

    from amounts
    where
        amounts.amount_kind = 'money'
        and (
            amounts.currency is null
            or amounts.currency != amounts.unit
            or amounts.unit not in (select currencies.currency from currencies)
        )

),

deals_without_currency as (

    select
        'fct_deals' as model_name,
        deals.deal_id as row_id,
        deals.currency

    from deals
    where
        deals.value is not null
        and (
            deals.currency is null
            or deals.currency not in (select currencies.currency from currencies)
        )

),

failures as (

    select * from amounts_without_currency
    union all
    select * from deals_without_currency

)

select * from failures
