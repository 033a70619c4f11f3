"""A state said with its purpose: "available for adoption" is the state alone, no join.

"how many cats are available for adoption": animals whose status is 'available'; the adoptions
table, which points at animals, is only the purpose of that state, not rows to join (joined, it
would count past adoptions). A value of one table, then "for" and a word naming a table whose
rows point at it, loses the "for …" part. "dogs ready for grooming", "rooms free for booking".
"""

import re
from typing import Final

from pgpilot.llm.sql_names import variants
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values

_FOR: Final = re.compile(r"(?i)\b(?P<value>[\w-]+) (?P<for>for (?:an? |the )?(?P<noun>\w+))\b")


def purpose_dropped(text: str, tables: list[Table], values: Values | None) -> str:
    """The text without "for <rows>" after a state those rows point at ("for adoption")."""
    if values is None:
        return text
    for found in _FOR.finditer(text):
        rows = [t for t in tables if t.name.lower() in variants(found["noun"].lower())]
        hits = values.find(found["value"], fuzzy=False)
        if rows and any(_points_at(rows[0], hit.table) for hit in hits):
            return f"{text[: found.start('for')].rstrip()}{text[found.end('for') :]}"
    return text


def _points_at(rows: Table, target: str) -> bool:
    return rows.qualified != target and any(fk.references == target for fk in rows.foreign_keys)
