"""The people who did something to a named row: "who has applied to adopt Luna".

The verb names the table of the act ("applied" → applications, "booked" → bookings, "reviewed"
→ reviews); that table has a key to a table of people (adopters, members) and a path to the
row named at the end of the question by its label ("Luna"). With no table the verb names, a
link table that joins the named row's table to people is the act: "who appeared on The Open
Source Summer" → episode_guests → guests. One such act, or none: two are a guess. An act
with no key to people may hold the doer's name: "who treated Moose" → treatments.vet_name.
"""

import re
from typing import Final

from pgpilot.llm.sql_joins import Step, link_table, path
from pgpilot.llm.sql_named_rows import Row
from pgpilot.llm.sql_names import NotUnderstood, is_numeric, is_temporal
from pgpilot.llm.sql_related import linked, named_last
from pgpilot.llm.sql_roles import person
from pgpilot.llm.sql_stems import verb_names
from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values

WHO_ACTED: Final = re.compile(
    r"(?i)^who(?:'s| has| have| had| did)? (?P<verb>[a-z]+) (?P<rest>.+)$"
)
REACH: Final = 2  # joins from the act to the named row


def acted(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of the people who did the act to the named row, or None when not of this shape."""
    found = WHO_ACTED.match(text)
    if values is None or found is None:
        return None
    verb = found["verb"].lower()
    for between, row in named_last(found["rest"], tables, values):
        placed = place(" ".join(between), tables, values)
        if placed.values or placed.columns or placed.equals:
            continue
        doers = _doers(verb, row, tables, frozenset({verb, *between}))
        if len(doers) == 1:
            return linked(doers[0][0], doers[0][1], row)
        if doers:
            return None
        if (named := _named_doer(verb, row, tables)) is not None:
            return named
    return None


def _named_doer(verb: str, row: Row, tables: list[Table]) -> str | None:
    """ "who treated Moose": the one person's name the act's rows hold (vet_name), when the
    act has no key to a table of people."""
    acts = [t for t in tables if t is not row[0] and verb_names(t.name, verb)]
    if len(acts) != 1 or person(acts[0]):
        return None
    if any(_people(fk.references, tables) for fk in acts[0].foreign_keys):
        return None
    names = [
        c
        for c in acts[0].columns
        if c.name.lower().endswith("_name") and not is_numeric(c) and not is_temporal(c)
    ]
    reach = _path(acts[0], row[0], tables, frozenset({verb}))
    if len(names) != 1 or not reach or len(reach) > REACH:
        return None
    return linked(acts[0], reach, row, names[0])


def _people(name: str, tables: list[Table]) -> bool:
    return any(t.qualified == name and person(t) for t in tables)


def _doers(
    verb: str, row: Row, tables: list[Table], said: frozenset[str]
) -> list[tuple[Table, list[Step]]]:
    """The people of each act the verb names (else of each link table) reaching the row."""
    named = row[0]
    if any(person(t) and verb_names(t.name, verb) for t in tables):
        return []  # "who hosts X": the hosts themselves, who's to say (sql_who)
    acts = [t for t in tables if t is not named and not person(t) and verb_names(t.name, verb)]
    if not acts:
        acts = [t for t in tables if t is not named and link_table(t)]
    found = []
    for act in acts:
        reach = _path(act, named, tables, said)
        if not reach or len(reach) > REACH:
            continue
        for fk in act.foreign_keys:
            people = next((t for t in tables if t.qualified == fk.references), None)
            if people is None or people is named or not person(people):
                continue
            step = Step(people, act, tuple(fk.referenced_columns), tuple(fk.columns), True)
            found.append((people, [step, *reach]))
    return found


def _path(start: Table, goal: Table, tables: list[Table], said: frozenset[str]) -> list[Step]:
    try:
        return path(start, goal, tables, said)
    except NotUnderstood:
        return []
