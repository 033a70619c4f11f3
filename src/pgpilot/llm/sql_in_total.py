"""What "in total" adds up: the number of the child rows a verb or a noun names, not their count.

"which customer has been billed the most in total": the bills' amount summed per customer (a verb
naming a child table: billed → bills, invoiced → invoices); "total invoiced per project": the
invoices' amount per project; "which episode got the most downloads in total": a column named
like its table (daily_downloads.downloads) summed. Said as "top 1 <rows> by <table> <column>",
which ranks by a sum. Everyday words only, for any schema.
"""

import re
from typing import Final

from pgpilot.llm.sql_columns import numeric_column
from pgpilot.llm.sql_exists import child_path
from pgpilot.llm.sql_measured import money_column
from pgpilot.llm.sql_names import is_numeric
from pgpilot.llm.sql_stems import verb_names
from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Column, Table

# Parts of a sum that a tax or a charge on top adds: "vat_amount" is not what was invoiced.
TAXES: Final = frozenset({"vat", "tax", "taxes", "gst", "duty", "tip", "surcharge"})
_WHOLE = r"(?:in total|overall|altogether|all told)"
# "which customer has been billed the most in total": the money of the act's rows, summed.
VERB_MOST: Final = re.compile(
    r"(?i)^(?:which|what) (?P<rows>[\w ]+?) (?:has|have|had|was|were|is|are) (?:been |got )?"
    rf"(?P<verb>\w+ed) (?:the )?most {_WHOLE}$"
)
# "which episode got the most downloads in total": the number the child rows are named for.
NOUN_MOST: Final = re.compile(
    r"(?i)^(?:which|what) (?P<rows>[\w ]+?) (?:got|gets|has|had|have|received|receives|drew|"
    rf"draws) (?:the )?most (?P<noun>[\w ]+?) {_WHOLE}$"
)
# "total invoiced per project", "the total billed for each customer": the act's money per row.
TOTAL_VERB: Final = re.compile(
    r"(?i)^(?:what is |what's |show )?(?:the )?total (?:amount )?(?P<verb>\w+ed) "
    r"(?P<by>per|by|for each|for every|of each) (?P<rows>[\w ]+)$"
)


def in_total(text: str, tables: list[Table]) -> str:
    """The text, with a total of child rows said as a ranking or a sum of their number.

    >>> in_total("which customer has been billed the most in total", [])
    'which customer has been billed the most in total'
    """
    found = VERB_MOST.match(text) or NOUN_MOST.match(text)
    if found and (summed := _summed(found, tables)) is not None:
        return f"top 1 {found['rows']} by {summed}"
    found = TOTAL_VERB.match(text)
    if found and (summed := _acted(found["rows"], found["verb"], tables)) is not None:
        return f"total {summed} {found['by']} {found['rows']}"
    return text


def _summed(found: re.Match[str], tables: list[Table]) -> str | None:
    """What a ranking by a total sums: the act's money, or the number the noun names."""
    if "verb" in found.groupdict():
        return _acted(found["rows"], found["verb"], tables)
    return _named(found["rows"], found["noun"], tables)


def said_pair(text: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """The table and its column when the text is "<table> <column>" as `in_total` says them.

    >>> said_pair("invoices net_amount", [])
    """
    table_name, _, column_name = text.strip().partition(" ")
    for table in tables:
        if table.name == table_name:
            return next(((table, c) for c in table.columns if c.name == column_name), None)
    return None


def _acted(rows: str, verb: str, tables: list[Table]) -> str | None:
    """ "<table> <money column>" of the one child table of the rows the verb names (billed)."""
    owner = _owner(rows, tables)
    if owner is None:
        return None
    acts = [
        (t, money)
        for t in tables
        if verb_names(t.name, verb.lower())
        and child_path(owner, t, tables)
        and (money := _money(t)) is not None
    ]
    return _said(acts[0]) if len(acts) == 1 else None


def _named(rows: str, noun: str, tables: list[Table]) -> str | None:
    """ "<table> <column>" when the noun names a child table and its own number (downloads)."""
    owner = _owner(rows, tables)
    children = [t for t in tables if owner is not None and child_path(owner, t, tables)]
    found = numeric_column(noun, children, direct=True)
    if found is None or noun.lower() not in found[0].name.lower().split("_"):
        return None
    keys = {c for fk in found[0].foreign_keys for c in fk.columns} | set(found[0].primary_key)
    return None if found[1].name in keys else _said(found)


def _money(table: Table) -> Column | None:
    """The table's money; of a net amount and a tax on it, the amount before tax."""
    if (money := money_column(table)) is not None:
        return money
    amounts = [c for c in table.columns if c.name.lower().split("_")[-1] in ("amount", "total")]
    untaxed = [c for c in amounts if not set(c.name.lower().split("_")) & TAXES]
    return untaxed[0] if len(untaxed) == 1 and is_numeric(untaxed[0]) else None


def _owner(rows: str, tables: list[Table]) -> Table | None:
    """The one table the words name."""
    placed = place(rows, tables, None)
    return placed.tables[0] if len(placed.tables) == 1 and not placed.columns else None


def _said(found: tuple[Table, Column]) -> str:
    return f"{found[0].name} {found[1].name}"
