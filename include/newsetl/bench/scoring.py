"""Score a built warehouse against the generator's gold, by the rules of ../shared/eval/README.md.

The bench uses `../shared/eval/score.py` itself when it sits beside the project and the corpus is
small (its article matching compares every gold file with every warehouse file, too slow at
100,000 articles); this module is the bench's own scorer, always available, indexed by source
file so it scales. Same rules: countries by ISO code; companies by name with case, punctuation
and legal suffixes ignored and the gold's aliases mapped to its canonical name (a second name
for the same company is an extra); commodities likewise, a trailing plural "s" ignored; amounts
by kind, unit and a value within 1 %, each gold amount matched once; deals of an article matched
greedily when they share min(2, gold parties) parties, then their value and commodities compared.
Optional gold items are neither rewarded nor penalised. Only the tables and columns of
CONTRACT.md are read (schema `marts`).
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import duckdb

LEGAL_SUFFIXES = frozenset("""inc corp ltd co plc group holdings limited corporation company sa ag nv llc pty bhd
spa se asa ab oyj kk""".split())
FIELDS = ("countries", "companies", "commodities", "amounts", "deals")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def company_norm(name: str) -> str:
    words = fold(name).split()
    while words and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    while words and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def commodity_norm(name: str) -> str:
    words = fold(name).replace("-", " ").split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


class Counts:
    __slots__ = ("tp", "fp", "fn")

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def as_dict(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4), "recall": round(r, 4),
                "f1": round(f, 4)}


# --- What the warehouse says ---------------------------------------------------------------------


class Predictions:
    """The marts of one warehouse, grouped by article (one read of each table)."""

    def __init__(self, warehouse: Path):
        with duckdb.connect(str(warehouse), read_only=True) as con:
            def rows(sql: str):
                return con.execute(sql).fetchall()

            self.articles = rows("select article_id, source_file, title, published_date, publisher "
                                 "from marts.dim_articles")
            self.mentions: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
            for aid, kind, name in rows("""
                    select m.article_id, m.entity_type,
                           case m.entity_type when 'country' then upper(c.iso2) when 'company' then k.company_name
                                else d.commodity_name end
                    from marts.fct_mentions m
                    left join marts.dim_countries c on m.entity_type = 'country' and m.entity_key = c.country_key
                    left join marts.dim_companies k on m.entity_type = 'company' and m.entity_key = k.company_key
                    left join marts.dim_commodities d on m.entity_type = 'commodity'
                                                      and m.entity_key = d.commodity_key"""):
                if name is not None:
                    self.mentions[aid][kind].add(name)
            self.amounts: dict[str, list[tuple]] = defaultdict(list)
            for aid, kind, value, unit in rows("select article_id, amount_kind, value, unit from marts.fct_amounts"):
                self.amounts[aid].append((kind, value, unit))
            deals: dict[str, dict] = {}
            for did, aid, value, currency in rows("select deal_id, article_id, value, currency from marts.fct_deals"):
                deals[did] = {"article": aid, "value": value, "currency": currency, "parties": [], "commodities": []}
            for did, ptype, iso2, company in rows("""
                    select b.deal_id, b.party_type, c.iso2, k.company_name from marts.bridge_deal_parties b
                    left join marts.dim_countries c on b.party_type = 'country' and b.entity_key = c.country_key
                    left join marts.dim_companies k on b.party_type = 'company' and b.entity_key = k.company_key"""):
                if did in deals:
                    deals[did]["parties"].append((ptype, iso2 if ptype == "country" else company))
            for did, name in rows("""select b.deal_id, c.commodity_name from marts.bridge_deal_commodities b
                                     join marts.dim_commodities c on b.commodity_key = c.commodity_key"""):
                if did in deals:
                    deals[did]["commodities"].append(name or "")
            self.deals: dict[str, list[dict]] = defaultdict(list)
            for deal in deals.values():
                self.deals[deal["article"]].append(deal)


# --- Matching gold articles to warehouse rows ----------------------------------------------------


def match_articles(gold: list[dict], articles: list[tuple]) -> list[str | None]:
    """Each gold article's article_id: same source file; by title when the file holds several."""
    by_file: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for article_id, source_file, title, *_ in articles:
        by_file[str(source_file or "").replace("\\", "/")].append((article_id, title or ""))
    per_file = defaultdict(int)
    for g in gold:
        per_file[g["file"]] += 1
    taken: set[str] = set()
    mapping: list[str | None] = []
    for g in gold:
        candidates = [(aid, title) for aid, title in by_file.get(g["file"], []) if aid not in taken]
        want = fold(g["title"])
        best = next((aid for aid, title in candidates if fold(title) == want), None)
        if best is None and candidates:
            ratio, aid = max((difflib.SequenceMatcher(None, fold(title), want).ratio(), aid)
                             for aid, title in candidates)
            if ratio >= 0.85 or per_file[g["file"]] == 1:
                best = aid
        if best is not None:
            taken.add(best)
        mapping.append(best)
    return mapping


