"""One column of one named row: "how many floors does Maas Tower have", "when was X hired".

A row named by a value found in the data ("Maas Tower", "the Marketing department") and a
column the other words name: a noun counted ("how many floors" → floor_count, when no table
holds floors), an adjective measured ("how big" → size, "how old" → a birth or build date),
the column asked for ("X's email", "which city is X based in"), the date or year a verb names
("when was X hired" → hired_on, built → built_year, born → birth_date), or where it is (its
address, location or city). Only the columns asked are shown, as issue 17 decided: the row's
own name is what the question said.
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_columns import numeric_column, price_column
from pgpilot.llm.sql_dated import child_date, dated_by, when_splits
from pgpilot.llm.sql_degrees import aged
from pgpilot.llm.sql_joins import column, ident
from pgpilot.llm.sql_named_rows import Row, named_row
from pgpilot.llm.sql_names import ADJECTIVES, is_numeric, is_temporal, variants
from pgpilot.llm.sql_numbered import numbered
from pgpilot.llm.sql_stems import names_word
from pgpilot.llm.sql_synonyms import commented_column
from pgpilot.llm.sql_units import hints_column
from pgpilot.llm.sql_vocab import STOP
from pgpilot.llm.sql_words import place, words
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

HAS: Final = re.compile(
    r"(?i)^how (?:many|much) (?P<noun>\w+) (?:does|do|did) (?P<row>.+?) "
    r"(?:have|has|hold|contain|seat|offer|get|got|receive|draw|attract)(?: in total)?$"
)
# "how many bottles of Old Barn Pinot Noir do we have left": what the named row holds, as HAS.
HAS_LEFT: Final = re.compile(
    r"(?i)^how many (?P<noun>\w+) of (?P<row>.+?) (?:do we have|are there|are|is there"
    r"|is|have we got)(?: left| in stock| remaining)?$"
)
# "how much does the Day Pass cost", "what did X cost": its one price, alone, as every named
# row's value is (the row is named in the question already).
COSTS: Final = re.compile(
    r"(?i)^(?:how much|what) (?:does|do|did) (?P<row>.+?) (?:cost|charge)(?: us)?$"
)
HOW: Final = re.compile(r"(?i)^how (?P<adj>\w+) (?:is|are|was|were) (?P<row>.+)$")
OWN: Final = re.compile(
    r"(?i)^(?:what is|what's|what are|what was|show(?: me)?|give me|tell me)? ?(?:the )?"
    r"(?P<row>.+?)['\u2019]s (?P<cols>[\w ]+)$"
)
# What "how big" measures first: the room a thing takes, before what it is worth.
PHYSICAL: Final = ("size", "area", "surface", "capacity", "volume", "height", "length")

WHEN: Final = re.compile(
    r"(?i)^(?:and )?(?:when|(?:in )?(?:what|which) year) (?:was|were|is|are|did|does|do|has|had)"
    r" (?P<row>.+?) (?:first )?"
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
WHERE_FROM: Final = re.compile(
    r"(?i)^where (?:is|are|was|were|does|do) (?P<row>.+?) (?:come )?from$"
)
# "what genre is X", "what role does X have", "which label released X": the column named.
WHAT_IS: Final = re.compile(
    r"(?i)^(?:what|which) (?P<col>\w+(?: \w+)?) (?:is|was|are|were) (?P<row>.+)$"
    r"|^(?:what|which) (?P<col2>\w+(?: \w+)?) (?:does|do|did) (?P<row2>.+?) \w+$"
    r"|^(?:what|which) (?P<col3>\w+) \w+ed (?P<row3>.+)$"
)
# "who is the hiring manager for JO-24", "the check-out date for booking X": a column, for a row.
FOR: Final = re.compile(
    r"(?i)^(?:what is|what's|what are|what was|who is|who's|who was|show(?: me)?|give me|get|"
    r"find|tell me) (?:the |our |their )?(?P<col>[a-z][\w -]*?) (?:for|on) (?P<row>.+)$"
)
KEYED: Final = re.compile(
    r"(?i)^(?:what is|what's|what was|show(?: me)?|give me|get|tell me) (?:the )?"
    r"(?P<col>[a-z][\w -]*?) (?:of|for|on) (?P<row>.+)$"
)
WHERE: Final = re.compile(
    r"(?i)^where (?:is|are|was|were) (?P<row>.+?)(?: (?:located|based|situated))?$"
)
# Words that follow a column's word without being part of its name: "email address".
TRAILING: Final = ("address", "number", "date", "name", "details", "level")
PLACES: Final = ("address", "location", "venue", "street_address", "city", "town")
ORIGINS: Final = ("country", "nationality", "hometown", "origin", "city")
YEAR: Final = "year"
# "the date of birth", "the day of arrival": the date the last word names (dob, arrived_on).
DATE_OF: Final = ("date", "day")


def attribute(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of a named row's column, or None when the question is not of that shape."""
    if values is None:
        return None
    if found := HAS.match(text) or HAS_LEFT.match(text):
        row = named_row(found["row"], tables, values)
        noun = found["noun"].lower()
        if row is None or any(variants(t.name.lower()) & variants(noun) for t in tables):
            return None  # "how many units does X have": rows of a table, counted
        measured = numeric_column(noun, [row[0]])
        return None if measured is None else selected(row, [measured[1]])
    if found := COSTS.match(text):
        row = named_row(found["row"], tables, values)
        priced = None if row is None else price_column(row[0])
        return None if row is None or priced is None else selected(row, [priced])
    if found := HOW.match(text):
        row = named_row(found["row"], tables, values)
        measured_by = None if row is None else _measured(found["adj"].lower(), row[0])
        return None if row is None or measured_by is None else selected(row, [measured_by])
    if (found := OWN.match(text)) is not None:
        row = named_row(found["row"], tables, values)
        asked = None if row is None else _asked(found["cols"], row[0])
        if row is not None and asked:
            return selected(row, asked)
    return None


