"""`.html` pages: metadata from JSON-LD and meta tags, the body from the <article> element.

Where each field comes from, first found wins:

- title: JSON-LD (News)Article headline, og:title, the <h1>, twitter:title, then <title>
  without its " | Site" suffix;
- published: JSON-LD datePublished, article:published_time and similar meta tags, the first
  <time datetime>, a date written in the byline;
- publisher: JSON-LD publisher name, og:site_name, the <title> suffix, the footer's copyright;
- author, description, canonical URL, declared language likewise from JSON-LD and meta tags;
- body: paragraph and heading text of the <article> holding the most text (itemprop
  articleBody when there is no <article>), without navigation, asides, figures and captions,
  bylines, share and tag bars, "related" boxes or scripts. A page without either goes to
  trafilatura's main-text extraction.

Parsing is defensive: libxml2's HTML parser with network access off, no DTD or external
entity loading (entity-expansion attacks have nothing to expand), and its default limits on
tree depth and text node size (huge_tree off), so nested or gigantic markup cannot hang a worker.
"""
from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from html import unescape

import lxml.html
from lxml import etree

from newsetl.parse import furniture
from newsetl.parse.cleaning import collapse_spaces
from newsetl.parse.dates import FoundDate, find_date
from newsetl.parse.draft import ArticleDraft, Rejected

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                            "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting",
                            "Report", "TechArticle"})
_MAX_JSON_LD_CHARS = 1_000_000
_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
                   "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime")
_DROP_TAGS = frozenset({"script", "style", "noscript", "template", "nav", "aside", "figure", "figcaption",
                        "footer", "header", "form", "button", "iframe", "svg", "video", "audio", "picture",
                        "img", "h1", "select", "input", "textarea", "object", "embed", "canvas", "map"})
_DROP_ROLES = frozenset({"navigation", "complementary", "contentinfo", "banner", "search", "dialog"})
# Class and id words that mark furniture inside an <article>: matched against each word of a
# class or id split at '-' and '_' ("share-tools" -> "share").
_DROP_CLASS_WORDS = frozenset("""
related share sharing social byline author authors meta metadata tags tag kicker standfirst dek
summary subtitle subheadline strapline newsletter promo promotion advert advertisement ad ads adslot
sponsor sponsored cookie cookies comments comment breadcrumb breadcrumbs caption credit credits
recommended recommendations recirc trending popular mostread subscribe subscription toolbar tools
timestamp date dateline published label section widget sidebar rail outbrain taboola disclaimer
signup print
""".split())
_DATE_CLASS_WORDS = frozenset({"byline", "meta", "date", "dateline", "timestamp", "published", "posted"})
_BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section",
                         "td", "th", "dd", "dt", "br", "tr", "table", "ul", "ol", "dl", "article", "main"})
_CLASS_SPLIT = re.compile(r"[\s_-]+")
_TITLE_SUFFIX = re.compile(r"\s+(?:\||–|—|-|::|·)\s+(?P<site>[^|–—]+)$")


def parse_html(text: str, ingest_date: date) -> ArticleDraft:
    document = _parse(text)
    json_ld = _article_json_ld(document)
    meta = _meta_tags(document)
    container = _article_container(document)
    site = _first(_json_ld_name(json_ld.get("publisher")), meta.get("og:site_name"),
                  meta.get("application-name"), meta.get("publisher"))
    published = _published(json_ld, meta, container if container is not None else document, ingest_date)
    # Metadata first: reading the body drops the byline and header elements from the tree.
    metadata = ArticleDraft(
        body=None,
        title=_title(json_ld, meta, container, document, site),
        description=_first(_text(json_ld.get("description")), meta.get("description"),
                           meta.get("og:description"), meta.get("twitter:description")),
        published_at=published.utc if published else None,
        published_date=published.local_date if published else None,
        publisher=site or _site_from_title(document) or _copyright_holder(document),
        author=_first(_json_ld_name(json_ld.get("author")), _not_url(meta.get("author")),
                      _not_url(meta.get("article:author")), _byline_author(container)),
        url=_first(_canonical(document), meta.get("og:url"), _text(json_ld.get("url")),
                   _json_ld_id(json_ld.get("mainEntityOfPage"))),
        declared_language=_first(document.get("lang"), _text(json_ld.get("inLanguage")), meta.get("og:locale")),
    )
    return replace(metadata, body=_body(container, document))


