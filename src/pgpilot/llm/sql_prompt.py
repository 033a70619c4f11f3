"""The SQL agent's prompt: rules, a compact schema any model reads, and how to read it back."""

import re
from collections.abc import Sequence
from typing import Final

from pgpilot.sql.schema import Column, ForeignKey, Table

CANNOT: Final = "CANNOT:"
SCHEMA_START: Final = "Schema:"
SYSTEM: Final = """You are pgpilot's SQL writer for PostgreSQL. Turn the user's question into \
exactly one SQL statement for the schema below.
Rules:
- Answer with the SQL only: no explanation, no markdown fences, one statement.
- Use only the tables and columns listed. Quote identifiers only when needed.
- Reads are SELECT statements. Write INSERT, UPDATE or DELETE only when the user asks to \
change data; never DDL, never more than one statement.
- If a previous attempt failed, the error follows; write a corrected statement.
- If the question cannot be answered with SQL on this schema, answer "CANNOT: <why>".
Schema:
{schema}"""
TABLE_LINE: Final = re.compile(r"^table (\S+)\.(\S+) \(([^)]*)\)(?: -- (.*))?$")
COLUMN_LINE: Final = re.compile(
    r"^  (\S+) (.+?)( PK)?( NULL)?(?: -> (\S+)\((\S+)\))?(?: -- (.*))?$"
)


def render(table: Table) -> str:
    """One table in the prompt's compact form (one column a line)."""
    lines = [f"table {table.qualified} ({table.kind})" + _comment(table.comment)]
    refs = {fk.columns[0]: fk for fk in table.foreign_keys if len(fk.columns) == 1}
    for column in table.columns:
        line = f"  {column.name} {column.type.replace(', ', ',')}"
        line += " PK" if column.name in table.primary_key else ""
        line += " NULL" if column.nullable else ""
        if (fk := refs.get(column.name)) is not None:
            line += f" -> {fk.references}({fk.referenced_columns[0]})"
        lines.append(line + _comment(column.comment))
    return "\n".join(lines)


def _comment(text: str | None) -> str:
    return f" -- {' '.join(text.split())}" if text else ""


def system_prompt(tables: Sequence[Table]) -> str:
    """The rules and the chosen tables."""
    return SYSTEM.format(schema="\n".join(render(table) for table in tables))


def read_tables(prompt: str) -> list[Table]:
    """The tables of a prompt made by `system_prompt` (what the offline planner sees)."""
    _, _, text = prompt.partition(SCHEMA_START)
    tables: list[Table] = []
    for line in text.splitlines():
        if found := TABLE_LINE.match(line):
            schema, name, kind, comment = found.groups()
            tables.append(Table(schema, name, kind, comment, None))
        elif tables and (found := COLUMN_LINE.match(line)):
            name, type_, pk, null, ref, ref_col, comment = found.groups()
            table = tables[-1]
            table.columns.append(Column(name, type_, bool(null), None, comment))
            if pk:
                table.primary_key.append(name)
            if ref:
                table.foreign_keys.append(ForeignKey(f"{name}_fk", [name], ref, [ref_col], ""))
    return tables
