"""Words for money that name a table's money column, whatever its name calls it.

"how much money have we taken for each kind of payment": payments.amount_eur, "total amount
invoiced": invoices.total_eur, "ticket revenue": tickets.price_eur. The column is a number
of a table the question names, stored in a currency (_eur, _gbp) or named for a price; one
named for an amount or a total comes before a price, a fee or a commission beside it. With
no table named, the one table that holds amounts or totals is meant, if there is only one.
"""

from typing import Final

from pgpilot.llm.sql_names import PRICE, is_numeric
from pgpilot.llm.sql_stems import names_word
from pgpilot.llm.sql_units import hints_column
from pgpilot.llm.sql_vocab import STOP
from pgpilot.sql.schema import Column, Table

# Money taken in, whatever the column holding it is called.
REVENUE: Final = frozenset({"revenue", "revenues", "takings", "income", "turnover", "earnings"})
# Words for "the number of money a row is about", whatever its column is called.
AMOUNTS: Final = frozenset({"amount", "amounts", "value", "values", "sum", "money", "total"})
# The words that name a table's money column by themselves: not "sum" or "total" (aggregates),
# nor "earnings" (pay, a column of people); "proceeds" and "receipts" too.
MONEY_WORDS: Final = (REVENUE | AMOUNTS | {"proceeds", "receipts"}) - {"sum", "total", "earnings"}
CURRENCIES: Final = ("eur", "gbp", "usd", "chf", "jpy", "aud", "cad", "sek", "nok", "dkk")
# The parts of a whole sum of money, before a part of it (a fee, a commission, a deposit).
WHOLE: Final = ("amount", "total")


def _money(column: Column) -> int | None:
    """How surely a number is the row's money: 0 a whole sum, 1 a currency or a price; None."""
    if not is_numeric(column):
        return None
    parts = column.name.lower().split("_")
    if any(part in WHOLE for part in parts):
        return 0
    priced = any(hints_column(column.name, hint) for hint in PRICE)
    if priced or any(part in CURRENCIES for part in parts):
        return 1
    return None


def money_column(word: str, words: list[str], tables: list[Table]) -> tuple[Table, Column] | None:
    """The money column of the first table a question's word names, for a word of money."""
    if word not in MONEY_WORDS:
        return None
    said = [w for w in words if w not in STOP and w not in MONEY_WORDS]
    named = [t for t in tables if any(names_word(t.name, w, synonyms=False) for w in said)]
    if not named:  # "how much money have we taken": the one table of whole sums
        whole = [t for t in tables if any(_money(c) == 0 for c in t.columns)]
        named = whole if len(whole) == 1 else []
    for table in named:
        ranked = [(rank, c) for c in table.columns if (rank := _money(c)) is not None]
        if ranked:
            return table, min(ranked, key=lambda found: found[0])[1]
    return None
