"""What an HTML page says about itself: JSON-LD (schema.org) and <meta> tags.

Values are returned as found, white space collapsed and any entities that were escaped twice
("&amp;#8217;") decoded; which source wins for which field is decided in `html`.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from html import unescape

from lxml import etree

from newsetl.parse.cleaning import collapse_spaces

_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                            "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting",
                            "Report", "TechArticle"})
_MAX_JSON_LD_CHARS = 1_000_000
PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                  "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
                  "parsely-pub-date", "article.published")


def meta_tags(document: etree._Element) -> dict[str, str]:
    """content of <meta property|name|itemprop=...>, first occurrence of each, keys lower case."""
    found: dict[str, str] = {}
    for element in document.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), _clean_value(content))
    return found


def canonical_url(document: etree._Element) -> str | None:
    for link in document.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return None


def article_json_ld(document: etree._Element) -> dict:
    """The first JSON-LD object typed as an article, its publisher's @id reference resolved."""
    objects: list[dict] = []
    for script in document.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > _MAX_JSON_LD_CHARS:
            continue
        raw = raw.removeprefix("/*<![CDATA[*/").removesuffix("/*]]>*/").strip()
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the meta tags and the page still say enough
        objects.extend(_json_ld_objects(data))
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}
    for obj in objects:
        if _ARTICLE_TYPES.intersection(_types(obj)):
            publisher = obj.get("publisher")
            if isinstance(publisher, dict) and set(publisher) == {"@id"}:
                obj = {**obj, "publisher": by_id.get(publisher["@id"], publisher)}
            return obj
    return {}


def json_ld_text(value: object) -> str | None:
    """A text value (the first, when a list of them)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return (_clean_value(value) or None) if isinstance(value, str) else None


def json_ld_name(value: object) -> str | None:
    """Name(s) of a Person/Organization value: a dict, a list of them, or a plain string."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and _clean_value(name):
            names.append(_clean_value(name))
    return ", ".join(dict.fromkeys(names)) or None


def json_ld_id(value: object) -> str | None:
    """An @id reference ({"@id": url}) or a plain URL."""
    return json_ld_text(value.get("@id")) if isinstance(value, dict) else json_ld_text(value)


def _clean_value(value: str) -> str:
    value = collapse_spaces(value)
    return collapse_spaces(unescape(value)) if "&" in value else value


def _json_ld_objects(data: object) -> Iterator[dict]:
    items = data if isinstance(data, list) else [data]
    for item in items:
        if isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (node for node in graph if isinstance(node, dict))


def _types(obj: dict) -> list[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return [kind]
    return [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []
