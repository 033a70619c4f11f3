"""Units in column names: weight_kg is "weight", in kilograms; a value said in metres converts.

Scales are units too: fee_eur_m holds millions of euros, salary_k thousands, so "more than 20
million" compares 20 there, and 20000000 where a column holds plain amounts.
"""

import re
from decimal import Decimal
from functools import lru_cache
from typing import Final

from pgpilot.llm.sql_names import is_numeric
from pgpilot.llm.sql_vocab import SPELLED
from pgpilot.sql.schema import Column, Table

# Units and currencies a column name may end with (weight_kg, capacity_m3, price_eur): people
# say "weight", "capacity", "price". Each unit's factor to its dimension's base unit converts a
# value said in one unit to the column's ("longer than 1 metre" → length_cm > 100).
UNITS: Final = {
    "mm": ("length", 0.001),
    "cm": ("length", 0.01),
    "m": ("length", 1.0),
    "metre": ("length", 1.0),
    "meter": ("length", 1.0),
    "km": ("length", 1000.0),
    "g": ("weight", 0.001),
    "gram": ("weight", 0.001),
    "kg": ("weight", 1.0),
    "kilo": ("weight", 1.0),
    "t": ("weight", 1000.0),
    "tonne": ("weight", 1000.0),
    "lb": ("pound", 1.0),
    "lbs": ("pound", 1.0),
    "m2": ("area", 1.0),
    "sqm": ("area", 1.0),
    "sqft": ("area", 0.092903),
    "ft2": ("area", 0.092903),
    "ha": ("area", 10000.0),
    "mi": ("length", 1609.344),
    "miles": ("length", 1609.344),
    "m3": ("volume", 1.0),
    "l": ("volume", 0.001),
    "litre": ("volume", 0.001),
    "liter": ("volume", 0.001),
    "hectare": ("area", 10000.0),
    "usd": ("usd", 1.0),
    "eur": ("eur", 1.0),
    "gbp": ("gbp", 1.0),
    "min": ("time", 60.0),
    "minutes": ("time", 60.0),
    "sec": ("time", 1.0),
    "ms": ("time", 0.001),
    "mins": ("time", 60.0),
    "seconds": ("time", 1.0),
    "minute": ("time", 60.0),
    "hour": ("time", 3600.0),
    "hours": ("time", 3600.0),
    "day": ("time", 86400.0),
    "days": ("time", 86400.0),
    "pct": ("percent", 1.0),
    "percent": ("percent", 1.0),
    "k": ("scale", 1e3),
    "thousand": ("scale", 1e3),
    "thousands": ("scale", 1e3),
    "million": ("scale", 1e6),
    "millions": ("scale", 1e6),
    "mn": ("scale", 1e6),
    "billion": ("scale", 1e9),
    "billions": ("scale", 1e9),
    "bn": ("scale", 1e9),
}
CURRENCY: Final = ("usd", "eur", "gbp")
# The measures a thing's size is stated in, when no column is called its size or area.
PHYSICAL: Final = frozenset({"weight", "area", "volume"})
# A price asked, not a sum: "how much is the Premium plan per month", "how much does X cost".
PRICE_ASKED: Final = re.compile(r"(?i)^how much (?:is|are|does|do) ")
ADVERBS: Final = {"day": "daily", "week": "weekly", "month": "monthly", "quarter": "quarterly"}
# A number with its scale: "1.5m", "3k", "€2bn", "40 million euros".
SCALED: Final = re.compile(
    r"(?i)(?P<sign>[€$£])?(?P<n>\d+(?:\.\d+)?)(?:(?P<short>k|m|mn|bn)\b| (?P<word>thousand|"
    r"million|billion)s?\b)(?P<money> (?:euros?|eur|dollars?|usd|pounds?|gbp)\b)?"
)
# Capitalised words either side: "Fix 24M Electricity" is a name, the question's first word no.
NAME_BEFORE: Final = re.compile(r"(?<!^)\b[A-Z][\w-]*\s+$")
NAME_AFTER: Final = re.compile(r"\s+[A-Z]")
# "two and a half minutes", "half an hour": a number and its half.
HALF: Final = re.compile(
    r"(?i)\b(?:(?P<n>\d+|" + "|".join(SPELLED) + r") and a half|half (?:a|an)(?= \w))\b"
)
SHORT: Final = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion"}
# A unit said after a number ("50 kg", "1 metre", "2 metres"), longest first.
UNIT_WORD: Final = (
    "|".join(sorted(UNITS, key=len, reverse=True))
    + "|metres|meters|grams|kilos|tonnes|litres|liters|hectares"
)


@lru_cache(maxsize=65536)
def bare_name(name: str) -> str:
    """A column's name without the unit it ends with: weight_kg → weight, capacity_m3 → capacity."""
    parts = name.lower().split("_")
    while len(parts) > 1 and parts[-1] in UNITS:
        parts.pop()
    return "_".join(parts)


def unit_of(name: str) -> str | None:
    """The unit a column's name ends with (length_cm → cm) or is (tonnes), or a long first word."""
    parts = name.lower().split("_")
    if len(parts) > 2 and parts[-1] == "m" and parts[-2] in CURRENCY:
        return "million"  # fee_eur_m: millions of euros, not metres
    if len(parts) > 1 and parts[-1] in UNITS:
        return parts[-1]
    if len(parts) == 1 and len(name) > 3:  # a column called "tonnes" or "hours" is in that unit
        return next((w for w in (parts[0], parts[0].removesuffix("s")) if w in UNITS), None)
    return parts[0] if len(parts) > 1 and len(parts[0]) > 3 and parts[0] in UNITS else None


