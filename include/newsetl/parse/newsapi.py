"""News-API records: `.json` files (one record, a list of records, or an envelope such as
{"articles": [...]}, {"results": [...]}, {"data": [...]}, {"value": [...]} or {"feed": [...]}) and `.jsonl` batches (one
record per line).

A record has NewsAPI's fields: ``source.name`` (the publisher), ``author``, ``title``,
``description``, ``url``, ``publishedAt`` and ``content`` (the body, from which NewsAPI's
"… [+1234 chars]" truncation marker is removed). Other news APIs and exports name the same
fields differently ("headline", "body", "text", "pubDate", "published_at", "source_name",
"link", Bing News's "name" and "provider" ...): each field is read from the first of its names the
record has, the body from the longest; a date may be a Unix timestamp. A record with no body field
has its body in "summary" (NewsCatcher's full text; its "excerpt" is then the description), else in its
only other text (Mediastack's "description"); a body sent as HTML paragraphs (Benzinga's) is read as their
text; a
publisher given only as a copyright notice ("rights", its mark before or after the holder), a domain
("clean_url", a source's "domain") or webz.io's "thread" site is read from those, and failing all of them
the site of the story's "url" (World News API's records name no source); the Guardian's
answer is unwrapped from its "response" and its item's "fields" are read. Furniture paragraphs
closing a body (a newsletter plug, "Advertisement") are dropped. A field under a name of none of these
is read by the words of its name when it says what it holds: a body ("body_paragraphs", "story_text", its
paragraphs strings or objects with a "text"), a date ("published_ts", "publicationDate", or a "dates" object
of them; a date said to be the publication's before one of no kind, as "created" or Event Registry's crawl's
"dateTime") or a publisher ("outlet_name"; two words at least, as NewsCatcher's "media" is its picture, and
never an address). A dek ("subtitle") is a description, never the body. webz.io's page title ("<title> |
Site Name") names the site when its record has no site name.

Vendors' and CMS exports nest the same fields: the article may be wrapped under its id (Event Registry's
{"<uri>": {"info": {...}}}) or beside its site's details ({"site": {"brand_name": ...}, "story": {...}}); the
headline may be an object of variants ({"main": ...}, Arc XP's {"basic": ...}) or named in words of its own
("headline_text"); the body a list of typed blocks, of which only text blocks (paragraphs, headings) are the
story, never an ad slot, a pull quote or related links; the publisher an object about the source
({"publisher": {"display_name": ...}}), or a JSON:API resource's related one ({"relationships": {"source": {"data":
{"name": ...}}}}); a story's first publication may be named without a word for a date ("first_published"). A
reading box inside a body ("Read also: <headline>") is dropped.
Anything else in a record is ignored.
"""
from __future__ import annotations

import functools
import html
import itertools
import json
import re
from collections.abc import Callable, Iterator
from datetime import date

from newsetl.parse.dates import FoundDate, date_of_timestamp, find_date
from newsetl.parse.draft import ArticleDraft, Rejected
from newsetl.parse.furniture import (READ_ALSO_LABELS, SECTION_WORDS, copyright_holder, is_furniture, site_suffix,
                                     without_site_name)

TITLE_FIELD = "title"
BODY_FIELD = "content"
# Each field's names in the news APIs and exports we have met, NewsAPI's first (GNews, NewsData.io,
# Event Registry, Aylien, webz.io, the Guardian's and NYT's APIs name them in the others).
# "headlines": a CMS's object of a story's headlines ({"main": ..., "social": ..., "seo": ...}; Arc XP's
# {"basic": ...}), read for its main one.
_TITLE_FIELDS = (TITLE_FIELD, "headline", "webTitle", "headlines")
# A title named in words of its own: 'headline_text', 'main_title', 'display_headline'; not 'seo_title' nor
# 'social_headline' (a variant written for a search engine or a feed).
_TITLE_KEY_HEADS = frozenset(("headline", "title"))
_TITLE_KEY_WORDS = _TITLE_KEY_HEADS | frozenset(("text", "main", "display"))
# Bing News names a story's headline "name" and its publishers "provider" ([{"name": ...}]); "name" is read
# last, and does not make an envelope a record (a batch may carry a name of its own).
_NAME_TITLE_FIELD = "name"
_BODY_FIELDS = (BODY_FIELD, "body", "text", "full_text", "fullText", "article_body", "articleBody",
                "bodyText")
