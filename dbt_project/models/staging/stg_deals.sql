with

source as (

    select * from {{ source('raw', 'deals') }}

),

renamed as (

    select
        deal_id,
        article_id,
        deal_type,
        evidence_text,
        parties,
        commodities,
        value,
        upper(currency) as currency,
        quantity,
        quantity_unit,
        quantity_period,
        duration_years,
        start_year,
        ingest_date

    from source

)

select * from renamed
