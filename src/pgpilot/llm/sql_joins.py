"""Joins along foreign keys: the shortest path between two tables, either direction.

Paths are found breadth-first over the tables the planner sees; among paths of one length the
one that fans out least wins (a charge's reservation through its stay, each charge one stay,
not through the staff who posted it), then the first by table names, so the choice is stable
and shown in the SQL.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from psycopg import sql as pgsql

from pgpilot.llm.sql_names import NotUnderstood
from pgpilot.llm.sql_roles import names_role
from pgpilot.sql.schema import Table


@dataclass(frozen=True, slots=True)
class Step:
    """One join: from a table already joined to the next, on these columns."""

    source: Table
    target: Table
    source_columns: tuple[str, ...]
    target_columns: tuple[str, ...]
    fans_out: bool  # the target holds many rows per source row (parent → children)


def neighbours(table: Table, tables: list[Table], said: frozenset[str] = frozenset()) -> list[Step]:
    """Every table one foreign key away, in name order; of two keys to one, the one `said`."""
    by_name = {t.qualified: t for t in tables}
    steps = []
    for fk in table.foreign_keys:
        if (parent := by_name.get(fk.references)) is not None:
            cols, refs = tuple(fk.columns), tuple(fk.referenced_columns)
            steps.append(Step(table, parent, cols, refs, False))
    for child in tables:
        for fk in child.foreign_keys:
            if fk.references == table.qualified and child is not table:
                cols, refs = tuple(fk.columns), tuple(fk.referenced_columns)
                steps.append(Step(table, child, refs, cols, True))
    # Only two keys to one table need the question's words to tell them apart.
    counts = Counter(s.target.qualified for s in steps)
    # A link table first: "projects Sofia is on" go through assignments, not a shared department.
    return sorted(
        steps,
        key=lambda s: (
            not link_table(s.target),
            s.target.qualified,
            counts[s.target.qualified] > 1
            and not names_role(_own(s), said, key_words(s.source if s.fans_out else s.target)),
            _role(s),
            s.source_columns,
        ),
    )


def names_a_key(word: str, named: list[Table], tables: list[Table]) -> bool:
    """Whether a word names a key from or to the named tables ("received" → recipient_id)."""
    by_name = {t.qualified: t for t in tables}
    said, names = frozenset({word.lower()}), {t.qualified for t in named}
    return any(
        (t.qualified in names or fk.references in names)
        and (parent := by_name.get(fk.references)) is not None
        and names_role(tuple(fk.columns), said, key_words(parent))
        for t in tables
        for fk in t.foreign_keys
    )


def key_words(table: Table) -> frozenset[str]:
    """The words of a table's name and its singular: "ports" → ports, port."""
    parts = table.name.lower().split("_")
    return frozenset(parts + [p.removesuffix("s") for p in parts])


def _own(step: Step) -> tuple[str, ...]:
    """The key's columns in the table that holds it."""
    return step.target_columns if step.fans_out else step.source_columns


def link_table(table: Table) -> bool:
    """Whether a table links two others: its primary key is made of its foreign keys."""
    keyed = {c for fk in table.foreign_keys for c in fk.columns}
    return (
        len(table.foreign_keys) >= 2 and bool(table.primary_key) and keyed >= set(table.primary_key)
    )


def _role(step: Step) -> bool:
    """Whether the key names a role (decided_by, manager_id) rather than the table (employee_id).

    Of two keys to one table, the one named for it is the plain link: a leave request's
    employee, not the employee who decided it.
    """
    own, referenced = (
        (step.target_columns, step.source_columns)
        if step.fans_out
        else (step.source_columns, step.target_columns)
    )
    return own != referenced


def path(
    start: Table, goal: Table, tables: list[Table], said: frozenset[str] = frozenset()
) -> list[Step]:
    """The shortest foreign-key path from start to goal (empty when they are the same)."""
    return path_from([start], goal, tables, said)


def path_from(
    starts: list[Table], goal: Table, tables: list[Table], said: frozenset[str] = frozenset()
) -> list[Step]:
    """The shortest foreign-key path to goal from any of `starts`, the first on a tie."""
    if any(start is goal for start in starts):
        return []
    came: dict[str, Step] = {}
    fans = {start.qualified: 0 for start in starts}  # steps that fan out: fewer is plainer
    layer, seen = list(starts), {start.qualified for start in starts}
    while layer:
        reached: dict[str, Step] = {}
        for table in layer:
            for step in neighbours(table, tables, said):
                name = step.target.qualified
                if name in seen:
                    continue
                cost = fans[table.qualified] + step.fans_out
                if name not in reached or cost < fans[name]:
                    reached[name], fans[name] = step, cost
        came.update(reached)
        if goal.qualified in reached:
            return _walk(came, starts, goal)
        seen.update(reached)
        layer = [step.target for step in reached.values()]
    raise NotUnderstood(f"no foreign-key path joins {starts[0].name} and {goal.name}")


def _walk(came: dict[str, Step], starts: list[Table], goal: Table) -> list[Step]:
    steps = []
    table = goal
    while all(table is not start for start in starts):
        step = came[table.qualified]
        steps.append(step)
        table = step.source
    return steps[::-1]


def from_clause(base: Table, steps: list[Step]) -> pgsql.Composable:
    """`FROM base JOIN … ON …` for the steps."""
    clause: pgsql.Composable = pgsql.SQL(" FROM {}").format(ident(base))
    for step in steps:
        on = pgsql.SQL(" AND ").join(
            pgsql.SQL("{} = {}").format(column(step.source, a), column(step.target, b))
            for a, b in zip(step.source_columns, step.target_columns, strict=True)
        )
        clause += pgsql.SQL(" JOIN {} ON {}").format(ident(step.target), on)
    return clause


def ident(table: Table) -> pgsql.Identifier:
    """schema.table."""
    return pgsql.Identifier(table.schema, table.name)


def column(table: Table, name: str) -> pgsql.Identifier:
    """schema.table.column."""
    return pgsql.Identifier(table.schema, table.name, name)


def rows_reached(
    table: Table, steps: list[Step], named: Table, said: Iterable[tuple[str, str]]
) -> str:
    """The distinct rows of `table` joined along `steps` to the row of `named` the values say."""
    where = pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(named, name), pgsql.Literal(value))
        for name, value in said
    )
    return (
        pgsql.SQL("SELECT DISTINCT {}.*{} WHERE {}")
        .format(ident(table), from_clause(table, steps), where)
        .as_string()
    )
