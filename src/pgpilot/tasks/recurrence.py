"""Repeating tasks: an RFC 5545 RRULE checked with dateutil, its next day, and its words."""

import calendar
from datetime import date, datetime, time, timedelta
from typing import Final

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, rrulestr

from pgpilot.errors import ValidationError
from pgpilot.inputs import refuse_nul

MAX_RULE: Final = 200
FREQUENCIES: Final = (DAILY, WEEKLY, MONTHLY, YEARLY)
UNITS: Final = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
# Parts that would move the rule's anchor away from the task's own due date.
REFUSED_PARTS: Final = ("DTSTART", "BYHOUR", "BYMINUTE", "BYSECOND")
DAY_CODES: Final = dict(
    zip(("MO", "TU", "WE", "TH", "FR", "SA", "SU"), calendar.day_name, strict=True)
)
WEEKDAY_NAMES: Final = list(calendar.day_name)[:5]
ORDINALS: Final = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}


def parse(rule: str, *, start: date) -> rrule:
    """The rule as dateutil reads it, anchored at `start`."""
    value = rrulestr(rule, dtstart=datetime.combine(start, time()))
    assert isinstance(value, rrule)
    return value


def check(value: object, *, today: date) -> str:
    """An RRULE of daily or coarser steps, upper-cased, that still has a day to come."""
    if not isinstance(value, str):
        raise ValidationError("recurrence must be an RRULE text such as FREQ=WEEKLY;BYDAY=SU")
    refuse_nul(recurrence=value)
    rule = value.strip().upper().removeprefix("RRULE:")
    if not rule or len(rule) > MAX_RULE:
        raise ValidationError(f"recurrence must be 1 to {MAX_RULE} characters")
    if any(part in rule for part in REFUSED_PARTS) or "\n" in rule:
        raise ValidationError(f"recurrence may not set {', '.join(REFUSED_PARTS)}")
    try:
        parsed = parse(rule, start=today)
    except (ValueError, TypeError) as exc:
        raise ValidationError(f"recurrence {value!r} is not an RRULE: {exc}") from None
    if UNITS.get(dict(p.partition("=")[::2] for p in rule.split(";")).get("FREQ", "")) is None:
        raise ValidationError("recurrence must repeat daily, weekly, monthly or yearly")
    if parsed.after(datetime.combine(today, time()), inc=True) is None:
        raise ValidationError(f"recurrence {value!r} has no day left to come")
    return rule


def first_day(rule: str, *, today: date) -> date | None:
    """The rule's first day from today on (today included)."""
    found = parse(rule, start=today).after(datetime.combine(today, time()), inc=True)
    return found.date() if found is not None else None


def next_day(rule: str, *, due: date | None, today: date) -> date | None:
    """The occurrence after `due` (or today) that is not in the past; None when the rule ended."""
    base = due or today
    after = max(base, today - timedelta(days=1))
    found = parse(rule, start=base).after(datetime.combine(after, time()))
    return found.date() if found is not None else None


def describe(rule: str | None) -> str | None:
    """The rule in words ("every Sunday", "every other week"); the rule itself when unusual."""
    if rule is None:
        return None
    parts = dict(part.partition("=")[::2] for part in rule.split(";"))
    unit = UNITS.get(parts.get("FREQ", ""))
    if unit is None or not parts.get("INTERVAL", "1").isdigit():
        return rule
    step = int(parts.get("INTERVAL", "1"))
    every = {1: f"every {unit}", 2: f"every other {unit}"}.get(step, f"every {step} {unit}s")
    days = parts.get("BYDAY", "").split(",") if parts.get("BYDAY") else []
    if len(days) == 1 and days[0][:-2].lstrip("+-").isdigit():
        nth, name = int(days[0][:-2]), DAY_CODES.get(days[0][-2:], days[0])
        return f"the {ORDINALS.get(nth, str(nth))} {name} of every month"
    if days and all(day in DAY_CODES for day in days):
        return _days_in_words([DAY_CODES[day] for day in days], step)
    if unit == "month" and parts.get("BYMONTHDAY", "").lstrip("-").isdigit():
        return f"{every} on the {_ordinal(int(parts['BYMONTHDAY']))}"
    month, day = parts.get("BYMONTH", ""), parts.get("BYMONTHDAY", "")
    if unit == "year" and month.isdigit() and day.isdigit() and 1 <= int(month) <= 12:
        return f"{every} on {calendar.month_name[int(month)]} {int(day)}"
    return every if len(parts) <= 1 + ("INTERVAL" in parts) else rule


def _days_in_words(names: list[str], step: int) -> str:
    prefix = {1: "every ", 2: "every other "}.get(step, f"every {step} weeks on ")
    if names == WEEKDAY_NAMES:
        return prefix + ("weekday" if step == 1 else "Monday to Friday")
    return prefix + (" and ".join(names) if len(names) <= 2 else ", ".join(names))


def _ordinal(day: int) -> str:
    if day < 0:
        return "last day" if day == -1 else f"{-day}th last day"
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"
