"""Dates said relative to today, read as SQL that stays relative to current_date.

"today", "tomorrow", "yesterday"; "this year's", "this month", "next week", "last month" (the
calendar period before this one); "in the last 30 days", "past week", "in the next 3 months"
(a rolling window ending or starting today); "older than 2 years", "more than 6 months ago";
"since March" (the latest 1 March not in the future). The SQL names no date of its own, so a
saved query keeps meaning what was asked.
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_vocab import MONTHS, SPELLED

UNIT: Final = r"(?P<unit>day|week|month|quarter|year)s?"
COUNT: Final = r"(?P<n>\d+|" + "|".join(SPELLED) + ")"
# Each pattern and the mode its match stands for; the first that matches a span takes it.
PATTERNS: Final = (
    (
        re.compile(
            rf"(?i)\b(?:(?:in|during|within|over) )?(?:the )?(?:last|past) {COUNT} {UNIT}\b"
        ),
        "within",
    ),
    (re.compile(rf"(?i)\b(?:(?:in|during|within) )?(?:the )?next {COUNT} {UNIT}\b"), "ahead"),
    (
        re.compile(rf"(?i)\b(?:(?:more|over) than |at least )?{COUNT} {UNIT} ago\b"),
        "before",
    ),
    (re.compile(rf"(?i)\bolder than {COUNT} {UNIT}\b"), "before"),
    (re.compile(rf"(?i)\b(?:in |during |within )?(?:the )?past {UNIT}\b"), "within"),
    (
        re.compile(
            rf"(?i)\b(?:(?:in|during|for) )?(?:the )?(?P<rel>this|last|previous|next) {UNIT}"
            r"(?:['\u2019]s)?(?=\W|$)"
        ),
        "period",
    ),
    (
        re.compile(
            r"(?i)\b(?:(?:for|on|from) )?(?P<day>today|tomorrow|yesterday)(?:['\u2019]s)?"
            r"(?=\W|$)"
        ),
        "day",
    ),
    (re.compile(r"(?i)\bsince (?P<month>" + "|".join(MONTHS) + r")\b(?! \d)"), "since"),
)
SHIFT: Final = {"this": 0, "last": -1, "previous": -1, "next": 1}
DAYS: Final = {"yesterday": -1, "today": 0, "tomorrow": 1}


def take(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text without its relative dates, and each as (mode, value) for `condition`."""
    found: list[tuple[str, str]] = []
    for pattern, mode in PATTERNS:
        for match in pattern.finditer(text):
            found.append((mode, _value(mode, match)))
        text = pattern.sub(" ", text)
    return " ".join(text.split()), found


def _value(mode: str, match: re.Match[str]) -> str:
    said = match.groupdict()
    if mode == "day":
        return said["day"].lower()
    if mode == "since":
        return str(MONTHS.index(said["month"].lower()) + 1)
    count = said.get("n") or "1"
    number = SPELLED[count.lower()] if count.lower() in SPELLED else int(count)
    if mode == "period":
        return f"{SHIFT[said['rel'].lower()]} {said['unit'].lower()}"
    return f"{number} {said['unit'].lower()}"


def condition(mode: str, value: str, dated: pgsql.Composable) -> pgsql.Composable:
    """The test of a date column for a relative date `take` found."""
    if mode == "day":
        shift = pgsql.Literal(DAYS[value])
        return pgsql.SQL("{d} >= current_date + {s} AND {d} < current_date + {s} + 1").format(
            d=dated, s=shift
        )
    if mode == "since":
        month = int(value)
        start = pgsql.SQL(
            "date_trunc('year', current_date) + {m}::interval"
            " - CASE WHEN extract(month FROM current_date) < {n} THEN interval '1 year'"
            " ELSE interval '0' END"
        ).format(m=pgsql.Literal(f"{month - 1} months"), n=pgsql.Literal(month))
        return pgsql.SQL("{} >= {}").format(dated, start)
    number, unit = value.split()
    if mode == "period":  # the calendar period: this month, last year, next week
        start = pgsql.SQL("date_trunc({}, current_date)").format(pgsql.Literal(unit))
        if int(number):
            start = pgsql.SQL("({} + {}::interval)").format(
                start, pgsql.Literal(f"{number} {unit}")
            )
        return pgsql.SQL("{d} >= {s} AND {d} < {s} + {one}::interval").format(
            d=dated, s=start, one=pgsql.Literal(f"1 {unit}")
        )
    span = pgsql.Literal(f"{number} {unit}")
    if mode == "within":  # up to today, from the same day `span` ago
        return pgsql.SQL("{d} >= current_date - {s}::interval AND {d} < current_date + 1").format(
            d=dated, s=span
        )
    if mode == "ahead":
        return pgsql.SQL("{d} >= current_date AND {d} < current_date + {s}::interval").format(
            d=dated, s=span
        )
    return pgsql.SQL("{} < current_date - {}::interval").format(dated, span)
