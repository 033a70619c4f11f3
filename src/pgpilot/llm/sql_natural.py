"""Plain questions: counts, aggregates, groups, superlatives and filters in everyday words.

"how many orders were cancelled", "average price per category", "top 5 customers by number of
orders", "customers who bought a Wireless Bicycle". Words that are values are found in the
target's data (`Values`); tables of different words are joined along foreign keys.
"""

import re

from psycopg import sql as pgsql

from pgpilot.llm import sql_superlatives as superlatives
from pgpilot.llm.sql_absence import take_absent
from pgpilot.llm.sql_act_counts import acts_most
from pgpilot.llm.sql_child_sums import counted_rows, money_ranked, summed_most
from pgpilot.llm.sql_columns import label_columns, numeric_column, phrase_column
from pgpilot.llm.sql_each import per_each
from pgpilot.llm.sql_exists import take_children
from pgpilot.llm.sql_filters import conditions
from pgpilot.llm.sql_flag_order import flags_in_order
from pgpilot.llm.sql_joins import from_clause, names_a_key
from pgpilot.llm.sql_loose import loose_words, noted, still_asks, without
from pgpilot.llm.sql_measured import (
    amount_named,
    money_taken,
    nearest,
    own_number,
    revenue_asked,
    summed,
)
from pgpilot.llm.sql_names import ADJECTIVES, NotUnderstood, is_numeric
from pgpilot.llm.sql_negation import denial
from pgpilot.llm.sql_numerals import bound_named
from pgpilot.llm.sql_pairs import take_pairs
from pgpilot.llm.sql_people import person_listed
from pgpilot.llm.sql_periods import take_period
from pgpilot.llm.sql_placed import Placed
from pgpilot.llm.sql_purpose import purpose_dropped
from pgpilot.llm.sql_question import COLUMNS_OF, Ask, question, take_filters
from pgpilot.llm.sql_ranking import counted_act, ranked_measure, sorted_rows
from pgpilot.llm.sql_roles import acted_by, said_words, who_counted
from pgpilot.llm.sql_select import group_of, measure, select
from pgpilot.llm.sql_spans import take_spans
from pgpilot.llm.sql_states import states_said
from pgpilot.llm.sql_stems import names_word, stem
from pgpilot.llm.sql_tallies import group_head
from pgpilot.llm.sql_trees import joins
from pgpilot.llm.sql_units import measured_table
from pgpilot.llm.sql_words import place, words
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Hit, Values


