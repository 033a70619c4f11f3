"""The most acts of a verb, when the verb also names a number elsewhere: "which supplier gets
hired the most" counts supplier_bookings (hiring is booking), not venues.hire_fee_gbp.

A verb that names the nearest table of the subject's children (`verb_names`) is counted there,
unless the number it names belongs to the subject or to that table ("which product sold the
most": units_sold of the sales is summed by the other readings).

Examples: "which band gets hired the most" → band_bookings, not halls.hire_fee; "which
caterer is booked the most" → supplier_bookings, the nearest of the tables "booked" names.
"""

import re
from typing import Final

from pgpilot.llm.sql_columns import numeric_column
from pgpilot.llm.sql_exists import child_path
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_stems import verb_names
from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Table


def act_counted(verb: str, subject: Table, tables: list[Table]) -> Table | None:
    """The nearest table of the subject's children the verb names, unless its number is theirs."""
    near = {
        t.qualified: (len(steps), t)
        for t in tables
        if verb_names(t.name, verb) and (steps := child_path(subject, t, tables))
    }
    if not near:
        return None
    nearest = min(n for n, _ in near.values())
    closest = [t for n, t in near.values() if n == nearest]
    if len(closest) != 1:
        return None
    number = numeric_column(verb, tables)
    if number is not None and number[0].qualified in {subject.qualified, closest[0].qualified}:
        return None
    return closest[0]


# "which instrument have students taken the most exams on": the rows ranked, then their doers.
DOERS: Final = re.compile(r"(?i)^(?P<who>\w+(?: \w+)?) (?:have|has|had|did|do|does) (?P<doer>\w+)$")


def acts_most(ask: Ask, tables: list[Table]) -> None:
    """Names the table counted for "which <subject> gets <verb> the most" (`act_counted`), and
    keeps the subject alone when the doers of the act are said after it."""
    if (found := DOERS.match(ask.who.strip())) is not None:
        ranked, doer = (place(found[g], tables, None) for g in ("who", "doer"))
        if ranked.tables and doer.tables and not (ranked.unplaced or doer.unplaced):
            ask.who = found["who"]
    verb = ask.text.strip().lower()
    if " " in verb or not verb or place(verb, tables, None).tables:
        return
    who = place(ask.who, tables, None).tables
    if who and (table := act_counted(verb, who[0], tables)) is not None:
        ask.text = table.name
