"""The period a question groups by: "orders per month", "monthly sales", "revenue by quarter".

`take_period` takes the words out and names the unit, which the query truncates the date to
(date_trunc('month', …)); the same words are left alone when they belong to a column
("monthly fee", "a day rate of 500"), a value found in the data ("the Student Monthly plan",
"plans billed annually") or a column of years the rows hold ("by year").
"""

import re
from typing import Final

from pgpilot.llm.sql_units import per_column
from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values

# "orders per month", "monthly sales": grouped by the truncated date.
PERIOD: Final = re.compile(
    # "a month" is a period, "shorter than a month" a span (`sql_spans`).
    r"(?i)\s*\b(?:(?:per|by|each|every|(?<!than )(?<!least )(?<!most )(?<!over )(?<!under )a|"
    r"in each|for each) (?P<unit>day|week|month|quarter|year)"
    r"|(?P<adverb>daily|weekly|monthly|quarterly|yearly|annually))\b"
)
PERIODS: Final = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter"}
UNITS: Final = ("day", "week", "month", "quarter", "year")


def take_period(text: str, tables: list[Table], values: Values | None = None) -> tuple[str, str]:
    """The text without "per month" or "monthly", and the period it groups by."""
    for found in PERIOD.finditer(text):
        adverb = (found["adverb"] or "").lower()
        rate = per_column(text, found["unit"] or "", tables)
        if rate is not None:  # "how much is the Premium plan per month": its monthly fee
            said = f"{text[: found.start()]} {rate}{text[found.end() :]}"
            return take_period(said, tables, values)
        if adverb and any(adverb in c.name.lower().split("_") for t in tables for c in t.columns):
            continue  # "monthly fee": a column's word
        if adverb and values is not None and _in_value(text, found, values):
            continue  # "the Student Monthly plan": a word of a value found in the data
        if (
            adverb
            and values is not None
            and (_kind_of(adverb, text, tables, values) or _how_done(text, found, values))
        ):
            continue  # "quarterly pledges", "plans billed annually": a value, not a period
        if _column_words(found["unit"] or "", text[found.end() :], tables):
            continue  # "a day rate of 500": day_rate, a column's words
        unit = found["unit"] or PERIODS.get(adverb, "year")
        held = _named_tables(f"{text[: found.start()]}{text[found.end() :]}", tables)
        if any(c.name.lower().split("_")[-1] == unit.lower() for t in held for c in t.columns):
            continue  # "by year" where the rows hold years: the grouping by that column
        return f"{text[: found.start()]}{text[found.end() :]}".strip(), unit.lower()
    return text, ""


def _named_tables(text: str, tables: list[Table]) -> list[Table]:
    """The tables the words name (or whose columns they name); all of them when they name none."""
    placed = place(text, tables, None)
    named = [*placed.tables, *(t for t, _ in placed.columns)]
    return named or tables


def _column_words(unit: str, rest: str, tables: list[Table]) -> bool:
    """Whether a period's unit and the word after it are both words of one column's name."""
    after = rest.split()[:1]
    pair = {unit.lower(), after[0].lower()} if unit and after else set()
    columns = (set(c.name.lower().split("_")) for t in tables for c in t.columns)
    return bool(pair) and any(pair <= parts for parts in columns)


def _kind_of(adverb: str, text: str, tables: list[Table], values: Values) -> bool:
    """Whether the adverb is a value stored in a table the question names by its name."""
    named = {t.qualified for t in place(text, tables, None).tables}
    return any(hit.table in named for hit in values.find(adverb, fuzzy=False))


def _in_value(text: str, found: re.Match[str], values: Values) -> bool:
    """Whether the word matched is part of a value of two or three words stored in the data."""
    before, after = text[: found.start()].split()[-2:], text[found.end() :].split()[:2]
    said = found.group(0).strip()
    phrases = [[*before[i:], said, *after[:j]] for i in range(3) for j in range(3)]
    return any(len(p) > 1 and values.find(" ".join(p), fuzzy=False) for p in phrases)


def _how_done(text: str, found: re.Match[str], values: Values) -> bool:
    """Whether a period's adverb follows a participle and is a value found in the data, said
    as an adverb: "billed annually" ('annual'), "paid monthly" ('monthly')."""
    before = text[: found.start()].split()[-1:]
    adverb = found["adverb"].lower()
    return (
        bool(before)
        and before[0].lower().endswith("ed")
        and any(values.find(w, fuzzy=False) for w in (adverb, adverb.removesuffix("ly")))
    )
