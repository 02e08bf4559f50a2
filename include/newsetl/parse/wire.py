"""Wire datelines: the place, date and agency or distributor that open a story's first paragraph.

Forms read:

- an agency's: ``LONDON, March 6 (Reuters) -``, ``PERTH (Energy Wire) -``;
- a press-release distributor's: ``VANCOUVER, British Columbia, Sept. 3, 2025 /PRNewswire/ --``
  and ``CHARLOTTE, N.C.--(BUSINESS WIRE)--``.

They give a story's publisher and date when its page does not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsetl.parse.dates import FoundDate, find_date, find_yearless_date

_PLACE = r"^[A-Z][\w.'’ -]{1,40}"
_DATELINES = (
    re.compile(_PLACE + r"(?:, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))? "
               r"\((?P<wire>[^()]{2,40})\) ?[-–—]"),
    re.compile(_PLACE + r"(?:, [A-Z][\w.'’ -]{1,30})?, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}) "
               r"/(?P<wire>[^/]{2,30})/ ?[-–—]"),
    re.compile(_PLACE + r"(?:, [A-Z][\w.'’ -]{1,30})?--\((?P<wire>[A-Z][A-Z ]{2,30})\)--(?P<date>)"),
)


@dataclass(frozen=True, slots=True)
class WireDateline:
    wire: str  # the agency or distributor, as it writes its name ('Business Wire' for 'BUSINESS WIRE')
    stated_date: str | None  # 'March 6', 'Sept. 3, 2025'


def wire_dateline(paragraph: str) -> WireDateline | None:
    """The wire dateline opening `paragraph`, if any."""
    match = next(filter(None, (pattern.match(paragraph) for pattern in _DATELINES)), None)
    if match is None:
        return None
    wire = match.group("wire").strip()
    return WireDateline(wire.title() if wire.isupper() else wire, match.group("date") or None)


def wire_date(dateline: WireDateline, ingest_date: date) -> FoundDate | None:
    """The dateline's date: with its year, or the latest such day up to the landing date's next day."""
    stated = dateline.stated_date
    if not stated:
        return None
    return find_date(stated, ingest_date, relative=False) or find_yearless_date(stated, ingest_date)
