with

source as (

    select * from {{ source('raw', 'amounts') }}

),

renamed as (

    select
        amount_id,
        article_id,
        amount_kind,
        value,
        unit,
        raw_text,
        char_start,
        qualifier,
        value_low,
        value_high,
        period,
        commodity_ref,
        ingest_date

    from source

)

select * from renamed