# NewsCatcher sends the full text as "summary" and no body field.
_SUMMARY_BODY_FIELD = "summary"
_TELLING_DESCRIPTION_FIELDS = ("description", _SUMMARY_BODY_FIELD, "abstract", "excerpt", "standfirst")
# A dek under the headline: a description, never the story (a record with a dek alone has no body).
_DEK_FIELDS = ("subheadline", "subtitle", "dek")
_DESCRIPTION_FIELDS = (*_TELLING_DESCRIPTION_FIELDS, *_DEK_FIELDS)
# Without a body the story is what the record tells of it: NewsCatcher's "summary" first, else a feed's
# only text (Mediastack's "description").
_TELLING_FIELDS = (_SUMMARY_BODY_FIELD,
                   *(name for name in _TELLING_DESCRIPTION_FIELDS if name != _SUMMARY_BODY_FIELD))
# publish_date: World News API's; time_published: Alpha Vantage's; dateTimePub: Event Registry's (its
# "dateTime" is the crawl's)
_PUBLISHED_FIELDS = ("publishedAt", "published_at", "pubDate", "published", "datePublished",
                     "webPublicationDate", "pub_date", "published_date", "publish_date", "time_published",
                     "dateTimePub", "firstcreated")  # firstcreated: an IPTC ninjs item's (AP's) first version
# A date not said to be the publication's: read after every field that says so. created: Benzinga's;
# datetime: Finnhub's Unix timestamp; versioncreated: a ninjs item's latest version.
_GENERIC_DATE_FIELDS = ("dateTime", "date", "created", "datetime", "versioncreated")
# A bare time stamp, often the crawl's or the response's: read last, when nothing else dates the record.
_STAMP_FIELDS = ("timestamp", "ts")
_PUBLISHER_FIELDS = ("source", "source_name", "publisher", "site_name", "site", "publication", "provider", "outlet",
                     "brand", "brand_name")
_FEED_WORDS = frozenset("top stories breaking feed rss all headlines".split())
_FEED_FIELDS = ("feed", "feed_title")  # an RSS export's channel: a publication's name, or only a section's
_RIGHTS_FIELDS = ("rights",)  # a copyright notice: its holder is the publisher
_DOMAIN_FIELDS = ("clean_url",)  # the site's domain, when nothing names the publisher
_AUTHOR_FIELDS = ("author", "authors", "creator", "byline")
_URL_FIELDS = ("url", "link", "webUrl")
# The list of records in a batch's envelope: NewsAPI's and GNews's "articles", NewsData.io's
# "results", Mediastack's "data", Bing News's "value", Currents API's "news", Alpha Vantage's "feed".
_ENVELOPE_FIELDS = ("articles", "results", "data", "value", "news", "feed")
# The list one level down, in an envelope's object that is no article itself: Event Registry's {"articles":
# {"results": [...]}}, a paged answer's {"data": {"count": 1, "items": [...]}}.
_INNER_ENVELOPE_FIELDS = ("results", "items", "articles", "docs", "stories", "entries")
# The one article of a single-item answer: {"status": "ok", "article": {...}} or {"data": {...}}.
_RECORD_WRAPPER_FIELDS = ("article", "story", "data", "result", "item")
# A map's key that is an article's id, not a field's English name ('5501', 'a3f9-77c2'; not 'related',
# 'request' or 'meta'): ids carry a digit.
_ID_KEY = re.compile(r"\d")
# ...or under any name, a story with a body: Event Registry's {"<uri>": {"info": {...}}}, a CMS export's
# {"site": {...}, "story": {...}}. Looked for this many objects deep.
_WRAPPER_DEPTH = 3
# A field given as an object: {"name": ...}; NYT's headline {"main": ...} and byline {"original": ...};
# Arc XP's headlines {"basic": ...}; a CMS's {"display_name": ...} or {"brand_name": ...}; WordPress's
# {"rendered": ...}; a source known only by its domain (Aylien's {"domain": ...}).
_NAME_KEYS = ("name", "title", "main", "basic", "display_name", "displayName", "brand_name", "original",
              "rendered", "domain")
