"""Page-scrape `.txt` files: the text of a news page copied top to bottom, furniture and all.

Layout read (every part but the title optional):

    MASTHEAD                          site name in capitals, a domain, or capitalised over the navigation
                                      (an edition label after it: 'SAHEL ECONOMIE - English edition')
    navigation, cookie banner, section label    (a bar may be laid out by wide gaps: 'World   Sport')
    Title                             the first headline-like line (the longest, when all are short)
    Standfirst                        the line after it (or a print deck between title and byline)
    By Author | Publisher             byline
    October 28, 2025Clash Report      the dateline, sometimes glued to the publisher's name
    Author, City / Updated ...        more short metadata lines ('Author | City | Nov 12, 2025' dates too)
    Body paragraphs and section headings, with "Advertisement", "Read more:" boxes ...
    Related News / Most read / More from X ...   trailers: the story ends there
    © 2025 Publisher. All rights reserved.

Every non-blank line of the body is a paragraph (a hard-wrapped line that continues a sentence
is joined to it). The publisher is read, in order of trust, from the dateline, the byline, the
copyright line (unless it names the author, as a newsletter's does), a "More from X" trailer, a
wire dateline ("LONDON, March 6 (Wire) -", with or without its date, or a press release's "CITY,
Sept. 3, 2025 /Wire/ --"), the masthead (also when the wire dateline only abbreviates it: "(SE)"), then a
"Source: Agency" credit; the date from the
dateline, else the wire dateline. A page with one sentence of running text has that sentence as
its story, never as its title. Document labels ("FOR IMMEDIATE RELEASE", "ASX
ANNOUNCEMENT") are no masthead, and a release's legal boilerplate ("Forward-Looking Statements")
ends the story.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsetl.parse import furniture
from newsetl.parse.cleaning import tidy_lines
from newsetl.parse.dates import FoundDate, find_date, find_yearless_date
from newsetl.parse.draft import ArticleDraft
from newsetl.parse.wire import wire_date, wire_dateline

_HEADER_SCAN_LINES = 60
_DATELINE_MAX_WORDS = 15
_METADATA_MAX_WORDS = 6
_TITLE_MIN_WORDS = 4  # shorter lines above the title are section labels ("Mining", "Upstream")
_MASTHEAD_MAX_WORDS = 4
_STANDFIRST_MIN_WORDS = 5  # shorter lines between title and dateline are labels ("Analysis")
_BYLINE = re.compile(r"^by\s+(?P<names>[^|·•]+?)\s*(?:[|·•]\s*(?P<rest>.+))?$", re.IGNORECASE)
_AUTHOR_LINE = re.compile(  # 'Kenji Arai, Tokyo'
    r"^(?P<name>(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+)(?:, *[A-Z][\w .'’-]{1,40})?$")
_DATELINE_PREFIX = re.compile(
    r"^(?:(?:(?:first\s+)?published|posted|updated|last\s+updated|date)(?:\s+on)?|on)?:?\s*"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$",
    re.IGNORECASE,
)
# The items of a metadata line ('Sarah Nguyen | Perth | Nov 12, 2025 | 7 min read'): a date may open any.
_METADATA_SEPARATOR = re.compile(r"\s*[|·•]\s*")
# An edition label after a masthead: 'SAHEL ECONOMIE - English edition', 'THE POST (Asia Edition)'.
_EDITION_LABEL = re.compile(r"\s*(?:[-–—|:]\s*|\()[^\W\d][\w-]*(?: [^\W\d][\w-]*)?\s+edition\)?$",
                            re.IGNORECASE)
_NOT_A_PUBLISHER = re.compile(r"^(?:(?:updated|published|posted|last|by|at|on)\b|[A-Z]{1,4}T$)",
                              re.IGNORECASE)  # ...T: a time zone (AST, IST) after the time
_MASTHEAD_NAME = re.compile(r"^[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|&|of|the|and|on))+$")
_CITATION = re.compile(r"\[\d{1,3}\]")
# The words that name a publication rather than a person ('Ore Desk', 'Copperbelt Monitor').
_PUBLICATION_NAME = re.compile(
    r"\b(?:News|Times|Post|Journal|Wire|Report|Review|Daily|Weekly|Desk|Media|Press|Monitor|Gazette|Herald"
    r"|Tribune|Observer|Insider|Ledger|Courier|Chronicle|Digest|Dispatch|Bulletin|Magazine|Agency|Network"
    r"|Telegraph|Standard|Mail|Star|Record|Register|Sentinel|Examiner|Express|Watch|Brief|Markets?)$")
_SOURCE_CREDIT = re.compile(r"^source\s*:\s*(?P<name>[^.,;:|]+)$", re.IGNORECASE)
# Three or more items of up to three words, wide gaps (two spaces or a tab) between them, no sentence.
_GAP = re.compile(r"[ \t]{2,}|\t")
# An item opens with a capital (a justified line of prose has wide gaps too) and holds no digit (a table's
# row of figures is no navigation) nor a sentence's punctuation.
_NAV_ITEM = r"(?![a-z])[^\s\d.,;!?|]+(?: [^\s\d.,;!?|]+){0,2}"
_GAPPED_NAV = re.compile(rf"^[ \t]*{_NAV_ITEM}(?:(?:[ \t]{{2,}}|\t){_NAV_ITEM}){{2,}}[ \t]*$", re.MULTILINE)
# A site named by its domain at the top of the page: 'upstreambrief.com', 'www.mining.co.za'.
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_TERMINAL = tuple('.!?:;"”’)')
_ACCOUNT_LINKS = frozenset({"subscribe", "subscribe now", "sign in", "sign up", "log in", "login",
                            "register"})


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
    header = _read_header(lines, ingest_date)
    body_lines = lines[header.body_start:]
    wire = wire_dateline(next((line for line in body_lines if line and not furniture.is_furniture(line)), ""))
    published = header.published or (wire_date(wire, ingest_date) if wire else None)
    publisher = (header.publisher or _publisher_from_page(lines, header.author)
                 or (_wire_publisher(wire.wire, header.masthead) if wire else None) or header.masthead
                 or _source_credit(lines))
    return ArticleDraft(
        title=furniture.without_site_suffix(header.title, publisher),
        body=_read_body(body_lines, publisher),
        description=header.description,
        published_at=published.utc if published else None,
        published_date=published.local_date if published else None,
        publisher=publisher,
        author=header.author,
    )


def _wire_publisher(wire: str, masthead: str | None) -> str | None:
    """The agency a wire dateline names, or the masthead when the dateline abbreviates it ('(SE)' under
    'SAHEL ECONOMIE')."""
    if masthead and wire.isupper() and wire == "".join(word[0] for word in masthead.split()).upper():
        return masthead
    return _named(wire)


def _with_gapped_nav_marked(text: str) -> str:
    """Navigation bars laid out by wide gaps ('Politics   Economy   World') with '|' between items, as
    single spaces would make them look like a headline."""
    return _GAPPED_NAV.sub(lambda bar: " | ".join(_GAP.split(bar.group().strip())), text)


def _read_header(lines: list[str], ingest_date: date) -> _Header:
    dateline = _find_dateline(lines, ingest_date)
    top = _read_top(lines, dateline[0] if dateline else _first_prose_index(lines))
    author, publisher, candidates = top.author, top.publisher, top.candidates
    title_index = next((i for i in candidates if furniture.word_count(lines[i]) >= _TITLE_MIN_WORDS), None)
    published, deck = None, None
    if dateline:
        date_index, published = dateline
        byline = _BYLINE.match(lines[date_index])
        author = author or (byline.group("names") if byline else None)
        publisher = _glued_publisher(lines[date_index], published) or publisher
        body_start = date_index + 1
        if title_index is None:  # only labels above the dateline: the title may stand below it
            title_index = _title_below(lines, body_start)
            body_start = title_index + 1 if title_index is not None else body_start
        body_start, metadata_author, deck = _skip_metadata(lines, body_start)
        author = author or metadata_author
    if title_index is None:
        title_index = next((i for i in (_short_title(lines, candidates), top.masthead) if i is not None),
                           None)

    description_index = deck
    for index in (i for i in candidates if title_index is not None and i > title_index):
        named = _AUTHOR_LINE.match(lines[index])
        if named and furniture.word_count(lines[index]) <= _METADATA_MAX_WORDS:
            author = author or named.group("name")
        elif description_index is None and _is_standfirst(lines, index, title_index, bool(dateline)):
            description_index = index
    if not dateline:
        body_start = max((i for i in (title_index, description_index) if i is not None), default=-1) + 1
    masthead = top.masthead if top.masthead is not None and top.masthead != title_index else None
    return _Header(
        title=lines[title_index] if title_index is not None else None,
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
    masthead: int | None
    author: str | None
    publisher: str | None


def _read_top(lines: list[str], end: int) -> _Top:
    """Sort the lines above the dateline: furniture, the masthead, bylines and the rest."""
    author, publisher, masthead = None, None, None
    candidates: list[int] = []
    for index in range(end):
        line = lines[index]
        byline = _BYLINE.match(line)
        if byline:
            author = author or byline.group("names")
            publisher = publisher or _named(byline.group("rest"))
        elif not line or furniture.is_furniture(_without_edition(line)):  # 'NAME | Asia Edition' is no bar
            continue
        elif masthead is None and not candidates and _is_masthead(lines, index):
            masthead = index
        else:
            candidates.append(index)
    return _Top(candidates, masthead, author, publisher)


def _is_standfirst(lines: list[str], index: int, title_index: int, has_dateline: bool) -> bool:
    """A summary under the title. Without a dateline to end the header, only running text right
    under the title counts: after a blank line it is the story's first paragraph."""
    if has_dateline:
        return furniture.word_count(lines[index]) >= _STANDFIRST_MIN_WORDS
    return index == title_index + 1 and furniture.is_prose(lines[index], 8)


