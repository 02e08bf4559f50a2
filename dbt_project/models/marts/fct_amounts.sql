{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='sync_all_columns',
        pre_hook="{{ delete_outdated_rows(ref('stg_amounts'), with_exchange_rates=true) }}",
    )
}}

-- Dependencies dbt cannot see in the SQL: the first copies the pre-hook reads, and the dimensions
-- the relationship tests join (built first: with one Airflow task per model, a test then sees both
-- of its sides up to date).
-- depends_on: {{ ref('int_articles_first_copy') }}
-- depends_on: {{ ref('dim_articles') }}
-- depends_on: {{ ref('dim_commodities') }}
-- depends_on: {{ ref('currencies') }}

with

amounts as (

    select * from {{ ref('int_amounts_converted') }}
    where {{ not_yet_built('article_id') }}

),

batches as (

    {{ batch_hashes(ref('stg_amounts'), with_exchange_rates=true) }}

),

final as (

    select
        amounts.amount_id,
        amounts.article_id,
        amounts.amount_kind,
        amounts.value,
        amounts.unit,
        amounts.currency,
        amounts.value_usd,
        amounts.usd_rate_date,
        amounts.raw_text,
        amounts.qualifier,
        amounts.value_low,
        amounts.value_high,
        amounts.period,
        case
            when amounts.commodity_ref is not null
                then {{ entity_key('commodity', 'lower(amounts.commodity_ref)') }}
        end as commodity_key,
        amounts.ingest_date,
        batches.batch_hash

    from amounts
    left join batches
        on amounts.ingest_date = batches.ingest_date

)

select * from final
