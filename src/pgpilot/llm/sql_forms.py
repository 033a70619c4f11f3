"""The offline SQL planner's forms: one function per sentence shape, each SQL or None."""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_degrees import aged
from pgpilot.llm.sql_names import (
    ADJECTIVES,
    NotUnderstood,
    find_column,
    find_table,
    is_numeric,
    key,
    literal,
    where,
)
from pgpilot.llm.sql_vocab import COUNT, FUNCTIONS, LIST
from pgpilot.sql.schema import Column, Table

TRAILER: Final = re.compile(r"(?i)\s+(?:are there|do we have|exist|are in the database|in total)$")
AGGREGATE: Final = re.compile(
    r"(?i)^(?:what is |what's |show )?(?:the )?"
    r"(?P<fn>average|avg|mean|total|sum|sum of|maximum|max|minimum|min)"
    r"\s+(?:of\s+)?(?P<col>.+?)\s+(?:of|in|for|across)\s+(?:all\s+)?(?P<rest>.+)$"
)
TABLES: Final = re.compile(
    r"(?i)^(?:list|show|what are|which)(?:\s+(?:me|all|the))*\s+tables(?:.*)$"
)
DESCRIBE: Final = re.compile(
    r"(?i)^(?:describe|columns of|show columns of|show columns in|what columns does)\s+"
    r"(?:the\s+)?(?:table\s+)?(?P<t>.+?)(?:\s+have)?$"
)
DELETE: Final = re.compile(
    r"(?i)^(?:delete|remove)\s+(?:all\s+)?(?:from\s+)?(?:the\s+)?(?P<t>.+?)"
    r"(?:\s+(?:where|with|whose)\s+(?P<w>.+))?$"
)
UPDATE: Final = re.compile(
    r"(?i)^(?:update|change)\s+(?:the\s+)?(?P<t>.+?)\s+set\s+(?P<sets>.+?)(?:\s+where\s+(?P<w>.+))?$"
)
ASSIGN: Final = re.compile(r"(?i)^(?P<col>.+?)\s*(?:=|\s+to\s+)\s*(?P<val>.+)$")


def _render(query: pgsql.Composable) -> str:
    return query.as_string()


def list_tables(text: str, _tables: list[Table]) -> str | None:
    if not (TABLES.match(text) or text.lower() in ("tables", "what tables are there")):
        return None
    return (
        "SELECT table_schema, table_name, table_type FROM information_schema.tables "
        "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2"
    )


def describe(text: str, tables: list[Table]) -> str | None:
    if not (found := DESCRIBE.match(text)):
        return None
    table = find_table(found["t"], tables)
    return _render(
        pgsql.SQL(
            "SELECT column_name, data_type, is_nullable, column_default "
            "FROM information_schema.columns WHERE table_schema = {} AND table_name = {} "
            "ORDER BY ordinal_position"
        ).format(pgsql.Literal(table.schema), pgsql.Literal(table.name))
    )


def _split_where(rest: str) -> tuple[str, str | None]:
    parts = re.split(r"(?i)\s+(?:where|with|whose|having)\s+", rest, maxsplit=1)
    return parts[0].strip(), (parts[1].strip() if len(parts) > 1 else None)


def _table_with_flags(phrase: str, tables: list[Table]) -> tuple[Table, list[str]]:
    """The table a phrase ends with, and the flag words before it (active, not discontinued)."""
    words = phrase.split()
    # A table named exactly after a word wins over a close spelling of the whole phrase:
    # "sick leave requests" are leave requests that are sick, not a misspelt table.
    for close in (False, True):
        for start in range(len(words)):
            try:
                table = find_table(" ".join(words[start:]), tables, close=close)
            except NotUnderstood:
                continue
            return table, _flags(words[:start])
    raise NotUnderstood(f"no table called {phrase!r}")


