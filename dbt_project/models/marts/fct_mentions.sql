with

mentions as (

    select * from {{ ref('stg_mentions') }}

),

articles as (

    select * from {{ ref('int_articles_first_copy') }}

),

mentions_of_first_copies as (

    select mentions.*
    from mentions
    inner join articles
        on mentions.article_id = articles.article_id
        and mentions.ingest_date = articles.ingest_date

),

final as (

    select
        article_id,
        entity_type,
        case entity_type
            when 'country' then {{ entity_key('country', 'upper(entity_ref)') }}
            when 'commodity' then {{ entity_key('commodity', 'lower(entity_ref)') }}
            when 'company' then {{ entity_key('company', 'entity_ref') }}
        end as entity_key,
        entity_ref,
        mention_count,
        ingest_date

    from mentions_of_first_copies

)

select * from final
