"""`.html` pages: metadata from JSON-LD and meta tags, the body from the <article> element.

Where each field comes from, first found wins:

- title: JSON-LD (News)Article headline, og:title (unless the <title> backs the <h1> instead: then
  og:title is a social-media headline), the <h1>, twitter:title, then <title> without its " | Site"
  suffix; a "Site | " prefix naming the publisher goes too;
- published: JSON-LD datePublished, article:published_time and similar meta tags, the first
  <time datetime>, a date written in the byline, the story's wire dateline (`wire`), the date
  in its address ("/2025/09/04/"); a timestamp in UTC that falls on the day after (or before) the date the
  byline writes takes the byline's date, the publisher's own, when the instant falls on it in some zone;
- publisher: JSON-LD publisher name, og:site_name, the <title> suffix, the footer's copyright
  line, else the page's last one, the story's wire dateline ("--(BUSINESS WIRE)--");
- author, description, canonical URL, declared language likewise from JSON-LD and meta tags,
  the author last from the byline;
- body: paragraph and heading text of the <article> holding the most text (itemprop
  articleBody when there is no <article>), without navigation, asides, figures and captions,
  bylines, share and tag bars, "related" boxes or scripts. A page with neither, or whose
  <article> holds nothing but its headline and byline, goes to trafilatura's main-text
  extraction.

Parsing is defensive: libxml2's HTML parser with network access off, no DTD or external
entity loading (entity-expansion attacks have nothing to expand), and its default limits on
tree depth (256 levels) and on the size of one text or tag (10,000,000 bytes; huge_tree off),
so nested or gigantic markup cannot hang a worker. libxml2 stops reading a page at such a
limit, silently; a page that reaches one (unclosed <span>s nest deep, a paragraph of 11 MB) is
parsed again with huge_tree (the file size limit bounds it; depth is still capped at 2,048
levels), so it is read whole instead of losing its end. trafilatura reads pages with the
default limits, so a page beyond them that has no <article> is rejected rather than read in
part. The tree is walked without recursion. trafilatura's time and memory grow with the number
of elements (about 10 s and 200 MB per 100,000), so a page without an <article> that has more
than 50,000 elements is rejected instead of searched.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from lxml import etree

from newsetl.parse import furniture
from newsetl.parse.cleaning import collapse_spaces
from newsetl.parse.dates import FoundDate, find_date
from newsetl.parse.draft import ArticleDraft, Rejected
from newsetl.parse.wire import wire_date, wire_dateline
from newsetl.parse.html_metadata import (PUBLISHED_META, article_json_ld, canonical_url, json_ld_id,
                                         json_ld_name, json_ld_text, meta_tags)

Element = etree._Element

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
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
timestamp date dateline published posted label widget sidebar rail outbrain taboola disclaimer
signup print
""".split())
# (with the words of regional sites' templates: Spanish 'fecha', German and Dutch 'datum'; and 'info' of
# Joomla's 'article-info' and many themes' 'post-info' line of author and date; 'stamp' of a 'date-stamp' or
# 'wire-stamp' line of place and time)
_DATE_CLASS_WORDS = frozenset({"byline", "meta", "date", "dateline", "timestamp", "stamp", "published",
                               "posted", "fecha", "fechas", "datum", "info"})
# A class word that joins 'date' to what is dated says date too ('newsdate', 'postdate', 'pubdate', 'entrydate'),
# unless the word only ends in the letters ('update', 'candidate').
_DATE_SUFFIX = "date"
_NOT_DATE_WORDS = ("update", "candidate", "validate", "mandate")
_DATE_WORD = frozenset({"date"})
_BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section",
                         "td", "th", "dd", "dt", "br", "tr", "table", "ul", "ol", "dl", "article", "main"})
_CLASS_SPLIT = re.compile(r"[\s_-]+")
_NO_WORDS: frozenset[str] = frozenset()
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_NAME_END = re.compile(r"\s*[|·•,]\s*|\s+\d")
_VISIBLE_TEXT = etree.XPath("descendant-or-self::text()[not(ancestor::script or ancestor::style "
                           "or ancestor::noscript or ancestor::template)]")
