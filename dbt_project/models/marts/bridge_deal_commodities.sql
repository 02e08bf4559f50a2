{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='sync_all_columns',
        pre_hook="{{ delete_outdated_rows(ref('stg_deals')) }}",
    )
}}

-- Dependencies dbt cannot see in the SQL: the first copies the pre-hook reads, and the dimensions
-- the relationship tests join (built first: with one Airflow task per model, a test then sees both
-- of its sides up to date).
-- depends_on: {{ ref('int_articles_first_copy') }}
-- depends_on: {{ ref('dim_commodities') }}

with

commodities as (

    select * from {{ ref('stg_deal_commodities') }}

),

deals as (

    select * from {{ ref('fct_deals') }}
    where {{ not_yet_built('deal_id') }}

),

batches as (

    {{ batch_hashes(ref('stg_deals')) }}

),

final as (

    select distinct
        commodities.deal_id,
        {{ entity_key('commodity', 'lower(commodities.commodity_ref)') }} as commodity_key,
        lower(commodities.commodity_ref) as commodity_name,
        deals.article_id,
        deals.ingest_date,
        batches.batch_hash

    from commodities
    inner join deals
        on commodities.deal_id = deals.deal_id
            and commodities.ingest_date = deals.ingest_date
    left join batches
        on deals.ingest_date = batches.ingest_date

)

select * from final