def _short_title(lines: list[str], candidates: list[int]) -> int | None:
    """A headline of under four words among labels: the longest line, the lowest of equals (labels
    stand above the headline), a line that reads like a person's name last."""
    return max(candidates, default=None, key=lambda i: (
        furniture.word_count(lines[i]), _AUTHOR_LINE.match(lines[i]) is None, i))


def _title_below(lines: list[str], start: int) -> int | None:
    """The first headline-like line under a dateline that stands above the title."""
    for index in range(start, min(len(lines), start + _HEADER_SCAN_LINES)):
        line = lines[index]
        if not line or furniture.is_furniture(line) or _BYLINE.match(line):
            continue
        return index if not furniture.is_prose(line) else None
    return None


def _find_dateline(lines: list[str], ingest_date: date) -> tuple[int, FoundDate] | None:
    """The metadata line that carries the publication date, above the story's running text.

    A full date wins; failing one, a short line of just a date without its year ('March 6')
    or a relative one ('3 hours ago').
    """
    prose_seen = 0
    fallback: tuple[int, FoundDate] | None = None
    for index, line in enumerate(lines[:_HEADER_SCAN_LINES]):
        if not line:
            continue
        if furniture.is_prose(line):
            prose_seen += 1  # the standfirst, then the story: a date inside them is not the dateline
            if prose_seen >= 2:
                break
            continue
        if furniture.word_count(line) > _DATELINE_MAX_WORDS:
            continue
        found = find_date(line, ingest_date, relative=False)
        if found and _is_dateline(line, found):
            return index, found
        if fallback is None and furniture.word_count(line) <= _METADATA_MAX_WORDS:
            found = find_yearless_date(line, ingest_date) or find_date(line, ingest_date)
            fallback = (index, found) if found and _opens_with_date(line, found) else None
    return fallback


