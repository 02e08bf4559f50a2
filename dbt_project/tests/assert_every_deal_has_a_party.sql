-- A deal has at least one party: a deal nobody signed is an extraction error, and the analyses
-- of who signs what would silently miss it. Returns the deals without a party.
with

deals as (

    select * from {{ ref('fct_deals') }}

),

parties as (

    select * from {{ ref('bridge_deal_parties') }}

),

deals_without_parties as (

    select
        deals.deal_id,
        deals.article_id,
        deals.evidence_text

    from deals
    where
        not exists (
            select 1
            from parties
            where parties.deal_id = deals.deal_id
        )

)

select * from deals_without_parties
