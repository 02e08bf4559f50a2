with

source as (

    select * from {{ source('raw', 'deals') }}

),

unnested as (

    select distinct
        deal_id,
        article_id,
        ingest_date,
        unnest(commodities) as commodity_ref

    from source

)

select * from unnested
