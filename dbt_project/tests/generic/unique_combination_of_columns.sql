{#- The combination of `combination_of_columns` is unique in `model` (nulls compare equal:
    two rows with the same file and a null record index are a duplicate). The few generic
    tests the project needs are written here instead of coming from a hub package. -#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

with

grouped as (

    select
        {{ combination_of_columns | join(', ') }},
        count(*) as row_count

    from {{ model }}
    group by {{ combination_of_columns | join(', ') }}

)

select * from grouped
where row_count > 1

{% endtest %}
