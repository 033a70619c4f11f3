"""One named row's value that "how much", "how long" or a verb asks for, shown alone.

"how much is the Premium plan per month" → the plan's price-like column, the monthly one when a
period is said; "how much is a ticket for the Spring Gala" → the column its word names
(ticket_price_eur); "how long does The Glass River last" → what "how long is" measures; "what
does Grace Okonkwo specialise in" → the column the verb names (specialty); "what does X earn"
→ the pay the verb means; "what's the maximum salary for the Recruiter position" → a column
named so (max_salary_eur), not max() of another. The row is named by a value found in the data.
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_attribute import attribute, selected
from pgpilot.llm.sql_columns import price_column
from pgpilot.llm.sql_joins import column, ident
from pgpilot.llm.sql_named_rows import Row, named_row
from pgpilot.llm.sql_names import PRICE, is_numeric, is_temporal, variants
from pgpilot.llm.sql_stems import names_word, stem
from pgpilot.llm.sql_units import hints_column
from pgpilot.llm.sql_upcoming import begins
from pgpilot.llm.sql_words import words
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

HOW_MUCH: Final = re.compile(
    r"(?i)^how much (?:is|are|was|were|does|do|did) (?P<rest>.+?)(?: (?:cost|charge)s?)?"
    r"(?P<per> (?:per|a|an|each|every) [a-z]+)?$"
)
# "how much does it cost per hour to park on Castle Street": the money of the row the verb's
# object names, whatever the verb (enter, join, visit); the period said before or after it.
COST_TO: Final = re.compile(
    r"(?i)^(?:how much|what) (?:does|do|did|will|would) it (?:cost|charge)(?: us| me)?"
    r"(?P<per> (?:per|a|an|each|every) [a-z]+)? to [a-z]+(?: (?:at|on|in|into|for|with|to))?"
    r" (?P<row>.+?)(?P<per2> (?:per|a|an|each|every) [a-z]+)?$"
)
PER: Final = re.compile(r"(?i)^(?P<rest>.+?) (?:per|a|an|each|every) (?P<period>[a-z]+)$")
FOR_ROW: Final = re.compile(
    r"(?i)^(?:(?:a|an|the|one) )?(?P<what>[a-z][\w ]*?) (?:for|of|at|to|on|in) (?P<row>.+)$"
)
# "how much does Moose weigh", "how much does Acme pay": the number the verb names, alone.
HOW_MUCH_VERB: Final = re.compile(r"(?i)^how much (?:does|do|did) (?P<row>.+?) (?P<verb>[a-z]+)$")
HOW_DOES: Final = re.compile(
    r"(?i)^how (?P<adj>\w+) (?:does|do|did|will) (?P<row>.+?) (?:last|take|run|go on)$"
)
WHAT_DOES: Final = re.compile(
    r"(?i)^what (?:does|do|did) (?P<row>.+?) (?P<verb>[a-z]+)(?: (?:in|on|for|as|with))?$"
)
# "how many people are in household HH-0043", "how many seats come with the Team plan": the
# named row's number the noun names, as "how many seats does the Team plan have".
COUNT_IN: Final = re.compile(
    r"(?i)^how many (?P<noun>\w+) (?:are|is|were|was|live|come|comes|came|go|goes) "
    r"(?:in|with|on|into|included (?:in|with)) (?P<row>.+)$"
)
WHEN_IS: Final = re.compile(r"(?i)^when(?:'s| is| was| are| were) (?P<row>.+)$")
# "which venue is Festival Finale at": the row of the named table the named row's key points to.
WHICH_AT: Final = re.compile(
    r"(?i)^(?:which|what) (?P<noun>[a-z]+) (?:is|was|are|were) (?P<row>.+?) "
    r"(?:at|in|on|from|by|under|with|held at|held in|part of)$"
)
ASKED_FOR: Final = re.compile(
    r"(?i)^(?:what is|what's|what are|what was|show(?: me)?|give me|tell me) (?:the |our )?"
    r"(?P<col>[a-z][\w ]*?) (?:for|of) (?P<row>.+)$"
)
# The name parts a period said ("per month") is written with.
PERIODS: Final = {
    "hour": ("hour", "hourly"),
    "day": ("day", "daily"),
    "night": ("night", "nightly"),
    "week": ("week", "weekly"),
    "month": ("month", "monthly"),
    "year": ("year", "yearly", "annual", "annually"),
}
# Verbs whose object is money, and the name parts of the columns that hold it.
PAID: Final = {
    "earn": ("salary", "pay", "wage", "earnings", "income"),
    "make": ("salary", "pay", "wage", "earnings", "income"),
    "paid": ("salary", "pay", "wage", "earnings", "income"),
    "pay": ("salary", "pay", "wage", "earnings", "income", *PRICE),
    "charge": PRICE,
    "cost": PRICE,
}
# Words of an aggregate that are also written in column names: max_salary, min_order.
AGGREGATES: Final = {
    "maximum": "max",
    "max": "max",
    "highest": "max",
    "top": "max",
    "minimum": "min",
    "min": "min",
    "lowest": "min",
    "average": "avg",
    "avg": "avg",
    "total": "total",
}


def fact(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of a named row's one column, or None when the question is not of this shape."""
    if values is None:
        return None
    if found := COUNT_IN.match(text):
        return attribute(f"how many {found['noun']} does {found['row']} have", tables, values)
    if found := HOW_DOES.match(text):
        return attribute(f"how {found['adj']} is {found['row']}", tables, values)
    if found := COST_TO.match(text):
        said = found["row"] + (found["per"] or found["per2"] or "")
        return _how_much(said, tables, values)
    if (found := HOW_MUCH.match(text)) and (
        answer := _how_much(found["rest"] + (found["per"] or ""), tables, values)
    ):
        return answer
    if found := HOW_MUCH_VERB.match(text):
        row = named_row(found["row"], tables, values)
        col = None if row is None else _verbed(row[0], found["verb"].lower())
        return None if row is None or col is None or not is_numeric(col) else selected(row, [col])
    if HOW_MUCH.match(text):
        return None
    if found := WHEN_IS.match(text):
        row = named_row(found["row"], tables, values)
        col = None if row is None else begins(row[0])
        return None if row is None or col is None else selected(row, [col])
    if found := WHICH_AT.match(text):
        row = named_row(found["row"], tables, values)
        return None if row is None else _pointed(row, found["noun"].lower(), tables)
    if found := WHAT_DOES.match(text):
        row = named_row(found["row"], tables, values)
        col = None if row is None else _verbed(row[0], found["verb"].lower())
        return None if row is None or col is None else selected(row, [col])
    if found := ASKED_FOR.match(text):
        said = words(found["col"])
        if not said or said[0] not in AGGREGATES:
            return None  # other columns for a row are `lookup`'s: this is for max_… names
        row = named_row(found["row"], tables, values)
        col = None if row is None else _aggregate_named(row[0], said)
        return None if row is None or col is None else selected(row, [col])
    return None


