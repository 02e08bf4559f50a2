with

deals as (

    select * from {{ ref('int_deals_assembled') }}

),

final as (

    select
        deal_id,
        article_id,
        deal_type,
        announced_date,
        value,
        currency,
        value_usd,
        quantity,
        quantity_unit,
        quantity_period,
        duration_years,
        start_year,
        party_count,
        evidence_text,
        ingest_date

    from deals

)

select * from final
