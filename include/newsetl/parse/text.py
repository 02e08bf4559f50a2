"""Page-scrape `.txt` files: the text of a news page copied top to bottom, furniture and all.

Layout read (every part but the title optional):

    MASTHEAD                          site name in capitals, a domain, or capitalised over the navigation
                                      (an edition label after it: 'SAHEL ECONOMIE - English edition'; its
                                      tagline beside it: 'Delta Freight Post | Shipping news from the delta')
    navigation, cookie banner, section label    (a bar may be laid out by wide gaps: 'World   Sport';
                                      a breadcrumb may end in the headline: 'Home > Gold > Title')
    Title                             the first headline-like line (the longest, when all are short; in
                                      capitals, as a PDF's, it may be wrapped over lines)
    Standfirst                        the line after it (or a print deck between title and byline)
    By Author | Publisher             byline
    October 28, 2025Clash Report      the dateline, sometimes glued to the publisher's name
    New Delhi, 09 April 2024 | DD News Bureau   a place before the date; a bureau names its publication
    June 16, 2025 - 6 min read - by A    a bar of metadata items (between '|', '·' or spaced dashes)
    Author, City / Updated ...        more short metadata lines ('Author | City | Nov 12, 2025' dates too;
                                      'Updated: 29 Oct | Published: 28 Oct': the publication's date)
    Body paragraphs and section headings, with "Advertisement", "Read more:" boxes ...
    Related News / Most read / More from X ...   trailers: the story ends there
    © 2025 Publisher. All rights reserved.

Every non-blank line of the body is a paragraph (a hard-wrapped line that continues a sentence is
joined to it: one starting in lower case, or any under a long unfinished line in text wrapped at a
fixed width, as a PDF's is). The headline repeated and the headings and links under the last
sentence (a list of stories under a heading in any language) are not the story. The publisher is
read, in order of trust, from the dateline, the byline, the copyright line (unless it names the
author, as a newsletter's does, or the agency the story is credited to: wire copy a site runs is the
site's), a "More from X" trailer, the masthead, a wire dateline ("LONDON, March 6 (Wire) -", with or
without its date, or a press release's "CITY, Sept. 3, 2025 /Wire/ --"), the first item of the navigation bar
opening the page when the footer names it again, then a "Source: Agency" credit; a newspaper's
note under wire copy it ran ("Published in X, September 9th, 2025") names the publisher and the date
after the dateline's. A release its company issues itself names no publisher (the company is the
story's, not the publisher). The date is read from the dateline, else the wire dateline. A page with
one sentence of running text has that sentence as its story, never as its title; a news ticker's
headline ('Latest:' over another story's, '>> BREAKING: ...' behind a ticker's marker), a market ticker or a menu
laid out by wide gaps ('Sensex 84,211.88 (+0.21%)   Nifty ...', 'Home   Power   e-Paper'), the page's date bar
('Thursday, 6 November 2025'; the day's date beside the weather, the market or the site's account links is no
dateline either), a row of section names in capitals, a label joined by '&' ('Energy, Oil & Gas'), a word or two
in capitals over the headline ('SMELTING': the section's label), a tagline over the site's section menu
or breadcrumb, a release's reference number ('Press Release Number: 88/2025'), a paywall's or an e-paper's
prompt ("Subscribe to our ePaper ...", "Page 9 - Business") are no title, and a print view's address line
('https://site/2025/02/18/story') is no dateline (a Hijri date before the Gregorian one is passed over).
Document labels ("FOR IMMEDIATE RELEASE", "ASX ANNOUNCEMENT") are no masthead, and a release's legal
boilerplate ("Forward-Looking Statements") ends the story. A government site's masthead ('Australian
Government | Department of X') is no title: the department it names is the publisher. A newsletter saved as an
e-mail has its title, date and publisher in its header block ("Subject:", "Date:", "From: Name <address>").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from newsetl.parse import furniture
from newsetl.parse.cleaning import tidy_lines
from newsetl.parse.dates import FoundDate, find_date, find_yearless_date
from newsetl.parse.draft import ArticleDraft
from newsetl.parse.wire import WireDateline, wire_date, wire_dateline

_HEADER_SCAN_LINES = 60
_DATELINE_MAX_WORDS = 15
_METADATA_MAX_WORDS = 6
_METADATA_ITEM_MAX_WORDS = 8
_BYLINE_ITEM_MAX_WORDS = 16  # a byline item names its writers and their places: 'By A B in Erbil and C D in Kyiv'
_TITLE_MIN_WORDS = 4  # shorter lines above the title are section labels ("Mining", "Upstream")
_MASTHEAD_MAX_WORDS = 4
_TAGLINE_MIN_WORDS, _TAGLINE_MAX_WORDS = 3, 10  # a site's motto beside its name: 'Business news from the delta'
_SECTION_LABEL_MAX_WORDS = 2  # 'SMELTING', 'LATERITES', 'OIL & GAS' over a headline: the story's section
_FOOTER_LINES = 8
_HEADLINE_MAX_LINES = 4  # a headline wrapped over more lines is a block of text in capitals
_STANDFIRST_MIN_WORDS = 5  # shorter lines between title and dateline are labels ("Analysis")
_CLOSING_SENTENCE_MIN_WORDS = 6
_WRAPPED_MIN_WORDS = 8  # a shorter line over a paragraph is a heading, not a wrapped sentence
_WRAPPED_MIN_LINES = 3
_RUNNING_TEXT_MIN_WORDS = 15
_HEADLINE_TAIL_MIN_WORDS = 3
_WRAPPED_LINE_MIN_CHARS = 45  # a headline line the wrap cut fills most of a page's width
# In text wrapped at a fixed width no line is much longer than the lines the wrap cut.
_WRAP_WIDTH_SLACK = 1.25
_BYLINE = re.compile(r"^by\s+(?P<names>[^|·•]+?)\s*(?:[|·•]\s*(?P<rest>.+))?$", re.IGNORECASE)
_AUTHOR_LINE = re.compile(  # 'Kenji Arai, Tokyo'
    r"^(?P<name>(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+)(?:, *[A-Z][\w .'’-]{1,40})?$")
_DATELINE_PREFIX = re.compile(
    r"^(?:(?:(?:first\s+)?published|posted|updated|last\s+updated|date)(?:\s+on)?|on"
    r"|publicado(?:\s+(?:el|em))?|publié(?:\s+le)?|veröffentlicht(?:\s+am)?)?\s*:?\s*"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?"
    # the Hijri date a Gulf site writes first: 'Wednesday, 7 Dhul-Hijjah 1446 AH - 4 June 2025'
    r"(?:\d{1,2}\s+[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?\s+1[34]\d\d\s*(?:a\.?h\.?)?\s*[-–—|/,]?\s*)?"
    # a time before the date: 'Published 14:20 EDT, 28 April 2025'
    r"(?:[0-2]?\d[:.][0-5]\d\s*(?:[ap]\.?m\.?\s*)?(?:[a-z]{2,5}\s*)?,?\s*)?$",

    re.IGNORECASE,
)
# A document's reference over a release: 'Press Release Number: 123.Pers/04/SJI/2025', 'Ref: MR-2025/17'.
# The label must name a reference: a headline may end in one figure too ('Gold hits record: $2,700').
_REFERENCE_FIELD = re.compile(
    r"^(?:[a-z][\w .]{0,25}\s)?(?:number|no\.?|ref\.?|reference|id)\s*:\s*[^\s\d]*\d\S*$", re.IGNORECASE)
_PLACE_BEFORE_DATE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2},\s*$")  # 'New Delhi, '
# A publication's newsroom after a dateline's date: 'DD News Bureau' (not 'Our Bureau': no publication's name).
_BUREAU = re.compile(r"\s+bureau$", re.IGNORECASE)
# The items of a metadata line ('Sarah Nguyen | Perth | Nov 12, 2025 | 7 min read'): a date may open any.
_METADATA_SEPARATOR = re.compile(r"\s*[|·•]\s*")
# A metadata bar's items may also stand between spaced dashes: 'June 16, 2025 - 6 min read - by Jane Roe'.
_METADATA_BAR_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
_UPDATE_LABEL = re.compile(r"\s*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
# An edition label after a masthead: 'SAHEL ECONOMIE - English edition', 'THE POST (Asia Edition)'.
# A hyphen needs a space before it: the one in 'Read the e-paper edition' joins a word.
_EDITION_LABEL = re.compile(r"(?:\s*[–—|:]\s*|\s+-\s*|\s*\()[^\W\d][\w-]*(?: [^\W\d][\w-]*)?\s+edition\)?$",
                            re.IGNORECASE)
_NOT_A_PUBLISHER = re.compile(r"^(?:(?:updated|published|posted|last|by|at|on)\b|[A-Z]{1,4}T$)",
                              re.IGNORECASE)  # ...T: a time zone (AST, IST) after the time
_MASTHEAD_NAME = re.compile(r"^[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|&|of|the|and|on))+$")
# A government site's masthead: the government, then its department or ministry that issues the page ('Australian
# Government | Department of Industry, Science and Resources', 'Government of India | Ministry of Mines').
_GOVERNMENT = re.compile(r"^(?:(?:[A-Z][\w'’.-]* ){1,3}Government|Government of (?:the )?[A-Z][\w'’.-]*"
                         r"(?: [A-Z][\w'’.-]*){0,2})$")
_DEPARTMENT = re.compile(r"^(?:The )?(?:Department|Ministry|Office|Bureau|Directorate) (?:of|for) [A-Z]")
_DEPARTMENT_MAX_WORDS = 10
_NAME_CONNECTORS = frozenset("of for and the".split())  # the lower-case words of a ministry's name
# A release's issuer after its date: 'Posted On: 22 AUG 2025 6:15PM by Ministry of Mines, Government of
# India'.
_POSTED_BY = " by "
# A newsletter's issue line ('Issue #6 · 11 February 2025', 'Vol. 3 No. 12 | May 2025'): the masthead and its
# tagline stand over it, the issue's own heading under it.
_ISSUE_LINE = re.compile(r"^(?:issue|no\.|vol(?:ume|\.)?)\s*#?\s*\d+\b", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_CITATION = re.compile(r"\[\d{1,3}\]")
_EMAIL_FIELD = re.compile(r"^(?P<name>from|to|cc|bcc|date|sent|subject|reply-to):\s*(?P<value>.*)$",
                          re.IGNORECASE)
_SENDER = re.compile(r'^"?(?P<name>[^"<>@]+?)"?\s*<[^<>\s]+@[^<>\s]+>$')
_REPLY_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|wg)\s*:\s*)+", re.IGNORECASE)
# The words that name a publication rather than a person ('Ore Desk', 'Copperbelt Monitor').
_PUBLICATION_NAME = re.compile(
    r"\b(?:News|Times|Post|Journal|Wire|Report|Review|Daily|Weekly|Desk|Media|Press|Monitor|Gazette|Herald"
    r"|Tribune|Observer|Insider|Ledger|Courier|Chronicle|Digest|Dispatch|Bulletin|Magazine|Agency|Network"
    r"|Telegraph|Standard|Mail|Star|Record|Register|Sentinel|Examiner|Express|Watch|Brief|Markets?)$")
_SOURCE_CREDIT = re.compile(r"^source\s*:\s*(?P<name>[^.,;:|]+)$", re.IGNORECASE)
# Three or more items of up to three words, wide gaps (two spaces or a tab) between them, no sentence.
_GAP = re.compile(r"[ \t]{2,}|\t")
# An item opens with a capital (a justified line of prose has wide gaps too; a lower-case letter only before a
# hyphen or a capital: 'e-Paper', 'iPlayer') and holds no digit (a table's row of figures is no navigation) nor a
# sentence's punctuation.
_NAV_ITEM = r"(?![a-z](?![-A-Z]))[^\s\d.,;!?|]+(?: [^\s\d.,;!?|]+){0,2}"
_SENTENCE_END = (".", "!", "?")  # a ticker's quote may end in ')' ('84,211.88 (+0.21%)'), never so
_GAPPED_NAV = re.compile(rf"^[ \t]*{_NAV_ITEM}(?:(?:[ \t]{{2,}}|\t){_NAV_ITEM}){{2,}}[ \t]*$", re.MULTILINE)
# A site named by its domain at the top of the page: 'upstreambrief.com', 'www.mining.co.za'.
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
# A news ticker's label over the page ('Latest:', 'Breaking news:', a price strip's 'Prices:'): the line beside
# or under it is another story's.
# A ticker's marker may lead it ('>> Breaking: ...', '» Latest: ...').
_TICKER_MARKER = re.compile(r"^(?:>>|[»▶►])\s*")
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")  # a plain-text page's rule under its top line
_TICKER_LABEL = re.compile(rf"(?:{_TICKER_MARKER.pattern})?(?:latest(?: news)?|breaking(?: news)?|trending(?: now)?"
                           r"|just in|top stories|flash|prices|market prices|quotes)\s*:\s*(?P<item>.*)$",
                           re.IGNORECASE)
# An urgency label before a headline on its own line ('Breaking: Rio Tinto agrees to buy ...') heads the story
# itself; only alone on its line is it a ticker's label over another story.
_URGENCY_LABEL = re.compile(r"^(?:breaking(?: news)?|just in|flash)\s*:", re.IGNORECASE)
_SECTION_ROW_MIN_NAMES = 3  # a row of as many section names is a menu: in capitals, or between separators
# A newspaper's note under a story it ran in print: 'Published in Dawn, September 9th, 2025'.
_PRINT_EDITION = re.compile(r"^published in (?P<name>[A-Z][^,;|]{1,60}), (?P<date>[^|]{6,40}?)\.?$",
                            re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_WEEKDAY_DATE_MAX_WORDS = 5
# The weather or the market beside a page's date: '14°C', 'ASX 200 ▲0.4%', 'Nifty 25,795 (+0.18%)'.
_WEATHER_OR_MARKET = re.compile(r"\d\s?°|[▲▼]|\([+-]\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WEB_ADDRESS = ("http://", "https://")  # a print view's address line ('https://site.pe/2025/02/18/story')
_FUNCTION_WORDS = frozenset("a an the and or of to in on for with at by as from into over after".split())


@dataclass(frozen=True, slots=True)
class _Header:
    title: str | None
    description: str | None
    body_start: int
    published: FoundDate | None
    publisher: str | None
    author: str | None
    masthead: str | None


def parse_page_text(text: str, ingest_date: date) -> ArticleDraft:
    lines = tidy_lines(_with_gapped_nav_marked(text) if "  " in text or "\t" in text else text)
    email = _email_header(lines) if lines and lines[0][:1].isupper() and ":" in lines[0] else None
    if email is not None:
        lines = lines[email.end:]
    header = _read_header(lines, ingest_date)
    # Under an e-mail header the subject is the headline: a sentence the page reader took for a
    # headline is the story's opening (a tagline or masthead above the story stays furniture).
    story_opens = email is not None and header.title is not None and header.title.endswith((".", "!", "?"))
    body_lines = lines if story_opens else lines[header.body_start:]
    wire = wire_dateline(next((line for line in body_lines if line and not furniture.is_furniture(line)), ""))
    edition = _print_edition(lines, ingest_date)
    published = (header.published or (edition.published if edition else None)
                 or (wire_date(wire, ingest_date) if wire else None))
    if email is not None:
        published = find_date(email.date, ingest_date, relative=False) or published
    publisher = ((email.sender if email else None) or header.publisher or (edition.publisher if edition else None)
                 or _site_over_agency(_publisher_from_page(lines, header.author), lines, header, wire)
                 or header.masthead or (_wire_publisher(wire.wire, header.masthead) if wire else None)
                 or _name_opening_the_bar(lines) or _source_credit(lines))
    title = furniture.without_site_name((email.subject if email else None) or header.title, publisher)
    return ArticleDraft(
        title=title,
        body=_read_body(body_lines, publisher, title),
        description=header.description,
        published_at=published.utc if published else None,
        published_date=published.local_date if published else None,
        publisher=publisher,
        author=header.author,
    )


@dataclass(frozen=True, slots=True)
class _Email:
    subject: str | None
    sender: str | None  # the display name of 'From: Grid & Metals Brief <news@example.com>'
    date: str
    end: int  # the line after the header block


def _email_header(lines: list[str]) -> _Email | None:
    """The header block of a newsletter saved as an e-mail ('From:', 'Date:', 'Subject:' ...): its subject
    is the title, its sender the publisher and its date the publication's."""
    fields: dict[str, str] = {}
    end = 0
    for end, line in enumerate(lines[:_HEADER_SCAN_LINES]):
        match = _EMAIL_FIELD.match(line)
        if match is None:
            break
        fields.setdefault(match.group("name").lower(), match.group("value").strip())
    else:
        end = len(lines[:_HEADER_SCAN_LINES])
    if "subject" not in fields or not ("from" in fields or "date" in fields):
        return None
    sender = _SENDER.match(fields.get("from", ""))
    return _Email(_REPLY_PREFIX.sub("", fields["subject"]) or None,
                  _named(sender.group("name")) if sender else None, fields.get("date", ""), end)


