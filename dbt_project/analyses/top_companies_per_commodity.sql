-- Which companies sign the most deals, per commodity: the ten companies (ties included) that
-- are a party to the most deals over each commodity, with the deals' total value in US dollars.
with

parties as (

    select * from {{ ref('bridge_deal_parties') }}

),

deal_commodities as (

    select * from {{ ref('bridge_deal_commodities') }}

),

deals as (

    select * from {{ ref('fct_deals') }}

),

companies as (

    select * from {{ ref('dim_companies') }}

),

company_deals as (

    select
        deal_commodities.commodity_name,
        parties.entity_key as company_key,
        count(distinct parties.deal_id) as deal_count,
        sum(deals.value_usd) as total_value_usd

    from parties
    inner join deal_commodities
        on parties.deal_id = deal_commodities.deal_id
    inner join deals
        on parties.deal_id = deals.deal_id
    where parties.party_type = 'company'
    group by deal_commodities.commodity_name, parties.entity_key

),

ranked as (

    select
        company_deals.*,
        rank() over (
            partition by company_deals.commodity_name
            order by company_deals.deal_count desc
        ) as company_rank

    from company_deals

),

final as (

    select
        ranked.commodity_name,
        ranked.company_rank,
        companies.company_name,
        companies.country_iso2,
        ranked.deal_count,
        ranked.total_value_usd

    from ranked
    inner join companies
        on ranked.company_key = companies.company_key
    where ranked.company_rank <= 10

)

select * from final
order by commodity_name, company_rank, company_name
