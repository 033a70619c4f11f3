"""The latest (or first) row by the date a noun names, not a table: "our most recent acquisition".

"acquisition" names no table but the date a row was acquired (artworks.acquired_on); "our
newest hire" the date people were hired, "the first signing" signed_on. The one table with a
date the noun names, ordered by it, newest first for "most recent", "latest", "newest", "last".
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_joins import column, ident
from pgpilot.llm.sql_names import is_temporal, variants
from pgpilot.llm.sql_stems import names_word
from pgpilot.sql.schema import Column, Table

LATEST: Final = re.compile(
    r"(?i)^(?:(?:what|who|which) (?:is|was|'s) |what's |who's |show(?: me)? )?(?:the |our )?"
    r"(?P<rank>most recent|latest|newest|last|first|earliest) (?P<noun>[a-z]+)$"
)
DESCENDING: Final = ("most recent", "latest", "newest", "last")
# Endings that make a noun of a verb (acquisition, arrival, signing), and a past of a verb.
NOUNED: Final = ("ition", "ation", "ment", "ing", "ion", "al", "s")
PAST: Final = ("ed", "d")
LEAST: Final = 5  # letters a noun and a date's verb share from their start, at least


def latest(text: str, tables: list[Table]) -> str | None:
    """SELECT of the row first or last by the date a noun names, or None when not of this shape."""
    found = LATEST.match(text)
    if found is None:
        return None
    noun = found["noun"].lower()
    if any(noun in variants(t.name.lower()) for t in tables):
        return None  # "the latest orders": a table's rows, ranked elsewhere
    dated = [(t, c) for t in tables for c in t.columns if is_temporal(c) and _names(c, noun)]
    if len(dated) != 1:
        return None
    table, col = dated[0]
    order = pgsql.SQL("DESC" if found["rank"].lower() in DESCENDING else "ASC")
    keys = pgsql.SQL("").join(pgsql.SQL(", {}").format(column(table, k)) for k in table.primary_key)
    return (
        pgsql.SQL("SELECT {}.* FROM {} ORDER BY {} {} NULLS LAST{} LIMIT 1")
        .format(ident(table), ident(table), column(table, col.name), order, keys)
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
