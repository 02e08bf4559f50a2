{#- The surrogate key of a dimension row, from its natural key. The same natural key always
    gives the same key, so facts loaded on different days and full rebuilds agree. Company
    names are compared case-insensitively: "JERA" and "Jera" are one company. -#}
{% macro entity_key(entity_type, natural_key) -%}
    md5('{{ entity_type }}|' || {% if entity_type == 'company' %}lower(trim({{ natural_key }})){% else %}{{ natural_key }}{% endif %})
{%- endmacro %}
