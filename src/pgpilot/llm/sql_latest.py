"""The latest (or first) row by the date a noun names, not a table: "our most recent acquisition".

"acquisition" names no table but the date a row was acquired (artworks.acquired_on); "our
newest hire" the date people were hired, "the first signing" signed_on. The one table with a
date the noun names, ordered by it, newest first for "most recent", "latest", "newest", "last".
"our most recent concert", "the last concert": the newest by the date a row begins on (as "most
recent" sorts elsewhere) of those begun, as one still to come is no recent one.
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_degrees import aged
from pgpilot.llm.sql_joins import column, ident
from pgpilot.llm.sql_names import is_temporal, variants
from pgpilot.llm.sql_stems import names_word
from pgpilot.sql.schema import Column, Table

LATEST: Final = re.compile(
    r"(?i)^(?:(?:what|who|which) (?:is|was|'s) |what's |who's |show(?: me)? )?(?:the |our )?"
    r"(?P<rank>most recent|latest|newest|last|first|earliest) (?P<noun>[a-z]+)$"
)
DESCENDING: Final = ("most recent", "latest", "newest", "last")
# Ranks that mean a row already past: "our most recent concert" is no concert still to come.
PAST_RANKS: Final = ("most recent", "last")
# Endings that make a noun of a verb (acquisition, arrival, signing), and a past of a verb.
NOUNED: Final = ("ition", "ation", "ment", "ing", "ion", "al", "s")
PAST: Final = ("ed", "d")
LEAST: Final = 5  # letters a noun and a date's verb share from their start, at least


def latest(text: str, tables: list[Table]) -> str | None:
    """SELECT of the row first or last by the date a noun names, or None when not of this shape."""
    found = LATEST.match(text)
    if found is None:
        return None
    noun, newest = found["noun"].lower(), found["rank"].lower() in DESCENDING
    named = [t for t in tables if noun in variants(t.name.lower())]
    if named:  # "our most recent concert": the newest one that has begun, not one to come
        past = found["rank"].lower() in PAST_RANKS and len(named) == 1
        aging = aged(named[0], "recent", True) if past else None
        return None if aging is None else _first(named[0], aging[0], newest=True, past=True)
    dated = [(t, c) for t in tables for c in t.columns if is_temporal(c) and _names(c, noun)]
    if len(dated) != 1:
        return None
    return _first(*dated[0], newest=newest, past=False)


def _first(table: Table, col: Column, *, newest: bool, past: bool) -> str:
    """The table's first row by the date, newest first if asked, only those begun if `past`."""
    order = pgsql.SQL("DESC" if newest else "ASC")
    today = pgsql.SQL("now()" if col.type.lower().startswith("timestamp") else "current_date")
    where = pgsql.SQL(" WHERE {} <= {}").format(column(table, col.name), today) if past else None
    keys = pgsql.SQL("").join(pgsql.SQL(", {}").format(column(table, k)) for k in table.primary_key)
    return (
        pgsql.SQL("SELECT {}.* FROM {}{} ORDER BY {} {} NULLS LAST{} LIMIT 1")
        .format(
            ident(table), ident(table), where or pgsql.SQL(""), column(table, col.name), order, keys
        )
        .as_string()
    )


def _names(col: Column, noun: str) -> bool:
    """Whether a noun names the verb of a date's name: acquisition → acquired_on."""
    if names_word(col.name, noun, synonyms=False):
        return True
    root = _cut(noun, NOUNED)
    for part in col.name.lower().split("_"):
        verb = _cut(part, PAST)
        shared = next(
            (i for i, (a, b) in enumerate(zip(root, verb, strict=False)) if a != b),
            min(len(root), len(verb)),
        )
        if shared >= LEAST and shared >= min(len(root), len(verb)) - 1:
            return True
    return False


def _cut(word: str, endings: tuple[str, ...]) -> str:
    return next(
        (word[: -len(e)] for e in endings if word.endswith(e) and len(word) > len(e) + 3), word
    )