def _flags(words: list[str]) -> list[str]:
    flags: list[str] = []
    negate = False
    for word in words:
        word = word.lower()
        if word in ("the", "all", "a", "an", "every"):
            continue
        if word == "not":
            negate = True
            continue
        if word.startswith("in") and len(word) > 4 and word not in ("in",):
            flags.append(f"not {word[2:]}")
        else:
            flags.append(f"not {word}" if negate else word)
        negate = False
    return flags


def _conditions(flags: list[str], conditions: str | None) -> str | None:
    joined = " and ".join([*flags, *([conditions] if conditions else [])])
    return joined or None


def count(text: str, tables: list[Table]) -> str | None:
    if not (found := COUNT.match(text)):
        return None
    head, conditions = _split_where(TRAILER.sub("", found["rest"]))
    group = None
    if by := re.match(
        r"(?i)^(?P<rest>.+?)\s+(?:by|per|for each|grouped by)\s+(?P<col>[\w ]+)$", head
    ):
        head, group = by["rest"], by["col"]
    table, flags = _table_with_flags(head, tables)
    filters = where(_conditions(flags, conditions), table)
    name = pgsql.Identifier(table.schema, table.name)
    if group is None:
        query = pgsql.SQL("SELECT count(*) AS count FROM {}{}").format(name, filters)
        return _render(query)
    grouped = find_column(group, table)
    if key(group) != grouped.name and any(
        fk.columns == [grouped.name] for fk in table.foreign_keys
    ):
        return None  # "per customer": the plain-question planner groups by the row, with names
    column = pgsql.Identifier(grouped.name)
    query = pgsql.SQL(
        "SELECT {col}, count(*) AS count FROM {t}{w} GROUP BY {col} ORDER BY count DESC, {col}"
    ).format(col=column, t=name, w=filters)
    return _render(query)


def aggregate(text: str, tables: list[Table]) -> str | None:
    if not (found := AGGREGATE.match(text)):
        return None
    head, conditions = _split_where(found["rest"])
    table, flags = _table_with_flags(head, tables)
    column = find_column(found["col"], table)
    if not is_numeric(column) and FUNCTIONS[found["fn"].lower()] in ("avg", "sum"):
        raise NotUnderstood(f"{column.name} is not a number")
    fn = FUNCTIONS[found["fn"].lower()]
    query = pgsql.SQL("SELECT " + fn + "({}) AS {} FROM {}{}").format(
        pgsql.Identifier(column.name),
        pgsql.Identifier(f"{fn}_{column.name}"),
        pgsql.Identifier(table.schema, table.name),
        where(_conditions(flags, conditions), table),
    )
    return _render(query)


def delete(text: str, tables: list[Table]) -> str | None:
    if not (found := DELETE.match(text)):
        return None
    table, flags = _table_with_flags(found["t"], tables)
    query = pgsql.SQL("DELETE FROM {}{}").format(
        pgsql.Identifier(table.schema, table.name),
        where(_conditions(flags, found["w"]), table),
    )
    return _render(query)


def update(text: str, tables: list[Table]) -> str | None:
    if not (found := UPDATE.match(text)):
        return None
    table = find_table(found["t"], tables)
    assignments = []
    for part in re.split(r"(?i)\s*,\s*|\s+and\s+", found["sets"]):
        if not (pair := ASSIGN.match(part)):
            raise NotUnderstood(f"cannot read the assignment {part!r}")
        column = find_column(pair["col"], table)
        assignments.append(
            pgsql.SQL("{} = {}").format(pgsql.Identifier(column.name), literal(column, pair["val"]))
        )
    query = pgsql.SQL("UPDATE {} SET {}{}").format(
        pgsql.Identifier(table.schema, table.name),
        pgsql.SQL(", ").join(assignments),
        where(found["w"], table),
    )
    return _render(query)