def _measured(adjective: str, table: Table) -> Column | None:
    """The column an adjective of degree measures: big → size, old → a birth date."""
    if adjective not in ADJECTIVES:
        return None
    hints, descending = ADJECTIVES[adjective]
    if not hints:
        found = aged(table, adjective, descending)
        return None if found is None else found[0]
    ordered = [h for h in PHYSICAL if h in hints] + [h for h in hints if h not in PHYSICAL]
    for hint in ordered:
        for col in table.columns:
            if hints_column(col.name, hint) and is_numeric(col):
                return col
    return None


def _asked(phrase: str, table: Table) -> list[Column]:
    """The columns a phrase names ("email", "replacement cost", "city and country"), or none."""
    found: list[Column] = []
    for part in re.split(r",| and ", phrase):
        said = [w for w in words(part) if w not in ("the", "a", "an")]
        if not said:
            return []
        wanted = variants("_".join(said))
        match = [c for c in table.columns if c.name.lower() in wanted] or [
            c for c in table.columns if all(names_word(c.name, w, synonyms=False) for w in said)
        ]
        if not match:
            return []
        found.append(match[0])
    return found


def selected(row: Row, columns: list[Column]) -> str:
    """SELECT of the columns of the named row."""
    table, named = row
    shown = pgsql.SQL(", ").join(column(table, c.name) for c in columns)
    where = pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(table, name), pgsql.Literal(value))
        for name, value in named
    )
    return pgsql.SQL("SELECT {} FROM {} WHERE {}").format(shown, ident(table), where).as_string()


