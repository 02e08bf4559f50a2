"""Publication dates as news pages write them.

`find_date` finds the first date in a piece of text and returns the calendar date the way the
publisher states it (the local date, before any time zone conversion) and, when a time and
its zone are given, the instant in UTC. Forms read:

- ISO 8601: ``2025-12-29``, ``2025-12-29T08:15:00-03:00``, ``2025-10-31T21:10:00Z``
- month first: ``Oct. 28, 2025``, ``October 28, 2025 11:02 AM GMT``, ``Sept 3 2025``
- day first: ``28 October 2025``, ``Published 14 Jul 2025, 09:12 GMT``, ``3rd of March, 2025``, ``04-Mar-2025``, and in
  Spanish, Portuguese, French or German: ``4 de diciembre de 2024``, ``4 décembre 2024``
- numeric: ``2025/10/28``, ``2024.06.12 14:05`` (as Korean and Chinese sites write it), and
  ``28/10/2025`` only when the day cannot be mistaken for the month, or when just one reading fits a
  weekday written before it (``Mon, 10/07/2024``), is not after the landing date, or falls in the
  month before it; ``03.09.2025`` with dots is day first, as the countries that write it so do
- relative to the landing date: ``yesterday``, ``today``, ``3 days ago``, ``an hour ago``
- Unix timestamps in seconds or milliseconds, by `date_of_timestamp` only (a news export's number)
- without a year, by `find_yearless_date` only (wire datelines: ``LONDON, March 6 (Reuters)``)

A time without a zone is taken as UTC; a zone abbreviation that names several zones (IST,
AST, CST) gives the local date but no UTC instant.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# Month names of the languages regional sites date their English editions in (Spanish, Portuguese,
# French, German): '4 de diciembre de 2024', '4 décembre 2024', '4. Dezember 2024'.
_FOREIGN_MONTHS = {
    **dict.fromkeys(("enero", "janeiro", "janvier", "januar"), 1),
    **dict.fromkeys(("febrero", "fevereiro", "février", "fevrier", "februar"), 2),
    **dict.fromkeys(("marzo", "março", "marco", "mars", "märz", "maerz"), 3),
    **dict.fromkeys(("abril", "avril"), 4),
    **dict.fromkeys(("mayo", "maio", "mai"), 5),
    **dict.fromkeys(("junio", "junho", "juin", "juni"), 6),
    **dict.fromkeys(("julio", "julho", "juillet", "juli"), 7),
    **dict.fromkeys(("agosto", "août", "aout"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "setembro"), 9),
    **dict.fromkeys(("octubre", "outubro", "octobre", "oktober"), 10),
    **dict.fromkeys(("noviembre", "novembro"), 11),
    **dict.fromkeys(("diciembre", "dezembro", "décembre", "decembre", "dezember"), 12),
}
_FOREIGN_MONTH = "(?P<month>" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + ")"
_YEAR = r"(?P<year>(?:19|20|21)\d\d)(?!\d)"
_TIME = (r"(?:[,\s]*(?:at\s+|-\s*)?"
         r"(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?"
         r"\s*(?P<ampm>[ap]\.?m\.?)?"
         r"\s*(?P<zone>Z(?![A-Za-z])|(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d\d)?|[+-]\d\d:?\d\d"
         r"|[A-Z]{2,5}(?![A-Za-z]))?)?")

_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"(?<!\d)(?P<year>(?:19|20|21)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:[.,]\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d\d(?::?\d\d)?)?)?",
    rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}",
    rf"(?<!\d){_DAY}(?:\s+of)?(?:\s+|-){_MONTH}(?:,?\s+|-){_YEAR}{_TIME}",  # also '04-Mar-2025'
    rf"(?<!\d){_DAY}\.?\s+(?:de\s+)?{_FOREIGN_MONTH}\s+(?:de\s+)?{_YEAR}{_TIME}",
    r"(?<!\d)(?P<year>(?:19|20|21)\d\d)(?P<separator>[/.])(?P<month>[01]?\d)(?P=separator)"
    rf"(?P<day>[0-3]?\d)(?!\d){_TIME}",
    r"(?<![\d/])(?P<first>[0-3]?\d)[/.](?P<second_part>[0-3]?\d)[/.](?P<year>(?:19|20|21)\d\d)(?!\d)",
)]

_YEARLESS = [re.compile(p, re.IGNORECASE) for p in (
    rf"\b{_MONTH}\s+{_DAY}\b(?![,.]?\s*\d)",
    rf"(?<!\d){_DAY}(?:\s+of)?\s+{_MONTH}(?![\w,]*\s*\d)",
)]
_YEAR_DIGITS = re.compile(r"(?:19|20|21)\d\d")  # every pattern above holds a year: one quick scan rules them out
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_BEFORE = re.compile(r"\b(?P<weekday>mon|tue|wed|thu|fri|sat|sun)(?:day|s|rs|sday|nesday|rsday|urday)?\.?,?\s*$",
                             re.IGNORECASE)
_WEEKDAY_SPAN = 12  # 'Wednesday, ' and a space
_RECENT = timedelta(days=31)
_MILLISECOND_TIMESTAMPS = 10**11  # larger than any second count up to the year 5138
_MAX_TIMESTAMP = 10**14  # milliseconds far beyond 2100
_TIMESTAMP_RANGE = (631152000, 4102444800)  # 1990-01-01 to 2100-01-01 UTC
_MAX_SCAN_CHARS = 500  # datelines and metadata values are short; a huge value costs no more
_RELATIVE = re.compile(
    r"\b(?:(?P<yesterday>yesterday)|(?P<today>today|just now)"
    r"|(?P<count>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>second|minute|min|hour|hr|day|week|month|year)s?\s+ago)\b",
    re.IGNORECASE,
)
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}

# Abbreviations that name one offset in the news this pipeline reads. IST, AST, CST and the
# like name several zones and are left out on purpose.
_ZONES = {
    "UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60, "CEST": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "WAT": 60, "CAT": 120, "SAST": 120, "EAT": 180,
    "GST": 240, "PKT": 300, "WIB": 420, "ICT": 420, "SGT": 480, "HKT": 480, "PHT": 480,
    "AWST": 480, "JST": 540, "KST": 540, "ACST": 570, "AEST": 600, "AEDT": 660, "NZST": 720,
    "NZDT": 780, "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
    "PDT": -420, "AKST": -540, "HST": -600, "BRT": -180, "ART": -180,
}
_OFFSET = re.compile(r"(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?(\d\d))?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FoundDate:
    local_date: date  # the calendar date as written
    utc: datetime | None  # timezone-aware UTC, when a time with a known zone (or none) was given
    start: int  # where in the text the date was found
    end: int


def find_date(text: str, ingest_date: date, *, relative: bool = True) -> FoundDate | None:
    """The earliest absolute date in `text`; failing that, a relative one (when `relative`)."""
    text = text[:_MAX_SCAN_CHARS]
    if text[:4].isdigit():
        iso = _iso_timestamp(text.strip())
        if iso is not None:
            return iso
    best: FoundDate | None = None
    for pattern in _PATTERNS if _YEAR_DIGITS.search(text) else ():
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best.start:
                break
            found = _from_match(match, ingest_date)
            if found is not None:
                best = found
                break
    if best is None and relative:
        best = _relative(text, ingest_date)
    return best


def date_of_timestamp(value: object) -> FoundDate | None:
    """The UTC instant of a Unix timestamp in seconds or milliseconds, as some news exports give it
    (1699387200, "1699387200000"); None for anything else, or an instant outside 1990-2100."""
    if isinstance(value, str) and value.isdigit() and len(value) in (10, 13):
        value = int(value)
    # Bounded before any arithmetic: a 400-digit integer would overflow the division to float.
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value < _MAX_TIMESTAMP:
        return None
    seconds = value / 1000 if value >= _MILLISECOND_TIMESTAMPS else value
    if not _TIMESTAMP_RANGE[0] <= seconds < _TIMESTAMP_RANGE[1]:
        return None
    utc = datetime.fromtimestamp(seconds, tz=timezone.utc)
    return FoundDate(utc.date(), utc, 0, 0)


def find_yearless_date(text: str, ingest_date: date) -> FoundDate | None:
    """'March 6' or '6 March' without a year, as wire datelines write it: the latest such day
    no more than a day after the landing date."""
    text = text[:_MAX_SCAN_CHARS]
    for pattern in _YEARLESS:
        match = pattern.search(text)
        if not match:
            continue
        try:
            month, day = _MONTHS[match.group("month")[:3].lower()], int(match.group("day"))
            stated = date(ingest_date.year, month, day)
            if stated > ingest_date + timedelta(days=1):
                stated = date(ingest_date.year - 1, month, day)
        except ValueError:
            continue
        return FoundDate(stated, None, match.start(), match.end())
    return None


def _iso_timestamp(text: str) -> FoundDate | None:
    """A whole value in ISO 8601, as metadata gives it, read by the standard library (fast path); also in its
    basic format with a time ('20250114T093000', as Alpha Vantage and GDELT send it)."""
    if len(text) < 10 or text[4] != "-" and not (text[8:9] == "T" and text[:8].isdigit()):
        return None
    try:
        stated = datetime.fromisoformat(text)
    except ValueError:
        return None
    utc = None
    if len(text) > 10:  # a time was given; without a zone it is taken as UTC
        utc = (stated if stated.tzinfo else stated.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    return FoundDate(stated.date(), utc, 0, len(text))


def _from_match(match: re.Match[str], ingest_date: date) -> FoundDate | None:
    groups = match.groupdict()
    try:
        year = int(groups["year"])
        if groups.get("first") and "." in match.group():  # '03.09.2025': dots are written day first
            day, month = int(groups["first"]), int(groups["second_part"])
        elif groups.get("first"):
            day, month = _day_month(int(groups["first"]), int(groups["second_part"]), year,
                                    _weekday_before(match), ingest_date)
        else:
            raw_month = groups["month"]
            month = (int(raw_month) if raw_month.isdigit()
                     else _FOREIGN_MONTHS.get(raw_month.lower()) or _MONTHS[raw_month[:3].lower()])
            day = int(groups["day"])
        local = date(year, month, day)
    except (ValueError, TypeError, KeyError):
        return None
    end = match.end()
    utc = None
    if groups.get("hour") is not None:
        zone = groups.get("zone")
        if zone and zone.isalpha() and not zone.isupper():  # "11:02 in London": a word, not a zone
            groups["zone"], end = None, match.start("zone")
        utc = _utc(local, groups)
        if utc is None and groups.get("zone") and groups["zone"].upper() not in _ZONES:
            end = match.start("zone")  # an unknown abbreviation is not part of the date
    return FoundDate(local, utc, match.start(), _end_of_date(match, end))


def _end_of_date(match: re.Match[str], end: int) -> int:
    """Where the date ends, without trailing separators the time pattern swallowed."""
    text = match.string
    while end > match.start() and text[end - 1] in ", \t":
        end -= 1
    return end


def _day_month(first: int, second: int, year: int, weekday: int | None, ingest_date: date) -> tuple[int, int]:
    """Day and month of 'a/b/yyyy': the reading that fits the weekday written before the date, is not after
    the landing date, or else is the only one within a month before it (a story lands soon after it is
    published: '01/10/2024' landing on 2 October 2024 is 1 October, not 10 January); ValueError when
    both readings remain possible."""
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    if first == second:
        return first, second
    readings = [(first, second), (second, first)]
    for fits in (lambda day: weekday is None or day.weekday() == weekday,
                 lambda day: day <= ingest_date + timedelta(days=1),
                 lambda day: day >= ingest_date - _RECENT):
        kept = [(d, m) for d, m in readings if fits(date(year, m, d))]
        if len(kept) == 1:
            return kept[0]
        readings = kept or readings
    raise ValueError("ambiguous day and month")


def _weekday_before(match: re.Match[str]) -> int | None:
    """0 for Monday ... of a weekday written right before the date ('Mon, 10/07/2024'), else None."""
    before = _WEEKDAY_BEFORE.search(match.string, max(0, match.start() - _WEEKDAY_SPAN), match.start())
    return _WEEKDAYS.index(before.group("weekday").lower()) if before else None


def _utc(local: date, groups: dict[str, str | None]) -> datetime | None:
    hour, minute = int(groups["hour"] or 0), int(groups["minute"] or 0)
    second = int(groups.get("second") or 0)
    ampm = (groups.get("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 23:
        return None
    offset = _zone_offset(groups.get("zone"))
    if offset is None:
        return None
    stated = datetime.combine(local, time(hour, minute, second), tzinfo=timezone(offset))
    return stated.astimezone(timezone.utc)


def _zone_offset(zone: str | None) -> timedelta | None:
    if not zone:
        return timedelta(0)  # no zone given: UTC, as news APIs and CMS exports mean it
    zone = zone.strip()
    if zone.upper() in _ZONES:
        return timedelta(minutes=_ZONES[zone.upper()])
    match = _OFFSET.match(zone)
    if not match:
        return None
    sign, hours, minutes = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if delta > timedelta(hours=14):
        return None
    return -delta if sign == "-" else delta


def _relative(text: str, ingest_date: date) -> FoundDate | None:
    match = _RELATIVE.search(text)
    if not match:
        return None
    if match.group("yesterday"):
        local = ingest_date - timedelta(days=1)
    elif match.group("today"):
        local = ingest_date
    else:
        raw = match.group("count").lower()
        count = int(raw) if raw.isdigit() else _COUNT_WORDS[raw]
        local = _subtract(ingest_date, count, match.group("unit").lower())
        if local is None:
            return None
    return FoundDate(local, None, match.start(), match.end())


def _subtract(day: date, count: int, unit: str) -> date | None:
    try:
        if unit in ("second", "minute", "min", "hour", "hr"):
            return day  # the clock time of the landing is unknown: same day
        if unit == "day":
            return day - timedelta(days=count)
        if unit == "week":
            return day - timedelta(weeks=count)
        months = count * (12 if unit == "year" else 1)
        year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
        month += 1
        return date(year, month, min(day.day, _days_in_month(year, month)))
    except (ValueError, OverflowError):
        return None


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day