_DATELINE_START = re.compile(r"^(?:(?:first\s+|last\s+)?(?:published|posted|updated)\b|by\s"
                             r"|publicado\b|publié|veröffentlicht\b)", re.IGNORECASE)
_DATELINE_MAX_WORDS = 15
# Elements a theme classes as the site's logo or name ('logo', 'site-logo', 'brand', 'site-title'): tested by
# XPath first, only on a page whose metadata and <title> name no site.
_LOGOS = etree.XPath("//*[contains(@class, 'logo') or contains(@class, 'brand') or contains(@class, 'site-title')"
                     " or contains(@class, 'site-name')]")
# The class words of the site's own logo, matched whole: 'logo', 'navbar-brand', 'sitename', and 'site' with
# 'title' or 'name' ('site-title'); not those of another firm's logo (a sponsor's, a partner's, an advert's).
_LOGO_CLASS_WORDS = frozenset({"logo", "brand", "sitename", "sitetitle"})
_SITE_CLASS_WORD, _SITE_NAME_CLASS_WORDS = "site", frozenset({"title", "name"})
_OTHER_FIRM_CLASS_WORDS = frozenset({"sponsor", "sponsors", "sponsored", "partner", "partners", "ad", "ads",
                                     "advert", "advertisement"})
# What a logo says when it names no site: an image's placeholder alt text, or a navigation link.
_PLACEHOLDER_LOGO_NAMES = frozenset({"logo", "home", "homepage", "site", "menu", "brand", "main",
                                     "navigation"})
_LOGO_WORD = re.compile(r"\blogo\b", re.IGNORECASE)  # 'Desert Wire logo', 'Site Logo'
_SPONSOR_CREDIT = re.compile(r"^(?:sponsored|presented|powered|supported)\b", re.IGNORECASE)
_LOGO_MAX_WORDS = 5
# A timestamp in UTC: 'Z' or a zero offset after its time ('2025-03-04T02:10:00Z', '2025-03-04 02:10+00:00'); one
# without a zone is the publisher's own local time.
_UTC_TIMESTAMP = re.compile(r"\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?\s*(?:Z|[+-]00(?::?00)?)$", re.IGNORECASE)
# A byline that tells an update: its first date may be the update's, not the publication's.
_UPDATE_WORDS = re.compile(r"\b(?:updated|modified|edited|revised)\b", re.IGNORECASE)
_ZONE_OFFSETS = (timedelta(hours=-12), timedelta(hours=14))  # the world's time zones, west to east
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[01]\d)/(?P<day>[0-3]\d)/")
# The largest page (in elements) handed to trafilatura: a few seconds and ~150 MB at most.
MAX_FALLBACK_ELEMENTS = 50_000


@dataclass
class _Survey:
    """The elements of the article that matter, found in one walk over it."""

    furniture: list[Element] = field(default_factory=list)  # dropped before the body is read
    times: list[Element] = field(default_factory=list)
    dated: list[Element] = field(default_factory=list)  # bylines and meta lines that may hold a date
    authors: list[Element] = field(default_factory=list)  # classed 'author', then 'byline'