@dataclass(frozen=True, slots=True)
class _Edition:
    publisher: str | None
    published: FoundDate | None


def _print_edition(lines: list[str], ingest_date: date) -> _Edition | None:
    """The publication and date of a 'Published in X, <date>' note among the page's last lines: a story
    syndicated from a wire names the paper that ran it there, and the day it did."""
    for line in lines[-_FOOTER_LINES:]:
        match = _PRINT_EDITION.match(line) if line[:13].lower() == "published in " else None
        if match:
            found = find_date(match.group("date"), ingest_date, relative=False)
            return _Edition(_named(match.group("name")), found) if found else None
    return None


def _site_over_agency(holder: str | None, lines: list[str], header: _Header,
                      wire: WireDateline | None) -> str | None:
    """The copyright holder, unless it is the agency the story is credited to ('© AFP 2024' under a byline
    'Jane Roe, AFP' or a dateline '(AFP) -'): wire copy a site runs under its masthead is the site's; or the
    masthead when the holder is the firm behind it ('Dalal Street Diary Media Pvt Ltd' under 'DALAL STREET
    DIARY')."""
    if holder is None or header.masthead is None:
        return holder
    agency = furniture.squashed(holder)
    # the firm's name drops the paper's article: 'Coastal Georgia Herald Media LLC' under 'THE COASTAL GEORGIA HERALD'
    if agency.startswith(furniture.squashed(_LEADING_ARTICLE.sub("", header.masthead))):
        return _name_as_the_holder_writes_it(holder, header.masthead)
    if _initials_of(holder.split()[0], header.masthead):
        # 'LBT Media Ltd' under 'LUSAKA BUSINESS TIMES': the firm behind the paper, named by its initials
        return _name_as_the_page_writes_it(header.masthead, lines)
    credits = [line.rpartition(",")[2] for line in lines[:header.body_start] if "," in line]
    credits += [wire.wire] if wire and wire.wire else []
    return header.masthead if any(furniture.squashed(credit) == agency for credit in credits) else holder