def _is_dateline(line: str, found: FoundDate) -> bool:
    """The date opens the line (after 'Published', a weekday or a byline), or the line is short."""
    return _opens_with_date(line, found) or furniture.word_count(line) <= 8 or line.lower().startswith("by ")


def _opens_with_date(line: str, found: FoundDate) -> bool:
    """The date opens the line or one of its items ('Sarah Nguyen | Perth | Nov 12, 2025')."""
    return bool(_DATELINE_PREFIX.match(_METADATA_SEPARATOR.split(line[:found.start])[-1]))


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
    capitalised name that opens the page right over its navigation bar or links, with a headline
    further down ('Pacific Mining Post', then 'Nickel | Copper | Gold', then the title)."""
    line = _without_edition(lines[index])
    if furniture.word_count(line) > _MASTHEAD_MAX_WORDS:
        return False
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters) or _DOMAIN.match(line):
        return True
    if (_MASTHEAD_NAME.match(line) is None or furniture.word_count(line) < 2
            or any(lines[:index])):  # not the page's first line
        return False
    rest = iter(enumerate(lines[index + 1:index + 1 + _HEADER_SCAN_LINES], index + 1))
    following = next((i for i, other in rest if other), None)
    return following is not None and _is_site_links(lines[following]) and any(
        furniture.word_count(other) >= _TITLE_MIN_WORDS and not furniture.is_prose(other)
        and not furniture.is_furniture(other) for _, other in rest)


def _is_site_links(line: str) -> bool:
    """A navigation bar, or the account links a newsletter platform puts under its name ('Subscribe')."""
    return furniture.is_nav(line) or line.casefold() in _ACCOUNT_LINKS


def _masthead_name(line: str) -> str:
    """A masthead in capitals in the case of a name ('Globalmetals Wire'); a capitalised one as it is."""
    line = _without_edition(line)
    return line.title() if line.isupper() else line


def _without_edition(line: str) -> str:
    """'SAHEL ECONOMIE' from 'SAHEL ECONOMIE - English edition'."""
    return _EDITION_LABEL.sub("", line) if "dition" in line else line


def _glued_publisher(line: str, published: FoundDate) -> str | None:
    """'Clash Report' from the dateline 'October 28, 2025Clash Report', or 'Ore Desk' from 'May 27,
    2025 | Ore Desk' (after a separator only a publication's name: an author's stands there too)."""
    rest = line[published.end:].strip()
    if rest[:1] in ("|", "·", "•"):
        rest = rest[1:].strip()
        return _named(rest) if _PUBLICATION_NAME.search(rest) and not _NOT_A_PUBLISHER.match(rest) else None
    if not rest or any(ch.isdigit() or ch in "|·•,;:" for ch in rest) or _NOT_A_PUBLISHER.match(rest):
        return None
    return _named(rest)


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
        if furniture.word_count(line) <= _METADATA_MAX_WORDS and not line.endswith(_TERMINAL):
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


