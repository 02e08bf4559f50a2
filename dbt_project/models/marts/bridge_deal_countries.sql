-- Rebuilt whole on every run (not incremental): a company's home country comes from
-- dim_companies, which a registry update can change for deals of any day.
with

parties as (

    select * from {{ ref('bridge_deal_parties') }}

),

countries as (

    select * from {{ ref('dim_countries') }}

),

companies as (

    select * from {{ ref('dim_companies') }}

),

party_countries as (

    select
        parties.deal_id,
        parties.ingest_date,
        case parties.party_type
            when 'country' then countries.iso2
            when 'company' then companies.country_iso2
        end as iso2,
        parties.party_type = 'country' as is_country_party

    from parties
    left join countries
        on parties.party_type = 'country'
            and parties.entity_key = countries.country_key
    left join companies
        on parties.party_type = 'company'
            and parties.entity_key = companies.company_key

),

final as (

    select
        party_countries.deal_id,
        {{ entity_key('country', 'party_countries.iso2') }} as country_key,
        party_countries.iso2,
        bool_or(party_countries.is_country_party) as is_country_party,
        bool_or(not party_countries.is_country_party) as is_company_home,
        min(party_countries.ingest_date) as ingest_date

    from party_countries
    where party_countries.iso2 is not null
    group by party_countries.deal_id, party_countries.iso2

)

select * from final
