with

source as (

    select * from {{ source('raw', 'articles') }}

),

renamed as (

    select
        article_id,
        source_file,
        record_index,
        source_format,
        trim(title) as title,
        nullif(trim(description), '') as description,
        body,
        length(body) as body_length,
        published_at,
        published_date,
        nullif(trim(publisher), '') as publisher,
        nullif(trim(author), '') as author,
        url,
        language,
        is_future_dated,
        ingest_date

    from source

)

select * from renamed
