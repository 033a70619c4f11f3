"""Dates said on the calendar: a day, month, quarter, half, season or year, and what is done to it.

Each date said is a half-open span of days [start, end): "March 2024" is 2024-03-01 to
2024-04-01, "Q4 2024" 2024-10-01 to 2025-01-01, "summer 2025" June to August, "31 December
2024" one day, "2025-03-01" one day, "the end of 2022" the point 2023-01-01. What is said before
it picks the test of the date column:

    in / during / on / for / from March 2024     >= 2024-03-01 AND < 2024-04-01
    before / prior to / earlier than March 2024  < 2024-03-01
    after / later than March 2024                >= 2024-04-01
    since / starting March 2024                  >= 2024-03-01
    until / till / up to / through / by March 2024   < 2024-04-01
    between April 2024 and March 2025            >= 2024-04-01 AND < 2025-04-01 (both months in)
    between March and June 2025                  >= 2025-03-01 AND < 2025-07-01
    from 1 March 2024 to 15 March 2024           >= 2024-03-01 AND < 2024-03-16

A year alone ("in 2024", "before 2020") is left to `sql_question.YEAR`, which knows columns that
hold years; here a year counts only as a bound of a range ("between January 2021 and 2022").
Winter is the one that starts in the year said: "winter 2024" is December 2024 to February 2025.
"""

import re
from datetime import date
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_vocab import MONTHS

_MONTH: Final = "|".join(
    [*MONTHS, *(m[:3] for m in MONTHS if m != "may"), "sept"]
)  # "Jan 2024", "Sept 2023"
_YEAR: Final = r"(?:19|20)\d\d"
_DAY: Final = r"[0-3]?\d(?:st|nd|rd|th)?"
_ORDINALS: Final = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_QUARTERS: Final = {**_ORDINALS, "fourth": 4, "4th": 4, "last": 4}
_SEASONS: Final = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_EDGES: Final = ("start", "beginning", "end")

# One date said, from the most precise form to the least; `span` reads what this matched.
DATE: Final = (
    r"(?:\d{4}-\d\d-\d\d|\d{4}-\d\d(?!\d)"
    rf"|(?:the )?{_DAY} (?:of )?(?:{_MONTH}),? {_YEAR}"
    rf"|(?:{_MONTH}) {_DAY},? {_YEAR}"
    rf"|q[1-4],? {_YEAR}|h[12],? {_YEAR}"
    rf"|(?:the )?(?:{'|'.join(_QUARTERS)}) (?:quarter|half) (?:of )?{_YEAR}"
    rf"|(?:the )?(?:{'|'.join(_SEASONS)}) (?:of )?{_YEAR}"
    rf"|(?:the )?(?:{'|'.join(_EDGES)}) of (?:(?:{_MONTH}) )?{_YEAR}"
    rf"|(?:{_MONTH})(?: of)? {_YEAR})"
)
_BOUND: Final = rf"(?:{DATE}|{_YEAR})"
RANGE: Final = re.compile(
    rf"(?i)\b(?:between|from) (?P<a>{_BOUND}|{_DAY} (?:of )?(?:{_MONTH})|(?:{_MONTH})(?: {_DAY})?) "
    r"(?:and|to|through|till|until|-|\u2013) "
    rf"(?:the )?(?P<b>{_BOUND})(?!\d)"
)
SINGLE: Final = re.compile(
    r"(?i)\b(?:(?P<op>in|during|on|for|within|from|before|prior to|earlier than|after|later than"
    r"|since|starting|starting from|until|till|up to|through|by) )?"
    rf"(?P<d>{DATE})(?!\d)"
)
OPS: Final = {
    **dict.fromkeys(("before", "prior to", "earlier than"), "before"),
    **dict.fromkeys(("after", "later than"), "after"),
    **dict.fromkeys(("since", "starting", "starting from"), "since"),
    **dict.fromkeys(("until", "till", "up to", "through", "by"), "until"),
}


