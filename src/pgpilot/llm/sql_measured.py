"""Which table's number a question measures, when more than one table holds a number it names.

"what's the average loan amount for each purpose": the loans are named, and a loan's amount is
its own money column (principal_gbp), not the amount of a repayment, a child row that merely
has a column called amount_gbp. "average rent per city", "top 3 cities by total rent": the
rent of the units, one step from the buildings that hold the cities, before the rent agreed in a
lease two steps away. Rules about names and foreign keys, for any schema.
"""

import re
from typing import Final

from pgpilot.llm.sql_columns import numeric_column
from pgpilot.llm.sql_joins import Step, path
from pgpilot.llm.sql_money import AMOUNTS, MONEY_WORDS, REVENUE, WHOLE
from pgpilot.llm.sql_names import PRICE, NotUnderstood, is_numeric, variants
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_units import CURRENCY, bare_name, hints_column, unit_of
from pgpilot.llm.sql_vocab import STOP
from pgpilot.llm.sql_words import place, words
from pgpilot.sql.schema import Column, Table

HOW_MUCH: Final = re.compile(r"(?i)^how much\s+")
# Words that may stand between "amount" and the rows it belongs to: "the amount of each loan".
BETWEEN: Final = frozenset({"of", "the", "a", "an", "each", "every", "all", "their", "its"})


def own_number(
    measured: tuple[Table, Column] | None,
    named: list[Table],
    tokens: list[str],
) -> tuple[Table, Column] | None:
    """The named table's own money column, for "<rows> amount", before another table's amount."""
    if measured is None or measured[0] in named:
        return measured  # "the repayment amount of each loan": the repayments' own
    for table in named:
        if _compound(table, tokens) and (own := money_column(table)) is not None:
            return table, own
    return measured


def _whole(table: Table) -> bool:
    """Whether the table's money is a whole sum: an amount or a total, not a cost or a fee."""
    money = money_column(table)
    return money is not None and any(p in WHOLE for p in money.name.lower().split("_"))


def money_column(table: Table) -> Column | None:
    """The table's one number of money: in a currency (principal_gbp), else named as a price.

    Of two, a whole sum (amount_gbp, total_eur) is the one before a part (deposit_gbp).
    """
    keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
    numbers = [c for c in table.columns if is_numeric(c) and c.name not in keys]
    for found in (
        [c for c in numbers if _in_currency(c.name)],
        [c for c in numbers if any(hints_column(c.name, hint) for hint in PRICE)],
    ):
        whole = [c for c in found if set(c.name.lower().split("_")) & set(WHOLE)]
        if len(found) == 1 or len(whole) == 1:
            return (whole or found)[0]
        if found:
            return None
    return None


def nearest(phrase: str, tables: list[Table]) -> list[Table]:
    """The tables, those fewest joins from the table the phrase names (or its column's) first."""
    placed = place(phrase, tables, None)
    anchors = [*placed.tables, *(t for t, _ in placed.columns)]
    if not anchors:
        return tables
    order = {t.qualified: i for i, t in enumerate(tables)}

    def distance(table: Table) -> tuple[int, int]:
        steps = _steps(anchors[0], table, tables)
        return (len(steps) if steps is not None else len(tables), order[table.qualified])

    return sorted(tables, key=distance)


def _in_currency(name: str) -> bool:
    unit = unit_of(name)
    return unit in CURRENCY or (unit == "million" and name.lower().split("_")[-2] in CURRENCY)


def _compound(table: Table, tokens: list[str]) -> bool:
    """Whether the words say "<row> amount" or "amount of <rows>" of the table's rows."""
    nouns = variants(table.name.lower()) | variants(table.name.lower().rsplit("_", 1)[-1])
    for i, token in enumerate(tokens):
        if token not in AMOUNTS:
            continue
        if i and tokens[i - 1] in nouns:
            return True  # "loan amount"
        after = [t for t in tokens[i + 1 : i + 4] if t not in BETWEEN]
        if tokens[i + 1 : i + 2] == ["of"] and after[:1] and after[0] in nouns:
            return True  # "the amount of each loan"
    return False