def parse_html(text: str, ingest_date: date) -> ArticleDraft:
    document, beyond_limits = _parse(text)
    json_ld = article_json_ld(document)
    meta = meta_tags(document)
    container = _article_container(document)
    survey = _survey(container if container is not None else document)
    site = (json_ld_name(json_ld.get("publisher")) or meta.get("og:site_name") or meta.get("application-name")
            or meta.get("publisher"))
    published = _published(json_ld, meta, survey, document, ingest_date)
    publisher = site or _site_from_title(document) or _logo_name(document) or _copyright_holder(document)
    # Metadata before the body: reading the body drops the byline and header from the tree.
    title = furniture.without_site_name(_title(json_ld, meta, container, document, site), publisher)
    author = (json_ld_name(json_ld.get("author")) or _not_url(meta.get("author"))
              or _not_url(meta.get("article:author")) or _byline_author(survey.authors))
    url = (canonical_url(document) or meta.get("og:url") or json_ld_text(json_ld.get("url"))
           or json_ld_id(json_ld.get("mainEntityOfPage")))
    body = _body(container, survey, text, title, document, beyond_limits)
    # Last resorts, from the story itself: the wire dateline opening it, the date in its address.
    wire = wire_dateline(body) if body and (published is None or publisher is None) else None
    published = published or (wire_date(wire, ingest_date) if wire else None) or _date_in_url(url)
    return ArticleDraft(
        title=title,
        body=body,
        description=(json_ld_text(json_ld.get("description")) or meta.get("description")
                     or meta.get("og:description") or meta.get("twitter:description")),
        published_at=published.utc if published else None,
        published_date=published.local_date if published else None,
        publisher=publisher or (wire.wire if wire else None),
        author=author,
        url=url,
        declared_language=(document.get("lang") or json_ld_text(json_ld.get("inLanguage"))
                           or meta.get("og:locale")),
    )


def _parse(text: str) -> tuple[Element, str | None]:
    """The page's tree, and which of libxml2's default limits it goes beyond (None: none)."""
    text = _XML_DECLARATION.sub("", text, count=1)
    document, beyond_limits = _parse_with_limits(text, huge_tree=False)
    if beyond_limits:  # libxml2 stopped reading there: read it again, whole (the file limit bounds it)
        document, _ = _parse_with_limits(text, huge_tree=True)
    return document, beyond_limits


def _parse_with_limits(text: str, huge_tree: bool) -> tuple[Element, str | None]:
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=huge_tree,
                              default_doctype=False, collect_ids=False)
    try:
        document = etree.fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise Rejected(f"no HTML content could be parsed ({error}); re-deliver the page") from None
    if document is None:
        raise Rejected("no HTML content could be parsed; re-deliver the page")
    limit = next((e.message for e in parser.error_log if e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT), None)
    if limit is None:
        return document, None
    return document, ("nested more than 256 elements deep" if "depth" in limit.lower()
                      else "holding a single text or tag of more than 10,000,000 bytes")


def _text_of(element: Element) -> str:
    return collapse_spaces("".join(element.itertext()))


def _first_text(root: Element, tag: str) -> str | None:
    return next((text for text in map(_text_of, root.iter(tag)) if text), None)


def _not_url(value: str | None) -> str | None:
    return None if value and value.startswith(("http://", "https://", "/")) else value


# --- title, publisher, date, author ------------------------------------------------------


def _title(json_ld: dict, meta: dict[str, str], container: Element | None, document: Element,
           site: str | None) -> str | None:
    # a page's metadata may give the site's name as the headline ('og:title' = 'og:site_name')
    headline = _not_site_name(json_ld_text(json_ld.get("headline")), site)
    if headline and headline.endswith(("…", "...")):
        headline = None  # schema.org headlines are often cut at 110 characters
    h1 = _not_section_label((_first_text(container, "h1") if container is not None else None)
                            or _not_site_name(_first_text(document, "h1"), site or _site_from_title(document)))
    social = _not_site_name(meta.get("og:title"), site)
    if social and h1 and social != h1 and _is_headline_of_page(h1, social, document):
        social = None  # a social-media headline: the page shows, and its <title> names, another one
    return headline or social or h1 or meta.get("twitter:title") or _title_without_site(document, site)


def _is_headline_of_page(h1: str, social: str, document: Element) -> bool:
    """The <title> agrees with the <h1> (the same headline, or its start) and not with og:title."""
    title = _first_text(document, "title") or ""
    match = furniture.site_suffix(title)
    page_title = furniture.squashed(title[:match.start()] if match else title)
    shown, shared = furniture.squashed(h1), furniture.squashed(social)
    return (len(page_title) >= 10 and shown != shared and not shared.startswith(page_title)
            and shown.startswith(page_title))


