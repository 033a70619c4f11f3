"""The offline SQL planner's vocabulary: fuzzy table and column names, conditions, literals."""

import re
from decimal import Decimal, InvalidOperation
from difflib import get_close_matches
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_degrees import inflected
from pgpilot.sql.ranking import stems
from pgpilot.sql.schema import Column, Table

NUMERIC: Final = ("smallint", "integer", "bigint", "numeric", "real", "double", "decimal")
TEMPORAL: Final = ("timestamp", "date", "time")
TRUE_WORDS: Final = frozenset({"true", "yes", "y", "1", "t", "on"})
FALSE_WORDS: Final = frozenset({"false", "no", "n", "0", "f", "off"})
NULL_OPS: Final = (
    (re.compile(r"(?i)^(?P<col>.+?)\s+is\s+not\s+(?:null|empty|missing|set)$"), "IS NOT NULL"),
    (re.compile(r"(?i)^(?P<col>.+?)\s+(?:is\s+)?(?:null|empty|missing|not\s+set)$"), "IS NULL"),
)
WORD_OPS: Final = (
    ("is greater than or equal to", ">="),
    ("greater than or equal to", ">="),
    ("is less than or equal to", "<="),
    ("less than or equal to", "<="),
    ("is not equal to", "<>"),
    ("is equal to", "="),
    ("is greater than", ">"),
    ("is more than", ">"),
    ("is less than", "<"),
    ("is at least", ">="),
    ("is at most", "<="),
    ("greater than", ">"),
    ("more than", ">"),
    ("less than", "<"),
    ("fewer than", "<"),
    ("at least", ">="),
    ("at most", "<="),
    ("is before", "<"),
    ("is after", ">"),
    ("starts with", "starts"),
    ("ends with", "ends"),
    ("not like", "NOT ILIKE"),
    ("contains", "contains"),
    ("is not", "<>"),
    ("isn't", "<>"),
    ("equals", "="),
    ("before", "<"),
    ("after", ">"),
    ("above", ">"),
    ("below", "<"),
    ("over", ">"),
    ("under", "<"),
    ("like", "ILIKE"),
    ("is", "="),
    ("in", "IN"),
)
# "Most/least <adjective>": which columns it sorts by, and whether "most" is descending. A hint
# names a column's bare name (weight_kg → weight) or its first or last word (amount_due).
# A rate is what a room, a car or an hour costs (nightly_rate, rental_rate): last, after prices.
PRICE: Final = (
    *("price", "unit_price", "cost", "amount", "total", "fee", "rent", "fare", "charge", "rate"),
    "tariff",
)
# After the sizes of things, money paid to people: "the biggest offer" is its salary.
SIZE: Final = (
    *("total", "amount", "lifetime_value", "price", "quantity", "stock"),
    *("capacity", "size", "area", "volume", "principal", "balance", "salary", "pay", "wage"),
)
WEIGHTS: Final = ("weight", "mass")
LENGTHS: Final = ("length", "duration", "runtime", "minutes", "length_minutes", "distance")
HEIGHTS: Final = ("height", "elevation", "altitude")
# How steeply a road, a slope or a roof rises: "the steepest slope" is its gradient.
STEEPNESS: Final = ("gradient", "incline", "grade", "pitch")
ADJECTIVES: Final = {
    "expensive": (PRICE, True),
    "costly": (PRICE, True),
    "pricey": (PRICE, True),
    "priciest": (PRICE, True),
    "cheap": (PRICE, False),
    "cheapest": (PRICE, False),
    "inexpensive": (PRICE, False),
    "large": (SIZE, True),
    "largest": (SIZE, True),
    "big": (SIZE, True),
    "biggest": (SIZE, True),
    "high": ((*SIZE, *HEIGHTS), True),
    "highest": ((*SIZE, *HEIGHTS), True),
    "valuable": (SIZE, True),
    "small": (SIZE, False),
    "smallest": (SIZE, False),
    "lowest": ((*SIZE, *HEIGHTS), False),
    "low": ((*SIZE, *HEIGHTS), False),
    "best": (SIZE, True),  # "the best paid teacher": the column the next word names
    "worst": (SIZE, False),
    "recent": ((), True),
    "new": ((), True),
    "newest": ((), True),
    "latest": ((), True),
    "old": ((), False),
    "young": ((), True),
    "oldest": ((), False),
    "earliest": ((), False),
    "heavy": (WEIGHTS, True),
    "heavier": (WEIGHTS, True),
    "heaviest": (WEIGHTS, True),
    "light": (WEIGHTS, False),
    "lighter": (WEIGHTS, False),
    "lightest": (WEIGHTS, False),
    "long": (LENGTHS, True),
    "longest": (LENGTHS, True),
    "short": (LENGTHS, False),
    "shortest": (LENGTHS, False),
    "tall": (HEIGHTS, True),
    "steep": (STEEPNESS, True),
    "gentle": (STEEPNESS, False),
}
ADJECTIVES.update(inflected(ADJECTIVES))  # costly → costlier, costliest
SYMBOL_OPS: Final = (">=", "<=", "<>", "!=", "=", ">", "<")
CONDITION: Final = re.compile(
    r"(?i)^(?P<col>.+?)(?:\s*(?P<sym>"
    + "|".join(re.escape(op) for op in SYMBOL_OPS)
    + r")\s*|\s+(?P<word>"
    + "|".join(re.escape(word) for word, _ in WORD_OPS)
    + r")\s+)(?P<val>.+)$"
)
WORD_OP_SQL: Final = dict(WORD_OPS)