# A body's paragraph given as an object: {"text": ...}, or a typed block whose content is an object of its
# own: {"type": "paragraph", "content": {"text": ...}}.
_PARAGRAPH_KEYS = ("text", "content", "body", "rendered")
# A typed block is the story's only when its type says it holds text: 'paragraph', Arc XP's 'text' and
# 'header', 'subheading'; never an 'ad_slot', a 'pullquote' (a line the story already tells), an 'image' or
# 'related_links'.
_BLOCK_TYPE_FIELDS = ("type", "kind")
_TEXT_BLOCK_TYPE_WORDS = frozenset("paragraph para p text heading header subheading subhead h".split())
# webz.io names the site in the record's "thread": {"site_name": "Example News", "site": "example.com",
# ...}: its name before its domain.
_THREAD_FIELD, _THREAD_NAME_FIELD, _THREAD_SITE_FIELDS = "thread", "site_name", ("site", "site_full")
# ...and its page's title, the story's headline and the site's name: "<title> | Asia Mining Wire".
_THREAD_PAGE_TITLE_FIELD = "title_full"
# A field named in words of its own ('body_paragraphs', 'published_ts', 'outletName'): the words of its name,
# at underscores, hyphens and changes of case. A longer name is no field's.
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_KEY_MAX_CHARS = 40
_NAMED_FIELDS_SCANNED = 200
# A body's name: every word one of these, one of them saying it is text ('full_content', 'story_text');
# not 'html' (a markup twin of the text) nor 'type' or 'count' ('content_type', 'body_word_count').
# 'blocks' and 'elements' name a list of typed blocks ('content_elements': Arc XP's, 'body_blocks').
_BODY_KEY_WORDS = frozenset(
    "body content text paragraphs paragraph full article story plain main clean blocks elements".split())
_BODY_KEY_HEADS = frozenset("body content text paragraphs".split())
# ...and with no plain body, its markup twin ('body_html', 'contentHtml'): the story as HTML, read for its text
# rather than falling back to a summary.
_MARKUP_KEY_HEADS = frozenset(("html",))
_MARKUP_BODY_KEY_WORDS = _BODY_KEY_WORDS | _MARKUP_KEY_HEADS
# A publication date's name: a word for publishing and one for a date or instant ('published_ts',
# 'publicationDate', 'date_published', 'first_published_at'); not an update's or a crawl's.
_DATE_KEY_HEADS = frozenset("published publish publication pub posted".split())
_DATE_KEY_STAMPS = frozenset("date time ts timestamp datetime at on epoch unix ms millis".split())
# A name saying the date is the story's first publication needs no word for a date: 'first_published',
# 'firstPublished' (a word for publishing alone may name the publication: 'publication').
_FIRST_WORDS = frozenset(("first",))
_DATE_KEY_WORDS = _DATE_KEY_HEADS | _DATE_KEY_STAMPS | _FIRST_WORDS | frozenset("utc gmt iso local".split())
# An object of a story's dates: {"dates": {"published": ..., "updated": ...}}; its fields need not say they
# hold a date ('first_published', 'firstPublished').
_DATE_GROUP_FIELDS = ("dates", "timestamps", "times", "date")
# A publisher's name: 'outlet_name', 'publication_name', 'media_outlet', 'news_source'; two words at least,
# as a word alone says too little ('media' is NewsCatcher's image, 'news' a list of stories).
# An object about the source ('source_meta', 'publisher_info') holds its name one level down:
# {"source_meta": {"publisher": {"display_name": ...}, "section": ...}}.
_PUBLISHER_KEY_HEADS = frozenset("source publisher publication outlet newspaper media brand".split())
_PUBLISHER_KEY_WORDS = _PUBLISHER_KEY_HEADS | frozenset("news name title meta info details display".split())
# ...but only the source's or publisher's: 'media_info' and 'media_details' are about a picture, their title its
# caption.
_SOURCE_OBJECT_WORDS = frozenset("meta info details".split())
_SOURCE_OBJECT_HEADS = frozenset("source publisher".split())
_PUBLISHER_KEY_MIN_WORDS = 2
_URL_START = ("http://", "https://", "//")  # an address names no publisher: it is an image's or a page's
# The site in a story's address: 'lagosenergyreport.com.ng' of 'https://www.lagosenergyreport.com.ng/oil/x'.
_URL_SITE = re.compile(r"^https?://(?:www\.)?(?P<site>[a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.IGNORECASE)
_PARAGRAPH_BREAK = "\n\n"
_BLANK_RUN = re.compile(r"\n{3,}")  # where a line was dropped between paragraphs
# A reading box's label inside a body: 'Read also:', 'See also:', 'Lire aussi :', 'Related:', 'Related stories:'.
_READING_BOX_LABEL = re.compile(rf"(?:{READ_ALSO_LABELS}"
                                r"|related(?:\s+(?:stories|articles|news|coverage|reading|content|links))?)\s*:",
                                re.IGNORECASE)
# A tag that ends a block of text: a paragraph, list item, heading, line break or division. The pieces
# between them are stripped one by one (no whitespace around the tag in the pattern: that rescans long runs).
_BLOCK_BOUNDARY = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|div|blockquote)\b[^<>]*>|<br\b[^<>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_TRUNCATION_MARKER = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+\s*chars?\]\s*$")
_MARKER_TAIL = 40
_REMOVED = "[Removed]"  # NewsAPI's placeholder for an article taken down at the source
_FURNITURE_MAX_WORDS = 15  # a closing plug is short; longer is the story (checked first: it is cheap)
# The Guardian's API wraps its answer in {"response": {"results": [...]}} (a search) or {"response":
# {"content": {...}}} (one item), and gives the text, publication and byline in the item's "fields".
_RESPONSE_FIELD, _CONTENT_FIELD, _FIELDS_FIELD = "response", "content", "fields"
# A JSON:API resource keeps the article's fields under "attributes": {"data": {"type": "articles", "id": "7",
# "attributes": {"title": ..., "body": ...}}}, or a list of such resources under "data".
_ATTRIBUTES_FIELD = "attributes"
# ...and the objects it links to under "relationships", each under "data": the publisher as a related resource
# ({"relationships": {"source": {"data": {"type": "publisher", "name": "Kitwe Ledger"}}}}, its name perhaps in its
# own "attributes"). Only a publisher's relationship is read: an author's or a section's names no publisher.
_RELATIONSHIPS_FIELD, _RELATED_FIELD = "relationships", "data"
_GUARDIAN_FIELDS = ("bodyText", "publication", "byline")


