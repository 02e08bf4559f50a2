with

countries as (

    select * from {{ ref('countries') }}

),

final as (

    select
        {{ entity_key('country', 'upper(iso2)') }} as country_key,
        upper(iso2) as iso2,
        upper(iso3) as iso3,
        country_name

    from countries

)

select * from final
