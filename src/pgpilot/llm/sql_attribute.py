"""A column's value of one named row: "how many floors does Maas Tower have", "how big is X".

A row named by a value found in the data ("Maas Tower", "the Marketing department") and a
column the other words name: a noun counted ("how many floors" → floor_count, when no table
holds floors), an adjective measured ("how big" → size, "how old" → a birth or build date), or
the column asked for ("X's email", "which city is X based in"). Only the columns asked are
shown: the row's own name is what the question said. ("The salary of X" is left to the plain
planner, which shows the row's name beside it.)
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_columns import numeric_column
from pgpilot.llm.sql_degrees import aged
from pgpilot.llm.sql_joins import column, ident
from pgpilot.llm.sql_names import ADJECTIVES, is_numeric, variants
from pgpilot.llm.sql_stems import names_word
from pgpilot.llm.sql_units import hints_column
from pgpilot.llm.sql_words import words
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

HAS: Final = re.compile(
    r"(?i)^how (?:many|much) (?P<noun>\w+) (?:does|do|did) (?P<row>.+?) "
    r"(?:have|has|hold|contain|seat|offer)(?: in total)?$"
)
HOW: Final = re.compile(r"(?i)^how (?P<adj>\w+) (?:is|are|was|were) (?P<row>.+)$")
OWN: Final = re.compile(
    r"(?i)^(?:what is|what's|what are|what was|show(?: me)?|give me|tell me)? ?(?:the )?"
    r"(?P<row>.+?)['\u2019]s (?P<cols>[\w ]+)$"
)
# "which city is the Legal department based in", "which country is Amara Okafor from".
WHICH: Final = re.compile(
    r"(?i)^(?:which|what) (?P<cols>\w+) (?:is|are|was|were) (?P<row>.+?)"
    r"(?: (?:based|located|situated|registered))? (?:in|from|at)$"
)
# What "how big" measures first: the room a thing takes, before what it is worth.
PHYSICAL: Final = ("size", "area", "surface", "capacity", "volume", "height", "length")

Row = tuple[Table, str, str]  # the table, the column the value is in, the value


def attribute(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of a named row's column, or None when the question is not of that shape."""
    if values is None:
        return None
    if found := HAS.match(text):
        row = named_row(found["row"], tables, values)
        noun = found["noun"].lower()
        if row is None or any(variants(t.name.lower()) & variants(noun) for t in tables):
            return None  # "how many units does X have": rows of a table, counted
        measured = numeric_column(noun, [row[0]])
        return None if measured is None else _select(row, [measured[1]])
    if found := HOW.match(text):
        row = named_row(found["row"], tables, values)
        measured_by = None if row is None else _measured(found["adj"].lower(), row[0])
        return None if row is None or measured_by is None else _select(row, [measured_by])
    for pattern in (OWN, WHICH):
        if (found := pattern.match(text)) is not None:
            row = named_row(found["row"], tables, values)
            asked = None if row is None else _asked(found["cols"], row[0])
            if row is not None and asked:
                return _select(row, asked)
    return None


def named_row(phrase: str, tables: list[Table], values: Values) -> Row | None:
    """The row a phrase names by a value, with or without its table's word ("X department")."""
    said = words(phrase)
    by_name = {t.qualified: t for t in tables}
    tries: list[tuple[list[str], str | None]] = [(said, None)]
    if said[:1] == ["the"]:  # "the Marketing department", or a title: "The Paper Atlas"
        said = said[1:]
        tries.append((said, None))
    if len(said) > 1:
        tries += [(said[:-1], said[-1]), (said[1:], said[0])]
    for kept, noun in tries:
        for hit in values.find(" ".join(kept), fuzzy=len(kept) > 1):
            table = by_name.get(hit.table)
            if table is not None and (noun is None or noun in variants(table.name.lower())):
                return table, hit.column, hit.value
    return None


def _measured(adjective: str, table: Table) -> Column | None:
    """The column an adjective of degree measures: big → size, old → a birth date."""
    if adjective not in ADJECTIVES:
        return None
    hints, descending = ADJECTIVES[adjective]
    if not hints:
        found = aged(table, adjective, descending)
        return None if found is None else found[0]
    ordered = [h for h in PHYSICAL if h in hints] + [h for h in hints if h not in PHYSICAL]
    for hint in ordered:
        for col in table.columns:
            if hints_column(col.name, hint) and is_numeric(col):
                return col
    return None


def _asked(phrase: str, table: Table) -> list[Column]:
    """The columns a phrase names ("email", "replacement cost", "city and country"), or none."""
    found: list[Column] = []
    for part in re.split(r",| and ", phrase):
        said = [w for w in words(part) if w not in ("the", "a", "an")]
        if not said:
            return []
        wanted = variants("_".join(said))
        match = [c for c in table.columns if c.name.lower() in wanted] or [
            c for c in table.columns if all(names_word(c.name, w, synonyms=False) for w in said)
        ]
        if not match:
            return []
        found.append(match[0])
    return found


def _select(row: Row, columns: list[Column]) -> str:
    table, name, value = row
    shown = pgsql.SQL(", ").join(column(table, c.name) for c in columns)
    query = pgsql.SQL("SELECT {} FROM {} WHERE {} = {}").format(
        shown, ident(table), column(table, name), pgsql.Literal(value)
    )
    return query.as_string()
