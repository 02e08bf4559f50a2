-- Each seed rate holds from its date until the next rate of the same currency. The earliest
-- rate also covers everything before it, so an old article still gets an approximate USD value;
-- the latest holds until a newer one is added.
with

rates as (

    select * from {{ ref('exchange_rates') }}

),

renamed as (

    select
        upper(trim(currency)) as currency,
        usd_per_unit,
        rate_date

    from rates

),

periods as (

    select
        currency,
        usd_per_unit,
        rate_date,
        case
            when row_number() over (partition by currency order by rate_date) = 1
                then date '1900-01-01'
            else rate_date
        end as valid_from,
        coalesce(
            lead(rate_date) over (partition by currency order by rate_date),
            date '9999-12-31'
        ) as valid_to

    from renamed

)

select * from periods
