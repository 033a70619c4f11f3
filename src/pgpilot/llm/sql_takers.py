"""Who took part in a named row: the people a table of the verb's deed links to it.

"who performed at the Spring Showcase 2025" → the students of its recital_performances (not the
recital's organiser); "who raced in the Autumn Cup" → the sailors of its regatta_races. The deed's
table is the one whose name the verb names (performed → performances), with a key to the named
row's table and one plain key to a table of people (student_id → students, not accompanist_id).
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_joins import column, ident
from pgpilot.llm.sql_named_rows import named_row
from pgpilot.llm.sql_roles import person
from pgpilot.llm.sql_stems import names_word
from pgpilot.sql.schema import ForeignKey, Table
from pgpilot.sql.values import Values

TOOK_PART: Final = re.compile(
    r"(?i)^who (?:has |have |had )?(?P<verb>[a-z]+ed) (?:(?:at|in|on|for|with) )?(?P<row>.+)$"
)


def takers(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of the people the deed the verb names links to the named row, or None.

    >>> TOOK_PART.match("who performed at the Spring Showcase 2025")["verb"]
    'performed'
    """
    found = TOOK_PART.match(text)
    if found is None or values is None:
        return None
    row = named_row(found["row"], tables, values)
    if row is None:
        return None
    named, said = row
    by_name = {t.qualified: t for t in tables}
    deeds = [
        (deed, to_row, to_people, by_name[to_people.references])
        for deed in tables
        if deed is not named and names_word(deed.name, found["verb"].lower(), synonyms=False)
        for to_row in deed.foreign_keys
        if to_row.references == named.qualified
        for to_people in deed.foreign_keys
        if to_people.references in by_name
        and to_people.references != named.qualified
        and person(by_name[to_people.references])
        and to_people.columns == to_people.referenced_columns  # plain: not accompanist_id
    ]
    if len(deeds) != 1:
        return None
    deed, to_row, to_people, people = deeds[0]
    where = pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(named, name), pgsql.Literal(value))
        for name, value in said
    )
    return (
        pgsql.SQL("SELECT {}.* FROM {} WHERE ({}) IN (SELECT {} FROM {} JOIN {} ON {} WHERE {})")
        .format(
            ident(people),
            ident(people),
            _columns(people, to_people.referenced_columns),
            _columns(deed, to_people.columns),
            ident(deed),
            ident(named),
            _joined(deed, to_row, named),
            where,
        )
        .as_string()
    )


def _columns(table: Table, names: list[str]) -> pgsql.Composable:
    """The table's columns, comma-separated."""
    return pgsql.SQL(", ").join(column(table, name) for name in names)


def _joined(deed: Table, key: ForeignKey, named: Table) -> pgsql.Composable:
    """The join of the deed's key to the named row's table."""
    return pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(deed, c), column(named, r))
        for c, r in zip(key.columns, key.referenced_columns, strict=True)
    )
