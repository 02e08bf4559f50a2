-- Deals by country pair and month, with their total value in US dollars.
-- A deal's countries (bridge_deal_countries) are its country parties and the home countries of
-- its company parties; every pair of two different countries of a deal counts the deal once.
-- Deals without a stated value count in deal_count but add nothing to total_value_usd.
with

deals as (

    select * from {{ ref('fct_deals') }}

),

deal_countries as (

    select * from {{ ref('bridge_deal_countries') }}

),

countries as (

    select * from {{ ref('dim_countries') }}

),

country_pairs as (

    select
        first_country.deal_id,
        first_country.iso2 as country_a,
        second_country.iso2 as country_b

    from deal_countries as first_country
    inner join deal_countries as second_country
        on first_country.deal_id = second_country.deal_id
            and first_country.iso2 < second_country.iso2

),

monthly as (

    select
        date_trunc('month', deals.announced_date) as deal_month,
        country_pairs.country_a,
        country_pairs.country_b,
        count(*) as deal_count,
        count(deals.value_usd) as valued_deal_count,
        sum(deals.value_usd) as total_value_usd

    from country_pairs
    inner join deals
        on country_pairs.deal_id = deals.deal_id
    group by
        date_trunc('month', deals.announced_date),
        country_pairs.country_a,
        country_pairs.country_b

),

final as (

    select
        monthly.deal_month,
        monthly.country_a,
        country_a_names.country_name as country_a_name,
        monthly.country_b,
        country_b_names.country_name as country_b_name,
        monthly.deal_count,
        monthly.valued_deal_count,
        monthly.total_value_usd

    from monthly
    left join countries as country_a_names
        on monthly.country_a = country_a_names.iso2
    left join countries as country_b_names
        on monthly.country_b = country_b_names.iso2

)

select * from final
order by deal_month asc, total_value_usd desc nulls last, deal_count desc, country_a asc, country_b asc
