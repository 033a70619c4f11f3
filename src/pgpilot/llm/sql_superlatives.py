"""What "the most <words>" measures when the words are a price, pay or money, not rows to count.

"which route has the most expensive ticket price": the rows sorted by that money column;
"which backer has put the most money into projects": a sum of the money of their child rows
(the pledges' amount), not a count of projects, and so is "the most revenue" of rows that
hold none themselves; "the highest paid crew member": the crew sorted
by their pay (a salary, a wage, a day rate); "how many volunteer hours" a sum of the hours.
Everyday words only, for any schema.
"""

import re
from typing import Final

from pgpilot.llm.sql_columns import numeric_column
from pgpilot.llm.sql_exists import child_path
from pgpilot.llm.sql_measured import money_column
from pgpilot.llm.sql_names import is_numeric
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_units import hints_column, unit_of
from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values

# Adjectives of cost before a noun of money: "the most expensive entry fee" is its fee.
COSTLY: Final = frozenset({"expensive", "costly", "pricey", "dear"})
# "the most money", "the most cash": a sum of money, whatever its column is called.
MONEY: Final = frozenset({"money", "cash", "funds", "funding"})
# Money coming in, the same sum unless the rows hold a column of that name themselves.
TAKEN: Final = frozenset({"revenue", "income", "takings", "turnover"})
# What people are paid, in the order a column is chosen: "the highest paid" is the salary.
PAY: Final = ("salary", "pay", "wage", "wages", "earnings", "rate", "fee")
_PAID = r"(?P<adj>highest|best|top|lowest|worst|least well|most well)[- ](?:paid|earning)"
# "the highest paid crew member", "which officer is the lowest paid": rows sorted by pay.
PAID_FIRST: Final = re.compile(rf"(?i)^(?:who (?:is|are) )?(?:our |the )?{_PAID} (?P<rows>[\w ]+)$")
PAID_LAST: Final = re.compile(
    rf"(?i)^(?:who |which )?(?P<rows>[\w ]+?) (?:is|are|was|were|gets|get) (?:the )?{_PAID}$"
)
LOW: Final = frozenset({"lowest", "worst", "least well"})
# "which location have we shot at most often": the rows the verb's act was done to the most.
OFTEN: Final = re.compile(
    r"(?i)^(?P<which>which|what) (?P<who>[\w ]+?) (?:have|has|had|did|do|does) "
    r"(?:we|you|they|people|i|customers|users) (?P<verb>\w+)(?: (?:at|in|on|to|with|from|for))? "
    r"(?:the )?(?P<deg>most|least)(?: often| times)?$"
)


def most_often(text: str) -> str:
    """ "which location have we shot at most often" said as "which location was shot the most".

    >>> most_often("which location have we shot at most often")
    'which location was shot the most'
    """
    if (found := OFTEN.match(text)) is None:
        return text
    return f"{found['which']} {found['who']} was {found['verb']} the {found['deg']}"


def rows_named(who: str, tables: list[Table], values: Values | None) -> list[Table]:
    """The tables the words name, else the one table whose values they are ("which car park").

    >>> rows_named("", [], None)
    []
    """
    named = place(who, tables, None).tables
    if named or values is None:
        return named
    valued = place(who, tables, values)
    held = {h.table for h in valued.values}
    if valued.unplaced or valued.tables or valued.columns or len(held) != 1:
        return []
    return [t for t in tables if t.qualified in held]


def priced(what: str, who: list[Table]) -> str:
    """The words without a cost adjective, when the rest names a number of the rows.

    >>> priced("expensive entry fee", [])
    'expensive entry fee'
    """
    said = what.split()
    rest = " ".join(w for w in said if w.lower() not in COSTLY)
    if len(who) != 1 or rest == what or not rest or numeric_column(rest, who) is None:
        return what
    return rest


def money_most(ask: Ask, tables: list[Table]) -> None:
    """ "which backer has put the most money into projects": their child rows' money, summed.

    The money is that of the nearest child table of the rows with one money column.
    """
    said = ask.text.lower().split()
    if ask.kind != "most" or ask.fn or not said or said[0] not in MONEY | TAKEN:
        return
    who = place(ask.who, tables, None).tables
    if len(who) != 1 or (said[0] in TAKEN and numeric_column(said[0], who) is not None):
        return  # "which film has the most revenue": films.revenue itself
    near = sorted(
        ((len(steps), t) for t in tables if (steps := child_path(who[0], t, tables))),
        key=lambda n: n[0],
    )
    for _, table in near:
        if (money := money_column(table)) is not None:
            ask.fn, ask.text = "sum", f"{table.name} {money.name}"
            return


def paid_ranked(ask: Ask, tables: list[Table]) -> None:
    """ "who is our highest paid crew member": the rows sorted by their pay column, one if one.

    >>> ask = Ask("list", "the best paid nobody")
    >>> paid_ranked(ask, [])
    >>> ask.kind, ask.order
    ('list', '')
    """
    found = PAID_FIRST.match(ask.text) or PAID_LAST.match(ask.text)
    if ask.kind != "list" or ask.order or found is None:
        return
    rows = place(found["rows"], tables, None).tables
    if len(rows) != 1:
        return
    keys = set(rows[0].primary_key) | {c for fk in rows[0].foreign_keys for c in fk.columns}
    numbers = [c for c in rows[0].columns if is_numeric(c) and c.name not in keys]
    paid = [c for hint in PAY for c in numbers if hints_column(c.name, hint)]
    if not paid:
        return
    last = found["rows"].split()[-1].lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    ask.text, ask.order = found["rows"], paid[0].name
    ask.limit = ask.limit or (10 if plural else 1)  # "the 3 best-paid speakers": 3
    ask.descending = found["adj"].lower() not in LOW


def units_counted(ask: Ask, tables: list[Table]) -> None:
    """ "how many volunteer hours has each warehouse had": hours are summed (duration_hours).

    A count of a unit that some number is measured in, when no table is called so, is a sum.
    """
    said = ask.text.lower().split()
    if ask.kind != "count" or ask.distinct or not said or place(said[-1], tables, None).tables:
        return
    unit = said[-1]
    if any(unit in t.name.lower().split("_") for t in tables):
        return  # "number of shooting days": rows of shooting_days, counted
    if len(unit) > 2 and any(
        is_numeric(c) and unit_of(c.name) == unit for t in tables for c in t.columns
    ):
        ask.kind, ask.fn = "agg", "sum"
