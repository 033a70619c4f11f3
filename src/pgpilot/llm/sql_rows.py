"""The planner's one hook for named rows' values and who-questions, never for a negated one.

"how much is the Premium plan per month" (sql_facts), "who wrote The Salt Bridge" (sql_who),
"which event is coming up next" (sql_upcoming), "our most recent acquisition" (sql_latest),
"comments on ticket INC-10044" (sql_related), "who has applied to adopt Luna" (sql_acted),
"how many bottles of X do we have left" (sql_left), "who runs Clerkenwell Yard" (sql_heads).
The acts come before sql_who's doers: "who ordered X" asks for the customers of its orders, not
the orders.
Each reads a question as asking for rows or a value that are there; "who is not on the Premium
plan" asks for the others, so a question that denies anything is left to the negation rules.
"""

import re
from typing import Final

from pgpilot.llm.sql_acted import acted
from pgpilot.llm.sql_facts import fact
from pgpilot.llm.sql_heads import leader
from pgpilot.llm.sql_latest import latest
from pgpilot.llm.sql_left import left
from pgpilot.llm.sql_related import related
from pgpilot.llm.sql_traits import trait
from pgpilot.llm.sql_upcoming import upcoming
from pgpilot.llm.sql_who import doers_with, who
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values

NEGATED: Final = re.compile(r"(?i)\b(?:not|never|no|none|nobody|without)\b|n't\b")


def row_answer(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SQL for a question about a named row or people, or None when it is none of those."""
    if NEGATED.search(text):
        return None
    for rule in (fact, acted, who, leader, trait, left, upcoming, related):
        if (answer := rule(text, tables, values)) is not None:
            return answer
    return latest(text, tables)


def reworded(text: str, tables: list[Table], values: Values | None) -> str:
    """ "who owns property in Porto" as "owners with property in Porto"; a negated one as said."""
    return text if NEGATED.search(text) else doers_with(text, tables, values)
