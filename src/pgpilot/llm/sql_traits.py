"""A named row's own column that the question's shape asks for: an amount, a person, a place…

"how many guests can The Glasshouse take" → max_guests; "how many hectares is Stonebridge Farm"
→ hectares; "how many seats does bus C301 have" → seats (the row said with a word of its kind);
"who is the coordinator at Willowmere Gardens" → coordinator_name; "where is the Winter Gala
being held" → venue; "what does Nora Lindgren do for a living" → occupation; "how often does
Morning Brief come out" → release_cadence; "how much are we asking for the XC90" → asking_price.
A noun that names a table ("how many orders does X have") asks for rows, counted elsewhere.
"""

import re
from collections.abc import Callable
from typing import Final

from pgpilot.llm.sql_attribute import selected
from pgpilot.llm.sql_columns import numeric_column, price_column
from pgpilot.llm.sql_named_rows import Row, named_row
from pgpilot.llm.sql_names import is_numeric, is_temporal, variants
from pgpilot.llm.sql_stems import names_word
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

AMOUNT: Final = re.compile(
    r"(?i)^how many (?P<noun>[a-z]+) (?:(?:can|could|will|would|does|do|did) (?P<row>.+?) "
    r"(?:take|hold|have|has|seat|fit|accommodate|host|sleep|carry|cover|span|measure)"
    r"|(?:is|are|was|were) (?P<row2>.+?))$"
)
ROLE: Final = re.compile(
    r"(?i)^who(?: is|'s| was| are| were) (?:the|their|its|our) (?P<role>[a-z]+) "
    r"(?:at|of|for|on|in) (?P<row>.+)$"
)
HELD: Final = re.compile(
    r"(?i)^where (?:is|are|was|were|will) (?P<row>.+?) (?:being |be )?"
    r"(?:held|hosted|staged|taking place|take place|happening)$"
)
LIVING: Final = re.compile(
    r"(?i)^what (?:does|do|did) (?P<row>.+?) do(?: for (?:a living|work|a job))?$"
)
OFTEN: Final = re.compile(r"(?i)^how often (?:does|do|did|is|are|was|were|will) (?P<said>.+)$")
ASKING: Final = re.compile(
    r"(?i)^how much (?:are|is|do|does|did|were|was) (?:we|you|they|i|he|she) "
    r"(?P<verb>asking|charging|selling|listing|offering) (?:for|it for) (?P<row>.+)$"
)
# Name parts of the columns each shape asks for, the likelier first.
PLACES: Final = ("venue", "location", "hall", "room", "place", "site", "address", "city", "town")
WORK: Final = ("occupation", "profession", "job", "trade", "career", "vocation")
CADENCE: Final = ("frequency", "cadence", "schedule", "interval", "recurrence", "periodicity")
# Endings of a noun for a person who does something: farmer, coordinator, florist, attendant.
AGENT: Final = ("er", "or", "ist", "ant", "ent")


def trait(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of the named row's column the question's shape asks for, or None.

    >>> AMOUNT.match("how many guests can The Glasshouse take")["row"]
    'The Glasshouse'
    """
    if values is None:
        return None
    if found := AMOUNT.match(text):
        return _amount(found["noun"].lower(), found["row"] or found["row2"], tables, values)
    if found := ROLE.match(text):
        role = found["role"].lower()
        return _answer(found["row"], tables, values, lambda r: _role(r, role))
    for shape, names in ((HELD, PLACES), (LIVING, WORK)):
        if found := shape.match(text):
            return _answer(found["row"], tables, values, _named_by(names))
    if found := OFTEN.match(text):
        said = found["said"].split()
        for cut in (1, 2, 3):  # "Morning Brief come out": the row, then its verb
            phrase = " ".join(said[:-cut])
            if len(said) > cut and (answer := _answer(phrase, tables, values, _cadence)):
                return answer
        return None
    if found := ASKING.match(text):
        verb = found["verb"].lower()
        return _answer(found["row"], tables, values, lambda r: _asked_price(r[0], verb))
    return None


def _answer(
    phrase: str, tables: list[Table], values: Values, find: Callable[[Row], Column | None]
) -> str | None:
    """The column `find` picks of the named row; of a table that has one, if named in several."""
    for among in (tables, *([t] for t in tables)):
        row = loose_row(phrase, among, values)
        if row is not None and (col := find(row)) is not None:
            return selected(row, [col])
    return None


def _cadence(row: Row) -> Column | None:
    """How often the row recurs: its frequency or cadence column."""
    return _first(row[0], CADENCE)


def _named_by(names: tuple[str, ...]) -> Callable[[Row], Column | None]:
    """What picks a row's first column one of the words names: a place, a job."""
    return lambda row: _first(row[0], names)


def loose_row(phrase: str, tables: list[Table], values: Values) -> Row | None:
    """The named row, said with or without a word of its kind first: "bus C301" is 'C301'."""
    if (row := named_row(phrase, tables, values)) is not None:
        return row
    said = [w for w in phrase.split() if w.lower() not in ("the", "a", "an")]
    return named_row(" ".join(said[1:]), tables, values) if len(said) > 1 else None


def _amount(noun: str, phrase: str, tables: list[Table], values: Values) -> str | None:
    """ "how many hectares is X": the number of the named row the noun or unit names."""
    if any(variants(t.name.lower()) & variants(noun) for t in tables):
        return None  # "how many orders does X have": rows of a table, counted
    row = loose_row(phrase, tables, values)
    if row is None:
        return None
    table = row[0]
    named = [c for c in _plain(table) if is_numeric(c) and names_word(c.name, noun, synonyms=False)]
    if len(named) == 1:
        return selected(row, named)
    measured = numeric_column(noun, [table])
    return None if measured is None else selected(row, [measured[1]])


def _plain(table: Table) -> list[Column]:
    """The table's columns that are neither keys nor dates."""
    keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
    return [c for c in table.columns if c.name not in keys and not is_temporal(c)]


def _role(row: Row, role: str) -> Column | None:
    """The one text column of the row's table whose name says the role: coordinator_name."""
    said = {name for name, _ in row[1]}
    found = [
        c
        for c in _plain(row[0])
        if not is_numeric(c)
        and c.name not in said
        and variants(role) & set(c.name.lower().split("_"))
    ]
    return found[0] if len(found) == 1 else None


def _first(table: Table, names: tuple[str, ...]) -> Column | None:
    """The table's first column named by one of the words, in their order."""
    for name in names:
        found = [c for c in _plain(table) if name in c.name.lower().split("_")]
        if len(found) == 1:
            return found[0]
    return None


def _asked_price(table: Table, verb: str) -> Column | None:
    """The price the verb names (asking → asking_price), or the table's one price."""
    named = [c for c in _plain(table) if is_numeric(c) and names_word(c.name, verb)]
    return named[0] if len(named) == 1 else price_column(table)


def agent_column(table: Table, named: set[str]) -> Column | None:
    """The one column of a person's name said by what they do: farmer_name, owner_name.

    Not a column that names the row itself (`named`), nor one named for a thing (title_name).
    """
    found = [
        c
        for c in _plain(table)
        if not is_numeric(c)
        and c.name not in named
        and (parts := c.name.lower().split("_"))[-1] == "name"
        and len(parts) == 2
        and parts[0].endswith(AGENT)
    ]
    return found[0] if len(found) == 1 else None
