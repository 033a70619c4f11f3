"""The joins of a question: one path from the base to each table it wants, then a plainer tree.

Each table wanted is reached along the shortest path from the base (`sql_joins.path`). Two
trees of one size may join the same tables differently: "members who booked a room at Digbeth"
reaches the site through the member's home site, leaving the booking's room key unused, or
through the booking's room. A key left unused in a table the question reached (not the base)
means the tree walked around the row that links them; then the wanted tables are joined again,
each from the tables already joined, and a tree no larger with fewer unused keys wins.
"""

from itertools import islice, permutations
from typing import Final

from pgpilot.llm.sql_joins import Step, path, path_from
from pgpilot.sql.schema import Table

ORDERS: Final = 24  # the orders of wanted tables tried: all of four, the first 24 of more


def joins(
    base: Table, wanted: list[Table], tables: list[Table], said: frozenset[str] = frozenset()
) -> tuple[list[Step], bool]:
    """The joins that reach every wanted table from base, and whether rows may repeat."""
    steps = _from_base(base, wanted, tables, said)
    if idle(base, steps):
        best = (len(steps), idle(base, steps))
        goals = list({t.qualified: t for t in wanted if t is not base}.values())
        for order in islice(permutations(goals), ORDERS):
            for latest in (False, True):
                grown = _grown(base, list(order), tables, said, latest=latest)
                if (len(grown), idle(base, grown)) < best:
                    steps, best = grown, (len(grown), idle(base, grown))
            if best == (len(goals), 0):
                break  # one join per table wanted, no key unused: no tree is plainer
    return steps, any(step.fans_out for step in steps)


def _from_base(
    base: Table, wanted: list[Table], tables: list[Table], said: frozenset[str]
) -> list[Step]:
    done = {base.qualified}
    steps: list[Step] = []
    for goal in wanted:
        for step in path(base, goal, tables, said):
            if step.target.qualified not in done:
                done.add(step.target.qualified)
                steps.append(step)
    return steps


def _grown(
    base: Table, wanted: list[Table], tables: list[Table], said: frozenset[str], *, latest: bool
) -> list[Step]:
    """Each wanted table joined from the nearest table joined so far (the latest first)."""
    joined, steps = [base], []
    for goal in wanted:
        for step in path_from(joined[::-1] if latest else joined, goal, tables, said):
            joined.append(step.target)
            steps.append(step)
    return steps


def idle(base: Table, steps: list[Step]) -> int:
    """Keys of joined tables (not the base) to another joined table that no join uses.

    >>> from pgpilot.sql.schema import Column, ForeignKey
    >>> key = Column("room_id", "integer", False)
    >>> rooms = Table("public", "rooms", "table", None, None, [key], ["room_id"])
    >>> fk = ForeignKey("b_room", ["room_id"], "public.rooms", ["room_id"], "NO ACTION")
    >>> bookings = Table("public", "bookings", "table", None, None, [key], [], [fk])
    >>> sites = Table("public", "sites", "table", None, None)
    >>> idle(sites, [Step(sites, bookings, (), (), True), Step(sites, rooms, (), (), True)])
    1
    """
    joined = {base.qualified, *(s.target.qualified for s in steps)}
    used = {(s.source.qualified, s.target.qualified, s.source_columns) for s in steps}
    used |= {(s.target.qualified, s.source.qualified, s.target_columns) for s in steps}
    return sum(
        1
        for table in {s.target.qualified: s.target for s in steps}.values()
        for fk in table.foreign_keys
        if fk.references in joined and fk.references != table.qualified
        if (table.qualified, fk.references, tuple(fk.columns)) not in used
    )
