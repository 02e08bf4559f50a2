{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='sync_all_columns',
        pre_hook="{{ delete_outdated_rows(ref('stg_deals'), with_exchange_rates=true) }}",
    )
}}

-- Dependencies dbt cannot see in the SQL: the first copies the pre-hook reads, and the dimensions
-- the relationship tests join (built first: with one Airflow task per model, a test then sees both
-- of its sides up to date).
-- depends_on: {{ ref('int_articles_first_copy') }}
-- depends_on: {{ ref('dim_articles') }}
-- depends_on: {{ ref('currencies') }}

with

deals as (

    select * from {{ ref('int_deals_assembled') }}
    where {{ not_yet_built('article_id') }}

),

batches as (

    {{ batch_hashes(ref('stg_deals'), with_exchange_rates=true) }}

),

final as (

    select
        deals.deal_id,
        deals.article_id,
        deals.deal_type,
        deals.announced_date,
        deals.value,
        deals.currency,
        deals.value_usd,
        deals.usd_rate_date,
        deals.quantity,
        deals.quantity_unit,
        deals.quantity_period,
        deals.duration_years,
        deals.start_year,
        deals.party_count,
        deals.evidence_text,
        deals.ingest_date,
        batches.batch_hash

    from deals
    left join batches
        on deals.ingest_date = batches.ingest_date

)

select * from final
