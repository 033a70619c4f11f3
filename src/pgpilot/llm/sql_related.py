"""Rows of one table linked to a row the question names: "comments on ticket INC-10044".

The head noun names the rows asked for, by its table's name or a word of it ("comments" →
ticket_comments, "jobs" → job_openings, "works" → artworks); the words at the end name one
row of another table by a value in the data ("ticket INC-10044", "Tom Whitfield", "the Long
Gallery"); the words between ("handled by", "hanging in", "on") place nothing in the schema,
so they only say how the two are linked, and the foreign keys say the rest:
"jobs handled by Tom Whitfield" → job_openings JOIN recruiters WHERE full_name = 'Tom Whitfield'.
A head word that is a column of the named row ("the email of X") is that row's own, not this.
"""

import re
from collections.abc import Iterator
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_attribute import Row, named_row
from pgpilot.llm.sql_columns import label_columns
from pgpilot.llm.sql_joins import Step, column, from_clause, ident, path
from pgpilot.llm.sql_names import NotUnderstood, variants
from pgpilot.llm.sql_words import place, words
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

LEAD: Final = re.compile(
    r"(?i)^(?:(?:list|show|find|get|give)(?: me)? |(?:which|what) )?(?:all )?"
    r"(?:(?:the|our|any) )?(?P<head>[a-z]+) (?P<rest>.+)$"
)
# Words between the rows and the named row that compare or count: not a link, a condition.
CONDITIONS: Final = frozenset(
    {"than", "over", "under", "before", "after", "since", "between", "least", "most", "more"}
)
REACH: Final = 3  # joins at most: a link table and one more


def related(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of the head noun's rows linked to the named row, or None when not of this shape."""
    found = LEAD.match(text)
    if values is None or found is None:
        return None
    for between, row in named_last(found["rest"], tables, values):
        if (sql := _linked(found["head"].lower(), between, row, tables, values)) is not None:
            return sql  # else a longer name: "ticket INC-10044", not "INC-10044"
    return None


def named_last(rest: str, tables: list[Table], values: Values) -> Iterator[tuple[list[str], Row]]:
    """Each row the end of the words names by its label, the shortest name first ("Tom
    Whitfield"), with the words before it; none past a word that compares or counts."""
    said = rest.split()
    for start in range(len(said) - 1, -1, -1):
        between = words(" ".join(said[:start]))
        if CONDITIONS & set(between) or any(w.isdigit() for w in between):
            return
        row = named_row(" ".join(said[start:]), tables, values)
        if row is not None and _labelled(row):
            yield between, row


def linked(asked: Table, steps: list[Step], row: Row) -> str:
    """SELECT of the asked table's rows joined along the steps to the named row."""
    named, said = row
    where = pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(named, name), pgsql.Literal(value))
        for name, value in said
    )
    distinct = pgsql.SQL("DISTINCT " if any(s.fans_out for s in steps) else "")
    return (
        pgsql.SQL("SELECT {}{}.*{} WHERE {}")
        .format(distinct, ident(asked), from_clause(asked, steps), where)
        .as_string()
    )


def _linked(
    head: str, between: list[str], row: Row, tables: list[Table], values: Values
) -> str | None:
    """The rows of the table the head names, joined to the named row, if the words fit."""
    named = row[0]
    if _named_by(head, named) is not None or any(_named_by(head, c) == 0 for c in named.columns):
        return None  # the named row's own table or column
    placed = place(" ".join(between), tables, values)
    if placed.values or placed.columns or placed.tables or placed.equals:
        return None
    # "tracks": tracks, not playlist_tracks; "works": artworks, nearer than exhibition_artworks
    reached = sorted(
        (
            ((tier, len(steps)), t, steps)
            for t in tables
            if t is not named
            and (tier := _named_by(head, t)) is not None
            and (steps := _path(t, named, tables, frozenset(between)))
        ),
        key=lambda found: found[0],
    )
    if not reached or (len(reached) > 1 and reached[0][0] == reached[1][0]):
        return None
    _, asked, steps = reached[0]
    return linked(asked, steps, row)


def _labelled(row: Row) -> bool:
    """Whether the row is named by its label (a name, a title, a code), not by a kind of rows."""
    labels = {c.name for c in label_columns(row[0])}
    return row[1][0][0] in labels


def _path(start: Table, goal: Table, tables: list[Table], said: frozenset[str]) -> list[Step]:
    """The foreign-key path between two tables (of two keys, the one said: "sent" → sender_id),
    or none when it is longer than REACH."""
    try:
        steps = path(start, goal, tables, said)
    except NotUnderstood:
        return []
    return steps if len(steps) <= REACH else []


def _named_by(head: str, table: Table | Column) -> int | None:
    """How plainly a noun names the table (or column): 0 its name, 1 a word of it ("comments":
    ticket_comments), 2 the end of it ("works": artworks); None when it does not."""
    name = table.name.lower()
    if head in variants(name):
        return 0
    if any(head in variants(part) for part in name.split("_")):
        return 1
    return 2 if len(head) > 3 and any(v.endswith(head) for v in variants(name)) else None