# --- Scoring -----------------------------------------------------------------------------------


def _alias_index(entries: list[dict], norm) -> dict[str, str]:
    index = {}
    for entry in entries:
        canon = norm(entry["name"])
        index[canon] = canon
        for alias in entry.get("aliases", []):
            index[norm(alias)] = canon
    return index


def _resolve(names, index: dict[str, str], norm) -> set[str]:
    out, seen = set(), set()
    canons = set(index.values())
    for name in sorted(names):
        canon = index.get(norm(name), norm(name))
        if canon in seen and canon in canons:
            out.add(f"{canon} (again, as '{name}')")
        else:
            out.add(canon)
            seen.add(canon)
    return out


def _score_sets(pred: set, required: set, optional: set, counts: Counts) -> None:
    counts.add(len(pred & required), len(pred - required - optional), len(required - pred))


def _amount_matches(pred: tuple, gold: dict) -> bool:
    kind, value, unit = pred
    if (kind or "").lower() != gold["kind"] or (unit or "").lower() != gold["unit"].lower() or value is None:
        return False
    target = float(gold["value"])
    return abs(float(value) - target) <= 0.01 * abs(target) if target else float(value) == 0.0


def _score_amounts(pred: list[tuple], gold: dict, counts: Counts) -> None:
    required, optional = list(gold.get("required", [])), list(gold.get("optional", []))
    for p in pred:
        hit = next((g for g in required if _amount_matches(p, g)), None)
        if hit is not None:
            required.remove(hit)
            counts.add(tp=1)
            continue
        hit = next((g for g in optional if _amount_matches(p, g)), None)
        if hit is not None:
            optional.remove(hit)
        else:
            counts.add(fp=1)
    counts.add(fn=len(required))


def _party(name: str, company_index: dict[str, str]) -> str:
    if re.fullmatch(r"[A-Z]{2}", name):
        return name
    key = company_norm(name)
    return company_index.get(key, key)


def _score_deals(pred: list[dict], gold: dict, company_index, commodity_index, counts: Counts, attr: dict) -> None:
    pool = list(pred)
    for required, group in ((True, gold.get("required", [])), (False, gold.get("optional", []))):
        for g in group:
            parties = {_party(p, company_index) for p in g["parties"]}
            need = min(2, len(parties))
            best, best_overlap = None, 0
            for p in pool:
                overlap = len(parties & p["parties"])
                if overlap >= need and overlap > best_overlap:
                    best, best_overlap = p, overlap
            if best is None:
                if required:
                    counts.add(fn=1)
                continue
            pool.remove(best)
            if not required:
                continue
            counts.add(tp=1)
            if g.get("value") is not None:
                attr["value_total"] += 1
                attr["value_right"] += bool(
                    best["value"] is not None and (best["currency"] or "").upper() == (g.get("currency") or "").upper()
                    and abs(float(best["value"]) - float(g["value"])) <= 0.01 * abs(float(g["value"])))
            want = {commodity_norm(c) for c in g.get("commodities", [])}
            got = {commodity_index.get(commodity_norm(c), commodity_norm(c)) for c in best["commodities"]}
            attr["commodities"].add(len(want & got), len(got - want), len(want - got))
    counts.add(fp=len(pool))


