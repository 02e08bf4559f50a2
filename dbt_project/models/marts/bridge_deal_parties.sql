with

parties as (

    select * from {{ ref('stg_deal_parties') }}

),

deals as (

    select * from {{ ref('fct_deals') }}

),

-- Two spellings of one company in one deal ("Corella Lithium", "CORELLA LITHIUM") are one party.
final as (

    select distinct on (parties.deal_id, parties.party_type, entity_key)
        parties.deal_id,
        parties.party_type,
        case parties.party_type
            when 'country' then {{ entity_key('country', 'upper(parties.entity_ref)') }}
            when 'company' then {{ entity_key('company', 'parties.entity_ref') }}
        end as entity_key,
        parties.entity_ref

    from parties
    inner join deals
        on parties.deal_id = deals.deal_id
        and parties.ingest_date = deals.ingest_date
    order by parties.deal_id, parties.party_type, entity_key, parties.entity_ref

)

select * from final
