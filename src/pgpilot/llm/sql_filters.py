"""Conditions of a plain question: values found, comparisons, NULL tests, flags and dates."""

from contextlib import suppress
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm import sql_calendar as calendar
from pgpilot.llm import sql_dates as dates
from pgpilot.llm.sql_columns import date_column, numeric_column, phrase_column, price_column
from pgpilot.llm.sql_dated import dated_child, event_dated
from pgpilot.llm.sql_flags import flag as state_flag
from pgpilot.llm.sql_headcount import headcount
from pgpilot.llm.sql_joins import column, ident, neighbours, path
from pgpilot.llm.sql_names import (
    ADJECTIVES,
    NotUnderstood,
    is_numeric,
    is_temporal,
    literal,
    variants,
)
from pgpilot.llm.sql_negation import excluded
from pgpilot.llm.sql_pairs import pair_condition
from pgpilot.llm.sql_placed import Placed
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_spans import span_condition
from pgpilot.llm.sql_stems import names_word
from pgpilot.llm.sql_subqueries import child_condition
from pgpilot.llm.sql_units import convert, hints_column, measures, same_kind, unit_column
from pgpilot.llm.sql_vocab import OPS, STOP
from pgpilot.sql.schema import Column, Table

# A comparative and the adjective whose columns it compares.
COMPARATIVES: Final = {
    "cheaper": "cheap",
    "longer": "long",
    "shorter": "short",
    "bigger": "big",
    "larger": "large",
    "smaller": "small",
    "heavier": "heavy",
    "lighter": "light",
    "taller": "tall",
    "higher": "high",
    "lower": "low",
}


def conditions(
    ask: Ask,
    placed: Placed,
    flags: list[tuple[Table, Column, str]],
    subject: Table,
    by_name: dict[str, Table],
    tables: list[Table],
    tokens: list[str],
) -> tuple[list[pgsql.Composable], list[Table]]:
    conditions: list[pgsql.Composable] = []
    wanted: list[Table] = []
    grouped: dict[tuple[str, str], list[str]] = {}
    for hit in placed.values:
        grouped.setdefault((hit.table, hit.column), []).append(hit.value)
    for (table_name, name), found in grouped.items():
        table = by_name[table_name]
        wanted.append(table)
        items = pgsql.SQL(", ").join(pgsql.Literal(v) for v in found)
        op = "= {}" if len(found) == 1 else "IN ({})"
        equal = pgsql.SQL("{} " + op).format(column(table, name), items)
        if (
            key := self_key(table, tokens, tables)
        ) is not None:  # "whose manager is Ada": another row
            own, other, inverse = key
            if inverse:  # "who manages Ada": the row Ada's key points to
                own, other = other, own
            equal = pgsql.SQL("{} IN (SELECT {} FROM {} WHERE {})").format(
                column(table, own), column(table, other), ident(table), equal
            )
        conditions.append(equal)
    for kind, word, value in ask.filters:
        target = subject
        if kind in ("year", "month", "relative", "calendar"):
            target = dated_table(subject, tables, tokens)
            wanted += [target] if target is not subject else []
        if kind == "compare":  # the number compared may be a joined table's: it joins
            joined = [*placed.tables, *wanted, *(s.target for s in neighbours(subject, tables))]
            owner, col = compared(word, value, subject, joined)
            wanted += [owner] if owner is not subject else []
            conditions.append(comparison(value, owner, col))
            continue
        conditions.append(condition_of(kind, word, value, target, tables, tokens))
    for table, col in placed.nulls:
        wanted.append(table)
        conditions.append(pgsql.SQL("{} IS NULL").format(column(table, col.name)))
    for table, col in placed.present:
        wanted.append(table)
        conditions.append(pgsql.SQL("{} IS NOT NULL").format(column(table, col.name)))
    for table, col, number in placed.equals:
        wanted.append(table)
        conditions.append(
            pgsql.SQL("{} = {}").format(column(table, col.name), literal(col, number))
        )
    for table, flag, test in flags:  # "{}", "NOT {}" or "{} IS NOT TRUE"
        wanted.append(table)
        conditions.append(pgsql.SQL(test).format(column(table, flag.name)))
    for table, unequal in excluded(placed, by_name):
        wanted.append(table)
        conditions.append(unequal)
    return conditions, wanted


