-- Which countries appear most with China in critical-minerals deals.
--
-- A critical-minerals deal is over a commodity of the groups below (or the generic "critical
-- minerals"); when the extractor gave a deal no commodity, the commodities its article mentions
-- stand in. A deal's countries (bridge_deal_countries) are its country parties and the home
-- countries of its company parties. Two measures, from strict to loose:
--   deals_with_china_as_party     China and the country are both among the deal's countries;
--   deals_in_stories_with_china   China and the country are both named in the deal's article
--                                 (or among its countries).
with

deals as (

    select * from {{ ref('fct_deals') }}

),

deal_countries as (

    select * from {{ ref('bridge_deal_countries') }}

),

deal_commodities as (

    select * from {{ ref('bridge_deal_commodities') }}

),

mentions as (

    select * from {{ ref('fct_mentions') }}

),

countries as (

    select * from {{ ref('dim_countries') }}

),

commodities as (

    select * from {{ ref('dim_commodities') }}

),

critical_minerals as (

    select commodity_key
    from commodities
    where
        commodity_group in ('rare earths', 'battery metals', 'minor metals')
        or commodity_name = 'critical minerals'

),

stated_commodities as (

    select
        deal_id,
        commodity_key

    from deal_commodities

),

article_commodities as (

    select
        deals.deal_id,
        mentions.entity_key as commodity_key

    from deals
    inner join mentions
        on deals.article_id = mentions.article_id
            and mentions.entity_type = 'commodity'
    where deals.deal_id not in (select stated_commodities.deal_id from stated_commodities)

),

critical_deals as (

    select distinct deal_commodity.deal_id
    from (
        select * from stated_commodities
        union all
        select * from article_commodities
    ) as deal_commodity
    where deal_commodity.commodity_key in (select critical_minerals.commodity_key from critical_minerals)

),

story_countries as (

    select
        deals.deal_id,
        countries.iso2

    from deals
    inner join mentions
        on deals.article_id = mentions.article_id
            and mentions.entity_type = 'country'
    inner join countries
        on mentions.entity_key = countries.country_key

    union

    select
        deal_id,
        iso2

    from deal_countries

),

appearances as (

    select
        critical_deals.deal_id,
        story_countries.iso2,
        exists (
            select 1 from deal_countries as china
            where china.deal_id = critical_deals.deal_id and china.iso2 = 'CN'
        )
        and exists (
            select 1 from deal_countries as partner
            where partner.deal_id = critical_deals.deal_id and partner.iso2 = story_countries.iso2
        ) as is_party_with_china

    from critical_deals
    inner join story_countries
        on critical_deals.deal_id = story_countries.deal_id
    where
        story_countries.iso2 != 'CN'
        and exists (
            select 1 from story_countries as china
            where china.deal_id = critical_deals.deal_id and china.iso2 = 'CN'
        )

),

final as (

    select
        appearances.iso2,
        countries.country_name,
        count(distinct appearances.deal_id) filter (
            where appearances.is_party_with_china
        ) as deals_with_china_as_party,
        count(distinct appearances.deal_id) as deals_in_stories_with_china

    from appearances
    left join countries
        on appearances.iso2 = countries.iso2
    group by appearances.iso2, countries.country_name

)

select * from final
order by deals_with_china_as_party desc, deals_in_stories_with_china desc, iso2 asc
