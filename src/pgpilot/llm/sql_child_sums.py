"""The most of a number the ranked rows' own rows hold: a sum, not a count or a stock.

"which product has sold the most units": sales.units added up per product, not the product's
units_in_stock; "which wine has sold the most bottles": order_lines.bottles per wine; "which
cashier has sold the most units": sales.units per cashier_name. The number is named whole by its
column (a bare name: bottles, units, tonnes) in a table of the ranked rows' children, or in the
table holding the ranked name (a person kept as text). A number the ranked table names whole
itself stays its own ("which station has the most docks": their docks column).

Counted the same way: "which groomer has done the most nail trims" counts the appointments (the
rows holding groomer_name) of the service 'Nail Trim', not the services joined to them. And a
ranked total whose words name nothing is the money of those rows: "top 3 donors by total given"
sums donations.amount_usd per donor_name.
"""

from pgpilot.llm.sql_exists import child_path
from pgpilot.llm.sql_measured import money_column
from pgpilot.llm.sql_names import is_numeric, variants
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_units import bare_name
from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Column, Table


def summed_most(ask: Ask, tables: list[Table]) -> None:
    """ "which product has sold the most units": rank by sum(sales.units), for any schema."""
    if ask.kind != "most" or ask.fn:
        return
    wanted = variants("_".join(ask.text.lower().split()))
    who = place(ask.who, tables, None)
    if who.tables and _whole(who.tables[0], wanted) is None:
        children = [t for t in tables if child_path(who.tables[0], t, tables)]
    elif not who.tables and len(who.columns) == 1:
        held = who.columns[0][0]  # "which cashier": the rows holding cashier_name, or theirs
        children = [held, *(t for t in tables if child_path(held, t, tables))]
        children = children if _whole(held, wanted) is None else [held]
    else:
        return
    found = [(t, c) for t in children if (c := _whole(t, wanted)) is not None]
    if len(found) == 1:
        ask.fn, ask.text = "sum", f"{found[0][0].name} {found[0][1].name}"


def _whole(table: Table, wanted: set[str]) -> Column | None:
    """The table's numeric column the words name whole (bottles, weight_kg as "weight")."""
    keys = {c for fk in table.foreign_keys for c in fk.columns} | set(table.primary_key)
    return next(
        (
            c
            for c in table.columns
            if is_numeric(c)
            and c.name not in keys
            and (c.name.lower() in wanted or bare_name(c.name) in wanted)
        ),
        None,
    )


def counted_rows(
    subject: Table, group: tuple[Table, Column | None] | None, tables: list[Table]
) -> Table:
    """The rows a group by a column counts: those holding it, when they point at the subject.

    "which groomer has done the most nail trims": the appointments of the service 'Nail Trim',
    per groomer_name, not the services joined to them (one service, many appointments).
    """
    if group is None or group[1] is None or group[0] is subject:
        return subject
    steps = child_path(subject, group[0], tables)
    return group[0] if steps and len(steps) == 1 else subject  # its rows point at the subject


def money_ranked(ask: Ask, tables: list[Table]) -> None:
    """ "top 3 donors by total given": a total whose words name nothing is the rows' money.

    The money of the table holding the ranked name (donations.amount_usd beside donor_name),
    else of the nearest rows pointing at the ranked table (a customer's payments).
    """
    if ask.kind != "most" or ask.fn != "sum":
        return
    said = place(ask.text, tables, None)
    if not said.empty() or not said.unplaced:
        return
    who = place(ask.who, tables, None)
    if who.tables:
        near = [(len(s), t) for t in tables if (s := child_path(who.tables[0], t, tables))]
        holders = [t for _, t in sorted(near, key=lambda n: n[0])]
    else:
        holders = [t for t, _ in who.columns[:1]]
    for table in holders:
        if (money := money_column(table)) is not None:
            ask.text = f"{table.name} {money.name}"
            return
