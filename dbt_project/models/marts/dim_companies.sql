-- Built after dim_countries, which its country_iso2 relationship test joins (one Airflow task per model):
-- depends_on: {{ ref('dim_countries') }}

with

companies as (

    select * from {{ ref('int_companies_unioned') }}

),

final as (

    select
        {{ entity_key('company', 'company_name') }} as company_key,
        company_name,
        country_iso2,
        sector,
        in_registry

    from companies

)

select * from final