def _not_site_name(h1: str | None, site: str | None) -> str | None:
    """The page's <h1> (or a headline in its metadata), unless it is the site's name (a blog theme's logo)
    rather than a headline."""
    return None if h1 and site and furniture.squashed(h1) == furniture.squashed(site) else h1


def _not_section_label(h1: str | None) -> str | None:
    """The page's <h1>, unless it labels the section ('Business') over a headline set in a lower heading."""
    return None if h1 and furniture.is_section_label(h1) else h1


def _title_without_site(document: Element, site: str | None) -> str | None:
    """<title>, without a ' | Site' suffix: the site's name, or a few words when it is unknown."""
    title = _first_text(document, "title")
    match = furniture.site_suffix(title or "")
    if match and site is None and furniture.word_count(match.group("site")) <= 4:
        return title[:match.start()]
    return title


def _site_from_title(document: Element) -> str | None:
    match = furniture.site_suffix(_first_text(document, "title") or "")
    return match.group("site").strip() if match and furniture.word_count(match.group("site")) <= 5 else None


def _logo_name(document: Element) -> str | None:
    """The site's name in its first logo ('<div class="logo">Mining Weekly</div>', or the logo image's alt
    text): the publication, where the copyright line names the firm owning it ('Creamer Media (Pty) Ltd')."""
    logo = next((element for element in _LOGOS(document) if _is_site_logo_class(_class_words(element))), None)
    if logo is None:
        return None
    text = _text_of(logo) or next((image.get("alt", "") for image in logo.iter("img")), "")
    name = collapse_spaces(_LOGO_WORD.sub(" ", text))
    return name if _names_a_site(name) else None


def _is_site_logo_class(words: frozenset[str]) -> bool:
    is_site_name = _SITE_CLASS_WORD in words and bool(words & _SITE_NAME_CLASS_WORDS)
    return (bool(words & _LOGO_CLASS_WORDS) or is_site_name) and not words & _OTHER_FIRM_CLASS_WORDS


def _names_a_site(logo_name: str) -> bool:
    return (1 <= furniture.word_count(logo_name) <= _LOGO_MAX_WORDS and logo_name[:1].isalnum()
            and logo_name.casefold() not in _PLACEHOLDER_LOGO_NAMES and not _SPONSOR_CREDIT.match(logo_name))


def _copyright_holder(document: Element) -> str | None:
    """The holder in the footer's copyright line, else in the last copyright line of the page."""
    for footer in document.iter("footer"):
        holder = _copyright_in(footer)
        if holder:
            return holder
    return _copyright_in(document, last=True)


def _copyright_in(root: Element, last: bool = False) -> str | None:
    lines = "".join(_VISIBLE_TEXT(root)).split("\n")
    for line in reversed(lines) if last else lines:
        holder = furniture.copyright_holder(line) if "©" in line or "opyright" in line else None
        if holder:
            return holder
    return None


def _published(json_ld: dict, meta: dict[str, str], survey: _Survey, document: Element,
               ingest_date: date) -> FoundDate | None:
    for value in (json_ld_text(json_ld.get("datePublished")), *(meta.get(key) for key in PUBLISHED_META)):
        found = find_date(value, ingest_date, relative=False) if value else None
        if found:
            return _dated_as_written(found, value, survey, ingest_date)
    for element in survey.times:
        value = element.get("datetime") or _text_of(element)
        found = find_date(value, ingest_date) if value else None
        if found:
            return found
    for element in survey.dated:
        found = find_date(_text_of(element)[:200], ingest_date)
        if found:
            return found
    for element in document.iter("time"):  # a dateline above the <article>
        found = find_date(element.get("datetime") or _text_of(element), ingest_date)
        if found:
            return found
    return _date_in_dateline_block(document, ingest_date)


