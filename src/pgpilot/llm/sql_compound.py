"""Tables a noun names by one part of a compound name: "openings" → job_openings, "works" →
artworks, "repair" → repair_orders; or, failing that, tables whose comments use the noun.

A table's name often joins a qualifier to the noun people say ("job_openings", "artworks"), or
the noun to a kind ("repair_orders"). A noun that is one part of exactly one table's name, or
ends it ("works": artworks), names that table; the caller picks among several.
"""

import re

from pgpilot.llm.sql_names import variants
from pgpilot.sql.schema import Table


def compound(word: str, tables: list[Table], said: list[str] | None = None) -> list[Table]:
    """The tables whose name has the word as a part or as its ending.

    Words said before it must be in the name too, whole or by their initials ("personal
    training appointments": pt_appointments).
    """
    forms = {f for f in variants(word.lower()) if len(f) >= 4}
    found = []
    for table in tables:
        name, parts = table.name.lower(), table.name.lower().split("_")
        if not (forms & set(parts) or any(name.endswith(f) for f in forms)):
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
