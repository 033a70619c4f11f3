"""Natural due dates, seen from a fixed today."""

from datetime import date

import pytest

from pgpilot.tasks.dates import parse_date

WEDNESDAY = date(2026, 3, 11)
MONDAY = date(2026, 3, 16)
SUNDAY = date(2026, 3, 15)
NEW_YEARS_EVE = date(2026, 12, 30)
JANUARY_31 = date(2026, 1, 31)


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        pytest.param("today", WEDNESDAY, date(2026, 3, 11), id="today"),
        pytest.param("Today", WEDNESDAY, date(2026, 3, 11), id="today-capitalised"),
        pytest.param("tomorrow", WEDNESDAY, date(2026, 3, 12), id="tomorrow"),
        pytest.param("day after tomorrow", WEDNESDAY, date(2026, 3, 13), id="day-after"),
        pytest.param("next monday", WEDNESDAY, date(2026, 3, 16), id="next-monday"),
        pytest.param("next monday", MONDAY, date(2026, 3, 23), id="next-monday-on-monday"),
        pytest.param("next monday", SUNDAY, date(2026, 3, 16), id="next-monday-on-sunday"),
        pytest.param("on friday", WEDNESDAY, date(2026, 3, 13), id="on-friday"),
        pytest.param("friday", WEDNESDAY, date(2026, 3, 13), id="friday"),
        pytest.param("Fri", WEDNESDAY, date(2026, 3, 13), id="fri"),
        pytest.param("wednesday", WEDNESDAY, date(2026, 3, 18), id="same-weekday-next-week"),
        pytest.param("this wednesday", WEDNESDAY, date(2026, 3, 11), id="this-weekday-today"),
        pytest.param("friday next week", WEDNESDAY, date(2026, 3, 20), id="friday-next-week"),
        pytest.param("next week monday", SUNDAY, date(2026, 3, 16), id="next-week-monday"),
        pytest.param("in 3 days", WEDNESDAY, date(2026, 3, 14), id="in-3-days"),
        pytest.param("in two weeks", WEDNESDAY, date(2026, 3, 25), id="in-two-weeks"),
        pytest.param("in a week", WEDNESDAY, date(2026, 3, 18), id="in-a-week"),
        pytest.param("in 1 month", JANUARY_31, date(2026, 2, 28), id="in-a-month-clamped"),
        pytest.param("in one year", WEDNESDAY, date(2027, 3, 11), id="in-one-year"),
        pytest.param("march 20", WEDNESDAY, date(2026, 3, 20), id="march-20"),
        pytest.param("20 March", WEDNESDAY, date(2026, 3, 20), id="20-march"),
        pytest.param("march 11", WEDNESDAY, date(2026, 3, 11), id="month-day-today"),
        pytest.param("march 5", WEDNESDAY, date(2027, 3, 5), id="month-day-passed"),
        pytest.param("jan 5", NEW_YEARS_EVE, date(2027, 1, 5), id="across-new-year"),
        pytest.param("2026-03-31", WEDNESDAY, date(2026, 3, 31), id="iso"),
        pytest.param("2025-03-31", WEDNESDAY, date(2025, 3, 31), id="iso-past-kept"),
        pytest.param("end of month", WEDNESDAY, date(2026, 3, 31), id="end-of-month"),
        pytest.param("by tomorrow", WEDNESDAY, date(2026, 3, 12), id="by-tomorrow"),
        pytest.param("next week", WEDNESDAY, date(2026, 3, 18), id="next-week"),
    ],
)
def test_parse_date(text: str, today: date, expected: date) -> None:
    assert parse_date(text, today=today) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("banana", id="nonsense"),
        pytest.param("2026-02-30", id="no-such-iso-date"),
        pytest.param("31/02/2026", id="no-such-date"),
    ],
)
def test_unreadable_is_none(text: str) -> None:
    assert parse_date(text, today=WEDNESDAY) is None
