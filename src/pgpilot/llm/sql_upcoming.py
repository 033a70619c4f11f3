"""The next row by its date: "which event is coming up next", "what's the next concert".

The table the noun names, its date a row begins on (starts_on, scheduled_at, or its one date),
from today on, the soonest first: a row already past is not "next", whatever its date. "the
next concert at Harbour Hall": of those whose key points to the row named.
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_joins import column, ident
from pgpilot.llm.sql_named_rows import named_row
from pgpilot.llm.sql_names import is_temporal, variants
from pgpilot.llm.sql_words import words
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

NEXT: Final = re.compile(
    r"(?i)^(?:which|what) (?P<noun>[a-z][\w ]*?) (?:is|are|comes) "
    r"(?:coming up |happening |due |on )?next$"
    r"|^(?:(?:what|which|when) is |what's |when's |show(?: me)? |tell me )?(?:the |our )?"
    r"(?P<which>next|upcoming|soonest) (?P<noun2>[a-z][\w ]*?)(?: coming up| on)?$"
)
AT: Final = re.compile(r"(?i)^(?P<noun>[a-z]+(?: [a-z]+)?) (?:at|in|with|for|by) (?P<row>.+)$")
# Name parts of the date a row begins on, before any other of its dates.
BEGINS: Final = ("start", "starts", "begin", "begins", "scheduled", "held", "date", "departs")
# Name parts of a date that is no beginning: ends_on, closed_at.
ENDS: Final = ("end", "ends", "until", "closed", "closes", "cancelled", "updated", "created")


def upcoming(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of the soonest row from today on, or None when the question is not of this shape."""
    found = NEXT.match(text)
    if found is None:
        return None
    noun, at = found["noun"] or found["noun2"], None
    if (part := AT.match(noun)) and values is not None:  # "the next concert at Harbour Hall"
        noun, at = part["noun"], named_row(part["row"], tables, values)
        if at is None:
            return None
    said = words(noun)
    named = [t for t in tables if said and said[-1] in variants(t.name.lower())]
    if len(named) != 1:
        return None
    table = named[0]
    col = begins(table)
    if col is None:
        return None
    today = pgsql.SQL("now()" if col.type.lower().startswith("timestamp") else "current_date")
    where = pgsql.SQL("{} >= {}").format(column(table, col.name), today)
    joined: pgsql.Composable = pgsql.SQL("")
    if at is not None:
        keys = [fk for fk in table.foreign_keys if fk.references == at[0].qualified]
        if len(keys) != 1:
            return None
        joined = pgsql.SQL(" JOIN {} ON {}").format(
            ident(at[0]),
            pgsql.SQL(" AND ").join(
                pgsql.SQL("{} = {}").format(column(at[0], r), column(table, c))
                for c, r in zip(keys[0].columns, keys[0].referenced_columns, strict=True)
            ),
        )
        for name, value in at[1]:
            where += pgsql.SQL(" AND {} = {}").format(column(at[0], name), pgsql.Literal(value))
    order = pgsql.SQL(", ").join(column(table, c) for c in (col.name, *table.primary_key))
    # "upcoming events": every row to come; "the next event", "the upcoming event": the soonest.
    plural = said[-1].endswith("s") and not said[-1].endswith("ss")
    every = plural and (found["which"] or "").lower() == "upcoming"
    return (
        pgsql.SQL("SELECT {}.* FROM {}{} WHERE {} ORDER BY {}{}")
        .format(
            ident(table),
            ident(table),
            joined,
            where,
            order,
            pgsql.SQL("" if every else " LIMIT 1"),
        )
        .as_string()
    )


def begins(table: Table) -> Column | None:
    """The date a row begins on: one named so, else its one date that is no end ("when is X")."""
    dated = [c for c in table.columns if is_temporal(c)]
    begins = [c for c in dated if set(c.name.lower().split("_")) & set(BEGINS)]
    plain = [c for c in dated if not set(c.name.lower().split("_")) & set(ENDS)]
    chosen = begins or plain
    return chosen[0] if len(chosen) == 1 else None
