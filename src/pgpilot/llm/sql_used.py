"""What a row "never used": the one child table whose columns name the thing used.

"accounts that have never used the API": no daily_usage row, the child whose api_calls say
what is used; "cleaners who never used the app": no phone_usage row (app_minutes). The noun
names no table, only a column of exactly one table holding the subject's rows.
"""

from pgpilot.llm.sql_joins import neighbours
from pgpilot.llm.sql_stems import names_word
from pgpilot.sql.schema import Column, Table


def used_child(noun: str, subject: Table, tables: list[Table]) -> Table | None:
    """The one child table of the subject with a column the noun names, by its own letters.

    >>> used_child("API", Table("public", "accounts", "table", None, None), [])
    """
    said = noun.lower()
    found = {
        step.target.qualified: step.target
        for step in neighbours(subject, tables)
        if step.fans_out and any(_own(column, step.target, said) for column in step.target.columns)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _own(column: Column, table: Table, said: str) -> bool:
    """Whether a column that is no key names the noun: api_calls for "API"."""
    keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
    return column.name not in keys and names_word(column.name, said, synonyms=False)
