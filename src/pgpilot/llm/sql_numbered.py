"""A row named by its table's noun and its number: "repair order 44", "invoice #1031".

Rows without a name are said by their key: "the parts used on repair order 44" names the
repair_orders row whose one integer primary key is 44. The noun must name the table (its
name, spaces for underscores, singular or plural), so "order 44" is not repair order 44.
"""

import re
from typing import Final

from pgpilot.llm.sql_names import variants
from pgpilot.sql.schema import Table

NUMBERED: Final = re.compile(
    r"(?i)^(?:the )?(?P<noun>[a-z][a-z ]*?) (?:no\.? |number |#)?(?P<key>\d+)$"
)
INTEGERS: Final = ("integer", "bigint", "smallint", "int", "int4", "int8", "serial", "bigserial")


def numbered(phrase: str, tables: list[Table]) -> tuple[Table, tuple[tuple[str, str], ...]] | None:
    """The table and its key's value a phrase names ("repair order 44"), or None."""
    found = NUMBERED.match(phrase.strip())
    if found is None:
        return None
    noun = "_".join(found["noun"].lower().split())
    named = [t for t in tables if noun in variants(t.name.lower()) and _counted(t)]
    return (named[0], ((named[0].primary_key[0], found["key"]),)) if len(named) == 1 else None


def _counted(table: Table) -> bool:
    """Whether the table's primary key is one integer column."""
    if len(table.primary_key) != 1:
        return False
    key = next((c for c in table.columns if c.name == table.primary_key[0]), None)
    return key is not None and key.type.lower() in INTEGERS