def _initials_of(word: str, masthead: str) -> bool:
    """'LBT' of 'Lusaka Business Times', 'NMJ' of 'The Norvik Metals Journal': two letters or more in capitals."""
    words = _LEADING_ARTICLE.sub("", masthead).split()
    return len(word) >= 2 and word.isupper() and word == "".join(w[0] for w in words).upper()


def _name_as_the_page_writes_it(masthead: str, lines: list[str]) -> str:
    """A masthead set in capitals as the page spells it elsewhere ('McGrath Mining News - 12 Jalan Merdeka' in the
    footer under 'MCGRATH MINING NEWS', which reads as 'Mcgrath Mining News'), else the masthead."""
    spelled = re.compile(r"\b" + r"\s+".join(map(re.escape, masthead.split())) + r"\b", re.IGNORECASE)
    found = (spelled.search(line) for line in lines[-_FOOTER_LINES:])
    return next((match.group(0) for match in found if match and not match.group(0).isupper()), masthead)


def _name_as_the_holder_writes_it(holder: str, masthead: str) -> str:
    """The masthead's words as the copyright line spells them ('RandBusiness Daily' of 'RandBusiness Daily (Pty)
    Ltd' under 'RANDBUSINESS DAILY'), else the masthead."""
    words = " ".join(holder.split()[:len(masthead.split())])
    return words if furniture.squashed(words) == furniture.squashed(masthead) else masthead


def _wire_publisher(wire: str | None, masthead: str | None) -> str | None:
    """The agency a wire dateline names, or the masthead when the dateline abbreviates it ('(SE)' under
    'SAHEL ECONOMIE'); a release's own dateline names none."""
    if wire is None:
        return None
    if masthead and wire.isupper() and wire == "".join(word[0] for word in masthead.split()).upper():
        return masthead
    return _named(wire)


def _with_gapped_nav_marked(text: str) -> str:
    """Navigation bars ('Politics   Economy   World') and market tickers ('Sensex 84,211.88 (+0.21%)   Nifty
    25,795.15 (+0.18%)   USD/INR 87.93') laid out by wide gaps with '|' between items, as single spaces would
    make them look like a headline."""
    text = _GAPPED_NAV.sub(lambda bar: " | ".join(_GAP.split(bar.group().strip())), text)
    return "\n".join(_with_gapped_ticker_marked(line) if "  " in line or "\t" in line else line
                     for line in text.split("\n"))


