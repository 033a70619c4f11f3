"""The column a verb names of one named row: "who curated X" → curator, "when did we buy X".

"who manages the Leeds branch" asks for the doer of the verb: a column of the named row whose
name is that doer (manage → manager_name, curate → curator, coach → head_coach), shown alone.
A key column is not it ("who manages Ada" follows the key to the manager's row, elsewhere).
"when did we acquire X" asks for the date the verb names, as "when was X acquired" does.
"who works at the Leeds branch" asks for people: the rows of the one nearest table of people
(a full name, or a first and last name) linked to the named row's by foreign keys.
"""

import re
from typing import Final

from pgpilot.llm.sql_attribute import dated_column, selected
from pgpilot.llm.sql_joins import Step, path, rows_reached
from pgpilot.llm.sql_named_rows import Row, named_row
from pgpilot.llm.sql_names import NotUnderstood, is_numeric, is_temporal
from pgpilot.llm.sql_stems import doer, stem
from pgpilot.llm.sql_takers import takers
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

# "who curated X", and as an act under way: "who is leading X".
WHO: Final = re.compile(
    r"(?i)^who (?:(?:is|are|was|were) (?=\w+ing\b))?(?P<verb>[a-z]+(?:s|ed|ing))(?: over| for)? "
    r"(?P<row>.+)$"
)
WHO_AT: Final = re.compile(
    r"(?i)^who(?:'s| is| are| was| were)?(?: (?!(?:not|never|no)\b)(?P<verb>[a-z]+))? "
    r"(?:at|for|in|on|with) (?P<row>.+)$"
)
# Two joins reach a person from a thing through a link table (employees → assignments →
# projects); further off, the link is seldom what "who" means.
REACH: Final = 2
WHEN_DID: Final = re.compile(
    r"(?i)^when (?:did|do|does) (?:we|you|they|i|the \w+) (?:first )?(?P<verb>[a-z]+) "
    r"(?P<row>.+)$"
)


def deed(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of the named row's column a verb names, or None when not of this shape."""
    if values is None:
        return None
    if (taken := takers(text, tables, values)) is not None:
        return taken  # "who performed at X": the people of its performances, not its organiser
    if (found := WHO_AT.match(text)) and (row := named_row(found["row"], tables, values)):
        return _people(row, tables)
    if found := WHO.match(text):
        row = named_row(found["row"], tables, values)
        col = None if row is None else _doer(row[0], found["verb"].lower())
        return None if row is None or col is None else selected(row, [col])
    if found := WHEN_DID.match(text):
        row = named_row(found["row"], tables, values)
        col = None if row is None else dated_column(row[0], found["verb"].lower())
        return None if row is None or col is None else selected(row, [col])
    return None


def _people(row: Row, tables: list[Table]) -> str | None:
    """The rows of the nearest table of people linked to the named row, or None if none is."""
    named, said = row
    near: list[tuple[int, Table, list[Step]]] = []
    for table in tables:
        names = {c.name.lower() for c in table.columns}
        if table is named or not ("full_name" in names or {"first_name", "last_name"} <= names):
            continue
        try:
            steps = path(table, named, tables)
        except NotUnderstood:
            continue
        if len(steps) <= REACH:
            near.append((len(steps), table, steps))
    near.sort(key=lambda found: found[0])
    if not near or (len(near) > 1 and near[0][0] == near[1][0]):
        return None  # no people, or two kinds as near: which the question means is unknown
    _, people, steps = near[0]
    return rows_reached(people, steps, named, said)


def _doer(table: Table, verb: str) -> Column | None:
    """The text column naming who does the verb: curated → curator_name; never a key."""
    root, base = doer(verb), stem(verb)
    named = {base + "er", base + "or", base + "r"}  # "owner": too short for `doer` to cut
    keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
    return next(
        (
            c
            for c in table.columns
            if c.name not in keys
            and not (is_numeric(c) or is_temporal(c))
            and any(doer(part) == root or part in named for part in c.name.lower().split("_"))
        ),
        None,
    )
