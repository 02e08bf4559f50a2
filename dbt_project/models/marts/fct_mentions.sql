{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='sync_all_columns',
        pre_hook="{{ delete_outdated_rows(ref('stg_mentions')) }}",
    )
}}

-- Dependencies dbt cannot see in the SQL: the first copies the pre-hook reads, and the dimensions
-- the relationship tests join (built first: with one Airflow task per model, a test then sees both
-- of its sides up to date).
-- depends_on: {{ ref('dim_articles') }}
-- depends_on: {{ ref('dim_countries') }}
-- depends_on: {{ ref('dim_companies') }}
-- depends_on: {{ ref('dim_commodities') }}

with

mentions as (

    select * from {{ ref('stg_mentions') }}

),

articles as (

    select * from {{ ref('int_articles_first_copy') }}

),

batches as (

    {{ batch_hashes(ref('stg_mentions')) }}

),

mentions_of_first_copies as (

    select mentions.*
    from mentions
    inner join articles
        on mentions.article_id = articles.article_id
            and mentions.ingest_date = articles.ingest_date
    where {{ not_yet_built('mentions.article_id') }}

),

final as (

    select
        mentions_of_first_copies.article_id,
        mentions_of_first_copies.entity_type,
        case mentions_of_first_copies.entity_type
            when 'country'
                then {{ entity_key('country', 'upper(mentions_of_first_copies.entity_ref)') }}
            when 'commodity'
                then {{ entity_key('commodity', 'lower(mentions_of_first_copies.entity_ref)') }}
            when 'company'
                then {{ entity_key('company', 'mentions_of_first_copies.entity_ref') }}
        end as entity_key,
        mentions_of_first_copies.entity_ref,
        mentions_of_first_copies.mention_count,
        mentions_of_first_copies.ingest_date,
        batches.batch_hash

    from mentions_of_first_copies
    left join batches
        on mentions_of_first_copies.ingest_date = batches.ingest_date

)

select * from final