def _with_gapped_ticker_marked(line: str) -> str:
    """A market ticker's items, not sentences typed with two spaces after their full stops ('Output rose
    12%.  Costs fell 3%.'): no quote ends as a sentence does."""
    items = _GAP.split(line.strip())
    is_ticker = furniture.is_quote_strip(items) and not any(item.endswith(_SENTENCE_END) for item in items)
    return " | ".join(items) if is_ticker else line


def _read_header(lines: list[str], ingest_date: date) -> _Header:
    dateline = _find_dateline(lines, ingest_date)
    top = _read_top(lines, dateline[0] if dateline else _first_prose_index(lines))
    author, publisher, candidates = top.author, top.publisher, top.candidates
    title_index = _first_headline(lines, top.under_menu if top.under_menu is not None else candidates)
    if title_index is None and not (dateline and top.under_menu is not None):  # it may stand under the dateline
        title_index = _first_headline(lines, candidates)
    published, deck = None, None
    if dateline:
        date_index, published = dateline
        byline = _BYLINE.match(lines[date_index])
        author = author or (byline.group("names") if byline else None)
        publisher = (_glued_publisher(lines[date_index], published)
                     or _issuer_after_date(lines[date_index], published) or publisher)
        body_start = date_index + 1
        # only labels above the dateline, or a newsletter's masthead and tagline: the title may stand below it
        below_wanted = title_index is None or _ISSUE_LINE.match(lines[date_index]) is not None
        below = _title_below(lines, body_start) if below_wanted else None
        if below is not None:
            title_index, body_start = below, below + 1
        body_start, metadata_author, deck = _skip_metadata(lines, body_start)
        author = author or metadata_author
    if title_index is None:
        title_index = next((i for i in (_short_title(lines, candidates), top.masthead) if i is not None),
                           None)
    title_end = _headline_end(lines, title_index, ingest_date) if title_index is not None else None

    description_index = deck
    for index in (i for i in candidates if title_end is not None and i > title_end):
        named = _AUTHOR_LINE.match(lines[index])
        if named and furniture.word_count(lines[index]) <= _METADATA_MAX_WORDS:
            author = author or named.group("name")
        elif description_index is None and _is_standfirst(lines, index, title_index, bool(dateline)):
            description_index = index
    if not dateline:
        body_start = max((i for i in (title_end, description_index) if i is not None), default=-1) + 1
    masthead = top.masthead if top.masthead is not None and top.masthead != title_index else None
    return _Header(
        title=" ".join(lines[title_index:title_end + 1]) if title_index is not None else None,
        description=lines[description_index] if description_index is not None else None,
        body_start=body_start,
        published=published,
        publisher=publisher,
        author=author,
        masthead=_masthead_name(lines[masthead]) if masthead is not None else None,
    )


@dataclass(frozen=True, slots=True)
class _Top:
    candidates: list[int]  # lines that may be the title, the standfirst or an author
    # the candidates under the site's breadcrumb, or its section menu under the masthead: the lines over it are
    # the site's header (a tagline: "Sri Lanka's National Newspaper since 1918"), the headline is under it
    under_menu: list[int] | None
    masthead: int | None
    author: str | None
    publisher: str | None


def _read_top(lines: list[str], end: int) -> _Top:
    """Sort the lines above the dateline: furniture, the masthead, bylines and the rest."""
    author, publisher, masthead = None, None, None
    candidates: list[int] = []
    ticker_items: list[int] = []
    after_ticker_label = False
    menu = None  # the line of the site's section menu
    for index in range(end):
        line = lines[index]
        if not _has_word(line) or _is_weekday_date(line):  # blank, a menu's icon ('☰'), the page's date bar
            continue
        ticker = _ticker(line)
        if ticker:
            if ticker.group("item"):
                ticker_items.append(index)
            after_ticker_label = not ticker.group("item")
            candidates.append(index)
            continue
        if after_ticker_label and not furniture.is_furniture(line):
            ticker_items.append(index)
            after_ticker_label = False
        byline = _BYLINE.match(line)
        if byline:
            author = author or byline.group("names")
            publisher = publisher or _named(byline.group("rest"))
        elif not line or furniture.is_furniture(_without_edition(line)):  # 'NAME | Asia Edition' is no bar
            if _is_section_menu(line):
                menu = index
            continue
        elif masthead is None and not candidates and _is_masthead(lines, index):
            masthead = index
        elif not _REFERENCE_FIELD.match(line):
            candidates.append(index)
    ticker_items += _urgent_strips(lines, candidates)
    candidates = _without_ticker(lines, candidates, ticker_items)
    site_menu = menu if menu is not None and _closes_site_header(lines, menu, masthead) else None
    under_menu = [i for i in candidates if i > site_menu] if site_menu is not None else None
    return _Top(candidates, under_menu, masthead, author, publisher)


def _urgent_strips(lines: list[str], candidates: list[int]) -> list[int]:
    """'Breaking: <headline>' lines that are a strip of another story: a headline under it stands over the
    story's byline ('Breaking: Suriname sets bid round' / 'Guyana signs crude deal with India' / 'By ...')."""
    # the strip sits in the site's header, right under its menu; a story's own 'Breaking:' headline stands over
    # its deck and byline
    urgent = [i for i in candidates if _URGENCY_LABEL.match(lines[i]) and _ticker(lines[i]) is None
              and furniture.is_nav(_previous_text_line(lines, i))]
    if not urgent:
        return []
    bylined = next((i for i in candidates if i > urgent[0] and _has_title_length(lines[i])
                    and not lines[i].endswith(furniture.TERMINAL) and _BYLINE.match(_next_content_line(lines, i + 1))),
                   None)
    return [i for i in urgent if bylined is not None and i < bylined]


def _previous_text_line(lines: list[str], index: int) -> str:
    """The last line with a word before `index`, or ''."""
    return next((line for line in reversed(lines[max(0, index - 3):index]) if _has_word(line)), "")


def _closes_site_header(lines: list[str], menu: int, masthead: int | None) -> bool:
    """Whether the lines over the menu are the site's header: a breadcrumb trail stands over the story, and so
    does a menu under the masthead (and its tagline); a menu or tags row may also stand under the headline."""
    return furniture.is_breadcrumb_trail(lines[menu]) or masthead is not None and masthead < menu


def _is_section_menu(line: str) -> bool:
    """The site's menu of sections, or a breadcrumb trail ('Home > News > Press Release')."""
    return (furniture.section_names(line) >= _SECTION_ROW_MIN_NAMES or furniture.is_breadcrumb_trail(line)
            or _ends_in_account_link(line)) and furniture.is_nav(line)


def _ends_in_account_link(line: str) -> bool:
    """A bar that ends in 'Subscribe' or 'Sign in' is the site's menu, whatever its sections are called: a
    story's tags row never does."""
    return furniture.is_account_link(line[line.rfind("|") + 1:])


