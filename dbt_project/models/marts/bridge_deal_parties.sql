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
-- depends_on: {{ ref('dim_countries') }}
-- depends_on: {{ ref('dim_companies') }}

with

parties as (

    select * from {{ ref('stg_deal_parties') }}

),

deals as (

    select * from {{ ref('fct_deals') }}
    where {{ not_yet_built('deal_id') }}

),

batches as (

    {{ batch_hashes(ref('stg_deals')) }}

),

keyed as (

    select
        parties.deal_id,
        parties.party_type,
        case parties.party_type
            when 'country' then {{ entity_key('country', 'upper(parties.entity_ref)') }}
            when 'company' then {{ entity_key('company', 'parties.entity_ref') }}
        end as entity_key,
        parties.entity_ref,
        deals.article_id,
        deals.ingest_date

    from parties
    inner join deals
        on parties.deal_id = deals.deal_id
            and parties.ingest_date = deals.ingest_date

),

-- Two spellings of one company in one deal ("Corella Lithium", "CORELLA LITHIUM") are one
-- party: the first spelling in sort order is kept.
deduplicated as (

    select
        *,
        row_number() over (
            partition by deal_id, party_type, entity_key
            order by entity_ref
        ) as spelling_number

    from keyed

),

final as (

    select
        deduplicated.deal_id,
        deduplicated.party_type,
        deduplicated.entity_key,
        deduplicated.entity_ref,
        deduplicated.article_id,
        deduplicated.ingest_date,
        batches.batch_hash

    from deduplicated
    left join batches
        on deduplicated.ingest_date = batches.ingest_date
    where deduplicated.spelling_number = 1

)

select * from final
