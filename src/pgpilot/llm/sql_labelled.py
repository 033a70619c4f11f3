"""Rows named by what their label says they are: "companies" are accounts, by company_name.

A plural noun that names no table but the one table whose label is "<noun>_name" means that
table's rows ("companies with more than 1500 employees": accounts), not its distinct names.
"company names", a noun some table is named by, a name several tables hold and people named
by what they do ("donors": a donor_name said again on each donation) keep their words.
"""

import re
from typing import Final

from pgpilot.llm.sql_columns import label_columns
from pgpilot.llm.sql_names import variants
from pgpilot.sql.schema import Table

# Endings of people named by what they do or are to a row (donor, groomer, dentist, employee):
# their name on a row is said again on each of their rows, not the row's own.
DOERS: Final = ("er", "or", "ist", "ant", "ent", "ee")
# A plural noun not followed by "name" or "names": "companies with", not "company names";
# "business" is no plural.
PLURAL: Final = re.compile(r"(?i)\b(?P<noun>[a-z]{3,}[^s]s)\b(?! names?\b)")


def labelled_rows(text: str, tables: list[Table]) -> str:
    """The text with rows said by their label's noun put as their table's name.

    >>> from pgpilot.sql.schema import Column
    >>> accounts = Table("public", "accounts", "table", None, None,
    ...                  columns=[Column("company_name", "text", False)])
    >>> labelled_rows("companies with more than 1500 employees", [accounts])
    'accounts with more than 1500 employees'
    >>> labelled_rows("list the company names", [accounts])
    'list the company names'
    """
    return PLURAL.sub(lambda m: _table_of(m["noun"], tables) or m[0], text)


def _table_of(noun: str, tables: list[Table]) -> str | None:
    said = variants(noun.lower())
    if any(s.endswith(DOERS) for s in said if len(s) < len(noun)):
        return None  # donor_name of donations: the donor's, said again on each gift
    if any(t.name.lower() in said or said & set(t.name.lower().split("_")) for t in tables):
        return None
    labels = {f"{s}_name" for s in said}
    owners = [t for t in tables if any(c.name.lower() in labels for c in t.columns)]
    if len(owners) != 1 or not any(c.name.lower() in labels for c in label_columns(owners[0])):
        return None  # a name other tables also hold, or one that is not the rows' label
    return owners[0].name