def show(text: str, tables: list[Table]) -> str | None:
    if not (found := LIST.match(text)):
        return None
    rest = found["rest"]
    limit: int | None = None
    if tail := re.search(r"(?i)\s+limit\s+(\d+)$", rest):
        limit, rest = int(tail[1]), rest[: tail.start()]
    order: tuple[str, bool] | None = None
    if tail := re.search(
        r"(?i)\s+(?:order(?:ed)?|sort(?:ed)?)\s+by\s+(.+?)(?:\s+(asc|desc|ascending|"
        r"descending))?$",
        rest,
    ):
        order, rest = (tail[1], (tail[2] or "").lower().startswith("desc")), rest[: tail.start()]
    head, conditions = _split_where(rest)
    head = re.sub(r"(?i)^(?:all|the|every)\s+", "", head)
    if lead := re.match(r"(?i)^(?:(?:top|first)\s+)?(\d+)\s+", head):
        limit, head = int(lead[1]), head[lead.end() :]
    elif lead := re.match(r"(?i)^(?:top|first)\s+", head):
        limit, head = 10, head[lead.end() :]
    head = re.sub(r"(?i)^the\s+", "", head)
    if re.search(r"\s\d+$", head):
        return None  # "show animal 7": a row by its key, which the plain reader places
    superlative = None
    if sup := re.match(r"(?i)^(most|least)\s+(\w+)\s+(.+)$", head):
        superlative, head = (sup[1].lower(), sup[2].lower()), sup[3]
    elif sup := re.match(r"(?i)^(\w+est)\s+(.+)$", head):
        superlative, head = ("most", sup[1].lower()), sup[2]
    columns: list[Column] = []
    if picked := re.match(
        r"(?i)^(?P<cols>.+?)\s+(?:of|from|for)\s+(?:all\s+)?(?:the\s+)?(?P<t>.+)$", head
    ):
        table, flags = _table_with_flags(picked["t"], tables)
        names = re.split(r"(?i)\s*,\s*|\s+and\s+", picked["cols"])
        columns = [find_column(name, table) for name in names if name]
    else:
        table, flags = _table_with_flags(head, tables)
    sort = _sort(table, order, superlative)
    selected = (
        pgsql.SQL(", ").join(pgsql.Identifier(c.name) for c in columns)
        if columns
        else pgsql.SQL("*")
    )
    query = pgsql.SQL("SELECT {} FROM {}{}").format(
        selected,
        pgsql.Identifier(table.schema, table.name),
        where(_conditions(flags, conditions), table),
    )
    if sort is not None:
        query += sort
    if limit is not None:
        query += pgsql.SQL(" LIMIT {}").format(pgsql.Literal(limit))
    return _render(query)


def _sort(
    table: Table, order: tuple[str, bool] | None, superlative: tuple[str, str] | None
) -> pgsql.Composable | None:
    if order is not None:
        column, descending = find_column(order[0], table), order[1]
    elif superlative is not None:
        column, descending = _superlative(table, *superlative)
    else:
        return None
    direction = " DESC NULLS LAST" if descending else " ASC"
    keys: list[pgsql.Composable] = [
        pgsql.SQL("{}" + direction).format(pgsql.Identifier(column.name))
    ]
    keys += [pgsql.Identifier(name) for name in table.primary_key if name != column.name]
    return pgsql.SQL(" ORDER BY ") + pgsql.SQL(", ").join(keys)


def _superlative(table: Table, degree: str, adjective: str) -> tuple[Column, bool]:
    """The column and direction "most/least <adjective>" sorts by (see the module's rule)."""
    hints, descending = ADJECTIVES.get(adjective, (None, True))
    if degree == "least":
        descending = not descending
    if hints is None:
        return find_column(adjective, table), descending
    if not hints and (found := aged(table, adjective, descending)) is not None:
        return found
    if not hints:
        raise NotUnderstood(f"{table.name} has no date column to sort by")
    for hint in hints:
        for column in table.columns:
            if column.name == hint and is_numeric(column):
                return column, descending
    raise NotUnderstood(f"cannot tell which column of {table.name} makes it {adjective}")


FORMS: Final = (list_tables, describe, aggregate, count, delete, update, show)