def _parse(text: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False,
                                  default_doctype=False, collect_ids=False)
    try:
        document = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise Rejected(f"no HTML content could be parsed ({error}); re-deliver the page") from None
    if document is None:
        raise Rejected("no HTML content could be parsed; re-deliver the page")
    return document


# --- metadata ---------------------------------------------------------------------------


def _meta_tags(document: lxml.html.HtmlElement) -> dict[str, str]:
    """content of <meta property|name|itemprop=...>, first occurrence of each, keys lower case."""
    found: dict[str, str] = {}
    for element in document.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), _clean_value(content))
    return found


def _article_json_ld(document: lxml.html.HtmlElement) -> dict:
    """The first JSON-LD object typed as an article, with @id references of its publisher resolved."""
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
    return [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)] if isinstance(
        kind, list) else []


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return _clean_value(value) if isinstance(value, str) else None


def _json_ld_name(value: object) -> str | None:
    """Name(s) of a Person/Organization value: a dict, a list of them, or a plain string."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and _clean_value(name):
            names.append(_clean_value(name))
    return ", ".join(dict.fromkeys(names)) or None


def _json_ld_id(value: object) -> str | None:
    return _text(value.get("@id")) if isinstance(value, dict) else _text(value)


def _clean_value(value: str) -> str:
    """Metadata text, with entities that were escaped twice ('&amp;#8217;') decoded."""
    value = collapse_spaces(value)
    return collapse_spaces(unescape(value)) if "&" in value else value


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v and v.strip()), None)


def _not_url(value: str | None) -> str | None:
    return None if value and value.startswith(("http://", "https://", "/")) else value


def _canonical(document: lxml.html.HtmlElement) -> str | None:
    for link in document.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return None


def _title(json_ld: dict, meta: dict[str, str], container: lxml.html.HtmlElement | None,
           document: lxml.html.HtmlElement, site: str | None) -> str | None:
    headline = _text(json_ld.get("headline"))
    if headline and headline.endswith(("…", "...")):
        headline = None  # schema.org headlines are often cut at 110 characters
    heading = _first_text(container, "h1") if container is not None else None
    return _first(headline, meta.get("og:title"), heading, _first_text(document, "h1"),
                  meta.get("twitter:title"), _title_without_site(document, site))


def _first_text(root: lxml.html.HtmlElement, tag: str) -> str | None:
    for element in root.iter(tag):
        text = collapse_spaces(element.text_content())
        if text:
            return text
    return None


def _title_without_site(document: lxml.html.HtmlElement, site: str | None) -> str | None:
    title = _first_text(document, "title")
    if not title:
        return None
    match = _TITLE_SUFFIX.search(title)
    if match and (site is None or _squash(match.group("site")) in _squash(site) or
                  furniture.word_count(match.group("site")) <= 4):
        return title[:match.start()]
    return title


def _site_from_title(document: lxml.html.HtmlElement) -> str | None:
    title = _first_text(document, "title")
    match = _TITLE_SUFFIX.search(title or "")
    return match.group("site").strip() if match and furniture.word_count(match.group("site")) <= 5 else None


def _copyright_holder(document: lxml.html.HtmlElement) -> str | None:
    for footer in document.iter("footer"):
        for line in footer.text_content().split("\n"):
            holder = furniture.copyright_holder(line) if "©" in line or "opyright" in line else None
            if holder:
                return holder
    return None


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _published(json_ld: dict, meta: dict[str, str], scope: lxml.html.HtmlElement,
               ingest_date: date) -> FoundDate | None:
    stated = [_text(json_ld.get("datePublished")), *(meta.get(key) for key in _PUBLISHED_META)]
    for value in stated:
        found = find_date(value, ingest_date, relative=False) if value else None
        if found:
            return found
    for element in scope.iter("time"):
        value = element.get("datetime") or element.text_content()
        found = find_date(value, ingest_date) if value else None
        if found:
            return found
    for element in scope.iter():
        if isinstance(element.tag, str) and _DATE_CLASS_WORDS & _class_words(element):
            found = find_date(collapse_spaces(element.text_content())[:200], ingest_date)
            if found:
                return found
    return None


def _byline_author(container: lxml.html.HtmlElement | None) -> str | None:
    """The name in an element classed 'author' (or else 'byline'), without 'By' and the date."""
    if container is None:
        return None
    for word in ("author", "byline"):
        for element in container.iter():
            if isinstance(element.tag, str) and word in _class_words(element):
                name = _name_in_byline(element)
                if name:
                    return name
    return None


def _name_in_byline(element: lxml.html.HtmlElement) -> str | None:
    byline = copy.deepcopy(element)
    for time_element in list(byline.iter("time")):
        time_element.drop_tree()
    text = re.sub(r"^by\s+", "", collapse_spaces(byline.text_content()), flags=re.IGNORECASE)
    name = re.split(r"\s*[|·•,]\s*|\s+\d", text, maxsplit=1)[0].strip()
    return name if name and furniture.word_count(name) <= 5 else None


# --- body -------------------------------------------------------------------------------


def _article_container(document: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The <article> with the most paragraph text, else the element marked itemprop=articleBody."""
    best, best_size = None, 0
    for article in document.iter("article"):
        if any(a.tag in ("aside", "nav", "footer") for a in article.iterancestors()):
            continue
        size = sum(len(p.text_content()) for p in article.iter("p"))
        if size > best_size or best is None:
            best, best_size = article, size
    if best is not None:
        return best
    for element in document.iter():
        if isinstance(element.tag, str) and element.get("itemprop") == "articleBody":
            return element
    return None


