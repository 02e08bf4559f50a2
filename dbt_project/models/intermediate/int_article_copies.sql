-- Every copy of every article, numbered in the order it arrived. The same story can land on
-- several days or as several files; copy 1 is the one the marts keep, whatever order the days
-- were processed in, so a backfill gives the same warehouse as running the days in order.
with

articles as (

    select * from {{ ref('stg_articles') }}

),

numbered as (

    select
        *,
        row_number() over (
            partition by article_id
            order by ingest_date, source_file, record_index nulls first
        ) as copy_number,
        count(*) over (partition by article_id) as copies_received

    from articles

)

select * from numbered