def _dated_as_written(found: FoundDate, value: str, survey: _Survey, ingest_date: date) -> FoundDate:
    """A timestamp in UTC ('2025-03-04T02:10:00Z') falls on the day before in the Americas, the day after in the
    Pacific: the date the byline writes ('March 3, 2025') is the publisher's own, when the instant falls on it in
    some time zone (UTC-12 to UTC+14). The instant stays; a timestamp with its own offset keeps its date."""
    if found.utc is None or not _UTC_TIMESTAMP.search(value.strip()):
        return found
    bylines = (_text_of(element)[:200] for element in survey.dated)
    written = next(filter(None, (find_date(text, ingest_date, relative=False)
                                 for text in bylines if not _UPDATE_WORDS.search(text))), None)
    if written is None or written.local_date == found.local_date:
        return found
    earliest, latest = ((found.utc + offset).date() for offset in _ZONE_OFFSETS)
    return replace(found, local_date=written.local_date) if earliest <= written.local_date <= latest else found


def _date_in_dateline_block(document: Element, ingest_date: date) -> FoundDate | None:
    """The date of a short 'Posted on 7 October 2025 by Staff' line, on a page without date markup."""
    for _, block in _blocks(document):
        if furniture.word_count(block) <= _DATELINE_MAX_WORDS and _DATELINE_START.match(block):
            found = find_date(block, ingest_date)
            if found:
                return found
    return None


def _date_in_url(url: str | None) -> FoundDate | None:
    """'/2025/09/04/' in a story's address, as many news sites file their stories."""
    match = _URL_DATE.search(url) if url else None
    if match is None:
        return None
    try:
        stated = date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return FoundDate(stated, None, match.start(), match.end())


def _byline_author(candidates: list[Element]) -> str | None:
    """The name in a byline, without 'By', the date or a place."""
    for element in candidates:
        for time_element in list(element.iter("time")):  # bylines are furniture, never body text
            _drop(time_element)
        name = _NAME_END.split(_BY.sub("", _text_of(element)), maxsplit=1)[0].strip()
        if name and furniture.word_count(name) <= 5:
            return name
    return None


# --- body -------------------------------------------------------------------------------


def _article_container(document: Element) -> Element | None:
    """The <article> with the most paragraph text, else the element marked itemprop=articleBody."""
    articles = [article for article in document.iter("article")
                if not any(a.tag in ("aside", "nav", "footer") for a in article.iterancestors())]
    if len(articles) > 1:
        return max(articles, key=lambda article: sum(len("".join(p.itertext())) for p in article.iter("p")))
    if articles:
        return articles[0]
    return next((e for e in document.iter() if e.get("itemprop") == "articleBody"), None)


def _survey(root: Element) -> _Survey:
    survey = _Survey()
    bylines: list[Element] = []
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        # Most elements (<p>, <a>, <span>) have no attributes: one call tells, instead of a lookup of each.
        attributed = bool(element.keys())
        words = _class_words(element) if attributed else _NO_WORDS
        if tag == "time":
            survey.times.append(element)
        if words & _DATE_CLASS_WORDS:
            survey.dated.append(element)
        if "author" in words:
            survey.authors.append(element)
        elif "byline" in words:
            bylines.append(element)
        if element is not root and (tag in _DROP_TAGS or attributed and _is_furniture_element(element, words)):
            survey.furniture.append(element)
    survey.authors.extend(bylines)
    return survey


def _class_words(element: Element) -> frozenset[str]:
    classes, identifier = element.get("class"), element.get("id")
    if not classes and not identifier:
        return _NO_WORDS
    joined = f"{classes or ''} {identifier or ''}".lower()
    words = frozenset(_CLASS_SPLIT.split(joined))
    return words | _DATE_WORD if _DATE_SUFFIX in joined and any(map(_names_a_date, words)) else words


def _names_a_date(word: str) -> bool:
    return word.endswith(_DATE_SUFFIX) and not word.endswith(_NOT_DATE_WORDS)


