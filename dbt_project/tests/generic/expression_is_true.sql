{#- Every row of `model` satisfies `expression` (a boolean SQL expression over its columns).
    Returns the rows that do not. Rows where the expression is null pass. Use the test's `where` config to narrow the rows
    judged; `column_name` is accepted (and unused) so the test can sit under a column. -#}
{% test expression_is_true(model, expression, column_name=none) %}

select *
from {{ model }}
where not ({{ expression }})

{% endtest %}
