with

articles as (

    select * from {{ ref('int_articles_first_copy') }}

),

final as (

    select
        article_id,
        source_file,
        record_index,
        source_format,
        title,
        description,
        published_date,
        published_at,
        publisher,
        author,
        url,
        language,
        body_length,
        is_future_dated,
        copies_received,
        ingest_date

    from articles

)

select * from final
