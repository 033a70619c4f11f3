"""Tables a noun names by one part of a compound name: "openings" → job_openings, "works" →
artworks, "repair" → repair_orders; or, failing that, tables whose comments use the noun.

A table's name often joins a qualifier to the noun people say ("job_openings", "artworks"), or
the noun to a kind ("repair_orders"). A noun that is one part of exactly one table's name, or
ends it ("works": artworks), names that table; the caller picks among several. A noun that
begins like one nullable column of a table ("attendance": attendees_count) names it.
"""

import re

from pgpilot.llm.sql_names import variants
from pgpilot.sql.schema import Column, Table


def compound(word: str, tables: list[Table], said: list[str] | None = None) -> list[Table]:
    """The tables whose name has the word as a part or as its ending.

    Words said before it must be in the name too, whole or by their initials ("personal
    training appointments": pt_appointments).
    """
    forms = {f for f in variants(word.lower()) if len(f) >= 3}
    found = []
    for table in tables:
        name, parts = table.name.lower(), table.name.lower().split("_")
        if not (forms & set(parts) or any(len(f) > 3 and name.endswith(f) for f in forms)):
            continue
        initials = "".join(w[0] for w in said or []).lower()
        if not said or initials in parts or all(w.lower() in parts for w in said):
            found.append(table)
    return found


def commented(word: str, tables: list[Table]) -> list[Table]:
    """The tables whose comment, or a column's, uses the word ("signs the repair off")."""
    said = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, variants(word.lower()))) + r")\b")
    return [
        t
        for t in tables
        if any(said.search(text or "") for text in [t.comment, *(c.comment for c in t.columns)])
    ]


def said_column(word: str, table: Table) -> Column | None:
    """The one nullable column, not a key, whose name has a part starting with the word's
    first six letters: "attendance" → attendees_count, "audience" → audience_count."""
    head = word.lower()[:6]
    keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
    found = [
        c
        for c in table.columns
        if c.nullable
        and c.name not in keys
        and len(head) >= 5
        and any(p.startswith(head) for p in c.name.lower().split("_"))
    ]
    return found[0] if len(found) == 1 else None


def entity(named: list[Table]) -> Table | None:
    """The one table of several that all the others point to: "crew" among crew_members and
    crew_assignments (which references crew_members) is crew_members."""
    pointed = [
        t
        for t in named
        if all(
            any(fk.references == t.qualified for fk in o.foreign_keys) for o in named if o is not t
        )
    ]
    return pointed[0] if len(pointed) == 1 else None
