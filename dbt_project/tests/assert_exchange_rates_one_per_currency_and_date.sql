-- The exchange-rate seed holds one rate per currency and date (whatever the case of the code):
-- two would overlap in int_exchange_rate_periods and duplicate every amount converted with them.
with

rates as (

    select * from {{ ref('exchange_rates') }}

),

duplicated as (

    select
        upper(trim(currency)) as currency,
        rate_date,
        count(*) as rate_count

    from rates
    group by upper(trim(currency)), rate_date
    having count(*) > 1

)

select * from duplicated
