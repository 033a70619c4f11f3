"""Superlatives said in other words, said the way the planner reads them.

"what's our biggest project by contract value": the project with the highest contract value;
"which meter was installed most recently": installed last; "which vet has been with the practice
the longest": the vets by their start date, first; "the largest household we support": a
clause of what we do with our own rows adds nothing. Everyday words only, for any schema.
"""

import re
from typing import Final

from pgpilot.llm.sql_columns import numeric_column
from pgpilot.llm.sql_degrees import START
from pgpilot.llm.sql_names import ADJECTIVES
from pgpilot.llm.sql_roles import person
from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Column, Table

_DEGREE = r"(?:the |our |your )?(?P<adj>\w+est|most \w+|least \w+)"
# "what's our biggest project by contract value": the rows ranked by their own number.
BY_NUMBER: Final = re.compile(
    rf"(?i)^(?:what is |what's |which is |show |show me |find )?{_DEGREE} (?P<rows>[\w ]+?) "
    r"by (?:its |their )?(?P<col>[\w ]+)$"
)
# "which is the largest household we support": what we do with our rows names no condition.
OURS: Final = re.compile(
    rf"(?i)^(?P<head>(?:which|what) (?:is|are|was|were) {_DEGREE} [\w ]+?) (?:that |whom? )?"
    r"(?:we|you|i) (?:support|serve|have|help|run|manage|hold|keep|offer|sell|stock|"
    r"care for|work with|employ|own|maintain|look after|operate)$"
)
# "which meter was installed most recently": the verb's date, latest first.
RECENTLY: Final = re.compile(r"(?i)\b(?P<verb>\w+(?:ed|en|t)) (?P<deg>most|least) recently$")
# "which vet has been with the practice the longest", "who has worked here the longest".
TENURE: Final = re.compile(
    r"(?i)^(?:which|what|who (?:is|are) the) (?P<rows>[\w ]+?) (?:has|have|had) "
    r"(?:been|worked|served|stayed) (?:(?:with|at|in|for) (?:us|the \w+|our \w+|this \w+)|here)"
    r" (?:the )?(?P<deg>longest|shortest)$"
)


def plainly(text: str, tables: list[Table]) -> str:
    """The text with a superlative said in other words said plainly, else as it is.

    >>> plainly("which meter was installed most recently", [])
    'which meter was installed last'
    """
    text = OURS.sub(lambda found: found["head"], text)
    text = RECENTLY.sub(lambda f: f"{f['verb']} {'last' if f['deg'] == 'most' else 'first'}", text)
    return _by_number(_tenure(text, tables), tables)


def _by_number(text: str, tables: list[Table]) -> str:
    """ "our biggest project by contract value": as "which project has the highest contract value".

    >>> _by_number("the biggest project by contract value", [])
    'the biggest project by contract value'
    """
    found = BY_NUMBER.match(text)
    if found is None:
        return text
    adj = found["adj"].lower()
    meaning = ADJECTIVES.get(adj.split()[-1]) if " " not in adj else (None, adj.startswith("m"))
    rows = place(found["rows"], tables, None)
    if meaning is None or len(rows.tables) != 1 or rows.columns:
        return text
    if numeric_column(found["col"], rows.tables) is None:
        return text  # "the largest order by customer": a group, said elsewhere
    degree = "highest" if meaning[1] else "lowest"
    return f"which {found['rows']} has the {degree} {found['col']}"


def _tenure(text: str, tables: list[Table]) -> str:
    """ "which vet has been with the practice the longest": the people by start date, one.

    >>> _tenure("which vet has been here the longest", [])
    'which vet has been here the longest'
    """
    found = TENURE.match(text)
    if found is None:
        return text
    rows = [t for t in place(found["rows"], tables, None).tables if person(t)]
    started = [c for c in rows[0].columns if _starts(c)] if len(rows) == 1 else []
    if len(started) != 1:
        return text
    way = "" if found["deg"].lower() == "longest" else " desc"
    return f"show top 1 {found['rows']} order by {started[0].name}{way}"


def _starts(column: Column) -> bool:
    """Whether the column dates a row's start ("hired_on", "joined_at", "start_date")."""
    dated = column.type.lower().startswith(("date", "timestamp"))
    parts = column.name.lower().split("_")
    return dated and any(part in (*START, "start", "since") for part in parts)
