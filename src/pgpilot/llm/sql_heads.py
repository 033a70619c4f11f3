"""Who leads a named row: "who runs Clerkenwell Yard" → its manager_name, "who heads X" → head_vet.

A verb of leading (runs, manages, heads, leads, directs, oversees, supervises, chairs) asks for
the named row's one column of text whose name says a leader (manager, head, lead, director…).
A key to a table of people is `sql_who`'s (the rows it points to) and is tried before this.
"""

import re
from typing import Final

from pgpilot.llm.sql_attribute import selected
from pgpilot.llm.sql_named_rows import named_row
from pgpilot.llm.sql_names import is_numeric, is_temporal
from pgpilot.llm.sql_traits import agent_column
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values

LEADS: Final = re.compile(
    r"(?i)^who (?:is |'s )?(?:runs|running|manages|managing|heads|heading|leads|leading|directs"
    r"|directing|oversees|overseeing|supervises|supervising|chairs|chairing|is in charge of) "
    r"(?P<row>.+)$"
)
# Name parts of a column that holds who leads its row: manager_name, head_vet, lead_tutor.
LEADERS: Final = frozenset(
    {"manager", "head", "lead", "leader", "director", "supervisor", "chair", "boss", "chief"}
)


def leader(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of the named row's leader column, or None when the question is not of this shape.

    >>> LEADS.match("who runs Clerkenwell Yard")["row"]
    'Clerkenwell Yard'
    """
    found = LEADS.match(text)
    if found is None or values is None:
        return None
    row = named_row(found["row"], tables, values)
    if row is None:
        return None
    table = row[0]
    keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
    led = [
        c
        for c in table.columns
        if c.name not in keys
        and not is_numeric(c)
        and not is_temporal(c)
        and set(c.name.lower().split("_")) & LEADERS
    ]
    if len(led) == 1:
        return selected(row, led)
    agent = agent_column(table, {name for name, _ in row[1]})
    return None if agent is None else selected(row, [agent])  # "who runs X": its farmer_name
