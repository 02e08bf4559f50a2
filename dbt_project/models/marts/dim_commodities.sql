with

commodities as (

    select * from {{ ref('commodities') }}

),

final as (

    select
        {{ entity_key('commodity', 'lower(commodity_name)') }} as commodity_key,
        lower(commodity_name) as commodity_name,
        commodity_group

    from commodities

)

select * from final