def take(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text without its calendar dates, and each as (start, end) ISO dates of the test.

    An empty start or end leaves that side open: "before March 2024" is ("", "2024-03-01").
    """
    found: list[tuple[str, str]] = []

    def ranged(m: re.Match[str]) -> str:
        first = m["a"] if re.search(r"\d{4}", m["a"]) else f"{m['a']} {m['b'].split()[-1]}"
        try:  # "between March and June 2025": March of the year said last
            low, high = span(first), span(m["b"])
        except ValueError:  # "31 February": no such day, so no date said
            return m[0]
        found.append((low[0].isoformat(), high[1].isoformat()))
        return " "

    def single(m: re.Match[str]) -> str:
        try:
            start, end = span(m["d"])
        except ValueError:
            return m[0]
        op = OPS.get((m["op"] or "in").lower(), "in")
        if start == end and op == "in":
            return m[0]  # "in the end of 2022" says no span
        low = {"before": "", "until": "", "after": end.isoformat()}.get(op, start.isoformat())
        high = {"after": "", "since": "", "before": start.isoformat()}.get(op, end.isoformat())
        found.append((low, high))
        return " "

    text = RANGE.sub(ranged, text)
    text = SINGLE.sub(single, text)
    return " ".join(text.split()), found


def span(said: str) -> tuple[date, date]:
    """The days a date said covers, as [start, end): "Q4 2024" → 2024-10-01, 2025-01-01."""
    said = said.lower().removeprefix("the ").replace(",", "")
    words = said.split()
    year = int(words[-1]) if re.fullmatch(_YEAR, words[-1]) else 0
    if m := re.fullmatch(r"(\d{4})-(\d\d)(?:-(\d\d))?", said):
        start = date(int(m[1]), int(m[2]), int(m[3] or 1))
        return (start, _next_day(start)) if m[3] else (start, _months_on(start, 1))
    if words[0] in _EDGES:  # "the end of 2022", "the start of March 2024": a point
        inner = span(" ".join(words[2:]))
        point = inner[1] if words[0] == "end" else inner[0]
        return point, point
    if len(words) == 1:
        return date(year, 1, 1), date(year + 1, 1, 1)
    if re.fullmatch(r"[qh][1-4]", words[0]):
        size = 3 if words[0][0] == "q" else 6
        return _months(year, (int(words[0][1]) - 1) * size + 1, size)
    if words[1] in ("quarter", "half"):
        size = 3 if words[1] == "quarter" else 6
        return _months(year, (_QUARTERS[words[0]] - 1) * size + 1, size)
    if words[0] in _SEASONS:
        return _months(year, _SEASONS[words[0]], 3)
    day = next((int(re.sub(r"\D", "", w)) for w in words[:-1] if w[0].isdigit()), 0)
    month = next(_month(w) for w in words if _month(w))
    start = date(year, month, day or 1)
    return (start, _next_day(start)) if day else (start, _months_on(start, 1))


def condition(start: str, end: str, dated: pgsql.Composable) -> pgsql.Composable:
    """The test of a date column for a span `take` found; an empty side is left open."""
    tests = [
        pgsql.SQL("{} {} {}").format(dated, pgsql.SQL(op), pgsql.Literal(day))
        for op, day in ((">=", start), ("<", end))
        if day
    ]
    return pgsql.SQL(" AND ").join(tests)


def _month(word: str) -> int:
    """The month a word names, in full or by its first letters ("sept"); else 0."""
    return next(
        (n for n, name in enumerate(MONTHS, 1) if len(word) >= 3 and name.startswith(word)), 0
    )


def _months(year: int, month: int, count: int) -> tuple[date, date]:
    start = date(year, month, 1)
    return start, _months_on(start, count)


def _months_on(day: date, count: int) -> date:
    months = day.year * 12 + day.month - 1 + count
    return date(months // 12, months % 12 + 1, 1)


def _next_day(day: date) -> date:
    return date.fromordinal(day.toordinal() + 1)
