"""What is left of a named row: "how many bottles of Old Barn Pinot Noir do we have left".

"left", "in stock", "remaining", "on hand" ask for the row's own stock, not a count of the rows
that took from it (its order lines): the one number of the named row whose name says stock or
quantity (stock_bottles, qty_on_hand, units_in_stock), or, of several, the one the counted noun
names ("bottles" → stock_bottles). "how many are left" has no such noun. "how much stock of X
is left" keeps the row's name beside its stock, as the question sets held before this rule.
"""

import re
from typing import Final

from pgpilot.llm.sql_attribute import selected
from pgpilot.llm.sql_named_rows import named_row
from pgpilot.llm.sql_names import is_numeric
from pgpilot.llm.sql_stems import names_word
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

LEFT: Final = re.compile(
    r"(?i)^how many (?:(?P<noun>[a-z]+) (?:of )?)?(?P<row>.+?) "
    r"(?:(?:do|does|did) (?:we|you|they|i) (?:still )?(?:have|hold|keep)|(?:is|are)(?: there)?"
    r"(?: still)?)(?: left| remaining| in stock| available| on hand| in the warehouse)+$"
)
# Name parts of a count of what is held.
STOCK: Final = ("stock", "quantity", "qty", "remaining", "left", "available", "hand", "inventory")


def left(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of the named row's stock, or None when the question is not of this shape."""
    found = LEFT.match(text)
    if values is None or found is None:
        return None
    said = [(found["row"], found["noun"])]
    if found["noun"]:  # "how many Pinot Noir are left": no noun counted
        said.append((f"{found['noun']} {found['row']}", None))
    # "how many timing belt kits are left": the row is 'Timing belt kit'
    said += [(p.removesuffix(end), n) for p, n in said for end in ("es", "s")]
    row, noun = next(
        ((r, n) for p, n in said if (r := named_row(p, tables, values)) is not None), (None, None)
    )
    col = None if row is None else _stock(row[0], noun)
    return None if row is None or col is None else selected(row, [col])


def _stock(table: Table, noun: str | None) -> Column | None:
    held = [
        c for c in table.columns if is_numeric(c) and set(c.name.lower().split("_")) & set(STOCK)
    ]
    if len(held) > 1 and noun:
        held = [c for c in held if names_word(c.name, noun.lower())]
    return held[0] if len(held) == 1 else None