def _is_furniture_element(element: Element, class_words: frozenset[str]) -> bool:
    """Furniture by its attributes (its tag aside)."""
    return (bool(class_words & _DROP_CLASS_WORDS) or element.get("hidden") is not None
            or element.get("aria-hidden") == "true" or (element.get("role") or "").lower() in _DROP_ROLES)


def _body(container: Element | None, survey: _Survey, text: str, title: str | None,
          document: Element, beyond_limits: str | None) -> str | None:
    body = _article_text(container, survey, title) if container is not None else ""
    # No <article>, or one that wraps only the headline and byline: find the main text.
    return body or _main_text_fallback(text, title, document, beyond_limits)


def _article_text(container: Element, survey: _Survey, title: str | None) -> str:
    for element in survey.furniture:
        _drop(element)
    return _story_text(_blocks(container), title)


def _story_text(blocks: list[tuple[str, str]], title: str | None) -> str:
    """The story's paragraphs of (tag, text) blocks: cut at an end trailer ("More from X", "Comments
    (2)"), without reading boxes and furniture lines."""
    paragraphs: list[str] = []
    skipping_box = False
    headline = furniture.squashed(title) if title else None
    for tag, block in blocks:
        if not paragraphs and tag[0] == "h" and furniture.squashed(block) == headline:
            continue  # the headline again, in an <h2> (the <h1> is dropped already)
        kind = furniture.trailer_kind(block)
        if kind is furniture.Trailer.END and paragraphs:
            break
        if kind is not None:
            skipping_box = True
            continue
        if skipping_box and (tag == "li" or not furniture.is_prose(block)):
            continue
        skipping_box = False
        if not furniture.is_furniture(block):
            paragraphs.append(block)
    return "\n\n".join(paragraphs)


def _drop(element: Element) -> None:
    """Remove an element but keep its tail text, which belongs to the text around it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _blocks(container: Element) -> list[tuple[str, str]]:
    """(tag, text) of each block of text in document order; inline markup joined into its block."""
    blocks: list[tuple[str, str]] = []
    pending: list[str] = []
    open_blocks: list[str] = []

    def flush() -> None:
        if not pending:  # two block tags in a row: nothing between them
            return
        text = collapse_spaces("".join(pending))
        pending.clear()
        if text:
            blocks.append((open_blocks[-1] if open_blocks else "p", text))

    # iterwalk, not recursion: a deeply nested page cannot exhaust the Python stack. (lxml builds a new
    # string at each read of .text or .tail: each is read once.)
    for event, element in etree.iterwalk(container, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag in _BLOCK_TAGS:
                flush()
                open_blocks.append(tag)
            text = element.text
            if text:
                pending.append(text)
        else:
            if tag in _BLOCK_TAGS:
                flush()
                open_blocks.pop()
            tail = element.tail if element is not container else None
            if tail:
                pending.append(tail)
    flush()
    return blocks


def _main_text_fallback(text: str, title: str | None, document: Element,
                        beyond_limits: str | None) -> str | None:
    """trafilatura's main-text extraction, without the headline it may repeat."""
    if beyond_limits:  # trafilatura parses with libxml2's default limits: it would read only a part
        raise Rejected(f"the page has no story in an <article> element and is {beyond_limits}, beyond "
                       "what main-text extraction can read whole; deliver it with its story in an "
                       "<article> element, or its text as .txt")
    if next(itertools.islice(document.iter(), MAX_FALLBACK_ELEMENTS, None), None) is not None:
        raise Rejected(f"the page has no story in an <article> element and more than "
                       f"{MAX_FALLBACK_ELEMENTS:,} elements, too many to search for its main text; "
                       "deliver it with its story in an <article> element, or its text as .txt")
    import trafilatura  # imported here: most pages never need it, and it is slow to import

    extracted = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True,
                                    fast=True, output_format="txt")
    if not extracted:
        return None
    lines = [collapse_spaces(line) for line in extracted.split("\n")]
    return _story_text([("p", line) for line in lines if line and line != title], title)
