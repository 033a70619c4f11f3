"""Units in column names: weight_kg is "weight", in kilograms; a value said in metres converts."""

from decimal import Decimal
from functools import lru_cache
from typing import Final

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
    "m3": ("volume", 1.0),
    "l": ("volume", 0.001),
    "usd": ("usd", 1.0),
    "eur": ("eur", 1.0),
    "gbp": ("gbp", 1.0),
    "min": ("time", 60.0),
    "minutes": ("time", 60.0),
    "sec": ("time", 1.0),
    "seconds": ("time", 1.0),
    "hours": ("time", 3600.0),
    "pct": ("percent", 1.0),
    "percent": ("percent", 1.0),
}
# A unit said after a number ("50 kg", "1 metre", "2 metres"), longest first.
UNIT_WORD: Final = "|".join(sorted(UNITS, key=len, reverse=True)) + "|metres|meters|grams|kilos"


@lru_cache(maxsize=65536)
def bare_name(name: str) -> str:
    """A column's name without the unit it ends with: weight_kg → weight, capacity_m3 → capacity."""
    parts = name.lower().split("_")
    while len(parts) > 1 and parts[-1] in UNITS:
        parts.pop()
    return "_".join(parts)


def unit_of(name: str) -> str | None:
    """The unit a column's name ends with (length_cm → cm), or a long one it starts with."""
    parts = name.lower().split("_")
    if len(parts) > 1 and parts[-1] in UNITS:
        return parts[-1]
    return parts[0] if len(parts) > 1 and len(parts[0]) > 3 and parts[0] in UNITS else None


def hints_column(name: str, hint: str) -> bool:
    """Whether an adjective's hint names a column: its bare name, or its first or last word."""
    bare = bare_name(name)
    return hint in (name.lower(), bare, bare.split("_")[0], bare.rsplit("_", 1)[-1])


def convert(number: str, said: str, column: str) -> str:
    """A number said in one unit in the column's unit: 1 metre → 100 for length_cm."""
    stored = unit_of(column)
    unit = said.lower() if said.lower() in UNITS else said.lower().removesuffix("s")
    if stored is None or unit not in UNITS or UNITS[unit][0] != UNITS[stored][0]:
        return number
    value = Decimal(number) * Decimal(str(UNITS[unit][1])) / Decimal(str(UNITS[stored][1]))
    return str(value.normalize()) if value != value.to_integral_value() else str(int(value))


def unit_column(table: Table, said: str) -> Column | None:
    """The one number of a table stored in the unit said, or one of its kind: 5 km → distance_km."""
    unit = said.lower() if said.lower() in UNITS else said.lower().removesuffix("s")
    if unit not in UNITS:
        return None
    for same in (lambda u: u == unit, lambda u: UNITS[u][0] == UNITS[unit][0]):
        found = [c for c in table.columns if (u := unit_of(c.name)) is not None and same(u)]
        if len(found) == 1:
            return found[0]
    return None
