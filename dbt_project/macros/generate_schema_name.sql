{#- Schemas are named exactly as configured (`marts`, not `main_marts`): analysts and the
    contract refer to `marts.dim_articles`. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
{%- endmacro %}
