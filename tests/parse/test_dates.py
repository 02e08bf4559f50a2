"""Publication dates in the forms news pages use."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from newsetl.parse.dates import date_of_timestamp, find_date

LANDED = date(2025, 10, 28)


@pytest.mark.parametrize(("text", "expected"), [
    ("Oct. 28, 2025", date(2025, 10, 28)),
    ("October 28, 2025Clash Report", date(2025, 10, 28)),
    ("Sept 3 2025", date(2025, 9, 3)),
    ("28 October 2025", date(2025, 10, 28)),
    ("3rd of March, 2025", date(2025, 3, 3)),
    ("Posted 27-Oct-2025 14:20 IST", date(2025, 10, 27)),  # hyphens, as Indian government sites write it
    ("Published 14 Jul 2025, 09:12 GMT", date(2025, 7, 14)),
    ("Monday, 27 October 2025 at 9.30pm BST", date(2025, 10, 27)),
    ("2025-10-28", date(2025, 10, 28)),
    ("2025-12-29T08:15:00-03:00", date(2025, 12, 29)),
    ("2025-01-15T07:30:00+10:00", date(2025, 1, 15)),  # 14 January in UTC: the stated date wins
    ("2025/10/28", date(2025, 10, 28)),
    ("28/10/2025", date(2025, 10, 28)),
    ("Mon, 10/06/2025 - 09:12", date(2025, 10, 6)),  # 10 June 2025 was a Tuesday
    ("Tuesday, 10/06/2025", date(2025, 6, 10)),
    ("Thurs., 02/10/2025", date(2025, 10, 2)),  # 10 February 2025 was a Monday
    ("10/11/2025", date(2025, 10, 11)),  # 10 November is after the landing date
    ("03.09.2025 | 08:15", date(2025, 9, 3)),
    ("yesterday", date(2025, 10, 27)),
    ("Updated 3 days ago", date(2025, 10, 25)),
    ("an hour ago", date(2025, 10, 28)),
    ("2 weeks ago", date(2025, 10, 14)),
    ("a month ago", date(2025, 9, 28)),
])
def test_local_date(text: str, expected: date) -> None:
    found = find_date(text, LANDED)
    assert found is not None and found.local_date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("March 6, 2025 11:02 AM GMT", datetime(2025, 3, 6, 11, 2, tzinfo=timezone.utc)),
    ("Jan 5, 2025 3:00 pm EST", datetime(2025, 1, 5, 20, 0, tzinfo=timezone.utc)),
    ("2025-12-29T08:15:00-03:00", datetime(2025, 12, 29, 11, 15, tzinfo=timezone.utc)),
    ("2025-10-31T21:10:00Z", datetime(2025, 10, 31, 21, 10, tzinfo=timezone.utc)),
    ("2025-10-31 21:10", datetime(2025, 10, 31, 21, 10, tzinfo=timezone.utc)),  # no zone: UTC
    ("2025-10-31T21:10:00.000Z", datetime(2025, 10, 31, 21, 10, tzinfo=timezone.utc)),
    ("2025-10-31T23:10:00+0200", datetime(2025, 10, 31, 21, 10, tzinfo=timezone.utc)),
    ("2025-10-31", None),  # a date alone gives no instant
    ("21 November 2022, 15:40 AST", None),  # AST names several zones
    ("Oct. 28, 2025", None),  # no time
])
def test_utc_instant(text: str, expected: datetime | None) -> None:
    found = find_date(text, LANDED)
    assert found is not None and found.utc == expected


@pytest.mark.parametrize("text", ["no date here", "Feb 30, 2025", "03/04/2025", "Fri, 03/04/2025",
                                  "August 2025", "March 6", "Monitor, 10/07/2024", "Month 10/07/2024"])
def test_no_date(text: str) -> None:
    assert find_date(text, LANDED) is None


def test_absolute_date_preferred_to_relative_and_span_reported() -> None:
    text = "March 6, 2025 11:02 AM GMT · Updated 3 hours ago"
    found = find_date(text, LANDED)
    assert found.local_date == date(2025, 3, 6)
    assert text[found.start:found.end] == "March 6, 2025 11:02 AM GMT"


def test_relative_dates_can_be_switched_off() -> None:
    assert find_date("yesterday", LANDED, relative=False) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Publicado el 4 de diciembre de 2024", date(2024, 12, 4)),
    ("publicado em 12 de março de 2025 14:30", date(2025, 3, 12)),
    ("Publié le 4 décembre 2024 à 10h00", date(2024, 12, 4)),
    ("Veröffentlicht am 4. Dezember 2024", date(2024, 12, 4)),
    ("1 juillet 2025", date(2025, 7, 1)),
    ("1 juin 2025", date(2025, 6, 1)),
])
def test_dates_a_regional_site_writes_in_its_own_language(text: str, expected: date) -> None:
    found = find_date(text, LANDED)
    assert found is not None and found.local_date == expected


def test_a_day_and_month_that_could_swap_take_the_reading_in_the_month_before_landing() -> None:
    found = find_date("Published on 01/10/2024 at 14:05", date(2024, 10, 2))
    assert found is not None and found.local_date == date(2024, 10, 1)  # not 10 January


def test_unix_timestamps_in_seconds_and_milliseconds() -> None:
    instant = datetime(2023, 11, 7, 20, 0, tzinfo=timezone.utc)
    for value in (1699387200, 1699387200000, "1699387200", 1699387200.0):
        found = date_of_timestamp(value)
        assert found is not None and (found.local_date, found.utc) == (instant.date(), instant)
    for value in (True, 42, "16993872", None, "soon", 10**15, 10**400, float("inf"), float("nan")):
        assert date_of_timestamp(value) is None


def test_a_date_written_year_first_with_dots() -> None:
    found = find_date("2025.10.27 14:05", LANDED)
    assert found is not None and (found.local_date, found.utc) == (
        date(2025, 10, 27), datetime(2025, 10, 27, 14, 5, tzinfo=timezone.utc))
    assert find_date("2025.10/27", LANDED) is None  # the separators must agree
