"""Wire datelines: the place, date and agency or distributor that open a story's first paragraph.

Forms read:

- an agency's: ``LONDON, March 6 (Reuters) -``, ``Bamako, 25 November 2025 (SE) -`` or, as South Asian agencies
  write it, ``ISLAMABAD, Sep 29 (APP):``; and without a date
  ``PERTH (Energy Wire) -``
  only with the place in capitals, as datelines write it ("Albemarle (ALB) - shares rose" is a
  company and its ticker);
- a press-release distributor's: ``VANCOUVER, British Columbia, Sept. 3, 2025 /PRNewswire/ --``,
  ``TORONTO, Sept. 03, 2025 (GLOBE NEWSWIRE) --`` and ``CHARLOTTE, N.C.--(BUSINESS WIRE)--``;
- a release the company issues itself, with a full date and no distributor: ``Vancouver, British Columbia,
  January 14, 2025 – Standard Lithium Ltd. ...`` (a date only, no wire).

They give a story's publisher and date when its page does not. A wire's name never holds a
colon or a digit (a ticker: "(LSE: AAL)", a note: "(pictured)" is no agency either).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsetl.parse.dates import FoundDate, find_date, find_yearless_date

_PLACE = r"^[A-Z][\w.'’ -]{1,40}"
_PLACE_IN_CAPITALS = r"^[A-Z][A-Z.'’ -]{1,40}"
_REGION = r"(?:, [A-Z][\w.'’ -]{1,30})?"  # ", British Columbia", ", N.C."
_WIRE = r"(?P<wire>[^()/:\d]{2,40})"
_DATELINES = (
    re.compile(_PLACE + r", (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?"
               r"|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?) "
               rf"\({_WIRE}\) ?[-–—:]"),
    re.compile(_PLACE_IN_CAPITALS + _REGION + rf"(?P<date>) \({_WIRE}\) ?[-–—:]"),
    re.compile(_PLACE + _REGION + rf", (?P<date>[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}}) /{_WIRE}/ ?[-–—]"),
    re.compile(_PLACE + _REGION + rf"(?P<date>)--\({_WIRE}\)--"),
    re.compile(_PLACE + _REGION + r", (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
               r"|\d{1,2} [A-Z][a-z]{2,8},? \d{4})(?P<wire>) ?[-–—]{1,2} "),
)


@dataclass(frozen=True, slots=True)
class WireDateline:
    wire: str | None  # the agency or distributor, as it writes its name ('Business Wire' for 'BUSINESS WIRE')
    stated_date: str | None  # 'March 6', 'Sept. 3, 2025'


def wire_dateline(paragraph: str) -> WireDateline | None:
    """The wire dateline opening `paragraph`, if any."""
    match = next(filter(None, (pattern.match(paragraph) for pattern in _DATELINES)), None)
    if match is None:
        return None
    wire = match.group("wire").strip()
    # 'BUSINESS WIRE' is the Business Wire; an acronym ('CNW', 'AFP') stays as it is
    return WireDateline((wire.title() if wire.isupper() and " " in wire else wire) or None,
                        match.group("date") or None)


def wire_date(dateline: WireDateline, ingest_date: date) -> FoundDate | None:
    """The dateline's date: with its year, or the latest such day up to the landing date's next day."""
    stated = dateline.stated_date
    if not stated:
        return None
    return find_date(stated, ingest_date, relative=False) or find_yearless_date(stated, ingest_date)