def score(gold: list[dict], warehouse: Path) -> dict:
    """Precision, recall and F1 per field and overall, and document-level accuracy."""
    pred = Predictions(warehouse)
    by_id = {row[0]: row for row in pred.articles}
    mapping = match_articles(gold, pred.articles)
    fields = {name: Counts() for name in FIELDS}
    attr = {"value_total": 0, "value_right": 0, "commodities": Counts()}
    docs = {"articles": len(gold), "matched": 0, "title": 0, "published_date": 0, "publisher": 0}
    for g, aid in zip(gold, mapping):
        if aid is not None:
            docs["matched"] += 1
            _, _, title, published, publisher = by_id[aid]
            docs["title"] += fold(title or "") == fold(g["title"])
            docs["published_date"] += (str(published)[:10] if published is not None else None) == g.get(
                "published_date")
            want, got = fold(g.get("publisher") or "").replace(" ", ""), fold(publisher or "").replace(" ", "")
            docs["publisher"] += bool((not want and not got) or (want and got and (want in got or got in want)))
        mentions = pred.mentions.get(aid, {}) if aid else {}
        _score_sets(set(mentions.get("country", ())), set(g["countries"]["required"]),
                    set(g["countries"].get("optional", [])), fields["countries"])
        companies = g["companies"]["required"] + g["companies"].get("optional", [])
        company_index = _alias_index(companies, company_norm)
        _score_sets(_resolve(mentions.get("company", ()), company_index, company_norm),
                    {company_norm(c["name"]) for c in g["companies"]["required"]},
                    {company_norm(c["name"]) for c in g["companies"].get("optional", [])}, fields["companies"])
        commodity_index = _alias_index(g["commodities"]["required"] + g["commodities"].get("optional", []),
                                       commodity_norm)
        _score_sets(_resolve(mentions.get("commodity", ()), commodity_index, commodity_norm),
                    {commodity_norm(c["name"]) for c in g["commodities"]["required"]},
                    {commodity_norm(c["name"]) for c in g["commodities"].get("optional", [])},
                    fields["commodities"])
        _score_amounts(pred.amounts.get(aid, []) if aid else [], g["amounts"], fields["amounts"])
        deals = [{**d, "parties": {(name or "").upper() if kind == "country" else _party(name or "", company_index)
                                   for kind, name in d["parties"]}}
                 for d in (pred.deals.get(aid, []) if aid else [])]
        _score_deals(deals, g["deals"], company_index, commodity_index, fields["deals"], attr)
    overall = Counts()
    for counts in fields.values():
        overall.add(counts.tp, counts.fp, counts.fn)
    return {
        "fields": {name: counts.as_dict() for name, counts in fields.items()},
        "overall": overall.as_dict(),
        "documents": docs,
        "deal_value_accuracy": round(attr["value_right"] / attr["value_total"], 4) if attr["value_total"] else None,
        "deal_commodities": attr["commodities"].as_dict(),
        "unmatched_rows_in_dim_articles": len(pred.articles) - docs["matched"],
    }


def ledger_agreement(expected: list[dict], warehouse: Path, days: list[str]) -> dict:
    """The ledger rows the generator expects against marts.ingest_ledger, for the given landing days."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        actual = con.execute(
            "select source_file, record_index, status from marts.ingest_ledger "
            "where cast(ingest_date as varchar) in (select unnest(?))", [days]).fetchall()
    want = {(row["source_file"], row["record_index"]): row["status"] for row in expected}
    got = {(f, i): s for f, i, s in actual}
    count = lambda rows: {s: sum(1 for v in rows.values() if v == s) for s in ("loaded", "duplicate", "rejected")}
    wrong = [{"source_file": f, "record_index": i, "expected": s, "actual": got.get((f, i))}
             for (f, i), s in want.items() if got.get((f, i)) != s]
    return {"expected": count(want), "actual": count(got), "rows_expected": len(want), "rows_actual": len(got),
            "disagreements": len(wrong) + len(set(got) - set(want)), "examples": wrong[:10]}
