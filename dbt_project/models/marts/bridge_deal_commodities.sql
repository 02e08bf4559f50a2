with

commodities as (

    select * from {{ ref('stg_deal_commodities') }}

),

deals as (

    select * from {{ ref('fct_deals') }}

),

final as (

    select
        commodities.deal_id,
        {{ entity_key('commodity', 'lower(commodities.commodity_ref)') }} as commodity_key,
        lower(commodities.commodity_ref) as commodity_name

    from commodities
    inner join deals
        on commodities.deal_id = deals.deal_id
        and commodities.ingest_date = deals.ingest_date

)

select * from final