def condition_of(
    kind: str, word: str, value: str, subject: Table, tables: list[Table], tokens: list[str]
) -> pgsql.Composable:
    if kind == "pair":
        return pair_condition(word, value, tables)
    if kind in ("absent", "children", "present", "missing"):
        return child_condition(kind, word, value, tables)
    if kind == "span":
        return span_condition(word, value, tables)
    if kind == "null":
        for col in subject.columns:
            if names_word(col.name, word.lower()) and col.nullable:
                return pgsql.SQL("{} IS NULL").format(column(subject, col.name))
        if (state := state_flag(word, [subject])) is not None and state[2] == "true":
            return pgsql.SQL("NOT {}").format(column(subject, state[1].name))  # without a cafe
        raise NotUnderstood(f"no column of {subject.name} says whether it was {word}")
    if kind == "year" and (counted := year_column(subject, tokens)) is not None:
        ops = {"before": "<", "after": ">", "since": ">="}
        return pgsql.SQL("{} " + ops.get(word, "=") + " {}").format(
            column(subject, counted.name), pgsql.Literal(int(value))
        )
    dated = column(subject, date_column(subject, tokens).name)
    if kind == "calendar":
        return calendar.condition(word, value, dated)
    if kind == "year":
        year = int(value)
        start, end = pgsql.Literal(f"{year}-01-01"), pgsql.Literal(f"{year + 1}-01-01")
        if word == "before":
            return pgsql.SQL("{} < {}").format(dated, start)
        if word in ("after",):
            return pgsql.SQL("{} >= {}").format(dated, end)
        if word == "since":
            return pgsql.SQL("{} >= {}").format(dated, start)
        return pgsql.SQL("{} >= {} AND {} < {}").format(dated, start, dated, end)
    if kind == "month" and word:
        op, _, said = word.rpartition(" ")  # "before 2025": the months before March 2025
        year, month = int(said), int(value)
        start = pgsql.Literal(f"{year}-{month:02d}-01")
        end = pgsql.Literal(f"{year + month // 12}-{month % 12 + 1:02d}-01")
        if op == "before":
            return pgsql.SQL("{} < {}").format(dated, start)
        if op == "after":
            return pgsql.SQL("{} >= {}").format(dated, end)
        if op == "since":
            return pgsql.SQL("{} >= {}").format(dated, start)
        return pgsql.SQL("{} >= {} AND {} < {}").format(dated, start, dated, end)
    if kind == "month":
        return pgsql.SQL("extract(month FROM {}) = {}").format(dated, pgsql.Literal(int(value)))
    return dates.condition(word, value, dated)


def compared(word: str, value: str, subject: Table, near: list[Table]) -> tuple[Table, Column]:
    """The number a comparison is on: the subject's own first, else one of a table `near` it.

    `near` are the tables joined already and those one key away: a number of a table further
    off is seldom what a comparison means ("rooms that cost more than 200" is no charge's).
    """
    op, _, said_unit = value.split("|")
    named = [w for w in word.split(",") if w]
    by_unit = unit_column(subject, said_unit)  # "longer than 5 km": distance_km
    # A unit said and stored decides ("tracks longer than 7 minutes": duration_seconds).
    if by_unit is not None and measures(said_unit):
        return subject, by_unit
    if measures(said_unit) and op.split()[0] in COMPARATIVES:
        with suppress(NotUnderstood):  # "works taller than 150 cm": height_cm, of the unit said
            if same_kind(said_unit, (tall := hinted(subject, op))[1].name):
                return tall
    # The subject's own number, by name or by unit, before any other table's ("bookings with a
    # nightly rate above 300": their nightly_rate, not a room type's base rate).
    for found in (_number_named(w, [subject]) for w in named):
        if found is not None:
            return found
    if by_unit is not None:
        return subject, by_unit  # "40 million", "less than £20": the subject's pounds
    for counted in (headcount(w, [subject, *near]) for w in named):
        if counted is not None:
            return counted  # "households of 6 or more people": household_size
    priced = any(w.lower() in PRICE_VERBS for w in named)
    for table in [subject, *near] if priced else ():
        if (price := price_column(table)) is not None:
            return table, price  # "plans that cost less than 20": what a plan costs, its fee
    for found in (_number_named(w, near) for w in named):
        if found is not None:
            return found
    return hinted(subject, op)