def _without_ticker(lines: list[str], candidates: list[int], ticker_items: list[int]) -> list[int]:
    """The candidates but a ticker's headlines and labels, unless no other line could be the title."""
    if not ticker_items:
        return candidates
    others = [i for i in candidates if i not in ticker_items and _ticker(lines[i]) is None]
    return others if any(_has_title_length(lines[i]) for i in others) else candidates


def _ticker(line: str) -> re.Match[str] | None:
    """A ticker's label, alone ('Latest:') or with another story's headline ('Latest: Rupiah steadies');
    'Breaking: <headline>' on one line is the story's own headline, but not behind a ticker's marker ('>>
    BREAKING: <headline>': a strip of another story over the page)."""
    ticker = _TICKER_LABEL.match(line) if line[-1:] == ":" or ": " in line else None
    if ticker and ticker.group("item") and _URGENCY_LABEL.match(line) and not _TICKER_MARKER.match(line):
        return None
    return ticker


def _has_title_length(line: str) -> bool:
    """Four words or more, '&' not counted: 'Energy & Mining News' is a section's label."""
    return furniture.word_count(line) - line.count(" & ") >= _TITLE_MIN_WORDS


def _first_headline(lines: list[str], candidates: list[int]) -> int | None:
    """The first line long enough to be the title; a row of section names in capitals ('NEWS BUSINESS
    MINING ENERGY') is passed over when a headline in mixed case follows it."""
    long_enough = [i for i in candidates if _has_title_length(lines[i])]
    for position, index in enumerate(long_enough):
        later = next((i for i in long_enough[position + 1:]
                      if not lines[i].isupper() and not lines[i].endswith(furniture.TERMINAL)), None)
        if later is None or not _is_section_row(lines[index]):
            return index
        # a headline in capitals over its deck: the deck stands right under it; a row of names passed
        # over needs the names of sections, or another line between it and the headline
        if furniture.section_names(lines[index]) < _SECTION_ROW_MIN_NAMES and not any(
                _has_word(line) for line in lines[index + 1:later]):
            return index
    return None


def _is_section_row(line: str) -> bool:
    """Words in capitals with no digit, punctuation or function word between them: a navigation bar's
    items, not a headline in capitals ('RIO TINTO TO BUY ARCADIUM FOR $6.7 BILLION')."""
    words = line.split()
    return (line.isupper() and all(word.isalpha() or word == "&" for word in words)
            and not any(word.lower() in _FUNCTION_WORDS for word in words))


def _is_standfirst(lines: list[str], index: int, title_index: int, has_dateline: bool) -> bool:
    """A summary under the title. Without a dateline to end the header, only running text right
    under the title counts: after a blank line it is the story's first paragraph."""
    if has_dateline:
        return furniture.word_count(lines[index]) >= _STANDFIRST_MIN_WORDS
    # 'ISLAMABAD, Sept 8 (APP) - ...' opens the story itself, however summary-like
    return (index == title_index + 1 and furniture.is_prose(lines[index], 8)
            and wire_dateline(lines[index]) is None)


def _headline_end(lines: list[str], title_index: int, ingest_date: date) -> int:
    """The last line of a headline in capitals that a PDF's text wraps over several lines ('STANDARD
    LITHIUM AND EQUINOR FINALIZE' / 'US$225 MILLION GRANT'): capitals right under capitals continue it."""
    end = title_index
    while (end - title_index < _HEADLINE_MAX_LINES - 1 and _is_in_capitals(lines[end]) and end + 1 < len(lines)
           and _is_in_capitals(lines[end + 1]) and _continues_headline(lines[end], lines[end + 1])
           and not furniture.is_furniture(lines[end + 1]) and not _BYLINE.match(lines[end + 1])
           and find_date(lines[end + 1], ingest_date, relative=False) is None):
        end += 1
    return end


def _continues_headline(line: str, next_line: str) -> bool:
    """A line in capitals under a headline line in capitals goes on with it, unless it is short under a
    line the wrap did not fill: a dateline ('SANTIAGO', 'VANCOUVER, BC'), not a headline's last word."""
    if furniture.word_count(next_line) >= _HEADLINE_TAIL_MIN_WORDS:
        return True
    return len(line) >= _WRAPPED_LINE_MIN_CHARS and "," not in next_line


def _is_in_capitals(line: str) -> bool:
    return line.isupper() and not line.endswith(furniture.TERMINAL)


def _short_title(lines: list[str], candidates: list[int]) -> int | None:
    """A headline of under four words among labels: the longest line, the lowest of equals (labels
    stand above the headline), a line that reads like a person's name last."""
    return max(candidates, default=None, key=lambda i: (
        furniture.word_count(lines[i]), _AUTHOR_LINE.match(lines[i]) is None, i))


def _title_below(lines: list[str], start: int) -> int | None:
    """The first headline-like line under a dateline that stands above the title."""
    for index in range(start, min(len(lines), start + _HEADER_SCAN_LINES)):
        line = lines[index]
        if (not line or furniture.is_furniture(line) or _BYLINE.match(line) or furniture.is_section_label(line)
                or (_is_label_in_capitals(line) and _is_headline_like(_next_content_line(lines, index + 1)))):
            continue
        return index if not furniture.is_prose(line) else None
    return None


def _is_label_in_capitals(line: str) -> bool:
    """A word or two in capitals ('SMELTING', 'LATERITES', 'OIL & GAS'): a section's label over a headline, however
    the site names its sections."""
    letters = [ch for ch in line if ch.isalpha()]
    return (bool(letters) and all(ch.isupper() for ch in letters)
            and _words_but_ampersands(line) <= _SECTION_LABEL_MAX_WORDS
            and not any(ch.isdigit() for ch in line) and not line.endswith(furniture.TERMINAL))


def _find_dateline(lines: list[str], ingest_date: date) -> tuple[int, FoundDate] | None:
    """The metadata line that carries the publication date, above the story's running text.

    A full date wins, the publication's over an update's ('Updated: 29 Oct 2024 | Published: 28 Oct
    2024'); failing one, a short line of just a date without its year ('March 6') or a relative one
    ('3 hours ago').
    """
    prose_seen = 0
    fallback: tuple[int, FoundDate] | None = None
    update: tuple[int, FoundDate] | None = None
    today: tuple[int, FoundDate] | None = None  # the page's own date bar, when the story has no date of its own
    for index, line in enumerate(lines[:_HEADER_SCAN_LINES]):
        if not line or line.startswith(_WEB_ADDRESS):  # a date in a page's address is no dateline
            continue
        if furniture.is_prose(line) and not _is_bar_of_items(line):
            prose_seen += 1  # the standfirst, then the story: a date inside them is not the dateline
            if prose_seen >= 2:
                break
            continue
        if furniture.word_count(line) > _DATELINE_MAX_WORDS and not _is_metadata_bar(line):
            continue
        found = find_date(line, ingest_date, relative=False)
        if found and _is_dateline(line, found):
            found = _publication_over_update(line, found, ingest_date)
            if _is_date_bar(line, found):
                today = today or (index, found)
                continue
            if not _is_update(line, found):
                return index, found
            update = update or (index, found)
            continue
        if fallback is None and furniture.word_count(line) <= _METADATA_MAX_WORDS:
            found = find_yearless_date(line, ingest_date) or find_date(line, ingest_date)
            fallback = (index, found) if found and _opens_with_date(line, found) else None
    return update or today or fallback  # the story's update line dates it before the page's date bar