def _body(container: lxml.html.HtmlElement | None, document: lxml.html.HtmlElement) -> str | None:
    if container is None:
        return _main_text_fallback(document)
    for element in [e for e in container.iter() if e is not container and _is_furniture_element(e)]:
        element.drop_tree()
    paragraphs: list[str] = []
    skipping_box = False
    for tag, text in _blocks(container):
        kind = furniture.trailer_kind(text)
        if kind is furniture.Trailer.END and paragraphs:
            break
        if kind is not None:
            skipping_box = True
            continue
        if skipping_box and (tag == "li" or not furniture.is_prose(text)):
            continue
        skipping_box = False
        if not furniture.is_furniture(text):
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _is_furniture_element(element: lxml.html.HtmlElement) -> bool:
    tag = element.tag
    if not isinstance(tag, str):
        return True  # comments and processing instructions
    if tag in _DROP_TAGS or element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if (element.get("role") or "").lower() in _DROP_ROLES:
        return True
    return bool(_DROP_CLASS_WORDS & _class_words(element))


def _class_words(element: lxml.html.HtmlElement) -> set[str]:
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return set(_CLASS_SPLIT.split(names)) if names.strip() else set()


def _blocks(container: lxml.html.HtmlElement) -> list[tuple[str, str]]:
    """(tag, text) of each block of text in document order; inline markup joined into its block."""
    blocks: list[tuple[str, str]] = []
    pending: list[str] = []
    open_blocks: list[str] = []

    def flush() -> None:
        text = collapse_spaces("".join(pending))
        pending.clear()
        if text:
            blocks.append((open_blocks[-1] if open_blocks else "p", text))

    # iterwalk, not recursion: a deeply nested page cannot exhaust the Python stack.
    for event, element in etree.iterwalk(container, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                flush()
                open_blocks.append(tag)
            if element.text:
                pending.append(element.text)
        else:
            if tag in _BLOCK_TAGS:
                flush()
                open_blocks.pop()
            if element is not container and element.tail:
                pending.append(element.tail)
    flush()
    return blocks


def _main_text_fallback(document: lxml.html.HtmlElement) -> str | None:
    """trafilatura's main-text extraction, for pages without <article> or articleBody."""
    import trafilatura  # imported here: most pages never need it, and it is slow to import

    text = trafilatura.extract(document, include_comments=False, include_tables=False, favor_precision=True,
                               fast=True, output_format="txt")
    if not text:
        return None
    lines = [collapse_spaces(line) for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line and not furniture.is_furniture(line))
