"""People busy on a date a question names by what they do: "who's volunteering tomorrow".

The verb names a table. A table of people ("volunteering" → volunteers) is busy on the date of
its one dated child table (their shifts): "volunteers with shifts tomorrow". A table of events
("diving" → dive_trips) has the people one link table away (members through trip_bookings):
"members with dive_trips tomorrow". The date then falls on the events, not the people
(`sql_dated.dated_child`). "what classes are on tomorrow": a table with no date of its own
(class_types) is on when its one dated child is: "sessions tomorrow".
"""

import re
from typing import Final

from pgpilot.llm import sql_dates as dates
from pgpilot.llm.sql_exists import table_named
from pgpilot.llm.sql_names import is_temporal, variants
from pgpilot.llm.sql_roles import person
from pgpilot.llm.sql_stems import verb_names
from pgpilot.sql.schema import Table

BUSY: Final = re.compile(
    r"(?i)^who(?:['\u2019]s| is| are| will be)? (?P<verb>[a-z]+ing) (?P<when>.+)$"
)
ON: Final = re.compile(
    r"(?i)^(?:what|which) (?P<noun>[a-z]+(?: [a-z]+)?) (?:is|are) "
    r"(?:on|happening|running|scheduled|taking place) (?P<when>.+)$"
)


def busy(text: str, tables: list[Table]) -> str:
    """ "who's volunteering tomorrow" as "volunteers with shifts tomorrow", "what classes are on
    tomorrow" as "sessions tomorrow"; else the text."""
    found = BUSY.match(text)
    if found is None:
        return _held(text, tables)
    rest, relative = dates.take(found["when"])
    named = [t for t in tables if verb_names(t.name, found["verb"].lower())]
    if not relative or rest or len(named) != 1:
        return text
    doing: Table | None = named[0]
    if doing is not None and person(doing):
        events = [t for t in _children(doing, tables) if any(is_temporal(c) for c in t.columns)]
        people, doing = [doing], events[0] if len(events) == 1 else None
    elif doing is not None:
        by_name = {t.qualified: t for t in tables}
        linked = {  # by a key named for the table (member_id), not for a role (posted_by)
            fk.references
            for link in _children(doing, tables)
            for fk in link.foreign_keys
            if len(fk.columns) == 1
            and fk.references.split(".")[-1] in variants(fk.columns[0].lower().removesuffix("_id"))
        }
        people = [by_name[n] for n in linked if n in by_name and person(by_name[n])]
    if doing is None or len(people) != 1:
        return text
    return f"{people[0].name} with {doing.name} {found['when']}"


def _held(text: str, tables: list[Table]) -> str:
    """ "what classes are on tomorrow": a table with no date is held on its one dated child's
    (the sessions of a class type), so the question asks for those rows."""
    found = ON.match(text)
    if found is None or not dates.take(found["when"])[1]:
        return text
    table = table_named(found["noun"].replace(" ", "_"), tables)
    if table is None or any(is_temporal(c) for c in table.columns):
        return text
    held = [t for t in _children(table, tables) if any(is_temporal(c) for c in t.columns)]
    return f"{held[0].name} {found['when']}" if len(held) == 1 else text


def _children(table: Table, tables: list[Table]) -> list[Table]:
    """The tables with a key to this one."""
    return [t for t in tables if any(fk.references == table.qualified for fk in t.foreign_keys)]
