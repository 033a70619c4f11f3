"""Natural due dates ("tomorrow", "next monday", "in two weeks") read on the server."""

import calendar
import re
from datetime import UTC, date, datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


def _day(group: str) -> str:
    names = "|".join((*WEEKDAYS, "mon", "tues", "tue", "weds", "wed", "thurs", "thur", "thu"))
    return rf"(?P<{group}>{names}|fri|sat|sun)"


ISO: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
SAME_DAY: Final = {"today": 0, "tonight": 0, "tomorrow": 1, "day after tomorrow": 2}
WEEKDAY: Final = re.compile(rf"(?:(?P<which>this|next|on|coming)\s+)?{_day('day')}")
WEEKDAY_NEXT_WEEK: Final = re.compile(
    rf"(?:on\s+)?{_day('day')}\s+(?:of\s+)?next\s+week|next\s+week\s+(?:on\s+)?{_day('day2')}"
)
IN_UNITS: Final = re.compile(
    r"in\s+(?P<count>\d+|" + "|".join(NUMBERS) + r")\s+(?P<unit>day|week|month|year)s?"
)
END_OF_MONTH: Final = re.compile(r"(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month")
HAS_YEAR: Final = re.compile(r"\b\d{4}\b")


def today_in(timezone: str, *, now: datetime | None = None) -> date:
    """Today's date in an IANA time zone (UTC if the zone is unknown)."""
    moment = now or datetime.now(UTC)
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return moment.astimezone(zone).date()


def parse_date(text: str, *, today: date) -> date | None:
    """The date a phrase means, seen from `today`, preferring the future; None if none."""
    phrase = " ".join(text.strip().lower().replace(",", " ").split())
    phrase = phrase.removeprefix("due ").removeprefix("by ")
    if not phrase:
        return None
    if ISO.fullmatch(phrase):
        try:
            return date.fromisoformat(phrase)
        except ValueError:
            return None
    return _rule(phrase, today) or _dateparser(phrase, today)


def _rule(phrase: str, today: date) -> date | None:
    """What dateparser misses or reads differently: weekdays, counts, month ends."""
    if phrase in SAME_DAY:
        return today + timedelta(days=SAME_DAY[phrase])
    if match := WEEKDAY_NEXT_WEEK.fullmatch(phrase):
        target = _weekday(match.group("day") or match.group("day2"))
        monday = today + timedelta(days=7 - today.weekday())
        return monday + timedelta(days=target)
    if match := WEEKDAY.fullmatch(phrase):
        ahead = (_weekday(match.group("day")) - today.weekday()) % 7
        if ahead == 0 and match.group("which") != "this":
            ahead = 7  # "friday" said on a Friday means next week's; "this friday" is today
        return today + timedelta(days=ahead)
    if match := IN_UNITS.fullmatch(phrase):
        raw = match.group("count")
        count = int(raw) if raw.isdigit() else NUMBERS[raw]
        return _shift(today, match.group("unit"), count)
    if END_OF_MONTH.fullmatch(phrase):
        return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    return None


def _weekday(name: str) -> int:
    return next(i for i, day in enumerate(WEEKDAYS) if day.startswith(name[:3]))


def _shift(today: date, unit: str, count: int) -> date | None:
    if unit in ("day", "week"):
        return today + timedelta(days=count * (7 if unit == "week" else 1))
    months = today.month - 1 + count * (12 if unit == "year" else 1)
    year, month = today.year + months // 12, months % 12 + 1
    if year > date.max.year:
        return None
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def _dateparser(phrase: str, today: date) -> date | None:
    import dateparser  # slow to import; only the first parse pays for it

    base = datetime(today.year, today.month, today.day)
    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": base}
    try:
        found = dateparser.parse(phrase, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if found is None:
        return None
    day = found.date()
    if not HAS_YEAR.search(phrase) and day.year > today.year:
        # "march 11" on March 11 is today, but dateparser jumps to next year.
        earlier = _same_day_year_before(day)
        if earlier is not None and earlier >= today:
            return earlier
    return day


def _same_day_year_before(day: date) -> date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return None


def due_window(due: str, today: date) -> tuple[date, date]:
    """The first and last day of a due view in the user's calendar (weeks run Monday-Sunday).

    `week` is the web app's rolling view: today and the next six days.
    """
    monday = today - timedelta(days=today.weekday())
    windows = {
        "today": (today, today),
        "tomorrow": (today + timedelta(days=1), today + timedelta(days=1)),
        "this_week": (monday, monday + timedelta(days=6)),
        "next_week": (monday + timedelta(days=7), monday + timedelta(days=13)),
        "week": (today, today + timedelta(days=6)),
    }
    return windows[due]
