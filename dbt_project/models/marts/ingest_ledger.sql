-- What happened to every raw record. The load stage knows about duplicates within one landing
-- day; a copy of an article that first arrived on another day is only known here, so its
-- status is decided here, the same way whatever order the days were loaded in.
-- Built after dim_articles, which its article_id relationship test joins (one Airflow task per model):
-- depends_on: {{ ref('dim_articles') }}

with

ledger as (

    select * from {{ ref('stg_ingest_ledger') }}

),

copies as (

    select * from {{ ref('int_article_copies') }}

),

first_copies as (

    select * from copies
    where copy_number = 1

),

resolved as (

    select
        ledger.source_file,
        ledger.record_index,
        case
            when ledger.status = 'loaded' and copies.copy_number > 1 then 'duplicate'
            else ledger.status
        end as status,
        case
            when ledger.status = 'loaded' and copies.copy_number > 1
                then 'duplicate: same content as ' || first_copies.source_file
                    || ' (landed ' || strftime(first_copies.ingest_date, '%Y-%m-%d') || ')'
            else ledger.reason
        end as reason,
        ledger.article_id,
        ledger.source_format,
        ledger.byte_size,
        ledger.ingest_date

    from ledger
    left join copies
        on ledger.status = 'loaded'
            and ledger.article_id = copies.article_id
            and ledger.ingest_date = copies.ingest_date
            and ledger.source_file = copies.source_file
            and ledger.record_index is not distinct from copies.record_index
    left join first_copies
        on copies.article_id = first_copies.article_id

)

select * from resolved
