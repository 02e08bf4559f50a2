with

source as (

    select * from {{ source('raw', 'deals') }}

),

unnested as (

    select
        deal_id,
        article_id,
        ingest_date,
        unnest(parties) as party

    from source

),

renamed as (

    select distinct
        deal_id,
        article_id,
        ingest_date,
        struct_extract(party, 'party_type') as party_type,
        struct_extract(party, 'entity_ref') as entity_ref

    from unnested

)

select * from renamed
