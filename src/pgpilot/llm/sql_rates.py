"""Money said per unit: "13 pounds an hour" is money, "£25 a box" the column priced per box.

Pounds before "a"/"an"/"per" and a noun are a price, never a weight, even where no column is
in GBP: the number is kept alone, for the rate to be read after it ("13 an hour": hourly_rate).
A number "a box" where a numeric column is named per box (price_per_box) is that column's:
the noun is no count of the boxes' rows.
"""

import re
from typing import Final

from pgpilot.llm.sql_names import is_numeric, variants
from pgpilot.sql.schema import Table

# "13 pounds an hour", "3 quid per issue": pounds said of a rate.
POUNDS_PER: Final = re.compile(
    r"(?i)\b(\d+(?:\.\d+)?)\s*(?:pounds? sterling|pounds?|quid) (?=(?:a|an|per) [a-z])"
)
# "25 a box", "4 gbp per issue": a number, perhaps its currency, then the unit it is per.
PER_NOUN: Final = re.compile(
    r"(?i)(?<=\d)(?P<code> (?:eur|usd|gbp))? (?:a|an|per) (?P<noun>[a-z]+)\b"
)


def per_unit(text: str, tables: list[Table]) -> str:
    """The question with money said per unit put as the columns hold it.

    >>> per_unit("drivers earning more than 13 pounds an hour", [])
    'drivers earning more than 13 an hour'
    >>> per_unit("subscriptions costing at least 25 a box", [])
    'subscriptions costing at least 25 a box'
    """
    text = POUNDS_PER.sub(r"\1 ", text)
    return PER_NOUN.sub(lambda m: _per_column(m, tables), text)


def _per_column(found: re.Match[str], tables: list[Table]) -> str:
    """ "25 a box" → "25 price_per_box" when one numeric column is named per box."""
    said = variants(found["noun"].lower())
    named = {
        column.name
        for table in tables
        for column in table.columns
        if is_numeric(column)
        and (parts := column.name.lower().split("_"))[:-1].count("per") == 1
        and parts[parts.index("per") + 1] in said
    }
    if len(named) != 1:
        return found[0]
    return f"{found['code'] or ''} {named.pop()}"
