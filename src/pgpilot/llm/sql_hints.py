"""What to suggest when a question cannot be planned: the closest phrasing that would work."""

from typing import Final

from pgpilot.llm.sql_names import is_numeric
from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

MODEL: Final = (
    "For other questions set PGPILOT_MODEL (e.g. openai:gpt-4.1-mini) to use a language model."
)
NAMES_SHOWN: Final = 6


def suggestion(text: str, tables: list[Table], values: Values | None) -> str:
    """A phrasing the planner understands, built from the names the question did use."""
    placed = place(text, tables, values)
    named = placed.tables or [t for t, _ in placed.columns]
    named += [t for t in tables for hit in placed.values if hit.table == t.qualified]
    if not named:
        if not tables:
            return MODEL
        listed = ", ".join(t.name for t in tables[:NAMES_SHOWN])
        return f"Name a table ({listed}), e.g. 'how many {tables[0].name}'. {MODEL}"
    table = named[0]
    examples = [f"'how many {table.name}'"]
    if (pair := _known_value(table, values)) is not None:
        examples.append(f"'show {table.name} where {pair[0].name} is {pair[1]}'")
    if (number := _number(table)) is not None:
        examples.append(f"'average {number.name} of {table.name}'")
    return f"Closest I understand: {' or '.join(examples)}. {MODEL}"


def _known_value(table: Table, values: Values | None) -> tuple[Column, str] | None:
    if values is None:
        return None
    columns = {c.name: c for c in table.columns}
    for hits in values.by_key.values():
        for hit in hits:
            if hit.table == table.qualified and hit.column in columns:
                return columns[hit.column], hit.value
    return None


def _number(table: Table) -> Column | None:
    keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
    return next((c for c in table.columns if is_numeric(c) and c.name not in keys), None)