def _steps(start: Table, goal: Table, tables: list[Table]) -> list[Step] | None:
    try:
        return path(start, goal, tables)
    except NotUnderstood:
        return None


def money_taken(ask: Ask, tables: list[Table]) -> None:
    """ "how much has each campaign raised": a sum whose words name nothing sums money.

    The money is that of the group's nearest child rows with a money column (the donations of
    each campaign, not its target), else of the group's own rows ("taken for each kind of
    payment": the payments' amount).
    """
    if ask.fn != "sum" or not ask.group:
        return
    said = place(ask.text, tables, None)
    if said.tables or said.columns or said.values:
        return
    if any(numeric_column(w, tables) for w in words(ask.text)):
        return  # "total weekly hours per shop": hours_per_week, no money
    grouped = place(ask.group, tables, None)
    anchors = [*grouped.tables, *(t for t, _ in grouped.columns)]
    if not anchors:
        return
    near: list[tuple[int, Table]] = []
    for table in tables:
        steps = _steps(anchors[-1], table, tables)
        if steps and steps[0].fans_out and all(s.fans_out for s in steps):
            near.append((len(steps), table))
    near.sort(key=lambda n: (n[0], not _whole(n[1])))  # an amount before a cost as near
    for table in [t for _, t in near] + [anchors[-1]]:
        if (money := money_column(table)) is not None:
            ask.text = f"{table.name} {money.name}"
            return


def amount_named(ask: Ask, tables: list[Table]) -> None:
    """ "total amount paid for tickets": the number whose name holds the word after "amount".

    "paid" may also be a status; after "amount" it says which number (price_paid_eur), so the
    two words become that column's name and filter nothing.
    """
    said = ask.text.split()
    for i, word in enumerate(said[:-1]):
        if word.lower() not in AMOUNTS:
            continue
        after = said[i + 1].lower()
        if after in STOP or after in BETWEEN:
            continue  # "the average total of orders": of names no number
        found = [
            (t, c)
            for t in nearest(ask.group or "", tables)
            for c in t.columns
            if is_numeric(c) and after in c.name.lower().split("_")[:-1]
        ]
        if found:
            ask.text = " ".join(
                [*said[:i], f"{found[0][0].name} {found[0][1].name}", *said[i + 2 :]]
            )
            return


def phrase_number(phrase: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """The numeric column the phrase names word by word: "monthly rent" → monthly_rent_eur."""
    said = words(phrase)
    if len(said) < 2:
        return None
    joined = variants("_".join(said))
    for table in tables:
        for column in table.columns:
            if is_numeric(column) and {column.name.lower(), bare_name(column.name)} & joined:
                return table, column
    return None


def revenue_asked(ask: Ask, tables: list[Table]) -> None:
    """ "ticket revenue by category": a sum of the named rows' money, per group.

    Revenue, takings, income and turnover are money taken in: no column need be called so.
    """
    said = ask.text.split()
    spoken = [w for w in said if w.lower() in REVENUE]
    if not spoken or not place(spoken[0], tables, None).empty():
        return  # a column or table called revenue is meant as it is
    if ask.kind == "list" and (ask.group or ask.period):
        ask.kind, ask.fn = "agg", "sum"
    if ask.fn != "sum":
        return
    rest = [w for w in said if w.lower() not in REVENUE]
    for table in place(" ".join(rest), tables, None).tables:
        if (money := money_column(table)) is not None:
            ask.text = " ".join([*rest, table.name, money.name])
            return
    ask.text = " ".join(rest)  # "total revenue per exhibition": the group's rows' money


def summed(ask: Ask) -> None:
    """ "revenue by category", "how much money have we taken": a sum of money, not rows."""
    said = set(re.findall(r"[a-z]+", ask.text.lower()))
    if ask.kind != "list" or not said & MONEY_WORDS:
        return
    if ask.group or HOW_MUCH.match(ask.text):
        ask.kind, ask.fn, ask.text = "agg", "sum", HOW_MUCH.sub("", ask.text)