class NotUnderstood(Exception):
    """The words name nothing in the schema, or do not fit the grammar."""


def key(text: str) -> str:
    """A name as a schema would spell it: lower case, underscores, no quotes."""
    text = text.strip().strip("\"'`").lower()
    return re.sub(r"(?i)[\s\-]+", "_", text)


def variants(name: str) -> set[str]:
    """Singular and plural spellings of a name (order_items ↔ order_item)."""
    found = {name, name + "s", name + "es"}
    if name.endswith("ies"):
        found.add(name[:-3] + "y")
    if name.endswith("y"):
        found.add(name[:-1] + "ies")
    if name.endswith("es"):
        found.add(name[:-2])
    if name.endswith("s"):
        found.add(name[:-1])
    return found


def find_table(phrase: str, tables: list[Table], *, close: bool = True) -> Table:
    """The table a phrase names: exact, singular/plural, then comment words, then close spelling."""
    name = re.sub(r"(?i)^(?:the|all|our|every|each)_", "", key(phrase))
    wanted = variants(name)
    for table in tables:
        if table.name.lower() in wanted or table.qualified.lower() in wanted:
            return table
    words = stems(phrase)
    by_comment = [t for t in tables if t.comment and words and words <= stems(t.comment)]
    if len(by_comment) == 1:
        return by_comment[0]
    spelt = get_close_matches(name, [t.name.lower() for t in tables], n=1, cutoff=0.8)
    if spelt and close:
        return next(t for t in tables if t.name.lower() == spelt[0])
    raise NotUnderstood(f"no table called {phrase!r}")


def find_column(phrase: str, table: Table) -> Column:
    """The column a phrase names in a table, by name, `is_` flag, comment or close spelling."""
    name = re.sub(r"(?i)^(?:the|its|their)_", "", key(phrase))
    wanted = variants(name)
    wanted |= {f"is_{n}" for n in wanted} | {f"has_{n}" for n in wanted}
    for column in table.columns:
        if column.name.lower() in wanted:
            return column
    linked = {fk.references.rsplit(".", 1)[-1].lower() for fk in table.foreign_keys}
    if linked & wanted:  # "per client" names the clients the key points to, not a comment's word
        raise NotUnderstood(f"{phrase!r} is a table linked to {table.name}, not its column")
    words = stems(phrase)
    by_comment = [c for c in table.columns if c.comment and words and words <= stems(c.comment)]
    if len(by_comment) == 1:
        return by_comment[0]
    close = get_close_matches(name, [c.name.lower() for c in table.columns], n=1, cutoff=0.8)
    if close:
        return next(c for c in table.columns if c.name.lower() == close[0])
    raise NotUnderstood(f"no column called {phrase!r} in {table.name}")


