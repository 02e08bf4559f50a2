{#-
    Incremental facts, rebuilt article by article (the docs block `incremental_facts` in
    docs/incremental.md explains why). Every row of an incremental fact carries

      ingest_date  the landing day of its article's first copy, and
      batch_hash   a fingerprint of the raw rows of that day it was built from,

    and an incremental run does two things:

      1. the pre-hook `delete_outdated_rows` deletes the rows that are out of date;
      2. the model inserts every article (or deal) that has raw rows but no rows in the
         table any more: the new ones and the ones just deleted (`not_yet_built`).

    A full refresh computes exactly the same rows, whatever order the days were loaded in.
-#}


{% macro batch_hashes(raw_rows, with_exchange_rates=false) -%}
    {#- One row per landing day of `raw_rows` (a staging model holding every column of one raw
        table): a fingerprint of what a fact row of that day is built from. That is the day's
        rows of `raw_rows`, the day's articles (their ids and published dates) and, for money,
        the exchange rates. It changes when the day is loaded again with other content, and
        when a rate is added or corrected. -#}
    select
        day_rows.ingest_date,
        hash(
            day_rows.rows_hash,
            day_articles.articles_hash
            {%- if with_exchange_rates %},
            (select sum(hash(rates)) from {{ ref('exchange_rates') }} as rates)
            {%- endif %}
        ) as batch_hash

    from (
        select
            raw_rows.ingest_date,
            sum(hash(raw_rows)) as rows_hash
        from {{ raw_rows }} as raw_rows
        group by raw_rows.ingest_date
    ) as day_rows

    left join (
        select
            articles.ingest_date,
            sum(hash(articles.article_id, articles.published_date)) as articles_hash
        from {{ ref('stg_articles') }} as articles
        group by articles.ingest_date
    ) as day_articles
        on day_rows.ingest_date = day_articles.ingest_date
{%- endmacro %}


{% macro delete_outdated_rows(raw_rows, with_exchange_rates=false) -%}
    {#- Pre-hook of an incremental fact: delete the rows a full refresh would not build as they
        are. A row is out of date when its article's first copy is now on another day (an
        earlier copy was backfilled, or its day left the raw tables), or when its day's batch
        is not the one it was built from. When the table's columns are not the documented ones
        (the model changed, or the table predates this macro), every row goes: the model then
        rebuilds the whole table, and `on_schema_change='sync_all_columns'` aligns its columns. -#}
    {%- if is_incremental() -%}
        {%- set built = adapter.get_columns_in_relation(this) | map(attribute='name') | map('lower') | sort -%}
        {%- set documented = model.columns.keys() | map('lower') | sort -%}
        {%- if built | list != documented | list -%}
            delete from {{ this }}
        {%- else -%}
            delete from {{ this }} as built
            where
                not exists (
                    select 1
                    from {{ ref('int_articles_first_copy') }} as first_copy
                    where
                        first_copy.article_id = built.article_id
                        and first_copy.ingest_date = built.ingest_date
                )
                or not exists (
                    select 1
                    from ({{ batch_hashes(raw_rows, with_exchange_rates) }}) as current_batch
                    where
                        current_batch.ingest_date = built.ingest_date
                        and current_batch.batch_hash = built.batch_hash
                )
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}


{% macro not_yet_built(key) -%}
    {#- In an incremental run, keep only the rows whose `key` (article_id, or deal_id for a
        bridge) has no row in the table: new ones, and those the pre-hook just deleted. A full
        refresh keeps every row. -#}
    {%- if is_incremental() -%}
        {{ key }} not in (select built.{{ key.split('.')[-1] }} from {{ this }} as built)
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}