def natural(
    text: str, tables: list[Table], values: Values | None, said: str | None = None
) -> str | None:
    """SQL for a plainly worded read, or NotUnderstood naming the words it could not place.

    `said` is the question as asked, before rephrasing: its words choose between two keys.
    """
    asked = said_words(text if said is None else said)
    text = flags_in_order(text, tables)  # "tickets breached their SLA": sla_breached
    text = purpose_dropped(text, tables, values)  # "available for adoption": available
    text = states_said(text, values)  # "did not start": 'did_not_start'
    text, period = take_period(text, tables, values)
    ask = question(per_each(text, tables))  # "pieces each composer has written": per composer
    ask.period = period
    superlatives.paid_ranked(ask, tables)  # "the highest paid crew member": day_rate
    take_children(ask, tables, asked)
    take_absent(ask, tables, values, " ".join(sorted(asked)))  # "plans nobody signed up for"
    take_pairs(ask, tables, values)
    take_spans(ask, tables)
    take_filters(ask, tables)
    summed(ask)  # "ticket revenue by category": a sum
    superlatives.units_counted(ask, tables)  # "how many volunteer hours": summed
    if ask.group is not None:
        ask.group = group_head(ask.group, tables, values, ask.text)  # "by payment method"
        grouped = place(ask.group, tables, values)
        if grouped.values or grouped.unplaced or not (grouped.tables or grouped.columns):
            ask.text, ask.group = f"{ask.text} by {ask.group}", None  # "paid by paypal"
    if ask.kind == "agg" and ask.fn in ("max", "min") and not ask.adjective:
        ask.text = bound_named(ask.text, ask.fn, tables)  # "the maximum salary": max_salary
    if ask.kind == "agg" and ask.fn in ("max", "min") and ask.adjective:
        _superlative_row(ask, tables)
    if ask.kind == "most" and ask.who.lower().split()[:1] == ["who"]:
        _who(ask, tables, asked)
    summed_most(ask, tables)  # "which product has sold the most units": sum(sales.units)
    superlatives.money_most(ask, tables)  # "the most money": sum(pledges.amount)
    if ask.kind == "most":
        acts_most(ask, tables)  # "which supplier gets hired the most": supplier_bookings
        counted_act(ask, tables)
        sorted_rows(ask, tables, values)
    if ask.kind == "most" and ask.fn:
        ranked_measure(ask, tables)
        money_ranked(ask, tables)  # "top 3 donors by total given": their amount
    if ask.kind == "list":
        _columns_asked(ask, tables, values)
        person_listed(ask, tables, bool(_NEGATION.search(text)))  # "which groomers …": names
    revenue_asked(ask, tables)  # "ticket revenue by category": a sum of their price
    if ask.kind == "agg":
        money_taken(ask, tables)  # "how much has each campaign raised": their donations
        amount_named(ask, tables)  # "total amount paid": price_paid_eur, not a status
        _measured_table(ask, tables)
    placed = place(ask.text, tables, values)
    if roles := [w for w in placed.unplaced if names_a_key(w, placed.tables, tables)]:
        ask.text = " ".join(w for w in ask.text.split() if w.lower() not in roles)
        placed = place(ask.text, tables, values)  # "notes received by Ada": recipient_id
    unplaced = placed.unplaced
    if dropped := loose_words(unplaced, said or text):  # "the sessions Sofia Marino teaches"
        ask.text = without(ask.text, dropped)
        placed = place(ask.text, tables, values)
        if placed.unplaced or placed.empty() or not still_asks(ask, placed):
            placed.unplaced = unplaced
    if placed.unplaced:
        quoted = ", ".join(repr(w) for w in placed.unplaced)
        raise NotUnderstood(f"I could not place {quoted} in the schema or its data")
    if placed.empty() and (owner := _measured(ask, tables)) is not None:
        placed = place(f"{ask.text} {owner.name}", tables, values)  # "who is taller than 2 m"
    if placed.empty():
        return None
    sql = unnegated(text, _build(ask, placed, tables, asked))
    return noted(sql, dropped) if dropped else sql


# What a negation becomes in SQL. A question that says "not", "no" or "never" and gets SQL
# with none of these had its negation dropped: answering would give the opposite rows.
_NEGATED_SQL = re.compile(r"(?i)\bNOT\b|\bIS NULL\b|<>|!=|\bIS DISTINCT FROM\b")
_NEGATION = re.compile(r"(?i)\b(?:not|no|never|non|without|nobody|none)\b(?!-)|n't\b")


def unnegated(text: str, sql: str) -> str:
    """`sql`, unless the question negates something the SQL does not (then NotUnderstood)."""
    if (said := _NEGATION.search(text)) and not _NEGATED_SQL.search(sql):
        word = said.group(0).lower()
        raise NotUnderstood(f"I could not place {word!r} in the schema or its data")
    return sql


def _superlative_row(ask: Ask, tables: list[Table]) -> None:
    """ "largest payment", "highest paid doctor": the row of a table, sorted, not a max."""
    parts = ask.text.split(" ")
    head = place(parts[0], tables, None)
    last = place(parts[-1], tables, None) if len(parts) == 2 else head
    if (head.tables and not head.columns) or (last.tables and not head.tables):
        ask.kind, ask.text = "list", f"{ask.adjective} {ask.text}"


def _who(ask: Ask, tables: list[Table], said: frozenset[str]) -> None:
    """ "who has scored the most goals": the people one of the counted rows' keys points to."""
    found = acted_by(ask.text, tables, said) or who_counted(ask.text, tables, said)
    if found is not None:
        ask.who, ask.text = found[0].name, found[1].name


def _columns_asked(ask: Ask, tables: list[Table], values: Values | None) -> None:
    """ "the names of doctors": the columns before "of" are what to show, when they name no rows."""
    found = COLUMNS_OF.match(ask.text)
    if found is None:
        return
    cols, rows = place(found["cols"], tables, values), place(found["rest"], tables, values)
    if not (cols.tables or cols.values or cols.equals) and (rows.tables or rows.values):
        ask.columns = [c.strip() for c in re.split(r",| and ", found["cols"]) if c.strip()]
        ask.text = found["rest"]
        ask.alone = any(_names_row(hit, tables) for hit in rows.values)  # "the budget of X"
        ask.alone |= any(c.name in t.primary_key for t, c, _ in rows.equals)  # "of animal 7"


