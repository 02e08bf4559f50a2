"""The reference seeds: complete, consistent, described, and in step with the extractor."""
import csv

import pycountry
import yaml

from newsetl.extract.reference import load_reference
from newsetl.settings import SEEDS_DIR

SEEDS = ("countries", "commodities", "companies", "organisations", "currencies", "exchange_rates")


def _rows(name: str) -> list[dict[str, str]]:
    with (SEEDS_DIR / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_iso_3166_country_is_in_the_countries_seed():
    assert {r["iso2"] for r in _rows("countries")} == {c.alpha_2 for c in pycountry.countries}


def test_natural_keys_are_unique():
    for seed, key in (("countries", "iso2"), ("commodities", "commodity_name"), ("companies", "company_name"),
                      ("organisations", "org_name"), ("currencies", "currency")):
        values = [r[key].lower() for r in _rows(seed)]
        assert len(values) == len(set(values)), seed


def test_commodity_names_are_lower_case():
    assert all(r["commodity_name"] == r["commodity_name"].lower() for r in _rows("commodities"))


def test_company_home_countries_are_iso_codes():
    codes = {r["iso2"] for r in _rows("countries")}
    assert {r["country_iso2"] for r in _rows("companies") if r["country_iso2"]} <= codes


def test_every_currency_has_exchange_rates():
    assert {r["currency"] for r in _rows("currencies")} <= {r["currency"] for r in _rows("exchange_rates")}


def test_every_seed_and_column_is_described_with_a_type():
    properties = yaml.safe_load((SEEDS_DIR / "_seeds.yml").read_text(encoding="utf-8"))
    described = {seed["name"]: seed for seed in properties["seeds"]}
    for name in SEEDS:
        header = list(_rows(name)[0])
        seed = described[name]
        assert seed.get("description"), name
        assert set(seed["config"]["column_types"]) == set(header), name
        assert {c["name"] for c in seed["columns"] if c.get("description")} == set(header), name


def test_every_commodity_the_extractor_reports_is_in_the_seed():
    reference = load_reference(SEEDS_DIR)
    names = {c.name for c in reference.commodities}
    assert all(c.group for c in reference.commodities) and len(names) == len(reference.commodities)