def _is_date_bar(line: str, found: FoundDate) -> bool:
    """The page's date bar over the header, not the story's dateline: the day's date beside the weather or
    the market ('Tuesday 27 May 2025 | Perth 14°C | ASX 200 ▲0.4%': furniture), or a weekday's date alone
    ('Thursday, 6 November 2025'); a dateline further down dates the story."""
    return (_WEATHER_OR_MARKET.search(line) is not None and furniture.is_furniture(line)
            or bool(_WEEKDAY.match(line)) and _only_site_links_after(line, found))


def _only_site_links_after(line: str, found: FoundDate) -> bool:
    """Nothing after the date, or only the site's links ('Sunday, 4 May 2025 | Subscribe | Log in'): the page's
    date bar. A dateline goes on with the story's own items ('Monday 29 September 2025 | By Jane Roe')."""
    rest = line[found.end:].strip(" .")
    if not rest:
        return True
    items = [item for item in _METADATA_SEPARATOR.split(rest) if item]
    return rest[0] in "|·•" and bool(items) and all(
        furniture.is_account_link(item) or furniture.is_furniture(item) for item in items)


def _is_weekday_date(line: str) -> bool:
    """A weekday's date alone ('Thursday, 6 November 2025'): the page's date bar, never a headline."""
    return (_WEEKDAY.match(line) is not None and furniture.word_count(line) <= _WEEKDAY_DATE_MAX_WORDS
            and _YEAR.search(line) is not None)


def _is_update(line: str, found: FoundDate) -> bool:
    """The date is labelled as the story's last update ('Updated: 29 Oct 2024', 'Last modified ...')."""
    return bool(_UPDATE_LABEL.match(_item_before(line, found)))


def _publication_over_update(line: str, found: FoundDate, ingest_date: date) -> FoundDate:
    """The first date of `line` not labelled as an update, else `found`."""
    while _is_update(line, found):
        later = find_date(line[found.end:], ingest_date, relative=False)
        if later is None:
            break
        found = replace(later, start=later.start + found.end, end=later.end + found.end)
    return found


def _is_metadata_bar(line: str) -> bool:
    """Short items between separators ('Staff and agencies | Published 14:20 EDT, 28 April 2025 | Updated
    3 hours ago', 'Monday 29 September 2025 | Oil | By Jane Roe in Erbil and John Doe in Baghdad'): a dateline
    however many items it has."""
    items = _METADATA_BAR_SEPARATOR.split(line)
    return len(items) > 1 and all(furniture.word_count(item) <= _item_max_words(item) for item in items)


def _is_bar_of_items(line: str) -> bool:
    """Short items between bars ('By Jane Roe | Cairo | Monday 2 June 2025 | 11:48 AM (updated 1:20 PM)'): a
    dateline however long, and though it ends as a sentence may (in a bracket), never running text."""
    items = _METADATA_SEPARATOR.split(line)
    return len(items) > 1 and all(furniture.word_count(item) <= _item_max_words(item) for item in items)


def _item_before(line: str, found: FoundDate) -> str:
    """The text before the date in the metadata item the date stands in ('Updated ' of 'June 3 - Updated June
    4')."""
    return _METADATA_BAR_SEPARATOR.split(line[:found.start])[-1]


def _item_max_words(item: str) -> int:
    return _BYLINE_ITEM_MAX_WORDS if _is_byline_item(item) else _METADATA_ITEM_MAX_WORDS


def _is_byline_item(text: str) -> bool:
    return text[:3].lower() == "by "


def _is_dateline(line: str, found: FoundDate) -> bool:
    """The date opens the line (after 'Published', a weekday or a byline), or the line is short."""
    return _opens_with_date(line, found) or furniture.word_count(line) <= 8 or _is_byline_item(line)


def _opens_with_date(line: str, found: FoundDate) -> bool:
    """The date opens the line or one of its items ('Sarah Nguyen | Perth | Nov 12, 2025', '6 min read - June
    3, 2025'), or follows the place the story was filed from ('New Delhi, 09 April 2024 | DD News Bureau')."""
    before = _item_before(line, found)
    return bool(_DATELINE_PREFIX.match(before) or _PLACE_BEFORE_DATE.match(before))


def _first_prose_index(lines: list[str]) -> int:
    """Without a dateline the header ends where the story's running text starts."""
    first = None
    for index, line in enumerate(lines[:_HEADER_SCAN_LINES]):
        if furniture.is_prose(line):
            if first is not None or furniture.word_count(line) >= 40:
                return index
            first = index
    if first is not None and len(lines) <= _HEADER_SCAN_LINES:  # one sentence on the page: the story
        return first
    return min(len(lines), _HEADER_SCAN_LINES)


def _is_masthead(lines: list[str], index: int) -> bool:
    """The site name at the top: in capitals ('GLOBALMETALS WIRE'), a domain ('upstreambrief.com'), or a
    capitalised name that opens the page right over its navigation bar or links, or that names a
    publication ('Yonhap News Agency'), with a headline further down ('Pacific Mining Post', then
    'Nickel | Copper | Gold', then the title)."""
    line = _without_edition(lines[index])
    if _name_over_tagline(line) is not None or (_name_over_section(line) is not None
                                                and _UNDERLINE.match(_next_text_or_rule(lines, index))):
        return not _text_above(lines, index)  # the page's first line: a headline's bar sits lower
    if _words_but_ampersands(line) > _MASTHEAD_MAX_WORDS:  # 'GOLD & COPPER REVIEW' has three words
        return _government_department(line) is not None
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters) or _DOMAIN.match(line):
        return not _is_section_label(line)
    if (_MASTHEAD_NAME.match(line) is None or furniture.word_count(line) < 2
            or _text_above(lines, index)):  # not the page's first line (a menu's '☰' is no line)
        return False
    rest = iter(enumerate(lines[index + 1:index + 1 + _HEADER_SCAN_LINES], index + 1))
    following = next((i for i, other in rest if other), None)
    if following is None:
        return False
    if _is_site_links(lines[following]):
        return any(_is_headline_like(other) for _, other in rest)
    return bool(_PUBLICATION_NAME.search(line)) and (
        _is_headline_like(lines[following]) or any(_is_headline_like(other) for _, other in rest))


def _text_above(lines: list[str], index: int) -> bool:
    """Whether a line stands above `index` other than furniture that is no menu ('Skip to main content' over the
    masthead does not; a menu bar over a line makes it a headline)."""
    return any(_has_word(line) and (not furniture.is_furniture(line) or furniture.is_nav(line))
               for line in lines[:index])


def _words_but_ampersands(line: str) -> int:
    return furniture.word_count(line) - line.count(" & ")


