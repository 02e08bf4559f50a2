-- How much of each commodity was contracted, per year: the quantities of deals, by unit and by
-- period (a rate such as "18,000 tonnes a year" is summed apart from totals). A deal over two
-- commodities counts its quantity under each (shared_deal_count says how many such deals), and
-- a deal that names no commodity is listed as '(not stated)'. Quantities of different units are
-- never added up.
with

deals as (

    select * from {{ ref('fct_deals') }}

),

deal_commodities as (

    select * from {{ ref('bridge_deal_commodities') }}

),

commodity_counts as (

    select
        deal_id,
        count(*) as commodity_count

    from deal_commodities
    group by deal_id

),

quantities as (

    select
        year(deals.announced_date) as deal_year,
        coalesce(deal_commodities.commodity_name, '(not stated)') as commodity_name,
        deals.quantity_unit,
        coalesce(deals.quantity_period, 'total') as quantity_period,
        deals.deal_id,
        deals.quantity,
        coalesce(commodity_counts.commodity_count, 0) > 1 as is_shared

    from deals
    left join deal_commodities
        on deals.deal_id = deal_commodities.deal_id
    left join commodity_counts
        on deals.deal_id = commodity_counts.deal_id
    where deals.quantity is not null

),

final as (

    select
        deal_year,
        commodity_name,
        quantity_unit,
        quantity_period,
        sum(quantity) as contracted_quantity,
        count(distinct deal_id) as deal_count,
        count(distinct deal_id) filter (where is_shared) as shared_deal_count

    from quantities
    group by deal_year, commodity_name, quantity_unit, quantity_period

)

select * from final
order by deal_year, commodity_name, quantity_unit, quantity_period
