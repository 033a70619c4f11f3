"""Rows per group, said the way reports say them, put as "number of <rows> by <group>".

"crew count by rank", "donor counts per tier", "a count of crew by rank": the number of the rows
in each group. "breakdown of donations by payment method", "break down our passengers by loyalty
tier", "tickets broken down by category": the rows by the group, which counts rows and sums a
number the words name ("breakdown of the amount by method"). "by payment method": the group is
the method, the words before it said its kind. Rules about English, for any schema.
"""

import re
from typing import Final

from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values

_GROUPED: Final = r" (?P<by>by|per|for each|in each|for every) (?P<group>[\w ]+)$"
_LEAD: Final = r"(?i)^(?:can you |please )?(?:what is |what's |give me |show me |show |list )?"
_ROWS: Final = r"(?:the |our |all |all the )?(?P<rows>[\w ]+?)"
# "average guest count per package": a measure of a count column (guest_count), not a tally.
_MEASURED: Final = r"(?!(?:average|avg|mean|median|total|sum|maximum|max|minimum|min) )"
TALLIES: Final = (
    # "crew count by rank", "the donor counts per tier", "a count of crew by rank"
    (
        re.compile(
            _LEAD + r"(?:the )?" + _MEASURED + _ROWS + r" (?:count|counts|tally)" + _GROUPED
        ),
        "number of {rows} {by} {group}",
    ),
    (
        re.compile(_LEAD + r"(?:a |the )?(?:count|tally) of " + _ROWS + _GROUPED),
        "number of {rows} {by} {group}",
    ),
    # "how much money has each campaign raised": the sum for each group
    (
        re.compile(
            r"(?i)^how much (?:money )?(?:has|have|did|does|do) each (?P<group>[\w ]+?) "
            r"(?P<verb>\w+(?: back| in| out| off| up)?)(?: in total| altogether)?$"
        ),
        "how much was {verb} for each {group}",
    ),
    (re.compile(r"(?i)^how much money (?=\w)"), "how much "),
    # "the 3 members with the highest total fines": ranked by a sum
    (
        re.compile(
            r"(?i)^(?:which |what |show |list )?(?:the )?(?P<n>\d+ )?(?P<who>[\w ]+?) (?:with|has"
            r"|have|had) the (?:highest|largest|biggest|greatest) total (?P<what>[\w ]+)$"
        ),
        "top {n}{who} by total {what}",
    ),
    # "breakdown of donations by method", "break down passengers by tier"
    (
        re.compile(_LEAD + r"(?:a |the )?(?:breakdown of|break down) " + _ROWS + _GROUPED),
        "{rows} {by} {group}",
    ),
    # "tickets broken down by category", "members split by plan"
    (
        re.compile(_LEAD + _ROWS + r" (?:broken|split) (?:down |up )?" + _GROUPED[1:]),
        "{rows} {by} {group}",
    ),
)


def tallied(text: str) -> str:
    """ "crew count by rank" → "number of crew by rank"; any other question as it is."""
    for pattern, said in TALLIES:
        if found := pattern.match(text):
            parts = {k: v or "1 " for k, v in found.groupdict().items()}  # one, unless counted
            return said.format(**parts) + text[found.end() :]
    return text


def group_head(phrase: str, tables: list[Table], values: Values | None, asked: str = "") -> str:
    """ "by payment method": the column its last words name, when the words before it name nothing.

    A group is said with its kind in front ("payment method", "loyalty tier") or after it
    ("grape variety"); the words no table, column or value takes are dropped, never words that
    name something. A word that ends one column's name alone is that column ("by tier": club_tier),
    or one column of the tables `asked` names ("trips by status": trip_status, not a driver's).
    A role those tables point by ("tastings per caterer": caterer_id) is the table it points to.
    """
    placed = place(phrase, tables, values)
    named = place(asked, tables, values).tables if asked else []
    if not (placed.tables or placed.columns) and (role := _role(phrase, named)) is not None:
        return role  # "per caterer": suppliers, though 'caterer' is also a category
    ends = _ends(phrase, tables)
    if len(ends) > 1 and named:
        ends = _ends(phrase, named)
    if len(ends) == 1 and placed.empty():
        return ends.pop().replace("_", " ")  # "by tier": club_tier, the one column it ends
    if not placed.unplaced or placed.values or placed.tables:
        return phrase
    said = phrase.split()
    spans = [said[start:] for start in range(1, len(said))]
    spans += [said[:end] for end in range(len(said) - 1, 0, -1)]  # "by grape variety": grape
    for span in spans:
        head = place(" ".join(span), tables, values)
        dropped = {w.lower() for w in said if w not in span}
        if head.columns and not (head.unplaced or head.values) and dropped <= set(placed.unplaced):
            return " ".join(span)
    return phrase


def _ends(phrase: str, tables: list[Table]) -> set[str]:
    """The names of the columns whose last word is the phrase ("status": trip_status)."""
    return {c.name for t in tables for c in t.columns if c.name.lower().endswith(f"_{phrase}")}


def _role(phrase: str, named: list[Table]) -> str | None:
    """The table the one key named for the phrase points to ("caterer": caterer_id → suppliers)."""
    pointed = {
        fk.references
        for table in named
        for fk in table.foreign_keys
        if len(fk.columns) == 1 and fk.columns[0].lower().removesuffix("_id") == phrase.lower()
    }
    return pointed.pop().rsplit(".", 1)[-1] if len(pointed) == 1 else None
