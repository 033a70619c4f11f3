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

from pgpilot.llm.sql_columns import label_columns
from pgpilot.llm.sql_joins import Step, column, from_clause, ident, key_words, link_table, path
from pgpilot.llm.sql_named_rows import Row, named_row
from pgpilot.llm.sql_names import NotUnderstood, variants
from pgpilot.llm.sql_roles import names_role
from pgpilot.llm.sql_stems import verb_names
from pgpilot.llm.sql_words import place, words
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

LEAD: Final = re.compile(
    r"(?i)^(?:(?:list|show|find|get|give)(?: me)? |(?:which|what) )?(?:all )?"
    r"(?:(?:the|our|any) )?(?P<head>[a-z]+) (?P<rest>.+)$"
)
# "Maya Fischer's favourite stations": the rows are the head's, through the link table named.
OWNED: Final = re.compile(
    r"(?i)^(?:(?:what|which|who) (?:are|is) |(?:list|show|find|get|give)(?: me)? )?(?:the )?"
    r"(?P<row>[^'\u2019]+)['\u2019]s? (?P<head>[a-z]+(?: [a-z]+)?)$"
)
# "which sponsors does Night Shift Stories have", "which licences does Finance pay for": the
# verb after the named row.
ASKED: Final = re.compile(
    r"(?i)^(?:does|do|did|has|have|had|is|are|was|were) (?P<row>.+?) "
    r"(?P<verb>[a-z]+(?: (?:for|on|in|at|to|with|from|about|by|after))?)$"
)
# Words between the rows and the named row that compare or count: not a link, a condition.
CONDITIONS: Final = frozenset(
    {"than", "over", "under", "before", "after", "since", "between", "least", "most", "more"}
)
REACH: Final = 3  # joins at most: a link table and one more


def related(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of the head noun's rows linked to the named row, or None when not of this shape."""
    if values is not None and (owned := OWNED.match(text)) is not None:
        return _owned(owned["row"], owned["head"].lower().split(), tables, values)
    found = LEAD.match(text)
    if values is None or found is None:
        return None
    rest = found["rest"]
    if asked := ASKED.match(rest):  # "does X have": the verb before the row, "have X"
        rest = f"{asked['verb']} {asked['row']}"
    for between, row in named_last(rest, tables, values):
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


def linked(asked: Table, steps: list[Step], row: Row, shown: Column | None = None) -> str:
    """SELECT of the asked table's rows (or their one column) joined along the steps to the
    named row."""
    named, said = row
    where = pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(named, name), pgsql.Literal(value))
        for name, value in said
    )
    repeats = shown is not None or any(s.fans_out for s in steps)  # a name said once
    distinct = pgsql.SQL("DISTINCT " if repeats else "")
    what = pgsql.SQL("{}.*").format(ident(asked)) if shown is None else column(asked, shown.name)
    return (
        pgsql.SQL("SELECT {}{}{} WHERE {}")
        .format(distinct, what, from_clause(asked, steps), where)
        .as_string()
    )


def _linked(
    head: str, between: list[str], row: Row, tables: list[Table], values: Values
) -> str | None:
    """The rows of the table the head names, joined to the named row, if the words fit."""
    named = row[0]
    if _named_by(head, named) is not None or any(_named_by(head, c) == 0 for c in named.columns):
        return None  # the named row's own table or column
    # "members who have booked a Spin Express class": the verb names the act joined through
    acts = [t for t in tables if t is not named and any(verb_names(t.name, w) for w in between)]
    said = [w for w in between if not any(verb_names(t.name, w) for t in acts)]
    placed = place(" ".join(said), tables, values)
    if placed.values or placed.columns or placed.tables or placed.equals or len(acts) > 1:
        return None
    # "tracks": tracks, not playlist_tracks; "works": artworks, nearer than exhibition_artworks
    reached = sorted(
        (
            ((tier, len(steps)), t, steps)
            for t in tables
            if t is not named
            and (tier := _named_by(head, t)) is not None
            and (steps := _through(t, acts, named, tables, frozenset(between)))
        ),
        key=lambda found: found[0],
    )
    if not reached:
        return _named_column(head, between, row, tables)
    if len(reached) > 1 and reached[0][0] == reached[1][0]:
        return None
    _, asked, steps = reached[0]
    return linked(asked, steps, row) if _unguessed(steps, frozenset(between)) else None


def _unguessed(steps: list[Step], said: frozenset[str]) -> bool:
    """Whether every key of a role on the path (conductor_id, not musician_id) is one the words
    name: "musicians who played at X" are not its conductors."""
    for step in steps:
        own, other = (
            (step.target_columns, step.source_columns)
            if step.fans_out
            else (step.source_columns, step.target_columns)
        )
        parent = step.source if step.fans_out else step.target
        if own != other and not names_role(own, said, key_words(parent)):
            return False
    return True


def _through(
    start: Table, acts: list[Table], goal: Table, tables: list[Table], said: frozenset[str]
) -> list[Step]:
    """The path from start to goal through the act the verb names, if any, within REACH."""
    if not acts or acts[0] is start:
        return _path(start, goal, tables, said)
    there, back = _path(start, acts[0], tables, said), _path(acts[0], goal, tables, said)
    steps = [*there, *back] if there and back else []
    seen = [start, *(s.target for s in steps)]
    if len(steps) > REACH or len({t.qualified for t in seen}) != len(seen):
        return []
    return steps


def _named_column(head: str, between: list[str], row: Row, tables: list[Table]) -> str | None:
    """ "which sponsors does X have": the sponsor_name of the rows linked to X, when no table
    holds sponsors."""
    names = {f"{v}_name" for v in variants(head)}
    found = [
        (t, c, steps)
        for t in tables
        if t is not row[0]
        for c in t.columns
        if c.name.lower() in names and (steps := _path(t, row[0], tables, frozenset(between)))
    ]
    return linked(found[0][0], found[0][2], row, found[0][1]) if len(found) == 1 else None


def _owned(phrase: str, head: list[str], tables: list[Table], values: Values) -> str | None:
    """The head's rows of the named row, through the link table the whole head names."""
    row = named_row(phrase, tables, values)
    if row is None or not _labelled(row):
        return None
    if len(head) == 1:
        return _linked(head[0], [], row, tables, values)
    via = [t for t in tables if "_".join(head) in variants(t.name.lower()) and link_table(t)]
    asked = [t for t in tables if _named_by(head[-1], t) == 0]
    if len(via) != 1 or len(asked) != 1:
        return None
    there, back = (
        _path(asked[0], via[0], tables, frozenset()),
        _path(via[0], row[0], tables, frozenset()),
    )
    return linked(asked[0], [*there, *back], row) if len(there) == 1 and len(back) == 1 else None


def _labelled(row: Row) -> bool:
    """Whether the row is named by its label (a name, a code) or key, not by a kind of rows."""
    labels = {c.name for c in label_columns(row[0])} | set(row[0].primary_key)
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
