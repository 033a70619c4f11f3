"""Words of a row's kind: the word its name ends with, and the act that made it.

"runs" where slopes are 'Eagle Run': a table named by the word their rows' names end with.

A thing is often named with its kind last ("Eagle Run", "Valley Home Run", "Mill Lane"). A word
no table or column names, said of two or more stored names of one table as their last word,
names that table: "runs longer than 2000 m" are the slopes. One such name makes no kind (an
event called 'Scholarship Fun Run' is no table of runs), nor do names of two tables.

"have booked a private lesson": a verb that makes a row, said with "have" and an article
before its object, is the act ("booked" is no lesson status there: any lesson booked counts).
"""

from typing import Final

from pgpilot.llm.sql_names import variants
from pgpilot.llm.sql_stems import verb_names
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values

# How many of a table's names must end with the word for it to be their kind.
LEAST: Final = 2
# Verbs whose act makes the row itself: booking a lesson, placing an order.
MAKING: Final = frozenset(
    {"booked", "reserved", "ordered", "placed", "bought", "purchased", "made", "scheduled"}
    | {"requested", "submitted"}
)
PERFECT: Final = frozenset({"have", "has", "had"})
OBJECT: Final = frozenset({"a", "an", "any"})


def kind_table(word: str, values: Values, tables: list[Table]) -> Table | None:
    """The one table of which at least two stored names end with the word (or its singular)."""
    said = variants(word.lower())
    counts: dict[str, int] = {}
    for key, hits in values.by_key.items():
        if " " in key and key.rsplit(" ", 1)[1] in said:
            for table in {hit.table for hit in hits}:
                counts[table] = counts.get(table, 0) + 1
    kinds = [name for name, count in counts.items() if count >= LEAST]
    found = [t for t in tables if t.qualified in kinds]
    return found[0] if len(kinds) == 1 and len(found) == 1 else None


def made(tokens: list[str], i: int, tables: list[Table]) -> bool:
    """Whether the word at `i` makes a row, said as "have booked a" before its object, and no
    table holds that act by its name ("have booked a meeting room": room_bookings)."""
    return (
        tokens[i] in MAKING
        and not any(verb_names(t.name, tokens[i]) for t in tables)
        and 0 < i < len(tokens) - 1
        and tokens[i - 1] in PERFECT
        and tokens[i + 1] in OBJECT
    )
