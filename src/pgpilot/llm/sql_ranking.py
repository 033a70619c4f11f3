"""What a ranking question ("which <rows> … the most <words>") ranks its rows by.

"which product has the least stock": the rows sorted by their own number, nothing counted;
"which crop was sown the most": the rows of the table the verb names, counted; "which month had
the most orders": grouped by the period; "top 5 customers by shipping spend": the number
summed, first in the rows' children ("spent the most on residencies": their fees).
"""

from pgpilot.llm import sql_superlatives as superlatives
from pgpilot.llm.sql_absence import acts_of
from pgpilot.llm.sql_columns import numeric_column
from pgpilot.llm.sql_exists import child_path
from pgpilot.llm.sql_in_total import said_pair
from pgpilot.llm.sql_joins import names_a_key, neighbours
from pgpilot.llm.sql_measured import nearest, phrase_number
from pgpilot.llm.sql_names import PRICE, is_numeric
from pgpilot.llm.sql_periods import UNITS
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_stems import verb_names
from pgpilot.llm.sql_units import hints_column, unit_column
from pgpilot.llm.sql_words import place, words
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values


def sorted_rows(ask: Ask, tables: list[Table], values: Values | None) -> None:
    """ "which product has the least stock": a number of the rows orders them; nothing to count."""
    who = superlatives.rows_named(ask.who, tables, values)  # "which car park": zones
    ask.text = superlatives.priced(ask.text, who)  # "expensive entry fee": entry_fee_eur
    what = place(ask.text, tables, None)
    # "which station has the most docks": docks may name stations too, dock_count is theirs.
    others = [t for t in what.tables if t not in who]
    if len(who) == 1 and not others and numeric_column(ask.text, who) is not None:
        ask.kind, ask.order, ask.text = "list", ask.text, ask.who


def counted_act(ask: Ask, tables: list[Table]) -> None:
    """ "which crop was sown the most": the rows of the table the verb names are counted."""
    if ask.who.strip().lower() in UNITS:  # "which month had the most orders"
        ask.period, ask.who = ask.who.strip().lower(), ""
        return
    word = ask.text.strip().lower()
    last = word.rsplit(" ", 1)[-1]
    if place(word, tables, None).empty() and any(verb_names(t.name, last) for t in tables):
        word = last  # "people assigned": the rows of the act the verb names
    if " " in word or place(word, tables, None).tables or numeric_column(word, tables):
        return
    who = place(ask.who, tables, None).tables
    for table in tables:
        if who and verb_names(table.name, word) and child_path(who[0], table, tables):
            ask.text = table.name
            return
    if who and (acts := acts_of(who[0], word, tables)) is not None:
        ask.text = acts.name  # "which composer has been performed the most": programme_items
        return
    steps = neighbours(who[0], tables) if who else []
    children = list({s.target.qualified: s.target for s in steps if s.fans_out}.values())
    keyed = [t for t in children if names_a_key(word, [who[0]], [t, who[0]])]
    if len(keyed) == 1 or (len(children) == 1 and not place(word, tables, None).columns):
        ask.text = (keyed or children)[0].name  # "the most departures", "the most used label"


def ranked_measure(ask: Ask, tables: list[Table]) -> None:
    """ "top 5 customers by shipping spend": the number summed, first in the rows' children."""
    who = place(ask.who, tables, None).tables
    paths = {t.name: child_path(who[0], t, tables) for t in tables} if who else {}
    near = {name: len(steps) for name, steps in paths.items() if steps}  # nearest first
    children = sorted((t for t in tables if t.name in near), key=lambda t: near[t.name])
    ranked = [*children, *nearest(ask.who, tables)]
    found = said_pair(ask.text, ranked)  # "invoices net_amount", as `in_total` says it
    if (found := found or phrase_number(ask.text, ranked)) is not None:  # "monthly rent" first
        _rank_by(ask, found, who)
        return
    for word in reversed(words(ask.text)):
        if (found := numeric_column(word, ranked)) is not None:
            _rank_by(ask, found, who)
            return
    for child in children if "time" in words(ask.text) else ():  # "time listening": seconds_played
        if (timed := unit_column(child, "seconds")) is not None:
            ask.text = f"{child.name} {timed.name}"
            return
    for table in [*place(ask.text, tables, None).tables, *children] if ask.paid else ():
        for col in table.columns:  # "spent the most on residencies": their fees
            if is_numeric(col) and any(hints_column(col.name, hint) for hint in PRICE):
                ask.text = f"{table.name} {col.name}"
                return


def _rank_by(ask: Ask, found: tuple[Table, Column], who: list[Table]) -> None:
    """Rows ranked by a sum of the number, or sorted by it when it is their own (hourly_rate)."""
    if who and found[0] is who[0]:  # "which trainers charge the most per hour": no sum
        ask.kind, ask.fn, ask.order, ask.text = "list", "", found[1].name, who[0].name
    else:
        ask.text = f"{found[0].name} {found[1].name}"