def records_from_json(text: str) -> list[tuple[int | None, object]]:
    """(record_index, record) of a .json file: index None for a lone record, else its position."""
    data = _unwrapped_response(_loads(text))
    data = _unwrapped_record(data) if isinstance(data, dict) else data
    records = _enveloped(data) if isinstance(data, dict) else None
    if records is not None:
        data = records
    elif isinstance(data, dict) and "articles" in data:
        raise Rejected("the 'articles' field of the JSON envelope is not a list; re-export the batch")
    elif isinstance(data, dict) and str(data.get("status", "")).lower() == "error":
        # NewsData.io puts the error's code and message under "results"
        error = data["results"] if isinstance(data.get("results"), dict) else data
        raise Rejected(f"news API error response ({error.get('code')}: {error.get('message')}); "
                       "fetch the batch again")
    if isinstance(data, list):
        if not data:
            raise Rejected("the JSON holds an empty list of articles; re-deliver a batch with articles")
        return list(enumerate(data))
    return [(None, data)]


def _unwrapped_response(data: object) -> object:
    """The Guardian's answer without its "response" wrapper: the batch (with its status), or the one item."""
    response = data.get(_RESPONSE_FIELD) if isinstance(data, dict) and len(data) == 1 else None
    if not isinstance(response, dict):
        return data
    item = response.get(_CONTENT_FIELD)
    return item if isinstance(item, dict) else response


def _is_record(data: object) -> bool:
    return isinstance(data, dict) and (_has_article_fields(data) or _has_article_fields(data.get(_ATTRIBUTES_FIELD)))


def _has_article_fields(data: object) -> bool:
    return isinstance(data, dict) and any(name in data for name in _TITLE_FIELDS + _BODY_FIELDS)


def _has_body_field(data: dict) -> bool:
    return any(name in data for name in _BODY_FIELDS)


def _unwrapped_record(data: dict) -> object:
    """The article an API answer or export wraps (`_wrapped`), or `data`."""
    if _is_record(data):
        return data
    wrapped = _wrapped(data, _WRAPPER_DEPTH)
    return data if wrapped is None else wrapped


def _wrapped(data: dict, depth: int) -> dict | list | None:
    """The one article `data` wraps, `depth` objects deep at most: with its status ({"status": "ok", "article":
    {...}}), under its id (Event Registry's {"<uri>": {"info": {...}}}) or beside its site's details (a CMS
    export's {"site": {"brand_name": ...}, "story": {...}}). The wrapper's objects fill what the article lacks
    (its publisher); its other fields (a response's status or time) are not the article's. A map of articles
    by their ids (keys with a digit) is a batch of them. None when `data` wraps no article, or is a batch's
    envelope."""
    if _enveloped(data) is not None:
        return None
    found = []
    for name, value in itertools.islice(data.items(), _NAMED_FIELDS_SCANNED):
        if not isinstance(value, dict):
            continue
        if _is_record(value):
            if name in _RECORD_WRAPPER_FIELDS or _has_body_field(value):
                found.append((name, value))
        elif depth > 1 and isinstance(inner := _wrapped(value, depth - 1), dict):
            found.append((name, inner))
    # the one article under a wrapper's name, whatever stories its siblings hold ({"article": {...}, "related":
    # {"title": ..., "text": ...}})
    under_wrapper_name = [(name, record) for name, record in found if name in _RECORD_WRAPPER_FIELDS]
    if len(under_wrapper_name) == 1:
        found = under_wrapper_name
    if len(found) == 1:
        [(wrapper_name, record)] = found
        context = {name: value for name, value in data.items() if name != wrapper_name and isinstance(value, dict)}
        return {**context, **record}
    if len(found) > 1 and len(found) == len(data) and all(_ID_KEY.search(name) for name, _ in found):
        return [record for _, record in found]
    return None