def _names_row(hit: Hit, tables: list[Table]) -> bool:
    """Whether a value names one row by its label (a name, a title), not a group of rows."""
    table = next((t for t in tables if t.qualified == hit.table), None)
    return table is not None and hit.column in {c.name for c in label_columns(table)}


def _measured_table(ask: Ask, tables: list[Table]) -> None:
    """ "total paid …": a word that only a column name contains (paid_at) names the table."""
    first, _, rest = ask.text.partition(" ")
    placed = place(first, tables, None)
    if placed.tables or placed.columns:
        return
    if any(is_numeric(c) for _, c in place(ask.text, tables, None).columns):
        return  # "declared value": the words name a number themselves
    if (phrased := phrase_column(ask.text, tables)) is not None:
        ask.text = f"{phrased[0].name} {phrased[1].name}"  # "fees charged": fee_charged
        return
    if (
        number := numeric_column(first.lower(), nearest(ask.group or "", tables), direct=True)
    ) is not None:  # "average hours"
        ask.who, ask.text = number[0].qualified, f"{ask.text} {number[0].name}"
        return
    for table in tables:
        if names_word(table.name, first.lower()) or any(
            names_word(c.name, first.lower()) for c in table.columns
        ):
            ask.who, ask.text = table.qualified, f"{rest} {table.name}"
            return


def _measured(ask: Ask, tables: list[Table]) -> Table | None:
    """The one table whose number the comparison's unit names ("taller than 2 m": height_m)."""
    compared = [value for kind, _, value in ask.filters if kind == "compare"]
    said = {stem(w) for w in words(ask.text)} | set(words(ask.text))
    return measured_table(compared, tables, said)


def _build(ask: Ask, placed: Placed, tables: list[Table], asked: frozenset[str]) -> str:
    named, columns, hits = placed.tables, placed.columns, placed.values
    by_name = {t.qualified: t for t in tables}
    if not (named or columns or hits):
        named = [p[0] for p in placed.tests()] + [e[0] for e in placed.equals]
        named += [by_name[h.table] for h in placed.excluded]
    valued = {(h.table, h.column) for h in hits}
    plain = [(t, c) for t, c in columns if (t.qualified, c.name) not in valued]
    subject = named[0] if named else plain[0][0] if plain else by_name[hits[0].table]
    said = {w for h in [*hits, *placed.excluded] for w in words(h.value)}  # "high priority"
    tokens = [t for t in words(ask.text) if not (t in ADJECTIVES and t in said)]
    tokens += [w for _, w, _ in ask.filters]
    booleans = [(t, c) for t, c in plain if c.type.lower() == "boolean"]  # "active customers"
    plain = [(t, c) for t, c in plain if (t, c) not in booleans]
    flags = [(t, c, "{}") for t, c in booleans] + [(t, c, "NOT {}") for t, c in placed.negated]
    flags += [(t, c, denial(c)) for t, c in placed.denied]
    where, wanted = conditions(ask, placed, flags, subject, by_name, tables, tokens)
    measured = own_number(measure(ask, plain, subject, tables), named, tokens)
    base = measured[0] if measured is not None and ask.kind == "agg" else subject
    group = group_of(ask, named, plain, base, tables)
    if ask.kind in ("count", "most") and not ask.fn:
        base = counted_rows(subject, group, tables)  # "which groomer did the most nail trims"
        subject, named = base, [*named, subject]
    extra = [t for t in named if t is not base]
    reach = [*extra, *wanted, *([group[0]] if group else []), *([measured[0]] if measured else [])]
    steps, repeats = joins(base, [t for t in reach if t is not base], tables, asked)
    source = from_clause(base, steps)
    where_sql = pgsql.SQL(" WHERE ") + pgsql.SQL(" AND ").join(where) if where else pgsql.SQL("")
    return select(ask, base, subject, measured, group, repeats, source, where_sql, tokens)
