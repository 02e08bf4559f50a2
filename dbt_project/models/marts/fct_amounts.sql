with

amounts as (

    select * from {{ ref('int_amounts_converted') }}

),

final as (

    select
        amount_id,
        article_id,
        amount_kind,
        value,
        unit,
        currency,
        value_usd,
        usd_rate_date,
        raw_text,
        qualifier,
        value_low,
        value_high,
        period,
        case
            when commodity_ref is not null
                then {{ entity_key('commodity', 'lower(commodity_ref)') }}
        end as commodity_key,
        ingest_date

    from amounts

)

select * from final