def _name_over_tagline(line: str) -> str | None:
    """'Delta Freight Post' from a masthead that sets the site's tagline beside its name ('Delta Freight Post |
    Shipping news from the delta'): a publication's name, then a phrase with lower-case words that is no
    name nor a sentence. A headline with the site's name after it ('Port strike ends | Delta Freight Post')
    puts the name last."""
    name, separator, tagline = line.partition(" | ")
    tagline = tagline.strip()
    if (not separator or "|" in tagline or not _is_publication_name(name)
            or not _TAGLINE_MIN_WORDS <= furniture.word_count(tagline) <= _TAGLINE_MAX_WORDS
            or tagline.endswith(furniture.TERMINAL) or any(ch.isdigit() for ch in tagline)):
        return None
    lower_words = [word for word in tagline.split()[1:] if word[:1].islower() and word not in _NAME_CONNECTORS]
    return name if lower_words else None


def _next_text_or_rule(lines: list[str], index: int) -> str:
    """The first non-blank line after `index`, or ''."""
    return next((line for line in lines[index + 1:index + 3] if line.strip()), "")


def _is_publication_name(name: str) -> bool:
    """Two to four capitalised words ending in a publication's word: 'Delta Freight Post', 'Jakarta Commodity Brief'."""
    return (2 <= _words_but_ampersands(name) <= _MASTHEAD_MAX_WORDS and _MASTHEAD_NAME.match(name) is not None
            and _PUBLICATION_NAME.search(name) is not None)


def _name_over_section(line: str) -> str | None:
    """'Jakarta Commodity Brief' from a masthead that names the page's section beside the publication ('Jakarta
    Commodity Brief — Nickel', underlined as the page's top line: a headline 'Asian Markets — Live Updates' is
    not): a publication's name, a dash, then one or two capitalised words."""
    name, separator, section = line.partition(" — ") if " — " in line else line.partition(" – ")
    section = section.strip()
    if (not separator or not _is_publication_name(name)
            or not 1 <= _words_but_ampersands(section) <= _SECTION_LABEL_MAX_WORDS
            or not all(word[:1].isupper() or word == "&" for word in section.split())):
        return None
    return name


def _is_section_label(line: str) -> bool:
    """'ANALYSIS' over a story labels its section; 'ENERGY NEWS' names a publication."""
    return furniture.is_section_label(line) and not _PUBLICATION_NAME.search(_masthead_name(line))


def _has_word(line: str) -> bool:
    return any(ch.isalnum() for ch in line)


def _is_headline_like(line: str) -> bool:
    return (furniture.word_count(line) >= _TITLE_MIN_WORDS and not furniture.is_prose(line)
            and not furniture.is_furniture(line))


def _is_site_links(line: str) -> bool:
    """A navigation bar, or the account links a newsletter platform puts under its name ('Subscribe')."""
    return furniture.is_nav(line) or furniture.is_account_link(line)


def _masthead_name(line: str) -> str:
    """A masthead in capitals in the case of a name ('Globalmetals Wire'); a capitalised one as it is; a
    government's, the department's name."""
    line = _without_edition(line)
    return line.title() if line.isupper() else (_name_over_tagline(line) or _name_over_section(line)
                                                 or _government_department(line) or line)


def _government_department(line: str) -> str | None:
    """'Department of Industry, Science and Resources' from the masthead 'Australian Government | Department of
    Industry, Science and Resources': the department issues the page, not the government."""
    government, separator, department = line.partition(" | ") if "Government" in line else ("", "", "")
    if not separator or _GOVERNMENT.match(government.strip()) is None:
        return None
    return _department_name(department)


def _department_name(text: str) -> str | None:
    """`text` stripped when it reads as a department's or ministry's name ('Ministry of Mines, Government of
    India'): its head, a few words, no further separator."""
    text = text.strip()
    if not _DEPARTMENT.match(text) or furniture.word_count(text) > _DEPARTMENT_MAX_WORDS or "|" in text:
        return None
    return text


def _without_edition(line: str) -> str:
    """'SAHEL ECONOMIE' from 'SAHEL ECONOMIE - English edition'."""
    return _EDITION_LABEL.sub("", line) if "dition" in line else line


# A time's zone after the date ('10:32 CLT', 'AEST', 'GMT', 'UTC'); a byline after a dash ('- by Ana Ruiz').
_TIME_ZONE = re.compile(r"^(?:[A-Z]{1,4}T|UTC|WIB|WITA)\b\s*")
_TIME_BEFORE = re.compile(r"\d:\d\d(?:\s*[ap]\.?m\.?)?\s*$", re.I)
_BYLINE_REST = re.compile(r"(?:[-–—|·•]\s*)?[Bb]y\s+[A-Z]")


def _glued_publisher(line: str, published: FoundDate) -> str | None:
    """'Clash Report' from the dateline 'October 28, 2025Clash Report', or 'Ore Desk' from 'May 27,
    2025 | Ore Desk' (after a separator only a publication's name: an author's stands there too)."""
    rest = line[published.end:]
    if _TIME_BEFORE.search(line, 0, published.end) and rest[:1].isspace():
        rest = _TIME_ZONE.sub("", rest.strip())  # '10:32 CLT', not the 'ET' of '2025ET EnergyWorld'
    rest = rest.strip()
    if _BYLINE_REST.match(rest):
        return None  # '..., 10:32 CLT - by Ana Ruiz': the writer, no publication
    if rest[:1] in ("|", "·", "•"):
        rest = _BUREAU.sub("", rest[1:].strip())
        return _named(rest) if _PUBLICATION_NAME.search(rest) and not _NOT_A_PUBLISHER.match(rest) else None
    if not rest or any(ch.isdigit() or ch in "|·•,;:" for ch in rest) or _NOT_A_PUBLISHER.match(rest):
        return None
    # after a space, a section label stands there too ('March 19th, 2024 Mining', 'Oil & Gas'): no publisher
    glued = line[published.end:published.end + 1].isalpha()
    if not glued and (" " not in rest or not _PUBLICATION_NAME.search(rest)) and all(
            word.lower() in furniture.SECTION_WORDS or word in ("&", "and") for word in rest.split()):
        return None
    return _named(rest)


def _issuer_after_date(line: str, published: FoundDate) -> str | None:
    """The department or ministry a government release is posted by, after its date ('... 6:15PM by
    Ministry of Mines, Government of India'): it issues the release."""
    by = line.find(_POSTED_BY, published.end)
    issuer = _department_name(line[by + len(_POSTED_BY):]) if by >= 0 else None
    # a name throughout: "by Department of Energy staff writer Jane Doe" is a byline
    if issuer is None or any(word[:1].islower() and word not in _NAME_CONNECTORS for word in issuer.split()):
        return None
    return issuer


def _named(text: str | None) -> str | None:
    """`text` when it reads like a name: one to six words, the first capitalised, no digits."""
    text = (text or "").strip()
    words = text.split()
    if not 1 <= len(words) <= 6 or not text[0].isupper() or any(ch.isdigit() for ch in text):
        return None
    return text


def _skip_metadata(lines: list[str], start: int) -> tuple[int, str | None, int | None]:
    """Skip the short lines under the dateline (author, 'Updated ...', a logo's name) and a deck over
    the byline; find the body. Returns where it starts, the author and the deck's index."""
    author, deck = None, None
    for index in range(start, len(lines)):
        line = lines[index]
        if not line or furniture.is_furniture(line):
            continue
        byline = _BYLINE.match(line)
        if byline:
            author = author or byline.group("names")
            continue
        if furniture.word_count(line) <= _METADATA_MAX_WORDS and not line.endswith(furniture.TERMINAL):
            named = _AUTHOR_LINE.match(line)
            author = author or (named.group("name") if named else None)
            continue
        if (deck is None and not furniture.is_prose(line)
                and _BYLINE.match(_next_content_line(lines, index + 1))):
            deck = index  # a print page's deck: a summary line between the headline and the byline
            continue
        return index, author, deck
    return len(lines), author, deck


