with

copies as (

    select * from {{ ref('int_article_copies') }}

),

first_copy as (

    select * exclude (copy_number)
    from copies
    where copy_number = 1

)

select * from first_copy
