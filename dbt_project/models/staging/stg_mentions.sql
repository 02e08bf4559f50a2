with

source as (

    select * from {{ source('raw', 'mentions') }}

),

renamed as (

    select
        article_id,
        entity_type,
        entity_ref,
        mention_count,
        surface_forms,
        upper(home_country_iso2) as home_country_iso2,
        in_registry,
        ingest_date

    from source

)

select * from renamed
