"""The surface forms of every reference entity, as labels for the phrase matcher."""
from __future__ import annotations

from newsetl.extract.matcher import BLOCK, Label, case_sensitive_form
from newsetl.extract.reference import ReferenceData

COUNTRY = "country"
COMPANY = "company"
COMMODITY = "commodity"
ORGANISATION = "organisation"


def _plural(form: str) -> str | None:
    """The regular plural of a lower-case commodity word ("magnet" -> "magnets")."""
    last = form.split()[-1] if form.split() else ""
    if not last.isalpha() or not last.islower() or last.endswith("s"):
        return None
    if last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        return form[:-1] + "ies"
    return form + "s"


def country_entries(reference: ReferenceData) -> list[tuple[str, Label]]:
    entries: list[tuple[str, Label]] = []
    for country in reference.countries:
        ambiguous = set(country.ambiguous_forms)
        forms = ([(country.name, "name")] + [(a, "alias") for a in country.aliases]
                 + [(a, "adjective") for a in country.adjectives] + [(c, "capital") for c in country.capitals]
                 + [(a, "ambiguous") for a in country.ambiguous_forms])
        for form, role in forms:
            role = "ambiguous" if form in ambiguous else role
            entries.append((form, Label(COUNTRY, country.iso2, role, case_sensitive_form(form))))
        for phrase in country.not_country_phrases:
            entries.append((phrase, Label(BLOCK, country.iso2, "not_country", case_sensitive_form(phrase))))
    return entries


def company_entries(reference: ReferenceData) -> list[tuple[str, Label]]:
    entries: list[tuple[str, Label]] = []
    for company in reference.companies:
        # the canonical name is the one news uses ("Ford"); where that word is also a person's or a place's, the
        # registry lists it among the context aliases too, and it then needs the full name ("Ford Motor") somewhere
        # in the article
        own = [] if company.name in company.context_aliases else [(company.name, "name")]
        for form, role in own + [(a, "alias") for a in company.aliases]:
            entries.append((form, Label(COMPANY, company.name, role, case_sensitive_form(form))))
        for form in company.context_aliases:
            entries.append((form, Label(COMPANY, company.name, "context", case_sensitive_form(form))))
    return entries


def organisation_entries(reference: ReferenceData) -> list[tuple[str, Label]]:
    return [
        (form, Label(ORGANISATION, org.name, "name", case_sensitive_form(form)))
        for org in reference.organisations
        for form in (org.name, *org.aliases)
    ]


def commodity_entries(reference: ReferenceData) -> list[tuple[str, Label]]:
    entries: list[tuple[str, Label]] = []
    for commodity in reference.commodities:
        canonical = [] if commodity.name in commodity.ambiguous_synonyms else [(commodity.name, "synonym")]
        forms = canonical + [(s, "synonym") for s in commodity.synonyms]
        forms += [(s, "ambiguous") for s in commodity.ambiguous_synonyms]
        for form, role in forms:
            variants = [form, _plural(form)] if role == "synonym" else [form]
            for variant in filter(None, variants):
                entries.append((variant, Label(COMMODITY, commodity.name, role, case_sensitive_form(variant))))
        for phrase in commodity.not_commodity_phrases:
            entries.append((phrase, Label(BLOCK, commodity.name, "not_commodity", case_sensitive_form(phrase))))
    return entries


def entity_entries(reference: ReferenceData) -> list[tuple[str, Label]]:
    """Countries, companies and commodities: one matcher, so overlaps resolve across kinds. Organisations
    have their own matcher: a country inside a body's name ("People's Bank of China") still counts."""
    return country_entries(reference) + company_entries(reference) + commodity_entries(reference)