def _number_named(said: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """The number a word names, or two words exactly by a column's parts ("awarded amount")."""
    return phrase_column(said, tables) if " " in said else numeric_column(said, tables)


def comparison(value: str, table: Table, col: Column) -> pgsql.Composable:
    """`table.col <op> <number>`, the number converted to the column's unit."""
    op, said, said_unit = value.split("|")
    return pgsql.SQL("{} " + OPS[op] + " {}").format(
        column(table, col.name), literal(col, convert(said, said_unit, col.name))
    )


# Verbs that say a price: "that cost", "costing", "priced".
PRICE_VERBS: Final = frozenset({"cost", "costs", "costing", "priced"})


# Words after "manager" that keep the row asked for as the managed one: "whose manager is X",
# "managed by X", "reports to X".
LINKING: Final = frozenset(
    {"is", "was", "are", "were", "by", "to", "has", "had", "named", "called"}
)


def dated_table(subject: Table, tables: list[Table], tokens: list[str]) -> Table:
    """The subject, unless only a joined table's date is named (ordered → orders.ordered_at).

    A subject with dates of its own keeps them unless the table named is its neighbour:
    "candidates who signed up lately" is their registration, not a client's signing three
    joins away, while "customers who ordered in March" is their orders'.
    """
    if year_column(subject, tokens) is not None or _names_date(subject, tokens):
        return subject
    if event_dated(subject, [t for t in tokens if t not in STOP | variants(subject.name.lower())]):
        return subject  # "projects scheduled to finish": planned_completion, not a package's
    reach = 1 if any(is_temporal(c) for c in subject.columns) else len(tables)
    for table in tables:
        if table is not subject and _names_date(table, tokens):
            try:
                steps = path(subject, table, tables)
            except NotUnderstood:
                continue
            if len(steps) <= reach or variants(table.name.lower()) & set(tokens):
                return table  # a table the question names joins however far it is
    return dated_child(subject, tables, tokens) or subject


def _names_date(table: Table, tokens: list[str]) -> bool:
    said = [t for t in tokens if t not in STOP and t not in variants(table.name.lower())]
    dated = [c for c in table.columns if is_temporal(c)]
    return any(names_word(c.name, t, synonyms=False) for c in dated for t in said)


def self_key(table: Table, tokens: list[str], tables: list[Table]) -> tuple[str, str, bool] | None:
    """A self key a word names (manager → manager_id), its target, and whether reversed."""
    # Reversed: the row named is the one pointed from ("who manages Ada", "the mentor of Ada").
    for fk in table.foreign_keys:
        if fk.references != table.qualified or len(fk.columns) != 1:
            continue
        for i, word in enumerate(tokens):
            if word == "id" or names_word(table.name, word, synonyms=False):
                continue
            own = fk.columns[0]
            # By a synonym ("reports to" → manager_id) unless the word is another column's own.
            if names_word(own, word, synonyms=False) or (
                names_word(own, word) and not _names_column(word, tables)
            ):
                after = tokens[i + 1] if i + 1 < len(tokens) else ""
                # "who does Ada report to": the row named comes first, its key is followed.
                inverse = bool(after) and (after not in LINKING or i + 2 == len(tokens))
                return own, fk.referenced_columns[0], inverse
    return None


def _names_column(word: str, tables: list[Table]) -> bool:
    """Whether a word names a column by its own letters ("reported" → reporter_id)."""
    return any(names_word(c.name, word, synonyms=False) for t in tables for c in t.columns)


def year_column(table: Table, tokens: list[str]) -> Column | None:
    """A column of years ("year", "release_year"): one the words name, or the only dates."""
    years = [  # built_year (of any type, a domain of years too), year_created when a number
        c
        for c in table.columns
        if (parts := c.name.lower().split("_"))[-1] == "year" or ("year" in parts and is_numeric(c))
    ]
    named = [c for c in years if any(names_word(c.name, t) for t in tokens if t != "year")]
    if named:
        return named[0]
    dated = [c for c in table.columns if is_temporal(c)]
    return years[0] if years and not dated else None


def hinted(table: Table, op: str) -> tuple[Table, Column]:
    """The number a comparison's adjective means ("heavier than" → weight), else a size."""
    adjective = "expensive" if "expensive" in op else COMPARATIVES.get(op.split()[0], "large")
    hints = ADJECTIVES[adjective][0]
    for hint in hints:
        for col in table.columns:
            if hints_column(col.name, hint) and is_numeric(col):
                return table, col
    raise NotUnderstood(f"which number of {table.name} is {op}?")
