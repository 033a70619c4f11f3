"""A number of people compared: the size of the group a table holds, never a weight or a length.

"households of 6 or more people" compares household_size; "parties of 4 people" a party_size;
a column measured in a unit (capacity_kg, size_sqm) holds no people, whatever its name says.
"""

from typing import Final

from pgpilot.llm.sql_names import is_numeric
from pgpilot.llm.sql_stems import meanings
from pgpilot.llm.sql_units import unit_of
from pgpilot.sql.schema import Column, Table

# Words for people counted, and the name parts of a column that counts them.
PEOPLE: Final = frozenset({"people", "persons"})
SIZES: Final = frozenset({"size", "headcount", "people", "persons", "occupants"})


def headcount(word: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """The first column of the tables that counts the people a word says, if it does.

    >>> from pgpilot.sql.schema import Column
    >>> size = Column("household_size", "integer", False)
    >>> load = Column("capacity_kg", "integer", False)
    >>> sites = Table("public", "sites", "table", None, None, [load])
    >>> homes = Table("public", "homes", "table", None, None, [size])
    >>> headcount("people", [sites, homes])[1].name
    'household_size'
    >>> headcount("plots", [sites, homes]) is None
    True
    """
    if word.lower() not in PEOPLE:
        return None
    parts = SIZES | set(meanings("people"))
    for table in tables:
        for column in table.columns:
            named = set(column.name.lower().split("_"))
            if is_numeric(column) and named & parts and unit_of(column.name) is None:
                return table, column
    return None
