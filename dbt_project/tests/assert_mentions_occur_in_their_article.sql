{{ config(severity='warn') }}
-- No mention points at page furniture: every spelling the extractor recorded for an entity
-- occurs in the title, standfirst or body of the article copy it was read from. A spelling found
-- nowhere means the extractor read text the parser removed (navigation, related links, footers),
-- or text it normalised. Warn only: real pages can hold odd whitespace or quotes.
with

mentions as (

    select * from {{ ref('stg_mentions') }}

),

articles as (

    select * from {{ ref('stg_articles') }}

),

spellings as (

    select
        mentions.article_id,
        mentions.ingest_date,
        mentions.entity_type,
        mentions.entity_ref,
        unnest(mentions.surface_forms) as surface_form

    from mentions

),

spellings_in_text as (

    select
        spellings.*,
        contains(
            concat_ws(chr(10), articles.title, articles.description, articles.body),
            spellings.surface_form
        ) as found_in_text

    from spellings
    inner join articles
        on spellings.article_id = articles.article_id
            and spellings.ingest_date = articles.ingest_date

),

failures as (

    select
        article_id,
        ingest_date,
        entity_type,
        entity_ref,
        surface_form

    from spellings_in_text
    where not found_in_text

)

select * from failures
