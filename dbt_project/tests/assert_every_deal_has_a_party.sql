-- A deal has at least one party: a deal nobody signed is an extraction error, and the analyses
-- of who signs what would silently miss it. Judged on fct_deals.party_count (the deal's distinct
-- parties, the rows bridge_deal_parties holds for it) so that the test has one parent and runs
-- in the deal's own task under Airflow. Returns the deals without a party.
with

deals as (

    select * from {{ ref('fct_deals') }}

),

deals_without_parties as (

    select
        deal_id,
        article_id,
        party_count,
        evidence_text

    from deals
    where coalesce(party_count, 0) < 1

)

select * from deals_without_parties
