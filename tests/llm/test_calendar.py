"""Dates said on the calendar read as spans of days (`sql_calendar`)."""

import pytest

from pgpilot.llm.sql_calendar import take


@pytest.mark.parametrize(
    ("said", "left", "spans"),
    [
        ("donations received before 2025-03-01", "donations received", [("", "2025-03-01")]),
        ("scans from 31 December 2024", "scans", [("2024-12-31", "2025-01-01")]),
        ("orders on March 3rd, 2024", "orders", [("2024-03-03", "2024-03-04")]),
        ("gifts in Q4 2024", "gifts", [("2024-10-01", "2025-01-01")]),
        ("sales in the first quarter of 2024", "sales", [("2024-01-01", "2024-04-01")]),
        ("sales in H2 2023", "sales", [("2023-07-01", "2024-01-01")]),
        ("events scheduled for summer 2025", "events scheduled", [("2025-06-01", "2025-09-01")]),
        ("trips in winter 2024", "trips", [("2024-12-01", "2025-03-01")]),
        ("joined after Sept 2023", "joined", [("2023-10-01", "")]),
        ("hired since May 2022", "hired", [("2022-05-01", "")]),
        ("paid until the end of 2023", "paid", [("", "2024-01-01")]),
        ("started between April 2024 and March 2025", "started", [("2024-04-01", "2025-04-01")]),
        (
            "fitted between January 2021 and the end of 2022",
            "fitted",
            [("2021-01-01", "2023-01-01")],
        ),
        ("from 1 March 2024 to 15 March 2024", "", [("2024-03-01", "2024-03-16")]),
        ("from 2024-01 to 2024-03", "", [("2024-01-01", "2024-04-01")]),
        ("due between March and June 2025", "due", [("2025-03-01", "2025-07-01")]),
        ("from 3 March to 9 March 2025", "", [("2025-03-03", "2025-03-10")]),
    ],
)
def test_a_calendar_date_is_a_span_of_days_tested_as_the_words_before_it_say(
    said: str, left: str, spans: list[tuple[str, str]]
) -> None:
    assert take(said) == (left, spans)


@pytest.mark.parametrize(
    "said",
    [
        "signed up in March",  # no year: sql_question reads the month of any year
        "hired before 2020",  # a year alone: sql_question.YEAR, which knows columns of years
        "born on 31 February 2024",  # no such day
        "plans costing 2024",
    ],
)
def test_what_is_no_calendar_date_is_left_as_said(said: str) -> None:
    assert take(said) == (said, [])