def _read_body(lines: list[str], publisher: str | None) -> str:
    paragraphs: list[str] = []
    publisher_key = furniture.squashed(publisher) if publisher else None
    last_prose = _last_prose_index(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        kind = furniture.trailer_kind(line)
        if kind is not None:
            after = _end_of_box(lines, index)
            if paragraphs and (kind is furniture.Trailer.END or after > last_prose):  # no story after it
                break
            index = after
            continue
        if line and not furniture.is_furniture(line) and not _is_publisher_logo(line, publisher_key):
            _append(paragraphs, _CITATION.sub("", line).strip() if "[" in line else line)
        index += 1
    return "\n\n".join(paragraphs)


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


def _last_prose_index(lines: list[str]) -> int:
    """Where the last sentence of running text stands (-1: none), found once per page."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if furniture.is_prose(line) and not furniture.is_furniture(line) and not furniture.is_list_item(line):
            return index
    return -1


def _append(paragraphs: list[str], line: str) -> None:
    """A line that starts in lower case continues the sentence a hard wrap cut."""
    if paragraphs and line[:1].islower() and not paragraphs[-1].endswith(_TERMINAL):
        paragraphs[-1] = f"{paragraphs[-1]} {line}"
    elif line:
        paragraphs.append(line)


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


def _source_credit(lines: list[str]) -> str | None:
    """'Qazinfo' from a closing 'Source: Qazinfo' line: the agency a story is credited to."""
    for line in reversed(lines):
        match = _SOURCE_CREDIT.match(line) if line[:1] in "Ss" else None
        if match:
            return _named(match.group("name"))
    return None
