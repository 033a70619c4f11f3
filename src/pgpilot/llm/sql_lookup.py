"""One column of a row the question names by a value: "when was X hired", "X's email".

"when was|did <row> <verb>" reads the date or year column the verb names (hired → hired_on,
built → built_year, open → opened_on, born → birth_date); "which <column> is <row> based in|
from" reads that column (city, country); "<row>'s <column>" reads the column, a trailing
"address", "number" or "date" dropped when the column's name lacks it (email address → email);
"where is <row>" reads its address, location or city. The row is a value found in the data,
so only one table is read, and the answer is that column alone.
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_joins import column, ident
from pgpilot.llm.sql_names import is_numeric, is_temporal, variants
from pgpilot.llm.sql_stems import names_word
from pgpilot.llm.sql_synonyms import commented_column
from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Hit, Values

WHEN: Final = re.compile(
    r"(?i)^(?:and )?when (?:was|were|is|are|did|does|do|has|had) (?P<row>.+?) (?:first )?"
    r"(?P<verb>[a-z]+)(?: (?:up|out|in|on|down|off))?$"
)
WHICH_IN: Final = re.compile(
    r"(?i)^(?:in )?(?:which|what) (?P<col>\w+(?: \w+)?) (?:is|was|are|were) (?P<row>.+?)"
    r"(?: (?:based|located|situated|headquartered|registered|found|born))? (?:in|from|at)$"
    r"|^(?:in )?(?:which|what) (?P<col2>\w+(?: \w+)?) (?:does|do|did) (?P<row2>.+?) "
    r"(?:come from|live in|work in|operate in|sit in)$"
)
POSSESSIVE: Final = re.compile(
    r"(?i)^(?:what is |what's |what are |show(?: me)? |give me |get |find )?(?:the )?"
    r"(?P<row>[^']+?)['\u2019]s? (?P<col>[a-z][\w ]*)$"
)
WHERE: Final = re.compile(
    r"(?i)^where (?:is|are|was|were) (?P<row>.+?)(?: (?:located|based|situated))?$"
)
# Words that follow a column's word without being part of its name: "email address".
TRAILING: Final = ("address", "number", "date", "name", "details")
PLACES: Final = ("address", "location", "street_address", "city", "town")
YEAR: Final = "year"


def lookup(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of one column of the named row, or None when the question is not of this kind."""
    if values is None:
        return None
    if found := WHEN.match(text):
        row = _row(found["row"], tables, values)
        return None if row is None else _select(row, _dated(row[0], found["verb"].lower()))
    if found := WHICH_IN.match(text):
        row = _row(found["row"] or found["row2"], tables, values)
        said = found["col"] or found["col2"]
        return None if row is None else _select(row, _named(row[0], said))
    if found := POSSESSIVE.match(text):
        row = _row(found["row"], tables, values)
        return None if row is None else _select(row, _named(row[0], found["col"]))
    if found := WHERE.match(text):
        row = _row(found["row"], tables, values)
        return None if row is None else _select(row, _place(row[0]))
    return None


def _row(phrase: str, tables: list[Table], values: Values) -> tuple[Table, Hit] | None:
    """The table and value a phrase names: one value, at most its own table's name beside it."""
    placed = place(phrase, tables, values)
    if len(placed.values) != 1 or placed.unplaced or placed.columns or placed.equals:
        return None
    hit = placed.values[0]
    table = next((t for t in tables if t.qualified == hit.table), None)
    if table is None or any(t is not table for t in placed.tables):
        return None
    return table, hit


def _dated(table: Table, verb: str) -> Column | None:
    """The date, time or year column a verb names: hired → hired_on, built → built_year."""
    dated = [
        c
        for c in table.columns
        if is_temporal(c) or (is_numeric(c) and YEAR in c.name.lower().split("_"))
    ]
    return next((c for c in dated if names_word(c.name, verb)), None)


def _named(table: Table, phrase: str) -> Column | None:
    """The column a phrase names, whole, or without a trailing "address" or "number"."""
    said = phrase.lower().split()
    while said:
        wanted = variants("_".join(said))
        for col in table.columns:
            if col.name.lower() in wanted:
                return col
        for col in table.columns:
            if all(names_word(col.name, w) for w in said) and col.name not in table.primary_key:
                return col
        if said[-1] not in TRAILING or len(said) == 1:
            break
        said.pop()
    found = commented_column(phrase.lower().split()[-1], [table])  # "position": post, commented
    return None if found is None else found[1]


def _place(table: Table) -> Column | None:
    by_name = {c.name.lower(): c for c in table.columns}
    return next((by_name[n] for n in PLACES if n in by_name), None)


def _select(row: tuple[Table, Hit], col: Column | None) -> str | None:
    if col is None:
        return None
    table, hit = row
    query = pgsql.SQL("SELECT {} FROM {} WHERE {} = {}").format(
        column(table, col.name), ident(table), column(table, hit.column), pgsql.Literal(hit.value)
    )
    return query.as_string()
