-- Every company the warehouse knows: the registry seed, plus companies the extractor
-- discovered in articles by rule. Names are compared case-insensitively, so one real company
-- is one row; the registry's spelling and home country win over a discovered one.
with

registry as (

    select * from {{ ref('companies') }}

),

mentions as (

    select * from {{ ref('stg_mentions') }}

),

parties as (

    select * from {{ ref('stg_deal_parties') }}

),

registered as (

    select
        trim(company_name) as company_name,
        upper(nullif(trim(country_iso2), '')) as country_iso2,
        sector,
        true as in_registry

    from registry

),

seen_in_articles as (

    select
        entity_ref as company_name,
        home_country_iso2

    from mentions
    where entity_type = 'company'

    union all

    select
        entity_ref as company_name,
        null as home_country_iso2

    from parties
    where party_type = 'company'

),

discovered as (

    select
        min(trim(company_name)) as company_name,
        min(home_country_iso2) as country_iso2,
        cast(null as varchar) as sector,
        false as in_registry

    from seen_in_articles
    where lower(trim(company_name)) not in (select lower(registered.company_name) as company_name from registered)
    group by lower(trim(company_name))

),

unioned as (

    select * from registered
    union all
    select * from discovered

)

select * from unioned
