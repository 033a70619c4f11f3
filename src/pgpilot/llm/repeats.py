"""How often a message says a task repeats, as an RFC 5545 RRULE ("every sunday" → BYDAY=SU)."""

import re
from typing import Final

from pgpilot.tasks.dates import NUMBERS

DAYS: Final = {
    "mon": "MO",
    "tue": "TU",
    "wed": "WE",
    "thu": "TH",
    "fri": "FR",
    "sat": "SA",
    "sun": "SU",
}
WEEKDAYS: Final = "MO,TU,WE,TH,FR"
_DAY: Final = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?"
_DAYS: Final = rf"{_DAY}(?:\s*(?:,|and|&|,\s*and)\s*{_DAY})*"
_COUNT: Final = r"\d+|" + "|".join(NUMBERS)
_NTH: Final = r"first|1st|second|2nd|third|3rd|fourth|4th|last"
_MONTHS: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH: Final = "|".join(name[:3] + f"(?:{name[3:]})?" for name in _MONTHS)
_EVERY: Final = r"(?:every|each|on\s+every|on\s+each)"
FORMS: Final = (
    (
        "weekdays",
        rf"(?:{_EVERY}\s+weekday|on\s+weekdays|weekdays|(?:from\s+)?mon(?:day)?\s*(?:to|-|through|thru)\s*fri(?:day)?)",
    ),
    ("weekends", rf"(?:{_EVERY}\s+weekend|on\s+weekends|(?:on\s+)?saturdays?\s+and\s+sundays?)"),
    (
        "nth_day",
        rf"(?:on\s+)?(?:every\s+|the\s+)?(?P<nth>{_NTH})\s+(?P<nday>{_DAY})\s+of\s+(?:the|each|every)\s+month",
    ),
    (
        "month_day",
        r"(?:on\s+)?the\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:each|every|the)\s+month",
    ),
    ("month_day", r"(?:every|each)\s+month\s+on\s+the\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?"),
    (
        "yearly_on",
        rf"(?:{_EVERY}\s+year|yearly|annually)\s+on\s+(?P<month>{_MONTH})\s+(?P<yd>\d{{1,2}})(?:st|nd|rd|th)?",
    ),
    (
        "yearly_on",
        rf"(?:on\s+)?(?P<month>{_MONTH})\s+(?P<yd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:every|each)\s+year",
    ),
    ("days", rf"(?:{_EVERY}\s+(?P<other>other\s+)?(?P<days>{_DAYS}))"),
    ("days", rf"on\s+(?P<plural>{_DAYS})(?<=s)"),
    ("interval", rf"(?:every|each)\s+(?P<n>{_COUNT}|other)\s+(?P<unit>day|week|month|year)s?"),
    ("daily", r"(?:every|each)\s+(?:morning|evening|night|afternoon)|nightly"),
    (
        "unit",
        r"(?:every|each)\s+(?P<unit>day|week|month|year)|(?P<ly>daily|weekly|monthly|yearly|annually)",
    ),
    ("fortnight", r"fortnightly|biweekly|every\s+fortnight"),
)
GROUPS: Final = ("nth", "nday", "md", "month", "yd", "other", "days", "plural", "n", "unit", "ly")
FREQ: Final = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"}
LY: Final = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
}
COMPILED: Final = tuple(
    (kind, re.compile(rf"(?<![\w'])(?:{form})(?![\w'])", re.IGNORECASE)) for kind, form in FORMS
)


def _days(words: str) -> str:
    return ",".join(DAYS[d[:3].lower()] for d in re.findall(_DAY, words, re.IGNORECASE))


def _nth(word: str) -> int:
    ordinals = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
    return ordinals.get(word.lower()) or int(re.sub(r"\D", "", word))


def _rule(kind: str, match: re.Match[str]) -> str:
    """The RRULE of one matched form."""
    m = dict.fromkeys(GROUPS, "") | {k: v or "" for k, v in match.groupdict().items()}
    if kind == "weekdays":
        return f"FREQ=WEEKLY;BYDAY={WEEKDAYS}"
    if kind == "weekends":
        return "FREQ=WEEKLY;BYDAY=SA,SU"
    if kind == "nth_day":
        return f"FREQ=MONTHLY;BYDAY={_nth(m['nth'])}{_days(m['nday'])}"
    if kind == "month_day":
        return f"FREQ=MONTHLY;BYMONTHDAY={int(m['md'])}"
    if kind == "yearly_on":
        month = next(
            i for i, name in enumerate(_MONTHS, 1) if name.startswith(m["month"][:3].lower())
        )
        return f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={int(m['yd'])}"
    if kind == "days":
        other = ";INTERVAL=2" if m["other"] else ""
        return f"FREQ=WEEKLY{other};BYDAY={_days(m['days'] or m['plural'])}"
    if kind == "interval":
        count = 2 if m["n"].lower() == "other" else int(NUMBERS.get(m["n"].lower(), m["n"]))
        step = f";INTERVAL={count}" if count > 1 else ""
        return f"FREQ={FREQ[m['unit'].lower()]}{step}"
    if kind == "unit":
        return f"FREQ={FREQ[m['unit'].lower() if m['unit'] else LY[m['ly'].lower()]]}"
    if kind == "daily":
        return "FREQ=DAILY"
    return "FREQ=WEEKLY;INTERVAL=2"


def take_repeat(text: str) -> tuple[str | None, str]:
    """The RRULE a text asks for and the text without its words; (None, text) when none."""
    found = [
        (m.start(), -len(m.group()), kind, m) for kind, rx in COMPILED if (m := rx.search(text))
    ]
    if not found:
        return None, text
    _, _, kind, match = min(found, key=lambda hit: hit[:2])
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    return _rule(kind, match), " ".join(rest.split())
