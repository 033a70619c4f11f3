"""Tables whose names abbreviate words to their initials, named by the words in full.

"personal training appointments" are the rows of pt_appointments, "electric vehicle charging
sessions" those of ev_charging_sessions: a short part of a table's name (two or three letters)
is said as as many words starting with those letters, and the name's other parts as they are.
The question is rewritten to say the table's name, so everything after reads it as usual.
"""

import re
from functools import lru_cache, partial

from pgpilot.llm.sql_names import variants
from pgpilot.sql.schema import Table


def _part(part: str) -> str:
    """A name's part as words: itself, or its letters' words when it is a short abbreviation."""
    said = "|".join(re.escape(v) for v in sorted(variants(part), key=len, reverse=True))
    if not (2 <= len(part) <= 3 and part.isalpha()):
        return f"(?:{said})"
    initials = r"[\s-]+".join(rf"{letter}[a-z]+" for letter in part)
    return f"(?:{said}|{initials})"


@lru_cache(maxsize=256)
def _spelled(name: str) -> re.Pattern[str] | None:
    parts = name.lower().split("_")
    short = [p for p in parts if 2 <= len(p) <= 3 and p.isalpha()]
    if not short or len(parts) < 2 or all(len(p) <= 3 for p in parts):
        return None
    pattern = r"[\s_-]+".join(_part(p) for p in parts)
    return re.compile(rf"(?i)(?<![\w-])(?:{pattern})(?![\w-])")


def spelled_out(text: str, tables: list[Table]) -> str:
    """The text with a table's abbreviated name said in full replaced by the name."""
    for table in tables:
        found = _spelled(table.name)
        if found is not None:
            text = found.sub(partial(_as_said, table.name), text)
    return text


def _as_said(name: str, found: re.Match[str]) -> str:
    """The name, singular when it was said so ("the most expensive ad read": ad_read, one)."""
    said = found.group(0)
    if said.lower().endswith("s") or not name.endswith("s"):
        return name
    one = name[:-3] + "y" if name.endswith("ies") else name[:-1]
    return one if one in variants(name) else name
