"""Negated words: what "not", "no" or un-/in-/non- make of the value, flag or date a word names.

"not" takes the complement of what the word alone selects, so every row is in exactly one of
"X" and "not X": "orders not placed online" are those whose channel is anything else or not
recorded (IS DISTINCT FROM), "plants that aren't hardy" those not known to be hardy (IS NOT TRUE
where the flag may be NULL; where a column is never NULL, plain <> and NOT say the same). A
word that says the opposite state itself ("inactive", "part-time") asserts that state: NOT
is_active, unknowns left out. "not shipped", "unpaid": the act's nullable date IS NULL.
A negation governs the first thing named after it across linking words only ("not made
online", "aren't currently"), never across "and", "or" or a new clause ("who", "that").
"""

from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_joins import column
from pgpilot.llm.sql_placed import Placed
from pgpilot.llm.sql_stems import names_word
from pgpilot.llm.sql_vocab import FILLER, NEGATIONS
from pgpilot.sql.schema import Column, Table

# Words that end a negation's reach: "not cancelled and shipped to Leeds" negates one word.
CLAUSE: Final = frozenset({"and", "or", "but", "who", "whom", "whose", "which", "that", "than"})


def governing(tokens: list[str], i: int, spent: set[int]) -> bool:
    """Whether a negation not yet spent governs the word at `i`; if so it is spent."""
    j = i - 1
    while j >= 0 and tokens[j] in FILLER and tokens[j] not in NEGATIONS | CLAUSE:
        j -= 1
    if j < 0 or tokens[j] not in NEGATIONS or j in spent:
        return False
    spent.add(j)
    return True


def place_state(state: tuple[Table, Column, str], negated: bool, placed: Placed) -> None:
    """A state word's test: the flag, its opposite ("part-time": NOT is_full_time), or a NULL."""
    table, col, test = state
    if test == "null":
        placed.nulls.append((table, col))
    elif test == "false" and negated:  # "not part-time": is_full_time
        placed.columns.append((table, col))
    elif test == "false":
        placed.negated.append((table, col))
    elif negated:
        placed.denied.append((table, col))
    else:
        placed.columns.append((table, col))


def deny_column(placed: Placed) -> None:
    """The column just named, negated: a flag denied ("not tenured"), else empty ("no email")."""
    table, col = placed.columns[-1]
    if col.type.lower() == "boolean":
        placed.columns.pop()
        placed.denied.append((table, col))
    elif col.nullable:  # "with no insurer", "without an email"
        placed.columns.pop()
        placed.nulls.append((table, col))


def exclude_value(placed: Placed) -> None:
    """The value just found, negated: "not online" selects every other channel."""
    placed.excluded.append(placed.values.pop())


def nullable(word: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """The nullable column a negated word names: not returned → return_date."""
    for table in tables:
        for col in table.columns:
            if col.nullable and names_word(col.name, word):
                return table, col
    return None


def negated_flag(word: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """inactive, unpaid, non-member: a boolean column the rest of the word names."""
    for prefix in ("non", "in", "un"):
        rest = word.removeprefix(prefix).lstrip("-")
        if rest != word and len(rest) >= 4:
            for table in tables:
                for col in table.columns:
                    if col.type.lower() == "boolean" and names_word(col.name, rest):
                        return table, col
    return None


def negated_state(word: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """unpaid, undelivered: a nullable date or flag column the participle after un- names."""
    rest = word.removeprefix("un")
    if rest == word or len(rest) < 4 or not rest.endswith(("ed", "id", "t", "n")):
        return None
    return nullable(rest, tables)


def denial(col: Column) -> str:
    """The test of a flag said not to hold: NOT, or IS NOT TRUE where it may be unknown."""
    return "{} IS NOT TRUE" if col.nullable else "NOT {}"


def excluded(placed: Placed, by_name: dict[str, Table]) -> list[tuple[Table, pgsql.Composable]]:
    """Each column's test that it holds none of the values said after "not"."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for hit in placed.excluded:
        grouped.setdefault((hit.table, hit.column), []).append(hit.value)
    tests: list[tuple[Table, pgsql.Composable]] = []
    for (name, col_name), said in grouped.items():
        table = by_name[name]
        col = next(c for c in table.columns if c.name == col_name)
        items = pgsql.SQL(", ").join(pgsql.Literal(v) for v in said)
        ref = column(table, col_name)
        if len(said) == 1:
            test = "{} IS DISTINCT FROM {}" if col.nullable else "{} <> {}"
            tests.append((table, pgsql.SQL(test).format(ref, items)))
        elif col.nullable:
            either = pgsql.SQL("({} IS NULL OR {} NOT IN ({}))").format(ref, ref, items)
            tests.append((table, either))
        else:
            tests.append((table, pgsql.SQL("{} NOT IN ({})").format(ref, items)))
    return tests