def _enveloped(data: dict) -> list | None:
    """The records of a batch's envelope, or None when `data` is no envelope: a record with a title or a
    body of its own is one article, whatever other lists it carries."""
    if _is_record(data):
        return None
    for name in _ENVELOPE_FIELDS:
        value = data.get(name)
        if isinstance(value, dict):
            if _is_record(value):  # {"data": {"title": ..., "body": ..., "items": [<images>]}}: one article
                return None
            value = next((inner for inner in map(value.get, _INNER_ENVELOPE_FIELDS) if isinstance(inner, list)), None)
        if isinstance(value, list):
            return value
    return None


def record_from_line(text: str) -> object:
    record = _loads(text)
    if not isinstance(record, dict):
        return record
    unwrapped = _unwrapped_record(record)
    if isinstance(unwrapped, list):  # {"5501": {...}, "5502": {...}}: a batch on one line
        raise Rejected(f"the line is a map of {len(unwrapped)} articles by their ids; "
                       "give each article a line of its own")
    return unwrapped


def jsonl_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(0-based line number, bytes) of every line that is not blank."""
    for number, line in enumerate(data.split(b"\n")):
        if line.strip():
            yield number, line


def draft_from_record(record: object, ingest_date: date) -> ArticleDraft:
    if not isinstance(record, dict):
        raise Rejected(f"the record is a JSON {_json_type(record)}, not an object with "
                       f"'{TITLE_FIELD}' and '{BODY_FIELD}'; fix the export")
    fields = record.get(_FIELDS_FIELD)
    if isinstance(fields, dict):
        record = {**record, **{name: fields[name] for name in _GUARDIAN_FIELDS if name in fields}}
    attributes = record.get(_ATTRIBUTES_FIELD)
    if isinstance(attributes, dict):
        record = {**record, **attributes}
    title = (_field(record, _TITLE_FIELDS)
             or _field(record, _fields_named(record, _TITLE_KEY_WORDS, (_TITLE_KEY_HEADS,)))
             or _field(record, (_NAME_TITLE_FIELD,)))
    body = (_longest_text(record, _BODY_FIELDS)
            or _longest_text(record, _fields_named(record, _BODY_KEY_WORDS, (_BODY_KEY_HEADS,)))
            or _longest_text(record, _fields_named(record, _MARKUP_BODY_KEY_WORDS,
                                                   (_BODY_KEY_HEADS, _MARKUP_KEY_HEADS))))
    description_fields = _DESCRIPTION_FIELDS
    told_in = None if body else next((name for name in _TELLING_FIELDS if _text(record.get(name))), None)
    if told_in is not None:
        body = _text(record.get(told_in))
        description_fields = tuple(name for name in _DESCRIPTION_FIELDS if name != told_in)
    if title == _REMOVED and body in (None, _REMOVED):
        raise Rejected("the news API marks this record '[Removed]' (taken down at the source); "
                       "nothing to load")
    published = _published(record, ingest_date)
    named_by_words = tuple(name for name in _fields_named(record, _PUBLISHER_KEY_WORDS, (_PUBLISHER_KEY_HEADS,),
                                                          _PUBLISHER_KEY_MIN_WORDS)
                           if _is_source_object_or_not_one(_key_words(name)))
    named = _field(record, _PUBLISHER_FIELDS + named_by_words, _is_not_url, _source_name)
    # a related publisher after the record's own fields (a JSON:API resource's "relationships")
    related = _field(_related_publishers(record.get(_RELATIONSHIPS_FIELD)), _PUBLISHER_FIELDS)
    publisher = (_publisher_name(named) or related or _feed_title(_field(record, _FEED_FIELDS))
                 or _rights_holder(_field(record, _RIGHTS_FIELDS))
                 or _field(record, _DOMAIN_FIELDS) or _thread_site(record) or _site_of(_field(record, _URL_FIELDS)))
    return ArticleDraft(
        title=without_site_name(title, publisher),  # NewsAPI titles often end " - Publisher"
        body=(_without_furniture(_without_reading_boxes(_without_truncation_marker(_text_of_markup(body))))
              if body else None),
        description=_field(record, description_fields),
        published_at=published.utc if published else None,
        published_date=published.local_date if published else None,
        publisher=publisher,
        author=_field(record, _AUTHOR_FIELDS),
        url=_field(record, _URL_FIELDS),
        declared_language=_string(record.get("language")),
    )


def _related_publishers(relationships: object) -> dict[str, dict]:
    """A JSON:API resource's related publisher under a publisher field's name ({"source": {"data": {"name": ...}}}
    -> {"source": {"name": ...}}), its "attributes" read as its own fields; a related resource given by its type
    and id alone names nobody, and is left out."""
    if not isinstance(relationships, dict):
        return {}
    related = {}
    for name in _PUBLISHER_FIELDS:
        link = relationships.get(name)
        resource = link.get(_RELATED_FIELD) if isinstance(link, dict) else None
        if isinstance(resource, dict):
            attributes = resource.get(_ATTRIBUTES_FIELD)
            resource = {**resource, **attributes} if isinstance(attributes, dict) else resource
            if any(_string(resource.get(key)) for key in _NAME_KEYS):
                related[name] = resource
    return related


def _published(record: dict, ingest_date: date) -> FoundDate | None:
    """The date of the record's fields that hold one (`_date_fields`), else of its object of dates
    ({"dates": {"published": ...}}: read the same way, one level down, no further), else of a bare time
    stamp ('ts': perhaps the crawl's)."""
    found = _dated(record, _date_fields(record, (_DATE_KEY_HEADS, _DATE_KEY_STAMPS)), ingest_date)
    if found:
        return found
    group = next((value for name in _DATE_GROUP_FIELDS if isinstance(value := record.get(name), dict)), None)
    found = _dated(group, _date_fields(group, (_DATE_KEY_HEADS,)), ingest_date) if group else None
    return found or _dated(record, _STAMP_FIELDS, ingest_date)


def _date_fields(record: dict, kinds: tuple[frozenset[str], ...]) -> tuple[str, ...]:
    """The fields that may date the story, those saying it is the publication's first: the fields named so,
    then those whose names' words say so ('published_ts'; in an object of dates, 'first_published'), with a
    word of each of `kinds` or a word for publishing and 'first' ('first_published'), then a date of no kind
    ('created', a record's 'dateTime' its crawl's when it also has 'dateTimePub')."""
    named = (*_fields_named(record, _DATE_KEY_WORDS, kinds),
             *_fields_named(record, _DATE_KEY_WORDS, (_DATE_KEY_HEADS, _FIRST_WORDS)))
    return (*_PUBLISHED_FIELDS, *dict.fromkeys(name for name in named if name not in _PUBLISHED_FIELDS),
            *_GENERIC_DATE_FIELDS)


def _dated(record: dict, names: tuple[str, ...], ingest_date: date) -> FoundDate | None:
    """The date of the first of `names` that gives one, as text or as a Unix timestamp (a field may hold
    something else: a time alone, '09:30 WAT')."""
    for name in names:
        value = record.get(name)
        if value is None:
            continue
        text = _text(value)
        found = (find_date(text, ingest_date, relative=False) if text else None) or date_of_timestamp(value)
        if found:
            return found
    return None


def _fields_named(record: dict, words: frozenset[str], kinds: tuple[frozenset[str], ...],
                  min_words: int = 1) -> tuple[str, ...]:
    """The record's fields whose names are made of at least `min_words` of `words` only, with a word of each
    of `kinds` (among its first fields: a news record has a few dozen, and a hostile one with a million costs
    no more)."""
    return tuple(name for name in itertools.islice(record, _NAMED_FIELDS_SCANNED)
                 if _is_named(_key_words(name), words, kinds, min_words))


def _is_named(name_words: frozenset[str], words: frozenset[str], kinds: tuple[frozenset[str], ...],
              min_words: int) -> bool:
    return (len(name_words) >= min_words and name_words <= words
            and all(not name_words.isdisjoint(kind) for kind in kinds))


@functools.lru_cache(maxsize=1024)  # a batch's records repeat their fields' names
def _key_words(name: str) -> frozenset[str]:
    """'body_paragraphs' -> {body, paragraphs}; 'publishedTs' -> {published, ts}."""
    if len(name) > _KEY_MAX_CHARS:
        return frozenset()
    return frozenset(word.lower() for word in _KEY_WORD.findall(name))


def _longest_text(record: dict, names: tuple[str, ...]) -> str | None:
    """The longest body of `names` (`_body_text`)."""
    return max(filter(None, (_body_text(record.get(name)) for name in names)), key=len, default=None)


def _body_text(value: object) -> str | None:
    """A body's text: a string, an object's text, or its paragraphs as a list of strings or of blocks
    (`_block_text`; those typed as no text left out) joined by a paragraph break. A body of one object is
    the story whatever its type says ({"type": "html", "content": "<p>..."}, {"kind": "standard", ...})."""
    if isinstance(value, list):
        return _PARAGRAPH_BREAK.join(filter(None, (_block_text(block) for block in value
                                                   if not _is_typed_as_no_text(block)))) or None
    return _block_text(value)


def _is_typed_as_no_text(block: object) -> bool:
    """A body's block typed as no text: an ad slot, a pull quote, related links."""
    if not isinstance(block, dict):
        return False
    kind = next(filter(None, (_string(block.get(name)) for name in _BLOCK_TYPE_FIELDS)), None)
    return kind is not None and _key_words(kind).isdisjoint(_TEXT_BLOCK_TYPE_WORDS)


def _block_text(block: object) -> str | None:
    """The text of a body's paragraph: a string, or an object's text under one of _PARAGRAPH_KEYS, itself
    perhaps an object ({"type": "paragraph", "content": {"text": ...}})."""
    if not isinstance(block, dict):
        return _string(block)
    return next(filter(None, (_keyed_or_string(block.get(key), _PARAGRAPH_KEYS) for key in _PARAGRAPH_KEYS)),
                None)


def _is_source_object_or_not_one(name_words: frozenset[str]) -> bool:
    """A field named as an object about something ('_info', '_meta') names the publisher only when that is
    the source or publisher ('publisher_info', not 'media_info')."""
    return name_words.isdisjoint(_SOURCE_OBJECT_WORDS) or not name_words.isdisjoint(_SOURCE_OBJECT_HEADS)


def _feed_title(value: str | None) -> str | None:
    """A feed's title that names a publication ("Gulf Metals Feed"), not a section ("business", "Latest News")."""
    if not value or "://" in value:
        return None
    words = value.lower().split()
    if len(words) < 2 or all(word in SECTION_WORDS or word in _FEED_WORDS for word in words):
        return None
    return value


def _source_name(value: object) -> str | None:
    """A publisher's name: its field's text, or in an object about the source without a name of its own, the
    publisher's in it ({"publisher": {"display_name": ...}, "section": ...}; never the section's)."""
    if isinstance(value, dict) and not any(key in value for key in _NAME_KEYS):
        value = next((value[name] for name in _PUBLISHER_FIELDS if name in value), value)
    return _text(value)


def _is_not_url(text: str) -> bool:
    return not text.lower().startswith(_URL_START)


def _text(value: object) -> str | None:
    """A field's text: a string, an object's name ({"name": "Reuters"}), or a list of those joined by ", "
    (authors). One level deep: anything nested further is no text of a news record."""
    if isinstance(value, list):
        return ", ".join(filter(None, (_keyed_or_string(item, _NAME_KEYS) for item in value))) or None
    return _keyed_or_string(value, _NAME_KEYS)


def _keyed_or_string(value: object, keys: tuple[str, ...]) -> str | None:
    if isinstance(value, dict):
        return next(filter(None, (_string(value.get(key)) for key in keys)), None)
    return _string(value)


def _field(record: dict, names: tuple[str, ...], accepts: Callable[[str], bool] = bool,
           read: Callable[[object], str | None] = _text) -> str | None:
    """The text of the first of `names` the record fills with a text `accepts` (as `read` reads it)."""
    for name in names:
        if name in record:
            value = read(record[name])
            if value and accepts(value):
                return value
    return None


def _site_of(url: str | None) -> str | None:
    """The site a story's address names: its publisher when no field names one (World News API, Currents)."""
    match = _URL_SITE.match(url) if url else None
    return match.group("site") if match else None


def _thread_site(record: dict) -> str | None:
    """webz.io's site: its name, else the name its page title ends in, else its domain."""
    thread = record.get(_THREAD_FIELD)
    if not isinstance(thread, dict):
        return None
    return (_field(thread, (_THREAD_NAME_FIELD,)) or _site_closing_title(thread)
            or _field(thread, _THREAD_SITE_FIELDS))


def _site_closing_title(thread: dict) -> str | None:
    """'Asia Mining Wire' of the page title '<headline> | Asia Mining Wire' when the headline before the
    separator is the thread's title: what follows is the site's name, not part of the headline."""
    title, page_title = _string(thread.get(TITLE_FIELD)), _string(thread.get(_THREAD_PAGE_TITLE_FIELD))
    suffix = site_suffix(page_title) if title and page_title and page_title.startswith(title) else None
    return suffix.group("site").strip() if suffix and suffix.start() == len(title) else None


def _publisher_name(value: str | None) -> str | None:
    """The holder of a copyright notice ("© 2025 Copperbelt Courier"), else the value."""
    return copyright_holder(value) if value and _is_copyright_notice(value) else value


def _rights_holder(value: str | None) -> str | None:
    """The holder of a "rights" field's copyright notice, wherever its mark stands ("© 2025 Copperbelt
    Courier", "Copperbelt Courier © 2025"); "All rights reserved" names nobody."""
    return copyright_holder(value) if value else None


def _is_copyright_notice(value: str) -> bool:
    return value.startswith(("©", "(c)", "(C)")) or value.lower().startswith("copyright")


def _without_furniture(body: str) -> str:
    """The body without the furniture that closes it ("Subscribe to our newsletter for daily updates.",
    "Advertisement"): a news API's body holds the story first, so only its end is looked at."""
    kept = whole = body.rstrip()
    while kept:
        start = kept.rfind("\n") + 1
        last = kept[start:]
        if last.count(" ") >= _FURNITURE_MAX_WORDS or not is_furniture(last):
            break
        kept = kept[:start].rstrip()
    return kept if len(kept) < len(whole) else body


def _without_reading_boxes(body: str) -> str:
    """The body without the reading boxes inside it that list other stories on their own line ("Read also:
    <headline>", "Related: <headline> | <headline>"): the story goes on after them."""
    lines = body.split("\n")
    kept = [line for line in lines if not _is_reading_box(line)]
    return body if len(kept) == len(lines) else _BLANK_RUN.sub(_PARAGRAPH_BREAK, "\n".join(kept)).strip()


def _is_reading_box(line: str) -> bool:
    """A line under an explicit reading box's label ('Read also:', 'See also:', 'Related stories:'), listing
    headlines; never a sentence ending in a full stop ('More recently: Varnock agreed to buy X.')."""
    match = _READING_BOX_LABEL.match(line)
    return match is not None and bool(line[match.end():].strip()) and not line.rstrip().endswith(".")


def _text_of_markup(body: str) -> str:
    """The text of a body sent as HTML paragraphs (Benzinga's '<p>...</p><p>...</p>'), a paragraph for each
    paragraph, list item or heading; any other body is plain text, whatever markup it quotes."""
    if not body.startswith("<") or "</p>" not in body.lower():
        return body
    blocks = (html.unescape(_TAG.sub("", block)).strip() for block in _BLOCK_BOUNDARY.split(body))
    return _PARAGRAPH_BREAK.join(block for block in blocks if block)


def _without_truncation_marker(body: str) -> str:
    if not body.endswith("]"):
        return body
    head, tail = body[:-_MARKER_TAIL], body[-_MARKER_TAIL:]  # the marker is short: search only the end
    return head + _TRUNCATION_MARKER.sub("", tail)


def _loads(text: str) -> object:
    try:
        return json.loads(text, strict=False)  # a raw tab or newline inside a string is harmless
    except json.JSONDecodeError as error:
        one_per_line = error.msg == "Extra data" and error.colno == 1
        advice = ("it holds one record per line: name it .jsonl" if one_per_line
                  else "re-export it as valid JSON")
        raise Rejected(f"malformed JSON: {error.msg} (line {error.lineno}, column {error.colno}); {advice}"
                       ) from None
    except RecursionError:
        raise Rejected("JSON nested too deeply to be a news record; re-export it") from None
    except ValueError as error:  # e.g. an integer too long to convert
        raise Rejected(f"malformed JSON ({error}); re-export it as valid JSON") from None


def _string(value: object) -> str | None:
    """Text of a field. Invisible characters JSON escapes decode to (\\u200b) go in `draft.finish`."""
    return (value.strip() or None) if isinstance(value, str) else None


def _json_type(value: object) -> str:
    names = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