def is_numeric(column: Column) -> bool:
    """Whether a column holds numbers."""
    return column.type.lower().startswith(NUMERIC)


def is_temporal(column: Column) -> bool:
    """Whether a column holds dates or times."""
    return column.type.lower().startswith(TEMPORAL)


def literal(column: Column, text: str) -> pgsql.Literal:
    """A user's value as a safe SQL literal of the column's kind."""
    value = text.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    if column.type.lower() == "boolean":
        if value.lower() in TRUE_WORDS:
            return pgsql.Literal(True)
        if value.lower() in FALSE_WORDS:
            return pgsql.Literal(False)
    if is_numeric(column):
        try:
            number = Decimal(value.replace(",", ""))
        except InvalidOperation:
            raise NotUnderstood(f"{value!r} is not a number for {column.name}") from None
        return pgsql.Literal(int(number) if number == number.to_integral_value() else number)
    return pgsql.Literal(value)


def condition(text: str, table: Table) -> pgsql.Composable:
    """One `<column> <op> <value>` condition, safely composed."""
    text = text.strip()
    for pattern, test in NULL_OPS:
        if found := pattern.match(text):
            column = find_column(found["col"], table)
            return pgsql.SQL("{} " + test).format(pgsql.Identifier(column.name))
    found = CONDITION.match(text)
    if found is None:
        return _bare(text, table)
    column = find_column(found["col"], table)
    ident = pgsql.Identifier(column.name)
    op = "<>" if found["sym"] == "!=" else found["sym"] or WORD_OP_SQL[found["word"].lower()]
    value = found["val"].strip()
    if op == "IN":
        items = [literal(column, part) for part in re.split(r"(?i)\s*,\s*|\s+or\s+", value) if part]
        return pgsql.SQL("{} IN ({})").format(ident, pgsql.SQL(", ").join(items))
    if op in ("contains", "starts", "ends", "ILIKE", "NOT ILIKE"):
        bare = value.strip("\"'")
        like = {"contains": f"%{bare}%", "starts": f"{bare}%", "ends": f"%{bare}"}.get(op, bare)
        verb = "NOT ILIKE" if op == "NOT ILIKE" else "ILIKE"
        return pgsql.SQL("{}::text " + verb + " {}").format(ident, pgsql.Literal(like))
    return pgsql.SQL("{} " + op + " {}").format(ident, literal(column, value))


def _bare(text: str, table: Table) -> pgsql.Composable:
    """`<column> <value>` (status cancelled) or a flag (active, not discontinued)."""
    negated = text.lower().startswith("not ")
    flag = text[4:] if negated else text
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        try:
            column = find_column(" ".join(words[:cut]), table)
        except NotUnderstood:
            continue
        value = literal(column, " ".join(words[cut:]))
        return pgsql.SQL("{} = {}").format(pgsql.Identifier(column.name), value)
    column = find_column(flag, table)
    if column.type.lower() != "boolean":
        raise NotUnderstood(f"cannot read the condition {text!r}")
    return pgsql.SQL("{} = {}").format(pgsql.Identifier(column.name), pgsql.Literal(not negated))


def where(text: str | None, table: Table) -> pgsql.Composable:
    """` WHERE a AND b …` for conditions joined by "and", or nothing."""
    if not text:
        return pgsql.SQL("")
    parts = [condition(part, table) for part in re.split(r"(?i)\s+and\s+", text.strip()) if part]
    return pgsql.SQL(" WHERE ") + pgsql.SQL(" AND ").join(parts)