def hints_column(name: str, hint: str) -> bool:
    """Whether an adjective's hint names a column: its bare name, or its first or last word."""
    bare = bare_name(name)
    return hint in (name.lower(), bare, bare.split("_")[0], bare.rsplit("_", 1)[-1])


def scaled(text: str, tables: list[Table]) -> str:
    """Numbers with a scale as the schema holds them: "40 million" beside fee_eur_m, else 40000000.

    "1.5m" is metres where a column is stored in metres, unless money is said ("€1.5m").
    """
    text = HALF.sub(lambda m: _half(m["n"]), text)
    if not SCALED.search(text):
        return text  # most questions: no scale said, no columns to read
    units = {unit_of(c.name) for t in tables for c in t.columns}
    in_scale = any(u is not None and UNITS[u][0] == "scale" for u in units)

    def spelled(found: re.Match[str]) -> str:
        short = (found["short"] or "").lower()
        if short and _in_name(found):
            return found[0]  # "Green Fix 24M Electricity": a name's word, not an amount
        if short == "m" and not (found["sign"] or found["money"]) and "m" in units:
            return found[0]
        word = SHORT.get(short) or found["word"].lower()
        if in_scale:
            return f"{found['n']} {word}"  # the column of that scale decides, and converts
        value = Decimal(found["n"]) * Decimal(str(UNITS[word][1]))
        return f"{found['sign'] or ''}{int(value)}{found['money'] or ''}"

    return SCALED.sub(spelled, text)


def _in_name(found: re.Match[str]) -> bool:
    """Whether a number with a short scale sits between two capitalised words of a name."""
    before, after = found.string[: found.start()], found.string[found.end() :]
    return bool(NAME_BEFORE.search(before) and NAME_AFTER.match(after))


def _half(said: str | None) -> str:
    whole = 0 if said is None else SPELLED.get(said.lower()) or int(said)
    return f"{whole}.5"


def convert(number: str, said: str, column: str) -> str:
    """A number said in one unit in the column's unit: 1 metre → 100 for length_cm."""
    stored = unit_of(column)
    unit = said.lower() if said.lower() in UNITS else said.lower().removesuffix("s")
    if unit not in UNITS:
        return number  # a bare number is said in the column's own unit ("worth over 40")
    kind, stored_kind = UNITS[unit][0], UNITS[stored][0] if stored else None
    if kind == "scale" or (stored_kind == "scale" and kind in CURRENCY):
        # 20 million: 20 in fee_eur_m, 20000000 in budget_eur; 20000000 euros: 20 in fee_eur_m
        factor = UNITS[stored][1] if stored and stored_kind == "scale" else 1.0
    elif stored is None or kind != stored_kind:
        return number
    else:
        factor = UNITS[stored][1]
    value = Decimal(number) * Decimal(str(UNITS[unit][1])) / Decimal(str(factor))
    return str(value.normalize()) if value != value.to_integral_value() else str(int(value))


def measures(said: str) -> bool:
    """Whether a unit said picks the column (5 km: a distance); a scale (40 million) does not."""
    unit = said.lower() if said.lower() in UNITS else said.lower().removesuffix("s")
    return unit in UNITS and UNITS[unit][0] != "scale"


def unit_column(table: Table, said: str) -> Column | None:
    """The one number of a table stored in the unit said, or one of its kind: 5 km → distance_km."""
    unit = said.lower() if said.lower() in UNITS else said.lower().removesuffix("s")
    if unit not in UNITS:
        return None
    for same in (lambda u: u == unit, lambda u: UNITS[u][0] == UNITS[unit][0]):
        found = [c for c in table.columns if (u := unit_of(c.name)) is not None and same(u)]
        if len(found) == 1:
            return found[0]
    held = [c for c in table.columns if unit in CURRENCY and unit in c.name.lower().split("_")]
    return held[0] if len(held) == 1 else None  # 20000000 euros: fee_eur_m, in millions


def measured_table(compared: list[str], tables: list[Table], said: set[str]) -> Table | None:
    """The one table with a number in the unit a comparison says: "who is taller than 180 cm".

    `compared` are the comparisons' values ("<|175|cm"); a table a word of `said` names
    ("classes" → class_types) wins when several hold that unit.
    """
    units = [value.split("|")[2] for value in compared]
    for unit in (u for u in units if measures(u)):
        kind = UNITS[unit if unit.lower() in UNITS else unit.lower().removesuffix("s")][0]
        held = [t for t in tables if any(_of_kind(c.name, kind) for c in t.columns)]
        named = [t for t in held if set(t.name.lower().split("_")) & said]
        if len(held) == 1 or len(named) == 1:
            return held[0] if len(held) == 1 else named[0]
    return None


def _of_kind(name: str, kind: str) -> bool:
    unit = unit_of(name)
    return unit is not None and UNITS[unit][0] == kind


def same_kind(said: str, column: str) -> bool:
    """Whether a unit said measures what a column's unit does: cm and length_m, min and hours."""
    unit = said.lower() if said.lower() in UNITS else said.lower().removesuffix("s")
    return unit in UNITS and _of_kind(column, UNITS[unit][0])


def per_column(text: str, period: str, tables: list[Table]) -> str | None:
    """ "monthly" for "how much is X per month" when a column holds it so (monthly_fee_eur)."""
    adverb = ADVERBS.get(period.lower())
    parts = {p for t in tables for c in t.columns for p in c.name.lower().split("_")}
    return adverb if adverb in parts and PRICE_ASKED.match(text) else None


def dimension(col: Column) -> str | None:
    """What a number measures by the unit its name gives (tonnes → weight), if it is a number."""
    unit = unit_of(col.name) if is_numeric(col) else None
    return UNITS[unit][0] if unit is not None else None
