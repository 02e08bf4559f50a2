with

source as (

    select * from {{ source('raw', 'ingest_ledger') }}

),

renamed as (

    select
        source_file,
        record_index,
        status,
        reason,
        article_id,
        source_format,
        byte_size,
        ingest_date

    from source

)

select * from renamed