def _pointed(row: Row, noun: str, tables: list[Table]) -> str | None:
    """The row of the table a noun names that the named row's one key to it points to."""
    named, said = row
    keys = [
        (t, fk)
        for t in tables
        if noun in variants(t.name.lower())
        for fk in named.foreign_keys
        if fk.references == t.qualified
    ]
    if len(keys) != 1:
        return None
    parent, fk = keys[0]
    on = pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(parent, r), column(named, c))
        for c, r in zip(fk.columns, fk.referenced_columns, strict=True)
    )
    where = pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(named, name), pgsql.Literal(value))
        for name, value in said
    )
    return (
        pgsql.SQL("SELECT {}.* FROM {} JOIN {} ON {} WHERE {}")
        .format(ident(parent), ident(parent), ident(named), on, where)
        .as_string()
    )


def _how_much(rest: str, tables: list[Table], values: Values) -> str | None:
    """ "the Premium plan per month", "a ticket for the Spring Gala": its price-like column."""
    period = None
    if (per := PER.match(rest)) and per["period"].lower() in PERIODS:
        rest, period = per["rest"], per["period"].lower()
    what: list[str] = []
    row = named_row(rest, tables, values)
    if row is None and (part := FOR_ROW.match(rest)):
        what, row = words(part["what"]), named_row(part["row"], tables, values)
    if row is None:
        return None
    table = row[0]
    money = [
        c for c in table.columns if is_numeric(c) and any(hints_column(c.name, p) for p in PRICE)
    ]
    if what:
        money = [c for c in money if all(names_word(c.name, w, synonyms=False) for w in what)]
    if period is not None:
        money = [c for c in money if set(c.name.lower().split("_")) & set(PERIODS[period])]
    if len(money) == 1:
        return selected(row, money)
    priced = None if what or period else price_column(table)
    return None if priced is None else selected(row, [priced])


def _verbed(table: Table, verb: str) -> Column | None:
    """The column a verb names (specialise → specialty), or the money it means (earn → salary)."""
    keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
    plain = [c for c in table.columns if c.name not in keys and not is_temporal(c)]
    named = [c for c in plain if names_word(c.name, verb, synonyms=False) or _akin(c, verb)]
    if len(named) == 1:
        return named[0]
    paid = [
        c
        for c in plain
        if is_numeric(c) and any(hints_column(c.name, p) for p in PAID.get(verb, ()))
    ]
    return paid[0] if len(paid) == 1 else None


def _akin(col: Column, verb: str) -> bool:
    """Whether a verb and a part of the column's name share their root: specialise, specialty."""
    root = stem(verb)
    least = max(5, len(root) - 2)
    return any(_shared(root, part) >= least for part in col.name.lower().split("_"))


def _shared(one: str, other: str) -> int:
    """How many letters two words share from their start."""
    return next(
        (i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
        min(len(one), len(other)),
    )


def _aggregate_named(table: Table, said: list[str]) -> Column | None:
    """The one column whose name holds the aggregate's word and the others: max_salary_eur."""
    short = AGGREGATES[said[0]]
    rest = [w for w in said[1:] if w not in ("the", "a", "an")]
    found = [
        c
        for c in table.columns
        if short in c.name.lower().split("_")
        and all(names_word(c.name, w, synonyms=False) for w in rest)
    ]
    return found[0] if len(found) == 1 else None