def lookup(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of one column of the named row, or None when the question is not of this kind."""
    if values is None:
        return None
    if (found := KEYED.match(text)) and (row := numbered(found["row"], tables)) is not None:
        col = _named(row[0], found["col"].replace("-", " "))
        return None if col is None else _one(row, col)  # "the status of repair order 142"
    if (found := FOR.match(text)) and (row := _row(found["row"], tables, values)) is not None:
        col = _named(row[0], found["col"].replace("-", " "))
        if col is not None and not _key(row[0], col):
            return _one(row, col)  # else another reading: "the reservations for Nora"
    if found := WHEN.match(text):
        row = _row(found["row"], tables, values)
        if row is not None and (col := dated_column(row[0], found["verb"].lower())) is not None:
            return _one(row, col)
    for said, rest in when_splits(text):  # "when did Winston arrive at the shelter"
        if (row := _row(said, tables, values)) and (col := dated_by(row[0], rest, STOP)):
            return _one(row, col)
        if row and (latest := child_date(*row, rest, tables)):
            return latest  # "when did Maria Lopes last rent gear": her latest rental's date
    if found:
        return None
    if found := WHICH_IN.match(text):
        row = _row(found["row"] or found["row2"], tables, values)
        said = found["col"] or found["col2"]
        return None if row is None else _one(row, _named(row[0], said))
    if found := POSSESSIVE.match(text):
        row = _row(found["row"], tables, values)
        return None if row is None else _one(row, _named(row[0], found["col"]))
    if found := WHERE_FROM.match(text):
        row = _row(found["row"], tables, values)
        return None if row is None else _one(row, _place(row[0], ORIGINS))
    if found := WHERE.match(text):
        row = _row(found["row"], tables, values)
        return None if row is None else _one(row, _place(row[0], PLACES))
    if found := WHAT_IS.match(text):
        said = found["col"] or found["col2"] or found["col3"]
        row = _row(found["row"] or found["row2"] or found["row3"], tables, values)
        if row is None or variants(row[0].name.lower()) & variants("_".join(words(said))):
            return None  # "which loans were cancelled": the rows themselves, not a column
        col = _named(row[0], said)
        return None if col is None or _key(row[0], col) else _one(row, col)
    return None


def _row(phrase: str, tables: list[Table], values: Values) -> Row | None:
    """The row a phrase names: values of one table's columns ("Sabine Roth"), maybe its name."""
    placed = place(phrase.strip("'\"\u2018\u2019\u201c\u201d"), tables, values)
    if not placed.values or placed.unplaced or placed.columns or placed.equals:
        return None
    named = {hit.table for hit in placed.values}
    columns = [hit.column for hit in placed.values]
    table = next((t for t in tables if t.qualified in named), None)
    if len(named) != 1 or len(set(columns)) != len(columns) or table is None:
        return None
    if any(t is not table for t in placed.tables):
        return None
    return table, tuple((hit.column, hit.value) for hit in placed.values)


def dated_column(table: Table, verb: str) -> Column | None:
    """The date, time or year column a verb names: hired → hired_on, built → built_year, open →
    what "opened" means (commissioned_on)."""
    dated = [
        c
        for c in table.columns
        if is_temporal(c) or (is_numeric(c) and YEAR in c.name.lower().split("_"))
    ]
    said = (verb, verb + ("d" if verb.endswith("e") else "ed"))  # open: what was opened
    return next((c for w in said for c in dated if names_word(c.name, w)), None)


def _named(table: Table, phrase: str) -> Column | None:
    """The column a phrase names, whole, or without a trailing "address" or "number"."""
    said = phrase.lower().split()
    if len(said) == 3 and said[0] in DATE_OF and said[1] == "of":  # "date of birth": birth_date
        dated = [c for c in table.columns if is_temporal(c) and names_word(c.name, said[2])]
        if len(dated) == 1:
            return dated[0]
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


def _place(table: Table, names: tuple[str, ...]) -> Column | None:
    by_name = {c.name.lower(): c for c in table.columns}
    return next((by_name[n] for n in names if n in by_name), None)


def _key(table: Table, col: Column) -> bool:
    """Whether a column is a key: "which customers ordered X" names rows, not a column."""
    return col.name in table.primary_key or any(col.name in fk.columns for fk in table.foreign_keys)


def _one(row: Row, col: Column | None) -> str | None:
    """The column of the named row, or None when no column was found."""
    return None if col is None else selected(row, [col])
