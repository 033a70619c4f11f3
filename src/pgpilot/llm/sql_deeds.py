"""The column a verb names of one named row: "who curated X" → curator, "when did we buy X".

"who manages the Leeds branch" asks for the doer of the verb: a column of the named row whose
name is that doer (manage → manager_name, curate → curator, coach → head_coach), shown alone.
A key column is not it ("who manages Ada" follows the key to the manager's row, elsewhere).
"when did we acquire X" asks for the date the verb names, as "when was X acquired" does.
"""

import re
from typing import Final

from pgpilot.llm.sql_attribute import dated_column, named_row, selected
from pgpilot.llm.sql_names import is_numeric, is_temporal
from pgpilot.llm.sql_stems import doer, stem
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

WHO: Final = re.compile(r"(?i)^who (?P<verb>[a-z]+(?:s|ed))(?: over| for)? (?P<row>.+)$")
WHEN_DID: Final = re.compile(
    r"(?i)^when (?:did|do|does) (?:we|you|they|i|the \w+) (?:first )?(?P<verb>[a-z]+) "
    r"(?P<row>.+)$"
)


def deed(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of the named row's column a verb names, or None when not of this shape."""
    if values is None:
        return None
    if found := WHO.match(text):
        row = named_row(found["row"], tables, values)
        col = None if row is None else _doer(row[0], found["verb"].lower())
        return None if row is None or col is None else selected(row, [col])
    if found := WHEN_DID.match(text):
        row = named_row(found["row"], tables, values)
        col = None if row is None else dated_column(row[0], found["verb"].lower())
        return None if row is None or col is None else selected(row, [col])
    return None


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
