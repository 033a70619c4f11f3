"""Tables named by what their rows are or record: contracts → contract_start, borrowed → loans,
rentals → gear_rentals and tastings → tasting_bookings (an end or a start of the name), produce →
produce_items (a mass noun, the things its items are), visitors
→ tickets (the table whose date, visit_date, records what they do), salary changes →
salary_history (its key, salary_change_id)."""

from typing import Final

from pgpilot.llm.sql_joins import path
from pgpilot.llm.sql_names import NotUnderstood, is_temporal, variants
from pgpilot.llm.sql_stems import doer, names_word, verb_names
from pgpilot.llm.sql_vocab import FILLER
from pgpilot.sql.schema import Table


def table_meant(word: str, tables: list[Table]) -> Table | None:
    """A table named by what its rows are ("contracts" → contract_start, contract_fee)."""
    singular = word.lower().removesuffix("s")
    if len(singular) < 4 or word in FILLER or not word.endswith("s"):  # a noun, not "borrowed"
        return None
    if any(singular in variants(t.name.lower()) for t in tables):
        return None
    found = []
    for table in tables:
        keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
        own = [c for c in table.columns if c.name not in keys]
        if any(c.name.lower().split("_")[0] == singular and "_" in c.name for c in own):
            found.append(table)
    return found[0] if len(found) == 1 else None


# Heads of a table's name that only say its rows are things: produce_items is "produce".
ITEM_HEADS: Final = frozenset({"items", "item"})


def ending_table(word: str, tables: list[Table]) -> Table | None:
    """The one table a plural noun names by the end of its name ("rentals" → gear_rentals), or
    else by its start ("tastings" → tasting_bookings); a mass noun by what its items are
    ("produce" → produce_items)."""
    word = word.lower()
    items = [t for t in tables if t.name.lower() in {f"{word}_{head}" for head in ITEM_HEADS}]
    if len(items) == 1 and len(word) >= 4:
        return items[0]
    if not word.endswith("s") or len(word) < 5:
        return None
    parts = [(t, t.name.lower().split("_")) for t in tables if "_" in t.name]
    for at in (-1, 0):
        found = [t for t, part in parts if word in variants(part[at])]
        if found:
            return found[0] if len(found) == 1 else None
    return _visited(word, tables)


def keyed_by(table: Table, wanted: set[str]) -> bool:
    """Whether its own key names a table's rows: salary_change_id, the salary changes."""
    key = table.primary_key[0].lower() if len(table.primary_key) == 1 else ""
    return key.endswith("_id") and key.removesuffix("_id") in wanted


def _visited(word: str, tables: list[Table]) -> Table | None:
    """The one table whose date records what the doers named do: visitors → tickets' visit_date."""
    if not word.endswith(("ors", "ers")) or len(act := doer(word)) < 4:
        return None
    found = [
        t
        for t in tables
        if any(is_temporal(c) and act in c.name.lower().split("_") for c in t.columns)
    ]
    return found[0] if len(found) == 1 else None


def acted_table(word: str, placed: list[Table], tables: list[Table]) -> Table | None:
    """A table of the subject's rows that a verb after it names (borrowed → loans)."""
    if not placed or len(word) < 4:
        return None
    subject = placed[0]
    if any(names_word(c.name, word, synonyms=False) for c in subject.columns):
        return None  # "orders shipped": the subject's own shipped_at
    for table in tables:
        if table in placed or not verb_names(table.name, word):
            continue
        try:
            steps = path(subject, table, tables)
        except NotUnderstood:
            continue
        if steps and steps[0].fans_out:
            return table
    return None