def _next_content_line(lines: list[str], start: int) -> str:
    return next((line for line in lines[start:start + _HEADER_SCAN_LINES]
                 if line and not furniture.is_furniture(line)), "")


def _read_body(lines: list[str], publisher: str | None, title: str | None) -> str:
    """The story's paragraphs: without furniture, reading boxes, the headline repeated (a sticky header's
    copy) and the headings and links under the last sentence (a list of stories under a heading in any
    language); cut at a trailer."""
    paragraphs: list[list[str]] = []  # the lines of each paragraph, joined once at the end
    publisher_key = furniture.squashed(publisher) if publisher else None
    last_prose = _last_prose_index(lines)
    wrapped: bool | None = None  # found out once, when a line first stands under an unfinished one
    index, appended = 0, -2
    while index < len(lines):
        line = lines[index]
        kind = furniture.trailer_kind(line)
        if kind is not None:
            after = _end_of_box(lines, index)
            if paragraphs and (kind is furniture.Trailer.END or after > last_prose):  # no story after it
                break
            index = after
            continue
        if (line and line != title and not furniture.is_furniture(line)
                and not _is_publisher_logo(line, publisher_key)
                and (index < last_prose or line.endswith(furniture.TERMINAL) or furniture.is_list_item(line)
                     or _is_running_text(line))):
            may_wrap = (appended == index - 1 and _ends_mid_sentence(paragraphs)
                        and not furniture.is_list_item(line))
            if may_wrap and wrapped is None:
                wrapped = _is_hard_wrapped(lines)
            text = _CITATION.sub("", line).strip() if "[" in line else line
            _append(paragraphs, text, bool(may_wrap and wrapped))
            appended = index
        index += 1
    return "\n\n".join(" ".join(lines_of_paragraph) for lines_of_paragraph in paragraphs)


def _is_running_text(line: str) -> bool:
    """A long line of mostly lower-case words: a sentence that lost its full stop, not a heading or a
    link's headline (those are shorter or capitalise their words)."""
    words = line.split()
    return len(words) >= _RUNNING_TEXT_MIN_WORDS and 2 * sum(word[:1].islower() for word in words) > len(words)


def _is_publisher_logo(line: str, publisher_key: str | None) -> bool:
    """A line that only repeats the publisher's name, as a logo's text does ('ClashReport')."""
    return (publisher_key is not None and furniture.word_count(line) <= 6
            and furniture.squashed(line) == publisher_key)


def _end_of_box(lines: list[str], start: int) -> int:
    """The line after a reading box: its heading and the list of links under it."""
    index = start + 1
    while index < len(lines) and lines[index] and (furniture.is_list_item(lines[index])
                                                   or not furniture.is_prose(lines[index])):
        index += 1
    return index


def _ends_mid_sentence(paragraphs: list[list[str]]) -> bool:
    """The last line read is a long one that stops mid-sentence, as a wrapped line does."""
    return (bool(paragraphs) and not paragraphs[-1][-1].endswith(furniture.TERMINAL)
            and furniture.word_count(paragraphs[-1][-1]) >= _WRAPPED_MIN_WORDS)


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width, as a PDF's is: most of its long lines end mid-sentence and none is
    much wider than they (a page scrape's lines are whole paragraphs, which end in punctuation)."""
    long_lines = [line for line in lines if line.count(" ") + 1 >= _WRAPPED_MIN_WORDS]
    cut_widths = sorted(len(line) for line in long_lines if not line.endswith(furniture.TERMINAL))
    if len(cut_widths) < _WRAPPED_MIN_LINES or 2 * len(cut_widths) < len(long_lines):
        return False
    # Headings over whole-paragraph lines also end unpunctuated; the paragraphs are far wider than they.
    return max(len(line) for line in long_lines) <= _WRAP_WIDTH_SLACK * cut_widths[len(cut_widths) // 2]


def _last_prose_index(lines: list[str]) -> int:
    """Where the last sentence of running text stands (-1: none), found once per page: a short closing
    sentence counts ('Shares of Harbour rose 4.2% in London trading.')."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if (furniture.is_prose(line, _CLOSING_SENTENCE_MIN_WORDS) and not furniture.is_furniture(line)
                and not furniture.is_list_item(line)):
            return index
    return -1


def _append(paragraphs: list[list[str]], line: str, wraps_on: bool) -> None:
    """A line continues the sentence a hard wrap cut when it starts in lower case, or when `wraps_on`: in
    text wrapped at a fixed width, it stands right under a long line that ends mid-sentence ('... grant to
    Smackover' / 'Lithium, the joint venture ...') and is no list item."""
    if paragraphs and not paragraphs[-1][-1].endswith(furniture.TERMINAL) and (line[:1].islower() or wraps_on):
        paragraphs[-1].append(line)  # joined at the end: adding to a string again and again is quadratic
    elif line:
        paragraphs.append([line])


def _publisher_from_page(lines: list[str], author: str | None) -> str | None:
    """The copyright holder in the footer, else the site a 'More from X' trailer names. A newsletter's
    writer holds its copyright ('© 2025 Priya Raman' under her byline): the writer is no publisher."""
    author_key = furniture.squashed(author) if author else None
    for line in reversed(lines):
        if "©" in line or "(c)" in line.lower() or "copyright" in line.lower():
            holder = furniture.copyright_holder(line)
            if holder and furniture.squashed(holder) != author_key:
                return holder
    return next((name for name in map(furniture.more_from_name, lines) if name), None)


def _name_opening_the_bar(lines: list[str]) -> str | None:
    """'Sudbury North Business' from a page that opens with 'Sudbury North Business | News Mining | Subscribe'
    and signs off with 'Sudbury North Business is an independent publication.' (or 'Subscribe to METALS CLOSE'
    under 'METALS CLOSE | Markets'): a navigation bar's first item is the site's name when the page's last
    lines name it again ('Latest News | World' is no name)."""
    first = next((line for line in lines[:_HEADER_SCAN_LINES] if line), "")
    name = _METADATA_SEPARATOR.split(first, maxsplit=1)[0] if furniture.is_nav(first) else ""
    if (not 2 <= furniture.word_count(name) <= _MASTHEAD_MAX_WORDS or not _MASTHEAD_NAME.match(name)
            or furniture.is_section_label(name)):
        return None
    folded = name.casefold()
    footer = [line for line in lines[-_FOOTER_LINES:] if line]
    return _masthead_name(name) if any(line != first and folded in line.casefold() for line in footer) else None


def _source_credit(lines: list[str]) -> str | None:
    """'Qazinfo' from a closing 'Source: Qazinfo' line: the agency a story is credited to."""
    for line in reversed(lines):
        match = _SOURCE_CREDIT.match(line) if line[:1] in "Ss" else None
        if match:
            return _named(match.group("name"))
    return None
